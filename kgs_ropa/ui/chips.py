"""One chip, drawn the same everywhere: status and findings in the register, the navigation's
counts, the details pane and the editor's findings strip."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kgs_ropa.ui import palette

PAD = 7  # px either side of the text

STATUS_CHIPS = {
    "draft": (palette.MUTED, palette.NEUTRAL_TINT),
    "active": (palette.OK, palette.OK_TINT),
    "retired": (palette.MUTED, palette.NEUTRAL_TINT),
}
# A review item's outcome (None: not marked yet), as in the review report's colours.
OUTCOME_CHIPS = {
    "confirmed": (palette.OK, palette.OK_TINT),
    "changed": (palette.ACCENT, palette.ACCENT_TINT),
    "follow_up": (palette.WARNING, palette.WARNING_TINT),
    None: (palette.MUTED, palette.NEUTRAL_TINT),
}
# A change in the history: what it did to the register.
ACTION_CHIPS = {
    "create": (palette.OK, palette.OK_TINT),
    "update": (palette.ACCENT, palette.ACCENT_TINT),
    "delete": (palette.ERROR, palette.ERROR_TINT),
    "retire": (palette.MUTED, palette.NEUTRAL_TINT),
    "snapshot": (palette.MUTED, palette.NEUTRAL_TINT),
    "restore": (palette.WARNING, palette.WARNING_TINT),
}
SEVERITY_MARKS = {"error": "●", "warning": "▲"}
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 40  # "error" or "warning" on a finding's row


def severity_chip(severity: str) -> tuple[str, str]:
    """(foreground, tint) of a finding: errors red, warnings amber."""
    return palette.severity_colour(severity), palette.severity_tint(severity)


def paint_chip(
    painter: QPainter,
    area: QRect,
    text: str,
    foreground: str,
    tint: str,
    metrics: QFontMetrics,
    align_right: bool = False,
) -> QRect:
    """A rounded pill with the text centred, vertically centred in `area`; its rectangle."""
    width = min(metrics.horizontalAdvance(text) + 2 * PAD, area.width())
    height = min(metrics.height() + 4, area.height())
    left = area.right() - width if align_right else area.x() + 2
    box = QRect(left, area.center().y() - height // 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(tint))
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setPen(QColor(foreground))
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width() - PAD)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
    painter.restore()
    return box


def chip_pixmap(
    text: str, foreground: str, tint: str, metrics: QFontMetrics, width: int
) -> QPixmap:
    """The chip as an item's icon (lists that wrap their text): `width` wide, so that chips of
    different words line up; sharp on a high-DPI screen."""
    ratio = 2.0  # drawn at twice the size: Qt scales it down where the screen needs less
    height = metrics.height() + 4
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_chip(painter, QRect(0, 0, width, height), text, foreground, tint, metrics)
    painter.end()
    return pixmap


def severity_label(severity: str) -> str:
    """The chip's text: the mark and the word, so the colour is never the only sign."""
    word = (
        QCoreApplication.translate("Findings", "Error")
        if severity == "error"
        else QCoreApplication.translate("Findings", "Warning")
    )
    return f"{SEVERITY_MARKS.get(severity, SEVERITY_MARKS['warning'])} {word}"


def chip_html(text: str, foreground: str, tint: str) -> str:
    """The chip in rich text (the details pane, labels): escaped text on its tint."""
    return (
        f'<span style="color:{foreground}; background-color:{tint}; font-weight:600;">'
        f"&nbsp;{escape(text)}&nbsp;</span>"
    )


def finding_html(severity: str, message: str) -> str:
    """One finding in rich text: its chip, then the message (escaped)."""
    chip = chip_html(severity_label(severity), *severity_chip(severity))
    return f"{chip}&nbsp; {escape(message)}"


def draw_item_without_text(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> tuple[QStyleOptionViewItem, QRect] | None:
    """The item's background, selection and focus as the style draws them, but not its text;
    the item's options and the rectangle its text would take, for the caller to paint in.
    None when the item has no widget to take the style from (nothing drawn)."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    widget = opt.widget
    style = widget.style() if widget is not None else None
    if style is None:
        return None
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    return opt, style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)


class FindingDelegate(QStyledItemDelegate):
    """A finding's row: the severity chip in a column of its own, then the message."""

    def _chip_width(self, metrics: QFontMetrics) -> int:
        widths = (metrics.horizontalAdvance(severity_label(s)) for s in SEVERITY_MARKS)
        return max(widths) + 2 * PAD + 4

    def sizeHint(  # noqa: N802 (Qt naming)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self._chip_width(option.fontMetrics), size.height() + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        severity = index.data(SEVERITY_ROLE)
        if severity is None:
            super().paint(painter, option, index)
            return
        drawn = draw_item_without_text(self, painter, option, index)
        if drawn is None:
            return
        opt, area = drawn
        metrics = opt.fontMetrics
        chip_width = self._chip_width(metrics)
        chip_area = QRect(area.x(), area.y(), chip_width, area.height())
        paint_chip(painter, chip_area, severity_label(severity), *severity_chip(severity), metrics)
        text_area = area.adjusted(chip_width + 6, 0, 0, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(opt.palette.highlightedText().color() if selected else QColor(palette.TEXT))
        message = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        shown = metrics.elidedText(message, Qt.TextElideMode.ElideRight, text_area.width())
        painter.drawText(text_area, int(Qt.AlignmentFlag.AlignVCenter), shown)
        painter.restore()
