"""How a date and a moment read, per language: one format for the app and every export.

Dutch readers get day-month-year with two-digit day and month (05-03-2026), English readers ISO
(2026-03-05). Both are numeric on purpose: an Excel cell shows month names in the language of the
reader's Windows, not of the file, so only a numeric format looks the same in Excel as in the PDF.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Literal

DateLang = Literal["nl", "en"]

_PATTERN: dict[str, str] = {"nl": "%d-%m-%Y", "en": "%Y-%m-%d"}
# The Excel number format that shows a date cell as format_date writes it.
XLSX_DATE_FORMAT: dict[str, str] = {"nl": "dd-mm-yyyy", "en": "yyyy-mm-dd"}


def format_date(value: date, lang: str) -> str:
    """05-03-2026 in Dutch, 2026-03-05 in English (any other language reads as English)."""
    return value.strftime(_PATTERN.get(lang, _PATTERN["en"]))


def local_moment(value: datetime) -> datetime:
    """A stored moment on the reader's own clock; a moment without a zone is taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def format_moment(value: datetime, lang: str) -> str:
    """A moment in local time, to the minute: 05-03-2026 14:07 / 2026-03-05 14:07."""
    moment = local_moment(value)
    return f"{format_date(moment.date(), lang)} {moment:%H:%M}"
