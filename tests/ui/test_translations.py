"""The translations: every shipped language is complete and up to date with the code, keeps the
placeholders of each text, and Persian turns the layout right to left."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crmdesk.ui.i18n import LANGUAGES, install_language, tr, translations_dir

SHIPPED = sorted(code for code in LANGUAGES if code != "en")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ROOT = Path(__file__).resolve().parents[2]


def ts_file(language: str) -> Path:
    return translations_dir() / f"crmdesk_{language}.ts"


def messages(path: Path) -> list[tuple[str, str, str | None]]:
    """(source, translation, type) of every message."""
    found = []
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        text = translation.text or "" if translation is not None else ""
        kind = translation.get("type") if translation is not None else "unfinished"
        found.append((message.findtext("source") or "", text, kind))
    return found


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    entries = messages(ts_file(language))
    assert entries, f"{ts_file(language)} holds no texts"
    unfinished = [
        source for source, text, kind in entries if kind in ("unfinished", "vanished") or not text.strip()
    ]
    assert unfinished == [], (
        f"{language}: {len(unfinished)} texts without a translation, e.g. {unfinished[:5]}"
    )
    for source, text, _kind in entries:
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            language,
            source,
            text,
        )


def test_the_translation_files_hold_every_text_of_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6-Essentials)")
    copy = tmp_path / "crmdesk_lv.ts"
    shutil.copyfile(ts_file("lv"), copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "crmdesk" / "ui").rglob("*.py"))
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    new = [source for source, text, kind in messages(copy) if kind == "unfinished" or not text.strip()]
    assert new == [], (
        f"texts in the code missing from the translations (run `make update-translations`): {new[:10]}"
    )


def test_persian_translates_and_turns_the_layout_right_to_left(qapp: QApplication) -> None:
    translators = install_language(qapp, "fa")
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert tr("Customers") != "Customers"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert tr("Customers") == "Customers"


def test_russian_translates_the_texts_of_qt_too(qapp: QApplication) -> None:
    translators = install_language(qapp, "ru")
    try:
        assert len(translators) == 2  # Qt's own and crmdesk's
        assert re.fullmatch(r"[А-Яа-яЁё ]+", tr("Customers")), tr("Customers")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_language(qapp, "en")
