"""`import json` reads the activities from the file one at a time (importers.json_file): the same
register, history and messages as the document read whole, a chunk of activities in memory, and
a broken file refused with a clear message and nothing written, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kgs_ropa.cli import main
from kgs_ropa.importers import file_import, json_file
from kgs_ropa.importers.file_import import import_file, read_file
from kgs_ropa.importers.problems import ImportFileError
from kgs_ropa.model import HistoryEntry
from kgs_ropa.services import bulk_activities
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import DocumentError, dump_register, load_register
from kgs_ropa.services.setup import example_document, initialise
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database


def _opened(target: str) -> Iterator[Database]:
    db = connect(target)
    initialise(db)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def register(any_target: str) -> Iterator[Database]:
    yield from _opened(any_target)


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _state(db: Database) -> tuple[Any, int]:
    """The register as exported, and how many history entries it has."""
    with db.reading() as session:
        entries = session.scalar(select(func.count()).select_from(HistoryEntry))
        return dump_register(session), entries or 0


def _entries(db: Database) -> list[tuple[Any, ...]]:
    query = select(
        HistoryEntry.action,
        HistoryEntry.entity_type,
        HistoryEntry.entity_key,
        HistoryEntry.field,
        HistoryEntry.before,
        HistoryEntry.after,
    ).order_by(HistoryEntry.id)
    with db.reading() as session:
        return sorted(tuple(row) for row in session.execute(query))


@pytest.mark.parametrize("which", ["example", "two chunks"])
def test_the_register_and_its_history_are_those_of_the_whole_document(
    any_target: str, tmp_path: Path, which: str
) -> None:
    document = (
        example_document("kgs")
        if which == "example"
        else synthetic_document(bulk_activities.CHUNK + 7)
    )
    path = _write(tmp_path / "register.json", document)
    read = read_file(path)
    assert read.activities is not None and read.document["activities"] == []  # streamed
    for db in _opened(any_target):
        import_file(db, path)
        streamed, streamed_entries = _state(db), _entries(db)
    for db in _opened(str(tmp_path / "whole.sqlite")):
        file_import.run_import(db, _whole(path))
        assert _state(db) == streamed and _entries(db) == streamed_entries


def _whole(path: Path) -> file_import.ReadFile:
    """The file read as before: the whole document in memory."""
    read = file_import.ReadFile(path.name, file_import._sha256(path), "json")
    json_file._read_whole(path, read)
    assert read.activities is None and read.document["activities"]
    return read


def test_a_chunk_of_activities_is_read_at_a_time(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path / "register.json", synthetic_document(3 * bulk_activities.CHUNK))
    pulled, written = [], []
    read_again = json_file.StreamedActivities.__iter__
    write = bulk_activities._write

    def counted(self: Any) -> Iterator[Any]:
        for item in read_again(self):
            pulled.append(item["code"])
            yield item

    def writing(session: Any, checked: list[Any]) -> Any:
        written.append(len(pulled))
        return write(session, checked)

    monkeypatch.setattr(json_file.StreamedActivities, "__iter__", counted)
    monkeypatch.setattr(bulk_activities, "_write", writing)
    import_file(db, path)
    chunk = bulk_activities.CHUNK
    assert written == [chunk, 2 * chunk, 3 * chunk]  # a chunk read, written, then the next


def _problem(db: Database, path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        import_file(db, path)
    return "\n".join(str(p) for p in caught.value.problems)


def _whole_problem(db: Database, path: Path) -> str:
    result = file_import.run_import(db, _whole(path))
    return "\n".join(str(p) for p in result.problems)


def _set(i: int, **fields: Any) -> Any:
    return lambda d: d["activities"][i].update(fields)


def _code_of(i: int, j: int, case: Any = str) -> Any:
    return lambda d: d["activities"][i].update(code=case(d["activities"][j]["code"]))


FAULTS: list[tuple[str, list[Any]]] = [
    ("a bad value in a later chunk", [_set(1003, status="magic")]),
    ("unknown field, then a bad value", [_set(2, x=1), _set(1004, rights=[1])]),
    ("two unknown fields", [_set(7, x=1), _set(1001, y=1)]),
    ("unknown top-level key first", [_set(3, x=1)]),
    ("an activity no object", [lambda d: d["activities"].__setitem__(1002, 5)]),
    ("a code twice", [_code_of(1004, 5)]),
    ("a code in other case", [_code_of(1004, 5, str.lower)]),
    ("no code", [lambda d: d["activities"][9].pop("code")]),
    ("a cookie of no activity", [lambda d: d["cookies"].append({"name": "c", "activity": "x"})]),
    ("legacy period", [_set(1000, retention=[{"period_months": "x"}])]),
    ("a controller that is a list", [_set(1001, controller=["gen-holding"])]),
    ("a system that is an object", [_set(1002, systems=[{"code": "sys-0"}])]),
]


@pytest.mark.parametrize(("fault", "changes"), FAULTS, ids=[f for f, _ in FAULTS])
def test_each_fault_is_named_as_the_whole_document_names_it(
    db: Database, tmp_path: Path, fault: str, changes: list[Any]
) -> None:
    document = synthetic_document(bulk_activities.CHUNK + 5)
    if fault.startswith("unknown top-level"):
        document = {"appendix": None, **document}  # the first key of the file
    for change in changes:
        change(document)
    path = _write(tmp_path / "bad.json", document)
    before = _state(db)
    said = _problem(db, path)
    assert said == _whole_problem(db, path) and said
    assert _state(db) == before


def test_an_error_names_the_activity_it_is_in(db: Database, tmp_path: Path) -> None:
    document = synthetic_document(bulk_activities.CHUNK + 5)
    document["activities"][1002]["status"] = "magic"
    with pytest.raises(ImportFileError) as caught:
        import_file(db, _write(tmp_path / "bad.json", document))
    problem = caught.value.problems[0]
    activity = document["activities"][1002]
    assert problem.path == "activities[1002].status"
    assert problem.activity == f"{activity['code']} {activity['name']}"


def test_skipped_and_replaced_activities_keep_their_places(db: Database, tmp_path: Path) -> None:
    document = synthetic_document(6)
    first = {**document, "activities": document["activities"][2:4], "cookies": []}
    _write(tmp_path / "first.json", first)
    import_file(db, tmp_path / "first.json")
    path = _write(tmp_path / "all.json", document)
    result = import_file(db, path, on_conflict="skip")
    assert len(result.added) == 4 and len(result.skipped) == 2
    document["activities"][3]["name"] = "Vervangen"
    _write(path, document)
    result = import_file(db, path, on_conflict="replace")
    assert result.replaced == [f"{a['code']} {a['name']}" for a in document["activities"]]
    exported, _ = _state(db)
    assert "Vervangen" in [a["name"] for a in exported["activities"]]


BROKEN = [
    ("truncated", lambda text: text[: len(text) // 2].encode(), "not valid JSON (line 1"),
    ("not JSON", lambda text: b"register: yes\n", "not valid JSON (line 1, column 1)"),
    ("wrong encoding", lambda text: text.encode("utf-16"), "not a UTF-8 text file"),
    (
        "latin-1 late",
        lambda text: (text[:-1] + ', "x": "caf').encode() + b'\xe9"}',
        "not a UTF-8 text file",
    ),
    ("a list", lambda text: b"[1, 2]", "expected a register document (a JSON object), got a list"),
    ("text", lambda text: b'"register"', "expected a register document (a JSON object), got text"),
    (
        "activities no list",
        lambda text: text.replace('"activities": [', '"activities": 5, "x": [').encode(),
        "$.activities: expected a list, got a whole number",
    ),
    (
        "activities an object",
        lambda text: (
            text.replace('"activities": [', '"activities": {"a": [')
            .replace('], "cookies"', ']}, "cookies"')
            .encode()
        ),
        "$.activities: expected a list",
    ),
    (
        "organisation no object",
        lambda text: text.replace('"organisation": {', '"organisation": 3, "y": {').encode(),
        "organisation: expected an object, got a whole number",
    ),
    (
        "catalogue no list",
        lambda text: text.replace('"systems": [', '"systems": 4, "z": [').encode(),
        "catalogues.systems: expected a list, got a whole number",
    ),
    ("trailing data", lambda text: (text + " {}").encode(), "not valid JSON (line 1"),
]


@pytest.mark.parametrize(("fault", "make", "said"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_is_a_message_and_writes_nothing(
    any_target: str,
    register: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fault: str,
    make: Any,
    said: str,
    evidence: Any,
) -> None:
    text = json.dumps(synthetic_document(bulk_activities.CHUNK + 5), ensure_ascii=False)
    path = tmp_path / "broken.json"
    path.write_bytes(make(text))
    before = _state(register)
    assert main(["--db", any_target, "import", "json", str(path)]) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and "internal error" not in err, err
    assert _state(register) == before
    engine = "PostgreSQL" if "://" in any_target else "SQLite"
    evidence(
        f"Broken register file ({fault})",
        f"`import json` ({engine})",
        1,
        "exit 2 with a message naming the fault; nothing written",
    )


@pytest.mark.parametrize("change", ["a code", "one less", "one more", "a description"])
def test_a_file_changed_during_the_import_is_refused(
    db: Database, tmp_path: Path, change: str
) -> None:
    document = synthetic_document(bulk_activities.CHUNK + 5)
    path = _write(tmp_path / "register.json", document)
    read = read_file(path)
    assert read.sha256 == file_import._sha256(path)  # the history names the file it read
    activities = document["activities"]
    if change == "a code":
        activities[1001]["code"] = "CHANGED"
    elif change == "one less":
        activities.pop()
    elif change == "a description":  # neither a code nor a name: found by the file's hash
        activities[2]["description"] = "changed after the first pass"
    else:
        activities.append({**activities[0], "code": "NEW-1"})
    _write(path, document)
    before = _state(db)
    with pytest.raises(
        ImportFileError, match="changed while it was being imported; nothing was imported"
    ):
        file_import.run_import(db, read)
    assert _state(db) == before


def test_load_register_reads_activities_handed_one_at_a_time(db: Database) -> None:
    bad = synthetic_document(2)
    bad["activities"][1]["extra"] = 1
    unknown = r"activities\[1\]\.extra: unknown field"
    with pytest.raises(DocumentError, match=unknown), db.transaction() as session:
        load_register(session, {**bad, "activities": []}, iter(bad["activities"]))
    document = synthetic_document(3)
    with db.transaction() as session:
        load_register(session, {**document, "activities": []}, iter(document["activities"]))
    exported, _ = _state(db)
    assert [a["code"] for a in exported["activities"]] == [
        a["code"] for a in document["activities"]
    ]
