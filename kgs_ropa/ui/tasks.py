"""Long work off the GUI thread: a QRunnable whose results come back as queued signals.

Widgets are touched only in the slots connected to these signals, which Qt runs on the GUI
thread. The running tasks are kept referenced until they finish.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """Runs fn(*args, progress=...) when `with_progress`, else fn(*args), on the pool."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._fn, self._args, self._with_progress = fn, args, with_progress

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(*self._args, progress=self.signals.progress.emit)
            else:
                result = self._fn(*self._args)
        except Exception as exc:  # reported to the GUI, which shows or logs it
            log.exception("background task failed")
            self._emit(self.signals.failed, exc)
            return
        self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app is closing and the receiver is gone: nobody to tell
            log.info("background task finished after its receiver closed")


_running: set[Task] = set()


def start(
    task: Task,
    on_done: Callable[[Any], None],
    on_error: Callable[[Any], None] | None = None,
) -> Task:
    """Start `task` on the global pool; `on_done` / `on_error` run on the GUI thread."""
    _running.add(task)
    task.signals.finished.connect(on_done)
    if on_error is not None:
        task.signals.failed.connect(on_error)
    task.signals.finished.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def wait_all(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
