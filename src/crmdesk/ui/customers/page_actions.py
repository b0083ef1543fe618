"""What the Customers page does with its rows: new, edit, archive, unarchive — saved actions with undo.

Archive and unarchive are written at once (one transaction each, in the background); the page's
:class:`QUndoStack` keeps the change the service returned, and undo asks the service to reverse exactly
that change (customers archived earlier stay archived).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from crmdesk.services import Services
from crmdesk.services.customer_actions import ArchiveChange, TagChange
from crmdesk.ui.customers.editor import CustomerEditor
from crmdesk.ui.customers.editor_data import EditorData, load_editor_data
from crmdesk.ui.errors import show_error
from crmdesk.ui.tasks import TaskRunner


class CustomerPageHost(Protocol):
    """What the actions need from the page."""

    @property
    def services(self) -> Services | None: ...

    def selected_customer_ids(self) -> list[int]: ...

    def refresh(self) -> None: ...


class _ServiceCommand(QUndoCommand):
    """A saved action: the first redo happened before the push; later ones ask the service again."""

    def __init__(self, actions: CustomerActionsUi, text: str) -> None:
        super().__init__(text)
        self._actions = actions
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.do_again()

    def do_again(self) -> None:
        raise NotImplementedError


class ArchiveCommand(_ServiceCommand):
    def __init__(self, actions: CustomerActionsUi, change: ArchiveChange) -> None:
        super().__init__(actions, f"Archive {len(change.customer_ids)} customers")
        self.change = change

    def undo(self) -> None:
        change = self.change
        self._actions.write(lambda services: services.customers.unarchive(change), "Unarchiving")

    def do_again(self) -> None:
        ids = self.change.customer_ids

        def archived(change: ArchiveChange) -> None:
            self.change = change

        self._actions.write(lambda services: services.customers.archive(ids), "Archiving", archived)


class UnarchiveCommand(_ServiceCommand):
    def __init__(self, actions: CustomerActionsUi, ids: tuple[int, ...]) -> None:
        super().__init__(actions, f"Unarchive {len(ids)} customers")
        self.ids = ids

    def undo(self) -> None:
        ids = self.ids
        self._actions.write(lambda services: services.customers.archive(ids), "Archiving")

    def do_again(self) -> None:
        ids = self.ids
        self._actions.write(lambda services: services.customers.unarchive_ids(ids), "Unarchiving")


class TagCommand(_ServiceCommand):
    def __init__(self, actions: CustomerActionsUi, change: TagChange) -> None:
        super().__init__(actions, f"Tag {len(change.customer_ids)} customers “{change.tag}”")
        self.change = change

    def undo(self) -> None:
        change = self.change
        self._actions.write(lambda services: services.customers.undo_tag(change), "Untagging")

    def do_again(self) -> None:
        change = self.change
        self._actions.write(
            lambda services: services.customers.tag(change.customer_ids, change.tag), "Tagging"
        )


class CustomerActionsUi(QObject):
    """The page's actions (with their shortcuts) and its undo history of saved actions."""

    editor_opened = Signal(object)
    """A :class:`CustomerEditor` was opened (tests and screenshots reach it through this)."""
    changed = Signal()
    """Customers were written (saved, archived…): the page and its panel re-read."""

    def __init__(self, page: QWidget, host: CustomerPageHost, runner: TaskRunner) -> None:
        super().__init__(page)
        self._page, self._host, self._runner = page, host, runner
        self.undo_stack = QUndoStack(self)
        self.editor: CustomerEditor | None = None
        self.new_action = self._action("&New customer…", "Ctrl+N", lambda: self.open_editor(None))
        self.archive_action = self._action("&Archive", "Ctrl+Del", self.archive_selected)
        self.unarchive_action = self._action("&Unarchive", None, self.unarchive_selected)
        self.tag_action = self._action("&Tag…", None, lambda: self.tag_selected())
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)

    def add_action(self, text: str, keys: str | None, slot: Callable[[], None]) -> QAction:
        """Another action of the page, with a shortcut that works only while the page is shown."""
        return self._action(text, keys, slot)

    def _action(self, text: str, keys: str | None, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        # The page's own shortcuts: they must not fire while another page is shown.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._page.addAction(action)
        return action

    # --- the editor --------------------------------------------------------------------------------

    def open_editor(self, customer_id: int | None) -> None:
        """Read what the editor needs in the background, then open it (``None``: a new customer)."""
        services = self._host.services
        if services is None:
            return
        self._runner.run(
            lambda: load_editor_data(services, customer_id),
            on_done=lambda data: self._show_editor(services, data),
            on_error=lambda error: show_error(self._page, error, doing="Opening the customer"),
        )

    def _show_editor(self, services: Services, data: EditorData) -> None:
        if services is not self._host.services:
            return  # another database was opened meanwhile
        editor = CustomerEditor(services=services, runner=self._runner, data=data, parent=self._page)
        editor.saved.connect(lambda _details: self.changed.emit())
        editor.finished.connect(lambda _result: editor.deleteLater())
        self.editor = editor
        editor.open()
        self.editor_opened.emit(editor)

    # --- archive / unarchive -----------------------------------------------------------------------

    def archive_selected(self) -> None:
        ids = self._host.selected_customer_ids()
        if ids:
            self.write(lambda services: services.customers.archive(ids), "Archiving", self._archived)

    def _archived(self, change: ArchiveChange) -> None:
        if change.customer_ids:
            self.undo_stack.push(ArchiveCommand(self, change))

    def unarchive_selected(self) -> None:
        ids = self._host.selected_customer_ids()
        if ids:
            self.write(
                lambda services: services.customers.unarchive_ids(ids), "Unarchiving", self._unarchived
            )

    def _unarchived(self, ids: Sequence[int]) -> None:
        if ids:
            self.undo_stack.push(UnarchiveCommand(self, tuple(ids)))

    def tag_selected(self, tag: str | None = None) -> None:
        """Give the selected customers a tag (asked for when not given); undoable."""
        ids = self._host.selected_customer_ids()
        if not ids:
            return
        if tag is None:
            tag, ok = QInputDialog.getText(self._page, "Tag customers", f"Tag for {len(ids)} customers:")
            if not ok:
                return
        name = tag
        self.write(lambda services: services.customers.tag(ids, name), "Tagging", self._tagged)

    def _tagged(self, change: TagChange) -> None:
        if change.customer_ids:
            self.undo_stack.push(TagCommand(self, change))

    def write(
        self, fn: Callable[[Services], Any], doing: str, then: Callable[[Any], None] | None = None
    ) -> None:
        """Run a write on the write queue; on success ``then(result)`` and a refresh of the page."""
        services = self._host.services
        if services is None:
            return

        def done(result: Any) -> None:
            if then is not None:
                then(result)
            self.changed.emit()

        self._runner.run(
            lambda: fn(services),
            on_done=done,
            on_error=lambda error: show_error(self._page, error, doing=doing),
            writes=True,
        )

    def clear_history(self) -> None:
        """Another database: its undo history does not apply."""
        self.undo_stack.clear()
