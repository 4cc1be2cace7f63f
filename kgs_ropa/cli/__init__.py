"""The command line: `kgs-ropa [--db TARGET] [COMMAND ...]`; no command launches the desktop app.

Exit codes: 0 success, 1 findings or a failed verification, 2 bad usage, bad input or any other
trouble the user can fix (storage.errors.KnownError, OS errors), 3 an internal error (a bug).
Each command group lives in its own module and registers itself through `add_commands`.
Building the parser imports nothing heavy: each handler imports what its command uses, so
`--version` and `--help` start without SQLAlchemy and a command without Qt, openpyxl or reportlab
unless it needs them (docs/performance.md).
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from kgs_ropa import __version__
from kgs_ropa.cli.common import (
    EXIT_BUG,
    EXIT_INPUT,
    EXIT_OK,
    CliError,
    EscapingStream,
    plain_error,
    release_leases,
)
from kgs_ropa.storage.errors import KnownError

COMMAND_MODULES = [
    "kgs_ropa.cli.register_cmds",
    "kgs_ropa.cli.export_cmds",
    "kgs_ropa.cli.check_cmd",
    "kgs_ropa.cli.country_cmd",
    "kgs_ropa.cli.history_cmds",
    "kgs_ropa.cli.review_cmds",
    "kgs_ropa.cli.notice_cmds",
    "kgs_ropa.cli.backup_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kgs-ropa",
        description="KGS ROPA: the GDPR Article 30 record of processing activities.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="TARGET",
        help="database file (SQLite) or SQLAlchemy URL; default: $KGS_ROPA_DB or the user's "
        "data folder",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from kgs_ropa.app import run_app_and_exit  # Qt only when the app is wanted

        run_app_and_exit(args.db)
    from kgs_ropa.storage.partials import remove_stale

    remove_stale()  # what an export killed earlier left beside its target
    # The process ends after the command: the collector need not walk every object still alive
    # (the modules', a read register's) once more on the way out (0.1 s of a `check`).
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    streams = sys.stdout, sys.stderr
    # Every line the CLI prints may hold user text: control characters leave it escaped.
    sys.stdout, sys.stderr = EscapingStream(sys.stdout), EscapingStream(sys.stderr)
    try:
        exit_code: int = args.handler(args)
        return exit_code
    except BrokenPipeError:
        # The reader went away (`kgs-ropa history | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except CliError as exc:
        print(f"kgs-ropa {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except (KnownError, OSError) as exc:
        # Locked, read-only, full disk, server gone, bad input: any transaction was rolled back.
        print(f"kgs-ropa {args.command}: {plain_error(exc)}", file=sys.stderr)
        return EXIT_INPUT
    except Exception:
        # Anything else is a bug: said as one, never mistaken for findings (1) or bad input (2).
        traceback.print_exc()
        print(f"kgs-ropa {args.command}: internal error; please report it.", file=sys.stderr)
        return EXIT_BUG
    finally:
        release_leases()
        sys.stdout, sys.stderr = streams
