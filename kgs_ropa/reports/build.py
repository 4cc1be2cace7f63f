"""Register document -> report model, and the one place that reads the database for a report."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kgs_ropa.model import Activity, countries
from kgs_ropa.reports.activity import (
    OVERVIEW_COLUMNS,
    activity_cells,
    activity_section,
    overview_table,
    register_columns,
    register_table,
    row_of,
)
from kgs_ropa.reports.annexes import annex_tables, lazy_findings_table, reference_tables
from kgs_ropa.reports.labels import Lang, format_date, label
from kgs_ropa.reports.lookup import Lookup
from kgs_ropa.reports.report import (
    AUTHORITY,
    ActivitySection,
    Audience,
    Cell,
    Meta,
    Party,
    Report,
)
from kgs_ropa.reports.stream import Lazy, each_activity, read_streamed
from kgs_ropa.reports.survey import Survey, survey
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.history import latest_hash
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.errors import KnownError

Doc = dict[str, Any]
Progress = Callable[[int, int], None]
STEPS = 1000  # the units in which an export reports its progress


def progress_part(progress: Progress | None, start: int, share: int) -> Progress | None:
    """A callback for one part of the work that reports `share` of STEPS from `start`."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(start + share * done // max(total, 1), STEPS)

    return report


class ReportError(KnownError, ValueError):
    """A report that cannot be made as asked (an unknown activity, say)."""


def fingerprint(document: Doc) -> str:
    """SHA-256 of the canonical JSON of the register document: same content, same fingerprint."""
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _party_lines(row: Doc, lang: Lang) -> tuple[str, ...]:
    country = countries.country_label(row.get("country"), lang) if row.get("country") else ""
    keys = ("name", "address", "registration_number", "email", "phone")
    lines = [str(row.get(k) or "") for k in keys[:2]] + [country]
    lines += [str(row.get(k) or "") for k in keys[2:]]
    return tuple(line for line in lines if line)


def parties(document: Doc, lang: Lang) -> list[Party]:
    organisation = document.get("organisation", {})
    entities = organisation.get("entities", [])
    controller = next((e for e in entities if e.get("role") == "controller"), None)
    controller = controller or (entities[0] if entities else None)
    result = [Party(label("controller", lang), _party_lines(controller or {}, lang))]
    contacts = organisation.get("contacts", [])
    for role in ("dpo", "representative", "privacy_officer"):
        found = [_party_lines(c, lang) for c in contacts if c.get("role") == role]
        lines = tuple(line for party in found for line in party)
        if lines or role != "privacy_officer":
            result.append(Party(label(role, lang), lines))
    return result


@dataclass(frozen=True)
class Facts:
    """What the report says about the register as a whole, whichever activities it shows."""

    history_hash: str | None
    fingerprint: str
    total: int  # activities in the register


def _meta(
    document: Doc, lang: Lang, today: date, facts: Facts, count: int, audience: Audience
) -> Meta:
    history = facts.history_hash
    return Meta(
        lang=lang,
        title=label("title", lang),
        subtitle=label("subtitle", lang),
        export_date=today,
        export_date_text=format_date(today, lang),
        parties=parties(document, lang),
        fingerprint=facts.fingerprint,
        history_hash=history,
        register_version=history[:16] if history else label("no_history", lang),
        activity_count=count,
        total_activity_count=facts.total,
        audience=audience,
    )


def select_activities(document: Doc, codes: Sequence[str] | None) -> list[Doc]:
    activities: list[Doc] = document.get("activities", [])
    if codes is None:
        return activities
    wanted = set(codes)
    return [a for a in activities if a["code"] in wanted]


def build_report(
    document: Doc,
    lang: Lang,
    *,
    today: date,
    history_hash: str | None = None,
    activity_codes: Sequence[str] | None = None,
    findings: Iterable[Any] = (),
    progress: Progress | None = None,
    sections: bool = True,
    audience: Audience = AUTHORITY,
) -> Report:
    """The report of `document` (or of the activities named in `activity_codes`) for
    `audience` (by default the authority's form).

    `sections=False` leaves out the per-activity sections, for renderers without them."""
    activities = select_activities(document, activity_codes)
    codes = {a["code"] for a in activities}
    relevant = _relevant(findings, codes, whole=activity_codes is None)
    facts = Facts(history_hash, fingerprint(document), len(document.get("activities", [])))
    if progress is not None:
        progress(1, 1)
    parts = Parts(lambda: relevant, sections, audience)
    return assemble(document, activities, lang, today, facts, parts)


@dataclass(frozen=True)
class Parts:
    """What goes into a report besides the activities' rows."""

    findings: Callable[[], Iterable[Any]]  # run only when the audience asks for findings
    sections: bool
    audience: Audience
    survey: Survey | None = None  # of the activities, where reading them made it


def assemble(
    document: Doc,
    activities: Sequence[Doc],
    lang: Lang,
    today: date,
    facts: Facts,
    parts: Parts,
) -> Report:
    """The report of `activities` (of the register `document`). The rows made per activity
    are made each time a renderer walks them, so only the activity in hand is in memory."""
    audience = parts.audience
    look = Lookup(document, lang, audience)
    register, overview = register_table(look), overview_table(lang)
    count = len(activities)
    spec = register_columns(audience)
    register.of_activity = partial(_row, look=look, spec=spec)
    register.rows = each_activity(activities, register.of_activity, count)
    overview.of_activity = partial(_row, look=look, spec=OVERVIEW_COLUMNS)
    overview.rows = each_activity(activities, overview.of_activity, count)
    sections: Sequence[ActivitySection] = []
    if parts.sections:
        sections = Lazy(partial(_sections, activities, look), count)
    findings = lazy_findings_table(parts.findings, lang) if audience.findings else None
    meta = _meta(document, lang, today, facts, count, audience)
    # the one walk before rendering, unless the read made it (the rest walk while rendering)
    used = parts.survey or survey(activities, lang)
    meta.drafts, meta.open_points = tuple(used.drafts), tuple(used.open_points)
    meta.untranslated = used.untranslated
    return Report(
        meta=meta,
        register=register,
        overview=overview,
        activities=sections,
        annexes=annex_tables(document, look, activities, used),
        findings=findings,
        reference=reference_tables(look, used),
        document={**document, "activities": activities},
    )


def _row(activity: Doc, look: Lookup, spec: list[tuple[str, int]]) -> tuple[list[Cell]]:
    return (row_of(activity_cells(activity, look), spec),)


def _sections(activities: Iterable[Doc], look: Lookup) -> Iterator[ActivitySection]:
    return (activity_section(a, activity_cells(a, look), look) for a in activities)


def _relevant(findings: Iterable[Any], codes: set[str], *, whole: bool) -> list[Any]:
    """Findings on the selected activities; register-wide ones only for the whole register."""
    return [f for f in findings if f.activity in codes or (whole and f.activity is None)]


@dataclass(frozen=True)
class Frozen:
    """A register that lives in no database (a snapshot, or the register rebuilt for a past day)
    with the history hash of its moment: reports are made from the document directly."""

    document: Doc
    history_hash: str | None


Target = Database | Session | Frozen


@dataclass(frozen=True)
class Source:
    """What a report is made from, read in one go from the database."""

    document: Doc
    history_hash: str | None
    activity_codes: list[str] | None


def _resolve(session: Session, ids: Sequence[int | str]) -> list[str]:
    """Activity codes for the given codes or numeric ids; an unknown one is an error."""
    numbers = [int(i) for i in ids if isinstance(i, int) or str(i).isdigit()]
    texts = [str(i) for i in ids]
    rows = session.execute(
        select(Activity.id, Activity.code).where(
            or_(Activity.code.in_(texts), Activity.id.in_(numbers))
        )
    ).all()
    known = {str(r.id) for r in rows} | {r.code for r in rows}
    missing = [str(i) for i in ids if str(i) not in known]
    if missing:
        raise ReportError(f"no such activity: {', '.join(missing)}")
    return [r.code for r in rows]


def read_source(session: Session, activity_ids: Sequence[int | str] | None = None) -> Source:
    """The document, the history head and the selected codes: a fixed number of queries."""
    codes = _resolve(session, activity_ids) if activity_ids else None
    return Source(dump_register(session), latest_hash(session) or None, codes)


def read_source_from(target: Target, ids: Sequence[int | str] | None) -> Source:
    if isinstance(target, Frozen):
        codes = _codes_in(target.document, ids) if ids else None
        return Source(target.document, target.history_hash or None, codes)
    if isinstance(target, Session):
        return read_source(target, ids)
    with target.reading() as session:
        return read_source(session, ids)


def _codes_in(document: Doc, ids: Sequence[int | str]) -> list[str]:
    """The given activity codes, all of which `document` must hold (it has no ids)."""
    known = {a["code"] for a in document.get("activities", [])}
    missing = [str(i) for i in ids if str(i) not in known]
    if missing:
        raise ReportError(f"no such activity: {', '.join(missing)}")
    return [str(i) for i in ids]


def report_from_database(
    target: Target,
    lang: Lang,
    activity_ids: Sequence[int | str] | None = None,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    sections: bool = True,
    audience: Audience = AUTHORITY,
) -> Report:
    """The report, reading the register a chunk at a time: the activities wait in a temporary
    file until a renderer walks them, so memory does not grow with the register."""
    today = today or date.today()
    ask = _Ask(lang, activity_ids, today, progress, sections, audience)
    if isinstance(target, Frozen):
        read = _read_frozen(target, ask)
    elif isinstance(target, Session):
        read = _read_streamed(target, ask)
    else:
        with target.reading() as session:
            read = _read_streamed(session, ask)
    skeleton, activities, facts, whole_register, used = read
    findings = partial(_findings, skeleton, activities, today, whole_register)
    parts = Parts(findings, ask.sections, ask.audience, used)
    return assemble(skeleton, activities, ask.lang, today, facts, parts)


@dataclass(frozen=True)
class _Ask:
    lang: Lang
    activity_ids: Sequence[int | str] | None
    today: date
    progress: Progress | None
    sections: bool
    audience: Audience


# (the register without its activities, the activities to show, facts, all of them asked for,
# their survey where the read made it)
Read = tuple[Doc, Sequence[Doc], Facts, bool, Survey | None]


def _read_streamed(session: Session, ask: _Ask) -> Read:
    codes = _resolve(session, ask.activity_ids) if ask.activity_ids else None
    used = Survey(ask.lang)
    streamed = read_streamed(session, codes, ask.progress, used.add)
    facts = Facts(latest_hash(session) or None, streamed.fingerprint, streamed.total)
    return streamed.skeleton, streamed.activities, facts, codes is None, used


def _read_frozen(frozen: Frozen, ask: _Ask) -> Read:
    """A register held as a document gives the same report as that register in a database,
    without loading it into one."""
    document = frozen.document
    codes = _codes_in(document, ask.activity_ids) if ask.activity_ids else None
    total = len(document.get("activities", []))
    facts = Facts(frozen.history_hash or None, fingerprint(document), total)
    if ask.progress is not None:
        ask.progress(1, 1)
    skeleton = {**document, "activities": []}
    return skeleton, select_activities(document, codes), facts, codes is None, None


def _findings(
    skeleton: Doc, activities: Iterable[Doc], today: date, register_wide: bool
) -> Iterator[Any]:
    """As check_register orders them: register-wide first (for the whole register only)."""
    from kgs_ropa.checks import CheckContext, check_activity, check_register  # when asked for

    if register_wide:
        yield from check_register(skeleton, today)
    context = CheckContext.from_document(skeleton, today)
    for activity in activities:
        yield from check_activity(activity, context)
