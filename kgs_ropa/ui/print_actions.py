"""File > Print the register… and Print this activity…: Qt's print preview (with its Print
button, page setup and zoom) over the same report the PDF export renders.

The report is laid out by a QTextDocument from reports.html; printing goes through the
system's printers (or "Print to PDF"), so no export file is needed to put it on paper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from kgs_ropa.storage.database import Database
from kgs_ropa.storage.errors import KnownError
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.i18n import MenuCommands, current
from kgs_ropa.ui.messages import show_error
from kgs_ropa.ui.window_state import remember_layout

if TYPE_CHECKING:
    from kgs_ropa.ui.main_window import MainWindow


def print_document(db: Database, activity_ids: list[int] | None) -> QTextDocument:
    """The report of these activities (None: the whole register) in the interface language,
    as the authority's form has it: no findings, no internal notes."""
    # Loaded at first use, not at start-up.
    from kgs_ropa.reports.build import report_from_database
    from kgs_ropa.reports.html import render_html

    report = report_from_database(db, current(), activity_ids)
    document = QTextDocument()
    document.setHtml(render_html(report))
    return document


class PrintActions(MenuCommands):
    def __init__(self, window: MainWindow, menus: dict[str, QMenu]) -> None:
        super().__init__(window)
        self.window = window
        self.register_action = QAction(window)
        self.register_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.register_action.triggered.connect(lambda: self.preview(None))
        self.activity_action = QAction(window)
        self.activity_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.activity_action.triggered.connect(self.preview_activity)
        for action in (self.register_action, self.activity_action):
            self.above_quit(menus["file"], action)
        self.showing: tuple[QDialog, object, QTextDocument] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.register_action.setText(
            QCoreApplication.translate("PrintActions", "&Print the register…")
        )
        self.activity_action.setText(
            QCoreApplication.translate("PrintActions", "Print this acti&vity…")
        )
        self.activity_action.setToolTip(
            QCoreApplication.translate(
                "PrintActions",
                "Print the activity open in the editor, or the one selected in the register",
            )
        )

    def _activity_id(self) -> int | None:
        w = self.window
        if w.current_page() is w.editor:
            if w.editor.is_dirty() and not w.editor.save():
                return None
            return w.editor.activity_id
        ids = w.register.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def preview_activity(self) -> QDialog | None:
        activity_id = self._activity_id()
        if activity_id is None:
            show_error(
                self.window,
                QCoreApplication.translate(
                    "PrintActions", "Open or select one activity to print it."
                ),
            )
            return None
        return self.preview([activity_id])

    def preview(self, activity_ids: list[int] | None) -> QDialog | None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        # Laid out on the GUI thread (a QTextDocument lives there): about 0.4 s per hundred
        # activities, shown with the busy cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document = print_document(self.window.db, activity_ids)
        except KnownError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self.window, user_message(exc))
            return None
        except BaseException:
            QApplication.restoreOverrideCursor()  # a bug: the crash dialog needs the pointer
            raise
        QApplication.restoreOverrideCursor()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # QTextDocument.print_() keeps a 2 cm margin of its own: the printer adds none.
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(
            QCoreApplication.translate("PrintActions", "Print preview: the register")
            if activity_ids is None
            else QCoreApplication.translate("PrintActions", "Print preview")
        )
        # The dialog owns neither the printer nor the document: both must outlive it.
        self.showing = (dialog, printer, document)
        dialog.paintRequested.connect(document.print_)
        if not remember_layout(dialog, "print_preview"):
            screen = self.window.screen().availableGeometry()
            dialog.resize(int(screen.width() * 0.6), int(screen.height() * 0.85))
        dialog.open()
        return dialog
