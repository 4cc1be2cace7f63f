"""Messages made below the interface: English for the command line, a template with named
values for the app, and a finished Dutch translation for every template."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest

from kgs_ropa.importers.file_import import read_file
from kgs_ropa.importers.problems import ImportFileError
from kgs_ropa.message import CONTEXT, Message
from kgs_ropa.services import document
from kgs_ropa.services.document import DocumentError, load_register

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "app_nl.ts"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _service_messages() -> dict[str, str]:
    """Source -> Dutch for the messages made below the interface."""
    root = ET.parse(TS).getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for item in context.iter("message"):
            translation = item.find("translation")
            assert translation is not None
            assert translation.get("type") is None, item.findtext("source")
            found[item.findtext("source") or ""] = translation.text or ""
    return found


def test_the_english_text_names_the_path_and_fills_in_the_values() -> None:
    doc = {"format": "kgs-ropa-register", "format_version": 99}
    with pytest.raises(DocumentError) as caught:
        load_register(None, doc)  # type: ignore[arg-type]  # refused before any query
    assert str(caught.value) == "format_version: unsupported version 99"
    assert caught.value.path == "format_version"
    assert caught.value.message.template == "unsupported version {version}"
    assert caught.value.message.values == {"version": "99"}


def test_a_value_is_data_never_a_template() -> None:
    text = Message("unknown {what} {code}", {"what": Message("system"), "code": "'{code}'"})
    assert str(text) == "unknown system '{code}'"
    dutch = {"unknown {what} {code}": "onbekend {what} {code}", "system": "systeem"}
    assert text.render(lambda t: dutch.get(t, t)) == "onbekend systeem '{code}'"


def test_a_broken_translation_falls_back_to_the_english() -> None:
    text = Message("unknown key {key}", {"key": "x"})
    assert text.render(lambda t: "onbekende sleutel {sleutel}") == "unknown key x"


def test_numbers_are_grouped_by_the_language() -> None:
    text = Message(
        "too long: {length} characters, at most {limit}", {"length": 25000, "limit": 20000}
    )
    assert str(text) == "too long: 25,000 characters, at most 20,000"
    dutch = text.render(number=lambda n: f"{n:,}".replace(",", "."))
    assert dutch == "too long: 25.000 characters, at most 20.000"


def test_every_template_has_a_dutch_translation_with_the_same_values() -> None:
    messages = _service_messages()
    assert "unsupported version {version}" in messages
    for source, dutch in messages.items():
        assert dutch.strip(), source
        assert sorted(_PLACEHOLDER.findall(dutch)) == sorted(_PLACEHOLDER.findall(source)), source


def test_every_vocabulary_of_the_document_has_its_word() -> None:
    used = {
        field[2].name
        for name, fields in vars(document).items()
        if name.endswith("_FIELDS")
        for field in fields
        if field[2] is not None
    }
    assert used <= set(document.VOCABULARY_WORDS)
    assert set(document.VOCABULARY_WORDS.values()) <= set(_service_messages())
    assert set(document.ROW_WORDS) <= set(_service_messages())


def _templates(text: Message) -> set[str]:
    found = {text.template}
    for value in text.values.values():
        if isinstance(value, Message):
            found |= _templates(value)
    return found


def test_import_problems_carry_templates_the_translation_knows(tmp_path: Path) -> None:
    broken = tmp_path / "register.json"
    broken.write_text("{not json")
    sheet = tmp_path / "register.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Processing activity", "Purpose of the processing", "Lawful basis"])
    wb.active.append(["Payroll", "Paying salaries", "Magic"])
    wb.active.append(["", "", "Contract"])
    wb.save(sheet)
    problems = read_file(broken).problems + read_file(sheet).problems
    with pytest.raises(ImportFileError) as missing:
        read_file(tmp_path / "gone.json")
    problems += missing.value.problems
    assert [p.message for p in problems] == [
        "register.json: not valid JSON (line 1, column 2)",
        "not a lawful basis (Art. 6(1)): 'Magic'",
        "no name and no purpose: every row needs at least one of them",
        "gone.json: no such file",
    ]
    known = set(_service_messages()) | {"{file}: {problem}"}  # no words to translate
    for problem in problems:
        assert isinstance(problem.detail, Message)
        assert _templates(problem.detail) <= known
