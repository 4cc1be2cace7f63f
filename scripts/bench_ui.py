"""How fast the desktop app answers on a big register.

    python scripts/bench_ui.py [--activities 10000] [--db PATH]

Builds a generated register (services.synthetic) unless --db names one, then prints: Qt's own
start, the main window opening with the register shown, a search keystroke, a filter switch,
a sort, and the background check of the whole register. Targets: the window in a fraction of
a second beyond Qt's start; search and filters within 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(path: Path, n: int) -> None:
    from kgs_ropa.services.connect import connect
    from kgs_ropa.services.document import load_register
    from kgs_ropa.services.setup import initialise, seed_vocabularies
    from kgs_ropa.services.synthetic import synthetic_document

    db = connect(str(path))
    initialise(db)
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, synthetic_document(n))
    db.dispose()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def report(label: str, times: list[float], target: float | None = None) -> None:
    worst, median = max(times), statistics.median(times)
    verdict = "" if target is None else ("  ok" if worst <= target else f"  OVER {target:.0f} ms")
    print(f"{label:<42} median {median:7.1f} ms   worst {worst:7.1f} ms{verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="an existing register to measure instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        if args.db is None:
            print(f"generating {args.activities:,} activities…")
            build(path, args.activities)
        return measure(path, Path(folder))


def measure(path: Path, folder: Path) -> int:
    start = time.perf_counter()
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    qt_start = (time.perf_counter() - start) * 1000

    from kgs_ropa.services.connect import connect
    from kgs_ropa.ui import tasks
    from kgs_ropa.ui.main_window import MainWindow

    db = connect(str(path))
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window_box: list[MainWindow] = []
    built = timed(lambda: window_box.append(MainWindow(db, settings)))
    window = window_box[0]
    ready: list[bool] = []  # the background work starts after the first paint and ends here
    window.hub.findings_ready.connect(lambda *_: ready.append(True))
    shown = timed(lambda: (window.show(), app.processEvents()))
    opened = built + shown
    view = window.register

    def wait_for_findings() -> None:
        while not ready:
            app.processEvents()
            time.sleep(0.005)
        tasks.wait_all()

    checked = timed(wait_for_findings)
    rows = len(view.model.all_rows)
    print(f"register: {rows:,} activities ({path})")
    print(f"{'Qt start (QApplication)':<42} {qt_start:7.1f} ms")
    print(f"{'window open, register shown':<42} {opened:7.1f} ms")
    print(f"{'  of which: rows loaded, widgets built':<42} {built:7.1f} ms")
    print(f"{'  of which: shown and painted':<42} {shown:7.1f} ms")
    print(f"{'whole register checked (background)':<42} {checked:7.1f} ms (after the window)")

    def type_text(text: str) -> float:
        return timed(lambda: (view.search.setText(text), app.processEvents()))

    keystrokes = [type_text("beheer van bestellingen 12"[:i]) for i in range(1, 27)]
    report("search keystroke", keystrokes, 100)
    view.search.clear()
    switches = []
    for code in ("consent", "contract", "legal_obligation", None):
        combo = view.filters["lawful_basis"]
        switches.append(timed(lambda c=code, cb=combo: (cb.set_value(c), app.processEvents())))
    for box in view.checks.values():
        switches.append(timed(lambda b=box: (b.setChecked(True), app.processEvents())))
        switches.append(timed(lambda b=box: (b.setChecked(False), app.processEvents())))
    report("filter switch", switches, 100)
    sorts = [
        timed(
            lambda c=c: (
                view.table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
                app.processEvents(),
            )
        )
        for c in (1, 3, 0)
    ]
    report("sort by a column", sorts)
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
