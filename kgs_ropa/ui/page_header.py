"""The header above each page: its title in the title size and one line on what it is for."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from kgs_ropa.ui.theme import Type, set_type


class PageHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        set_type(self.title, Type.TITLE)
        set_type(self.explanation, Type.BODY, muted=True)
        layout = QVBoxLayout(self)
        # In line with the page below, whose layout keeps the style's margin.
        inset = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        layout.setContentsMargins(inset, 0, inset, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)

    def show_page(self, title: str, explanation: str) -> None:
        self.title.setText(title)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
