"""One chip, drawn the same everywhere: status and findings in the register, the navigation's
counts, the details pane and the editor's findings strip."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter

from kgs_ropa.ui import palette

PAD = 7  # px either side of the text

STATUS_CHIPS = {
    "draft": (palette.MUTED, palette.NEUTRAL_TINT),
    "active": (palette.OK, palette.OK_TINT),
    "retired": (palette.MUTED, palette.NEUTRAL_TINT),
}
SEVERITY_MARKS = {"error": "●", "warning": "▲"}


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


def chip_html(text: str, foreground: str, tint: str) -> str:
    """The chip in rich text (the details pane, labels): escaped text on its tint."""
    from html import escape

    return (
        f'<span style="color:{foreground}; background-color:{tint};">'
        f"&nbsp;{escape(text)}&nbsp;</span>"
    )
