"""Errors the user can do something about, sorted where they arise.

KnownError is the one root: the app and the command line catch it and show its message (exit 2);
anything else is a bug. Database driver errors are turned into these classes by their code
(SQLite result codes, PostgreSQL SQLSTATE), never by matching the driver's English sentences.
"""

from __future__ import annotations


class KnownError(Exception):
    """Trouble the user can fix (bad input, a locked or full disk, a stale edit)."""


class StorageError(KnownError):
    """Expected trouble with the database: shown to the user as a plain message."""


class ConcurrentChangeError(StorageError):
    """Someone else changed what is being saved; nothing was written."""
