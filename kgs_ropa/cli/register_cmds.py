"""init, and import of a register file (JSON, our workbook, a spreadsheet on a template)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgs_ropa.cli.common import EXIT_OK, CliError, open_database, warn_about_location
from kgs_ropa.importers.conflicts import ON_CONFLICT
from kgs_ropa.services.examples import EXAMPLES

if TYPE_CHECKING:
    from kgs_ropa.storage.database import Database


def add_commands(commands: Any) -> None:
    init = commands.add_parser("init", help="create or upgrade the register database")
    init.add_argument("--example", choices=sorted(EXAMPLES), help="load an example register")
    init.set_defaults(handler=run_init)

    imp = commands.add_parser("import", help="import a register file (all or nothing)")
    imp_formats = imp.add_subparsers(dest="format", metavar="FORMAT", required=True)
    imp_json = imp_formats.add_parser("json", help="a register exported with `export json`")
    imp_xlsx = imp_formats.add_parser(
        "xlsx",
        help="a workbook from `export xlsx`, or a register on the ICO controller or processor "
        "template, the CNIL model or Dutch headings",
    )
    for parser in (imp_json, imp_xlsx):
        parser.add_argument("input", metavar="IN", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="check only, change nothing")
        parser.add_argument(
            "--on-conflict",
            choices=ON_CONFLICT,
            default="fail",
            help="an activity the register has already: fail (list them all, change nothing), "
            "skip it, or replace it (default: fail)",
        )
        parser.set_defaults(handler=run_import)
    imp_xlsx.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read a column (heading or letter) into a field, e.g. 'Purpose(s)=purposes'; "
        "'COLUMN=' keeps it in the note",
    )


def run_init(args: argparse.Namespace) -> int:
    from kgs_ropa.services.connect import connect
    from kgs_ropa.services.setup import initialise

    db = connect(args.db)
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
    from kgs_ropa.storage.backup import automatic as automatic_backup

    made = automatic_backup(db, "import")
    if made:
        print(f"backed up the register to {made}")


def _choices(pairs: list[str]) -> dict[str, str | None]:
    choices: dict[str, str | None] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        if not sep or not column.strip():
            raise CliError(f"--map {pair!r}: expected COLUMN=FIELD")
        choices[column.strip()] = target.strip() or None
    return choices


def run_import(args: argparse.Namespace) -> int:
    from kgs_ropa.importers.file_import import import_file  # openpyxl only when asked for

    db = open_database(args, hold=not args.dry_run)
    if not args.dry_run:
        _backup_before_import(db)
    result = import_file(
        db,
        args.input,
        on_conflict=args.on_conflict,
        dry_run=args.dry_run,
        choices=_choices(getattr(args, "map", [])),
    )
    if result.mapping_lines:
        print(f"columns read as ({result.mapping.template_name if result.mapping else ''}):")
        for line in result.mapping_lines:
            print(f"  {line}")
    for title, lines in (
        ("reused from the register", [f"{k} {c} {n}" for k, c, n in result.reused]),
        ("skipped (already in the register)", result.skipped),
        ("replaced", result.replaced),
    ):
        if lines:
            print(f"{title}:")
            for line in lines:
                print(f"  {line}")
    if result.dry_run:
        for line in result.added:
            print(f"  {line}")
        print(f"{args.input}: valid, {result.activities} activities (dry run, nothing changed)")
    else:
        print(f"imported {result.activities} activities from {args.input}")
    return EXIT_OK
