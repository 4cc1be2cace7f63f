"""SIGKILL at random moments of the operations that write: the register is wholly before or
wholly after, never half-made, and `init` plus `verify-history` work afterwards."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kgs_ropa.cli import main
from kgs_ropa.services.synthetic import synthetic_document

# Each try starts a process: a few per operation in every run, more with KGS_ROPA_KILL_TRIES.
TRIES = int(os.environ.get("KGS_ROPA_KILL_TRIES", "2"))


def kgs_ropa(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kgs_ropa", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def finish(*args: str) -> int:
    """Run to the end in a process of its own (what the kills interrupt)."""
    return kgs_ropa(*args).wait(timeout=300)


def activity_count(path: Path) -> int | None:
    """Activities in the file; None when it holds no register (yet)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        if "activity" not in tables:
            assert not tables - {"alembic_version"}, f"half-made: {sorted(tables)}"
            return None
        assert "alembic_version" in tables, "tables without a schema version"
        count = int(connection.execute("SELECT count(*) FROM activity").fetchone()[0])
    connection.close()
    return count


def kill_during(args: list[str], seconds: float) -> None:
    process = kgs_ropa(*args)
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def timed(args: list[str]) -> float:
    start = time.monotonic()
    assert finish(*args) == 0
    return time.monotonic() - start


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty register, the example register, and a document to import."""
    folder = tmp_path_factory.mktemp("kills")
    empty, example = folder / "empty.sqlite", folder / "example.sqlite"
    assert main(["--db", str(empty), "init"]) == 0
    assert main(["--db", str(example), "init", "--example", "kgs"]) == 0
    document = folder / "register.json"
    document.write_text(json.dumps(synthetic_document(60)), encoding="utf-8")
    return {"empty": empty, "example": example, "document": document}


Case = tuple[str, Callable[[dict[str, Path], Path], list[str]], str | None, set[int | None]]
CASES: list[Case] = [
    (
        "init --example",
        lambda p, db: ["--db", str(db), "init", "--example", "kgs"],
        None,
        {None, 0, 13},
    ),
    (
        "import json",
        lambda p, db: ["--db", str(db), "import", "json", str(p["document"])],
        "empty",
        {0, 60},
    ),
    ("snapshot", lambda p, db: ["--db", str(db), "snapshot", "--label", "k"], "example", {13}),
    (
        "export pdf",
        lambda p, db: ["--db", str(db), "export", "pdf", str(db.with_suffix(".pdf"))],
        "example",
        {13},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_kill_leaves_the_register_whole(
    case: Case, prepared: dict[str, Path], tmp_path: Path, evidence: Callable[..., None]
) -> None:
    name, make_args, start_from, allowed = case
    rng = random.Random(name)

    def fresh(n: int) -> Path:
        db = tmp_path / f"{n}.sqlite"
        if start_from is not None:
            shutil.copy(prepared[start_from], db)
        return db

    duration = timed(make_args(prepared, fresh(-1)))
    for n in range(TRIES):
        db = fresh(n)
        kill_during(make_args(prepared, db), rng.uniform(0.05, 1.0) * duration)
        assert activity_count(db) in allowed
        out = db.with_suffix(".pdf")
        if out.exists():  # an export is there whole or not at all
            assert out.read_bytes().rstrip().endswith(b"%%EOF")
        assert main(["--db", str(db), "init"]) == 0
        assert main(["--db", str(db), "verify-history"]) == 0
    evidence(
        "SIGKILL at a random moment",
        f"`{name}`",
        TRIES,
        "register wholly before or after, integrity check ok, `init` and `verify-history` pass"
        + ("; the export file whole or absent" if name.startswith("export") else ""),
    )


def test_a_killed_export_leaves_no_register_data_after_the_next_start(
    prepared: dict[str, Path], tmp_path: Path, evidence: Callable[..., None]
) -> None:
    # The journal of partial files lives in the user's data folder: this test's own.
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    db, out = tmp_path / "register.sqlite", tmp_path / "register.pdf"
    shutil.copy(prepared["example"], db)
    partial = out.with_name(out.name + ".partial")
    args = [sys.executable, "-m", "kgs_ropa", "--db", str(db), "export", "pdf", str(out)]
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL)
    while process.poll() is None:  # kill once register data is in the partial file
        if partial.exists() and partial.stat().st_size > 0:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.002)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the export finished before the kill"
    assert partial.stat().st_size > 0 and not out.exists()
    check = [sys.executable, "-m", "kgs_ropa", "--db", str(db), "verify-history"]
    assert subprocess.run(check, env=env, stdout=subprocess.DEVNULL).returncode == 0
    assert not partial.exists() and not out.exists()
    assert list((tmp_path / "data" / "kgs-ropa" / "partials").iterdir()) == []
    evidence(
        "SIGKILL while the export file is being written",
        "`export pdf`, then any command",
        1,
        "the partial file (holding register data) removed at the next start; no export file",
    )
