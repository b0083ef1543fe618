"""Quick entry of an interaction (Ctrl+L): a call, now, unless the owner says otherwise.

A complaint starts open (the service sets it); feedback carries a 1–5 satisfaction score; any entry may
get a follow-up date, which puts it on the Today list that day.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import InteractionKind
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft, InteractionView
from crmdesk.ui.customers.fields import ERROR_STYLE
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.sales.display import to_date
from crmdesk.ui.tasks import TaskRunner

KIND_LABELS: dict[InteractionKind, str] = {
    InteractionKind.CALL: tr("Call"),
    InteractionKind.EMAIL: tr("Email"),
    InteractionKind.MEETING: tr("Meeting"),
    InteractionKind.VISIT: tr("Visit"),
    InteractionKind.NOTE: tr("Note"),
    InteractionKind.COMPLAINT: tr("Complaint"),
    InteractionKind.FEEDBACK: tr("Feedback"),
    InteractionKind.FOLLOW_UP: tr("Follow-up"),
}
FOLLOW_UP_HOUR = time(9, 0)
"""A follow-up date becomes this local time: due in the morning, on the Today list all that day."""


def local_instant(day: date, at: time = FOLLOW_UP_HOUR) -> datetime:
    """``day`` at ``at`` in the computer's time zone, timezone-aware (the service requires it)."""
    return datetime.combine(day, at).astimezone()


class InteractionDialog(QDialog):
    """Log one interaction for one customer; saves in the background and closes on success."""

    logged = Signal(object)
    """The :class:`InteractionView` written."""

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interaction-dialog")
        self.setWindowTitle(tr("Log an interaction — {customer_name}").format(customer_name=customer_name))
        self._services, self._runner, self._customer_id = services, runner, customer_id
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.satisfaction = QSpinBox()
        self.satisfaction.setRange(1, 5)
        self.satisfaction.setValue(5)
        self.follow_up_box = QCheckBox(tr("Follow up on"))
        self.follow_up = QDateEdit(QDate.currentDate().addDays(7))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up.setEnabled(False)
        self.follow_up_box.toggled.connect(self.follow_up.setEnabled)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("When"), self.when)
        form.addRow(tr("Subject"), self.subject)
        form.addRow(tr("Notes"), self.body)
        form.addRow(tr("Satisfaction (1–5)"), self.satisfaction)
        form.addRow(self.follow_up_box, self.follow_up)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self._kind_changed()
        self.subject.setFocus()

    def _kind_changed(self) -> None:
        # Only feedback has a score: the spin box is there but off, so the form does not jump.
        self.satisfaction.setEnabled(self.current_kind() is InteractionKind.FEEDBACK)

    def current_kind(self) -> InteractionKind:
        return InteractionKind(self.kind.currentData())

    def draft(self) -> InteractionDraft:
        kind = self.current_kind()
        when = self.when.dateTime().toPython()
        assert isinstance(when, datetime)
        return InteractionDraft(
            customer_id=self._customer_id,
            kind=kind,
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            occurred_at=when.astimezone(),
            follow_up_due=local_instant(to_date(self.follow_up.date()))
            if self.follow_up_box.isChecked()
            else None,
            satisfaction=self.satisfaction.value() if kind is InteractionKind.FEEDBACK else None,
        )

    def save(self) -> None:
        draft, log = self.draft(), self._services.contact_log.log
        self.buttons.setEnabled(False)
        self._runner.run(lambda: log(draft), on_done=self._saved, on_error=self._failed, writes=True)

    def _saved(self, view: InteractionView) -> None:
        self.logged.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.error.setText(str(error))
            self.error.show()
        else:
            show_error(self, error, doing=tr("Logging the interaction"))
