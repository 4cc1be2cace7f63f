"""Impact questions: which activities involve this processor, data category, country or system?

The question a breach or a vendor change raises. Each answer is one query; the answer can be
written to CSV or xlsx with user text kept as text (never a spreadsheet formula). Each function
reads from a register (in a reading session of its own) or from the connection of a reading
session the caller holds: an answer, what it cannot rule out and the fingerprint written with
it are then one state of the register.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select, exists, func, select

from kgs_ropa.model import (
    Activity,
    ActivityDataCategory,
)
from kgs_ropa.model import register as reg
from kgs_ropa.model.adequacy import ADEQUACY
from kgs_ropa.model.countries import is_third_country
from kgs_ropa.model.dates import format_date
from kgs_ropa.services import country_links
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.files import drop_failed_writer, replace_file
from kgs_ropa.storage.partials import tracked


@dataclass(frozen=True, slots=True)
class ImpactRow:
    id: int
    code: str
    name: str
    name_en: str
    status: str
    business_function: str
    translations: dict[str, dict[str, str]] | None = None

    def function(self, lang: str) -> str:
        """The business function in `lang` where it has one (English), else as recorded."""
        english = ((self.translations or {}).get(lang) or {}).get("business_function")
        return str(english) if english else self.business_function


_COLUMNS = (
    Activity.id,
    Activity.code,
    Activity.name,
    Activity.name_en,
    Activity.status,
    Activity.business_function,
    Activity.translations,
)


# Where an answer is read: a register, or a reading session's connection.
Source = Database | Connection


@contextmanager
def reading(source: Source) -> Iterator[Connection]:
    if isinstance(source, Connection):
        yield source
        return
    with source.reading() as session:
        yield session.connection()


def _answer(db: Source, query: Select[Any]) -> list[ImpactRow]:
    with reading(db) as connection:
        return [ImpactRow(*row) for row in connection.execute(query.order_by(Activity.code))]


def _linked(link: Any, column: str, row_id: int) -> Select[Any]:
    involved = exists().where(link.c.activity_id == Activity.id, link.c[column] == row_id)
    return select(*_COLUMNS).where(involved)


def for_processor(db: Source, processor_id: int) -> list[ImpactRow]:
    return _answer(db, _linked(reg.activity_processor, "processor_id", processor_id))


def for_system(db: Source, system_id: int) -> list[ImpactRow]:
    return _answer(db, _linked(reg.activity_system, "system_id", system_id))


def for_data_category(db: Source, category_id: int) -> list[ImpactRow]:
    uses = exists().where(
        ActivityDataCategory.activity_id == Activity.id,
        ActivityDataCategory.data_category_id == category_id,
    )
    return _answer(db, select(*_COLUMNS).where(uses))


def for_country(db: Source, country: str) -> list[ImpactRow]:
    """Activities transferring to `country`, or using a processor or system located there."""
    return _answer(
        db, select(*_COLUMNS).where(Activity.id.in_(country_links.activities_in(country)))
    )


def country_unknown(db: Source, country: str) -> list[ImpactRow]:
    """Activities not involving `country` by the register, but with a transfer, processor or
    system whose country is not recorded: they may involve it. The country answer names them,
    so that it never says "none" where the register does not know."""
    query = select(*_COLUMNS).where(
        Activity.id.in_(country_links.activities_without_country()),
        Activity.id.not_in(country_links.activities_in(country)),
    )
    return _answer(db, query)


# ---------------------------------------------------------------------------- transfers


@dataclass(frozen=True, slots=True)
class TransferRow:
    """A transfer of one activity, with the adequacy decision for its country, if any."""

    activity_id: int
    activity_code: str
    activity_name: str
    country: str
    recipient: str  # the transfer's recipient, or the processor's or system's name
    mechanism: str | None
    documentation_reference: str
    kind: str = country_links.TRANSFER  # how the activity reaches the country
    activity_name_en: str = ""
    mechanism_assumed: bool = False  # the safeguard or derogation is still to be confirmed
    recipient_en: str = ""

    def name(self, lang: str) -> str:
        """The activity's name in `lang` where it has one (English), else its Dutch name."""
        return (
            self.activity_name_en if lang == "en" and self.activity_name_en else self.activity_name
        )

    def party(self, lang: str) -> str:
        """The recipient (or processor or system) in `lang` where it has one, else as recorded."""
        return self.recipient_en if lang == "en" and self.recipient_en else self.recipient

    def adequacy(self, lang: str) -> str:
        decision = ADEQUACY.get(self.country)
        if decision is None:
            return ""
        return f"{decision.scope(lang)} {format_date(decision.decided, lang)}"


def _link_rows(db: Source, country: str | None = None) -> list[TransferRow]:
    every = country_links.links().subquery()
    order = [every.c.country, Activity.code, every.c.kind.desc(), every.c.position, every.c.party]
    query = (
        select(
            Activity.id,
            Activity.code,
            Activity.name,
            every.c.country,
            every.c.party,
            every.c.mechanism,
            every.c.documentation,
            every.c.kind,
            Activity.name_en,
            every.c.assumed,
            every.c.translations,
        )
        .join(Activity, Activity.id == every.c.activity_id)
        .order_by(*order)
    )
    if country is not None:
        query = query.where(every.c.country == country)
    with reading(db) as connection:
        return [_transfer_row(*row) for row in connection.execute(query)]


def _transfer_row(
    aid: int, code: str, name: str, country: str, party: str, mechanism: str | None, *rest: Any
) -> TransferRow:
    documentation, kind, name_en, assumed, translations = rest
    # A transfer's recipient is its "recipient" text, a processor's or system's its "name".
    key = "recipient" if kind == country_links.TRANSFER else "name"
    party_en = ((translations or {}).get("en") or {}).get(key) or ""
    return TransferRow(
        aid,
        code,
        name,
        country,
        party,
        mechanism,
        documentation or "",
        kind,
        name_en or "",
        bool(assumed),
        str(party_en),
    )


def transfers(db: Database) -> list[TransferRow]:
    """Every recorded transfer, and every processor or system of an activity outside the EEA.

    One rule with the country filter (services.country_links): a processor in the US puts its
    activities on this page under the US, with or without a transfer recorded.
    """
    rows = _link_rows(db)
    return [r for r in rows if r.kind == country_links.TRANSFER or is_third_country(r.country)]


def transfer_count(db: Database) -> int:
    """How many rows transfers() lists, counted per kind and country in the database."""
    every = country_links.links().subquery()
    query = (
        select(every.c.kind, every.c.country, func.count())
        .join(Activity, Activity.id == every.c.activity_id)
        .group_by(every.c.kind, every.c.country)
    )
    with db.engine.connect() as connection:
        return sum(
            int(n)
            for kind, country, n in connection.execute(query)
            if kind == country_links.TRANSFER or is_third_country(country)
        )


def links_to(db: Source, country: str) -> list[TransferRow]:
    """How each activity involves `country`: its transfers, processors and systems there."""
    return _link_rows(db, country) if country else []


# ---------------------------------------------------------------------------- export


def _as_text(value: Any) -> str:
    """User text as plain text in a spreadsheet: a leading = + - @ would start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_table(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], sheet: str = ""
) -> None:
    """Write an answer to .csv or .xlsx (by the file's suffix), atomically; `sheet` names
    the worksheet (Excel allows 31 characters)."""
    partial = path.with_name(path.name + ".partial")
    try:
        with tracked(partial):
            if path.suffix.lower() == ".xlsx":
                _write_xlsx(partial, headers, rows, sheet)
            else:
                with partial.open("w", encoding="utf-8-sig", newline="") as stream:
                    writer = csv.writer(stream, delimiter=";")
                    writer.writerow([_as_text(h) for h in headers])
                    writer.writerows([_as_text(v) for v in row] for row in rows)
            replace_file(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], title: str
) -> None:
    from openpyxl import Workbook  # lazily: off the start-up path
    from openpyxl.cell.cell import TYPE_STRING

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.title = re.sub(r"[\[\]:*?/\\]", " ", title)[:31]
    for r, values in enumerate([headers, *rows], start=1):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c)
            # Set the value and type directly: openpyxl would read "=..." as a formula.
            cell._value = "" if value is None else str(value)
            cell.data_type = TYPE_STRING
    try:
        book.save(path)
    except OSError as exc:
        del book, sheet  # with the traceback's frames: nothing left to write once more
        drop_failed_writer(exc)
        raise
