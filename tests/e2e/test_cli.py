"""The command line end to end: exit codes, messages, and the lossless JSON round trip."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kgs_ropa.cli import main
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database

Doc = dict[str, Any]


class Cli:
    """Runs `kgs-ropa --db DB ...` in this process and keeps what it printed."""

    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys
        self.out = ""
        self.err = ""

    def __call__(self, *args: str) -> int:
        self.capsys.readouterr()
        try:
            code = main(["--db", self.db, *args])
        except SystemExit as exc:  # argparse reports bad usage this way
            code = int(exc.code or 0)
        self.out, self.err = self.capsys.readouterr()
        return code

    def export(self, tmp_path: Path, name: str = "export.json") -> Doc:
        out = tmp_path / name
        assert self(*["export", "json", str(out)]) == 0, self.err
        document: Doc = json.loads(out.read_text(encoding="utf-8"))
        return document


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """The CLI on an initialised register (only `init` creates one)."""
    runner = Cli(str(db_path), capsys)
    assert runner("init") == 0, runner.err
    return runner


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def complete_register() -> Doc:
    """A one-activity register with every Art. 30 element filled in and one open point."""
    return {
        "format": "kgs-ropa-register",
        "format_version": 1,
        "organisation": {
            "entities": [
                {
                    "code": "holding",
                    "name": "KGS Diamond Holding BV",
                    "role": "controller",
                    "country": "NL",
                    "address": "Industriestraat 2, 8081 HG Elburg",
                }
            ],
            "contacts": [
                {"role": "privacy_officer", "name": "P. Officer", "email": "p@example.com"}
            ],
        },
        "catalogues": {
            "systems": [{"code": "erp", "name": "ERP", "country": "NL"}],
            "recipients": [{"code": "staff", "name": "Medewerkers", "type": "internal"}],
        },
        "activities": [
            {
                "code": "A01",
                "name": "Orderafhandeling",
                "name_en": "Order handling",
                "status": "active",
                "business_function": "Verkoop",
                "controller": "holding",
                "automated_decision_making": False,  # assessed: no automated decisions
                "purposes": [{"description": "Bestellingen verwerken", "lawful_basis": "contract"}],
                "data_subjects": ["customer_contact"],
                "data_categories": [{"category": "name"}],
                "systems": ["erp"],
                "recipients": ["staff"],
                "assessed_none": ["transfers"],
                "retention": [
                    {"period": "7 jaar", "period_months": 84, "start_event": "einde boekjaar"}
                ],
                "security_measures": ["firewall"],
                "next_review_due": "2999-01-01",
                "dpia_screened_on": "2026-11-01",
                "to_be_confirmed": "Bewaartermijn bevestigen",
            }
        ],
    }


def bad_lawful_basis() -> Doc:
    document = complete_register()
    document["activities"][0]["purposes"][0]["lawful_basis"] = "x"
    return document


# ------------------------------------------------------------------------------- init


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kgs_ropa", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_init_creates_a_register_and_is_idempotent(db_path: Path) -> None:
    first = run_process("--db", str(db_path), "init")
    assert (first.returncode, first.stderr) == (0, "")
    assert "schema (new) ->" in first.stdout and "register ready: 0 activities" in first.stdout
    again = run_process("--db", str(db_path), "init")
    assert again.returncode == 0 and "schema" not in again.stdout
    assert "register ready: 0 activities" in again.stdout


def test_init_example_refuses_a_register_that_is_not_empty(cli: Cli, tmp_path: Path) -> None:
    assert cli("init", "--example", "kgs") == 0, cli.err
    assert "loaded example 'kgs'" in cli.out
    before = cli.export(tmp_path, "before.json")
    assert cli("init", "--example", "kgs") == 2
    assert "already holds a register" in cli.err and "empty" in cli.err
    assert cli.export(tmp_path, "after.json") == before


# ------------------------------------------------------------------------------ check


def test_check_an_empty_register_reports_the_missing_controller(cli: Cli) -> None:
    assert cli("init") == 0
    assert cli("check") == 1
    assert "register.controller" in cli.out and "Geen verwerkingsverantwoordelijke" in cli.out
    assert cli("check", "--lang", "en") == 1
    assert "No controller with name and contact details" in cli.out
    assert "1 error(s)" in cli.out


def test_check_warnings_alone_exit_0(cli: Cli, tmp_path: Path) -> None:
    assert cli("import", "json", str(write_json(tmp_path / "r.json", complete_register()))) == 0
    assert cli("check", "--lang", "en") == 0, cli.out
    assert cli.out.splitlines() == [
        "A01  Order handling",
        '  warning      assumption.open            To be confirmed: "Bewaartermijn bevestigen". '
        "[to_be_confirmed]",
        "0 error(s), 1 warning(s)",
    ]
    assert cli("check") == 0
    assert cli.out.startswith("A01  Orderafhandeling\n  waarschuwing ")
    assert 'Nog te bevestigen: "Bewaartermijn bevestigen".' in cli.out


def test_check_json_lists_every_finding(cli: Cli, tmp_path: Path) -> None:
    document = complete_register()
    document["activities"][0]["purposes"][0]["lawful_basis"] = None
    assert cli("import", "json", str(write_json(tmp_path / "r.json", document))) == 0
    assert cli("check", "--format", "json", "--lang", "en") == 1
    findings = json.loads(cli.out)
    assert {(f["severity"], f["code"], f["activity"], f["field"]) for f in findings} == {
        ("error", "basis.missing", "A01", "purposes[0].lawful_basis"),
        ("warning", "assumption.open", "A01", "to_be_confirmed"),
    }
    assert all(
        set(f) == {"severity", "code", "activity", "field", "message", "params"} for f in findings
    )
    assert cli("check", "--format", "json") == 1
    assert "heeft geen rechtsgrond" in cli.out


def test_check_the_example_register(example_db: Database, cli: Cli) -> None:
    """The statement's gaps show: no balancing tests, no DPIA screening, vague retention, a group
    transfer without country and only an assumed mechanism, KGS-10's open transfer question."""
    assert cli("check", "--format", "json", "--lang", "en") == 1
    findings = json.loads(cli.out)
    errors = {(f["code"], f["field"]) for f in findings if f["severity"] == "error"}
    assert ("transfer.country", "transfers[0].country") in errors
    found = {(f["activity"], f["code"]) for f in findings}
    codes = [f"KGS-{n:02d}" for n in range(1, 14)]
    assert {(code, "dpia.screening") for code in codes} <= found
    assert {("KGS-02", "basis.balancing"), ("KGS-13", "basis.balancing")} <= found
    assert {("KGS-01", "transfer.assumed"), ("KGS-13", "transfer.assumed")} <= found
    assert ("KGS-10", "transfer.unassessed") in found
    vague = [f["message"] for f in findings if f["code"] == "retention.vague"]
    assert any("longer than necessary" in message for message in vague)  # quoted in English
    assert cli("check") == 1
    assert "is vaag" in cli.out and "DPIA-toets is niet vastgelegd" in cli.out


def test_check_as_a_process(db_path: Path) -> None:
    assert run_process("--db", str(db_path), "init").returncode == 0
    result = run_process("--db", str(db_path), "check", "--lang", "en", "--format", "json")
    assert result.returncode == 1, result.stderr
    assert [f["code"] for f in json.loads(result.stdout)][0] == "register.controller"


# ------------------------------------------------------------------------------ import


def test_import_missing_file(cli: Cli, tmp_path: Path) -> None:
    assert cli("import", "json", str(tmp_path / "nope.json")) == 2
    assert "nope.json: no such file" in cli.err


def test_import_not_json(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text("{ not json", encoding="utf-8")
    assert cli("import", "json", str(path)) == 2
    assert "r.json: not valid JSON (line 1, column 3)" in cli.err


def test_import_wrong_format(cli: Cli, tmp_path: Path) -> None:
    assert cli("import", "json", str(write_json(tmp_path / "r.json", {"format": "other"}))) == 2
    assert "format: not a KGS ROPA register document" in cli.err


def test_import_bad_value_names_its_path_and_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    assert cli("import", "json", str(write_json(tmp_path / "r.json", bad_lawful_basis()))) == 2
    assert cli.err.strip() == (
        "kgs-ropa import: activities[0].purposes[0].lawful_basis: unknown lawful basis 'x'"
    )
    assert cli.export(tmp_path)["activities"] == []


def test_import_into_a_register_that_is_not_empty(cli: Cli, tmp_path: Path) -> None:
    path = write_json(tmp_path / "r.json", complete_register())
    assert cli("import", "json", str(path)) == 0 and "imported 1 activities" in cli.out
    before = cli.export(tmp_path, "before.json")
    assert cli("import", "json", str(path)) == 2  # --on-conflict fail by default
    assert "is in the register already: choose to skip or to replace it" in cli.err
    assert cli.export(tmp_path, "after.json") == before
    assert cli("import", "json", str(path), "--on-conflict", "skip") == 0
    assert "imported 0 activities" in cli.out
    assert cli.export(tmp_path, "skipped.json") == before


def test_import_dry_run_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    path = write_json(tmp_path / "r.json", complete_register())
    assert cli("import", "json", str(path), "--dry-run") == 0
    assert "valid, 1 activities (dry run, nothing changed)" in cli.out
    assert cli.export(tmp_path)["activities"] == []
    assert (
        cli("import", "json", str(write_json(tmp_path / "b.json", bad_lawful_basis())), "--dry-run")
        == 2
    )


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["check", "--format", "xml"],
        ["check", "--lang", "de"],
        ["import", "json"],
        ["export", "json"],
    ],
    ids=["unknown command", "check format", "check language", "import without IN", "no OUT"],
)
def test_usage_errors_exit_2(cli: Cli, args: list[str]) -> None:
    assert cli(*args) == 2
    assert "usage: kgs-ropa" in cli.err


def test_export_into_a_missing_folder(cli: Cli, tmp_path: Path) -> None:
    assert cli("export", "json", str(tmp_path / "no" / "r.json")) == 2
    assert "no such folder" in cli.err


# -------------------------------------------------------------------------- round trip


def round_trip(cli: Cli, tmp_path: Path, target: str) -> tuple[Doc, Doc]:
    """Export cli's register, import it into `target` (empty), export that: both documents."""
    first = cli.export(tmp_path, "first.json")
    other = Cli(target, cli.capsys)
    assert other("init") == 0, other.err
    assert other("import", "json", str(tmp_path / "first.json")) == 0, other.err
    return first, other.export(tmp_path, "second.json")


def test_round_trip_of_the_example_register(example_db: Database, cli: Cli, tmp_path: Path) -> None:
    first, second = round_trip(cli, tmp_path, str(tmp_path / "copy.sqlite"))
    assert first["activities"] and second == first


def test_round_trip_of_a_synthetic_register(cli: Cli, tmp_path: Path) -> None:
    path = write_json(tmp_path / "synthetic.json", synthetic_document(60))
    assert cli("import", "json", str(path)) == 0, cli.err
    first, second = round_trip(cli, tmp_path, str(tmp_path / "copy.sqlite"))
    assert len(first["activities"]) == 60 and second == first


@pytest.mark.postgres
def test_round_trip_through_postgresql(
    example_db: Database, cli: Cli, pg_target: str, tmp_path: Path
) -> None:
    first, second = round_trip(cli, tmp_path, pg_target)
    assert second == first
    on_pg = Cli(pg_target, cli.capsys)
    assert on_pg("check", "--format", "json") == cli("check", "--format", "json")
    assert on_pg.out == cli.out
