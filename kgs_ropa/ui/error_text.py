"""An exception as a short message for the user, in the interface language.

Operating-system errors arrive with English text from the C library and SQLAlchemy errors with
the statement, the driver's class name and a link to its documentation. The user needs what went
wrong and with which file: the errno in words of the interface language plus the file name; the
database driver's own sentence without the decoration.
"""

from __future__ import annotations

import errno
import re

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kgs_ropa.storage.files import FileInUseError
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "ErrorText"
_ERRNO = {
    errno.ENOENT: QT_TRANSLATE_NOOP("ErrorText", "the file or folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("ErrorText", "no permission"),
    errno.EPERM: QT_TRANSLATE_NOOP("ErrorText", "no permission"),
    errno.EROFS: QT_TRANSLATE_NOOP("ErrorText", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("ErrorText", "the disk is full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("ErrorText", "this is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("ErrorText", "part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("ErrorText", "the file already exists"),
    errno.EBUSY: QT_TRANSLATE_NOOP("ErrorText", "the file is in use"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("ErrorText", "the name is too long"),
}
# Windows: ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION (open in another program).
_IN_USE = QT_TRANSLATE_NOOP("ErrorText", "the file is open in another program")
_WINERROR = {32: _IN_USE, 33: _IN_USE}
# kgs_ropa.storage.files: Windows would not replace the file, so the new one was kept beside it.
_OPEN_IN_EXCEL = QT_TRANSLATE_NOOP(
    "ErrorText",
    "%1 is open in another program (Excel?): close the file in Excel and try again. "
    "The old file is unchanged; the new one is kept as %2.",
)
# SQLite's own sentences, as sqlite3 reports them.
_SQLITE = {
    "file is not a database": QT_TRANSLATE_NOOP("ErrorText", "the file is not a database"),
    "database is locked": QT_TRANSLATE_NOOP(
        "ErrorText", "the database is in use by another program; try again in a moment"
    ),
    "attempt to write a readonly database": QT_TRANSLATE_NOOP(
        "ErrorText", "the database is read-only"
    ),
    "unable to open database file": QT_TRANSLATE_NOOP(
        "ErrorText", "the database file cannot be opened"
    ),
    "database or disk is full": QT_TRANSLATE_NOOP("ErrorText", "the disk is full"),
    "disk I/O error": QT_TRANSLATE_NOOP("ErrorText", "the disk could not be read or written"),
}
# kgs_ropa.storage's message for a database it cannot read.
_CANNOT_OPEN = re.compile(r"cannot open the database (.+?): (.*)", re.DOTALL)
_BACKGROUND = re.compile(r"\s*\(Background on this error at: [^)]*\)")
_DRIVER_CLASS = re.compile(r"\((?:sqlite3|psycopg2?|psycopg)\.[\w.]+\)\s*")
_STATEMENT = re.compile(r"\s*\[SQL: .*", re.DOTALL)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def os_error_text(exc: OSError) -> str:
    """ "the file or folder does not exist (/x/register.pdf)" in the interface language."""
    known = _WINERROR.get(getattr(exc, "winerror", None) or 0) or _ERRNO.get(exc.errno or 0)
    reason = _tr(known) if known else (exc.strerror or str(exc))
    # A rename names the temporary file first and the user's file second.
    name = exc.filename2 if exc.filename2 is not None else exc.filename
    return reason if name is None else f"{reason} ({name})"


def clean_database_text(text: str) -> str:
    """Drops SQLAlchemy's documentation link, the statement and the driver's class name, and
    puts SQLite's sentences in the interface language."""
    text = _STATEMENT.sub("", _BACKGROUND.sub("", text))
    text = _DRIVER_CLASS.sub("", text).strip()
    for sentence, translated in _SQLITE.items():
        text = text.replace(sentence, _tr(translated))
    return text


def user_message(exc: BaseException) -> str:
    """A short message for `exc`: what went wrong, without tracebacks, links or SQL."""
    if isinstance(exc, FileInUseError):
        return _tr(_OPEN_IN_EXCEL).replace("%1", str(exc.target)).replace("%2", exc.kept.name)
    if isinstance(exc, OSError):
        return os_error_text(exc)
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return clean_database_text(str(exc.orig))
    if isinstance(exc, SQLAlchemyError):
        return clean_database_text(str(exc))
    text = str(exc)
    cause = exc.__cause__
    if isinstance(cause, OSError) and str(cause) in text:
        return text.replace(str(cause), os_error_text(cause))
    opening = _CANNOT_OPEN.fullmatch(text)
    if opening:
        reason = user_message(cause) if cause else clean_database_text(opening[2])
        return (
            _tr("the database %1 cannot be opened: %2")
            .replace("%1", opening[1])
            .replace("%2", reason)
        )
    return clean_database_text(text)
