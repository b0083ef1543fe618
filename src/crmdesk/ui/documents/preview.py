"""The in-app PDF preview of a rendered document: pages, zoom, Save as…, Open folder and Send.

:func:`show_document_pdf` renders in the background and opens :class:`PdfPreviewDialog`; nothing here
renders on the GUI thread. The dialog shows the bytes it is given (QtPdf reads them from a
:class:`QBuffer` the dialog keeps alive as long as the document), saves through
``services.documents.save`` and sends through ``services.sending`` on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services import Services
from crmdesk.services.documents import RenderedDocument
from crmdesk.services.sending import SendResult
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0
_LAST_FOLDER: dict[str, Path] = {}
"""The folder of the last Save as…, offered again by the next one (per session)."""


class PdfPreviewDialog(QDialog):
    """One rendered document: every page in a scrollable view, zoom, page navigation, save and send."""

    saved = Signal(Path)
    """The PDF was written (and checked) at this path."""
    draft_written = Signal(Path)
    """An email draft (.eml) was written and handed to the default mail program."""
    sent = Signal(str)
    """The email went out through SMTP to this address."""

    def __init__(
        self,
        rendered: RenderedDocument,
        *,
        services: Services,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-preview")
        self.setWindowTitle(tr("{stem} — preview").format(stem=Path(rendered.filename).stem))
        self.resize(900, 1000)
        self.rendered = rendered
        self._services = services
        self._runner = runner
        self._folder: Path | None = None

        # QPdfDocument reads lazily from the device: the byte array and the buffer live as long as it.
        self._bytes = QByteArray(rendered.pdf)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdf-view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.page_box = QSpinBox()
        self.page_box.setObjectName("page-number")
        self.page_box.setRange(1, max(1, self.page_count))
        self.page_box.setKeyboardTracking(False)
        self.page_box.setAccessibleName(tr("Page"))
        self.page_label = QLabel()
        self.status = QLabel()
        self.status.setObjectName("preview-status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.toolbar = QToolBar()
        self.save_action = self._action(tr("Save as…"), QKeySequence.StandardKey.Save, self.save_as)
        self.folder_action = self._action(tr("Open folder"), None, self.open_folder)
        self.folder_action.setEnabled(False)
        self.toolbar.addSeparator()
        self.draft_action = self._action(tr("Email draft"), QKeySequence("Ctrl+E"), self.send_draft)
        self.draft_action.setToolTip(
            tr("Write an email with the PDF attached and open it in your mail program")
        )
        self.smtp_action = self._action(tr("Send via SMTP…"), QKeySequence("Ctrl+Shift+E"), self.send_smtp)
        self.smtp_action.setToolTip(tr("Send the email now through the mail server set in Settings"))
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action("−", QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_out_action.setToolTip(tr("Zoom out (Ctrl+-)"))
        self.zoom_in_action = self._action("+", QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.zoom_in_action.setToolTip(tr("Zoom in (Ctrl++)"))
        self.fit_action = self._action(tr("Fit width"), QKeySequence("Ctrl+0"), self.fit_width)
        self.toolbar.addSeparator()
        self.previous_action = self._action("◀", QKeySequence("Ctrl+PgUp"), self.previous_page)
        self.previous_action.setToolTip(tr("Previous page (Ctrl+PgUp)"))
        self.toolbar.addWidget(self.page_box)
        self.toolbar.addWidget(self.page_label)
        self.next_action = self._action("▶", QKeySequence("Ctrl+PgDown"), self.next_page)
        self.next_action.setToolTip(tr("Next page (Ctrl+PgDown)"))
        # Ctrl++ is Ctrl+= on many keyboards.
        self._extra_shortcut(QKeySequence("Ctrl+="), self.zoom_in)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._page_changed(0)

    # --- pages and zoom ----------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    @property
    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        page = max(0, min(page, self.page_count - 1))
        if page != self.current_page:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, current * factor)))

    def _page_changed(self, page: int) -> None:
        self.page_label.setText(tr(" of {page_count} ").format(page_count=self.page_count))
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.page_count - 1)

    # --- save and send -----------------------------------------------------------------------------

    def save_as(self) -> None:
        folder = _LAST_FOLDER.get("save") or Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Save PDF"), str(folder / self.rendered.filename), tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Write the PDF to ``path`` in the background (atomic, re-opened and checked)."""
        rendered, documents = self.rendered, self._services.documents
        self._busy(tr("Saving {name}…").format(name=path.name))
        self._run(lambda: documents.save(rendered, path), self._saved, doing=tr("Save as"))

    def _saved(self, path: Path) -> None:
        _LAST_FOLDER["save"] = path.parent
        self._folder = path.parent
        self.folder_action.setEnabled(True)
        self.status.setText(tr("Saved to {path}").format(path=path))
        self.saved.emit(path)

    def open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def send_draft(self) -> None:
        """Write the email as an .eml draft (logged in the contact log) and open it in the mail program."""
        rendered, sending = self.rendered, self._services.sending
        self._busy(tr("Writing the email draft…"))
        self._run(
            lambda: sending.write_draft(rendered), self._draft_done, doing=tr("Email draft"), writes=True
        )

    def _draft_done(self, result: SendResult) -> None:
        assert result.path is not None
        self._folder = result.path.parent
        self.folder_action.setEnabled(True)
        self.status.setText(
            tr("Email draft to {to} written to {path}").format(to=result.to, path=result.path)
        )
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path))):
            self.status.setText(
                tr("No mail program opened the draft; it is at {path}").format(path=result.path)
            )
        self.draft_written.emit(result.path)

    def send_smtp(self) -> None:
        """Send the email through SMTP in the background, with a busy indicator."""
        rendered, sending = self.rendered, self._services.sending
        progress = QProgressDialog(tr("Sending the email…"), "", 0, 0, self)
        progress.setObjectName("smtp-progress")
        progress.setWindowTitle(tr("Sending"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress

        def finished() -> None:
            progress.close()
            progress.deleteLater()

        def done(result: SendResult) -> None:
            finished()
            self.status.setText(
                tr("Sent to {to} through {server}").format(to=result.to, server=result.server)
            )
            self.sent.emit(result.to)

        def failed(error: BaseException) -> None:
            finished()
            self.status.setText(tr("Not sent."))
            show_error(self, error, doing=tr("Sending"))

        self._busy(tr("Sending the email…"))
        self._runner.run(
            lambda: sending.send_smtp(rendered),
            on_done=self._if_alive(done),
            on_error=self._if_alive(failed),
            writes=True,
        )

    # --- helpers ----------------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _extra_shortcut(self, shortcut: QKeySequence, slot: Callable[[], None]) -> None:
        action = QAction(self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        for action in (self.save_action, self.draft_action, self.smtp_action):
            action.setEnabled(False)

    def _idle(self) -> None:
        for action in (self.save_action, self.draft_action, self.smtp_action):
            action.setEnabled(True)

    def _run(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], *, doing: str, writes: bool = False
    ) -> None:
        def failed(error: BaseException) -> None:
            self.status.setText(tr("{doing} failed.").format(doing=doing))
            show_error(self, error, doing=doing)

        self._runner.run(fn, on_done=self._if_alive(on_done), on_error=self._if_alive(failed), writes=writes)

    def _if_alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """The callback, unless the dialog was closed and deleted before the background task ended."""

        def deliver(value: Any) -> None:
            if shiboken6.isValid(self):
                self._idle()
                callback(value)

        return deliver


def show_document_pdf(
    parent: QWidget,
    runner: TaskRunner,
    services: Services,
    kind: str,
    document_id: int,
    *,
    reminder_level: int | None = None,
) -> None:
    """Render the document in the background, then open its preview (errors via :func:`show_error`)."""
    documents = services.documents
    parent.setCursor(Qt.CursorShape.BusyCursor)

    def done(rendered: RenderedDocument) -> None:
        if not shiboken6.isValid(parent):
            return
        parent.unsetCursor()
        dialog = PdfPreviewDialog(rendered, services=services, runner=runner, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def failed(error: BaseException) -> None:
        if not shiboken6.isValid(parent):
            return
        parent.unsetCursor()
        show_error(parent, error, doing="PDF")

    runner.run(
        lambda: documents.render(kind, document_id, reminder_level=reminder_level),
        on_done=done,
        on_error=failed,
    )
