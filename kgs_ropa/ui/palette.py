"""The app's colours in one place: errors red, warnings amber, wherever a finding shows.

A light, Windows-11-like scheme: a grey window, white surfaces for content, one blue accent.
Text colours keep a contrast of at least 4.5:1 on every surface they are drawn on (WCAG AA),
control borders and icons at least 3:1; tests/unit/test_palette_contrast.py checks each pair.
The scheme is applied whole (theme.py), also when the system asks for a dark one, so no
colour here ever meets a dark system colour.
"""

from __future__ import annotations

# Surfaces
WINDOW = "#f3f3f3"  # the window's background, behind cards and lists
SURFACE = "#ffffff"  # cards, tables, fields
SURFACE_ALT = "#f9f9f9"  # alternate table rows
HOVER = "#eaeaea"  # a control under the mouse
PRESSED = "#e0e0e0"
CARD_BORDER = "#e0e0e0"  # a card's outline: decoration, the white on grey already groups
CONTROL_BORDER = "#d1d1d1"
CONTROL_STROKE = "#7a7a7a"  # a field's bottom edge: 3:1 against both surfaces

# Text
TEXT = "#1b1b1b"
MUTED = "#5c5c5c"  # explanations, captions, placeholders
DISABLED = "#8a8a8a"  # disabled text: exempt from the contrast rule, still legible

# Accent (Windows 11's default blue)
ACCENT = "#005fb8"
ACCENT_HOVER = "#1a6fc0"
ON_ACCENT = "#ffffff"
ACCENT_TINT = "#e1ecf7"  # the selected navigation entry, count chips

# Findings and states
ERROR = "#c42b1c"
WARNING = "#9d5d00"  # amber, dark enough to read as text
OK = "#0f7b0f"
ERROR_TINT = "#fde7e9"
WARNING_TINT = "#fff4ce"
OK_TINT = "#dff6dd"
NEUTRAL_TINT = "#ebebeb"  # draft and retired chips
MARKER = "#ffe58f"  # search matches: a marker-pen yellow behind black text

# Text on background pairs that must read (foreground, background, minimum ratio):
# 4.5 for text, 3 for large text, icons, borders and the focus ring.
CONTRAST_PAIRS: list[tuple[str, str, float]] = [
    *((fg, bg, 4.5) for fg in (TEXT, MUTED, ACCENT) for bg in (WINDOW, SURFACE, SURFACE_ALT)),
    (TEXT, HOVER, 4.5),
    (TEXT, PRESSED, 4.5),
    (TEXT, ACCENT_TINT, 4.5),
    (ACCENT, ACCENT_TINT, 4.5),
    (ON_ACCENT, ACCENT, 4.5),
    (ON_ACCENT, ACCENT_HOVER, 4.5),
    (ERROR, SURFACE, 4.5),
    (ERROR, ERROR_TINT, 4.5),
    (ERROR, SURFACE_ALT, 4.5),
    (WARNING, SURFACE, 4.5),
    (WARNING, WARNING_TINT, 4.5),
    (WARNING, SURFACE_ALT, 4.5),
    (OK, SURFACE, 4.5),
    (OK, OK_TINT, 4.5),
    (MUTED, NEUTRAL_TINT, 4.5),
    (TEXT, ERROR_TINT, 4.5),  # banners, removed lines in a comparison, overdue follow-ups
    (TEXT, WARNING_TINT, 4.5),
    (TEXT, OK_TINT, 4.5),
    ("#000000", MARKER, 4.5),
    (CONTROL_STROKE, SURFACE, 3.0),
    (CONTROL_STROKE, WINDOW, 3.0),
    (ACCENT, SURFACE, 3.0),  # the focus ring
    (ACCENT, WINDOW, 3.0),
    (TEXT, WINDOW, 3.0),  # icons are drawn in the text colour
]


def severity_colour(severity: str) -> str:
    return ERROR if severity == "error" else WARNING


def severity_tint(severity: str) -> str:
    return ERROR_TINT if severity == "error" else WARNING_TINT


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb" (WCAG 2)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
