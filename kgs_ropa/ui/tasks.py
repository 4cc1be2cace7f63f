"""Long work off the GUI thread: a QRunnable whose results come back as queued signals.

Widgets are touched only in the slots connected to these signals, which Qt runs on the GUI
thread. The running tasks are kept referenced until they finish. Background refreshes (search
texts, findings) run `in_turn`: one after the other on a pool of one thread, because two at once
fight over the interpreter lock and both finish later (docs/performance.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

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


@cache
def _in_turn_pool() -> QThreadPool:
    pool = QThreadPool(QCoreApplication.instance())
    pool.setMaxThreadCount(1)
    return pool


def start(
    task: Task,
    on_done: Callable[[Any], None],
    on_error: Callable[[Any], None] | None = None,
    *,
    in_turn: bool = False,
) -> Task:
    """Start `task` on the global pool (`in_turn`: after the background tasks started before
    it); `on_done` / `on_error` run on the GUI thread."""
    _running.add(task)
    task.signals.finished.connect(on_done)
    if on_error is not None:
        task.signals.failed.connect(on_error)
    task.signals.finished.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    (_in_turn_pool() if in_turn else QThreadPool.globalInstance()).start(task)
    return task


def wait_all(msecs: int = 30000) -> bool:
    pools = [QThreadPool.globalInstance()]
    if _in_turn_pool.cache_info().currsize:
        pools.append(_in_turn_pool())
    return all(pool.waitForDone(msecs) for pool in pools)


class _OnPaint(QObject):
    """Runs a function once the widget it watches has painted, then goes."""

    def __init__(self, widget: QWidget, fn: Callable[[], None]) -> None:
        super().__init__(widget)
        self._fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fn)  # once this paint is done
            self.deleteLater()
        return False


def after_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """Run `fn` on the GUI thread once `widget` has (re)painted; soon, if it is not shown."""
    if not widget.isVisible():
        QTimer.singleShot(0, fn)
        return
    _OnPaint(widget, fn)
    widget.update()
