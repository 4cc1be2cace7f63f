"""The right-hand side of the review walkthrough: the outcome of one activity."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.services.review import OUTCOMES, ItemView
from kgs_ropa.ui.fields import DayField, first_problem
from kgs_ropa.ui.i18n import current

FOLLOW_UP_DAYS = 30  # the default due date of a new follow-up action


class ItemForm(QWidget):
    """Outcome, note and follow-up of the current item; `save` asks the dialog to record it."""

    save = Signal()
    edit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ItemView | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.outcomes = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        outcome_row = QHBoxLayout()
        for number, outcome in enumerate(OUTCOMES):
            button = QRadioButton(self)
            self.outcomes.addButton(button, number)
            self.buttons[outcome] = button
            outcome_row.addWidget(button)
        self.outcomes.idToggled.connect(lambda _id, _on: self._follow_up_enabled())
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.follow_up = QGroupBox(self)
        self.action = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.due = DayField(self)
        self.action_label, self.owner_label, self.due_label = QLabel(), QLabel(), QLabel()
        follow = QFormLayout(self.follow_up)
        follow.addRow(self.action_label, self.action)
        follow.addRow(self.owner_label, self.owner)
        follow.addRow(self.due_label, self.due)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit.emit)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save.emit)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        self.note_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(outcome_row)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.follow_up)
        layout.addLayout(actions)
        self.retranslate()
        self.show_item(None)

    def retranslate(self) -> None:
        texts = {
            "confirmed": self.tr("Confirmed, unchanged"),
            "changed": self.tr("Changed"),
            "follow_up": self.tr("Needs follow-up"),
        }
        for outcome, text in texts.items():
            self.buttons[outcome].setText(text)
        self.note_label.setText(self.tr("Note"))
        self.note.setAccessibleName(self.tr("Note"))
        self.follow_up.setTitle(self.tr("Follow-up"))
        self.action_label.setText(self.tr("Action"))
        self.owner_label.setText(self.tr("Owner"))
        self.due_label.setText(self.tr("Due date"))
        for widget, name in ((self.action, "Action"), (self.owner, "Owner"), (self.due, "Due")):
            widget.setAccessibleName(self.tr(name))
        self.edit_button.setText(self.tr("Edit the activity…"))
        self.save_button.setText(self.tr("Save and next"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_item(self, item: ItemView | None) -> None:
        self.item = item
        self.setEnabled(item is not None)
        self.title.setText(
            f"<b>{escape(item.activity_code)}</b> {escape(item.name(current()))}" if item else ""
        )
        self.outcomes.setExclusive(False)
        for outcome, button in self.buttons.items():
            button.setChecked(item is not None and item.outcome == outcome)
        self.outcomes.setExclusive(True)
        self.note.setPlainText(item.note if item else "")
        self.action.setText(item.action if item else "")
        self.owner.setText(item.action_owner if item else "")
        default_due = date.today() + timedelta(days=FOLLOW_UP_DAYS)
        self.due.set_day(item.action_due_on if item and item.action_due_on else default_due)
        self._follow_up_enabled()

    def _follow_up_enabled(self) -> None:
        self.follow_up.setEnabled(self.outcome() == "follow_up")

    def outcome(self) -> str | None:
        checked = self.outcomes.checkedId()
        return OUTCOMES[checked] if checked >= 0 else None

    def values(self) -> dict[str, object]:
        follow_up = self.outcome() == "follow_up"
        return {
            "note": self.note.toPlainText().strip(),
            "action": self.action.text().strip() if follow_up else "",
            "owner": self.owner.text().strip() if follow_up else "",
            "due": self.due.day() if follow_up else None,
        }

    def problem(self) -> str | None:
        """Why the outcome cannot be saved yet: a follow-up's due date that is no real date."""
        if self.outcome() != "follow_up":
            return None
        return first_problem([(self.due, self.tr("Due date"))])
