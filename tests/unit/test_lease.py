"""One writer per register: the lease row in the register itself, seen by every process that
opens it, whatever the path's spelling, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from kgs_ropa.model.lease import register_lease
from kgs_ropa.services import lease
from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database, writer
from kgs_ropa.storage.errors import ReadOnlyError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def target(any_target: str) -> str:
    """A register with the example, as a SQLite path or a PostgreSQL URL."""
    db = connect(any_target)
    initialise(db, "kgs")
    db.close()
    return any_target


def other_spelling(target: str, tmp_path: Path) -> str:
    """The same register named differently: a hard link of the file, or localhost for the
    server's address."""
    if "://" in target:
        return target.replace("127.0.0.1", "localhost")
    link = tmp_path / "elsewhere" / "link.sqlite"
    link.parent.mkdir()
    os.link(target, link)
    return str(link.parent / ".." / "elsewhere" / link.name)


def cli(target: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`kgs-ropa` in a process of its own: another process than the lease's holder."""
    return subprocess.run(
        [sys.executable, "-m", "kgs_ropa", "--db", target, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def age(db: Database, minutes: int) -> None:
    """Make the stored lease look as if its holder stopped refreshing `minutes` ago."""
    holder = lease.current(db)
    assert holder is not None
    with writer(db.engine).begin() as connection:
        connection.execute(
            update(register_lease).values(refreshed=holder.refreshed - timedelta(minutes=minutes))
        )


def test_the_cli_refuses_to_write_while_another_process_holds_the_register(
    target: str, tmp_path: Path, evidence: Any
) -> None:
    holder = connect(target)
    try:
        lease.acquire(holder, "Anna de Vries")
        other = other_spelling(target, tmp_path)
        refused = cli(other, "snapshot", "--label", "x")
        assert refused.returncode == 2, refused.stderr
        assert "open for writing by Anna de Vries" in refused.stderr
        assert "(process " in refused.stderr and "since" in refused.stderr
        imported = cli(other, "import", "json", str(tmp_path / "missing.json"))
        assert imported.returncode == 2
        read = cli(other, "check", "--lang", "en")
        assert read.returncode in (0, 1), read.stderr  # reading works (1: findings)
        assert "Record of processing" in read.stdout or read.stdout
    finally:
        holder.close()
    assert cli(other, "snapshot", "--label", "x").returncode == 0  # released on close
    backend = "PostgreSQL, another spelling of the URL" if "://" in target else "a hard link"
    evidence(
        f"Register open for writing in another process ({backend})",
        "CLI snapshot and import; check",
        3,
        "writes refused (exit 2, naming who and since when), reading works; free after close",
    )


def test_a_second_lease_is_refused_and_names_the_holder(target: str, tmp_path: Path) -> None:
    first, second = connect(target), connect(other_spelling(target, tmp_path))
    try:
        lease.acquire(first, "Anna")
        with pytest.raises(lease.RegisterInUseError, match="Anna on .* since"):
            lease.acquire(second, "Bram")
        lease.refuse_other_writers(second)  # what the command line does
        with pytest.raises(lease.RegisterInUseError), second.transaction():
            pass
        with first.transaction():
            pass  # the holder writes
    finally:
        first.close()
        second.close()


def test_a_stale_lease_is_taken_over_and_its_old_holder_may_no_longer_write(
    target: str, evidence: Any
) -> None:
    first, second = connect(target), connect(target)
    try:
        mine = lease.acquire(first, "Anna")
        age(first, 4)
        taken = lease.acquire(second, "Bram")
        assert lease.current(second).holder == "Bram"  # type: ignore[union-attr]
        with pytest.raises(lease.LeaseLostError, match="Bram"):
            lease.refresh(first, mine)
        with pytest.raises(lease.RegisterInUseError, match="Bram"), first.transaction():
            pass
        lease.refresh(second, taken)
    finally:
        first.close()
        second.close()
    evidence(
        "A writer that stopped refreshing its lease (crash, sleep)",
        "a second writer opens the register",
        1,
        "the stale lease taken over; the old holder's refresh and writes refused",
    )
    db = connect(target)
    assert lease.current(db) is None  # both gave up what they held on close
    db.close()


def test_a_fresh_lease_of_a_process_that_is_gone_is_stale_at_once(target: str) -> None:
    first = connect(target)
    lease.acquire(first, "Anna")
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], text=True, capture_output=True
    ).stdout.strip()
    with writer(first.engine).begin() as connection:
        connection.execute(update(register_lease).values(pid=int(gone)))
    second = connect(target)
    try:
        assert lease.other_writer(second) is None
        lease.acquire(second, "Bram")
    finally:
        second.close()
        first.engine.dispose()


def test_a_long_cli_write_holds_the_lease_and_gives_it_up(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lease, "REFRESH_SECONDS", 0.05)
    db = connect(target)
    try:
        with lease.held(db, "cli") as held:
            first = lease.current(db)
            assert first is not None and first.token == held.token
            time.sleep(0.5)
            assert lease.current(db).refreshed > first.refreshed  # type: ignore[union-attr]
            other = connect(target)
            with pytest.raises(lease.RegisterInUseError, match="cli"):
                lease.acquire(other, "Anna")
            other.close()
        assert lease.current(db) is None
    finally:
        db.close()


def test_a_kill_leaves_a_lease_that_goes_stale(target: str) -> None:
    script = textwrap.dedent(
        f"""
        import os, signal
        from kgs_ropa.storage.database import Database
        from kgs_ropa.services import lease
        lease.acquire(Database.open({target!r}), "Anna")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=60)
    db = connect(target)
    try:
        assert lease.current(db) is not None
        assert lease.other_writer(db) is None  # its process is gone (this machine)
        lease.acquire(db, "Bram")
    finally:
        db.close()


def test_a_read_only_register_refuses_every_write(target: str) -> None:
    db = connect(target)
    try:
        db.read_only = "opened read-only for the test"
        with pytest.raises(ReadOnlyError, match="opened read-only for the test"), db.transaction():
            pass
    finally:
        db.close()


def test_a_backup_holds_no_lease(tmp_path: Path) -> None:
    from kgs_ropa.storage.backup import backup_to

    db = connect(str(tmp_path / "register.sqlite"))
    initialise(db, "kgs")
    lease.acquire(db, "Anna")
    try:
        copy = connect(str(backup_to(db, tmp_path / "copy.sqlite")))
        assert lease.current(copy) is None  # restored, it is not shown as held by Anna
        copy.close()
        assert lease.current(db) is not None
    finally:
        db.close()
