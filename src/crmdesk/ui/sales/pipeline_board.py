"""The sales pipeline: a board of stage columns with cards you drag between them, or a plain list.

A drop never moves a card by itself: the column refuses Qt's own move and asks :meth:`PipelineView.move_card`,
which calls ``PipelineService.move`` in the background and then re-reads the board. A refused move (e.g.
out of "won": the allowed transitions are the domain's table) shows the service's message, and the card is
still where it was, because nothing but the re-read board places cards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import OpportunityStage
from crmdesk.services import Services
from crmdesk.services.sales.views import OpportunityView
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.sales.display import STAGE_LABELS, iso, money
from crmdesk.ui.sales.widgets import fill_table, read_only_table
from crmdesk.ui.tasks import TaskRunner

OPPORTUNITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Board = Mapping[OpportunityStage, Sequence[OpportunityView]]
CARD_STYLE = """
QListWidget { background: palette(window); border: none; }
QListWidget::item { background: palette(base); color: palette(text); border: 1px solid palette(mid);
                    border-radius: 4px; margin: 3px 2px; padding: 6px; }
QListWidget::item:selected { border: 2px solid palette(highlight); }
"""


class StageColumn(QListWidget):
    """The cards of one stage. Drops are turned into :attr:`card_dropped`; Qt never moves the item."""

    card_dropped = Signal(int, object)
    """``(opportunity_id, OpportunityStage)``: a card from another column was dropped here."""

    def __init__(self, stage: OpportunityStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stage-{stage.value}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # No wrapping: each card line is cut short with "…" (full text in the tooltip), so every card has
        # the same three-line height and the value line is never pushed out of the card.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(0)
        self.setStyleSheet(CARD_STYLE)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_cards(self, cards: Sequence[OpportunityView]) -> None:
        self.clear()
        lines = self.fontMetrics().lineSpacing()
        for card in cards:
            # LRM before the value: after a right-to-left customer name the amount would otherwise be laid
            # out right to left too ("1,608.00€" instead of "€1,608.00").
            value = "\u200e" + money(card.value, card.currency)
            item = QListWidgetItem(f"{card.title}\n{card.customer_name}\n{value}")
            item.setData(OPPORTUNITY_ID_ROLE, card.id)
            item.setToolTip(f"{card.title} — {card.customer_name}")
            item.setSizeHint(QSize(0, 3 * lines + 22))
            self.addItem(item)

    def _from_another_column(self, source: object) -> bool:
        return isinstance(source, StageColumn) and source is not self

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._from_another_column(event.source()):
            event.acceptProposedAction()
        else:
            event.ignore()  # reordering within a column is not offered: the order is the service's

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._from_another_column(event.source()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        # Ignored: the source column keeps its item; the re-read board shows where the card really is.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.ignore()
        if isinstance(source, StageColumn) and source is not self and source.currentItem() is not None:
            opportunity_id = source.currentItem().data(OPPORTUNITY_ID_ROLE)
            self.card_dropped.emit(int(opportunity_id), self.stage)


class PipelineView(QWidget):
    """Board or list of the opportunities; moves go through ``PipelineService.move``."""

    board_loaded = Signal()
    """The board was (re-)read and is shown."""
    move_finished = Signal(bool)
    """A move ended: ``True`` if the service made it, ``False`` if it was refused or cancelled."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services: Services | None = None
        self._generation = 0
        self.board: dict[OpportunityStage, list[OpportunityView]] = {}
        self.columns: dict[OpportunityStage, StageColumn] = {}
        self.column_titles: dict[OpportunityStage, QLabel] = {}
        board_widget = QWidget()
        board_layout = QHBoxLayout(board_widget)
        board_layout.setContentsMargins(0, 0, 0, 0)
        for stage in OpportunityStage:
            column = StageColumn(stage)
            column.card_dropped.connect(self.move_card)
            title = QLabel()
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(column, 1)
            board_layout.addLayout(box, 1)
            self.columns[stage] = column
            self.column_titles[stage] = title
        self.list_table = read_only_table(
            [tr("Title"), tr("Customer"), tr("Stage"), tr("Value"), tr("Expected close")], right_aligned=(3,)
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(board_widget)
        self.stack.addWidget(self.list_table)
        self.board_button = QToolButton()
        self.board_button.setText(tr("Board"))
        self.list_button = QToolButton()
        self.list_button.setText(tr("List"))
        group = QButtonGroup(self)
        for number, button in enumerate((self.board_button, self.list_button)):
            button.setCheckable(True)
            group.addButton(button, number)
        self.board_button.setChecked(True)
        group.idClicked.connect(lambda number: self.show_list(number == 1))
        self.hint = QLabel(tr("Drag a card to another stage to move it."))
        bar = QHBoxLayout()
        bar.addWidget(self.board_button)
        bar.addWidget(self.list_button)
        bar.addSpacing(12)
        bar.addWidget(self.hint)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def set_services(self, services: Services | None) -> None:
        """Use ``services`` from the next :meth:`refresh` on (the page calls it)."""
        self._services = services

    def show_list(self, on: bool) -> None:
        """Show the list (``True``) or the board."""
        (self.list_button if on else self.board_button).setChecked(True)
        self.stack.setCurrentIndex(1 if on else 0)
        self.hint.setVisible(not on)  # cards are dragged on the board only

    def refresh(self) -> None:
        """Re-read the board in the background."""
        self._generation += 1
        services, generation = self._services, self._generation
        if services is None:
            self._show({stage: [] for stage in OpportunityStage})
            return
        self._runner.run(
            services.pipeline.board,
            on_done=lambda board: self._arrived(generation, board),
            on_error=lambda error: show_error(self, error, doing=tr("Reading the pipeline")),
        )

    def _arrived(self, generation: int, board: Board) -> None:
        if generation == self._generation:
            self._show(board)
            self.board_loaded.emit()

    def _show(self, board: Board) -> None:
        self.board = {stage: list(board.get(stage, [])) for stage in OpportunityStage}
        for stage, cards in self.board.items():
            self.columns[stage].show_cards(cards)
            total = sum((card.value for card in cards), Decimal(0))
            currency = (
                cards[0].currency if cards and all(c.currency == cards[0].currency for c in cards) else ""
            )
            amount = f" · {money(total, currency)}" if currency else ""
            self.column_titles[stage].setText(
                tr("<b>{STAGE_LABELS}</b> ({len}){amount}").format(
                    STAGE_LABELS=STAGE_LABELS[stage], len=len(cards), amount=amount
                )
            )
        rows = [card for stage in OpportunityStage for card in self.board[stage]]
        fill_table(
            self.list_table,
            [
                [
                    c.title,
                    c.customer_name,
                    STAGE_LABELS[c.stage],
                    money(c.value, c.currency),
                    iso(c.expected_close),
                ]
                for c in rows
            ],
        )

    def stage_of(self, opportunity_id: int) -> OpportunityStage | None:
        """Where the board shows ``opportunity_id`` now."""
        for stage, cards in self.board.items():
            if any(card.id == opportunity_id for card in cards):
                return stage
        return None

    def move_card(self, opportunity_id: int, stage: OpportunityStage) -> None:
        """Move a card to ``stage`` through the service (what a drop calls); the board is re-read after."""
        services = self._services
        if services is None or self.stage_of(opportunity_id) is stage:
            return
        reason = ""
        if stage is OpportunityStage.LOST:
            reason, ok = QInputDialog.getText(self, tr("Lost"), tr("Why was this opportunity lost?"))
            if not ok:
                self.move_finished.emit(False)
                return

        def done(_view: object) -> None:
            self.refresh()
            self.move_finished.emit(True)

        def failed(error: BaseException) -> None:
            show_error(self, error, doing=tr("Moving the card"))
            self.refresh()  # the card shows where the database says it is
            self.move_finished.emit(False)

        self._runner.run(
            lambda: services.pipeline.move(opportunity_id, stage=stage, lost_reason=reason),
            on_done=done,
            on_error=failed,
            writes=True,
        )
