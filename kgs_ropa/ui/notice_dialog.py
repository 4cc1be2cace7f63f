"""Review > Privacy statement: the statement drawn up from the register (preview, save as) and
a published statement checked against the register.

Reading the register, writing a file and checking a statement run off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.checks.statement import StatementFinding, check_statement
from kgs_ropa.checks.statement_messages import kind_title
from kgs_ropa.importers.statement import read_statement
from kgs_ropa.reports.notice import Notice, build_notice
from kgs_ropa.reports.notice_export import notice_text, write_notice
from kgs_ropa.services.document import dump_register
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n, tasks
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.messages import plural, show_error
from kgs_ropa.ui.paths import documents_folder
from kgs_ropa.ui.window_state import remember_layout

Doc = dict[str, Any]


def _document(db: Database) -> Doc:
    with db.reading() as session:
        return dump_register(session)


def _check(db: Database, path: Path, lang: str) -> list[StatementFinding]:
    return check_statement(_document(db), read_statement(path), lang)


class NoticeDialog(QDialog):
    """Two tabs: the statement from the register, and the check of a published one."""

    FORMATS = ("html", "fragment", "md", "pdf")

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.document: Doc | None = None
        self.notice: Notice | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._statement_tab(), "")
        self.tabs.addTab(self._check_tab(), "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        if not remember_layout(self, "notice"):
            self.resize(900, 680)
        self.retranslate()
        tasks.start(tasks.Task(_document, db), self._loaded, self._failed)

    # ------------------------------------------------------------------ statement
    def _statement_tab(self) -> QWidget:
        tab = QWidget(self)
        self.language = QComboBox(tab)
        for lang in i18n.LANGUAGES:
            self.language.addItem("Nederlands" if lang == "nl" else "English", lang)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.language.currentIndexChanged.connect(self._render)
        self.open_points = QLabel(tab)
        self.open_points.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(tab)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_as)
        self.preview = QTextBrowser(tab)
        self.preview.setOpenLinks(False)
        self.language_label = QLabel(tab)
        self.language_label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addWidget(self.open_points, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        return tab

    def lang(self) -> str:
        return str(self.language.currentData())

    def _loaded(self, document: Doc) -> None:
        self.document = document
        self._render()

    def _failed(self, exc: BaseException) -> None:
        show_error(self, user_message(exc))

    def _render(self) -> None:
        if self.document is None:
            return
        self.notice = build_notice(self.document, self.lang())  # type: ignore[arg-type]
        self.preview.setHtml(notice_text(self.notice, "html"))
        count = len(self.notice.open_points())
        self.open_points.setText(
            plural(
                self.tr("%n points still to be confirmed, marked in the text", "", count),
                count,
                QCoreApplication.translate(
                    "NoticeDialog", "1 point still to be confirmed, marked in the text"
                ),
            )
            if count
            else QCoreApplication.translate("NoticeDialog", "Nothing left to confirm")
        )
        self.save_button.setEnabled(True)

    def _filters(self) -> dict[str, str]:
        return {
            "html": QCoreApplication.translate("NoticeDialog", "Web page (*.html)"),
            "fragment": QCoreApplication.translate(
                "NoticeDialog", "HTML to embed in a website (*.html)"
            ),
            "md": QCoreApplication.translate("NoticeDialog", "Markdown (*.md)"),
            "pdf": QCoreApplication.translate("NoticeDialog", "PDF (*.pdf)"),
        }

    def save_as(self) -> None:
        filters = self._filters()
        name = "privacyverklaring" if self.lang() == "nl" else "privacy-statement"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("NoticeDialog", "Save the privacy statement"),
            str(documents_folder() / f"{name}.html"),
            ";;".join(filters.values()),
        )
        if not path or self.document is None:
            return
        kind = next(k for k, f in filters.items() if f == chosen) if chosen else "html"
        out = Path(path)
        if not out.suffix:
            out = out.with_suffix(".md" if kind == "md" else ".pdf" if kind == "pdf" else ".html")
        task = tasks.Task(write_notice, self.document, self.lang(), kind, out)
        self.save_button.setEnabled(False)
        tasks.start(task, lambda _open: self._saved(out), self._save_failed)

    def _saved(self, out: Path) -> None:
        self.save_button.setEnabled(True)
        self.open_points.setText(
            QCoreApplication.translate("NoticeDialog", "Saved as %1").replace("%1", str(out))
        )

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, user_message(exc))

    # ------------------------------------------------------------------ check
    def _check_tab(self) -> QWidget:
        tab = QWidget(self)
        self.check_intro = QLabel(tab)
        self.check_intro.setWordWrap(True)
        self.check_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(tab)
        self.open_button.clicked.connect(self.open_statement)
        self.summary = QLabel(tab)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.results = QTreeWidget(tab)
        self.results.setColumnCount(3)
        self.results.setRootIsDecorated(False)
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.results.setColumnWidth(2, 260)
        self.results.currentItemChanged.connect(self._show_detail)
        self.detail = QTextBrowser(tab)  # the whole point: message, register field, quote
        self.findings: list[StatementFinding] = []
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.results)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 200])
        row = QHBoxLayout()
        row.addWidget(self.check_intro, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        return tab

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        index = self.results.indexOfTopLevelItem(item) if item else -1
        if index < 0:
            self.detail.clear()
            return
        finding = self.findings[index]
        parts = [finding.message]
        if finding.field:
            parts.append(self.tr("In the register: %1").replace("%1", finding.field))
        if finding.quote:
            said = self.tr("The statement, line %1:").replace("%1", str(finding.line))
            parts.append(f"{said}\n“{finding.quote}”")
        self.detail.setPlainText("\n\n".join(parts))

    def open_statement(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("NoticeDialog", "Open the published privacy statement"),
            str(documents_folder()),
            QCoreApplication.translate(
                "NoticeDialog", "Privacy statement (*.txt *.html *.htm *.pdf *.md);;All files (*)"
            ),
        )
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        self.open_button.setEnabled(False)
        self.summary.setText(
            QCoreApplication.translate("NoticeDialog", "Checking %1…").replace("%1", path.name)
        )
        task = tasks.Task(_check, self.db, path, self.lang())
        tasks.start(task, lambda found: self._checked(path, found), self._check_failed)

    def _checked(self, path: Path, findings: list[StatementFinding]) -> None:
        self.open_button.setEnabled(True)
        self.results.clear()
        self.findings = findings
        for finding in findings:
            where = "\n".join(p for p in (finding.field or "", finding.quote or "") if p)
            item = QTreeWidgetItem([kind_title(finding.kind, self.lang()), finding.message, where])
            item.setToolTip(1, finding.message)
            item.setToolTip(2, where)
            self.results.addTopLevelItem(item)
        if findings:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        if findings:
            count = len(findings)
            text = plural(
                self.tr("%1: %n points to look at", "", count),
                count,
                QCoreApplication.translate("NoticeDialog", "%1: 1 point to look at"),
            )
        else:
            text = QCoreApplication.translate(
                "NoticeDialog", "%1 tells the same story as the register: nothing to report."
            )
        self.summary.setText(text.replace("%1", path.name))

    def _check_failed(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        self.summary.setText("")
        show_error(self, user_message(exc))

    # ------------------------------------------------------------------ text
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("NoticeDialog", "Privacy statement"))
        self.tabs.setTabText(
            0, QCoreApplication.translate("NoticeDialog", "Statement from the register")
        )
        self.tabs.setTabText(
            1, QCoreApplication.translate("NoticeDialog", "Check a published statement")
        )
        self.language_label.setText(QCoreApplication.translate("NoticeDialog", "&Language:"))
        self.save_button.setText(QCoreApplication.translate("NoticeDialog", "&Save as…"))
        self.open_button.setText(QCoreApplication.translate("NoticeDialog", "&Open statement…"))
        self.check_intro.setText(
            QCoreApplication.translate(
                "NoticeDialog",
                "Open the privacy statement as published on your website (text, HTML or PDF). "
                "It is compared with the register element by element: what it leaves out, what "
                "it names that the register does not hold, and where the two disagree.",
            )
        )
        self.results.setHeaderLabels(
            [
                QCoreApplication.translate("NoticeDialog", "Kind"),
                QCoreApplication.translate("NoticeDialog", "What to look at"),
                QCoreApplication.translate("NoticeDialog", "Where"),
            ]
        )
