"""The exports through the command line and the API the app uses: subsets, errors, progress,
empty and large registers, and the start-up path."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from report_data import load

from kgs_ropa.cli import main
from kgs_ropa.reports.export import export_pdf, export_xlsx, export_xlsx_editable
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database

TODAY = date(2026, 11, 25)


def test_cli_export_subset_in_english(example_db: Database, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "inquiry.xlsx"
    args = ["--db", str(db_path), "export", "xlsx", str(out), "--lang", "en"]
    assert main([*args, "--activity", "KGS-02", "--activity", "3"]) == 0
    ws = openpyxl.load_workbook(out)["Register"]
    assert {c.value for c in ws["A"]} >= {"KGS-02", "KGS-03"}
    assert "KGS-01" not in {c.value for c in ws["A"]}


def test_cli_unknown_activity_is_bad_input_and_leaves_no_file(
    example_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "inquiry.pdf"
    assert main(["--db", str(db_path), "export", "pdf", str(out), "--activity", "NOPE"]) == 2
    assert "no such activity: NOPE" in capsys.readouterr().err
    assert not out.exists() and not out.with_name("inquiry.pdf.partial").exists()


def test_cli_import_xlsx_dry_run(
    example_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "register.xlsx"
    export_xlsx_editable(example_db, out)
    target = tmp_path / "other.sqlite"
    assert main(["--db", str(target), "init"]) == 0
    assert main(["--db", str(target), "import", "xlsx", str(out), "--dry-run"]) == 0
    assert "valid, 13 activities (dry run, nothing changed)" in capsys.readouterr().out
    authority = tmp_path / "authority.xlsx"
    export_xlsx(example_db, authority)
    assert main(["--db", str(target), "import", "xlsx", str(authority), "--dry-run"]) == 2
    assert "export xlsx-editable" in capsys.readouterr().err
    assert main(["--db", str(target), "import", "xlsx", str(tmp_path / "missing.xlsx")]) == 2


@pytest.mark.parametrize("export", [export_xlsx, export_pdf])
def test_progress_rises_to_the_end(example_db: Database, tmp_path: Path, export: object) -> None:
    seen: list[tuple[int, int]] = []
    export(example_db, tmp_path / "out", "nl", progress=lambda d, t: seen.append((d, t)))  # type: ignore[operator]
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_empty_register_exports(db: Database, tmp_path: Path) -> None:
    export_xlsx(db, tmp_path / "empty.xlsx", "en", today=TODAY)
    export_pdf(db, tmp_path / "empty.pdf", "en", today=TODAY)
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "empty.pdf").pages)
    assert "Number of processing activities 0" in " ".join(text.split())
    assert "(none)" in text


def test_large_register_contents_span_pages(db: Database, tmp_path: Path) -> None:
    load(db, synthetic_document(300))
    out = tmp_path / "large.pdf"
    export_pdf(db, out, "en", today=TODAY)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 300
    # Contents lines read "GEN-00123 Generated activity 123" (the cover lists codes alone).
    contents = [
        i
        for i, text in enumerate(pages[:12])
        if "Generated activity" in text and "Contents" not in text
    ]
    assert len(contents) >= 5  # seven contents pages for 300 activities and 5 annexes
    entry = next(text for text in pages[:12] if "GEN-00300 Generated activity 300\n" in text)
    page = entry.split("GEN-00300 Generated activity 300\n")[1].split("\n")[0]
    assert "GEN-00300 Generated activity 300" in pages[int(page) - 1]
    export_xlsx(db, tmp_path / "large.xlsx", "en", today=TODAY)


def test_exports_stay_off_the_start_up_path() -> None:
    code = (
        "import sys, kgs_ropa.cli.export_cmds, kgs_ropa.cli.register_cmds, kgs_ropa.reports.export;"
        "print(sorted(m for m in ('openpyxl', 'reportlab') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_exports_from_a_session_the_caller_holds(example_db: Database, tmp_path: Path) -> None:
    with example_db.reading() as session:
        export_xlsx(session, tmp_path / "register.xlsx", "en", [1], today=TODAY)
        export_pdf(session, tmp_path / "register.pdf", "en", ["KGS-01"], today=TODAY)
    ws = openpyxl.load_workbook(tmp_path / "register.xlsx")["Register"]
    assert "KGS-01" in {c.value for c in ws["A"]}
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "register.pdf").pages)
    assert "KGS-01" in text and "KGS-02" not in text
