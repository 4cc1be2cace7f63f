"""The JSON walk of an import (importers.json_stream): the same values as json.loads, items one
at a time, and anything json.loads refuses refused too (the import then says why in its words)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

from kgs_ropa.importers import json_stream
from kgs_ropa.importers.json_stream import Members


@pytest.fixture(autouse=True)
def tiny_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of a few characters: every value crosses a block's edge somewhere."""
    monkeypatch.setattr(json_stream, "BLOCK", 5)


def _walk(text: str, key: str = "activities") -> dict[str, Any]:
    """The object as the walk gives it, its streamed arrays made lists again."""
    result: dict[str, Any] = {}
    for name, value in Members(io.StringIO(text), key):
        result[name] = list(value) if isinstance(value, Iterator) else value
    return result


VALID = [
    "{}",
    ' \n\t{ "activities" : [ ] } \r\n',
    '{"activities": [1, 22, 333.5e-3, -0, true, false, null, "x"]}',
    '{"a": 12345678901234567890, "b": -1.5E+10, "activities": [{"n": 123456789}], "c": 7}',
    '{"activities": [{"name": "Caf\\u00e9 \\"quoted\\" \\\\ \\ud83d\\ude00", "t": "éü€😀"}]}',
    '{"activities": [[[]], {"x": {"y": [1, {"z": []}]}}], "cookies": [{"k": "v"}]}',
    '{"activities": [1], "activities": [2, 3]}',  # json.loads: the last value, the first place
    '{"activities": [1], "other": 0, "activities": 5}',
    '{"activities": 5}',
    '{"activities": {"a": [1, 2]}}',
    '{"x": NaN, "y": -Infinity, "activities": [Infinity]}',
]


@pytest.mark.parametrize("block", [1, 2, 3, 4, 7, 64])
@pytest.mark.parametrize("text", VALID)
def test_values_are_what_json_loads_gives(
    text: str, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_stream, "BLOCK", block)
    assert _walk(text) == json.loads(text)
    assert list(_walk(text)) == list(json.loads(text))  # the members in the same order


def test_a_register_document_comes_out_whole(tmp_path: Any) -> None:
    from kgs_ropa.services.synthetic import synthetic_document

    document = synthetic_document(30)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    assert _walk(text) == document


def test_the_items_come_one_at_a_time() -> None:
    text = '{"activities": [' + ", ".join(f'{{"n": {i}}}' for i in range(1000)) + "]}"
    stream = io.StringIO(text)
    members = iter(Members(stream, "activities"))
    key, items = next(members)
    assert key == "activities"
    assert next(items) == {"n": 0}
    assert stream.tell() < 100  # a block or two read, not the file


INVALID = [
    "",
    "{",
    '{"activities": [',
    '{"activities": [1,',
    '{"activities": [1, 2',
    '{"activities": [1 2]}',
    '{"activities": [1,]}',
    '{"activities": [{"a": 1}]',
    '{"a": 1,}',
    '{"a" 1}',
    "{a: 1}",
    '{"a": 1} x',
    '{"a": 1}{}',
    '{"a": tru}',
    '{"a": "unterminated}',
    '{"a": "bad \\x escape"}',
    '{"a": "control \n character"}',
    '\ufeff{"a": 1}',
]


@pytest.mark.parametrize("text", INVALID)
def test_what_json_loads_refuses_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        _walk(text)


@pytest.mark.parametrize("text", ["[]", '"x"', "5", "null"])
def test_another_root_is_refused(text: str) -> None:
    with pytest.raises(ValueError):  # the import reads such a file whole, and says what it is
        _walk(text)


def test_every_cut_of_a_document_is_refused() -> None:
    text = json.dumps({"format": "f", "activities": [{"code": "A-1", "n": [1.5, None]}], "c": []})
    for end in range(len(text)):
        with pytest.raises(ValueError):
            _walk(text[:end])
