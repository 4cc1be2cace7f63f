"""The baselines of scripts/bench.py: the least a program must do to give the same result.

    python -m scripts.bench_baselines NAME ARGS...

Each runs as its own process, like the product's command it is compared with, and prints one
JSON line: the monotonic clock at the moment its result is there ("done") and, when it first
read a prepared input that the product does not need, the seconds that took ("input"), which
scripts/bench.py leaves out of its figure.
"""

from __future__ import annotations

import json
import pickle
import sys
import time
from typing import Any


def report(**figures: float) -> None:
    print(json.dumps({"done": time.monotonic(), **figures}), flush=True)


def load_input(path: str) -> tuple[Any, float]:
    start = time.perf_counter()
    with open(path, "rb") as stream:
        value = pickle.load(stream)
    return value, time.perf_counter() - start


def bare_window(db: str) -> None:
    """A PySide6 window showing the register's activities in a QTableView, read by sqlite3."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv)
    with sqlite3.connect(db) as connection:
        query = "SELECT code, name, business_function, owner, status FROM activity ORDER BY code"
        rows = connection.execute(query).fetchall()

    class Model(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else 5

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    class FirstPaint(QObject):
        def eventFilter(self, _watched: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, finish)  # after this paint is done
            return False

    def finish() -> None:
        report(rows=len(rows))
        app.quit()

    view = QTableView()
    view.setModel(Model())
    watcher = FirstPaint()
    view.viewport().installEventFilter(watcher)
    view.resize(1200, 800)
    view.show()
    app.exec()


def core_import(rows_file: str, target_db: str) -> None:
    """The register's rows, read beforehand, written by SQLAlchemy Core executemany per table
    into a new schema (no history, no validation)."""
    rows, took = load_input(rows_file)
    from sqlalchemy import create_engine

    from kgs_ropa.model.base import Base

    engine = create_engine(f"sqlite:///{target_db}")
    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            if rows.get(table.name):
                connection.execute(table.insert(), rows[table.name])
    report(input=took)


def bare_xlsx(cells_file: str, out: str) -> None:
    """The export's sheets and cells, read beforehand, written by openpyxl in write-only mode
    with the same wrapped, top-aligned and bold cells."""
    sheets, took = load_input(cells_file)
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    wb = Workbook(write_only=True)
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    bold = Font(bold=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            cells: list[Any] = []
            for value, wrapped, at_top, is_bold in row:
                if not (wrapped or at_top or is_bold):
                    cells.append(value)
                    continue
                cell = WriteOnlyCell(ws, value)
                if wrapped or at_top:
                    cell.alignment = wrap if wrapped else top
                if is_bold:
                    cell.font = bold
                cells.append(cell)
            ws.append(cells)
    wb.save(out)
    report(input=took)


def canvas_pdf(pages_file: str, out: str) -> None:
    """The export's text, already split into lines per page, drawn by a reportlab canvas in the
    same embedded font: no layout at all."""
    pages, took = load_input(pages_file)
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from kgs_ropa.reports.pdf_fonts import FONT, register_fonts

    register_fonts()
    canvas = Canvas(out, pagesize=A4)
    for lines in pages:
        text = canvas.beginText(40, A4[1] - 40)
        text.setFont(FONT, 8)
        for line in lines:
            text.textLine(line)
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    report(input=took)


BASELINES = {
    "bare_window": bare_window,
    "core_import": core_import,
    "bare_xlsx": bare_xlsx,
    "canvas_pdf": canvas_pdf,
}

if __name__ == "__main__":
    BASELINES[sys.argv[1]](*sys.argv[2:])
