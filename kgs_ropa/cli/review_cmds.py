"""`review start|status|mark|close|report|follow-ups`: a review session, scriptable end to end."""

from __future__ import annotations

import argparse
import shlex
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgs_ropa.cli.common import EXIT_OK, CliError, add_lang, open_database, plain_error
from kgs_ropa.cli.history_cmds import iso_date
from kgs_ropa.storage.errors import KnownError

if TYPE_CHECKING:
    from kgs_ropa.services import review
    from kgs_ropa.storage.database import Database


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("review", help="quarterly review sessions")
    sub = parser.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    start = sub.add_parser("start", help="open a session over the activities due")
    start.add_argument("name", metavar="NAME", help='e.g. "2026 Q4"')
    start.add_argument("--participant", action="append", default=[], metavar="P")
    start.add_argument("--date", type=iso_date, metavar="D", help="held on (default today)")
    start.add_argument(
        "--activity", action="append", metavar="ID", help="review these instead of those due"
    )
    start.set_defaults(handler=run_start)

    sub.add_parser("status", help="progress of the open session").set_defaults(handler=run_status)

    mark = sub.add_parser("mark", help="record the outcome for one activity")
    mark.add_argument("activity", metavar="ACTIVITY", help="code or id")
    mark.add_argument("outcome", choices=["confirmed", "changed", "follow-up"])
    mark.add_argument("--note", default="")
    mark.add_argument("--action", default="", help="what has to be done (follow-up)")
    mark.add_argument("--owner", default="", help="who does it")
    mark.add_argument("--due", type=iso_date, metavar="DATE", help="by when")
    mark.set_defaults(handler=run_mark)

    close = sub.add_parser("close", help="close the session, snapshot, report")
    close.add_argument("--report", type=Path, metavar="OUT.pdf", help="write the review report")
    add_lang(close)
    close.set_defaults(handler=run_close)

    report = sub.add_parser("report", help="the report of a closed session (default the latest)")
    report.add_argument("out", type=Path, metavar="OUT.pdf")
    report.add_argument("--session", metavar="NAME", help="session name (default the latest)")
    add_lang(report)
    report.set_defaults(handler=run_report)

    follow = sub.add_parser("follow-ups", help="list the open follow-up actions")
    follow.set_defaults(handler=run_follow_ups)


def _fail(exc: review.ReviewError) -> CliError:
    return CliError(str(exc))


def run_start(args: argparse.Namespace) -> int:
    from kgs_ropa.services import review

    held_on = args.date or date.today()
    with open_database(args).transaction() as session:
        try:
            started = review.start(session, args.name, held_on, args.participant, args.activity)
        except review.ReviewError as exc:
            raise _fail(exc) from None
    print(f"review {started.name!r} started: {len(started.items)} activities in scope")
    for item in started.items:
        print(f"  {item.activity_code}  {item.activity_name}")
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    from kgs_ropa.services import review

    with open_database(args).reading() as session:
        current = review.open_review(session)
        if current is None:
            print("no review session is open")
            return EXIT_OK
        state = review.view(session, current)
    counts = state.counts
    print(
        f"review {state.name!r} held on {state.held_on}: {state.marked}/{len(state.items)} marked"
    )
    print(", ".join(f"{k.replace('_', '-')} {counts[k]}" for k in (*review.OUTCOMES, "pending")))
    if state.participants:
        print(f"participants: {', '.join(state.participants)}")
    for item in state.items:
        outcome = (item.outcome or "pending").replace("_", "-")
        print(f"  {outcome:<10} {item.activity_code}  {item.activity_name}")
    return EXIT_OK


def run_mark(args: argparse.Namespace) -> int:
    from kgs_ropa.services import review

    with open_database(args).transaction() as session:
        try:
            item = review.mark(
                session, args.activity, args.outcome, args.note, args.action, args.owner, args.due
            )
        except review.ReviewError as exc:
            raise _fail(exc) from None
    print(f"{item.activity_code}: {(item.outcome or '').replace('_', '-')}")
    return EXIT_OK


def run_close(args: argparse.Namespace) -> int:
    from kgs_ropa.services import history, review
    from kgs_ropa.storage.backup import automatic as automatic_backup

    if args.report and not args.report.parent.exists():
        raise CliError(f"{args.report.parent}: no such folder")
    db = open_database(args, hold=True)
    with db.transaction() as session:
        try:
            closed = review.close(session)
        except review.ReviewError as exc:
            raise _fail(exc) from None
        head = history.latest_hash(session)
    skipped = len(closed.pending)
    print(f"review {closed.name!r} closed: {closed.marked} reviewed, snapshot {closed.snapshot_id}")
    if skipped:
        print(f"{skipped} activities were not marked and keep their review dates")
    print(f"history hash {head}")
    made = automatic_backup(db, "review")
    if made:
        print(f"backed up the register to {made}")
    if args.report:
        try:
            _write_report(db, closed.id, args.report, args.lang)
        except (KnownError, OSError) as exc:
            # The review is closed and committed: say so, and how to get the report again.
            raise CliError(
                f"the review {closed.name!r} is closed; only its report could not be written "
                f"({plain_error(exc)}). Write it again with: kgs-ropa review report --session "
                f"{shlex.quote(closed.name)} {shlex.quote(str(args.report))}"
            ) from None
    return EXIT_OK


def _write_report(db: Database, review_id: int, out: Path, lang: str) -> None:
    from kgs_ropa.reports.review_report import export_review_report

    export_review_report(db, review_id, out, lang)
    print(f"wrote {out}")


def run_report(args: argparse.Namespace) -> int:
    from kgs_ropa.services import review

    db = open_database(args)
    with db.reading() as session:
        found = [s for s in review.sessions(session) if s.status == "closed"]
    if args.session:
        found = [s for s in found if s.name == args.session]
    if not found:
        raise CliError(
            "no closed review session" + (f" named {args.session!r}" if args.session else "")
        )
    if not args.out.parent.exists():
        raise CliError(f"{args.out.parent}: no such folder")
    _write_report(db, found[-1].id, args.out, args.lang)
    return EXIT_OK


def run_follow_ups(args: argparse.Namespace) -> int:
    from kgs_ropa.services import review

    today = date.today()
    with open_database(args).reading() as session:
        items = review.open_follow_ups(session)
    for f in items:
        due = f.due_on.isoformat() if f.due_on else "no due date"
        late = "  OVERDUE" if f.overdue(today) else ""
        print(f"{f.activity_code}  {f.action}  ({f.owner or 'no owner'}, {due}){late}")
    if not items:
        print("no open follow-ups")
    return EXIT_OK
