"""The register open read-only: another process holds it, a read-only file, a read-only
PostgreSQL login (an auditor). The banner says why, the changing commands are off, and the
storage layer refuses a write that gets through all the same. And the lease kept fresh, or
lost when this computer slept past the timeout."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text, update

from kgs_ropa import app
from kgs_ropa.model.lease import register_lease
from kgs_ropa.services import access, catalogues, lease
from kgs_ropa.services.access import ReadOnlyReason
from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import writer
from kgs_ropa.storage.errors import PermissionDeniedError, ReadOnlyError
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.read_only import WRITING_ACTIONS


@pytest.fixture
def register(tmp_path: Path) -> str:
    path = str(tmp_path / "register.sqlite")
    db = connect(path)
    initialise(db, "kgs")
    db.close()
    return path


def assert_read_only(window: MainWindow, because: str) -> None:
    assert window.banner.isVisible()
    assert because in window.banner.text()
    window.register.table.selectRow(0)
    window.actions_.update_enabled()
    assert not any(window.actions_.all[key].isEnabled() for key in WRITING_ACTIONS)
    assert not window.editor.save_button.isEnabled()
    assert not window.organisation.save_button.isEnabled()
    assert window.actions_.all["export"].isEnabled()  # exports stay on
    with pytest.raises(ReadOnlyError), window.db.transaction():
        pass


def test_a_register_held_elsewhere_opens_read_only(
    register: str, open_window: Any, qtbot: Any, settings: QSettings, tmp_path: Path
) -> None:
    holder = connect(register)
    lease.acquire(holder, "Anna de Vries")
    db = app.open_register(register, read_only_instead=lambda h: h.holder == "Anna de Vries")
    try:
        assert isinstance(db.read_only, ReadOnlyReason) and db.read_only.kind == "holder"
        window = open_window(qtbot, db, settings)
        assert_read_only(window, "open for writing by Anna de Vries on ")
        window.grab().save(str(tmp_path / "read-only.png"))
        assert lease.current(db).holder == "Anna de Vries"  # type: ignore[union-attr]
    finally:
        db.close()
        holder.close()


def test_declining_leaves_the_register_alone(register: str) -> None:
    holder = connect(register)
    lease.acquire(holder, "Anna")
    try:
        with pytest.raises(lease.RegisterInUseError, match="Anna"):
            app.open_register(register, read_only_instead=lambda _h: False)
    finally:
        holder.close()


def test_a_read_only_file_opens_read_only_untouched(
    register: str, open_window: Any, qtbot: Any, settings: QSettings, monkeypatch: Any
) -> None:
    # The tests may run as root, whom no file mode stops: the answer of os.access stands in.
    monkeypatch.setattr(access.os, "access", lambda path, mode: Path(path).is_dir())
    before = Path(register).stat().st_mtime_ns
    db = app.open_register(register)
    try:
        assert db.read_only is not None and db.read_only.kind == "file"  # type: ignore[attr-defined]
        window = open_window(qtbot, db, settings)
        assert_read_only(window, "is read-only")
        assert lease.current(db) is None  # no lease taken, nothing written
    finally:
        db.close()
    assert Path(register).stat().st_mtime_ns == before


def test_the_window_keeps_its_lease_and_gives_it_up(
    register: str, open_window: Any, qtbot: Any, settings: QSettings
) -> None:
    db = app.open_register(register)
    window = open_window(qtbot, db, settings)
    keeper = window.read_only_mode.keeper
    assert keeper is not None and keeper.timer.isActive()
    before = lease.current(db).refreshed  # type: ignore[union-attr]
    keeper.refresh()
    qtbot.waitUntil(lambda: lease.current(db).refreshed > before)  # type: ignore[union-attr]
    assert not window.banner.isVisible()
    db.close()
    check = connect(register)
    assert lease.current(check) is None
    check.close()


def test_a_lease_lost_while_asleep_turns_the_window_read_only(
    register: str, open_window: Any, qtbot: Any, settings: QSettings, answers: Any
) -> None:
    db = app.open_register(register)
    window = open_window(qtbot, db, settings)
    with writer(db.engine).begin() as connection:
        connection.execute(update(register_lease).values(pid=1, host="elsewhere"))
        stale = lease._now() - timedelta(minutes=10)
        connection.execute(update(register_lease).values(refreshed=stale))
    other = connect(register)
    try:
        lease.acquire(other, "Bram")
        window.read_only_mode.keeper.refresh()
        qtbot.waitUntil(lambda: window.banner.isVisible())
        assert_read_only(window, "open for writing by Bram")
        assert "lapsed" in answers.shown[-1]
    finally:
        db.close()
        other.close()


@pytest.mark.postgres
def test_a_read_only_postgresql_login_opens_read_only(
    auditor: str, open_window: Any, qtbot: Any, settings: QSettings, evidence: Any
) -> None:
    plain = connect(auditor)
    try:  # the login really may not write: without the read-only mode, the server says no
        with pytest.raises(PermissionDeniedError), plain.transaction() as session:
            session.execute(text("UPDATE activity SET name = name"))
    finally:
        plain.close()
    db = app.open_register(auditor)
    try:
        assert db.read_only is not None and db.read_only.kind == "login"  # type: ignore[attr-defined]
        window = open_window(qtbot, db, settings)
        assert_read_only(window, "may only read this register")
        assert catalogues.list_rows(db, "data_category")  # reading works
    finally:
        db.close()
    evidence(
        "A read-only PostgreSQL login (SELECT only)",
        "open the register in the app",
        1,
        "opened read-only: banner, changing commands off, no write attempted",
    )
