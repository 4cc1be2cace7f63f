"""history, verify-history, snapshot, diff and inquiry-pack: accountability on the command line."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgs_ropa.cli.common import EXIT_FINDINGS, EXIT_OK, CliError, add_lang, open_database

if TYPE_CHECKING:
    from kgs_ropa.reports.build import Target
    from kgs_ropa.services.replay import Reconstruction
    from kgs_ropa.storage.database import Database

Exporter = Callable[["Target", Path, argparse.Namespace], str | None]


def iso_date(text: str) -> date:
    """argparse type: a date as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_commands(commands: Any) -> None:
    hist = commands.add_parser("history", help="list the change history")
    hist.add_argument("--since", type=iso_date, metavar="DATE", help="from this day on")
    hist.add_argument("--until", type=iso_date, metavar="DATE", help="up to and including")
    hist.add_argument("--activity", metavar="ID", help="only this activity (code or id)")
    hist.add_argument("--actor", metavar="USER", help="only changes by this user")
    hist.add_argument("--format", choices=["text", "csv"], default="text")
    hist.set_defaults(handler=run_history)

    verify = commands.add_parser("verify-history", help="check the history chain is intact")
    verify.set_defaults(handler=run_verify)

    snap = commands.add_parser("snapshot", help="freeze the register now (or list snapshots)")
    snap.add_argument("--label", default="", help="a name for the snapshot")
    snap.add_argument("--list", action="store_true", help="list the snapshots instead")
    snap.set_defaults(handler=run_snapshot)

    diff = commands.add_parser("diff", help="what changed between two snapshots or dates")
    diff.add_argument("a", metavar="A", help="snapshot id, date (YYYY-MM-DD: its end) or 'now'")
    diff.add_argument("b", metavar="B", help="snapshot id, date (YYYY-MM-DD: its end) or 'now'")
    diff.set_defaults(handler=run_diff)

    pack = commands.add_parser("inquiry-pack", help="everything an authority asks for, in a folder")
    pack.add_argument("out", metavar="OUT", type=Path, help="a new or empty folder")
    add_lang(pack)
    pack.add_argument("--since", type=iso_date, metavar="DATE", help="history from this day on")
    pack.add_argument("--activity", action="append", default=[], metavar="ID", help="repeatable")
    pack.set_defaults(handler=run_inquiry_pack)


def run_history(args: argparse.Namespace) -> int:
    from kgs_ropa.services import history
    from kgs_ropa.services.history_table import HEADERS, history_rows, safe_cell

    where = history.HistoryFilter(args.since, args.until, args.activity, args.actor)
    with open_database(args).reading() as session:
        entries = history.entries(session, where)
    rows = history_rows(entries)
    if args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(HEADERS)
        writer.writerows([safe_cell(c) for c in row] for row in rows)  # may end up in Excel
        return EXIT_OK
    for row in rows:
        entry_id, when, actor, action, entity, key, field, before, after, comment = row[:10]
        target = f"{entity} {key}" + (f" {field}" if field else "")
        change = f": {before or '-'} -> {after or '-'}" if action in ("update", "retire") else ""
        note = f"  ({comment})" if comment else ""
        print(f"{entry_id:>6}  {when}  {actor}  {action} {target}{change}{note}")
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    from kgs_ropa.services import history, replay

    with open_database(args).reading() as session:
        problem = history.check_chain(session)
        head = history.latest_hash(session)
        read = replay.read_for_replay(session) if problem is None else None
    differs = replay.difference(*read) if read is not None else None
    if problem is None and differs is not None:
        print(f"the register is not what its history says: {differs}", file=sys.stderr)
        return EXIT_FINDINGS
    if problem is None:
        print(f"history intact; latest hash {head or '(empty history)'}")
        return EXIT_OK
    where = f"entry {problem.entry_id}" if problem.entry_id is not None else "history"
    print(f"history broken at {where}: {problem.reason}", file=sys.stderr)
    return EXIT_FINDINGS


def run_snapshot(args: argparse.Namespace) -> int:
    from kgs_ropa.services import snapshots

    db = open_database(args)
    if args.list:
        with db.reading() as session:
            for s in snapshots.list_all(session):
                taken = s.taken_at.strftime("%Y-%m-%d %H:%M")
                print(f"{s.id:>4}  {taken}  {s.reason:<7} {s.fingerprint[:16]}  {s.label}")
        return EXIT_OK
    with db.transaction() as session:
        info = snapshots.take(session, label=args.label)
    print(f"snapshot {info.id}: fingerprint {info.fingerprint}, history {info.history_hash}")
    return EXIT_OK


def run_diff(args: argparse.Namespace) -> int:
    from kgs_ropa.services import replay
    from kgs_ropa.services.diff import diff_documents, diff_lines

    with open_database(args).reading() as session:
        older, newer = replay.read_at(session, args.a), replay.read_at(session, args.b)
    diff = diff_documents(older()[0], newer()[0])
    lines = diff_lines(diff)
    print("\n".join(lines) if lines else "no differences")
    return EXIT_OK


def run_inquiry_pack(args: argparse.Namespace) -> int:
    from kgs_ropa.reports.inquiry import InquiryError, write_pack

    try:
        manifest = write_pack(
            open_database(args), args.out, args.lang, since=args.since, activities=args.activity
        )
    except InquiryError as exc:
        raise CliError(str(exc)) from None
    for item in manifest["files"]:
        print(f"{item['sha256']}  {item['name']}")
    print(f"history hash {manifest['history_hash']}")
    print(f"wrote {args.out}")
    return EXIT_OK


Past = tuple[dict[str, Any], str, str, str]


def _past(session: Any, args: argparse.Namespace) -> Callable[[], Past]:
    """(document, history hash, what it is, a note) for --as-of or --snapshot: read now, made
    when called (after the reading session: a replay is slow)."""
    from kgs_ropa.services import replay, snapshots

    if args.snapshot:
        snapshot = snapshots.resolve(session, args.snapshot)
        taken = f"{snapshot.taken_at:%Y-%m-%d %H:%M}"
        what = f"the register as of snapshot {snapshot.id}, taken {taken}"
        return lambda: (snapshots.document(snapshot), snapshot.history_hash, what, "")
    try:
        day = date.fromisoformat(args.as_of)
    except ValueError:
        raise CliError(f"--as-of: not a date (YYYY-MM-DD): {args.as_of!r}") from None
    read = replay.read_day(session, day)
    return lambda: _rebuilt(replay.rebuild(read), day)


def _rebuilt(rebuilt: Reconstruction, day: date) -> Past:
    start = f"snapshot {rebuilt.snapshot_id}" if rebuilt.snapshot_id else "the empty register"
    what = f"the register at the end of {day}: {start} and {rebuilt.changes} later changes"
    note = ""
    if rebuilt.problem:
        note = (
            f"note: the changes after snapshot {rebuilt.snapshot_id} could not be applied "
            f"({rebuilt.problem}); this export shows the snapshot alone"
        )
    return rebuilt.document, rebuilt.history_hash, what, note


def export_snapshot(db: Database, args: argparse.Namespace, exporter: Exporter) -> int:
    """`export ... --as-of DATE | --snapshot ID`: the exporter renders that register's document
    directly (no copy of it in a database)."""
    from kgs_ropa.reports.build import Frozen
    from kgs_ropa.services import collector
    from kgs_ropa.services.dump_order import in_dump_order

    # The replay builds the register's million small objects, none in a cycle: the collector
    # would walk them all again and again while they are made (services/collector.py).
    with collector.paused():
        with db.reading() as session:
            past = _past(session, args)
        document, head, what, note = past()  # the replay, once the reading session has ended
        frozen = Frozen(in_dump_order(document), head)
    exporter(frozen, args.out, args)
    print(f"wrote {args.out} ({what})")
    print(f"history hash {head or '(empty history)'}")
    if note:
        print(note, file=sys.stderr)
    return EXIT_OK
