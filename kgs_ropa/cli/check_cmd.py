"""`check`: list the register's findings per activity; exit 1 when any of them is an error."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

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
    from kgs_ropa.checks import activity_names, check_register
    from kgs_ropa.services import collector
    from kgs_ropa.services.document import dump_register

    with collector.paused():
        with open_database(args).reading() as session:
            document = dump_register(session)
        findings = check_register(document, date.today())
        if args.format == "json":
            lines = [f.as_dict(args.lang) for f in findings]
            print(json.dumps(lines, ensure_ascii=False, indent=2))
        else:
            print(format_text(findings, activity_names(document, args.lang), args.lang))
        return EXIT_FINDINGS if any(f.is_error for f in findings) else EXIT_OK


def format_text(findings: Sequence[Finding], names: dict[str, str], lang: str) -> str:
    """Findings grouped under their activity (register-wide ones first), then a summary line."""
    from kgs_ropa.checks import severity_label

    lines: list[str] = []
    current: object = object()  # no finding's activity is this, so the first one gets a heading
    for finding in findings:
        if finding.activity != current:
            current = finding.activity
            lines.append(_heading(finding.activity, names, lang))
        label = severity_label(finding.severity, lang)
        where = f" [{finding.field}]" if finding.field else ""
        lines.append(f"  {label:<12} {finding.code:<26} {finding.message(lang)}{where}")
    lines.append(_summary(findings, lang))
    return "\n".join(lines)


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
