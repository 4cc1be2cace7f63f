"""The welcome page. On an empty register: start empty, load the KGS Diamond example, or fill
in the organisation first. On a register with activities: a short summary and the ways in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kgs_ropa.ui.icons import icon
from kgs_ropa.ui.messages import plural
from kgs_ropa.ui.theme import Type, set_type

BUTTON_ICONS = {
    "organisation": "organisation",
    "example": "register",
    "empty": "new",
    "dashboard": "dashboard",
}


class WelcomeView(QWidget):
    start_empty = Signal()
    load_example = Signal()
    fill_organisation = Signal()
    open_dashboard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity_count = 0
        self.organisation_filled = False
        self.heading = QLabel(self)
        set_type(self.heading, Type.TITLE)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buttons = {
            "organisation": QPushButton(self),
            "example": QPushButton(self),
            "empty": QPushButton(self),
            "dashboard": QPushButton(self),
        }
        self.buttons["organisation"].clicked.connect(self.fill_organisation)
        self.buttons["example"].clicked.connect(self.load_example)
        self.buttons["empty"].clicked.connect(self.start_empty)
        self.buttons["dashboard"].clicked.connect(self.open_dashboard)
        self.hints = {key: QLabel(self) for key in self.buttons}
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(self.fontMetrics().height())
        for key, button in self.buttons.items():
            button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
            button.setIcon(icon(BUTTON_ICONS[key]))
            button.setIconSize(QSize(20, 20))
            set_type(self.hints[key], Type.BODY, muted=True)
            self.hints[key].setWordWrap(True)
            column.addWidget(button)
            column.addWidget(self.hints[key])
            column.addSpacing(self.fontMetrics().height() // 2)
        holder = QWidget(self)
        holder.setLayout(column)
        # A fixed width lets the wrapped labels compute their height (a maximum does not).
        holder.setFixedWidth(self.fontMetrics().averageCharWidth() * 90)
        # Centred by stretches, not by an alignment flag: aligned widgets get their plain size
        # hint, and the wrapped intro would be cut off.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.set_activity_count(0)

    def set_activity_count(self, count: int, organisation_filled: bool = False) -> None:
        """Show the page for a register with `count` activities: the example only when empty,
        the way to the organisation only while no controller has been entered."""
        self.activity_count = count
        self.organisation_filled = organisation_filled
        empty = count == 0
        self.buttons["organisation"].setVisible(not organisation_filled)
        self.hints["organisation"].setVisible(not organisation_filled)
        self.buttons["example"].setVisible(empty)
        self.hints["example"].setVisible(empty)
        self.buttons["dashboard"].setVisible(not empty)
        self.hints["dashboard"].setVisible(not empty)
        self.retranslate()

    def _intro(self) -> str:
        about = self.tr(
            "KGS ROPA keeps your record of processing activities (Art. 30 GDPR): every "
            "activity with its purposes, lawful bases, data, recipients, transfers, retention "
            "and security measures."
        )
        if self.activity_count == 0:
            return " ".join(
                (
                    self.tr("This register is still empty."),
                    about,
                    self.tr("How do you want to begin?"),
                )
            )
        holds = plural(
            self.tr("This register holds %n activities.", "", self.activity_count),
            self.activity_count,
            "This register holds 1 activity.",
        )
        return " ".join((holds, about))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to KGS ROPA"))
        self.intro.setText(self._intro())
        self.buttons["organisation"].setText(self.tr("Fill in the organisation"))
        self.hints["organisation"].setText(
            self.tr("Enter the controller, group companies and the privacy officer or DPO.")
        )
        self.buttons["example"].setText(self.tr("Load the KGS Diamond example"))
        self.hints["example"].setText(
            self.tr("A complete example register to explore; change or delete it later.")
        )
        if self.activity_count:
            self.buttons["empty"].setText(self.tr("Open the register"))
        else:
            self.buttons["empty"].setText(self.tr("Start with an empty register"))
        if self.activity_count:
            self.hints["empty"].setText(self.tr("Search, filter and edit the activities."))
        else:
            self.hints["empty"].setText(self.tr("Go straight to the register and add activities."))
        self.buttons["dashboard"].setText(self.tr("Open the dashboard"))
        self.hints["dashboard"].setText(
            self.tr("Findings, reviews that are due and the open follow-ups at a glance.")
        )
        for key, button in self.buttons.items():
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.hints[key].text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
