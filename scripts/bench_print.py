"""How long the print preview keeps the window from answering.

    python scripts/bench_print.py [--activities 1000] [--db PATH] [--paint]

Builds a generated register (services.synthetic) unless --db names one. Prints, with a 20 ms
timer standing in for the window's event loop: the longest the loop waited while the report
and its HTML were built off the GUI thread, and the time on the GUI thread that Qt's layout of
the QTextDocument takes (with --paint also the preview's pages, as ui.print_pages paints
them). Wall and CPU seconds; judge on CPU on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from threading import Event

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


def off_thread(app: object, path: Path) -> tuple[str, float, float]:
    """The HTML built as the app builds it; the longest wait of the GUI loop meanwhile."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from kgs_ropa.services.connect import connect
    from kgs_ropa.ui import tasks
    from kgs_ropa.ui.print_actions import print_html

    gaps, last, result = [0.0], [time.perf_counter()], {}

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    start = time.perf_counter()
    task = tasks.Task(print_html, connect(str(path)), "nl", None, Event(), with_progress=True)
    tasks.start(task, lambda html: result.setdefault("html", html))
    while "html" not in result:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    timer.stop()
    return result["html"], time.perf_counter() - start, max(gaps)


def on_gui_thread(label: str, fn: object) -> object:
    wall, cpu = time.perf_counter(), time.process_time()
    found = fn()  # type: ignore[operator]
    print(
        f"{label:<48} {time.perf_counter() - wall:7.2f} s wall "
        f"{time.process_time() - cpu:7.2f} s CPU (the window does not answer)"
    )
    return found


def measure(path: Path, paint: bool) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QTextDocument
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    from kgs_ropa.ui.print_pages import paginate, paint_pages

    app = QApplication(sys.argv)
    html, wall, gap = off_thread(app, path)
    label = "report + HTML off the GUI thread"
    print(f"{label:<48} {wall:7.2f} s wall; longest loop wait {gap:.3f} s")
    document = QTextDocument()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)

    def lay_out() -> int:
        document.setHtml(html)
        paginate(document, printer.pageLayout())
        return document.pageCount()

    on_gui_thread("layout (setHtml, paginate)", lay_out)
    if paint:
        preview = QPrintPreviewWidget(printer)
        preview.paintRequested.connect(lambda target: paint_pages(document, target))
        on_gui_thread("preview pages (print_pages.paint_pages)", preview.updatePreview)
        print(f"{preview.pageCount()} pages")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=1000)
    parser.add_argument("--db", type=Path, help="an existing register to measure instead")
    parser.add_argument("--paint", action="store_true", help="also lay out the preview's pages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        if args.db is None:
            print(f"generating {args.activities:,} activities…")
            build(path, args.activities)
        measure(path, args.paint)
    return 0


if __name__ == "__main__":
    sys.exit(main())
