"""A customer field that searches as the owner types (the search service, in the background)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crmdesk.services import Services
from crmdesk.services.search import SearchKind, SearchResults
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 150
MAX_HITS = 15


class CustomerPicker(QLineEdit):
    """Type part of a name, e-mail or phone; pick from the list. ``picked(id, name)`` says who."""

    picked = Signal(int, str)
    hits_arrived = Signal()
    """A search answer is shown in the list (tests wait on it)."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer-picker")
        self.setPlaceholderText(tr("Type to search customers…"))
        self._runner = runner
        self._services: Services | None = None
        self._generation = 0
        self._by_label: dict[str, tuple[int, str]] = {}
        self.customer_id: int | None = None
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        # The service already matched (accents, phone digits): show its answer as it is.
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.activated.connect(self._chosen)
        self.setCompleter(self._completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())

    def set_services(self, services: Services | None) -> None:
        self._services = services

    def set_customer(self, customer_id: int | None, name: str) -> None:
        """Show ``name`` as the chosen customer (no search, no signal)."""
        self.customer_id = customer_id
        self.blockSignals(True)
        self.setText(name)
        self.blockSignals(False)

    def search_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        services, text, generation = self._services, self.text().strip(), self._generation
        if services is None or not text:
            return
        self._runner.run(
            lambda: services.search.search(text, per_kind=MAX_HITS, kinds=(SearchKind.CUSTOMER,)),
            on_done=lambda results: self._arrived(generation, results),
            on_error=lambda _error: None,  # a half-typed query the search cannot read: no list
        )

    def _arrived(self, generation: int, results: SearchResults) -> None:
        if generation != self._generation:
            return
        self._by_label = {}
        for group in results.groups:
            for hit in group.hits:
                label = f"{hit.title} — {hit.detail}" if hit.detail else hit.title
                self._by_label.setdefault(label, (hit.id, hit.title))
        self._model.setStringList(list(self._by_label))
        if self._by_label and self.hasFocus():
            self._completer.complete()
        self.hits_arrived.emit()

    def labels(self) -> list[str]:
        return list(self._by_label)

    def choose(self, label: str) -> None:
        """Pick the hit shown as ``label`` (what activating it in the list does)."""
        self._chosen(label)

    def _chosen(self, label: str) -> None:
        found = self._by_label.get(label)
        if found is None:
            return
        customer_id, name = found
        self.set_customer(customer_id, name)
        self.picked.emit(customer_id, name)


__all__ = ["CustomerPicker"]
