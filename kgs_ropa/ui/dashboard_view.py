"""The dashboard: the register's state in numbers, and bar charts where a picture says it faster."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import dashboard
from kgs_ropa.services.dashboard import Figures
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n, palette
from kgs_ropa.ui.i18n import current
from kgs_ropa.ui.review_followups import FollowUpsPanel
from kgs_ropa.ui.theme import SPACE_L, SPACE_S, Type, set_type
from kgs_ropa.ui.widgets import heading_box

BAR_COLOUR = QColor(palette.ACCENT)


# What a tile opens: the register with these filters (keys of RowFilter).
TILE_FILTERS: dict[str, dict[str, object]] = {
    "total": {},
    "active": {"status": "active"},
    "errors": {"has_findings": True},
    "warnings": {"has_findings": True},
    "overdue": {"review_due": True},
    "due_soon": {},
    "unplanned": {"review_due": True},
}
# Tiles whose number is a problem when it is not zero: errors red, warnings amber.
TILE_COLOURS = {"errors": palette.ERROR, "warnings": palette.WARNING, "overdue": palette.ERROR}
CHART_FILTERS = {"status": "status", "basis": "lawful_basis", "country": "country"}


class Tile(QFrame):
    """A number with its caption that opens the register filtered to what it counts."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")  # drawn as a card by the theme, with a hover and focus ring
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class BarChart(QWidget):
    """Horizontal bars with their label and value; sized by its font, so it scales with DPI.

    A click on a bar emits its code."""

    bar_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.codes: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        row = int(event.position().y() - 2) // self._row_height()
        if 0 <= row < len(self.codes) and self.codes[row]:
            self.bar_clicked.emit(self.codes[row])

    def set_bars(self, bars: list[tuple[str, int]], codes: list[str] | None = None) -> None:
        self.bars = bars
        self.codes = codes or []
        self.setAccessibleDescription("; ".join(f"{label}: {n}" for label, n in bars))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(
            self.fontMetrics().averageCharWidth() * 60,
            self._row_height() * max(1, len(self.bars)) + 4,
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(self.fontMetrics().averageCharWidth() * 40, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = min(
            max((metrics.horizontalAdvance(label) for label, _n in self.bars), default=0) + 12,
            self.width() // 2,
        )
        value_width = metrics.horizontalAdvance("00000") + 8
        top_value = max((n for _label, n in self.bars), default=0) or 1
        span = max(self.width() - label_width - value_width, 10)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for i, (label, n) in enumerate(self.bars):
            y = i * self._row_height() + 2
            height = self._row_height() - 6
            painter.setPen(text_colour)
            text_rect = QRectF(0, y, label_width - 8, height)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided
            )
            bar = QRectF(label_width, y + 1, span * n / top_value, height - 2)
            painter.fillRect(bar, BAR_COLOUR)
            value_rect = QRectF(bar.right() + 6, y, value_width, height)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter, str(n))
        painter.end()


class DashboardView(QWidget):
    # The register filters a tile or bar stands for (see TILE_FILTERS); "sort" is a column.
    open_register = Signal(dict)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.figures: Figures | None = None
        self.severities: dict[str, int] | None = None
        self.numbers: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.charts = {key: BarChart(self) for key in ("status", "basis", "country")}
        self.boxes = {key: heading_box(self) for key in self.charts}
        self.follow_ups = FollowUpsPanel(db, self)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        grid = QGridLayout()
        keys = ["total", "active", "errors", "warnings", "overdue", "due_soon", "unplanned"]
        for column, key in enumerate(keys):
            card = Tile(self)
            card.clicked.connect(lambda k=key: self.open_register.emit(dict(TILE_FILTERS[k])))
            number, caption = QLabel("–", card), QLabel(card)
            set_type(number, Type.FIGURE)
            set_type(caption, Type.BODY, muted=True)
            caption.setWordWrap(True)
            box = QVBoxLayout(card)
            box.addWidget(number)
            box.addWidget(caption)
            grid.addWidget(card, 0, column)
            self.numbers[key], self.captions[key] = number, caption
        grid.setSpacing(SPACE_S)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, SPACE_S, 0)
        layout.setSpacing(SPACE_L)
        layout.addLayout(grid)
        for key, chart in self.charts.items():
            field = CHART_FILTERS[key]
            chart.bar_clicked.connect(lambda code, f=field: self.open_register.emit({f: code}))
            QVBoxLayout(self.boxes[key]).addWidget(chart)
            layout.addWidget(self.boxes[key])
        self.follow_ups.setMinimumHeight(self.fontMetrics().height() * 12)
        layout.addWidget(self.follow_ups)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)  # the style's margins, as on every page

    def reload(self) -> None:
        self.figures = dashboard.figures(self.db, date.today())
        self.follow_ups.reload()
        self._show()

    def set_severities(self, severities: dict[str, int]) -> None:
        self.severities = severities
        self._show()

    def _show(self) -> None:
        figures, lang = self.figures, current()
        if figures is None:
            return
        severities = self.severities
        values = {
            "total": figures.total,
            "active": figures.by_status.get("active", 0),
            "errors": None if severities is None else severities.get("error", 0),
            "warnings": None if severities is None else severities.get("warning", 0),
            "overdue": figures.reviews_overdue,
            "due_soon": figures.reviews_due_soon,
            "unplanned": figures.reviews_unplanned,
        }
        for key, value in values.items():
            self.numbers[key].setText("…" if value is None else i18n.number(value))
            alarm = TILE_COLOURS.get(key) if value else None
            self.numbers[key].setStyleSheet(f"color: {alarm};" if alarm else "")
            self.numbers[key].setAccessibleName(
                f"{self.captions[key].text()}: {self.numbers[key].text()}"
            )
        self.charts["status"].set_bars(
            [(t.label(lang), figures.by_status.get(t.code, 0)) for t in voc.ACTIVITY_STATUSES],
            [t.code for t in voc.ACTIVITY_STATUSES],
        )
        self.charts["basis"].set_bars(
            [
                (t.label(lang).split(" (")[0], figures.by_lawful_basis.get(t.code, 0))
                for t in voc.LAWFUL_BASES
            ],
            [t.code for t in voc.LAWFUL_BASES],
        )
        by_country = sorted(figures.transfers_by_country.items(), key=lambda kv: (-kv[1], kv[0]))
        unnamed = self.tr("(country not given)")
        self.charts["country"].set_bars(
            [(countries.country_label(c, lang) or unnamed, n) for c, n in by_country],
            [c or "" for c, _n in by_country],
        )

    def retranslate(self) -> None:
        captions = {
            "total": self.tr("Activities"),
            "active": self.tr("Active"),
            "errors": self.tr("Open errors"),
            "warnings": self.tr("Open warnings"),
            "overdue": self.tr("Reviews overdue"),
            "due_soon": self.tr("Reviews due in 30 days"),
            "unplanned": self.tr("No review planned"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.boxes["status"].setTitle(self.tr("Activities by status"))
        self.boxes["basis"].setTitle(self.tr("Activities in use (not retired) by lawful basis"))
        self.boxes["country"].setTitle(
            self.tr("Activities by third country (transfers, processors, systems)")
        )
        for key, box in self.boxes.items():
            self.charts[key].setAccessibleName(box.title())
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
