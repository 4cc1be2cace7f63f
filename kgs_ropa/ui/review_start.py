"""The review session's start page: what the session will cover (the activities due on its
date, the last session), the session's name, date and participants, and the start button,
in one card of reading width instead of fields spread over an empty dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.model.dates import format_date
from kgs_ropa.services import review_ops
from kgs_ropa.services.review import SessionView
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n
from kgs_ropa.ui.fields import DayField
from kgs_ropa.ui.messages import plural
from kgs_ropa.ui.theme import SPACE_L, SPACE_M, SPACE_XL, Type, set_type


def default_name(today: date) -> str:
    return f"{today.year} Q{(today.month - 1) // 3 + 1}"


class StartPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.heading = QLabel(self)
        set_type(self.heading, Type.TITLE)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        set_type(self.intro, Type.BODY, muted=True)
        self.due_label = QLabel(self)  # the activities in scope, or that the session closed
        self.due_label.setWordWrap(True)
        set_type(self.due_label, Type.STRONG)
        self.last_label = QLabel(self)
        self.last_label.setWordWrap(True)
        for label in (self.due_label, self.last_label):  # they quote session names: user text
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(default_name(date.today()), self)
        self.held_on = DayField(self, date.today())
        self.participants = QLineEdit(self)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(SPACE_M)
        for widget in (self.name, self.held_on, self.participants):
            self.form.addRow(QLabel(self), widget)
        self._lay_out()
        self.retranslate()
        self.held_on.textChanged.connect(lambda _t: self.show_scope())

    def _lay_out(self) -> None:
        card = QFrame(self)
        card.setObjectName("card")  # drawn as a card by the theme
        column = QVBoxLayout(card)
        column.setContentsMargins(SPACE_XL, SPACE_XL, SPACE_XL, SPACE_XL)
        column.setSpacing(SPACE_M)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(SPACE_M)
        column.addWidget(self.due_label)
        column.addWidget(self.last_label)
        column.addSpacing(SPACE_L)
        column.addLayout(self.form)
        column.addSpacing(SPACE_L)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        column.addLayout(row)
        # A fixed width lets the wrapped labels compute their height; stretches centre the card
        # (an alignment flag would give it its plain size hint and cut the wrapped text).
        card.setFixedWidth(self.fontMetrics().averageCharWidth() * 84)
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(card)
        across.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_XL, SPACE_XL, SPACE_XL, SPACE_XL)
        layout.addStretch(1)
        layout.addLayout(across)
        layout.addStretch(2)

    def show_scope(self) -> None:
        """How many activities the session on the date entered will cover, and the last one."""
        held_on = self.held_on.day()
        if held_on is not None:  # an invalid day keeps the last count
            count = review_ops.due_count(self.db, held_on)
            due = self.tr("%n activities are due for review and will be in scope.", "", count)
            one = "1 activity is due for review and will be in scope."
            self.due_label.setText(plural(due, count, one))
        self._show_last(review_ops.last_closed(self.db))

    def _show_last(self, last: SessionView | None) -> None:
        if last is None:
            self.last_label.setText(self.tr("No review session has been closed yet."))
            return
        when = format_date(last.held_on, i18n.current()) if last.held_on else "-"
        text = plural(
            self.tr("Last session: %1, held on %2, %n activities reviewed.", "", last.marked),
            last.marked,
            "Last session: %1, held on %2, 1 activity reviewed.",
        )
        self.last_label.setText(text.replace("%1", last.name).replace("%2", when))

    def show_closed(self, text: str) -> None:
        """After closing, the page says it is done instead of offering to start again."""
        self.due_label.setText(text)
        self.last_label.hide()
        for widget in (self.name, self.held_on, self.participants, self.start_button):
            widget.setEnabled(False)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Start a review session"))
        self.intro.setText(
            self.tr(
                "The session walks through every activity due for review on its date. Mark "
                "each one confirmed, changed or in need of follow-up; marks are saved at once, "
                "so you can pause and continue later. Closing the session gives the marked "
                "activities their next review date and writes a report."
            )
        )
        labels = (self.tr("Name"), self.tr("Date"), self.tr("Participants"))
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item else None
            if isinstance(label, QLabel):
                label.setText(text)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = field.widget() if field else None
            if widget is not None:
                widget.setAccessibleName(text)
        self.participants.setPlaceholderText(self.tr("Names, separated by commas"))
        self.start_button.setText(self.tr("Start the review"))
        self.start_button.setAccessibleName(self.start_button.text())
        if self.start_button.isEnabled():  # the counts in this language; closed: the dialog's
            self.show_scope()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
