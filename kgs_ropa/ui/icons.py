"""The app's own line icons (resources/icons/*.svg), tinted by the palette for each state.

The SVG files draw in `currentColor`; the engine replaces it with the text colour, the accent
for a selected or active item and the disabled grey, and renders at the size asked for, so an
icon stays sharp at 16 px and on a high-DPI screen.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kgs_ropa.ui import palette

MODE_COLOURS = {
    QIcon.Mode.Normal: palette.TEXT,
    QIcon.Mode.Active: palette.TEXT,
    QIcon.Mode.Selected: palette.ACCENT,
    QIcon.Mode.Disabled: palette.DISABLED,
}


@cache
def svg_source(name: str) -> str:
    return resources.files("kgs_ropa.resources.icons").joinpath(f"{name}.svg").read_text("utf-8")


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    data = svg_source(name).replace("currentColor", colour)
    return QSvgRenderer(QByteArray(data.encode("utf-8")))


class LineIconEngine(QIconEngine):
    def __init__(self, name: str, selected: str = palette.ACCENT) -> None:
        super().__init__()
        self.name, self.selected = name, selected

    def _colour(self, mode: QIcon.Mode) -> str:
        return self.selected if mode == QIcon.Mode.Selected else MODE_COLOURS[mode]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _renderer(self.name, self._colour(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return LineIconEngine(self.name, self.selected)

    def key(self) -> str:
        return "kgs-line"


def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg, drawn in the theme's colours."""
    return QIcon(LineIconEngine(name))
