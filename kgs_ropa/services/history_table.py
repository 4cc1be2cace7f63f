"""The change history as rows of text: for the CLI, the CSV in the inquiry pack and the app."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from kgs_ropa.model import HistoryEntry
from kgs_ropa.model.dates import format_date
from kgs_ropa.services.history import display

HEADERS = (
    "id",
    "recorded_at_utc",
    "actor",
    "action",
    "entity_type",
    "entity_key",
    "field",
    "before",
    "after",
    "comment",
    "hash",
)
HEADERS_NL = (
    "id",
    "tijdstip_utc",
    "gebruiker",
    "actie",
    "soort",
    "sleutel",
    "veld",
    "voor",
    "na",
    "toelichting",
    "hash",
)
# A spreadsheet would run these as a formula; user text must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def utc_text(value: datetime, lang: str = "en") -> str:
    """The recorded moment in UTC (the column says so), its date as the language writes dates."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return f"{format_date(value.date(), lang)} {value:%H:%M:%S}"


def history_rows(entries: Iterable[HistoryEntry], lang: str = "en") -> list[tuple[str, ...]]:
    return [
        (
            str(e.id),
            utc_text(e.recorded_at, lang),
            e.actor,
            e.action,
            e.entity_type,
            e.entity_key,
            e.field or "",
            display(e.before),
            display(e.after),
            e.comment,
            e.hash,
        )
        for e in entries
    ]


def safe_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(rows: Sequence[Sequence[str]], out: Path, lang: str = "en") -> None:
    """UTF-8 with a byte-order mark, so Excel opens the accents right."""
    with out.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADERS_NL if lang == "nl" else HEADERS)
        writer.writerows([safe_cell(c) for c in row] for row in rows)
