"""English means English: in the English exports of the example, no Dutch sentence appears
unmarked, and with the example's shipped translations none appears at all."""

from __future__ import annotations

import copy
import re
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from pypdf import PdfReader
from report_data import load

from kgs_ropa.reports.export import export_pdf, export_xlsx
from kgs_ropa.services.setup import example_document
from kgs_ropa.storage.database import Database

TODAY = date(2026, 11, 25)
# Dutch function words that English text never uses; two in one line make it Dutch.
DUTCH = {
    "de", "het", "een", "van", "en", "wij", "we", "uw", "niet", "voor", "zijn", "worden",
    "wordt", "op", "te", "dat", "die", "deze", "naar", "ook", "als", "bij", "om", "geen",
}  # fmt: skip
# Words English has too; they only count next to a word that is Dutch only.
SHARED = {"we", "op", "die"}
WORD = re.compile(r"\b[a-zà-ÿ]+\b")  # whole words: not the letters of a hash


def dutch_lines(text: str) -> list[str]:
    """Lines of `text` that read as Dutch and carry no [nl] mark."""
    found = []
    for line in text.splitlines():
        if "[nl]" in line:
            continue
        words = WORD.findall(line.lower())
        dutch = [w for w in words if w in DUTCH]
        if len(dutch) >= 2 and set(dutch) - SHARED:
            found.append(line)
    return found


def _xlsx_cells(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    cells = [v for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row]
    return [c for c in cells if isinstance(c, str)]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _untranslated(document: dict[str, Any]) -> dict[str, Any]:
    """The example without its English translations."""
    bare = copy.deepcopy(document)

    def strip(node: Any) -> None:
        if isinstance(node, dict):
            node.pop("translations", None)
            for value in node.values():
                strip(value)
        elif isinstance(node, list):
            for value in node:
                strip(value)

    strip(bare)
    return bare


def test_the_heuristic_tells_dutch_from_english() -> None:
    assert dutch_lines("We slaan uw gegevens niet langer op dan nodig is.")
    assert not dutch_lines("[nl] We slaan uw gegevens niet langer op dan nodig is.")
    assert not dutch_lines("We do not keep your data longer than necessary.")
    assert not dutch_lines("KGS DIAMOND HOLDING BV, Industriestraat 2, 8081 HG Elburg")


def _exports(db: Database, tmp_path: Path, document: dict[str, Any]) -> tuple[list[str], str]:
    load(db, document)
    xlsx, pdf = tmp_path / "register.xlsx", tmp_path / "register.pdf"
    export_xlsx(db, xlsx, "en", today=TODAY)
    export_pdf(db, pdf, "en", today=TODAY)
    return _xlsx_cells(xlsx), _pdf_text(pdf)


def test_with_the_shipped_translations_no_dutch_at_all(db: Database, tmp_path: Path) -> None:
    cells, pdf = _exports(db, tmp_path, example_document("kgs"))
    for text in ("\n".join(cells), pdf):
        assert "[nl]" not in text
        assert dutch_lines(text) == []


def test_without_translations_every_dutch_text_is_marked(db: Database, tmp_path: Path) -> None:
    cells, pdf = _exports(db, tmp_path, _untranslated(example_document("kgs")))
    # A cell holds one text (or one per line of a list): Dutch in it means a mark in it. The
    # PDF wraps texts over lines, so there only the marks are looked for.
    assert [c for c in cells if dutch_lines(c) and "[nl]" not in c] == []
    assert "[nl]" in "\n".join(cells) and "[nl]" in pdf
