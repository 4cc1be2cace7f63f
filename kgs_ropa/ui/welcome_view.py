"""First start on an empty register: start empty, load the KGS Diamond example, or fill in the
organisation first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    start_empty = Signal()
    load_example = Signal()
    fill_organisation = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buttons = {
            "organisation": QPushButton(self),
            "example": QPushButton(self),
            "empty": QPushButton(self),
        }
        self.buttons["organisation"].clicked.connect(self.fill_organisation)
        self.buttons["example"].clicked.connect(self.load_example)
        self.buttons["empty"].clicked.connect(self.start_empty)
        self.hints = {key: QLabel(self) for key in self.buttons}
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(self.fontMetrics().height())
        for key, button in self.buttons.items():
            button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to KGS ROPA"))
        self.intro.setText(
            self.tr(
                "This register is still empty. KGS ROPA keeps your record of processing "
                "activities (Art. 30 GDPR): every activity with its purposes, lawful bases, "
                "data, recipients, transfers, retention and security measures. How do you want "
                "to begin?"
            )
        )
        self.buttons["organisation"].setText(self.tr("Fill in the organisation"))
        self.hints["organisation"].setText(
            self.tr("Enter the controller, group companies and the privacy officer or DPO.")
        )
        self.buttons["example"].setText(self.tr("Load the KGS Diamond example"))
        self.hints["example"].setText(
            self.tr("A complete example register to explore; change or delete it later.")
        )
        self.buttons["empty"].setText(self.tr("Start with an empty register"))
        self.hints["empty"].setText(self.tr("Go straight to the register and add activities."))
        for key, button in self.buttons.items():
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.hints[key].text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
