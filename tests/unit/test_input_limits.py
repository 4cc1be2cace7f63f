"""Limits on what comes in: text lengths, numbers, unknown fields, case twins, odd JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kgs_ropa.cli import main
from kgs_ropa.services import activities
from kgs_ropa.services.document import TEXT_LIMIT, DocumentError, load_register
from kgs_ropa.services.setup import seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database


def _load(db: Database, document: dict[str, Any]) -> None:
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, document)


def _one_activity(**fields: Any) -> dict[str, Any]:
    document = synthetic_document(1)
    document["activities"][0].update(fields)
    return document


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"description": "x" * (TEXT_LIMIT + 1)}, "description: too long: 20,001 characters"),
        ({"name": "n" * 256}, "name: too long: 256 characters, at most 255"),
        ({"review_interval_months": -3}, "review_interval_months: must be between 1 and"),
        ({"review_interval_months": 0}, "review_interval_months: must be between 1 and"),
        ({"review_interval_months": 10**30}, "review_interval_months: must be between 1 and"),
        ({"surprise": "from a newer version"}, "activities[0].surprise: unknown field"),
    ],
)
def test_bad_values_are_refused_with_their_place(
    db: Database, fields: dict[str, Any], message: str, evidence: Any
) -> None:
    with pytest.raises(DocumentError, match=message.replace("(", r"\(").replace("[", r"\[")):
        _load(db, _one_activity(**fields))
    assert activities.list_rows(db) == []
    evidence(
        "Bad value in an imported document",
        message.split(":")[0],
        1,
        "refused naming the field; nothing written",
    )


def test_the_longest_allowed_text_is_taken(db: Database) -> None:
    _load(db, _one_activity(description="x" * TEXT_LIMIT))
    assert len(activities.get_document(db, activities.list_rows(db)[0].id)["description"]) == (
        TEXT_LIMIT
    )


def test_unknown_fields_anywhere_are_refused(db: Database) -> None:
    document = synthetic_document(1)
    document["activities"][0]["purposes"][0]["new_thing"] = 1
    with pytest.raises(DocumentError, match=r"activities\[0\]\.purposes\[0\]\.new_thing"):
        _load(db, document)
    document = synthetic_document(1)
    document["appendix"] = {}
    with pytest.raises(DocumentError, match="appendix: unknown field"):
        _load(db, document)


def test_codes_that_differ_only_in_case_are_refused(db: Database) -> None:
    document = synthetic_document(2)
    document["activities"][1]["code"] = document["activities"][0]["code"].lower()
    with pytest.raises(DocumentError, match="only in case"):
        _load(db, document)
    _load(db, synthetic_document(1))
    row = activities.list_rows(db)[0]
    doc = activities.new_document(row.code.lower(), "Twin")
    with pytest.raises(DocumentError, match="already used"):
        activities.save_document(db, None, doc)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"format_version": ' + "9" * 5000 + "}", "not a register document"),
    ],
)
def test_hostile_json_is_a_message(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
    evidence: Any,
) -> None:
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    assert main(["--db", str(db_path), "import", "json", str(source)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    evidence("Hostile JSON", message, 1, "exit 2 with a message, nothing imported")


def test_a_byte_order_mark_is_accepted(db: Database, db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps(synthetic_document(2)).encode("utf-8"))
    assert main(["--db", str(db_path), "import", "json", str(source)]) == 0


def test_every_export_keeps_the_longest_allowed_text(
    db: Database, tmp_path: Path, evidence: Any
) -> None:
    """Text at the limit, one unbroken word included, reaches every format whole."""
    import subprocess

    from openpyxl import load_workbook

    from kgs_ropa.reports.export import export_pdf, export_xlsx

    word = "y" * TEXT_LIMIT
    _load(db, _one_activity(description=word, note="z " * (TEXT_LIMIT // 2)))
    export_xlsx(db, tmp_path / "r.xlsx")
    export_pdf(db, tmp_path / "r.pdf")
    assert main(["--db", str(db.url.database), "export", "json", str(tmp_path / "r.json")]) == 0
    cells = [c.value for ws in load_workbook(tmp_path / "r.xlsx") for row in ws for c in row]
    assert word in cells
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Broken over lines and pages (between headers and footers), but every character is there.
    assert text.count("y") >= TEXT_LIMIT
    assert (
        json.loads((tmp_path / "r.json").read_text("utf-8"))["activities"][0]["description"] == word
    )
    evidence(
        "Longest allowed text (20,000 characters, one unbroken word)",
        "export xlsx, pdf, json",
        3,
        "every character in every format",
    )


def test_catalogue_entries_get_the_same_limits(db: Database) -> None:
    from kgs_ropa.services import catalogues

    catalogues.create(db, "processor", {"code": "Exact", "name": "Exact Online"})
    with pytest.raises(catalogues.CatalogueError, match="already in use"):
        catalogues.create(db, "processor", {"code": "exact", "name": "Exact twin"})
    with pytest.raises(catalogues.CatalogueError, match="too long"):
        catalogues.create(db, "processor", {"code": "long", "name": "n" * 256})
