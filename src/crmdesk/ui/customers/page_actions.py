"""What the Customers page does with its rows: new, edit, archive, unarchive — saved actions with undo.

Archive and unarchive are written at once (one transaction each, in the background); the page's
:class:`QUndoStack` keeps the change the service returned, and undo asks the service to reverse exactly
that change (customers archived earlier stay archived).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from crmdesk.services import Services
from crmdesk.services.customer_actions import ArchiveChange, TagChange
from crmdesk.ui.customers.editor import CustomerEditor
from crmdesk.ui.customers.editor_data import EditorData, load_editor_data
from crmdesk.ui.duplicates.finder import DuplicateFinderDialog
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
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
        super().__init__(actions, tr("Archive {len} customers").format(len=len(change.customer_ids)))
        self.change = change

    def undo(self) -> None:
        change = self.change
        self._actions.write(lambda services: services.customers.unarchive(change), tr("Unarchiving"))

    def do_again(self) -> None:
        ids = self.change.customer_ids

        def archived(change: ArchiveChange) -> None:
            self.change = change

        self._actions.write(lambda services: services.customers.archive(ids), tr("Archiving"), archived)


class UnarchiveCommand(_ServiceCommand):
    def __init__(self, actions: CustomerActionsUi, ids: tuple[int, ...]) -> None:
        super().__init__(actions, tr("Unarchive {len} customers").format(len=len(ids)))
        self.ids = ids

    def undo(self) -> None:
        ids = self.ids
        self._actions.write(lambda services: services.customers.archive(ids), tr("Archiving"))

    def do_again(self) -> None:
        ids = self.ids
        self._actions.write(lambda services: services.customers.unarchive_ids(ids), tr("Unarchiving"))


class TagCommand(_ServiceCommand):
    def __init__(self, actions: CustomerActionsUi, change: TagChange) -> None:
        super().__init__(
            actions, tr("Tag {len} customers “{tag}”").format(len=len(change.customer_ids), tag=change.tag)
        )
        self.change = change

    def undo(self) -> None:
        change = self.change
        self._actions.write(lambda services: services.customers.undo_tag(change), tr("Untagging"))

    def do_again(self) -> None:
        change = self.change
        self._actions.write(
            lambda services: services.customers.tag(change.customer_ids, change.tag), tr("Tagging")
        )


class CustomerActionsUi(QObject):
    """The page's actions (with their shortcuts) and its undo history of saved actions."""

    editor_opened = Signal(object)
    """A :class:`CustomerEditor` was opened (tests and screenshots reach it through this)."""
    changed = Signal()
    """Customers were written (saved, archived…): the page and its panel re-read."""
    status_changed = Signal(str)
    """A one-line outcome (export written, customer erased) for the page to show."""

    def __init__(self, page: QWidget, host: CustomerPageHost, runner: TaskRunner) -> None:
        super().__init__(page)
        self._page, self._host, self._runner = page, host, runner
        self.undo_stack = QUndoStack(self)
        self.editor: CustomerEditor | None = None
        self.new_action = self._action(tr("&New customer…"), "Ctrl+N", lambda: self.open_editor(None))
        self.archive_action = self._action(tr("&Archive"), "Ctrl+Del", self.archive_selected)
        self.unarchive_action = self._action(tr("&Unarchive"), None, self.unarchive_selected)
        self.tag_action = self._action(tr("&Tag…"), None, lambda: self.tag_selected())
        self.export_action = self._action(
            tr("E&xport selected…"), "Ctrl+Shift+E", lambda: self.export_selected()
        )
        self.duplicates_action = self._action(tr("Find &duplicates…"), None, self._open_finder)
        self.privacy_export_action = self._action(
            tr("Export personal &data…"), None, lambda: self.privacy_export_selected()
        )
        self.erase_action = self._action(tr("&Erase personal data…"), None, lambda: self.erase_selected())
        self.finder: DuplicateFinderDialog | None = None
        self.status = ""
        """The last outcome of an export or erase, in the owner's words (tests read it too)."""
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
            on_error=lambda error: show_error(self._page, error, doing=tr("Opening the customer")),
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
            self.write(lambda services: services.customers.archive(ids), tr("Archiving"), self._archived)

    def _archived(self, change: ArchiveChange) -> None:
        if change.customer_ids:
            self.undo_stack.push(ArchiveCommand(self, change))

    def unarchive_selected(self) -> None:
        ids = self._host.selected_customer_ids()
        if ids:
            self.write(
                lambda services: services.customers.unarchive_ids(ids), tr("Unarchiving"), self._unarchived
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
            tag, ok = QInputDialog.getText(
                self._page, tr("Tag customers"), tr("Tag for {len} customers:").format(len=len(ids))
            )
            if not ok:
                return
        name = tag
        self.write(lambda services: services.customers.tag(ids, name), tr("Tagging"), self._tagged)

    def _tagged(self, change: TagChange) -> None:
        if change.customer_ids:
            self.undo_stack.push(TagCommand(self, change))

    # --- export, privacy, duplicates ----------------------------------------------------------------

    def export_selected(self, path: Path | None = None) -> None:
        """Export the selected customers (all shown when none is selected) to CSV, XLSX or vCard."""
        ids = self._host.selected_customer_ids()
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self._page,
                tr("Export customers"),
                "customers.xlsx",
                tr("Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv);;vCard (*.vcf)"),
            )
            if not name:
                return
            path = Path(name)
        target = path
        only = ids or None
        self.write(
            lambda services: services.exports.export("customers", target, customer_ids=only),
            tr("Export"),
            lambda result: self._tell(
                tr("{rows} customers exported to {name}").format(rows=result.rows, name=result.path.name)
            ),
        )

    def privacy_export_selected(self, folder: Path | None = None) -> None:
        """Everything held about the selected customer, as a zip in a folder the owner picks."""
        ids = self._host.selected_customer_ids()
        if len(ids) != 1:
            self._tell(tr("Select one customer to export their personal data."))
            return
        if folder is None:
            name = QFileDialog.getExistingDirectory(self._page, tr("Folder for the personal data export"))
            if not name:
                return
            folder = Path(name)
        customer_id, target = ids[0], folder
        self.write(
            lambda services: services.privacy.export(customer_id, target),
            tr("Personal data export"),
            lambda result: self._tell(tr("Personal data written to {path}").format(path=result.path)),
        )

    def erase_selected(self, confirmed: bool | None = None) -> None:
        """Erase the selected customer's personal data, after a confirmation (cannot be undone)."""
        ids = self._host.selected_customer_ids()
        if len(ids) != 1:
            self._tell(tr("Select one customer to erase their personal data."))
            return
        customer_id = ids[0]
        if confirmed is None:
            answer = QMessageBox.warning(
                self._page,
                tr("Erase personal data"),
                f"Erase every personal detail of customer #{customer_id}: name, emails, phones, addresses, "
                "contact persons, notes, the text of their contact log and their attachments?\n\n"
                "Issued invoices and credit notes are kept, as the law requires. This cannot be undone.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            confirmed = answer == QMessageBox.StandardButton.Yes
        if not confirmed:
            return
        self.write(
            lambda services: services.privacy.erase(customer_id),
            tr("Erasing personal data"),
            lambda result: self._tell(
                f"Customer #{result.customer_id} erased; "
                f"{len(result.retained_invoice_ids)} issued invoice(s) kept for legal retention."
            ),
        )

    def find_duplicates(self) -> DuplicateFinderDialog | None:
        """Open the list of likely duplicates (read in the background)."""
        services = self._host.services
        if services is None:
            return None
        finder = DuplicateFinderDialog(services=services, runner=self._runner, parent=self._page)
        finder.changed.connect(self.changed.emit)
        finder.finished.connect(lambda _code: finder.deleteLater())
        self.finder = finder
        finder.open()
        return finder

    def _open_finder(self) -> None:
        self.find_duplicates()

    def _tell(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)

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
