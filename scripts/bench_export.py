"""PDF export speed against bare reportlab, and export memory at several sizes.

    python scripts/bench_export.py [--pdf 1000] [--memory 250 1000 2000]

(Excel against bare openpyxl, and every other figure: `python -m scripts.bench`.)
PDF: the full export against a bare reportlab
build of the same paragraphs and tables in one pass (no contents, no page totals). Memory: the
tracemalloc peak of each export at several register sizes, and the ratio of the largest to the
smallest.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from kgs_ropa.reports.build import report_from_database
from kgs_ropa.reports.export import export_pdf, export_xlsx
from kgs_ropa.reports.pdf_fonts import markup
from kgs_ropa.reports.pdf_style import styles
from kgs_ropa.reports.report import Report
from kgs_ropa.reports.report import Table as ReportTable
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import load_register
from kgs_ropa.services.setup import initialise, seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database

TODAY = date(2026, 11, 25)


def make_register(folder: Path, size: int) -> Database:
    db = connect(str(folder / f"bench-{size}-{uuid.uuid4().hex[:8]}.sqlite"))
    initialise(db)
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, synthetic_document(size))
    return db


def timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def texts(table: ReportTable) -> list[list[str]]:
    return [[c.title for c in table.columns]] + [[c.text for c in row] for row in table.rows]


def bare_pdf(report: Report, out: Path) -> None:
    """The same paragraphs and tables, laid out once by a plain SimpleDocTemplate."""
    style = styles()

    def table(rows: list[list[str]]) -> list[Table]:
        cells = [[Paragraph(markup(t), style["cell"]) for t in row] for row in rows]
        return [Table(cells[i : i + 300], repeatRows=1) for i in range(0, len(cells), 300)]

    story: list[Any] = [Paragraph(markup(report.meta.title), style["cover_title"]), PageBreak()]
    story += table(texts(report.overview))
    for section in report.activities:
        story += [PageBreak(), Paragraph(markup(section.title), style["h2"])]
        fields = [
            [Paragraph(markup(name), style["field"]), Paragraph(markup(cell.text), style["value"])]
            for name, cell in section.fields
        ]
        story.append(Table(fields, colWidths=[170, 320], splitInRow=1))
        for sub in section.tables:
            story.append(Paragraph(markup(sub.title), style["h3"]))
            story += table(texts(sub))
    for annex in report.annexes:
        story += [PageBreak(), Paragraph(markup(annex.title), style["h1"])]
        story += table(texts(annex))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def peak_mib(action: Callable[[], Any]) -> float:
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024 / 1024


def bench_pdf(folder: Path, size: int) -> None:
    db = make_register(folder, size)
    out, bare = folder / "export.pdf", folder / "bare.pdf"
    ours = timed(lambda: export_pdf(db, out, "nl", today=TODAY))
    report = report_from_database(db, "nl", today=TODAY)
    baseline = timed(lambda: bare_pdf(report, bare))
    print(
        f"pdf, {size} activities: export {ours:.1f} s, bare reportlab {baseline:.1f} s, "
        f"ratio {ours / baseline:.2f} (target <= 1.5)"
    )


def bench_memory(folder: Path, sizes: list[int]) -> None:
    """Peak memory at several sizes: flat means the largest register needs little more than
    the smallest (target: a ratio within 1.5)."""
    registers = {size: make_register(folder, size) for size in sizes}
    for kind, export in (("xlsx", export_xlsx), ("pdf", export_pdf)):
        figures = []
        for size in sizes:
            out = folder / f"memory.{kind}"
            figures.append(peak_mib(partial(export, registers[size], out, "nl", today=TODAY)))
        at = ", ".join(f"{f:.1f} MiB at {s}" for f, s in zip(figures, sizes, strict=True))
        slope = (figures[-1] - figures[0]) * 1024 / (sizes[-1] - sizes[0])
        print(
            f"{kind} peak memory (tracemalloc): {at} activities; "
            f"ratio {figures[-1] / figures[0]:.2f} ({sizes[-1]} / {sizes[0]}), "
            f"{slope:.2f} KiB more per activity"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=int, default=1_000, help="activities for the PDF run")
    parser.add_argument(
        "--memory",
        type=int,
        nargs="+",
        default=[250, 1_000, 2_000],
        help="register sizes for the peak-memory runs",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_pdf(Path(folder), args.pdf)
        bench_memory(Path(folder), args.memory)


if __name__ == "__main__":
    main()
