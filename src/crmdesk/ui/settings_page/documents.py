"""The email texts sent with documents, per document language, in Settings ▸ Documents.

One tab per language (en, lv, es, fa, ru, sv) with the subject and the text; the placeholders are
listed above. Every keystroke is checked by the sending service's own rule
(:func:`~crmdesk.services.sending.templates.check_template`), whose message shows under the field; Save
(all changed languages, one transaction) runs on the task runner's write queue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import CrmError, ValidationError
from crmdesk.services import Services
from crmdesk.services.sending.templates import (
    DEFAULT_TEMPLATES,
    LANGUAGES,
    PLACEHOLDERS,
    EmailTemplate,
    check_template,
)
from crmdesk.ui.customers.fields import error_label, with_error
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import LANGUAGES as LANGUAGE_NAMES
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner


class TemplateEditor(QWidget):
    """Subject and text of one language, with the service's refusal shown under the field."""

    edited = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.subject = QLineEdit()
        self.subject.setObjectName(f"email-subject-{language}")
        self.body = QPlainTextEdit()
        self.body.setObjectName(f"email-body-{language}")
        self.body.setTabChangesFocus(True)
        self.subject_error = error_label()
        self.body_error = error_label()
        self.reset_button = QPushButton(tr("Reset to default"))
        self.reset_button.clicked.connect(lambda _c=False: self.reset())
        form = QFormLayout()
        form.addRow(tr("Subject"), with_error(self.subject, self.subject_error))
        form.addRow(tr("Text"), with_error(self.body, self.body_error))
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(reset_row)
        self.subject.textChanged.connect(lambda _t: self._changed())
        self.body.textChanged.connect(self._changed)

    def template(self) -> EmailTemplate:
        return EmailTemplate(subject=self.subject.text(), body=self.body.toPlainText())

    def set_template(self, template: EmailTemplate) -> None:
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)

    def reset(self) -> None:
        """Back to crmdesk's text for this language (stored as "no override" on Save)."""
        self.set_template(DEFAULT_TEMPLATES[self.language])

    def error(self) -> str:
        """The service's refusal of the current text, or ``""``; shown under the field it is about."""
        message, field = "", ""
        try:
            check_template(self.template())
        except ValidationError as refused:
            message, field = str(refused), refused.field or ""
        for label, name in ((self.subject_error, "subject"), (self.body_error, "body")):
            shown = message if field == name or (name == "body" and field not in ("subject", "body")) else ""
            label.setText(shown)
            label.setVisible(bool(shown))
        return message

    def _changed(self) -> None:
        self.error()
        self.reset_button.setEnabled(self.template() != DEFAULT_TEMPLATES[self.language])
        self.edited.emit()


class EmailTemplatesBox(QGroupBox):
    """The six languages' email texts; Save writes the changed ones in the background."""

    saved = Signal()
    loaded = Signal()

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Email texts per language"), parent)
        self._runner = runner
        self._services: Services | None = None
        self._generation = 0
        self.stored: dict[str, EmailTemplate] = {}
        names = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        self.placeholders = QLabel(tr("Placeholders you can use: {names}").format(names=names))
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("email-template-tabs")
        self.editors: dict[str, TemplateEditor] = {}
        for language in LANGUAGES:
            editor = TemplateEditor(language)
            editor.edited.connect(self._update_buttons)
            self.editors[language] = editor
            self.tabs.addTab(editor, LANGUAGE_NAMES.get(language, language))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setObjectName("email-templates-save")
        self.save_button.clicked.connect(lambda _c=False: self.save())
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholders)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self.setEnabled(False)

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        services, generation = self._services, self._generation
        self.setEnabled(False)
        if services is None:
            return
        self._runner.run(
            services.sending.email_templates,
            on_done=lambda templates: self._show(generation, templates),
            on_error=lambda error: show_error(self, error, doing=tr("Opening")),
        )

    def _show(self, generation: int, templates: dict[str, EmailTemplate]) -> None:
        if generation != self._generation:
            return  # another database (or a newer read) is on its way
        self.stored = dict(templates)
        for language, editor in self.editors.items():
            editor.set_template(templates.get(language, DEFAULT_TEMPLATES[language]))
        self.setEnabled(True)
        self._update_buttons()
        self.loaded.emit()

    def changed_templates(self) -> dict[str, EmailTemplate]:
        """The languages whose text differs from what is stored."""
        return {
            language: editor.template()
            for language, editor in self.editors.items()
            if editor.template() != self.stored.get(language)
        }

    def has_errors(self) -> bool:
        return any(editor.error() for editor in self.editors.values())

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.changed_templates()) and not self.has_errors())
        if self.changed_templates():
            self.message.clear()

    def save(self) -> None:
        services, generation = self._services, self._generation
        changed = self.changed_templates()
        if services is None or not changed or self.has_errors():
            return
        self.save_button.setEnabled(False)

        def done(templates: dict[str, EmailTemplate]) -> None:
            self._show(generation, templates)
            self.message.setText(tr("Saved."))
            self.saved.emit()

        def failed(error: BaseException) -> None:
            self._update_buttons()
            if isinstance(error, CrmError):
                self.message.setText(str(error))
            else:
                show_error(self, error, doing=tr("Saving"))

        self._runner.run(
            lambda: services.sending.set_email_templates(changed),
            on_done=done,
            on_error=failed,
            writes=True,
        )


__all__ = ["EmailTemplatesBox", "TemplateEditor"]
