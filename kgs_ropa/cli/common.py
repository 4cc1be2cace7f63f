"""What every command shares: exit codes, errors, opening the database."""

from __future__ import annotations

import argparse
import sys

from kgs_ropa.storage.database import Database, is_sqlite
from kgs_ropa.storage.location import network_share_warning
from kgs_ropa.storage.migrate import require_register, upgrade

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def open_database(args: argparse.Namespace) -> Database:
    """The register named by --db / $KGS_ROPA_DB, brought to the current schema. A target
    that holds no register is refused (exit 2): only `init` creates one."""
    db = Database.open(args.db)
    try:
        require_register(db)
        warn_about_location(db)
        upgrade(db)
    except BaseException:
        db.dispose()
        raise
    return db


def warn_about_location(db: Database) -> None:
    warning = network_share_warning(db.url.database) if is_sqlite(db.url) else None
    if warning:
        print(f"warning: {warning}", file=sys.stderr)


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=["nl", "en"], default="nl", help="language (default nl)")
