"""`check`: list the register's findings per activity; exit 1 when any of them is an error."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

from kgs_ropa.cli.common import EXIT_FINDINGS, EXIT_OK, add_lang, open_database

if TYPE_CHECKING:
    from kgs_ropa.checks import Finding

REGISTER_HEADING = ("Register (organisatie)", "Register (organisation)")


def add_commands(commands: Any) -> None:
    check = commands.add_parser(
        "check", help="check the register for completeness (exit 1 when there are errors)"
    )
    add_lang(check)
    check.add_argument(
        "--format", choices=["text", "json"], default="text", help="output format (default text)"
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from kgs_ropa.services import collector

    # Paused over the imports too: SQLAlchemy's and the model's leave some 60,000 objects that
    # the collector would otherwise walk again and again while they load (docs/performance.md).
    with collector.paused():
        from kgs_ropa.checks import activity_names, check_register
        from kgs_ropa.services.document import dump_register

        with open_database(args).reading() as session:
            document = dump_register(session)
        findings = check_register(document, date.today())
        if args.format == "json":
            objects = [f.as_dict(args.lang) for f in findings]
            print(json.dumps(objects, ensure_ascii=False, indent=2))
        else:
            lines = text_lines(findings, activity_names(document, args.lang), args.lang)
            write_lines(sys.stdout, lines)
        return EXIT_FINDINGS if any(f.is_error for f in findings) else EXIT_OK


def text_lines(findings: Sequence[Finding], names: dict[str, str], lang: str) -> Iterator[str]:
    """Findings grouped under their activity (register-wide ones first), then a summary line."""
    from kgs_ropa.checks import severity_label

    # "  fout         art30.retention            ": one per severity and code, not per finding.
    starts: dict[tuple[str, str], str] = {}
    current: object = object()  # no finding's activity is this, so the first one gets a heading
    for finding in findings:
        if finding.activity != current:
            current = finding.activity
            yield _heading(finding.activity, names, lang)
        key = (finding.severity, finding.code)
        start = starts.get(key)
        if start is None:
            label = severity_label(finding.severity, lang)
            start = starts[key] = f"  {label:<12} {finding.code:<26} "
        where = f" [{finding.field}]" if finding.field else ""
        yield f"{start}{finding.message(lang)}{where}"
    yield _summary(findings, lang)


LINES_PER_WRITE = 1000  # the text of 10,000 activities is 12 MB: never held whole


def write_lines(stream: TextIO, lines: Iterable[str]) -> None:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == LINES_PER_WRITE:
            stream.write("\n".join(batch) + "\n")
            batch.clear()
    stream.write("".join(line + "\n" for line in batch))


def _heading(activity: str | None, names: dict[str, str], lang: str) -> str:
    if activity is None:
        return REGISTER_HEADING[lang == "en"]
    return f"{activity}  {names.get(activity, '')}".rstrip()


def _summary(findings: Sequence[Finding], lang: str) -> str:
    errors = sum(f.is_error for f in findings)
    warnings = len(findings) - errors
    if lang == "en":
        return f"{errors} error(s), {warnings} warning(s)"
    return f"{errors} fout(en), {warnings} waarschuwing(en)"
