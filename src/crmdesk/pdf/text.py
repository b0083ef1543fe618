"""Text as ReportLab must receive it: escaped for Paragraph markup, Persian shaped and reordered.

ReportLab neither shapes Arabic-script letters nor applies the Unicode bidirectional algorithm, so
Persian text is shaped with ``arabic_reshaper`` and put in visual order with ``python-bidi``; brackets
in right-to-left runs are mirrored here (python-bidi 0.6 does not). Because a Paragraph would wrap the
*visual* string (so the end of a sentence would come first), right-to-left text is wrapped here in
logical order and each line is reordered on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from crmdesk.pdf.units import Points

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_MIRROR = str.maketrans("()[]{}«»<>‹›", ")(][}{»«><›‹")


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


@lru_cache(maxsize=4096)
def visual(text: str, rtl: bool = False) -> str:
    """``text`` in display order with joined letters.

    The base direction is the text's own (its first strong letter, rules P2–P3), left to right when
    it has none: an English product name or a phone number in a Persian invoice stays left to right.
    """
    if not text or (not rtl and not has_rtl(text)):
        return text.replace(LRI, "").replace(PDI, "") if LRI in text else text
    shaped = arabic_reshaper.reshape(text) if has_rtl(text) else text
    # Numbers, phones, IBANs (no letter at all) stay left to right in every document.
    base = next((d for c in text if (d := _strong_letter(c))), "L")
    display: str = get_display(_mirror_rtl_brackets(shaped, base), base_dir=base)
    return display.replace(LRI, "").replace(PDI, "")


LRI, PDI = "\u2066", "\u2069"


def ltr(value: str) -> str:
    """``value`` isolated left to right inside a sentence: after a Persian label ``2026-0012`` would
    otherwise print as ``0012-2026`` (rule W2 makes its digits Arabic numbers)."""
    return f"{LRI}{value}{PDI}" if value else value


_OPEN = "([{«<‹"
_CLOSE = ")]}»>›"


def _strong_letter(char: str) -> str | None:
    if _RTL.match(char) and char.isalpha():
        return "R"
    if char.isalpha():
        return "L"
    return None


def _strong(char: str) -> str | None:
    """The strong direction of ``char`` for bracket resolution (digits count as R, as in rule N0)."""
    if _RTL.match(char) or char.isdigit():
        return "R"
    if char.isalpha():
        return "L"
    return None


def _mirror_rtl_brackets(text: str, base: str) -> str:
    """Swap the brackets that will sit in a right-to-left run (rule L4 mirroring).

    A matched pair takes the direction rule N0 gives it (a strong letter inside it in the base
    direction, else the other direction when the text before agrees); a lone bracket takes its
    neighbours' direction when they agree, else the base direction.
    """
    if not any(char in _OPEN or char in _CLOSE for char in text):
        return text
    chars = list(text)
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for index, char in enumerate(chars):
        if char in _OPEN:
            stack.append(index)
        elif char in _CLOSE and stack and _OPEN.index(chars[stack[-1]]) == _CLOSE.index(char):
            pairs[stack.pop()] = index
    direction: dict[int, str] = {}
    for opening, closing in pairs.items():
        inside = {_strong(c) for c in chars[opening + 1 : closing]} - {None}
        before = next((d for c in reversed(chars[:opening]) if (d := _strong(c))), base)
        if base in inside:
            chosen = base
        elif inside:
            chosen = before if before != base else base
        else:
            after = next((d for c in chars[closing + 1 :] if (d := _strong(c))), base)
            chosen = before if before == after else base
        direction[opening] = direction[closing] = chosen
    for index, char in enumerate(chars):
        if (char in _OPEN or char in _CLOSE) and index not in direction:
            before = next((d for c in reversed(chars[:index]) if (d := _strong(c))), base)
            after = next((d for c in chars[index + 1 :] if (d := _strong(c))), base)
            direction[index] = before if before == after else base
    for index, chosen in direction.items():
        if chosen == "R":
            chars[index] = chars[index].translate(_MIRROR)
    return "".join(chars)


def markup(text: str, rtl: bool = False) -> str:
    """One line of user text, safe inside Paragraph markup (``<b>Ann & Co</b>`` prints literally)."""
    return escape(visual(text, rtl))


def wrap_lines(text: str, font: str, size: Points, width: Points, rtl: bool) -> list[str]:
    """Logical lines of ``text`` that fit ``width`` once shaped (newlines kept), each in display order."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words = paragraph.split()
        current: list[str] = []
        for word in words:
            trial = " ".join([*current, word])
            if current and stringWidth(_shaped(trial), font, size) > width:
                lines.append(" ".join(current))
                current = [word]
            else:
                current.append(word)
        lines.append(" ".join(current))
    return [visual(line, rtl) for line in lines]


def paragraph_markup(text: str, font: str, size: Points, width: Points, rtl: bool) -> str:
    """Escaped Paragraph markup for multi-line user text: for RTL text pre-wrapped with ``<br/>``."""
    if rtl or has_rtl(text):
        return "<br/>".join(escape(line) for line in wrap_lines(text, font, size, width, rtl))
    return "<br/>".join(escape(visual(line, rtl)) for line in text.splitlines())


def _shaped(text: str) -> str:
    return arabic_reshaper.reshape(text) if has_rtl(text) else text
