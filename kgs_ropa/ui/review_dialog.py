"""Review > Review session: start a session, walk through the activities in scope, close it.

Every mark is saved at once, so pausing is closing this window and resuming is opening it
again, days later if need be. Closing the session writes the review report off the GUI thread.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.model.dates import format_date
from kgs_ropa.services import review_ops
from kgs_ropa.services.review import ReviewError, SessionView
from kgs_ropa.storage import backup
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.storage.errors import KnownError
from kgs_ropa.storage.files import safe_file_name
from kgs_ropa.ui import i18n, tasks
from kgs_ropa.ui.chips import OUTCOME_CHIPS, PAD, chip_pixmap
from kgs_ropa.ui.error_text import message_text, user_message
from kgs_ropa.ui.fields import first_problem
from kgs_ropa.ui.lookups import Lookups
from kgs_ropa.ui.messages import confirm, show_error
from kgs_ropa.ui.paths import documents_folder, free_path
from kgs_ropa.ui.review_content import item_html
from kgs_ropa.ui.review_item_form import ItemForm
from kgs_ropa.ui.review_start import StartPage
from kgs_ropa.ui.window_state import remember_layout, use_screen

_LIST_SHARE = 1000  # setSizes() takes proportions when the splitter is not laid out yet
# The outcome chip's mark, so that the colour is never the only sign.
OUTCOME_MARKS = {"confirmed": "✔", "changed": "✎", "follow_up": "⚑", None: "○"}


def write_report(db: Database, review_id: int, out: Path, lang: str) -> Path:
    from kgs_ropa.reports.review_report import export_review_report  # reportlab only now

    export_review_report(db, review_id, out, lang)
    return out


class ReviewDialog(QDialog):
    open_activity = Signal(int)
    # Activity ids whose review dates changed (the main window refreshes them).
    activities_changed = Signal(list)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lookups: Lookups | None = None
        self.closed: SessionView | None = None  # the session closed in this dialog
        self.state: SessionView | None = None
        self.report_path: Path | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._start_page())
        self.stack.addWidget(self._walk_page())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        if not remember_layout(self, "review"):
            self.resize(
                self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 36
            )
            use_screen(self, 0.75, 0.85)  # the activity's content needs the room
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ building
    def _start_page(self) -> QWidget:
        self.start_page = page = StartPage(self.db, self)
        self.name, self.held_on, self.participants = page.name, page.held_on, page.participants
        self.due_label, self.start_button = page.due_label, page.start_button
        self.start_button.clicked.connect(self.start_session)
        return page

    def _walk_page(self) -> QWidget:
        page = QWidget(self)
        self.header = QLabel(page)
        self.header.setWordWrap(True)
        self.progress = QProgressBar(page)
        self.items = QListWidget(page)
        # Long activity names wrap inside the list instead of scrolling sideways.
        self.items.setWordWrap(True)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setSpacing(1)
        self.items.setItemDelegate(_WrapEarly(self.items))
        self.items.currentRowChanged.connect(self._item_selected)
        self.form = ItemForm(page)
        self.form.save.connect(self.save_mark)
        self.form.edit.connect(self._edit_activity)
        # The activity itself, its open findings and its changes, above the outcome.
        self.content = QTextBrowser(page)
        self.content.setOpenLinks(False)
        self.right = QSplitter(Qt.Orientation.Vertical, page)
        self.right.addWidget(self.content)
        self.right.addWidget(self.form)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.splitter = splitter = QSplitter(page)
        splitter.addWidget(self.items)
        splitter.addWidget(self.right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([2 * _LIST_SHARE, 3 * _LIST_SHARE])  # 40 % for the list at first
        self.pause_button = QPushButton(page)
        self.pause_button.clicked.connect(self.accept)
        self.close_button = QPushButton(page)
        self.close_button.clicked.connect(self.ask_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.header)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review session"))
        self.pause_button.setText(self.tr("Pause (continue later)"))
        self.close_button.setText(self.tr("Close the session…"))
        self.items.setAccessibleName(self.tr("Activities in scope"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setFormat(self.tr("%v of %m reviewed"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        self.state = review_ops.current(self.db)
        if self.state is None and self.closed is None:
            self.start_page.show_scope()
        self._show_state()
        if self.state is not None and self.state.pending:  # resume where the work is
            self.items.setCurrentRow(self.state.items.index(self.state.pending[0]))

    def _show_state(self) -> None:
        state = getattr(self, "state", None)
        closed = getattr(self, "closed", None)
        self.stack.setCurrentIndex(0 if state is None else 1)
        # Enter presses the shown page's main button, drawn as the default.
        self.start_button.setDefault(state is None)
        self.form.save_button.setDefault(state is not None)
        if state is None and closed is not None:
            self._show_closed(closed)
        if state is None:
            return
        when = format_date(state.held_on, i18n.current()) if state.held_on else ""
        people = ", ".join(state.participants) or "-"
        self.header.setText(
            self.tr("<b>%1</b> held on %2 · participants: %3")
            .replace("%1", _escape(state.name))
            .replace("%2", when)
            .replace("%3", _escape(people))
        )
        self.progress.setRange(0, max(1, len(state.items)))
        self.progress.setValue(state.marked)
        current = max(0, self.items.currentRow())
        self.items.blockSignals(True)
        self.items.clear()
        chips = self._outcome_chips()
        for item in state.items:
            text = f"{item.activity_code}  {item.name(i18n.current())}"
            row = QListWidgetItem(chips[item.outcome], text, self.items)
            row.setToolTip(text)
            outcome = self.outcome_text(item.outcome)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{outcome}: {text}")
        self.items.blockSignals(False)
        if state.items:
            self.items.setCurrentRow(min(current, len(state.items) - 1))
        self._item_selected(self.items.currentRow())

    def outcome_text(self, outcome: str | None) -> str:
        words = {
            "confirmed": self.tr("Confirmed"),
            "changed": self.tr("Changed"),
            "follow_up": self.tr("Follow-up"),
            None: self.tr("To review"),
        }
        return f"{OUTCOME_MARKS[outcome]} {words[outcome]}"

    def _outcome_chips(self) -> dict[str | None, QIcon]:
        """Each outcome's chip, all as wide as the widest word, so the names line up."""
        metrics = self.items.fontMetrics()
        texts = {outcome: self.outcome_text(outcome) for outcome in OUTCOME_CHIPS}
        width = max(metrics.horizontalAdvance(t) for t in texts.values()) + 2 * PAD + 4
        self.items.setIconSize(QSize(width, metrics.height() + 4))
        chips: dict[str | None, QIcon] = {}
        for outcome, text in texts.items():
            pixmap = chip_pixmap(text, *OUTCOME_CHIPS[outcome], metrics, width)
            chips[outcome] = icon = QIcon(pixmap)
            icon.addPixmap(pixmap, QIcon.Mode.Selected)  # not tinted by the selection
        return chips

    def _show_closed(self, closed: SessionView) -> None:
        """After closing, the start page says it is done instead of offering to start again."""
        counts = closed.counts
        self.start_page.show_closed(
            self.tr(
                "The review %1 is closed: %2 confirmed, %3 changed, %4 need follow-up. Its "
                "report and follow-ups are under Review."
            )
            .replace("%1", closed.name)
            .replace("%2", str(counts.get("confirmed", 0)))
            .replace("%3", str(counts.get("changed", 0)))
            .replace("%4", str(counts.get("follow_up", 0)))
        )

    def reload(self, _activity_ids: object = None) -> None:
        """Read the session again (an activity was edited meanwhile); keeps the current row."""
        row = self.items.currentRow()
        self.state = review_ops.current(self.db)
        self._show_state()
        if self.state is not None and 0 <= row < len(self.state.items):
            self.items.setCurrentRow(row)

    def _item_selected(self, row: int) -> None:
        items = self.state.items if self.state else []
        item = items[row] if 0 <= row < len(items) else None
        self.form.show_item(item)
        if item is None or item.activity_id is None:
            self.content.clear()
            return
        if self.lookups is None:
            self.lookups = Lookups(self.db)
        try:
            self.content.setHtml(item_html(self.db, self.lookups, item.activity_id, i18n.current()))
        except StorageError as exc:
            self.content.setPlainText(user_message(exc))

    # ------------------------------------------------------------------ actions
    def start_session(self) -> None:
        people = [p.strip() for p in self.participants.text().split(",") if p.strip()]
        problem = first_problem([(self.held_on, self.tr("Date"))])
        held_on = self.held_on.day()
        if problem is not None or held_on is None:
            show_error(self, problem or "")
            return
        try:
            review_ops.start(self.db, self.name.text(), held_on, people)
        except StorageError as exc:
            show_error(self, user_message(exc))
            return
        self.status.setText(self.tr("The review has started."))
        self.refresh()

    def save_mark(self) -> None:
        item, outcome = self.form.item, self.form.outcome()
        if item is None:
            return
        if outcome is None:
            show_error(self, self.tr("Choose an outcome first."))
            return
        problem = self.form.problem()
        if problem is not None:
            show_error(self, problem)
            return
        values: dict[str, Any] = self.form.values()
        try:
            review_ops.mark(self.db, item.activity_code, outcome, **values, version=item.version)
        except (ReviewError, StorageError) as exc:  # a stale mark names who and when
            show_error(self, user_message(exc))
            if isinstance(exc, StorageError):
                self.refresh()  # shows the other mark; the user can mark again
            return
        row = self.items.currentRow()
        self.state = review_ops.current(self.db)
        self.items.setCurrentRow(row)
        self._show_state()
        self._next_pending(row)
        self._say_progress()

    def _say_progress(self) -> None:
        """What is left to do, instead of "The review has started." until the end."""
        if self.state is None:
            return
        done, total = len(self.state.items) - len(self.state.pending), len(self.state.items)
        if done < total:
            text = self.tr("%1 of %2 marked.")
        else:
            text = self.tr("All %2 marked: close the session to write the report.")
        self.status.setText(text.replace("%1", str(done)).replace("%2", str(total)))

    def _next_pending(self, row: int) -> None:
        items = self.state.items if self.state else []
        order = [*range(row + 1, len(items)), *range(0, row + 1)]
        target = next((i for i in order if not items[i].outcome), min(row + 1, len(items) - 1))
        self.items.setCurrentRow(target)

    def _edit_activity(self) -> None:
        if self.form.item is not None and self.form.item.activity_id is not None:
            self.open_activity.emit(self.form.item.activity_id)

    def ask_close(self) -> None:
        state = self.state
        if state is None:
            return
        question = self.tr("Close the review %1? Marked activities get their next review date.")
        pending = len(state.pending)
        if pending:
            question += " " + self.tr(
                "%n activities are not marked and keep their dates.", "", pending
            )
        if not confirm(self, question.replace("%1", state.name)):
            return
        suggestion = str(self.report_suggestion(state.name))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the review report"), suggestion, "*.pdf"
        )
        if path:
            self.close_session(Path(path))

    def report_suggestion(self, name: str) -> Path:
        """In Documents like the exports, named in the interface language, never taken yet."""
        file_name = self.tr("review-%1.pdf").replace("%1", safe_file_name(name))
        return free_path(documents_folder() / file_name)

    def close_session(self, report: Path) -> None:
        try:
            closed = review_ops.close(self.db, message_text)
        except StorageError as exc:
            show_error(self, user_message(exc))
            return
        self.closed = closed
        try:
            backup.automatic(self.db, "review")  # as the command line does
        except (KnownError, OSError) as exc:
            message = self.tr("The review is closed; the automatic backup failed: %1")
            show_error(self, message.replace("%1", user_message(exc)))
        self.activities_changed.emit([i.activity_id for i in closed.items if i.activity_id])
        self.status.setText(self.tr("Closed; writing the review report…"))
        self.close_button.setEnabled(False)
        task = tasks.Task(write_report, self.db, closed.id, report, i18n.current())
        tasks.start(task, self._report_done, self._report_failed)
        self.refresh()

    def _report_done(self, path: Path) -> None:
        self.report_path = path
        url = QUrl.fromLocalFile(str(path)).toString()
        self.status.setText(
            self.tr('The review is closed. Report: <a href="%1">%2</a>')
            .replace("%1", url)
            .replace("%2", _escape(path.name))
        )
        self.close_button.setEnabled(True)

    def _report_failed(self, error: Exception) -> None:
        self.close_button.setEnabled(True)
        show_error(
            self,
            self.tr("The review is closed, but the report could not be written: %1").replace(
                "%1", user_message(error)
            ),
        )


class _WrapEarly(QStyledItemDelegate):
    """Measures an item's wrapped text a little narrower than it is drawn: with the outcome
    chip as its icon, Qt's measure would otherwise keep a name on one line that the painting
    then has to cut short."""

    def sizeHint(  # noqa: N802 (Qt naming)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -2 * PAD, 0)
        return super().sizeHint(narrower, index)


def _escape(text: str) -> str:
    return escape(text)
