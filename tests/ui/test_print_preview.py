"""File > Print: Qt's print preview over the report the PDF export renders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.print_actions import print_document


def test_print_preview_of_the_selected_activity(qtbot: Any, window: MainWindow) -> None:
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-02")
    window.register.select(row.id)
    dialog = window.actions_.printing.preview_activity()
    assert dialog is not None
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
