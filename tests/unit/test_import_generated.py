"""Generated workbooks on every template: random columns in random order, random values (with
formulas, accents, lists and blanks). Whatever is in a cell is in the register afterwards."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
import pytest
from import_templates import Filled
from test_template_import import CODED, lost_values

from kgs_ropa.importers.file_import import import_file
from kgs_ropa.importers.heading_sets import TEMPLATES
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.setup import initialise

WORDS = ["Name", "Health data", "=SUM(A1)", "+31 6 1234", "Ünïcødé", "Naam", "klanten", "x"]
# Values a coded column must be given: each one is read as its code.
CODED_VALUES = {
    "lawful_basis": ["Contract", "Art. 6(1)(f)", "Toestemming", "Art. 6 lid 1 sub b en sub c"],
    "third_countries": ["India", "Japan", "Verenigde Staten", "None"],
    "art9_condition": ["Art. 9(2)(b)", "Explicit consent", "Not applicable"],
    "automated_decisions": ["Yes", "No", "Yes - scoring of orders"],
    "dpia_required": ["Yes", "No", "To be assessed"],
}


def _value(rng: random.Random, field: str, row: int) -> str:
    if field == "code":
        return f"G-{row}"
    if field in CODED_VALUES:
        return rng.choice(CODED_VALUES[field])
    words = rng.sample(WORDS, rng.randint(1, 3))
    return rng.choice(["; ", "\n", " "]).join(words) if rng.random() < 0.8 else ""


def _generate(folder: Path, seed: int) -> Filled:
    rng = random.Random(seed)
    template = rng.choice(["ico-controller", "cnil", "dutch"])
    table = TEMPLATES[template][1]
    by_field: dict[str, list[str]] = {}
    for heading, field in table.items():
        by_field.setdefault(field, []).append(heading)
    # one heading per single-value field, any number for a list field; always a purpose
    chosen = [rng.choice(by_field["purposes"])]
    for field, headings in by_field.items():
        if field != "purposes" and rng.random() < 0.6:
            chosen.append(rng.choice(headings))
    rng.shuffle(chosen)
    rows = []
    for number in range(rng.randint(1, 4)):
        row = [_value(rng, table[h], number) for h in chosen]
        row[chosen.index(next(h for h in chosen if table[h] == "purposes"))] = f"Purpose {number}"
        rows.append(row)
    path = folder / f"generated-{seed}.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(chosen)
    for number, row in enumerate(rows, 2):
        for column, value in enumerate(row, 1):
            cell = wb.active.cell(number, column, value or None)
            cell.data_type = "s"  # text as typed: "=SUM(A1)" is not a formula
    wb.save(path)
    return Filled(path, "Sheet", 1, chosen, rows, [])


@pytest.mark.parametrize("seed", range(10))
def test_every_generated_value_is_kept(tmp_path: Path, seed: int) -> None:
    db = connect(str(tmp_path / "r.sqlite"))
    initialise(db)
    filled = _generate(tmp_path, seed)
    import_file(db, filled.path)
    with db.reading() as session:
        document = dump_register(session)
    assert lost_values(filled, document) == []
    assert CODED  # the coded columns are given values that read as codes (CODED_VALUES)
