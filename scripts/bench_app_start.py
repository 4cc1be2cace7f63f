"""The desktop app started as a user starts it, for scripts/bench.py.

    python -m scripts.bench_app_start DB

Runs the app as `kgs-ropa` does (`kgs_ropa.app.run_app_and_exit`, unchanged), with watchers
hooked onto the main window once it is built: it prints one JSON line with the monotonic clock
at the first paint of the populated register table ("painted"), when the search texts and the
findings are in ("search", "findings"; "done" is the later of them), then quits. The caller
reads the clock just before starting the process, so the figures run from the process start
(interpreter, imports, database open, window) to what the user sees.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any, NoReturn


def watch(window: Any) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, time.monotonic())
        if {"painted", "search", "findings"} <= marks.keys():
            marks["done"] = max(marks.values())
            print(json.dumps({**marks, "rows": window.register.model.rowCount()}), flush=True)
            QApplication.quit()

    class FirstPaint(QObject):
        def eventFilter(self, _watched: Any, event: Any) -> bool:  # noqa: N802 (Qt naming)
            if event.type() == QEvent.Type.Paint and window.register.model.rowCount():
                QTimer.singleShot(0, lambda: mark("painted"))  # after this paint is done
            return False

    model = window.register.model
    set_search_texts = model.set_search_texts

    def search_ready(texts: Any, *args: Any) -> None:
        set_search_texts(texts, *args)
        mark("search")

    model.set_search_texts = search_ready  # connected by the window once the event loop runs
    window.hub.findings_ready.connect(lambda *_: mark("findings"))
    window._bench_watcher = FirstPaint(window)
    window.register.table.viewport().installEventFilter(window._bench_watcher)


def main(db: str) -> NoReturn:
    from kgs_ropa import app
    from kgs_ropa.ui import main_window

    build = main_window.MainWindow.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        build(self, *args, **kwargs)
        watch(self)

    main_window.MainWindow.__init__ = init  # type: ignore[method-assign]
    app.run_app_and_exit(db)


if __name__ == "__main__":
    main(sys.argv[1])
