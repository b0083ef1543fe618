"""The global search popup (Ctrl+K): one line, results grouped by kind, Enter opens the item.

Every pause in typing asks the search service in the background; each question carries a generation
number and an answer to an older one (the owner typed on meanwhile) is dropped, so a slow query never
overwrites newer results and the GUI thread never waits for SQLite.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from crmdesk.domain.contact_details import international_format
from crmdesk.services import Services
from crmdesk.services.search import SearchHit, SearchKind, SearchResults
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.pages.base import isolated, scaled_font
from crmdesk.ui.tasks import TaskRunner

TYPING_PAUSE_MS = 60
"""Short: the service answers in a few ms; the pause only spares queries for a fast typist's letters."""
HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchPopup(QDialog):
    """Search everything; :attr:`hit_chosen` says what the owner picked."""

    hit_chosen = Signal(object)
    """The :class:`SearchHit` the owner opened (Enter or double-click)."""
    results_shown = Signal()
    """The results of the latest question are shown (tests, screenshots)."""

    def __init__(self, *, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-popup")
        self.setWindowTitle(tr("Search everything"))
        self._services, self._runner = services, runner
        self._generation = 0
        self.results: SearchResults | None = None
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("Customers, emails, phones, contact log, documents, products…"))
        self.field.setClearButtonEnabled(True)
        self.field.setFont(scaled_font(self.field.font(), 1.2))
        self.list = QListWidget()
        self.list.setObjectName("search-results")
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self.open_current)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.field.installEventFilter(self)
        self.resize(620, 460)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the line move through the results, so the hands stay on the keyboard.
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None:
                self._move(step)
                return True
        return super().eventFilter(watched, event)

    def search_now(self) -> None:
        """Ask the service about the current text (in the background)."""
        self._timer.stop()
        self._generation += 1
        generation, text, search = self._generation, self.field.text(), self._services.search.search
        if not text.strip():
            self._show(SearchResults(text, "", ()), generation)
            return
        self._runner.run(
            lambda: search(text),
            on_done=lambda results: self._show(results, generation),
            on_error=lambda error: self._failed(generation, error),
        )

    def _show(self, results: SearchResults, generation: int) -> None:
        if generation != self._generation:
            return  # a stale keystroke's answer
        self.results = results
        self.list.clear()
        first: QListWidgetItem | None = None
        for group in results.groups:
            header = QListWidgetItem(group.label + ("  (more…)" if group.has_more else ""))
            # Enabled but not selectable: drawn in the normal text colour, skipped by Up/Down.
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFont(scaled_font(self.list.font(), 1.0, bold=True))
            self.list.addItem(header)
            for hit in group.hits:
                item = QListWidgetItem("    " + _hit_text(hit))
                item.setData(HIT_ROLE, hit)
                item.setToolTip(hit.detail)
                self.list.addItem(item)
                first = first or item
        if first is not None:
            self.list.setCurrentItem(first)
        count = results.total_hits
        self.status.setText(
            ""
            if not results.text.strip()
            else tr("{count} found").format(count=count)
            if count
            else tr("Nothing found")
        )
        self.results_shown.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            show_error(self, error, doing=tr("Searching"))

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        for _ in range(self.list.count()):
            row += step
            if not 0 <= row < self.list.count():
                return
            if self.list.item(row).data(HIT_ROLE) is not None:
                self.list.setCurrentRow(row)
                return

    def hits(self) -> list[SearchHit]:
        """The hits listed, in order (tests)."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [hit for item in items if isinstance(hit := item.data(HIT_ROLE), SearchHit)]

    def open_current(self) -> None:
        """Enter: open the current hit (searching first if the owner was faster than the pause)."""
        if self._timer.isActive():
            self.search_now()
            return
        item = self.list.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        if isinstance(hit, SearchHit):
            self.hit_chosen.emit(hit)
            self.accept()


def _hit_text(hit: SearchHit) -> str:
    title = international_format(hit.title) if hit.kind is SearchKind.PHONE else hit.title
    detail = f"  —  {isolated(hit.detail)}" if hit.detail else ""
    return isolated(title) + detail + ("  (archived)" if hit.archived else "")
