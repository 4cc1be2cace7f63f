"""How register cells are drawn: status and findings as coloured chips, search matches marked.

The model says what a cell is (CHIP_ROLE: text and foreground colour and tint); this delegate
only paints, so the colours stay in one place (palette) and tests read them from the model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kgs_ropa.ui import palette
from kgs_ropa.ui.chips import draw_item_without_text, paint_chip

Index = QModelIndex | QPersistentModelIndex
CHIP_ROLE = Qt.ItemDataRole.UserRole + 20  # (foreground, tint) colour names
HIGHLIGHT = QColor(palette.MARKER)


class RegisterDelegate(QStyledItemDelegate):
    """Chips where the model gives CHIP_ROLE; elsewhere the cell with the search text marked."""

    def __init__(self, needle: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needle = needle

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chip = index.data(CHIP_ROLE)
        needle = self.needle().strip().casefold()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not chip and (not needle or needle not in text.casefold()):
            super().paint(painter, option, index)
            return
        drawn = draw_item_without_text(self, painter, option, index)
        if drawn is None:
            super().paint(painter, option, index)
            return
        opt, area = drawn
        painter.save()
        if chip:
            self._chip(painter, opt, area, text, chip)
        else:
            self._marked(painter, opt, area, text, needle)
        painter.restore()

    def _chip(
        self, painter: QPainter, opt: QStyleOptionViewItem, area: QRect, text: str, chip: tuple
    ) -> None:
        foreground, tint = chip
        paint_chip(painter, area, text, foreground, tint, opt.fontMetrics)

    def _marked(
        self, painter: QPainter, opt: QStyleOptionViewItem, area: QRect, text: str, needle: str
    ) -> None:
        metrics = opt.fontMetrics
        shown = metrics.elidedText(text, opt.textElideMode, area.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        brush = opt.index.data(Qt.ItemDataRole.ForegroundRole)
        colour = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        painter.setPen(brush.color() if brush is not None and not selected else colour)
        align = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        painter.drawText(area, align, shown)
        start = shown.casefold().find(needle)
        if start < 0:  # the match is in the part cut off: the tooltip shows it
            return
        match = shown[start : start + len(needle)]
        left = area.x() + metrics.horizontalAdvance(shown[:start])
        span = QRect(left, area.y() + 2, metrics.horizontalAdvance(match), area.height() - 4)
        painter.fillRect(span, HIGHLIGHT)
        painter.setPen(QColor("#000000"))  # black on the marker, also in a selected row
        painter.drawText(QRect(left, area.y(), span.width() + 2, area.height()), align, match)
