"""backup and restore: a complete copy of a SQLite register, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgs_ropa.cli.common import EXIT_OK, open_database

if TYPE_CHECKING:
    from kgs_ropa.storage.database import Database


def add_commands(commands: Any) -> None:
    back_up = commands.add_parser(
        "backup", help="copy the whole register (history, snapshots, reviews) to a checked file"
    )
    back_up.add_argument("out", metavar="OUT", type=Path, help="a file, or a folder for it")
    back_up.set_defaults(handler=run_backup)
    restore = commands.add_parser(
        "restore", help="put a backup in place of the register (the current one is kept aside)"
    )
    restore.add_argument("input", metavar="IN", type=Path)
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from kgs_ropa.services import backups

    made = backups.back_up(open_database(args), args.out)
    print(f"backed up the register to {made}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from kgs_ropa.services import backups
    from kgs_ropa.services.connect import connect

    # Not open_database: the register being replaced may be damaged, that is why one restores.
    db = connect(args.db)
    try:
        _refuse_while_open_elsewhere(db)
        result = backups.restore(db, args.input)
    finally:
        db.dispose()
    if result.kept_aside:
        print(f"kept the register as it was in {result.kept_aside}")
    print(f"restored the register from {result.source}")
    return EXIT_OK


def _refuse_while_open_elsewhere(db: Database) -> None:
    """Replacing a register another process has open for writing would pull it from under
    them; a register too damaged to read its lease is restored all the same."""
    from kgs_ropa.services import lease
    from kgs_ropa.storage.database import is_sqlite
    from kgs_ropa.storage.errors import DatabaseError

    if is_sqlite(db.url) and not Path(str(db.url.database)).is_file():
        return  # nothing there to hold (and connecting would create an empty file)
    try:
        holder = lease.other_writer(db)
    except DatabaseError:
        return
    if holder is not None:
        raise lease.RegisterInUseError(holder)
