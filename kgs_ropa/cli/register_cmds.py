"""init, and the lossless JSON import."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kgs_ropa.cli.common import EXIT_OK, CliError, open_database, warn_about_location
from kgs_ropa.services.document import load_register
from kgs_ropa.services.setup import EXAMPLES, activity_count, initialise, seed_vocabularies
from kgs_ropa.storage.backup import automatic as automatic_backup
from kgs_ropa.storage.database import Database


def add_commands(commands: Any) -> None:
    init = commands.add_parser("init", help="create or upgrade the register database")
    init.add_argument("--example", choices=sorted(EXAMPLES), help="load an example register")
    init.set_defaults(handler=run_init)

    imp = commands.add_parser("import", help="import a register file (all or nothing)")
    imp_formats = imp.add_subparsers(dest="format", metavar="FORMAT", required=True)
    imp_json = imp_formats.add_parser("json", help="a register exported with `export json`")
    imp_json.add_argument("input", metavar="IN", type=Path)
    imp_json.add_argument("--dry-run", action="store_true", help="check only, change nothing")
    imp_json.set_defaults(handler=run_import_json)
    imp_xlsx = imp_formats.add_parser(
        "xlsx", help="a workbook from `export xlsx-editable`, or a register with ICO-style headings"
    )
    imp_xlsx.add_argument("input", metavar="IN", type=Path)
    imp_xlsx.add_argument("--dry-run", action="store_true", help="check only, change nothing")
    imp_xlsx.set_defaults(handler=run_import_xlsx)


def run_init(args: argparse.Namespace) -> int:
    db = Database.open(args.db)
    warn_about_location(db)
    result = initialise(db, args.example)
    if result.upgrade.backup:
        print(f"backed up the database to {result.upgrade.backup}")
    if result.upgrade.changed:
        print(f"schema {result.upgrade.before or '(new)'} -> {result.upgrade.after}")
    if args.example:
        print(f"loaded example {args.example!r}: {result.activities} activities")
    else:
        print(f"register ready: {result.activities} activities")
    return EXIT_OK


def _backup_before_import(db: Database) -> None:
    made = automatic_backup(db, "import")
    if made:
        print(f"backed up the register to {made}")


def read_json(path: Path) -> Any:
    try:
        # utf-8-sig: a byte order mark, as some Windows editors write it, is accepted.
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise CliError(f"{path}: not a UTF-8 text file") from None
    except json.JSONDecodeError as exc:
        raise CliError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise CliError(f"{path}: nested too deeply to be a register document") from None
    except ValueError as exc:  # a number of thousands of digits: Python refuses to convert it
        raise CliError(f"{path}: not a register document ({exc})") from None


def run_import_json(args: argparse.Namespace) -> int:
    document = read_json(args.input)
    db = open_database(args)
    if not args.dry_run:
        _backup_before_import(db)
    with db.transaction() as session:
        if activity_count(session):
            raise CliError("the register is not empty; import into an empty register")
        # The document's catalogues first: the standard entries fill only a catalogue it leaves
        # empty, so a register exported and imported again is the same register.
        load_register(session, document)
        seed_vocabularies(session)
        count = activity_count(session)
        if args.dry_run:
            session.rollback()
            print(f"{args.input}: valid, {count} activities (dry run, nothing changed)")
            return EXIT_OK
    print(f"imported {count} activities from {args.input}", file=sys.stdout)
    return EXIT_OK


def run_import_xlsx(args: argparse.Namespace) -> int:
    from kgs_ropa.importers.xlsx_import import import_xlsx  # openpyxl only when asked for

    db = open_database(args)
    if not args.dry_run:
        _backup_before_import(db)
    result = import_xlsx(db, args.input, dry_run=args.dry_run)
    if result.mapping:
        print("columns read as:")
        for line in result.mapping:
            print(f"  {line}")
    if result.dry_run:
        for line in result.preview:
            print(f"  {line}")
        print(f"{args.input}: valid, {result.activities} activities (dry run, nothing changed)")
    else:
        print(f"imported {result.activities} activities from {args.input}")
    return EXIT_OK
