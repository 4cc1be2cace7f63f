"""One date format per language, the same in the app, the CSV and every export."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kgs_ropa.model.dates import XLSX_DATE_FORMAT, format_date, format_moment, local_moment
from kgs_ropa.services.history_table import utc_text


def test_dutch_dates_have_two_digit_day_and_month() -> None:
    assert format_date(date(2024, 5, 1), "nl") == "01-05-2024"
    assert format_date(date(2026, 12, 25), "nl") == "25-12-2026"


def test_english_dates_are_iso() -> None:
    assert format_date(date(2024, 5, 1), "en") == "2024-05-01"


def test_excel_format_shows_what_format_date_writes() -> None:
    assert XLSX_DATE_FORMAT == {"nl": "dd-mm-yyyy", "en": "yyyy-mm-dd"}


def test_moments_read_in_local_time() -> None:
    moment = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)
    local = local_moment(moment)
    assert format_moment(moment, "nl") == f"{local:%d-%m-%Y %H:%M}"
    assert format_moment(moment.replace(tzinfo=None), "en") == f"{local:%Y-%m-%d %H:%M}"


def test_history_csv_keeps_utc_and_writes_the_language_date() -> None:
    moment = datetime(2026, 3, 5, 23, 30, 7, tzinfo=UTC)
    assert utc_text(moment, "nl") == "05-03-2026 23:30:07"
    assert utc_text(moment) == "2026-03-05 23:30:07"
