"""The format-neutral report: what every export shows, built once, rendered per format.

Cells are typed and carry their text already formatted for the report's language, so the
Excel and the PDF renderers cannot disagree on a date, a yes/no or a vocabulary label. Nothing
here knows about the database, openpyxl or reportlab.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableSequence, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from kgs_ropa.model.texts import ORIGINAL
from kgs_ropa.reports.labels import Lang, format_bool, format_date, label

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
    values = tuple(filter(None, items))
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
    # What the table says when it has no rows ("none (assessed)", "to be confirmed"); a
    # renderer's own "none" where this is empty.
    empty: str = ""
    # Where the rows are made from the activities: the rows of one activity, so that a renderer
    # can fill several such tables in one walk (each walk reads every activity again).
    of_activity: Callable[[dict[str, Any]], Iterable[list[Cell]]] | None = None


@dataclass(frozen=True)
class Party:
    """The controller, DPO, representative or privacy officer, as lines of text."""

    role: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Audience:
    """Who an export is for. The authority's form (the default) holds only what the register
    asserts: no check findings, no internal notes, no catalogue entries that no exported
    activity uses, no machine-readable sheets."""

    findings: bool = False  # the open check findings, as an annex
    notes: bool = False  # the internal notes of activities and processors
    whole_catalogues: bool = False  # every catalogue entry, used or not
    editable: bool = False  # the register document as tables, for `import xlsx`

    @property
    def internal(self) -> bool:
        """The file holds what only the organisation should read: it says so on its cover."""
        return self.findings or self.notes or self.editable


AUTHORITY = Audience()
EDITABLE = Audience(notes=True, whole_catalogues=True, editable=True)


def internal_notice(audience: Audience, lang: Lang) -> str:
    """The cover's warning that a file is for internal use, naming what makes it so ("" for
    the authority's form)."""
    parts = [
        label(key, lang)
        for key, wanted in (
            ("internal_findings", audience.findings),
            ("internal_notes", audience.notes),
            ("internal_catalogue", audience.whole_catalogues),
        )
        if wanted
    ]
    if not audience.internal:
        return ""
    return label("internal_use", lang).format(what=", ".join(parts) or label("title", lang))


COVER_CODES = 20  # activity codes named on the cover per line; the rest are counted


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
    audience: Audience = AUTHORITY
    drafts: tuple[str, ...] = ()  # codes of the draft activities shown
    open_points: tuple[str, ...] = ()  # codes of the activities with points to be confirmed
    untranslated: int = 0  # texts printed in another language than the report's

    def cover_facts(self) -> list[tuple[str, str]]:
        """(label key, value) of the facts every cover states about the export."""
        return [
            ("export_date", self.export_date_text),
            ("register_version", self.register_version),
            ("fingerprint", self.fingerprint),
            ("activity_count", str(self.activity_count)),
        ]

    def _codes(self, codes: tuple[str, ...]) -> str:
        """The first codes, and how many more: a large register's cover stays one page."""
        shown = ", ".join(codes[:COVER_CODES])
        rest = len(codes) - COVER_CODES
        more = label("missing_more", self.lang).format(count=rest)
        return f"{shown} {more}" if rest > 0 else shown

    def status_lines(self) -> list[str]:
        """What the cover says about the register's state: drafts, open points, translations."""
        lang = self.lang
        lines = [
            label("draft_count", lang).format(
                count=len(self.drafts), codes=self._codes(self.drafts)
            )
            if self.drafts
            else label("no_drafts", lang)
        ]
        if self.open_points:
            codes = self._codes(self.open_points)
            lines.append(label("open_count", lang).format(count=len(self.open_points), codes=codes))
        if lang != ORIGINAL:
            lines.append(label("translated_note", lang))
        if self.untranslated:
            lines.append(label("untranslated_count", lang).format(count=self.untranslated))
        return lines

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
    findings: Table | None  # only when the audience asks for them
    reference: list[Table]
    # The register document the report was built from (only the selected activities), for
    # renderers that also carry the machine-readable register.
    document: dict[str, Any]

    def annexes_to_show(self) -> list[Table]:
        """The annexes, and the findings where the audience asked for them."""
        return [*self.annexes, *([self.findings] if self.findings else [])]
