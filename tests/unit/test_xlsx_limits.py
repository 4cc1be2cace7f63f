"""Limits while reading a workbook: the unpacked size (a zip bomb is refused before openpyxl
reads it), each cell's length, and damaged XML inside the zip, each a message, never a crash."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from kgs_ropa.cli import main
from kgs_ropa.importers import own_workbook, workbook
from kgs_ropa.importers.file_import import import_file
from kgs_ropa.importers.problems import ImportFileError
from kgs_ropa.reports.export import export_xlsx_editable
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import TEXT_LIMIT
from kgs_ropa.services.setup import activity_count, initialise
from kgs_ropa.storage.database import Database


@pytest.fixture
def empty(tmp_path: Path) -> Database:
    database = connect(str(tmp_path / "empty.sqlite"))
    initialise(database)
    return database


def _refused(db: Database, path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        import_file(db, path)
    with db.reading() as session:
        assert activity_count(session) == 0
    return str(caught.value)


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            new.writestr(name, change(name, old.read(name)))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    example_db: Database,
    empty: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    evidence: Callable[..., None],
) -> None:
    exported, bomb = tmp_path / "register.xlsx", tmp_path / "bomb.xlsx"
    export_xlsx_editable(example_db, exported)
    _rewrite(exported, bomb, lambda name, data: data)
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive:  # a few KB packed
        archive.writestr("xl/media/filler.xml", b"A" * 6_000_000)
    assert bomb.stat().st_size < 200_000
    monkeypatch.setattr(workbook, "MAX_UNCOMPRESSED", 4 * 2**20)

    def never(*_: object, **__: object) -> None:
        raise AssertionError("openpyxl was asked to read a zip bomb")

    monkeypatch.setattr(workbook, "load_workbook", never)
    message = _refused(empty, bomb)
    assert "bomb.xlsx: expands to 6 MB when unpacked" in message and "at most 4 MB" in message
    evidence(
        "Zip bomb (a small xlsx that unpacks to far more)",
        "`import xlsx`",
        1,
        "refused from the zip directory's sizes before reading; exit 2, nothing imported",
    )


def _ico_workbook(path: Path, purpose: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Record of processing activities"])
    basis = "Article 6 lawful basis for processing personal data"
    ws.append(["Business function", "Purpose of the processing", basis])
    ws.append(["Sales", "Order handling", "Contract"])
    ws.append(["HR", purpose, "Contract"])
    wb.save(path)


def test_a_cell_longer_than_a_field_is_refused_where_it_is(
    empty: Database, tmp_path: Path, evidence: Callable[..., None]
) -> None:
    path = tmp_path / "ico.xlsx"
    _ico_workbook(path, "x" * TEXT_LIMIT)
    assert import_file(empty, path, dry_run=True).activities == 2  # the limit itself is fine
    _ico_workbook(path, "x" * (TEXT_LIMIT + 1))
    message = _refused(empty, path)
    assert "row 4" in message and "column 2: 20,001 characters, longer than a field" in message
    evidence(
        "Cell longer than a field holds",
        "`import xlsx` (a template spreadsheet)",
        1,
        "refused naming sheet, row and column; nothing imported",
    )


def test_a_long_cell_in_our_own_workbook_is_refused(
    example_db: Database, empty: Database, tmp_path: Path, evidence: Callable[..., None]
) -> None:
    out = tmp_path / "register.xlsx"
    export_xlsx_editable(example_db, out)
    wb = openpyxl.load_workbook(out)
    sheet = wb["_activities"]
    headings = [c.value for c in sheet[1]]
    sheet.cell(2, headings.index("description") + 1, "y" * (TEXT_LIMIT + 5))
    wb.save(out)
    message = _refused(empty, out)
    assert "'_activities', row 2, column 'description'" in message
    assert "20,005 characters, longer than the field holds (20,000)" in message
    assert own_workbook.MAX_CELL == 32_767  # lists and translations: at most one Excel cell
    evidence(
        "Cell longer than a field holds",
        "`import xlsx` (our own workbook)",
        1,
        "refused naming sheet, row and column; nothing imported",
    )


def test_damaged_xml_inside_the_workbook_is_a_message(
    example_db: Database,
    empty: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    evidence: Callable[..., None],
) -> None:
    exported = tmp_path / "register.xlsx"
    export_xlsx_editable(example_db, exported)
    cases = {"sheet": "xl/worksheets/sheet2.xml", "workbook": "xl/workbook.xml"}
    for label, member in cases.items():
        damaged = tmp_path / f"{label}.xlsx"
        _rewrite(exported, damaged, lambda n, d, m=member: d[: len(d) // 2] if n == m else d)
        refused = _refused(empty, damaged)
        assert "not a valid Excel workbook or is damaged" in refused or "not an Excel" in refused
        assert main(["--db", str(empty.url.database), "import", "xlsx", str(damaged)]) == 2
        err = capsys.readouterr().err
        assert f"{label}.xlsx:" in err and "Traceback" not in err
    evidence(
        "Malformed XML inside an xlsx",
        "`import xlsx` (a sheet, the workbook part)",
        len(cases),
        "exit 2 with a message naming the file; no traceback, nothing imported",
    )
