"""Background work: refreshes one after the other, started once the register has painted."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

from kgs_ropa.ui import tasks


def test_tasks_in_turn_run_one_after_the_other_in_the_order_started(qtbot: Any) -> None:
    events: list[tuple[str, str]] = []
    lock = threading.Lock()

    def work(name: str) -> str:
        with lock:
            events.append(("start", name))
        time.sleep(0.05)
        with lock:
            events.append(("end", name))
        return name

    done: list[str] = []
    for name in ("search texts", "findings"):
        tasks.start(tasks.Task(work, name), done.append, in_turn=True)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10_000)
    assert events == [
        ("start", "search texts"),
        ("end", "search texts"),
        ("start", "findings"),
        ("end", "findings"),
    ]
    assert done == ["search texts", "findings"]


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_after_paint_runs_once_the_shown_widget_has_painted(qtbot: Any) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    paints = Paints()
    view.viewport().installEventFilter(paints)
    seen: list[int] = []
    tasks.after_paint(view.viewport(), lambda: seen.append(paints.count))
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen[0] >= 1  # a paint came first, even on a window that had painted already


def test_after_paint_on_a_hidden_widget_runs_soon(qtbot: Any) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    seen: list[bool] = []
    tasks.after_paint(view.viewport(), lambda: seen.append(True))
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
