"""Where a register sheet's headings are and which field each column feeds.

Only a template's own headings are applied; a loose match is kept as a suggestion and the
column goes to the note until the user confirms it. A single-value field takes one column: a
second one goes to the note, and the mapping says why."""

from __future__ import annotations

from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field, replace
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from kgs_ropa.importers.heading_sets import SINGLE_VALUE, TEMPLATES
from kgs_ropa.importers.headings import detect_template, recognise
from kgs_ropa.message import QT_TRANSLATE_NOOP, message, quoted

HEADER_SEARCH_ROWS = 30
MIN_HEADINGS = 3
# A row of headings names at least one of these.
_ANCHORS = {"activity", "purposes", "client_controller"}


@dataclass(frozen=True)
class Column:
    index: int  # 0-based
    heading: str
    field: str | None  # None: kept in the note as "heading: value"
    exact: bool = False  # the heading is one of a template's own
    suggestion: str | None = None  # a field offered for the user to confirm
    reason: str = ""  # why a recognised column still goes to the note

    @property
    def letter(self) -> str:
        return str(get_column_letter(self.index + 1))


@dataclass
class Mapping:
    sheet: str
    header_row: int  # as Excel numbers it
    template: str | None
    columns: list[Column] = field(default_factory=list)

    @property
    def template_name(self) -> str:
        return str(TEMPLATES[self.template][0]) if self.template else ""

    def fields(self) -> dict[int, str]:
        return {c.index: c.field for c in self.columns if c.field is not None}

    def heading_of(self, name: str) -> str:
        """The heading of the (first) column feeding `name`, for problem locations."""
        return next((c.heading for c in self.columns if c.field == name), name)

    def shared_lists(self) -> dict[str, list[str]]:
        """List fields that several columns fill together, with their headings."""
        fed: dict[str, list[str]] = {}
        for c in self.columns:
            if c.field is not None and c.field != "note":
                fed.setdefault(c.field, []).append(c.heading)
        return {f: hs for f, hs in fed.items() if len(hs) > 1}

    def describe(self) -> list[str]:
        lines = []
        for c in self.columns:
            target = c.field or "note (as '" + c.heading + ": ...')"
            if c.field == "note":
                target = f"note (as '{c.heading}: ...')"
            extra = f" [{c.reason}]" if c.reason else ""
            if c.field is None and c.suggestion:
                extra += f" [suggested: {c.suggestion}]"
            lines.append(f"{c.letter} {c.heading} -> {target}{extra}")
        for name, headings in self.shared_lists().items():
            lines.append(f"{name} is filled from {len(headings)} columns: {', '.join(headings)}")
        return lines


def _columns(row: tuple[Any, ...], template: str | None) -> list[Column]:
    columns = []
    for index, heading in enumerate(row):
        if heading is None or not str(heading).strip():
            continue
        found = recognise(heading, template)
        text = " ".join(str(heading).split())
        columns.append(Column(index, text, found.field, found.exact, found.suggestion))
    return one_column_per_field(columns)


def one_column_per_field(columns: list[Column]) -> list[Column]:
    """A single-value field keeps its first column; later ones go to the note."""
    taken: dict[str, str] = {}
    result = []
    for c in columns:
        name = c.field
        if name is not None and name in SINGLE_VALUE:
            if name in taken:
                reason = f"{name} already comes from '{taken[name]}'"
                c = replace(c, field="note", reason=reason)
            else:
                taken[name] = c.heading
        result.append(c)
    return result


def find_mapping(wb: Workbook) -> Mapping | None:
    """The first sheet and row whose cells are a template's headings."""
    for ws in wb.worksheets:
        if ws.title.startswith("_"):
            continue
        for number, row in enumerate(ws.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True), 1):
            template, hits = detect_template(list(row))
            if hits < MIN_HEADINGS:
                continue
            columns = _columns(row, template)
            if _ANCHORS & {c.field for c in columns}:
                return Mapping(ws.title, number, template, columns)
    return None


def with_choices(mapping: Mapping, choices: MappingType[str, str | None]) -> Mapping:
    """The mapping after the user's choices (heading or column letter -> field, None: note).

    Raises ValueError for a field that does not exist.
    """
    known = {f for _, table in TEMPLATES.values() for f in table.values()}
    columns = []
    for c in mapping.columns:
        key = c.heading if c.heading in choices else c.letter
        if key in choices:
            chosen = choices[key]
            if chosen is not None and chosen not in known:
                raise UnknownFieldError(c.heading, chosen)
            c = replace(c, field=chosen, reason="chosen in the preview")
        columns.append(c)
    return replace(mapping, columns=one_column_per_field(columns))


class UnknownFieldError(ValueError):
    """A column was mapped to a field that does not exist."""

    def __init__(self, heading: str, chosen: str) -> None:
        self.message = message(
            QT_TRANSLATE_NOOP("ServiceMessages", "column {heading}: unknown field {field}"),
            heading=quoted(heading),
            field=quoted(chosen),
        )
        super().__init__(str(self.message))


def target_fields() -> list[str]:
    """Every field a column can be mapped to, for the preview's choices."""
    return sorted({f for _, table in TEMPLATES.values() for f in table.values()})
