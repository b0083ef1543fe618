"""The language of crmdesk's windows, in Settings (applied when crmdesk starts next, or at once with
Restart now)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from crmdesk.ui.i18n import LANGUAGES, choose_language, tr
from crmdesk.ui.settings import GuiSettings


class LanguageBox(QGroupBox):
    changed = Signal(str)

    def __init__(self, settings: GuiSettings, parent: QWidget | None = None) -> None:
        super().__init__(tr("Language of crmdesk"), parent)
        self._settings = settings
        self._started_in = choose_language(settings.ui_language())
        self.combo = QComboBox()
        self.combo.setObjectName("ui-language")
        for code, name in LANGUAGES.items():
            self.combo.addItem(f"{name} ({code})", code)
        self.combo.setCurrentIndex(max(self.combo.findData(self._started_in), 0))
        self.combo.currentIndexChanged.connect(lambda _i: self._chosen())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.restart_button = QPushButton(tr("Restart now"))
        self.restart_button.clicked.connect(lambda _c=False: restart())
        form = QFormLayout(self)
        form.addRow(tr("Language"), self.combo)
        form.addRow(self.note)
        form.addRow(self.restart_button)
        hint = QLabel(tr("Documents are printed in each customer's own language, set on the customer."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)
        self._update()

    def _chosen(self) -> None:
        code = str(self.combo.currentData())
        self._settings.set_ui_language(code)
        self._settings.sync()
        self._update()
        self.changed.emit(code)

    def _update(self) -> None:
        pending = str(self.combo.currentData()) != self._started_in
        self.note.setText(tr("crmdesk uses the new language from its next start.") if pending else "")
        self.note.setVisible(pending)
        self.restart_button.setVisible(pending)


def restart() -> None:
    """Start crmdesk again with the same arguments, then close this one (the window saves as it closes)."""
    if QProcess.startDetached(sys.executable, ["-m", "crmdesk", *sys.argv[1:]])[0]:
        QCoreApplication.quit()
