"""The pipeline board: cards by stage, moves through the service, refused moves go back with a message."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sales_helpers import Warnings

from crmdesk.domain.enums import OpportunityStage
from crmdesk.services import Services
from crmdesk.ui.sales.pipeline_board import OPPORTUNITY_ID_ROLE, PipelineView, StageColumn
from crmdesk.ui.tasks import TaskRunner

OPEN_STAGES = (OpportunityStage.LEAD, OpportunityStage.QUALIFIED, OpportunityStage.QUOTED)


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> Iterator[PipelineView]:
    runner = TaskRunner()
    view = PipelineView(runner=runner)
    qtbot.addWidget(view)
    view.set_services(services)
    with qtbot.waitSignal(view.board_loaded, timeout=5000):
        view.refresh()
    yield view
    runner.shutdown()  # before the database closes


def first_card(view: PipelineView, stage: OpportunityStage) -> int:
    column = view.columns[stage]
    assert column.count(), f"no {stage} card in the demo data"
    return int(column.item(0).data(OPPORTUNITY_ID_ROLE))


def test_the_board_shows_every_opportunity_in_its_stage(view: PipelineView, services: Services) -> None:
    board = services.pipeline.board()
    for stage in OpportunityStage:
        column = view.columns[stage]
        assert column.count() == len(board[stage])
        if board[stage]:
            card = board[stage][0]
            assert column.item(0).text().startswith(f"{card.title}\n{card.customer_name}\n")


def test_a_dropped_card_moves_through_the_service(
    qtbot: QtBot, view: PipelineView, services: Services
) -> None:
    card = first_card(view, OpportunityStage.QUALIFIED)
    quoted_before = view.columns[OpportunityStage.QUOTED].count()
    with qtbot.waitSignal(view.move_finished, timeout=5000) as finished:
        # What StageColumn.dropEvent emits when a card from another column is dropped on "quoted".
        view.columns[OpportunityStage.QUOTED].card_dropped.emit(card, OpportunityStage.QUOTED)
    assert finished.args == [True]
    qtbot.waitUntil(lambda: view.stage_of(card) is OpportunityStage.QUOTED, timeout=5000)
    assert services.pipeline.get(card).stage is OpportunityStage.QUOTED
    assert view.columns[OpportunityStage.QUOTED].count() == quoted_before + 1


class _Drop(QDropEvent):
    """A drop whose source is a column: a real drag sets it; offscreen tests cannot start one."""

    def __init__(self, target: StageColumn, source: StageColumn) -> None:
        super().__init__(
            QPointF(target.viewport().rect().center()),
            Qt.DropAction.MoveAction,
            QMimeData(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        self._source = source

    def source(self) -> StageColumn:  # type: ignore[override]
        return self._source


def test_the_drop_handler_asks_for_the_move_and_leaves_the_card(qtbot: QtBot, view: PipelineView) -> None:
    source, target = view.columns[OpportunityStage.QUALIFIED], view.columns[OpportunityStage.QUOTED]
    source.setCurrentRow(0)
    card = first_card(view, OpportunityStage.QUALIFIED)
    before = source.count()
    drop = _Drop(target, source)
    with qtbot.waitSignal(target.card_dropped) as dropped:
        target.dropEvent(drop)
    assert dropped.args == [card, OpportunityStage.QUOTED]
    assert not drop.isAccepted() and source.count() == before  # Qt itself moved nothing
    with qtbot.waitSignal(view.move_finished, timeout=5000) as finished:
        pass  # the view was connected to the column's signal and moves through the service
    assert finished.args == [True]


def test_a_refused_move_goes_back_with_a_message(
    qtbot: QtBot, view: PipelineView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", warnings)
    card = first_card(view, OpportunityStage.WON)
    won_before = view.columns[OpportunityStage.WON].count()
    with qtbot.waitSignal(view.move_finished, timeout=5000) as finished:
        view.move_card(card, OpportunityStage.LEAD)  # won is final in the allowed transitions
    assert finished.args == [False]
    assert len(warnings.messages) == 1 and "opportunity" in warnings.messages[0].lower()
    with qtbot.waitSignal(view.board_loaded, timeout=5000):
        pass
    assert view.stage_of(card) is OpportunityStage.WON
    assert view.columns[OpportunityStage.WON].count() == won_before
    assert services.pipeline.get(card).stage is OpportunityStage.WON


def test_a_lost_card_asks_why(
    qtbot: QtBot, view: PipelineView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("Too expensive", True))
    # Any open stage may be lost; the demo data is generated relative to today, so take the first found.
    stage = next(s for s in OPEN_STAGES if view.columns[s].count())
    card = first_card(view, stage)
    with qtbot.waitSignal(view.move_finished, timeout=5000):
        view.move_card(card, OpportunityStage.LOST)
    opportunity = services.pipeline.get(card)
    assert opportunity.stage is OpportunityStage.LOST and opportunity.lost_reason == "Too expensive"


def test_the_list_view_shows_the_same_opportunities(view: PipelineView) -> None:
    view.show_list(True)
    assert view.stack.currentWidget() is view.list_table
    assert view.hint.isHidden()  # cards are dragged on the board only
    assert view.list_table.rowCount() == sum(len(cards) for cards in view.board.values())
    view.board_button.click()
    assert view.board_button.isChecked() and not view.hint.isHidden()
