"""The inquiry pack: what the privacy officer sends when the supervisory authority writes.

One folder with the register as PDF and Excel, the change history since a date (CSV), the
latest review report and manifest.json listing every file with its SHA-256 and the history
hash. The folder is filled under a temporary name and renamed when complete, so a failure never
leaves half a pack.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kgs_ropa.model import HistoryEntry
from kgs_ropa.reports.export import export_pdf, export_xlsx
from kgs_ropa.reports.labels import Lang
from kgs_ropa.reports.review_report import export_review_report
from kgs_ropa.services import history, review
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


def _history(db: Database, since: date | None, activities: Sequence[str]) -> list[HistoryEntry]:
    with db.reading() as session:
        if not activities:
            return history.entries(session, history.HistoryFilter(since=since))
        found: dict[int, HistoryEntry] = {}
        for activity in activities:
            where = history.HistoryFilter(since=since, activity=activity)
            found.update({e.id: e for e in history.entries(session, where)})
        return [found[k] for k in sorted(found)]


def _latest_review_id(db: Database) -> int | None:
    with db.reading() as session:
        latest = review.latest_closed(session)
    return latest.id if latest else None


def _chain_state(db: Database) -> tuple[str, bool]:
    with db.reading() as session:
        return history.latest_hash(session), history.check_chain(session) is None


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
    head, intact = _chain_state(db)
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        with tracked(partial):  # a kill leaves it for the next start to remove
            ids = list(activities) or None
            export_pdf(db, partial / names["pdf"], language, ids, today=today)
            export_xlsx(db, partial / names["xlsx"], language, ids, today=today)
            write_csv(
                history_rows(_history(db, since, activities), language),
                partial / names["history"],
                lang,
            )
            review_id = _latest_review_id(db)
            if review_id is not None:
                export_review_report(db, review_id, partial / names["review"], language)
            manifest = _manifest(partial, language, since, activities, head, intact)
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
