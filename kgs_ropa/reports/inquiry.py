"""The inquiry pack: what the privacy officer sends when the supervisory authority writes.

One folder with the register as PDF and Excel, the change history since a date (CSV), the
latest review report and manifest.json listing every file with its SHA-256 and the history
hash. Everything in it is read in one reading session (one state of the register, whoever
saves meanwhile), then written from what was read: the register is held in memory as one
document, not streamed. The folder is filled under a temporary name and renamed when complete,
so a failure never leaves half a pack.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kgs_ropa.model import HistoryEntry
from kgs_ropa.reports.build import Frozen, read_source
from kgs_ropa.reports.export import export_pdf, export_xlsx
from kgs_ropa.reports.labels import Lang
from kgs_ropa.reports.review_report import ReviewSource, write_review_report
from kgs_ropa.reports.review_report import read_source as read_review_source
from kgs_ropa.services import collector, history, review
from kgs_ropa.services.history_table import history_rows, write_csv
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.partials import tracked

FORMAT = "kgs-ropa-inquiry-pack"
NAMES: dict[str, dict[str, str]] = {
    "nl": {
        "pdf": "register.pdf",
        "xlsx": "register.xlsx",
        "history": "wijzigingshistorie.csv",
        "review": "reviewverslag.pdf",
    },
    "en": {
        "pdf": "register.pdf",
        "xlsx": "register.xlsx",
        "history": "change-history.csv",
        "review": "review-report.pdf",
    },
}


class InquiryError(Exception):
    """The pack cannot be written where asked; the message says why."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_target(out: Path) -> None:
    if not out.parent.exists():
        raise InquiryError(f"{out.parent}: no such folder")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InquiryError(f"{out} already exists and is not an empty folder")


@dataclass(frozen=True)
class _Read:
    """All the pack holds, read in one reading session: one state of the register, so the PDF,
    the workbook, the history and the manifest's hash agree whoever saves meanwhile."""

    register: Frozen
    codes: list[str] | None  # the activities asked for, None for all
    intact: bool
    entries: list[HistoryEntry]
    review: ReviewSource | None


def _read(db: Database, since: date | None, activities: Sequence[str]) -> _Read:
    # The collector paused: it would walk the document again and again (services/collector.py).
    with collector.paused(), db.reading() as session:
        source = read_source(session, list(activities) or None)
        intact = history.check_chain(session) is None
        entries = _history(session, since, activities)
        latest = review.latest_closed(session)
        review_source = read_review_source(session, latest.id) if latest else None
    register = Frozen(source.document, source.history_hash)
    return _Read(register, source.activity_codes, intact, entries, review_source)


def _history(session: Session, since: date | None, activities: Sequence[str]) -> list[HistoryEntry]:
    if not activities:
        return history.entries(session, history.HistoryFilter(since=since))
    found: dict[int, HistoryEntry] = {}
    for activity in activities:
        where = history.HistoryFilter(since=since, activity=activity)
        found.update({e.id: e for e in history.entries(session, where)})
    return [found[k] for k in sorted(found)]


def write_pack(
    db: Database,
    out: Path,
    lang: str = "nl",
    *,
    since: date | None = None,
    activities: Sequence[str] = (),
    today: date | None = None,
) -> dict[str, Any]:
    """Write the pack into the new or empty folder `out`; returns the manifest."""
    language: Lang = "en" if lang == "en" else "nl"
    out = Path(out)
    _check_target(out)
    names = NAMES[language]
    read = _read(db, since, activities)  # then made into files, the register no longer held
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        with tracked(partial):  # a kill leaves it for the next start to remove
            register, ids = read.register, read.codes
            export_pdf(register, partial / names["pdf"], language, ids, today=today)
            export_xlsx(register, partial / names["xlsx"], language, ids, today=today)
            write_csv(history_rows(read.entries, language), partial / names["history"], lang)
            if read.review is not None:
                write_review_report(read.review, partial / names["review"], language)
            head = register.history_hash or ""
            manifest = _manifest(partial, language, since, activities, head, read.intact)
            text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
            (partial / "manifest.json").write_text(text, encoding="utf-8")
            if out.exists():
                out.rmdir()
            partial.rename(out)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return manifest


def _manifest(
    folder: Path,
    lang: Lang,
    since: date | None,
    activities: Sequence[str],
    head: str,
    intact: bool,
) -> dict[str, Any]:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return {
        "format": FORMAT,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "language": lang,
        "history_since": since.isoformat() if since else None,
        "activities": list(activities) or None,
        "history_hash": head,
        "history_verified": intact,
        "files": [
            {"name": p.name, "sha256": sha256_of(p), "bytes": p.stat().st_size} for p in files
        ],
    }
