"""`notice OUT`: the privacy statement drawn up from the register; `notice-check STATEMENT`:
a published statement measured against the register (docs/notice.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kgs_ropa.cli.common import EXIT_FINDINGS, EXIT_OK, CliError, add_lang, open_database

NOTICE_FORMATS = ("html", "fragment", "md", "pdf")
_BY_SUFFIX = {".html": "html", ".htm": "html", ".md": "md", ".pdf": "pdf"}


def add_commands(commands: Any) -> None:
    notice = commands.add_parser(
        "notice", help="write the privacy statement's information (Art. 13-14) from the register"
    )
    notice.add_argument("out", metavar="OUT", type=Path)
    add_lang(notice)
    notice.add_argument(
        "--format",
        choices=NOTICE_FORMATS,
        help="html (a whole page), fragment (HTML to embed), md or pdf; default: from OUT's "
        "extension",
    )
    notice.set_defaults(handler=run_notice)

    check = commands.add_parser(
        "notice-check", help="check a published privacy statement against the register"
    )
    check.add_argument("statement", metavar="STATEMENT", type=Path, help=".txt, .html or .pdf")
    add_lang(check)
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.set_defaults(handler=run_notice_check)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    found = _BY_SUFFIX.get(args.out.suffix.lower())
    if found is None:
        raise CliError(
            f"{args.out.name}: name the format with --format ({', '.join(NOTICE_FORMATS)})"
        )
    return found


def run_notice(args: argparse.Namespace) -> int:
    from kgs_ropa.reports.notice_export import write_notice  # reportlab only for a PDF
    from kgs_ropa.services.document import dump_register

    kind = _format(args)
    if not args.out.parent.exists():
        raise CliError(f"{args.out.parent}: no such folder")
    db = open_database(args)
    with db.reading() as session:
        document = dump_register(session)
    open_points = write_notice(document, args.lang, kind, args.out)
    print(f"{args.out}: {open_points} open point(s) marked to be confirmed")
    return EXIT_OK


def run_notice_check(args: argparse.Namespace) -> int:
    from kgs_ropa.checks.statement import check_statement
    from kgs_ropa.checks.statement_messages import kind_title
    from kgs_ropa.importers.statement import read_statement
    from kgs_ropa.services.document import dump_register

    content = read_statement(args.statement)
    db = open_database(args)
    with db.reading() as session:
        document = dump_register(session)
    findings = check_statement(document, content, args.lang)
    if args.format == "json":
        print(json.dumps([f.__dict__ for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(f"{kind_title(finding.kind, args.lang)}: {finding.message}")
            if finding.field:
                print(f"  register: {finding.field}")
            if finding.quote:
                print(f'  line {finding.line}: "{finding.quote}"')
        print(f"{len(findings)} point(s)")
    return EXIT_FINDINGS if findings else EXIT_OK
