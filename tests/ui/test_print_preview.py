"""File > Print: Qt's print preview over the report the PDF export renders."""

from __future__ import annotations

from pathlib import Path
from threading import Event
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kgs_ropa.ui import print_actions
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.print_actions import print_document, print_html
from kgs_ropa.ui.print_pages import is_complete, paginate, paint_pages


def test_print_preview_of_the_selected_activity(qtbot: Any, window: MainWindow) -> None:
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-02")
    window.register.select(row.id)
    printing = window.actions_.printing
    assert printing.preview_activity() is not None  # the report is built off the GUI thread
    qtbot.waitUntil(lambda: printing.showing is not None, timeout=30000)
    dialog = printing.showing[0]
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 1)
    dialog.close()


def test_print_this_activity_asks_for_one(window: MainWindow, answers: Any) -> None:
    window.register.table.clearSelection()
    assert window.actions_.printing.preview_activity() is None
    assert "select one activity" in answers.shown[0]


def test_what_is_printed_is_the_report(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-02")
    document = print_document(window.db, [row.id])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    document.print_(printer)
    pages = PdfReader(tmp_path / "printed.pdf").pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)  # tabs as spaces
    assert "Record of processing activities" in text
    assert "KGS-02" in text and "Customer service and communication" in text


def _choose(monkeypatch: pytest.MonkeyPatch, button: str, said: list[str]) -> None:
    """Stands in for the question's exec(): records its text and clicks `button`."""

    def answer(box: QMessageBox) -> int:
        said.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)


def test_a_large_register_is_offered_the_pdf_export_first(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(print_actions, "LARGE_PREVIEW", 5)  # the example has 13 activities
    printing, said, exported = window.actions_.printing, [], []
    monkeypatch.setattr(window.actions_, "export", lambda: exported.append(True))
    _choose(monkeypatch, "Export a PDF…", said)
    assert printing.preview(None) is None
    assert exported == [True] and printing.building is None and printing.showing is None
    assert "The register has 13 activities" in said[0] and "Export a PDF instead?" in said[0]
    _choose(monkeypatch, "Cancel", said)
    assert printing.preview(None) is None and exported == [True]
    _choose(monkeypatch, "Preview anyway", said)
    assert printing.preview(None) is not None
    qtbot.waitUntil(lambda: printing.showing is not None, timeout=60000)
    printing.showing[0].close()


def test_a_cancelled_preview_opens_nothing(qtbot: Any, window: MainWindow) -> None:
    printing = window.actions_.printing
    waiting = printing.preview(None)
    assert waiting is not None
    waiting.findChild(QPushButton).click()  # Cancel, while the report is being built
    qtbot.waitUntil(lambda: printing.building is None, timeout=60000)
    assert printing.showing is None


def test_the_report_html_stops_when_cancelled(window: MainWindow) -> None:
    steps: list[tuple[int, int]] = []
    html = print_html(window.db, "en", None, Event(), lambda d, t: steps.append((d, t)))
    assert html is not None and "KGS-02" in html and steps
    cancelled = Event()
    cancelled.set()
    assert print_html(window.db, "en", None, cancelled) is None


def test_printing_speaks_dutch(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_actions, "LARGE_PREVIEW", 5)
    window.set_language("nl")
    QApplication.processEvents()  # the menus retranslate on the language-change event
    printing, said = window.actions_.printing, []
    assert printing.register_action.text() == "Register a&fdrukken…"
    _choose(monkeypatch, "Pdf exporteren…", said)
    monkeypatch.setattr(window.actions_, "export", lambda: None)
    assert printing.preview(None) is None
    assert said[0].startswith("Het register heeft 13 verwerkingen.")


def test_a_long_report_prints_every_page(qtbot: Any, tmp_path: Path) -> None:
    """QTextDocument.print_() at the printer's 1200 dpi cut a report off after about 600 pages
    without a word; laid out in screen units, all 800 pages of this one reach the paper."""
    document = QTextDocument()
    breaks = "".join(f'<p style="page-break-before: always">Page {n}</p>' for n in range(2, 801))
    document.setHtml(f"<p>Page 1</p>{breaks}")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "long.pdf"))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    paint_pages(document, printer)
    pages = PdfReader(tmp_path / "long.pdf").pages
    assert len(pages) == 800
    last = " ".join(pages[-1].extract_text().split())
    assert "Page 800" in last and "800 / 800" in last


def test_a_very_large_register_is_offered_only_the_pdf(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(print_actions, "LARGE_PREVIEW", 5)
    monkeypatch.setattr(print_actions, "MOST_PREVIEW", 10)
    said, shown = [], []

    def answer(box: QMessageBox) -> int:
        said.append(box.text())
        shown.extend(b.text() for b in box.buttons() if b.isVisibleTo(box))
        next(b for b in box.buttons() if b.text() == "Cancel").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert window.actions_.printing.preview(None) is None
    assert "too many for a print preview" in said[0] and "Preview anyway" not in shown


def test_a_layout_past_qt_limit_is_not_called_complete() -> None:
    document = QTextDocument()
    paginate(document, QPrinter().pageLayout())
    document.setHtml("<p>x</p>")
    assert is_complete(document)
    frame = document.rootFrame().frameFormat()
    frame.setHeight(2**23)  # as tall as Qt's layout goes: the rest would be cut off
    document.rootFrame().setFrameFormat(frame)
    assert not is_complete(document)


def test_the_overview_keeps_its_words_whole(window: MainWindow, tmp_path: Path) -> None:
    """Portrait A4 in Dutch: the overview's narrow columns once broke "Concept" into
    "Conce / pt" and "bedrijfsfunctie" into "bedrijfsfun / ctie"."""
    document = QTextDocument()
    document.setHtml(print_html(window.db, "nl", None) or "")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "overview.pdf"))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    paint_pages(document, printer)
    pages = PdfReader(tmp_path / "overview.pdf").pages
    overview = "\n".join(page.extract_text() for page in pages[1:5])  # the overview's pages
    assert " ".join(overview.split()).startswith("Overzicht van de verwerkingsactiviteiten")
    words = overview.split()
    for whole in ("Concept", "Actief", "bedrijfsfunctie", "beoordeling", "KGS-01", "KGS-13"):
        assert whole in words or any(w.startswith(whole) for w in words), whole
    broken = {"Conce", "Actie", "bedrijfsfun", "beoordeli", "KGS-0"}
    assert not broken & set(words)
