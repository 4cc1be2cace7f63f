"""The composition root: one writer per register, clear messages for a database it cannot open."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from kgs_ropa import app
from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise


@pytest.fixture
def quiet_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """run_app with its folders in tmp_path and its message boxes recorded, not shown."""
    shown: list[str] = []
    monkeypatch.setattr(app, "log_dir", lambda: tmp_path / "log")
    for name in ("critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, _t, m, *a: shown.append(m)))
    yield shown
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            root.removeHandler(handler)
            handler.close()


def test_a_second_instance_may_decline_to_open_it_read_only(
    qapp: Any, quiet_app: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kgs_ropa.services import lease
    from kgs_ropa.ui import read_only

    target = tmp_path / "r.sqlite"
    first = app.open_register(str(target), create=True)
    asked: list[str] = []
    monkeypatch.setattr(read_only, "ask_read_only", lambda h: asked.append(h.holder) or False)
    try:
        assert app.run_app(str(target)) == 1
        assert asked == [lease.current(first).holder]  # type: ignore[union-attr]
    finally:
        first.close()


def test_a_newer_database_is_refused_with_a_message(
    qapp: Any, quiet_app: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "newer.sqlite"
    db = connect(str(path))
    initialise(db)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    assert app.run_app(str(path)) == 2
    assert "newer version" in quiet_app[0]


def test_a_foreign_database_is_refused_with_a_message(
    qapp: Any, quiet_app: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "other.sqlite"
    db = connect(str(path))
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE something (id INTEGER)"))
    db.close()
    assert app.run_app(str(path)) == 2
    assert "could not be opened" in quiet_app[0]
    assert (tmp_path / "log" / "kgs-ropa.log").exists()


def test_a_new_register_starts_with_the_standard_vocabularies(tmp_path: Path) -> None:
    from kgs_ropa.services import catalogues

    db = app.open_register(str(tmp_path / "new.sqlite"), create=True)
    try:
        codes = {row["code"] for row in catalogues.list_rows(db, "data_category")}
        assert {"name", "email", "health"} <= codes
    finally:
        db.close()


def test_the_first_start_creates_the_missing_data_folder(tmp_path: Path) -> None:
    # A fresh user account has no data folder yet; the first start makes it, then the register.
    target = tmp_path / "home" / ".local" / "share" / "kgs-ropa" / "register.sqlite"
    db = app.open_register(str(target), create=True)
    try:
        assert target.is_file()
        assert db.read_only is None
    finally:
        db.close()


def test_a_mistyped_register_path_is_refused_and_not_created(
    qapp: Any, quiet_app: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "typo" / "register.sqlite"
    assert app.run_app(str(target)) == 2
    assert "no register at" in quiet_app[0]
    assert not target.parent.exists()


def test_the_first_start_of_a_day_backs_the_register_up(tmp_path: Path) -> None:
    db = app.open_register(str(tmp_path / "new.sqlite"), create=True)
    db.close()
    db = app.open_register(str(tmp_path / "new.sqlite"))
    db.close()
    assert len(list((tmp_path / "new-backups").glob("new-daily-*.sqlite"))) == 1


def test_the_app_warns_about_a_register_on_a_network_share(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Any
) -> None:
    from PySide6.QtWidgets import QWidget

    db = app.open_register(str(tmp_path / "r.sqlite"), create=True)
    widget = QWidget()
    try:
        assert not app.warn_about_network_share(widget, db)
        monkeypatch.setattr(app, "network_share_warning", lambda _path: "on a share")
        assert app.warn_about_network_share(widget, db)
        assert "network share" in answers.shown[-1]
    finally:
        db.close()
