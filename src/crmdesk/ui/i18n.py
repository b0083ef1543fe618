"""The language of crmdesk's own windows: English source texts, translated with Qt's tools.

Every text the owner reads goes through :func:`tr` (one translation context for the whole app, so a
text is translated once). ``pyside6-lupdate`` collects the texts into ``resources/translations/
crmdesk_<lang>.ts``; ``pyside6-lrelease`` builds the ``.qm`` files (``make translations``, run by
``make run``/``test``/``package``; never committed). When a ``.qm`` is missing (e.g. an install
without the build step), it is built once into the user's cache from the ``.ts`` source.

Qt's own translations (``qtbase_<lang>.qm``, shipped with PySide6) translate the standard buttons and
dialogs; installing the Persian one turns the whole layout right to left.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from crmdesk.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {
    "en": "English",
    "lv": "Latviešu",
    "es": "Español",
    "fa": "فارسی",
    "ru": "Русский",
    "sv": "Svenska",
}
"""The languages crmdesk's windows are translated into, by code, each named in itself."""
RIGHT_TO_LEFT = frozenset({"fa"})
CONTEXT = ""
_current = "en"


def current_language() -> str:
    """The code of the language last installed by :func:`install_language` ("en" until then)."""
    return _current


def tr(text: str) -> str:
    """``text`` in the language chosen for crmdesk (the English source when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Translate the app into ``language`` (a code of :data:`LANGUAGES`); returns the installed
    translators (keep them alive). English installs none. Unknown codes fall back to English."""
    global _current
    _current = language if language in LANGUAGES else "en"
    if _current == "en":
        QLocale.setDefault(QLocale.system())
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return []
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_translations), (f"crmdesk_{language}", None)):
        translator = QTranslator(app)
        path = Path(folder) / f"{name}.qm" if folder else compiled_translation(language)
        if path is not None and path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation file %s for %s", name, language)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    return installed


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` of crmdesk's own texts for ``language``: built by ``make translations``, or built
    now into the user's cache from the ``.ts`` source when the build step did not run."""
    folder = translations_dir()
    built = folder / f"crmdesk_{language}.qm"
    source = folder / f"crmdesk_{language}.ts"
    if built.exists() and (not source.exists() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.exists():
        return None
    cache = Path(platformdirs.user_cache_dir("crmdesk", appauthor=False)) / "translations"
    cached = cache / built.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    release = shutil.which("pyside6-lrelease")
    if release is None:
        return None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([release, "-silent", str(source), "-qm", str(cached)], check=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("could not build %s: %s", cached, error)
        return None
    return cached


def choose_language(saved: str) -> str:
    """The language to start in: the owner's choice, else the system's when crmdesk speaks it, else English."""
    if saved in LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def plural(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` — both whole translated texts (never an English ending
    glued on), e.g. ``plural(n, tr("{count:,} document"), tr("{count:,} documents")).format(count=n)``."""
    return one if count == 1 else many
