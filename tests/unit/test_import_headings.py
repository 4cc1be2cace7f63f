"""Heading recognition that cannot collide: exact headings only, loose ones as suggestions."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from kgs_ropa.importers.file_import import import_file
from kgs_ropa.importers.headings import recognise
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Categories of personal data", "data_categories"),
        ("CATEGORIES  OF\nPERSONAL DATA", "data_categories"),
        ("Retention schedule", "retention"),  # without "(if possible)"
        ("Personal data breach?", "note"),
        ("Is personal data retained and erased in accordance with the policy document?", "note"),
        ("Link to contract with processor", "processor_contract"),
        ("Catégories de personnes concernées", "data_subjects"),
        ("Categorieen persoonsgegevens", "data_categories"),
    ],
)
def test_exact_headings(heading: str, field: str) -> None:
    found = recognise(heading, None)
    assert found.field == field and found.exact


def test_a_loose_heading_is_only_a_suggestion() -> None:
    found = recognise("Purpose of processing - see guidance", "ico-controller")
    assert found.field is None and found.suggestion == "purposes"
    assert recognise("Personal data held", None).field is None


def _sheet(path: Path, headings: list[str], row: list[str]) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(headings)
    wb.active.append(row)
    wb.save(path)
    return path


@pytest.fixture
def empty(tmp_path: Path) -> Database:
    database = connect(str(tmp_path / "r.sqlite"))
    initialise(database)
    return database


def test_two_columns_never_feed_one_single_value_field(empty: Database, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "r.xlsx",
        ["Naam verwerking", "Doel", "Afdeling", "Business function", "Purpose(s) - see notes"],
        ["Werving", "Personeel werven", "HR", "People team", "Recruiting"],
    )
    result = import_file(empty, path)
    assert result.mapping is not None
    assert (
        "D Business function -> note (as 'Business function: ...') "
        "[business_function already comes from 'Afdeling']"
    ) in result.mapping_lines
    assert any("[suggested: purposes]" in line for line in result.mapping_lines)
    with empty.reading() as session:
        (activity,) = dump_register(session)["activities"]
    assert activity["business_function"] == "HR"
    assert activity["note"] == "Business function: People team\nPurpose(s) - see notes: Recruiting"


def test_the_user_maps_a_suggested_column(empty: Database, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "r.xlsx",
        ["Naam verwerking", "Doel", "Afdeling", "Purpose(s) - see notes"],
        ["Werving", "Personeel werven", "HR", "Recruiting"],
    )
    import_file(empty, path, choices={"Purpose(s) - see notes": "purposes"})
    with empty.reading() as session:
        (activity,) = dump_register(session)["activities"]
    assert [p["description"] for p in activity["purposes"]] == ["Personeel werven", "Recruiting"]
    assert activity["note"] == ""
