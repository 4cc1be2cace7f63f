"""One change in full: who, when, why, and every field before and after.

Opened from the change history and from the comparison of two register versions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ChangeDetail(QDialog):
    """Read-only. `facts`: (label, value) pairs above the table, already in the interface
    language; `rows`: (field label, before, after) as the editor shows them."""

    def __init__(
        self,
        title: str,
        facts: Sequence[tuple[str, str]],
        rows: Sequence[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.facts = QFormLayout()
        for name, value in facts:
            self._add_fact(name, value)
        self.table = QTableWidget(self)
        self.table.setColumnCount(3)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._fill(rows)
        # Row heights follow the wrapped text once the columns have their widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.facts)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()

    def _add_fact(self, name: str, value: str) -> None:
        label, shown = QLabel(name, self), QLabel(value, self)
        for widget in (label, shown):
            widget.setTextFormat(Qt.TextFormat.PlainText)  # user text
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addRow(label, shown)

    def _fill(self, rows: Sequence[tuple[str, str, str]]) -> None:
        self.table.setRowCount(len(rows))
        for number, texts in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(number, column, item)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def cell_texts(self) -> list[tuple[str, str, str]]:
        t = self.table
        return [
            (t.item(n, 0).text(), t.item(n, 1).text(), t.item(n, 2).text())
            for n in range(t.rowCount())
        ]

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.table.setAccessibleName(self.tr("Fields before and after the change"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
