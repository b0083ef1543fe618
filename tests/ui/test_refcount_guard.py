"""Guard against the PySide6 6.12 / Python 3.11 bug: every void Qt call dropped a reference to ``None``.

With the bug, the 20,000 calls below take 20,000 references from ``None`` and the interpreter aborts with
``Fatal Python error: none_dealloc`` after a few thousand more. PySide6 6.11.3 (pinned for Python < 3.12 in
pyproject.toml) is clean. On Python >= 3.12 ``None`` is immortal and its count never changes.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 20_000
NOISE = 100
"""Other code (the garbage collector, Qt's own callbacks) may drop a few references meanwhile; the bug
drops one per call."""


def test_void_qt_calls_keep_the_references_of_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for number in range(CALLS):
        label.setText("x" if number % 2 else "y")  # returns None: the call that leaked with the bug
    after = sys.getrefcount(None)
    assert after >= before - NOISE, f"None lost {before - after} references in {CALLS} QLabel.setText calls"
