"""The register's finding counts, kept in the user's cache folder between starts.

Checking a big register takes seconds (a dump of the whole register and every rule); when
nothing changed since the last start, the counts of then are the counts of now. Whether nothing
changed is told by the history: every write to the register appends to its hash-chained
history in the same transaction (the flush hook services.connect attaches to every session,
and services.bulk_activities for imports, on SQLite and PostgreSQL alike, from this process or
any other), so the newest entry's id and hash name the register's content. The key adds what
else the findings depend on: the day (rules on review dates), the schema revision, the app's
version and a fingerprint of its code (the rules and the dump). A register with no history is
never cached. The key and the document are read in one reading session; on SQLite without a
snapshot (`Database.reading(snapshot=False)`: a save in the window never waits for this read),
so the head is read again at its end and the counts are stored only when it has not moved: the
counts stored under a key are those of that state. On PostgreSQL the session is one snapshot.
The rules run after the session has ended.

Not covered: a register changed outside KGS ROPA (an SQL editor) without a history entry;
`verify-history` would not notice such a change either.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kgs_ropa import __version__
from kgs_ropa.model import HistoryEntry
from kgs_ropa.services import collector
from kgs_ropa.services.document import dump_register
from kgs_ropa.storage.database import APP_NAME, Database

if TYPE_CHECKING:
    from kgs_ropa.checks import Finding

log = logging.getLogger(__name__)
Counts = dict[str, tuple[int, int]]


@dataclass(frozen=True)
class FindingCounts:
    """(errors, warnings) per activity code, and how many findings of each severity."""

    per_activity: Counts
    severities: dict[str, int]


def count(findings: Iterable[Finding]) -> FindingCounts:
    per_activity: dict[str, list[int]] = {}
    severities: dict[str, int] = {}
    for finding in findings:
        severities[finding.severity] = severities.get(finding.severity, 0) + 1
        if finding.activity is not None:
            pair = per_activity.setdefault(finding.activity, [0, 0])
            pair[0 if finding.is_error else 1] += 1
    return FindingCounts({code: (e, w) for code, (e, w) in per_activity.items()}, severities)


def default_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / "findings"


def register_counts(db: Database, today: date, folder: Path | None = None) -> FindingCounts:
    """The counts of the register's findings on `today`: from the cache when the register is
    as it was when they were stored, else by checking it now (and then stored)."""
    path = _path(db, folder or default_folder())
    found = cached(db, today, folder)
    if found is not None:
        return found
    with collector.paused():
        with db.reading(snapshot=False) as session:
            key = state_key(session, today)
            document = dump_register(session)
            # A save committed during the read (SQLite reads it without a snapshot) moved the
            # head: these counts may mix two states and are not kept (the save asks for more).
            unchanged = key is not None and state_key(session, today) == key
        from kgs_ropa.checks import check_register  # the rules: only when they must run

        counts = count(check_register(document, today))
    if unchanged and key is not None:
        _store(path, key, counts)
    return counts


def cached(db: Database, today: date, folder: Path | None = None) -> FindingCounts | None:
    """The stored counts if they hold for the register as it is now, else None."""
    with db.reading() as session:
        key = state_key(session, today)
    return _load(_path(db, folder or default_folder()), key) if key is not None else None


def state_key(session: Session, today: date) -> str | None:
    """What the findings depend on, None when the register has no history to tell it by."""
    head = session.execute(
        select(HistoryEntry.id, HistoryEntry.hash).order_by(HistoryEntry.id.desc()).limit(1)
    ).first()
    if head is None:
        return None
    revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    parts = [str(head[0]), head[1], str(revision), today.isoformat(), __version__, code_print()]
    return "|".join(parts)


@cache
def code_print() -> str:
    """The app's code as installed: the names, sizes and times of its Python files and of the
    executable that runs them (a frozen build ships few or no .py files: its executable then
    tells one build from another). Sharper than the version while developing."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for file in [*sorted(root.rglob("*.py")), Path(sys.executable)]:
        stat = file.stat()
        digest.update(f"{file.name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _path(db: Database, folder: Path) -> Path:
    """One file per register: the newest counts replace the last."""
    name = db.url.render_as_string(hide_password=True)
    return folder / f"{hashlib.sha256(name.encode()).hexdigest()[:32]}.json"


def _load(path: Path, key: str) -> FindingCounts | None:
    try:
        stored = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None  # not there yet, or unreadable: checked again
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    try:
        per_activity = {str(k): (int(e), int(w)) for k, (e, w) in stored["activities"].items()}
        severities = {str(k): int(n) for k, n in stored["severities"].items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return FindingCounts(per_activity, severities)


def _store(path: Path, key: str, counts: FindingCounts) -> None:
    """Written whole or not at all (a temporary file renamed): two apps may store at once."""
    body: dict[str, Any] = {
        "key": key,
        "activities": counts.per_activity,
        "severities": counts.severities,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(body, out, separators=(",", ":"))
            os.replace(name, path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
    except OSError:
        log.warning("the findings could not be kept for the next start", exc_info=True)
