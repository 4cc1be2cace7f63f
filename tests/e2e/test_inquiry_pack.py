"""The review report and the inquiry pack, opened and read back."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from kgs_ropa.cli import main
from kgs_ropa.services.connect import connect
from kgs_ropa.services.synthetic import synthetic_document


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def reviewed(tmp_path: Path) -> str:
    """A register with two closed reviews, an edit between them and an open follow-up."""
    db = str(tmp_path / "register.sqlite")
    source = tmp_path / "register.json"
    source.write_text(json.dumps(synthetic_document(4)), encoding="utf-8")
    steps = [
        ["init"],
        ["import", "json", str(source)],
        ["review", "start", "2026 Q3", "--participant", "Anna & <Bram>"],
        ["review", "mark", "GEN-00002", "follow-up", "--action", "=SUM(A1) sign DPA"],
        ["review", "close"],
        ["review", "start", "2026 Q4", "--activity", "GEN-00003", "--participant", "Anna"],
        ["review", "mark", "GEN-00003", "changed", "--note", "new owner"],
    ]
    for step in steps:
        assert main(["--db", db, *step]) == 0, step
    from kgs_ropa.model import Activity

    database = connect(db)
    with database.transaction() as session:
        activity = session.query(Activity).filter_by(code="GEN-00003").one()
        activity.owner = "Carla Jansen"
    database.dispose()
    assert main(["--db", db, "review", "close"]) == 0
    return db


def test_review_report_in_english_and_dutch(reviewed: str, tmp_path: Path) -> None:
    english, dutch = tmp_path / "review-en.pdf", tmp_path / "review-nl.pdf"
    assert main(["--db", reviewed, "review", "report", str(english), "--lang", "en"]) == 0
    assert main(["--db", reviewed, "review", "report", str(dutch), "--lang", "nl"]) == 0
    text = pdf_text(english)
    for expected in (
        "Periodic review report",
        "2026 Q4",
        "Changes since the previous review (2026 Q3)",
        "Carla Jansen",
        "Open follow-ups",
        "sign DPA",
        "Open check findings",
        "Changed",
    ):
        assert expected in text, expected
    assert "Verslag periodieke review" in pdf_text(dutch)


def test_first_review_says_there_is_nothing_to_compare(reviewed: str, tmp_path: Path) -> None:
    out = tmp_path / "q3.pdf"
    assert main(["--db", reviewed, "review", "report", str(out), "--session", "2026 Q3"]) == 0
    text = pdf_text(out)
    assert "eerste afgesloten review" in text
    assert "Anna & <Bram>" in text  # user text printed literally, not parsed as markup


def test_pack_manifest_matches_the_files(reviewed: str, tmp_path: Path) -> None:
    out = tmp_path / "pack"
    assert main(["--db", reviewed, "inquiry-pack", str(out), "--lang", "en"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    names = {f["name"] for f in manifest["files"]}
    assert names == {"register.pdf", "register.xlsx", "change-history.csv", "review-report.pdf"}
    for item in manifest["files"]:
        data = (out / item["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        assert len(data) == item["bytes"]
    assert manifest["history_verified"] is True
    assert len(manifest["history_hash"]) == 64
    assert "2026 Q4" in pdf_text(out / "review-report.pdf")


def test_pack_history_is_text_and_filtered(reviewed: str, tmp_path: Path) -> None:
    out = tmp_path / "pack"
    args = ["inquiry-pack", str(out), "--lang", "en", "--activity", "GEN-00003"]
    assert main(["--db", reviewed, *args]) == 0
    with (out / "change-history.csv").open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert rows and {r["entity_key"] for r in rows} == {"GEN-00003"}
    assert any(r["field"] == "owner" and r["after"] == "Carla Jansen" for r in rows)
    assert not (tmp_path / "pack.partial").exists()


def test_pack_refuses_a_folder_in_use(reviewed: str, tmp_path: Path) -> None:
    out = tmp_path / "used"
    out.mkdir()
    (out / "letter.txt").write_text("keep me", encoding="utf-8")
    assert main(["--db", reviewed, "inquiry-pack", str(out)]) == 2
    assert (out / "letter.txt").read_text(encoding="utf-8") == "keep me"
