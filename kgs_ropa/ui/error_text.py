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

from kgs_ropa import message
from kgs_ropa.importers.problems import ImportFileError, Problem
from kgs_ropa.services.document import DocumentError
from kgs_ropa.storage import errors
from kgs_ropa.storage.files import FileInUseError
from kgs_ropa.ui import i18n
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
# Known database errors (classified by code in kgs_ropa.storage.errors): what and what to do.
_DATABASE: dict[type[errors.DatabaseError], tuple[str, str]] = {
    errors.DatabaseBusyError: (
        QT_TRANSLATE_NOOP("ErrorText", "the register is in use by another program or user"),
        QT_TRANSLATE_NOOP("ErrorText", "Nothing was changed; try again in a moment."),
    ),
    errors.ReadOnlyError: (
        QT_TRANSLATE_NOOP("ErrorText", "the register is read-only here"),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Nothing was changed. Ask for write access, or open a writable copy."
        ),
    ),
    errors.DiskFullError: (
        QT_TRANSLATE_NOOP("ErrorText", "the disk is full"),
        QT_TRANSLATE_NOOP("ErrorText", "Nothing was changed. Make room and try again."),
    ),
    errors.DamagedDatabaseError: (
        QT_TRANSLATE_NOOP("ErrorText", "the file is not a database or is damaged"),
        QT_TRANSLATE_NOOP("ErrorText", "The file was not changed. Restore the latest good backup."),
    ),
    errors.IncompleteRegisterError: (
        QT_TRANSLATE_NOOP("ErrorText", "the register is incomplete: a table is missing"),
        QT_TRANSLATE_NOOP("ErrorText", "The file was not changed. Restore the latest good backup."),
    ),
    errors.DiskError: (
        QT_TRANSLATE_NOOP("ErrorText", "the disk could not be read or written"),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Nothing was changed. Check the drive or network connection."
        ),
    ),
    errors.CannotOpenError: (
        QT_TRANSLATE_NOOP("ErrorText", "the database file cannot be opened"),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Check that the folder exists and that you may read and write it."
        ),
    ),
    errors.ServerUnreachableError: (
        QT_TRANSLATE_NOOP("ErrorText", "no connection to the database server"),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Nothing was changed. Check the network, the server and the URL."
        ),
    ),
    errors.AuthenticationError: (
        QT_TRANSLATE_NOOP("ErrorText", "the database server refused the login"),
        QT_TRANSLATE_NOOP("ErrorText", "Check the user name and password."),
    ),
    errors.PermissionDeniedError: (
        QT_TRANSLATE_NOOP("ErrorText", "this database login may not do that"),
        QT_TRANSLATE_NOOP(
            "ErrorText", "Nothing was changed. Ask the database administrator for the rights."
        ),
    ),
}
# Where an import problem is (kgs_ropa.importers.problems).
_SHEET = QT_TRANSLATE_NOOP("ErrorText", "sheet %1")
_ROW = QT_TRANSLATE_NOOP("ErrorText", "row %1")
_COLUMN = QT_TRANSLATE_NOOP("ErrorText", "column %1")
_MORE = QT_TRANSLATE_NOOP("ErrorText", "… and %1 more")
_MOST_PROBLEMS = 50
# The server's own words help there; SQLite's sentence only repeats what the class says.
_WITH_REASON = (errors.ServerUnreachableError, errors.AuthenticationError)
_BACKGROUND = re.compile(r"\s*\(Background on this error at: [^)]*\)")
_DRIVER_CLASS = re.compile(r"\((?:sqlite3|psycopg2?|psycopg)\.[\w.]+\)\s*")
_STATEMENT = re.compile(r"\s*\[SQL: .*", re.DOTALL)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def message_text(text: message.Message | str) -> str:
    """A message made below the interface (kgs_ropa.message), in the interface language;
    plain text as it is."""
    if isinstance(text, str):
        return text
    return text.render(
        lambda template: QCoreApplication.translate(message.CONTEXT, template),
        i18n.locale().toString,
    )


def document_error_text(exc: DocumentError) -> str:
    """ "Transfer 1 › Country: not one of the known codes: 'XX'" in the interface language."""
    from kgs_ropa.ui.field_labels import document_path_label  # it imports dialogs that use us

    return f"{document_path_label(exc.path)}: {message_text(exc.message)}"


def problem_detail(problem: Problem) -> str:
    """What is wrong, in the interface language; in a JSON document first where: in an activity
    as the editor names it ("Activity KGS-02 Customer service › Purpose 1 › Lawful basis: ..."),
    elsewhere by the document's own key."""
    from kgs_ropa.ui.field_labels import document_path_label  # it imports dialogs that use us

    detail = message_text(problem.detail)
    if not problem.path:
        return detail
    if not problem.activity:  # outside the activities: the key the file itself uses
        return f"{problem.path}: {detail}"
    return f"{document_path_label(problem.path, problem.activity)}: {detail}"


def problem_text(problem: Problem) -> str:
    """ "sheet 'Register', row 4, column 'Purpose': ..." in the interface language."""
    where = []
    if problem.sheet is not None:
        where.append(_tr(_SHEET).replace("%1", repr(problem.sheet)))
        if problem.row is not None:
            where.append(_tr(_ROW).replace("%1", str(problem.row)))
        if problem.column:
            where.append(_tr(_COLUMN).replace("%1", repr(problem.column)))
    detail = problem_detail(problem)
    return f"{', '.join(where)}: {detail}" if where else detail


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
    return _DRIVER_CLASS.sub("", text).strip()


def database_error_text(exc: errors.DatabaseError, with_advice: bool = True) -> str:
    """A classified database error in the interface language, naming the register."""
    summary, advice = _DATABASE.get(type(exc), ("", ""))
    text = _tr(summary) if summary else exc.summary
    if exc.reason and isinstance(exc, _WITH_REASON):
        text = f"{text} ({exc.reason})"
    if exc.where:
        text = f"{exc.where}: {text}"
    return f"{text}. {_tr(advice)}" if with_advice and advice else text


def user_message(exc: BaseException) -> str:
    """A short message for `exc`: what went wrong, without tracebacks, links or SQL."""
    if isinstance(exc, DocumentError):
        return document_error_text(exc)
    if isinstance(exc, ImportFileError):
        lines = [problem_text(p) for p in exc.problems[:_MOST_PROBLEMS]]
        if len(exc.problems) > _MOST_PROBLEMS:
            more = str(len(exc.problems) - _MOST_PROBLEMS)
            lines.append(_tr(_MORE).replace("%1", more))
        return "\n".join(lines)
    if isinstance(exc, FileInUseError):
        return _tr(_OPEN_IN_EXCEL).replace("%1", str(exc.target)).replace("%2", exc.kept.name)
    if isinstance(exc, OSError):
        return os_error_text(exc)
    if isinstance(exc, errors.DatabaseError):
        return database_error_text(exc)
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        known = errors.classify(exc.orig)
        if known is not None:
            return database_error_text(known, with_advice=False)
        return clean_database_text(str(exc.orig))
    if isinstance(exc, SQLAlchemyError):
        return clean_database_text(str(exc))
    said = getattr(exc, "message", None)
    if isinstance(exc, errors.KnownError) and isinstance(said, message.Message):
        return message_text(said)  # made below the interface (a review's refusal)
    text = str(exc)
    cause = exc.__cause__
    if isinstance(cause, OSError) and str(cause) in text:
        return text.replace(str(cause), os_error_text(cause))
    return clean_database_text(text)
