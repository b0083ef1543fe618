"""The TrueType fonts every PDF embeds (base-14 fonts blank out Latvian, Cyrillic and Persian)."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crmdesk.paths import resources_dir

REGULAR = "CrmdeskSans"
BOLD = "CrmdeskSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
"""DejaVu Sans: Latin with diacritics, Cyrillic, Greek, Arabic and Persian (incl. presentation forms)."""

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the embedded fonts with ReportLab once per process."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        # Binary (deflated) streams instead of ASCII85 on top: smaller files, and without ReportLab's C
        # accelerator the pure-Python ASCII85 encoder was a tenth of the render time.
        rl_config.useA85 = 0
        for name, filename in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
