"""File > Print the register… and Print this activity…: Qt's print preview (with its Print
button, page setup and zoom) over the same report the PDF export renders.

The report is laid out by a QTextDocument from reports.html; printing goes through the
system's printers (or "Print to PDF"), so no export file is needed to put it on paper.
"""

from __future__ import annotations

from threading import Event
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QProgressDialog

from kgs_ropa.reports.labels import Lang
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.errors import KnownError
from kgs_ropa.ui import i18n, tasks
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.i18n import MenuCommands, current
from kgs_ropa.ui.messages import show_error
from kgs_ropa.ui.print_pages import is_complete, paginate, paint_pages
from kgs_ropa.ui.tasks import Progress
from kgs_ropa.ui.window_state import remember_layout

if TYPE_CHECKING:
    from kgs_ropa.ui.main_window import MainWindow


# Beyond this many activities the preview is not the way to paper: laying the report out takes
# about 30 s of CPU per thousand activities (docs/performance.md), and Qt lays out a
# QTextDocument on the GUI thread only, so the PDF export (off the GUI thread) is offered first.
LARGE_PREVIEW = 500
# Beyond this many the preview would pass Qt's layout limit (print_pages: about 2.2 pages per
# activity, 7,474 pages at most): only the PDF export is offered.
MOST_PREVIEW = 3000


class _Cancelled(Exception):
    """The user cancelled while the report was being built."""


def print_html(
    db: Database,
    lang: Lang,
    activity_ids: list[int] | None,
    cancel: Event | None = None,
    progress: Progress | None = None,
) -> str | None:
    """The report of these activities (None: the whole register) as HTML, as the authority's
    form has it (no findings, no internal notes); None when `cancel` was set meanwhile.
    Qt-free and thread-safe: built off the GUI thread."""
    # Loaded at first use, not at start-up.
    from kgs_ropa.reports.build import report_from_database
    from kgs_ropa.reports.html import render_html

    def step(done: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise _Cancelled
        if progress is not None:
            progress(done, total)

    try:
        report = report_from_database(db, lang, activity_ids, progress=step)
        html = render_html(report)
    except _Cancelled:
        return None
    return None if cancel is not None and cancel.is_set() else html


def _advance(waiting: QProgressDialog, done: int, total: int) -> None:
    waiting.setMaximum(total)
    waiting.setValue(done)


def print_document(db: Database, activity_ids: list[int] | None) -> QTextDocument:
    """The report laid out for printing, in the interface language (on the GUI thread)."""
    document = QTextDocument()
    document.setHtml(print_html(db, "nl" if current() == "nl" else "en", activity_ids) or "")
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
        self.building: QProgressDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.register_action.setText(self.tr("&Print the register…"))
        self.activity_action.setText(self.tr("Print this acti&vity…"))
        self.activity_action.setToolTip(
            self.tr("Print the activity open in the editor, or the one selected in the register")
        )

    def _activity_id(self) -> int | None:
        w = self.window
        if w.pages.is_shown("editor"):
            if w.editor.is_dirty() and not w.editor.save():
                return None
            return w.editor.activity_id
        ids = w.register.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def preview_activity(self) -> QDialog | None:
        activity_id = self._activity_id()
        if activity_id is None:
            show_error(self.window, self.tr("Open or select one activity to print it."))
            return None
        return self.preview([activity_id])

    def preview(self, activity_ids: list[int] | None) -> QProgressDialog | None:
        """Builds the report off the GUI thread (progress, Cancel), then opens the preview;
        a large register is first offered the PDF export. The progress dialog, if started."""
        count = len(self.window.register.model.all_rows) if activity_ids is None else 0
        if count > LARGE_PREVIEW and not self._preview_anyway(count, count <= MOST_PREVIEW):
            return None
        cancel = Event()
        waiting = QProgressDialog(self.window)
        waiting.setWindowTitle(self.tr("Print preview"))
        waiting.setLabelText(self.tr("Preparing the print preview…"))
        waiting.setRange(0, 0)  # busy until the first progress says how far
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(300)  # a single activity needs no dialog
        waiting.canceled.connect(cancel.set)
        waiting.setValue(0)  # starts the clock of the minimum duration
        self.building = waiting
        lang: Lang = "nl" if current() == "nl" else "en"
        task = tasks.Task(
            print_html, self.window.db, lang, activity_ids, cancel, with_progress=True
        )
        task.signals.progress.connect(lambda done, total: _advance(waiting, done, total))
        tasks.start(
            task,
            lambda html: self._show(None if cancel.is_set() else html, activity_ids, waiting),
            lambda exc: self._failed(exc, waiting),
        )
        return waiting

    def _preview_anyway(self, count: int, can_preview: bool) -> bool:
        """A register this large: the PDF export, or the preview after all (or neither)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Print preview"))
        text = (
            self.tr(
                "The register has %1 activities. Its print preview is laid out on screen and "
                "keeps the window busy for a long time (about half a minute per thousand "
                "activities). Export a PDF instead? It prints from any PDF reader."
            )
            if can_preview
            else self.tr(
                "The register has %1 activities: too many for a print preview. Export a PDF? "
                "It prints from any PDF reader."
            )
        )
        box.setText(text.replace("%1", i18n.number(count)))
        pdf = box.addButton(self.tr("Export a PDF…"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Preview anyway"), QMessageBox.ButtonRole.DestructiveRole)
        anyway.setVisible(can_preview)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(pdf)
        box.exec()
        if box.clickedButton() is pdf:
            self.window.actions_.export()
        return box.clickedButton() is anyway

    def _failed(self, exc: Exception, waiting: QProgressDialog) -> None:
        waiting.reset()
        waiting.deleteLater()
        self.building = None
        if isinstance(exc, KnownError):
            show_error(self.window, user_message(exc))
        else:
            raise exc  # a bug: the crash dialog shows it

    def _show(
        self, html: str | None, activity_ids: list[int] | None, waiting: QProgressDialog
    ) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        waiting.reset()
        waiting.deleteLater()
        self.building = None
        if html is None:  # cancelled
            return
        # Qt lays a QTextDocument out on the GUI thread only: the busy cursor while it does.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The pages carry their 2 cm margins (print_pages): the printer adds none.
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        try:
            document = QTextDocument()
            document.setHtml(html or "")
            paginate(document, printer.pageLayout())
        finally:
            QApplication.restoreOverrideCursor()
        if not is_complete(document):  # never a preview that silently lacks its last pages
            show_error(
                self.window,
                self.tr("The report is too long for a print preview. Export a PDF instead."),
            )
            return
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(
            self.tr("Print preview: the register")
            if activity_ids is None
            else self.tr("Print preview")
        )
        # The dialog owns neither the printer nor the document: both must outlive it.
        self.showing = (dialog, printer, document)
        dialog.paintRequested.connect(lambda target: paint_pages(document, target))
        if not remember_layout(dialog, "print_preview"):
            screen = self.window.screen().availableGeometry()
            dialog.resize(int(screen.width() * 0.6), int(screen.height() * 0.85))
        dialog.open()
