"""Exceptions become short messages: no English OS text in Dutch, no SQLAlchemy links."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from kgs_ropa.services.connect import connect
from kgs_ropa.storage import migrate
from kgs_ropa.storage.database import StorageError
from kgs_ropa.storage.files import FileInUseError
from kgs_ropa.ui import i18n
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.export_dialog import ExportDialog
from kgs_ropa.ui.main_window import MainWindow


def test_os_error_names_the_file_in_the_interface_language(qtbot: Any) -> None:
    error = FileNotFoundError(errno.ENOENT, "No such file or directory", "/x/register.pdf")
    assert user_message(error) == "the file or folder does not exist (/x/register.pdf)"
    i18n.switch("nl")
    dutch = user_message(error)
    assert "/x/register.pdf" in dutch
    assert "No such file" not in dutch


def test_rename_errors_name_the_users_file(qtbot: Any) -> None:
    error = PermissionError(errno.EACCES, "Permission denied", "/x/.tmp123", None, "/x/a.pdf")
    assert user_message(error) == "no permission (/x/a.pdf)"


def test_sqlalchemy_errors_lose_the_link_and_the_driver_name(qtbot: Any, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    engine = create_engine(f"sqlite:///{junk}")
    with pytest.raises(SQLAlchemyError) as caught, engine.connect() as connection:
        connection.execute(text("SELECT * FROM sqlite_master"))
    engine.dispose()
    message = user_message(caught.value)
    assert message == "the file is not a database or is damaged"


def test_a_junk_database_gives_a_plain_message(qtbot: Any, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"junk" * 1000)
    db = connect(str(junk))
    with pytest.raises(StorageError) as caught:
        migrate.check_compatible(db)
    db.engine.dispose()
    message = user_message(caught.value)
    assert "sqlalche.me" not in message and "sqlite3." not in message
    assert str(junk) in message and "not a database" in message


def test_export_failure_in_dutch_has_no_english_os_text(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    i18n.switch("nl")
    dialog = ExportDialog(window.db, window.register, window)
    qtbot.addWidget(dialog)
    dialog._failed(PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "r.pdf")))
    shown = dialog.status.text()
    assert "Permission denied" not in shown
    assert str(tmp_path / "r.pdf") in shown


def test_a_file_open_in_excel_says_what_to_do_and_where_the_new_one_is() -> None:
    error = FileInUseError(Path("out", "register.xlsx"), Path("out", "register (new).xlsx"))
    english = user_message(error)
    assert "close the file in Excel and try again" in english
    assert "register (new).xlsx" in english
    i18n.switch("nl")
    dutch = user_message(error)
    assert "sluit het bestand in Excel" in dutch and "register (new).xlsx" in dutch
