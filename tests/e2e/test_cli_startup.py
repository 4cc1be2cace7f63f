"""A command loads only what it uses: no Qt, openpyxl, reportlab or Alembic where none is needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kgs_ropa.storage.database import Database

HEAVY = ("PySide6", "openpyxl", "reportlab", "sqlalchemy", "alembic")

# Runs the command line in a fresh interpreter, then prints the heavy packages it had imported.
PROBE = """
import contextlib, json, sys
from kgs_ropa.cli import main
with contextlib.suppress(SystemExit):  # --version and --help end with SystemExit
    main(sys.argv[2:])
loaded = sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[1].split(',')))
print(json.dumps(loaded), file=sys.stderr)
"""


def loaded_by(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(HEAVY), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_nothing_heavy(flag: str) -> None:
    assert loaded_by(flag) == set()


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["export", "json", "{out}"],
        ["history"],
        ["verify-history"],
        ["diff", "2020-01-01", "now"],
        ["review", "status"],
    ],
)
def test_register_commands_load_no_gui_and_no_export_library(
    example_db: Database, db_path: Path, tmp_path: Path, command: list[str]
) -> None:
    args = [part.format(out=tmp_path / "out.json") for part in command]
    loaded = loaded_by("--db", str(db_path), *args)
    assert "sqlalchemy" in loaded  # the command did run against the register
    # Alembic only when the schema has to change: this register is at the head already.
    assert loaded.isdisjoint({"PySide6", "openpyxl", "reportlab", "alembic"})
