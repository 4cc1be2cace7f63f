"""The app's colours in one place: errors red, warnings amber, wherever a finding shows.

Text colours keep a contrast of at least 4.5:1 on white (WCAG AA); the tints behind chips
and rows are light enough for black text.
"""

from __future__ import annotations

ERROR = "#b00020"
WARNING = "#8a5a00"  # amber, dark enough to read as text
OK = "#1e6b34"
ACCENT = "#2f6f9f"
ERROR_TINT = "#fbe3e1"
WARNING_TINT = "#fdf0d5"
OK_TINT = "#e3f4e1"
ACCENT_TINT = "#e4eef7"
MUTED = "#5f6368"


def severity_colour(severity: str) -> str:
    return ERROR if severity == "error" else WARNING
