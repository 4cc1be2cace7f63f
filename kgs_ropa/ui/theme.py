"""The app's look, applied once at start: Fusion, the palette, the font and a short style sheet.

Fusion draws the same on Windows 11, macOS and Linux; the palette (palette.py) is set whole,
for every colour group, so a dark or high-contrast system scheme never mixes with it. The
type scale (title, heading, body, caption) is used through `set_type` instead of ad-hoc sizes.
"""

from __future__ import annotations

import sys
from enum import Enum
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from kgs_ropa.ui import palette as c

# Spacing steps in px: inside a group, between fields, around a card, between cards.
SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 8, 12, 16, 24
RADIUS = 4  # controls
CARD_RADIUS = 6


class Type(Enum):
    """(size relative to the body font, weight)"""

    TITLE = (1.6, QFont.Weight.DemiBold)
    HEADING = (1.2, QFont.Weight.DemiBold)
    BODY = (1.0, QFont.Weight.Normal)
    STRONG = (1.0, QFont.Weight.DemiBold)
    CAPTION = (0.92, QFont.Weight.Normal)
    FIGURE = (2.0, QFont.Weight.DemiBold)  # the dashboard's numbers


def _body_font() -> QFont:
    font = QFont(QApplication.font())
    if sys.platform == "win32":  # Windows 11's interface font, Windows 10's where it is missing
        font.setFamilies(["Segoe UI Variable Text", "Segoe UI"])
    return font


def type_font(kind: Type, base: QFont | None = None) -> QFont:
    font = QFont(base if base is not None else QApplication.font())
    scale, weight = kind.value
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(weight)
    return font


def set_type(widget: QWidget, kind: Type, muted: bool = False) -> None:
    """Give a label its place in the type scale; captions and explanations read muted."""
    widget.setFont(type_font(kind))
    if muted or kind is Type.CAPTION:
        widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def banner_style(severity: str) -> str:
    """A message line across a page: "error" (red edge) or "warning" (amber edge)."""
    edge = c.severity_colour(severity)
    return (
        f"QLabel {{ background: {c.severity_tint(severity)}; color: {c.TEXT}; "
        f"border: 1px solid {edge}; border-left: 4px solid {edge}; "
        f"border-radius: {RADIUS}px; padding: 6px 8px; }}"
    )


def build_palette() -> QPalette:
    pal = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: c.WINDOW,
        roles.WindowText: c.TEXT,
        roles.Base: c.SURFACE,
        roles.AlternateBase: c.SURFACE_ALT,
        roles.Text: c.TEXT,
        roles.Button: c.SURFACE,
        roles.ButtonText: c.TEXT,
        roles.BrightText: c.ON_ACCENT,
        roles.Highlight: c.ACCENT,
        roles.HighlightedText: c.ON_ACCENT,
        roles.Link: c.ACCENT,
        roles.LinkVisited: c.ACCENT,
        roles.ToolTipBase: c.SURFACE,
        roles.ToolTipText: c.TEXT,
        roles.PlaceholderText: c.MUTED,
        roles.Accent: c.ACCENT,
        roles.Light: c.SURFACE,
        roles.Midlight: c.HOVER,
        roles.Mid: c.CONTROL_BORDER,
        roles.Dark: c.CONTROL_STROKE,
        roles.Shadow: c.CONTROL_STROKE,
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))  # every group: active, inactive and disabled
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        pal.setColor(disabled, role, QColor(c.DISABLED))
    pal.setColor(disabled, roles.Highlight, QColor(c.PRESSED))
    # A selection in a list without focus stays visible, in a quieter tint.
    pal.setColor(QPalette.ColorGroup.Inactive, roles.Highlight, QColor(c.ACCENT_TINT))
    pal.setColor(QPalette.ColorGroup.Inactive, roles.HighlightedText, QColor(c.TEXT))
    return pal


def style_sheet() -> str:
    """Rounded fields and buttons with a visible focus ring, cards, the navigation pane."""
    return f"""
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox {{
    background: {c.SURFACE}; color: {c.TEXT};
    border: 1px solid {c.CONTROL_BORDER}; border-bottom-color: {c.CONTROL_STROKE};
    border-radius: {RADIUS}px; padding: 3px 6px;
    selection-background-color: {c.ACCENT}; selection-color: {c.ON_ACCENT};
}}
QTextEdit, QPlainTextEdit {{ padding: 2px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QAbstractSpinBox:focus {{
    border: 1px solid {c.ACCENT}; border-bottom: 2px solid {c.ACCENT}; padding-bottom: 2px;
}}
QTextEdit:focus, QPlainTextEdit:focus {{ padding-bottom: 1px; }}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled, QPlainTextEdit:disabled,
QTextEdit:disabled {{ background: {c.WINDOW}; color: {c.DISABLED};
    border-color: {c.CONTROL_BORDER}; }}
QLineEdit[readOnly="true"] {{ background: {c.WINDOW}; }}
QComboBox::drop-down {{ border: none; width: 22px; }}
QComboBox::down-arrow {{ image: url("{_image("chevron-down")}"); width: 12px; height: 12px; }}
QAbstractSpinBox {{ padding-right: 20px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border;
    width: 18px; border: none; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
    background: {c.HOVER}; }}
QAbstractSpinBox::up-arrow {{ image: url("{_image("chevron-up")}"); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url("{_image("chevron-down")}"); width: 10px;
    height: 10px; }}
QDateEdit::drop-down {{ subcontrol-origin: border; subcontrol-position: top right;
    width: 22px; border: none; }}
QComboBox QAbstractItemView {{ border: 1px solid {c.CONTROL_BORDER}; border-radius: 0;
    selection-background-color: {c.ACCENT_TINT}; selection-color: {c.TEXT}; }}
QPushButton {{
    background: {c.SURFACE}; color: {c.TEXT};
    border: 1px solid {c.CONTROL_BORDER}; border-bottom-color: {c.CONTROL_STROKE};
    border-radius: {RADIUS}px; padding: 4px 14px; min-height: 18px;
}}
QPushButton:hover {{ background: {c.HOVER}; }}
QPushButton:pressed {{ background: {c.PRESSED}; }}
QPushButton:default {{ background: {c.ACCENT}; color: {c.ON_ACCENT}; border-color: {c.ACCENT}; }}
QPushButton:default:hover {{ background: {c.ACCENT_HOVER}; }}
QPushButton:focus {{ border: 2px solid {c.ACCENT}; padding: 3px 13px; }}
QPushButton:default:focus {{ border: 2px solid {c.TEXT}; }}
QPushButton:disabled {{ background: {c.WINDOW}; color: {c.DISABLED};
    border-color: {c.CONTROL_BORDER}; }}
QCheckBox, QRadioButton {{ border: 1px solid transparent; border-radius: {RADIUS}px;
    padding: 1px 4px 1px 2px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {c.ACCENT}; background: {c.ACCENT_TINT}; }}
QToolBar {{ background: {c.WINDOW}; border: none; spacing: 2px; padding: 4px 8px; }}
QToolButton {{ border: 1px solid transparent; border-radius: {RADIUS}px; padding: 3px 6px; }}
QToolButton:hover {{ background: {c.HOVER}; }}
QToolButton:pressed, QToolButton:checked {{ background: {c.PRESSED}; }}
QToolButton:focus {{ border: 2px solid {c.ACCENT}; }}
QGroupBox {{
    background: {c.SURFACE}; border: 1px solid {c.CARD_BORDER};
    border-radius: {CARD_RADIUS}px; margin-top: 2.6ex; padding: 2px {SPACE_S}px
    {SPACE_S}px {SPACE_S}px; font-weight: 600;
}}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left;
    left: {SPACE_S}px; padding: 0 4px; color: {c.TEXT}; }}
QTableView, QTreeView, QListView {{ background: {c.SURFACE};
    border: 1px solid {c.CARD_BORDER}; gridline-color: {c.CARD_BORDER}; }}
QTableView:focus, QTreeView:focus, QListView:focus {{ border: 1px solid {c.ACCENT}; }}
QHeaderView::section {{ background: {c.SURFACE}; color: {c.MUTED}; border: none;
    border-bottom: 1px solid {c.CARD_BORDER}; border-right: 1px solid {c.CARD_BORDER};
    padding: 4px 6px; }}
QTabWidget::pane {{ background: {c.SURFACE}; border: 1px solid {c.CARD_BORDER};
    border-radius: {CARD_RADIUS}px; top: -1px; }}
QTabBar::tab {{ background: transparent; color: {c.MUTED}; padding: 6px 7px;
    border: none; border-bottom: 3px solid transparent; }}
QTabBar::tab:hover {{ color: {c.TEXT}; background: {c.HOVER}; }}
QTabBar::tab:selected {{ color: {c.TEXT}; border-bottom: 3px solid {c.ACCENT}; }}
QTabBar::tab:focus {{ background: {c.ACCENT_TINT}; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QFrame#card {{ background: {c.SURFACE}; border: 1px solid {c.CARD_BORDER};
    border-radius: {CARD_RADIUS}px; }}
QFrame#tile {{ background: {c.SURFACE}; border: 1px solid {c.CARD_BORDER};
    border-radius: {CARD_RADIUS}px; padding: 4px; }}
QFrame#tile:hover {{ border-color: {c.CONTROL_STROKE}; }}
QFrame#tile:focus {{ border: 2px solid {c.ACCENT}; padding: 3px; }}
QListWidget#navigation {{ background: {c.WINDOW}; border: none; outline: none; }}
QStatusBar {{ background: {c.WINDOW}; color: {c.MUTED}; }}
QToolTip {{ background: {c.SURFACE}; color: {c.TEXT}; border: 1px solid {c.CONTROL_BORDER};
    padding: 4px; }}
"""


class SpacedFusion(QProxyStyle):
    """Fusion with the spacing scale as every layout's default: margins of 12 px around a
    group, 8 px between the widgets in it."""

    METRICS = {
        QStyle.PixelMetric.PM_LayoutLeftMargin: SPACE_M,
        QStyle.PixelMetric.PM_LayoutTopMargin: SPACE_M,
        QStyle.PixelMetric.PM_LayoutRightMargin: SPACE_M,
        QStyle.PixelMetric.PM_LayoutBottomMargin: SPACE_M,
        QStyle.PixelMetric.PM_LayoutHorizontalSpacing: SPACE_S,
        QStyle.PixelMetric.PM_LayoutVerticalSpacing: SPACE_S,
    }

    def __init__(self) -> None:
        super().__init__("Fusion")

    def pixelMetric(  # noqa: N802 (Qt naming)
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = self.METRICS.get(metric)
        return value if value is not None else super().pixelMetric(metric, option, widget)


def asks_for_high_contrast(app: QApplication) -> bool:
    """Whether the system asks for high contrast (Windows' contrast themes)."""
    hints = app.styleHints()  # held: the accessibility hints are its child
    accessibility = hints.accessibility()
    return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


def apply(app: QApplication, *, high_contrast: bool | None = None) -> None:
    """Fusion, the light palette whole, the interface font, the style sheet; none of it when
    the system asks for high contrast, so the user's own contrast colours stay in force."""
    if asks_for_high_contrast(app) if high_contrast is None else high_contrast:
        return
    app.setStyle(SpacedFusion())
    app.setFont(_body_font())
    app.setPalette(build_palette())
    app.setStyleSheet(style_sheet())
    # A system switching to dark (or back) while the app runs gets the same whole palette again.
    if not app.property(_HOOKED):  # once, however often the theme is applied
        app.styleHints().colorSchemeChanged.connect(reapply_palette)
        app.setProperty(_HOOKED, True)


_HOOKED = "kgs_theme_hooked"


def reapply_palette(_scheme: object = None) -> None:
    QApplication.setPalette(build_palette())


def _image(name: str) -> str:
    """An icon's file for the style sheet (which reads files, not packages); its
    `currentColor` draws black there."""
    path = resources.files("kgs_ropa.resources.icons").joinpath(f"{name}.svg")
    return Path(str(path)).as_posix()
