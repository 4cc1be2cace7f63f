"""The navigation pane: each page's icon, title and a count of what the page lists.

Drawn like Windows 11's navigation view: the selected entry on a tint with an accent bar at
its left edge, a focus ring when the keyboard is in the pane, the count in a small chip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen
from PySide6.QtWidgets import (
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from kgs_ropa.ui import i18n, palette
from kgs_ropa.ui.chips import PAD, paint_chip
from kgs_ropa.ui.icons import icon
from kgs_ropa.ui.theme import SPACE_M, SPACE_S, Type, type_font

COUNT_ROLE = Qt.ItemDataRole.UserRole + 30
ICON_SIZE = 20
BAR_WIDTH = 3
SCROLL_ROOM = 16  # a scroll bar when the window is very low
COMPACT_WIDTH = ICON_SIZE + 2 * SPACE_M + 8 + SCROLL_ROOM


class NavDelegate(QStyledItemDelegate):
    """Tall rows, drawn in full: tint, accent bar, icon, title, count chip; only the icon
    when compact (the title and count are then the tooltip)."""

    compact = False

    def sizeHint(  # noqa: N802 (Qt naming)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = max(ICON_SIZE, option.fontMetrics.height()) + 18
        if self.compact:
            return QSize(COMPACT_WIDTH - SCROLL_ROOM, height)
        metrics = QFontMetrics(type_font(Type.STRONG, option.font))  # the selected entry's
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        chip = metrics.horizontalAdvance("000") + 2 * PAD
        width = 8 + BAR_WIDTH + ICON_SIZE + 2 * SPACE_M + metrics.horizontalAdvance(text)
        return QSize(width + SPACE_S + chip + SPACE_S, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        state = option.state
        rect: QRect = option.rect.adjusted(4, 2, -4, -2)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._background(painter, rect, state, selected)
        self._icon_and_text(painter, option, index, rect, selected, self.compact)
        count = index.data(COUNT_ROLE)
        if count is not None and not self.compact:
            paint_chip(
                painter,
                rect.adjusted(0, 0, -SPACE_S, 0),
                i18n.number(count),
                palette.MUTED if not selected else palette.ACCENT,
                palette.NEUTRAL_TINT if not selected else palette.SURFACE,
                option.fontMetrics,
                align_right=True,
            )
        painter.restore()

    @staticmethod
    def _background(
        painter: QPainter, rect: QRect, state: QStyle.StateFlag, selected: bool
    ) -> None:
        hover = bool(state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(Qt.PenStyle.NoPen)
        if selected or hover:
            painter.setBrush(QColor(palette.ACCENT_TINT if selected else palette.HOVER))
            painter.drawRoundedRect(rect, 4, 4)
        if selected:
            bar = QRect(rect.left(), rect.center().y() - 8, BAR_WIDTH, 16)
            painter.setBrush(QColor(palette.ACCENT))
            painter.drawRoundedRect(bar, 1.5, 1.5)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor(palette.ACCENT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)

    @staticmethod
    def _icon_and_text(
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        rect: QRect,
        selected: bool,
        compact: bool,
    ) -> None:
        item_icon = index.data(Qt.ItemDataRole.DecorationRole)
        left = rect.center().x() - ICON_SIZE // 2 if compact else rect.left() + BAR_WIDTH + SPACE_M
        if isinstance(item_icon, QIcon):
            box = QRect(left, rect.center().y() - ICON_SIZE // 2, ICON_SIZE, ICON_SIZE)
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            item_icon.paint(painter, box, Qt.AlignmentFlag.AlignCenter, mode)
        if compact:
            return
        font = type_font(Type.STRONG if selected else Type.BODY, option.font)
        painter.setFont(font)
        painter.setPen(QColor(palette.TEXT))
        text_rect = QRect(left + ICON_SIZE + SPACE_M, rect.top(), rect.width(), rect.height())
        count = index.data(COUNT_ROLE)
        chip = 0 if count is None else painter.fontMetrics().horizontalAdvance(i18n.number(count))
        text_rect.setRight(rect.right() - SPACE_S - (chip + 2 * PAD + SPACE_S if chip else 0))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = painter.fontMetrics()
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), shown)


def expanded_width(nav: QListWidget) -> int:
    """The pane's width with every title and count shown, in the current language."""
    delegate = nav.itemDelegate()
    assert isinstance(delegate, NavDelegate)
    compact, delegate.compact = delegate.compact, False
    width = nav.sizeHintForColumn(0) + SCROLL_ROOM
    delegate.compact = compact
    return width


def set_compact(nav: QListWidget, compact: bool) -> None:
    """Icons only (Windows 11's compact pane) or icons with titles and counts."""
    delegate = nav.itemDelegate()
    assert isinstance(delegate, NavDelegate)
    delegate.compact = compact
    nav.setFixedWidth(COMPACT_WIDTH if compact else expanded_width(nav))
    nav.doItemsLayout()
    nav.viewport().update()


def style_navigation(nav: QListWidget) -> None:
    nav.setItemDelegate(NavDelegate(nav))
    nav.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    nav.setFrameShape(QListWidget.Shape.NoFrame)
    nav.setObjectName("navigation")
    nav.setMouseTracking(True)  # the hover tint
    nav.setSpacing(0)
    for i in range(nav.count()):
        item = nav.item(i)
        item.setIcon(icon(item.data(Qt.ItemDataRole.UserRole)))
