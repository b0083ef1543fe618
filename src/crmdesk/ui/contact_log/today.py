"""The Today list: follow-ups due today and overdue ones, with Done and Snooze.

At most a few hundred entries (the service caps the list), so a plain :class:`QListWidget` is enough.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services import Services
from crmdesk.services.contact_log import FollowUpChange, InteractionView
from crmdesk.ui.contact_log.interaction_table import OPEN_COMPLAINT_COLOUR, local_text
from crmdesk.ui.customers.log_dialog import local_instant
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.pages.base import isolated, scaled_font
from crmdesk.ui.tasks import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole


class TodayList(QWidget):
    """Follow-ups due by the end of today, oldest first; Done and Snooze write through the service."""

    count_changed = Signal(int)
    """How many follow-ups are due (the sidebar badge)."""
    changed = Signal()
    """A follow-up was done or snoozed (the log below re-reads)."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services: Services | None = None
        self._generation = 0
        self.title = QLabel(tr("Today"))
        self.title.setFont(scaled_font(self.title.font(), 1.15, bold=True))
        self.list = QListWidget()
        self.list.setObjectName("today-list")
        self.list.setMaximumHeight(170)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.done_button = QPushButton(tr("Done"))
        self.tomorrow_button = QPushButton(tr("Snooze to tomorrow"))
        self.week_button = QPushButton(tr("Snooze a week"))
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setToolTip(tr("Undo the last Done or Snooze (Ctrl+Z)"))
        self.undo_button.clicked.connect(lambda _checked=False: self.undo())
        self._history: list[tuple[str, list[FollowUpChange]]] = []
        """What Done and Snooze changed, newest last, so each can be undone."""
        undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_shortcut.activated.connect(self.undo)
        self.done_button.clicked.connect(lambda _checked=False: self.mark_done())
        self.tomorrow_button.clicked.connect(lambda _checked=False: self.snooze(days=1))
        self.week_button.clicked.connect(lambda _checked=False: self.snooze(days=7))
        buttons = QHBoxLayout()
        for button in (self.done_button, self.tomorrow_button, self.week_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self._history.clear()
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        services, generation = self._services, self._generation
        if services is None:
            self._show(())
            return
        self._runner.run(
            services.contact_log.today,
            on_done=lambda views: self._arrived(generation, views),
            on_error=lambda error: show_error(self, error, doing=tr("Reading today's follow-ups")),
        )

    def _arrived(self, generation: int, views: tuple[InteractionView, ...]) -> None:
        if generation == self._generation:
            self._show(views)

    def _show(self, views: tuple[InteractionView, ...]) -> None:
        self.list.clear()
        today = datetime.now().astimezone().date()
        for view in views:
            due = view.follow_up_due
            overdue = due is not None and due.astimezone().date() < today
            what = view.subject or view.body.split("\n", 1)[0]
            text = f"{local_text(due)}   {isolated(view.customer_name)} — {isolated(what)}" + (
                "   (overdue)" if overdue else ""
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, view.id)
            if overdue:
                item.setForeground(QColor(OPEN_COMPLAINT_COLOUR))
            self.list.addItem(item)
        if not views:
            item = QListWidgetItem(tr("Nothing due today."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.title.setText(
            plural(
                len(views), tr("Today — {count} follow-up due"), tr("Today — {count} follow-ups due")
            ).format(count=len(views))
        )
        self._update_buttons()
        self.count_changed.emit(len(views))

    def interaction_ids(self) -> list[int]:
        """The ids listed, in order (tests)."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [int(item.data(ID_ROLE)) for item in items if item.data(ID_ROLE) is not None]

    def _selected_ids(self) -> list[int]:
        return [
            int(item.data(ID_ROLE)) for item in self.list.selectedItems() if item.data(ID_ROLE) is not None
        ]

    def _update_buttons(self) -> None:
        chosen = bool(self._selected_ids())
        for button in (self.done_button, self.tomorrow_button, self.week_button):
            button.setEnabled(chosen)
        self.undo_button.setEnabled(bool(self._history))
        self.undo_button.setText(
            tr("Undo {value1}").format(value1=self._history[-1][0]) if self._history else tr("Undo")
        )

    def mark_done(self) -> None:
        """The selected follow-ups are done (the service records when)."""
        ids = self._selected_ids()
        self._write(
            lambda services: [services.contact_log.mark_done(i) for i in ids],
            tr("Marking done"),
            undo_as=tr("Done"),
        )

    def snooze(self, *, days: int) -> None:
        """Move the selected follow-ups ``days`` ahead, to the morning of that day."""
        until: datetime = local_instant(datetime.now().astimezone().date() + timedelta(days=days))
        ids = self._selected_ids()
        self._write(
            lambda services: [services.contact_log.snooze(i, until=until) for i in ids],
            tr("Snoozing"),
            undo_as=tr("Snooze"),
        )

    def undo(self) -> None:
        """Put the follow-ups of the last Done or Snooze back as they were."""
        if not self._history:
            return
        _label, changes = self._history.pop()
        self._update_buttons()
        self._write(
            lambda services: [services.contact_log.restore_follow_up(c) for c in reversed(changes)],
            tr("Undoing"),
        )

    def _write(
        self, fn: Callable[[Services], list[FollowUpChange]], doing: str, *, undo_as: str | None = None
    ) -> None:
        services = self._services
        if services is None:
            return

        def done(changes: list[FollowUpChange]) -> None:
            if undo_as is not None and changes and services is self._services:
                self._history.append((undo_as, changes))
            self.refresh()
            self.changed.emit()

        self._runner.run(
            lambda: fn(services),
            on_done=done,
            on_error=lambda error: show_error(self, error, doing=doing),
            writes=True,
        )
