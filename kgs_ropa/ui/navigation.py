"""The navigation list: an icon, the page's title, and a count of what the page lists."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kgs_ropa.ui import palette

COUNT_ROLE = Qt.ItemDataRole.UserRole + 30
SP = QStyle.StandardPixmap
# Standard icons, so they follow the platform's style (Windows 11, Fusion) and its scaling.
ICONS = {
    "welcome": SP.SP_DirHomeIcon,
    "register": SP.SP_FileDialogDetailedView,
    "dashboard": SP.SP_FileDialogInfoView,
    "processors": SP.SP_DriveNetIcon,
    "recipients": SP.SP_DirLinkIcon,
    "systems": SP.SP_DriveHDIcon,
    "data_categories": SP.SP_FileDialogContentsView,
    "data_subjects": SP.SP_DirIcon,
    "measures": SP.SP_DialogApplyButton,
    "transfers": SP.SP_ArrowForward,
    "cookies": SP.SP_FileIcon,
    "notice": SP.SP_FileDialogStart,
    "organisation": SP.SP_ComputerIcon,
    "vocabularies": SP.SP_FileDialogListView,
}


class NavDelegate(QStyledItemDelegate):
    """Rows a little taller than a plain list, the count right-aligned in a small chip."""

    def sizeHint(  # noqa: N802 (Qt naming)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(
            size.width() + option.fontMetrics.horizontalAdvance("0000") + 16, size.height() + 10
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if count is None:
            return
        text = f"{count:,}"
        metrics = option.fontMetrics
        width, height = metrics.horizontalAdvance(text) + 12, metrics.height() + 2
        rect = option.rect  # type: ignore[attr-defined]  # QStyleOption's rect
        box = QRect(rect.right() - width - 6, rect.center().y() - height // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.ACCENT_TINT))
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setPen(QColor(palette.ACCENT))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def style_navigation(nav: QListWidget, parent: QWidget) -> None:
    nav.setItemDelegate(NavDelegate(nav))
    nav.setIconSize(QSize(nav.fontMetrics().height() + 2, nav.fontMetrics().height() + 2))
    nav.setFrameShape(QListWidget.Shape.NoFrame)
    nav.setObjectName("navigation")
    font = QFont(nav.font())
    font.setPointSizeF(font.pointSizeF() * 1.05)
    nav.setFont(font)
    style = parent.style()
    for i in range(nav.count()):
        item = nav.item(i)
        key = item.data(Qt.ItemDataRole.UserRole)
        if key in ICONS:
            item.setIcon(style.standardIcon(ICONS[key]))
