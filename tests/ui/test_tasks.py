"""The task runner: results, errors and progress on the GUI thread; one writer at a time."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.domain.errors import ConflictError
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(work, on_done=done, on_error=pytest.fail)
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert runner.pending == 0


def test_an_error_arrives_as_the_exception(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ConflictError("someone else is writing")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(work, on_done=lambda _r: pytest.fail("no result expected"), on_error=errors.append)
    assert len(errors) == 1
    assert isinstance(errors[0], ConflictError)
    assert str(errors[0]) == "someone else is writing"


def test_progress_is_delivered_throttled_and_ends_with_the_last_report(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    reports: list[tuple[str, int, int]] = []
    threads: set[threading.Thread] = set()

    def work(progress: Callable[[str, int, int], None]) -> str:
        for done in range(1, 10_001):
            progress("customers", done, 10_000)
        return "finished"

    def on_progress(step: str, done: int, total: int) -> None:
        reports.append((step, done, total))
        threads.add(threading.current_thread())

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(work, on_done=lambda _r: None, on_error=pytest.fail, on_progress=on_progress)
    assert reports, "no progress delivered"
    assert len(reports) < 1000, "10,000 reports should have been thinned out"
    assert reports[-1] == ("customers", 10_000, 10_000)
    assert threads == {threading.main_thread()}


def test_writers_run_one_at_a_time_in_the_order_asked(qtbot: QtBot, runner: TaskRunner) -> None:
    spans: list[tuple[int, float, float]] = []
    finished: list[int] = []

    def writer(number: int) -> Callable[[], int]:
        def work() -> int:
            start = time.perf_counter()
            time.sleep(0.03)
            spans.append((number, start, time.perf_counter()))
            return number

        return work

    with qtbot.waitSignal(runner.idle, timeout=5000):
        for number in range(4):
            runner.run(writer(number), writes=True, on_done=finished.append, on_error=pytest.fail)
    assert finished == [0, 1, 2, 3]
    assert [number for number, _s, _e in spans] == [0, 1, 2, 3]
    for (_a, _start_a, end_a), (_b, start_b, _end_b) in itertools.pairwise(spans):
        assert start_b >= end_a, "two writers overlapped"


def test_reads_do_not_wait_for_a_running_writer(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    order: list[str] = []
    runner.run(
        lambda: release.wait(5), writes=True, on_done=lambda _r: order.append("write"), on_error=pytest.fail
    )
    with qtbot.waitCallback(timeout=5000) as read_done:
        runner.run(lambda: "read", on_done=read_done, on_error=pytest.fail)
    order.append("read")
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert order == ["read", "write"]


def test_shutdown_drops_late_outcomes_and_refuses_new_work(qtbot: QtBot) -> None:
    runner = TaskRunner()
    delivered: list[object] = []
    runner.run(lambda: time.sleep(0.05) or "late", on_done=delivered.append, on_error=delivered.append)
    runner.shutdown()
    qtbot.wait(50)
    assert delivered == []
    assert runner.pending == 0
    with pytest.raises(RuntimeError):
        runner.run(lambda: None, on_done=delivered.append, on_error=delivered.append)
