"""Errors the user can do something about, sorted where they arise.

KnownError is the one root: the app and the command line catch it and show its message (exit 2);
anything else is a bug. Database driver errors are turned into these classes by their code
(SQLite result codes, PostgreSQL SQLSTATE), never by matching the driver's English sentences.
"""

from __future__ import annotations

from typing import Any


class KnownError(Exception):
    """Trouble the user can fix (bad input, a locked or full disk, a stale edit)."""


class StorageError(KnownError):
    """Expected trouble with the database: shown to the user as a plain message."""


class ConcurrentChangeError(StorageError):
    """Someone else changed what is being saved; nothing was written."""


class DatabaseError(StorageError):
    """A classified driver error; `reason` is the driver's own text, for the log and experts."""

    summary = "the database could not be used"
    advice = "Nothing was changed."

    def __init__(self, reason: str = "", where: str = "") -> None:
        self.reason, self.where = reason, where
        text = f"{self.summary} ({reason})" if reason else self.summary
        super().__init__(f"{where}: {text}. {self.advice}" if where else f"{text}. {self.advice}")

    def at(self, where: str) -> DatabaseError:
        """The same error naming the register it concerns."""
        return type(self)(self.reason, where)


class DatabaseBusyError(DatabaseError):
    summary = "the register is in use by another program or user"
    advice = "Nothing was changed; try again in a moment."


class ReadOnlyError(DatabaseError):
    summary = "the register is read-only here"
    advice = "Nothing was changed. Ask for write access, or open a writable copy."


class DiskFullError(DatabaseError):
    summary = "the disk (or the database server) is full"
    advice = "Nothing was changed. Make room and try again."


class DamagedDatabaseError(DatabaseError):
    summary = "the register file is damaged or not a database"
    advice = "The file was not changed. Restore the latest good backup (`kgs-ropa restore`)."


class IncompleteRegisterError(DatabaseError):
    summary = "the register is incomplete: a table is missing"
    advice = "The file was not changed. Restore the latest good backup (`kgs-ropa restore`)."


class DiskError(DatabaseError):
    summary = "the disk could not be read or written"
    advice = "Nothing was changed. Check the drive or network connection and try again."


class CannotOpenError(DatabaseError):
    summary = "the register file cannot be opened"
    advice = "Check that the folder exists and that you may read and write it."


class ServerUnreachableError(DatabaseError):
    summary = "no connection to the database server"
    advice = "Nothing was changed. Check the network, the server and the URL, then try again."


class AuthenticationError(DatabaseError):
    summary = "the database server refused the login"
    advice = "Check the user name and password in the database URL."


class PermissionDeniedError(DatabaseError):
    summary = "this database login may not do that"
    advice = "Nothing was changed. Ask the database administrator for the rights (see the guide)."


# SQLite primary result codes (https://sqlite.org/rescode.html).
_SQLITE: dict[int, type[DatabaseError]] = {
    3: PermissionDeniedError,  # SQLITE_PERM
    5: DatabaseBusyError,  # SQLITE_BUSY
    6: DatabaseBusyError,  # SQLITE_LOCKED
    8: ReadOnlyError,  # SQLITE_READONLY
    10: DiskError,  # SQLITE_IOERR
    11: DamagedDatabaseError,  # SQLITE_CORRUPT
    13: DiskFullError,  # SQLITE_FULL
    14: CannotOpenError,  # SQLITE_CANTOPEN
    23: PermissionDeniedError,  # SQLITE_AUTH
    26: DamagedDatabaseError,  # SQLITE_NOTADB
}
# PostgreSQL SQLSTATE: exact codes first, then classes (the first two characters).
_SQLSTATE: dict[str, type[DatabaseError]] = {
    "42501": PermissionDeniedError,  # insufficient_privilege
    "25006": ReadOnlyError,  # read_only_sql_transaction
    "53100": DiskFullError,  # disk_full
    "40001": DatabaseBusyError,  # serialization_failure
    "40P01": DatabaseBusyError,  # deadlock_detected
    "55P03": DatabaseBusyError,  # lock_not_available
    "57P01": ServerUnreachableError,  # admin_shutdown
    "57P03": ServerUnreachableError,  # cannot_connect_now
    "08": ServerUnreachableError,  # connection_exception
    "28": AuthenticationError,  # invalid_authorization_specification
    "XX": DamagedDatabaseError,  # internal_error (data_corrupted, index_corrupted)
}


def classify(error: BaseException, disconnected: bool = False) -> DatabaseError | None:
    """The known error a DBAPI exception stands for, or None when it is not one (a bug)."""
    reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
    code: Any = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        kind = _SQLITE.get(code & 0xFF)
        return kind(reason) if kind else None
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if isinstance(state, str):
        kind = _SQLSTATE.get(state) or _SQLSTATE.get(state[:2])
        return kind(reason) if kind else None
    if disconnected or _is_connect_failure(error):
        return ServerUnreachableError(reason)
    return None


def _is_connect_failure(error: BaseException) -> bool:
    """psycopg reports a failed connection without a SQLSTATE (libpq gives none)."""
    module = type(error).__module__.split(".")[0]
    return module in ("psycopg", "psycopg2") and type(error).__name__ == "OperationalError"
