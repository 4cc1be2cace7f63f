"""One change of the history in full: who, when, why, and every field before and after."""

from __future__ import annotations

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

from kgs_ropa.services.review_ops import HistoryRow
from kgs_ropa.ui.history_values import detail_rows, entity_type_label


class ChangeDetail(QDialog):
    """Opened from the history with Enter or a double click; read-only."""

    def __init__(self, row: HistoryRow, when: str, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.facts = QFormLayout()
        self._fact_labels: list[QLabel] = []
        what = f"{entity_type_label(row.entity_type)} {row.entity_key}"
        for value in (when, row.actor, action, what, row.comment):
            self._add_fact(value)
        self.table = QTableWidget(self)
        self.table.setColumnCount(3)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._fill()
        # Row heights follow the wrapped text once the columns have their widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.facts)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.retranslate()

    def _add_fact(self, value: str) -> None:
        label, shown = QLabel(self), QLabel(value, self)
        shown.setTextFormat(Qt.TextFormat.PlainText)  # user text
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addRow(label, shown)
        self._fact_labels.append(label)

    def _fill(self) -> None:
        r = self.row
        rows = detail_rows(r.entity_type, r.field, r.before, r.after)
        self.table.setRowCount(len(rows))
        for number, texts in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()

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
        self.setWindowTitle(self.tr("Change %1").replace("%1", str(self.row.id)))
        names = [self.tr("When"), self.tr("User"), self.tr("Change"), self.tr("What")]
        names.append(self.tr("Comment"))
        for label, name in zip(self._fact_labels, names, strict=True):
            label.setText(name)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.table.setAccessibleName(self.tr("Fields before and after the change"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
