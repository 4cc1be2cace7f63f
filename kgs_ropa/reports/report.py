"""The format-neutral report: what every export shows, built once, rendered per format.

Cells are typed and carry their text already formatted for the report's language, so the
Excel and the PDF renderers cannot disagree on a date, a yes/no or a vocabulary label. Nothing
here knows about the database, openpyxl or reportlab.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableSequence, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from kgs_ropa.reports.labels import Lang, format_bool, format_date

CellKind = Literal["text", "date", "bool", "list", "number"]


@dataclass(frozen=True, slots=True)
class Cell:
    kind: CellKind
    text: str  # the value as shown, in the report's language
    value: Any  # str, date | None, bool, tuple[str, ...] or int | None


EMPTY = Cell("text", "", "")


def text_cell(value: str | None) -> Cell:
    return Cell("text", value or "", value or "")


def date_cell(value: date | None, lang: Lang) -> Cell:
    return Cell("date", format_date(value, lang) if value else "", value)


def bool_cell(value: bool, lang: Lang) -> Cell:
    return Cell("bool", format_bool(value, lang), value)


def list_cell(items: Iterable[str]) -> Cell:
    values = tuple(i for i in items if i)
    return Cell("list", "\n".join(values), values)


def number_cell(value: int | None) -> Cell:
    return Cell("number", "" if value is None else str(value), value)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    width: int = 20  # a hint in characters; renderers scale it


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    # A list, or rows made afresh each time they are walked (a large register's, which are
    # then never all in memory at once): renderers only iterate, count and test for rows.
    rows: MutableSequence[list[Cell]] = field(default_factory=list)


@dataclass(frozen=True)
class Party:
    """The controller, DPO, representative or privacy officer, as lines of text."""

    role: str
    lines: tuple[str, ...]


@dataclass
class Meta:
    lang: Lang
    title: str
    subtitle: str
    export_date: date
    export_date_text: str
    parties: list[Party]
    fingerprint: str  # SHA-256 of the canonical register document
    history_hash: str | None
    register_version: str
    activity_count: int
    total_activity_count: int

    @property
    def is_subset(self) -> bool:
        return self.activity_count != self.total_activity_count


@dataclass
class SectionPart:
    """One element of Art. 30(1) in an activity section: fields, then tables."""

    key: str
    title: str  # "" for the opening fields, which have no heading
    fields: list[tuple[str, Cell]]
    tables: list[Table]


@dataclass
class ActivitySection:
    code: str
    title: str
    parts: list[SectionPart]

    @property
    def fields(self) -> list[tuple[str, Cell]]:
        return [field for part in self.parts for field in part.fields]

    @property
    def tables(self) -> list[Table]:
        return [table for part in self.parts for table in part.tables]


@dataclass
class Report:
    meta: Meta
    register: Table  # one row per activity, every element
    overview: Table  # the few columns that fit a page
    activities: Sequence[ActivitySection]  # walked once per renderer; made as it goes
    annexes: list[Table]  # processors, transfers, retention, measures, cookies, ...
    findings: Table
    reference: list[Table]
    # The register document the report was built from (only the selected activities), for
    # renderers that also carry the machine-readable register.
    document: dict[str, Any]
