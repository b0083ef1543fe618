"""Help ▸ Keyboard shortcuts (F1) and Help ▸ About: what the owner can press, and what is running where."""

from __future__ import annotations

import platform
import sqlite3
from html import escape
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk import __version__
from crmdesk.paths import AppPaths
from crmdesk.ui.i18n import tr

LIBRARIES = (tr("SQLAlchemy"), "alembic", "reportlab", "babel", "phonenumbers", "matplotlib")


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) of every action of the window and its pages that has a shortcut, sorted by keys.

    Read from the live actions, so the list never drifts from what the keys really do.
    """
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
        ]
        text = action.text().replace("&", "").rstrip(".…").strip()
        if keys and text:
            rows.setdefault(" / ".join(keys), text)
    return sorted(((text, keys) for keys, text in rows.items()), key=lambda row: (len(row[1]), row[1]))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        note = QLabel(
            tr("In tables: Enter opens the selected row. In editors: Ctrl+Z undoes, Ctrl+Shift+Z redoes.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 560)


def about_html(paths: AppPaths, database: Path | None) -> str:
    """The About box: versions of crmdesk and what it runs on, and where the owner's data is."""
    versions = [
        (tr("Python"), platform.python_version()),
        (tr("Qt"), qVersion()),
        ("PySide6", pyside_version),
    ]
    versions.append((tr("SQLite"), sqlite3.sqlite_version))
    for name in LIBRARIES:
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    rows = "".join(f"<tr><td>{escape(n)}</td><td>{escape(v)}</td></tr>" for n, v in versions)
    places = [
        (tr("Database"), str(database) if database else "—"),
        (tr("Data folder"), str(paths.data_dir)),
        (tr("Settings"), str(paths.config_dir)),
        (tr("Logs"), str(paths.log_dir)),
    ]
    where = "".join(f"<tr><td>{escape(n)}</td><td>{escape(v)}</td></tr>" for n, v in places)
    return (
        f"<h3>crmdesk {escape(__version__)}</h3>"
        f"<p>{escape(tr('A local-first desktop CRM: your customers, quotes, invoices and stock in one file on your computer.'))}</p>"
        f"<table cellspacing='6'>{where}</table><p><b>{escape(tr('Versions'))}</b></p>"
        f"<table cellspacing='4'>{rows}</table><p>{escape(tr('MIT licence. Fonts: DejaVu (free licence, in resources/fonts).'))}</p>"
    )


def about_label(paths: AppPaths, database: Path | None) -> QLabel:
    label = QLabel(about_html(paths, database))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
