"""The Dashboard: today only the real figures of the open database; charts and reminders come later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from crmdesk.services.database import DatabaseSummary
from crmdesk.ui.errors import show_error
from crmdesk.ui.pages.base import Page, heading, not_built_notice, page_layout, scaled_font
from crmdesk.ui.tasks import TaskRunner

FIGURES: list[tuple[str, str]] = [
    ("customers", "Customers"),
    ("interactions", "Contact log entries"),
    ("invoices", "Invoices and credit notes"),
    ("products", "Products and services"),
]

COMING = [
    "Sales this month against last month, and a chart of the last twelve months",
    "Follow-ups due today and overdue",
    "Unpaid invoices and products running low",
]


class FigureCard(QFrame):
    """One big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel("…")
        self.value_label.setFont(scaled_font(self.value_label.font(), 2.2, bold=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.value_label)
        layout.addWidget(QLabel(caption))

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)


class DashboardPage(Page):
    """Counts of what the database holds, read in the background."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="dashboard", title="Dashboard", runner=runner, parent=parent)
        self._generation = 0
        self.summary: DatabaseSummary | None = None
        layout = page_layout(self)
        layout.addWidget(heading("Dashboard"))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards: dict[str, FigureCard] = {}
        for column, (field, caption) in enumerate(FIGURES):
            card = FigureCard(caption)
            self.cards[field] = card
            grid.addWidget(card, 0, column)
        layout.addLayout(grid)
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        layout.addSpacing(8)
        layout.addWidget(not_built_notice("The rest of the dashboard", COMING))
        layout.addStretch(1)

    def refresh(self) -> None:
        self._generation += 1
        services = self.services
        if services is None:
            self._show(None)
            return
        generation = self._generation
        self._runner.run(
            services.database.summary,
            on_done=lambda summary: self._arrived(generation, summary),
            on_error=lambda error: show_error(self, error, doing="Reading the dashboard figures"),
        )

    def _arrived(self, generation: int, summary: DatabaseSummary) -> None:
        if generation == self._generation:  # an older answer (another file, an earlier refresh) is dropped
            self._show(summary)

    def _show(self, summary: DatabaseSummary | None) -> None:
        self.summary = summary
        for field, card in self.cards.items():
            card.set_value("…" if summary is None else f"{getattr(summary, field):,}")
        if summary is None:
            self.file_label.setText("")
            return
        self.file_label.setText(
            f"Database file: {summary.path}  ·  {_file_size(summary.size_bytes)}  ·  "
            f"schema {summary.schema_revision or '—'}"
        )


def _file_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:,.0f} KiB"
    return f"{size / (1024 * 1024):,.1f} MiB"
