"""What every command shares: exit codes, errors, opening the database."""

from __future__ import annotations

import argparse
import re
import shlex
import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, TextIO

from kgs_ropa.storage.errors import DamagedDatabaseError

if TYPE_CHECKING:
    from kgs_ropa.storage.database import Database

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_BUG = 3

# C0 and C1 control characters but tab and newline, and the bidirectional overrides: user text
# must not drive the terminal (colours, cursor, title) nor reorder what is shown.
_CONTROLS = [*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROL = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in _CONTROLS if c not in (9, 10)}


# str.translate with a table looks every character up: a regex finds the few to replace faster
# (a check of 10,000 activities prints 3 MB).
_CONTROL_PATTERN = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL) + "]")


def _escaped(match: re.Match[str]) -> str:
    return _CONTROL[ord(match.group())]


def printable(text: str) -> str:
    """User text as it may go to a terminal: control characters shown escaped (\\x1b)."""
    return _CONTROL_PATTERN.sub(_escaped, text)


class EscapingStream:
    """A text stream that escapes control characters in everything written to it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# The writer's leases this command holds, given up when it ends (`release_leases`).
_LEASES = ExitStack()


def open_database(args: argparse.Namespace, hold: bool = False) -> Database:
    """The register named by --db / $KGS_ROPA_DB, brought to the current schema. A target
    that holds no register is refused (exit 2): only `init` creates one.

    Every write refuses while another process (the app, elsewhere too) holds the register's
    lease; with `hold` (a long write) the command holds the lease itself until it ends.
    """
    from kgs_ropa.services import lease
    from kgs_ropa.services.connect import connect
    from kgs_ropa.storage.migrate import require_register, upgrade

    db = connect(args.db)
    try:
        require_register(db)
        warn_about_location(db)
        upgrade(db)
        lease.refuse_other_writers(db)
        if hold:
            _LEASES.enter_context(lease.held(db))
    except DamagedDatabaseError as exc:
        db.dispose()
        raise CliError(f"{exc}{_offer_backup(db)}") from None
    except BaseException:
        db.dispose()
        raise
    return db


def release_leases() -> None:
    _LEASES.close()


def _offer_backup(db: Database) -> str:
    from kgs_ropa.storage import backup
    from kgs_ropa.storage.database import is_sqlite

    good = backup.latest_good(db) if is_sqlite(db.url) else None
    return f" The latest good backup: kgs-ropa restore {shlex.quote(str(good))}" if good else ""


def warn_about_location(db: Database) -> None:
    from kgs_ropa.storage.database import is_sqlite
    from kgs_ropa.storage.location import network_share_warning

    warning = network_share_warning(db.url.database) if is_sqlite(db.url) else None
    if warning:
        print(f"warning: {warning}", file=sys.stderr)


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=["nl", "en"], default="nl", help="language (default nl)")


def plain_error(exc: Exception) -> str:
    """An OS error as "file: reason" ("register.pdf: No space left on device")."""
    if isinstance(exc, OSError) and exc.strerror and exc.filename and str(exc).startswith("["):
        return f"{exc.filename}: {exc.strerror}"
    return str(exc)
