"""The register table's rows: one small immutable ActivityRow per activity, and its filter.

Built for 10,000 activities in a fraction of a second with a fixed number of queries: four
slim lists the table shows and filters on (purposes, data categories, processors, transfer
countries), and one query per child table that lets the database join the searchable text of
each activity (group_concat / string_agg), so Python handles one string per activity instead
of a hundred thousand child rows. No ORM objects: the table needs a few columns of everything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date
from functools import reduce
from operator import attrgetter
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, literal_column, select

from kgs_ropa.model import (
    Activity,
    ActivityDataCategory,
    DataCategory,
    DataSource,
    DataSubjectCategory,
    Processor,
    Purpose,
    Recipient,
    Retention,
    SecurityMeasure,
    System,
    Transfer,
    countries,
)
from kgs_ropa.model import register as reg
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import collector, country_links
from kgs_ropa.storage.database import Database


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """What the register table shows, filters and searches on; findings are filled in later."""

    id: int
    code: str
    name: str
    name_en: str
    business_function: str
    status: str
    purposes: tuple[str, ...]
    lawful_bases: tuple[str, ...]
    data_categories: tuple[str, ...]
    special: bool
    processors: tuple[str, ...]
    countries: tuple[str, ...]
    next_review_due: date | None
    search_text: str
    errors: int | None = None
    warnings: int | None = None
    # The purposes' English texts, "" where there is none (shown in Dutch then).
    purposes_en: tuple[str, ...] = ()
    business_function_en: str = ""
    # Whether search_text holds its child rows' and linked entries' text (search_texts()).
    texts_complete: bool = True

    def function(self, lang: str) -> str:
        """The business function in `lang` where it has one (English), else as recorded."""
        if lang == "en" and self.business_function_en:
            return self.business_function_en
        return self.business_function

    def purpose_texts(self, lang: str) -> tuple[str, ...]:
        """The purposes in `lang`: English where given, else the Dutch text."""
        if lang != "en":
            return self.purposes
        english = self.purposes_en + ("",) * (len(self.purposes) - len(self.purposes_en))
        return tuple(en or nl for nl, en in zip(self.purposes, english, strict=False))

    def review_due(self, today: date) -> bool:
        return self.status != "retired" and (
            self.next_review_due is None or self.next_review_due <= today
        )

    def with_findings(self, errors: int, warnings: int) -> ActivityRow:
        values = _values(self)
        return _positional(*values[:_ERRORS], errors, warnings, *values[_ERRORS + 2 :])

    def with_search_text(self, text: str) -> ActivityRow:
        values = _values(self)
        return _positional(*values[:_SEARCH], text, *values[_SEARCH + 1 : -1], True)

    def with_more_text(self, more: str) -> ActivityRow:
        """The row read without its child rows' text, completed with it (search_texts());
        a row read complete since stays as it is."""
        if self.texts_complete:
            return self
        return self.with_search_text(f"{self.search_text}\n{more}" if more else self.search_text)


# A changed copy from the values in field order, positionally: dataclasses.replace looks every
# field up by name and was half the time of setting 10,000 rows' findings (docs/performance.md).
_NAMES = [f.name for f in fields(ActivityRow)]
_values = attrgetter(*_NAMES)
_ERRORS, _SEARCH = _NAMES.index("errors"), _NAMES.index("search_text")  # warnings follows
_positional: Callable[..., ActivityRow] = ActivityRow


_ACTIVITY_COLUMNS = (
    Activity.id,
    Activity.code,
    Activity.name,
    Activity.name_en,
    Activity.business_function,
    Activity.status,
    Activity.next_review_due,
    Activity.description,
    Activity.owner,
    Activity.rights_note,
    Activity.security_note,
    Activity.dpia_reference,
    Activity.to_be_confirmed,
    Activity.note,
    Activity.translations,  # last: its English texts are searched, not the JSON itself
)


# SQL string literals, the same in SQLite and PostgreSQL; fixed text, never user input.
_NEWLINE: ColumnElement[str] = literal_column("'\n'")
_EMPTY: ColumnElement[str] = literal_column("''")


def _lines(*columns: Any) -> ColumnElement[Any]:
    """col1 || newline || col2 ..., with NULL as empty (NULL would blank the whole line)."""
    parts: list[ColumnElement[Any]] = [func.coalesce(c, _EMPTY) for c in columns]
    return reduce(lambda a, b: a.op("||")(_NEWLINE).op("||")(b), parts)


def _joined(activity_id: Any, *columns: Any) -> Select[Any]:
    text = func.aggregate_strings(_lines(*columns), "\n")
    return select(activity_id, text).group_by(activity_id)


def _linked_text(link: Any, model: Any, *columns: Any) -> Select[Any]:
    target = link.c[f"{model.__tablename__}_id"]
    return _joined(link.c.activity_id, model.code, *columns).join(model, model.id == target)


def _text_queries() -> list[Select[Any]]:
    """Per child table: (activity id, all its searchable text)."""
    return [
        _joined(
            Purpose.activity_id,
            Purpose.description,
            Purpose.description_en,
            Purpose.legitimate_interest,
            Purpose.balancing_note,
            Purpose.consent_record,
            Purpose.legal_obligation_reference,
        ),
        _joined(
            ActivityDataCategory.activity_id,
            DataCategory.code,
            DataCategory.label_nl,
            DataCategory.label_en,
            ActivityDataCategory.note,
        ).join(DataCategory, DataCategory.id == ActivityDataCategory.data_category_id),
        _linked_text(
            reg.activity_data_subject,
            DataSubjectCategory,
            DataSubjectCategory.label_nl,
            DataSubjectCategory.label_en,
        ),
        _linked_text(reg.activity_system, System, System.name, System.location),
        _linked_text(reg.activity_recipient, Recipient, Recipient.name, Recipient.name_en),
        _linked_text(reg.activity_processor, Processor, Processor.name, Processor.service),
        _linked_text(
            reg.activity_measure,
            SecurityMeasure,
            SecurityMeasure.label_nl,
            SecurityMeasure.label_en,
        ),
        _joined(
            Transfer.activity_id,
            Transfer.recipient,
            Transfer.documentation_reference,
            Transfer.note,
        ),
        _joined(
            Retention.activity_id,
            Retention.period,
            Retention.start_event,
            Retention.legal_ground,
            Retention.criterion,
        ),
        _joined(DataSource.activity_id, DataSource.description, DataSource.description_en),
    ]


def _list_queries() -> dict[str, Select[Any]]:
    """The lists the table shows and filters on, in their document order."""
    link = reg.activity_processor
    every = country_links.links().subquery()
    return {
        "purposes": select(
            Purpose.activity_id, Purpose.description, Purpose.lawful_basis, Purpose.description_en
        ).order_by(Purpose.activity_id, Purpose.position),
        "categories": select(
            ActivityDataCategory.activity_id,
            DataCategory.code,
            DataCategory.special | DataCategory.criminal,
        )
        .join(DataCategory, DataCategory.id == ActivityDataCategory.data_category_id)
        .order_by(ActivityDataCategory.activity_id, ActivityDataCategory.position),
        "processors": select(link.c.activity_id, Processor.code)
        .join(Processor, Processor.id == link.c.processor_id)
        .order_by(link.c.activity_id, Processor.code),
        # The countries an activity involves: one rule with the dashboard and the Transfers page.
        "countries": select(every.c.activity_id, every.c.country)
        .where(every.c.country != "")
        .order_by(every.c.activity_id, every.c.kind.desc(), every.c.position, every.c.country),
    }


def _fetch(connection: Connection, query: Select[Any], wanted: list[int] | None) -> list[Any]:
    """All rows of a query on the driver's cursor.

    These queries select ids and text only, which need no type conversion; SQLAlchemy's Row
    objects would cost more than the query. Literal binds are ids (ints) and the separator,
    never user text.
    """
    if wanted is not None:
        query = query.where(query.selected_columns[0].in_([int(i) for i in wanted]))
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    # A separator the dialect keeps as a parameter: pass it in the driver's own style.
    params: Any = compiled.params
    if compiled.positiontup is not None:
        params = tuple(compiled.params[name] for name in compiled.positiontup)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _vocabulary_text(vocabulary: voc.Vocabulary) -> dict[str, str]:
    return {t.code: f"{t.nl}\n{t.en}" for t in vocabulary}


_BASIS_TEXT = _vocabulary_text(voc.LAWFUL_BASES)
_STATUS_TEXT = _vocabulary_text(voc.ACTIVITY_STATUSES)
_COUNTRY_TEXT = {c.code: f"{c.code}\n{c.nl}\n{c.en}" for c in countries.COUNTRIES.values()}


class _RowBuilder:
    def __init__(
        self, connection: Connection, wanted: list[int] | None, with_text: bool = True
    ) -> None:
        self.lists: dict[str, dict[int, list[Any]]] = {}
        for key, query in _list_queries().items():
            grouped: dict[int, list[Any]] = defaultdict(list)
            for row in _fetch(connection, query, wanted):
                grouped[row[0]].append(row)
            self.lists[key] = grouped
        self.with_text = with_text
        self.texts = _child_texts(connection, wanted) if with_text else {}

    def row(self, base: tuple[Any, ...]) -> ActivityRow:
        # base follows _ACTIVITY_COLUMNS: id, code, name, name_en, function, status, due, ...
        aid, code, name, name_en, function, status, due = base[:7]
        purposes = self.lists["purposes"].get(aid, ())
        categories = self.lists["categories"].get(aid, ())
        countries = tuple(dict.fromkeys(t[1] for t in self.lists["countries"].get(aid, ())))
        english = (base[-1] or {}).get("en") or {}
        words = [str(v) for v in base[1:-1] if v]
        words.extend(str(text) for text in english.values() if text)
        words.append(_STATUS_TEXT.get(status, ""))
        words.extend(_BASIS_TEXT.get(p[2] or "", "") for p in purposes)
        words.extend(_COUNTRY_TEXT.get(c, c) for c in countries)
        words.extend(self.texts.get(aid, ()))
        return ActivityRow(
            aid,
            code,
            name,
            name_en,
            function,
            status,
            tuple(p[1] for p in purposes),
            tuple(dict.fromkeys(p[2] for p in purposes if p[2])),
            tuple(c[1] for c in categories),
            any(c[2] for c in categories),
            tuple(p[1] for p in self.lists["processors"].get(aid, ())),
            countries,
            due,
            "\n".join(words).casefold(),
            purposes_en=tuple(p[3] or "" for p in purposes),
            business_function_en=str(english.get("business_function") or ""),
            texts_complete=self.with_text,
        )


def _child_texts(connection: Connection, wanted: list[int] | None) -> dict[int, list[str]]:
    texts: dict[int, list[str]] = defaultdict(list)
    for query in _text_queries():
        for activity_id, text in _fetch(connection, query, wanted):
            texts[activity_id].append(text or "")
    return texts


def list_rows(
    db: Database, ids: Iterable[int] | None = None, with_text: bool = True
) -> list[ActivityRow]:
    """The register table's rows, ordered by code; `ids` limits it to some activities.

    Without `with_text` the rows search only their own columns (code, name, description, ...);
    search_texts() adds the rest (ActivityRow.with_more_text), so a big register shows at once
    and is searchable moments later.
    """
    wanted = None if ids is None else list(ids)
    with collector.paused(), db.engine.connect() as connection:
        query = select(*_ACTIVITY_COLUMNS).order_by(Activity.code)
        if wanted is not None:
            query = query.where(Activity.id.in_(wanted))
        bases = [tuple(base) for base in connection.execute(query)]
        builder = _RowBuilder(connection, wanted, with_text)
        return [builder.row(base) for base in bases]


def search_texts(db: Database) -> dict[int, str]:
    """The searchable text of each activity's child rows and linked catalogue entries by id,
    what a row read without `with_text` lacks (ActivityRow.with_more_text): the slow part of
    list_rows, for a thread. Only these queries: the rows' own part is not read twice."""
    with collector.paused(), db.engine.connect() as connection:
        texts = _child_texts(connection, None)
    return {aid: "\n".join(parts).casefold() for aid, parts in texts.items()}


@dataclass(frozen=True)
class RowFilter:
    """The register view's search text and filters; empty values filter nothing."""

    text: str = ""
    lawful_basis: str = ""
    data_category: str = ""
    special_only: bool = False
    processor: str = ""
    country: str = ""
    status: str = ""
    review_due: bool = False
    has_findings: bool = False

    def matches(self, row: ActivityRow, today: date) -> bool:
        needle = self.text.strip().casefold()
        return (
            (not needle or all(word in row.search_text for word in needle.split()))
            and (not self.lawful_basis or self.lawful_basis in row.lawful_bases)
            and (not self.data_category or self.data_category in row.data_categories)
            and (not self.special_only or row.special)
            and (not self.processor or self.processor in row.processors)
            and (not self.country or self.country in row.countries)
            and (not self.status or row.status == self.status)
            and (not self.review_due or row.review_due(today))
            and (not self.has_findings or bool(row.errors or row.warnings))
        )


def filter_rows(
    rows: Iterable[ActivityRow], row_filter: RowFilter, today: date
) -> list[ActivityRow]:
    return [row for row in rows if row_filter.matches(row, today)]
