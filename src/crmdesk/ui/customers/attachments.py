"""A customer's attachments (contracts, photos, scanned letters): kept inside the database file.

Add… (or drop files on the list), Open with the system's viewer, Save as…, Remove. Files are read and
written in the background; a file over the size limit is refused with the service's message.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services import Services
from crmdesk.services.attachments import AttachmentContent, AttachmentInfo, human_size
from crmdesk.ui.errors import show_error
from crmdesk.ui.formats import day_text
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole


class _DropList(QListWidget):
    """The list of files; files dropped on it are attached."""

    files_dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class AttachmentsBox(QWidget):
    """The attachments of one customer (and of their contact-log entries)."""

    changed = Signal(int)
    """The list was (re)read: how many attachments it shows."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer-attachments")
        self._runner = runner
        self._services: Services | None = None
        self._generation = 0
        self.customer_id: int | None = None
        self._open_dir: Path | None = None
        self.list = _DropList()
        self.list.setObjectName("attachment-list")
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.files_dropped.connect(self.attach_files)
        self.add_button = QPushButton(tr("Add…"))
        self.add_button.setToolTip(tr("Attach files to this customer (or drop them on the list)"))
        self.open_button = QPushButton(tr("Open"))
        self.save_button = QPushButton(tr("Save as…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.add_button.clicked.connect(lambda _checked=False: self.choose_files())
        self.open_button.clicked.connect(lambda _checked=False: self.open_selected())
        self.save_button.clicked.connect(lambda _checked=False: self.save_selected())
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_selected())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- reading --------------------------------------------------------------------------------

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.show_customer(None)

    def show_customer(self, customer_id: int | None) -> None:
        self._generation += 1
        self.customer_id = customer_id
        self.list.clear()
        services, generation = self._services, self._generation
        if services is None or customer_id is None:
            self._update_buttons()
            self.changed.emit(0)
            return
        self._runner.run(
            lambda: services.attachments.list_for(customer_id=customer_id),
            on_done=lambda infos: self._arrived(generation, infos),
            on_error=lambda error: show_error(self, error, doing=tr("Listing the attachments")),
        )

    def _arrived(self, generation: int, infos: tuple[AttachmentInfo, ...]) -> None:
        if generation != self._generation:
            return
        self.list.clear()
        for info in infos:
            when = day_text(info.created_at.astimezone().date())
            origin = tr("  · from the contact log") if info.interaction_id is not None else ""
            item = QListWidgetItem(f"{info.filename}   ({human_size(info.size)}, {when}){origin}")
            item.setData(ID_ROLE, info.id)
            item.setToolTip(
                tr("{filename}\n{mime_type}, {size:,} bytes").format(
                    filename=info.filename, mime_type=info.mime_type, size=info.size
                )
            )
            self.list.addItem(item)
        self._update_buttons()
        self.changed.emit(len(infos))

    def attachment_names(self) -> list[str]:
        """The file names listed, in order (tests)."""
        return [self.list.item(row).text().split("   (")[0] for row in range(self.list.count())]

    def _selected_id(self) -> int | None:
        items = self.list.selectedItems()
        return int(items[0].data(ID_ROLE)) if items else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._services is not None and self.customer_id is not None)
        chosen = self._selected_id() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    # --- actions --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, tr("Attach files"))
        if names:
            self.attach_files([Path(name) for name in names])

    def attach_files(self, paths: list[Path]) -> None:
        """Attach ``paths`` to the current customer, all in the background; each refusal says why."""
        services, customer_id = self._services, self.customer_id
        if services is None or customer_id is None:
            return
        for path in paths:
            self._attach_one(services, customer_id, path)

    def _attach_one(self, services: Services, customer_id: int, path: Path) -> None:
        self._runner.run(
            lambda: services.attachments.attach_file(path, customer_id=customer_id),
            on_done=lambda _info: self.show_customer(self.customer_id),
            on_error=lambda error: show_error(
                self, error, doing=tr("Attaching {name}").format(name=path.name)
            ),
            writes=True,
        )

    def open_selected(self) -> None:
        """Open the attachment with the system's viewer (from a private temporary copy)."""
        self._with_content(self._open, tr("Opening the attachment"))

    def save_selected(self) -> None:
        self._with_content(self._save, tr("Reading the attachment"))

    def _with_content(self, then: Callable[[AttachmentContent], None], doing: str) -> None:
        services, attachment_id = self._services, self._selected_id()
        if services is None or attachment_id is None:
            return
        self._runner.run(
            lambda: services.attachments.open(attachment_id),
            on_done=then,
            on_error=lambda error: show_error(self, error, doing=doing),
        )

    def _open(self, content: AttachmentContent) -> None:
        if self._open_dir is None:
            self._open_dir = Path(tempfile.mkdtemp(prefix="crmdesk-attachments-"))
        target = self._open_dir / f"{content.info.id}-{content.info.filename}"
        try:
            target.write_bytes(content.content)
        except OSError as error:
            show_error(self, error, doing=tr("Opening the attachment"))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _save(self, content: AttachmentContent) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, tr("Save attachment as"), content.info.filename)
        if not name:
            return
        target = Path(name)
        partial = target.with_name(f".{target.name}.part")
        try:
            partial.write_bytes(content.content)
            partial.replace(target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            show_error(self, error, doing=tr("Saving {name}").format(name=target.name))

    def remove_selected(self) -> None:
        services, attachment_id = self._services, self._selected_id()
        if services is None or attachment_id is None:
            return
        name = self.list.selectedItems()[0].text().split("   (")[0]
        answer = QMessageBox.question(
            self,
            tr("Remove attachment?"),
            tr("Remove {name}? It is deleted from the database file (backups keep their copy).").format(
                name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._runner.run(
            lambda: services.attachments.delete(attachment_id),
            on_done=lambda _info: self.show_customer(self.customer_id),
            on_error=lambda error: show_error(self, error, doing=tr("Removing {name}").format(name=name)),
            writes=True,
        )
