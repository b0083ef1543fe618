"""The one background task runner of the UI.

Every service call that can take longer than ~100 ms goes through :meth:`TaskRunner.run`. The work runs on
a :class:`QThreadPool` thread; its result, its error and its progress come back to the GUI thread as
queued signals, so callbacks may touch widgets while the background function never does.

One writer at a time is a **write queue**: tasks started with ``writes=True`` go to a second pool with a
single thread, so they run one after another in the order asked, while reads keep running beside them
on the read pool. (A mutex would also serialise writers, but it would park read-pool threads waiting
for it; a queue never blocks a reader.) SQLite allows one writer per file anyway; the queue means
writers wait in our process, in order, instead of spinning on ``busy_timeout``.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, int, int], None]
"""``progress(step, done, total)``: what is being done and how far along it is."""

PROGRESS_INTERVAL_S = 0.05
"""Progress reports closer together than this are dropped (except the last): a tight loop that reports
every row would otherwise flood the GUI thread's event queue."""


@dataclass
class _Task:
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    on_progress: ProgressCallback | None


class _ThrottledProgress:
    """The ``progress`` callable handed to a background function; safe to call from its thread."""

    def __init__(self, emit: Callable[[str, int, int], None]) -> None:
        self._emit = emit
        self._last = 0.0

    def __call__(self, step: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self._emit(step, done, total)


class TaskRunner(QObject):
    """Runs functions in the background and delivers their outcome on the GUI thread.

    ``run(fn, on_done=..., on_error=...)`` calls ``fn()`` on a pool thread. With ``on_progress`` given,
    ``fn`` is called as ``fn(progress)`` where ``progress(step, done, total)`` may be called from the
    background. Exactly one of ``on_done(result)`` / ``on_error(exception)`` is called later, on the
    thread that owns the runner (the GUI thread), unless :meth:`shutdown` came first.
    """

    idle = Signal()
    """Emitted when the last pending task has been delivered (tests, screenshots and shutdown wait on it)."""

    # Internal: emitted from pool threads, delivered to the runner's own slots through queued connections.
    _finished = Signal(int, object)
    _failed = Signal(int, object)
    _progressed = Signal(int, str, int, int)

    def __init__(self, parent: QObject | None = None, *, readers: int | None = None) -> None:
        super().__init__(parent)
        self._read_pool = QThreadPool(self)
        # At least two readers, so that one slow query never holds back the next search.
        self._read_pool.setMaxThreadCount(readers or max(2, min(4, QThread.idealThreadCount())))
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._tasks: dict[int, _Task] = {}
        self._ids = itertools.count(1)
        self._closed = False
        # Explicitly queued: the signals are emitted on pool threads and must run the slots on ours.
        self._finished.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        """Tasks started whose outcome has not been delivered yet."""
        return len(self._tasks)

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: ProgressCallback | None = None,
        writes: bool = False,
    ) -> int:
        """Start ``fn`` in the background; return a task number (for logs and tests)."""
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        task_id = next(self._ids)
        self._tasks[task_id] = _Task(on_done, on_error, on_progress)
        progress = (
            _ThrottledProgress(lambda step, done, total: self._progressed.emit(task_id, step, done, total))
            if on_progress is not None
            else None
        )

        def work() -> None:
            try:
                result = fn(progress) if progress is not None else fn()
            except BaseException as exc:
                self._failed.emit(task_id, exc)
            else:
                self._finished.emit(task_id, result)

        pool = self._write_pool if writes else self._read_pool
        pool.start(work)
        return task_id

    def wait_for_done(self, timeout_ms: int = -1) -> bool:
        """Block until no background function runs (their outcomes may still be queued for delivery)."""
        readers_done = self._read_pool.waitForDone(timeout_ms)
        return self._write_pool.waitForDone(timeout_ms) and readers_done

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Refuse new tasks, wait for running ones and drop their outcomes (the window is going away)."""
        self._closed = True
        if not self.wait_for_done(timeout_ms):
            log.warning("background tasks still running after %d ms at shutdown", timeout_ms)
        self._tasks.clear()

    @Slot(int, object)
    def _deliver_result(self, task_id: int, result: object) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:  # dropped by shutdown()
            return
        try:
            task.on_done(result)
        finally:
            self._maybe_idle()

    @Slot(int, object)
    def _deliver_error(self, task_id: int, error: object) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            return
        assert isinstance(error, BaseException)
        try:
            task.on_error(error)
        finally:
            self._maybe_idle()

    @Slot(int, str, int, int)
    def _deliver_progress(self, task_id: int, step: str, done: int, total: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.on_progress is not None:
            task.on_progress(step, done, total)

    def _maybe_idle(self) -> None:
        if not self._tasks:
            self.idle.emit()
