"""The exports as functions: the CLI and the desktop app's File > Export call these.

Each reads the register once (a Database, a Session the caller holds, or a Frozen document: a
snapshot or the register of a past day, rendered without loading it anywhere), builds the report
(`export json`: the register's own document) and renders it next to `out` before renaming, so a
failed export never leaves half a file.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from kgs_ropa.reports.build import (
    STEPS,
    Frozen,
    Progress,
    Target,
    fingerprint,
    progress_part,
    read_source_from,
    report_from_database,
    select_activities,
)
from kgs_ropa.reports.jsonld import register_jsonld
from kgs_ropa.reports.labels import Lang
from kgs_ropa.reports.register_json import frozen_members, register_members, write_document
from kgs_ropa.reports.report import AUTHORITY, EDITABLE, Audience
from kgs_ropa.services import collector
from kgs_ropa.storage.files import replace_file
from kgs_ropa.storage.partials import tracked

ActivityIds = Sequence[int | str] | None


@contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """A path to write to; renamed to `out` when the block succeeds, removed when it fails."""
    if out.is_dir():
        raise IsADirectoryError(f"{out} is a folder: give the name of the file to write")
    partial = out.with_name(out.name + ".partial")
    try:
        partial.open("wb").close()  # an unwritable place fails here, before any rendering
    except OSError as exc:
        raise OSError(f"cannot write {out}: {exc.strerror or exc}") from None
    try:
        with tracked(partial):  # a kill leaves it for the next start to remove
            yield partial
            replace_file(partial, out)
    except OSError as exc:
        if exc.filename != str(partial):
            raise
        # A full disk while writing: name the user's file, not our temporary name.
        raise OSError(exc.errno, exc.strerror, str(out)) from None
    finally:
        partial.unlink(missing_ok=True)


BUILD_SHARE = 150  # reading the register and building the report; rendering is the rest


def _export(
    render: Callable[..., None],
    target: Target,
    out: Path,
    lang: Lang,
    activity_ids: ActivityIds,
    progress: Progress | None,
    today: date | None,
    sections: bool = True,
    audience: Audience = AUTHORITY,
) -> str | None:
    """Returns the history hash of the register state written (None: no history)."""
    building = progress_part(progress, 0, BUILD_SHARE)
    rendering = progress_part(progress, BUILD_SHARE, STEPS - BUILD_SHARE)
    # A register's worth of plain dicts, cells and rows with no reference cycles: the cyclic
    # collector would walk them all again and again (services/collector.py).
    with collector.paused():
        report = report_from_database(
            target,
            lang,
            activity_ids,
            today=today,
            progress=building,
            sections=sections,
            audience=audience,
        )
        with atomic_path(Path(out)) as partial:
            render(report, partial, rendering)
    return report.meta.history_hash


def export_xlsx(
    target: Target,
    out: Path,
    lang: Lang = "nl",
    activity_ids: ActivityIds = None,
    progress: Progress | None = None,
    today: date | None = None,
    *,
    with_findings: bool = False,
    editable: bool = False,
) -> str | None:
    """The authority's workbook: only what the register asserts (findings only when asked,
    and then the file says it is for internal use). `editable`: the whole register, notes
    included, as tables that `import xlsx` reads back without loss; for the organisation."""
    from kgs_ropa.reports.xlsx import render_xlsx  # openpyxl only when asked for

    audience = replace(EDITABLE if editable else AUTHORITY, findings=with_findings)
    return _export(render_xlsx, target, out, lang, activity_ids, progress, today, False, audience)


export_xlsx_editable = functools.partial(export_xlsx, editable=True)


def export_pdf(
    target: Target,
    out: Path,
    lang: Lang = "nl",
    activity_ids: ActivityIds = None,
    progress: Progress | None = None,
    today: date | None = None,
    *,
    with_findings: bool = False,
) -> str | None:
    """The authority's PDF (findings as an annex only when asked, marked internal)."""
    from kgs_ropa.reports.pdf import render_pdf  # reportlab only when asked for

    audience = Audience(findings=with_findings)
    return _export(render_pdf, target, out, lang, activity_ids, progress, today, True, audience)


def export_json(target: Target, out: Path) -> str | None:
    """The whole register as its JSON document (docs/json-format.md), written as it is read:
    a chunk of activities at a time, all of them in one reading session (one state). Returns
    the history hash of that state, read in the same session (None: no history)."""
    with collector.paused(), atomic_path(Path(out)) as partial:
        if isinstance(target, Frozen):
            write_document(frozen_members(target.document), partial)
            return target.history_hash or None
        if isinstance(target, Session):
            return _write_register(target, partial)
        with target.reading() as session:
            return _write_register(session, partial)


def _write_register(session: Session, path: Path) -> str | None:
    from kgs_ropa.services.history import latest_hash

    write_document(register_members(session), path)
    return latest_hash(session) or None


def export_jsonld(
    target: Target,
    out: Path,
    lang: Lang = "nl",
    activity_ids: ActivityIds = None,
    progress: Progress | None = None,
) -> str | None:
    """The register (or the selected activities) as DPV JSON-LD; `lang` is not needed: the
    graph carries both languages' labels."""
    source = read_source_from(target, activity_ids)
    document = source.document
    if source.activity_codes is not None:
        document = {**document, "activities": select_activities(document, source.activity_codes)}
    graph = register_jsonld(document, fingerprint(source.document))
    with atomic_path(Path(out)) as partial:
        partial.write_text(json.dumps(graph, ensure_ascii=False, indent=1) + "\n", "utf-8")
    if progress is not None:
        progress(1, 1)
    return source.history_hash
