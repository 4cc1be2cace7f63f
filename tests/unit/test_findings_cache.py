"""The finding counts kept between starts: never those of another state of the register."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from kgs_ropa.services import activities, findings_cache
from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database

TODAY = date(2026, 12, 2)


def fresh(db: Database, today: date = TODAY) -> findings_cache.FindingCounts:
    return findings_cache.count(activities.register_findings(db, today))


def cli(db: str, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kgs_ropa", "--db", db, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def without_purposes(db: Database, folder: Path) -> Path:
    """A document replacing the first activity by itself without purposes (an error more)."""
    doc: dict[str, Any] = activities_document(db)
    first = {**doc["activities"][0], "purposes": []}
    path = folder / "changed.json"
    path.write_text(json.dumps({**doc, "activities": [first]}), "utf-8")
    return path


def activities_document(db: Database) -> dict[str, Any]:
    from kgs_ropa.services.document import dump_register

    with db.reading() as session:
        return dump_register(session)


def test_the_counts_are_those_of_a_check_and_come_back_from_the_cache(
    example_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    assert findings_cache.cached(example_db, TODAY, folder) is None
    counts = findings_cache.register_counts(example_db, TODAY, folder)
    assert counts == fresh(example_db)
    assert counts.per_activity and sum(counts.severities.values()) > 0
    assert findings_cache.cached(example_db, TODAY, folder) == counts
    assert findings_cache.register_counts(example_db, TODAY, folder) == counts


def test_a_change_by_another_process_makes_the_cache_miss(
    example_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    before = findings_cache.register_counts(example_db, TODAY, folder)
    document = without_purposes(example_db, tmp_path)
    cli(example_db.display_name, "import", "json", str(document), "--on-conflict", "replace")
    assert findings_cache.cached(example_db, TODAY, folder) is None
    after = findings_cache.register_counts(example_db, TODAY, folder)
    assert after != before
    assert after == fresh(example_db)


def test_another_day_or_another_build_misses(
    example_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    findings_cache.register_counts(example_db, TODAY, folder)
    assert findings_cache.cached(example_db, TODAY + timedelta(days=1), folder) is None
    monkeypatch.setattr(findings_cache, "__version__", "0.0.0-other")
    assert findings_cache.cached(example_db, TODAY, folder) is None


def test_a_register_without_history_is_never_cached(db_path: Path, tmp_path: Path) -> None:
    from kgs_ropa.storage.database import Database as Bare

    bare = Bare.open(str(db_path))  # no history hook: its writes leave no entry
    initialise(bare)
    folder = tmp_path / "cache"
    findings_cache.register_counts(bare, TODAY, folder)
    assert not folder.exists() or not any(folder.iterdir())
    bare.dispose()


def test_a_damaged_cache_file_is_checked_again(example_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    counts = findings_cache.register_counts(example_db, TODAY, folder)
    (stored,) = folder.iterdir()
    stored.write_text('{"key": "', "utf-8")
    assert findings_cache.register_counts(example_db, TODAY, folder) == counts


def test_a_save_during_the_check_never_waits_and_is_not_stored_under_the_state_before_it(
    any_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's findings read holds no save up (SQLite: no snapshot, so no lock; PostgreSQL:
    a snapshot, which blocks no writer), and counts read while someone saved are never stored
    under the state before the save."""
    db = connect(any_target)
    other = connect(any_target)  # as another app on the same register
    try:
        initialise(db, "kgs")
        before = fresh(db)
        real_dump = findings_cache.dump_register
        save = threading.Thread(
            target=activities.set_status, args=(other, [_first_id(other)], "retired")
        )
        waited: list[bool] = []

        def dump_while_someone_saves(session: Any) -> Any:
            first = real_dump(session)  # the read has begun: a snapshot's lock would be held
            save.start()
            save.join(timeout=20)
            waited.append(save.is_alive())
            return first

        monkeypatch.setattr(findings_cache, "dump_register", dump_while_someone_saves)
        folder = tmp_path / "cache"
        counts = findings_cache.register_counts(db, TODAY, folder)
        save.join(timeout=30)
        assert waited == [False], "the save waited for the findings' read"
        assert counts == before  # the document was read before the save
        monkeypatch.setattr(findings_cache, "dump_register", real_dump)
        after = fresh(other)
        assert after != before, "the save changed the findings"
        assert findings_cache.cached(other, TODAY, folder) is None  # not kept: the head moved
        assert findings_cache.register_counts(db, TODAY, folder) == after
        assert findings_cache.cached(other, TODAY, folder) == after
    finally:
        other.dispose()
        db.dispose()


def _first_id(db: Database) -> int:
    return activities.list_rows(db, with_text=False)[0].id
