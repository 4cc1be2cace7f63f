"""`export FORMAT OUT`: every export format goes through here, each rendered by its own module."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgs_ropa.cli.common import EXIT_OK, CliError, add_lang, open_database

if TYPE_CHECKING:
    from kgs_ropa.reports.build import Target


def export_json(target: Target, out: Path, args: argparse.Namespace) -> str | None:
    from kgs_ropa.reports.export import export_json as export

    return export(target, out)


def export_xlsx(target: Target, out: Path, args: argparse.Namespace) -> str | None:
    from kgs_ropa.reports.export import export_xlsx as export  # openpyxl only when asked for

    return export(target, out, args.lang, args.activity or None, with_findings=args.with_findings)


def export_xlsx_editable(target: Target, out: Path, args: argparse.Namespace) -> str | None:
    from kgs_ropa.reports.export import export_xlsx_editable as export

    return export(target, out, args.lang, args.activity or None, with_findings=args.with_findings)


def export_pdf(target: Target, out: Path, args: argparse.Namespace) -> str | None:
    from kgs_ropa.reports.export import export_pdf as export  # reportlab only when asked for

    return export(target, out, args.lang, args.activity or None, with_findings=args.with_findings)


def export_jsonld(target: Target, out: Path, args: argparse.Namespace) -> str | None:
    from kgs_ropa.reports.export import export_jsonld as export

    return export(target, out, args.lang, args.activity or None)


# format name -> exporter(db, out, args), which returns the history hash of the register state
# it wrote (None: no history). Other formats register here.
EXPORTERS: dict[str, Callable[[Target, Path, argparse.Namespace], str | None]] = {
    "json": export_json,
    "xlsx": export_xlsx,
    "xlsx-editable": export_xlsx_editable,
    "pdf": export_pdf,
    "jsonld": export_jsonld,
}


FINDINGS_FORMATS = ("pdf", "xlsx", "xlsx-editable")
WHOLE_FORMATS = ("json",)  # the register document is all of the register (import reads it back)


def add_commands(commands: Any) -> None:
    export = commands.add_parser("export", help="export the register")
    export.add_argument(
        "format",
        choices=sorted(EXPORTERS),
        metavar="FORMAT",
        help=f"one of: {', '.join(sorted(EXPORTERS))}. xlsx and pdf are the forms for the "
        "supervisory authority; xlsx-editable is the whole register (notes included) for "
        "editing in Excel and reading back with `import xlsx`",
    )
    export.add_argument("out", metavar="OUT", type=Path)
    add_lang(export)
    export.add_argument(
        "--activity",
        action="append",
        metavar="ID",
        default=[],
        help="only this activity (code or id); repeatable; not for json, which is always the "
        "whole register",
    )
    export.add_argument(
        "--with-findings",
        action="store_true",
        help="add the open check findings (xlsx, xlsx-editable, pdf); the file then says on its "
        "cover that it is for internal use",
    )
    past = export.add_mutually_exclusive_group()
    past.add_argument(
        "--as-of", metavar="DATE", help="the register as of the latest snapshot that day"
    )
    past.add_argument("--snapshot", metavar="ID", help="the register as frozen in this snapshot")
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    if not args.out.parent.exists():
        raise CliError(f"{args.out.parent}: no such folder")
    if args.with_findings and args.format not in FINDINGS_FORMATS:
        only = ", ".join(FINDINGS_FORMATS)
        raise CliError(f"--with-findings is for {only}, not for {args.format}")
    if args.activity and args.format in WHOLE_FORMATS:
        raise CliError(
            f"--activity is not for {args.format}: `export {args.format}` writes the whole "
            "register (the document `import json` reads back); the other formats take --activity"
        )
    if args.as_of or args.snapshot:
        from kgs_ropa.cli.history_cmds import export_snapshot

        return export_snapshot(open_database(args), args, EXPORTERS[args.format])
    head = EXPORTERS[args.format](open_database(args), args.out, args)
    print(f"wrote {args.out}")
    # A copy handed out anchors the change history: the hash of the state the file holds.
    print(f"history hash {head or '(empty history)'}")
    return EXIT_OK
