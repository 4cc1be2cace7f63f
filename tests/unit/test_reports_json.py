"""`export json` writes the register as it reads it, a chunk of activities at a time: byte for
byte the text of the whole document dumped at once, on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from report_data import hostile_document, load
from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.cli import main
from kgs_ropa.model import Cookie
from kgs_ropa.reports import stream
from kgs_ropa.reports.build import Frozen
from kgs_ropa.reports.export import export_json
from kgs_ropa.reports.register_json import document_text, frozen_members
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import TEXT_LIMIT, dump_register
from kgs_ropa.services.history import latest_hash
from kgs_ropa.services.setup import initialise
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database

Doc = dict[str, Any]

# Text that a careless writer would break: every control character a database keeps (NUL is
# refused by PostgreSQL), quotes and backslashes, characters outside the BMP, the separators
# str.splitlines splits at, and markup that ends a script block.
NASTY = (
    "".join(chr(c) for c in range(1, 32))
    + '\x7f "quoted" \\back\\slash\\ \\n \\u0041 '
    + "💎🇳🇱 𝔘𝔫𝔦 \u2028line\u2029para\x85next\x1c\x1d\x1e "
    + '</script><script>alert(1)</script> ]}, {[ ": '
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, db_path: Path) -> str:
    """Where a register goes: a SQLite file, or a PostgreSQL database of its own."""
    if request.param == "sqlite":
        return str(db_path)
    url: str = request.getfixturevalue("pg_target")
    return url


@contextmanager
def opened(where: str, example: str | None = None) -> Iterator[Database]:
    database = connect(where)
    try:
        initialise(database, example)
        yield database
    finally:
        database.dispose()


def whole_text(db: Database) -> bytes:
    """The export as it was: the whole document read and dumped in one go."""
    with db.reading() as session:
        document = dump_register(session)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def exported(db: Database | Frozen, out: Path) -> bytes:
    export_json(db, out)
    assert not out.with_name(out.name + ".partial").exists()
    return out.read_bytes()


def counted_reads(
    monkeypatch: pytest.MonkeyPatch, sessions: list[Session] | None = None
) -> list[object]:
    """The activity ids of each read of the register the export makes (and its session)."""
    reads: list[object] = []
    real = stream.dump_register

    def counted(session: Session, ids: list[int] | None = None, **kw: bool) -> Doc:
        reads.append(ids)
        if sessions is not None:
            sessions.append(session)
        return real(session, ids, **kw)

    monkeypatch.setattr(stream, "dump_register", counted)
    return reads


def hostile_register() -> Doc:
    """The example with the nasty text at every depth of the document, and a text as long as
    a field may hold."""
    document = hostile_document()
    first = document["activities"][0]
    first["name"] += NASTY
    first["description"] = NASTY + "x" * (TEXT_LIMIT - len(NASTY))
    first["purposes"][0]["description"] = NASTY
    first["joint_controllers"].append(NASTY)
    first["translations"] = {"en": {"name": NASTY, "description": "Ü\\n 💎"}}
    document["activities"][-1]["note"] = NASTY
    document["catalogues"]["systems"][0]["name"] = NASTY
    document["organisation"]["note"] = NASTY
    document["cookies"][0]["purpose"] = NASTY
    return document


@pytest.mark.parametrize("chunk", [1, 3, 250])
def test_the_example_register_byte_for_byte(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(stream, "CHUNK", chunk)
    with opened(target, "kgs") as db:
        whole = whole_text(db)
        reads = counted_reads(monkeypatch)
        assert exported(db, tmp_path / "register.json") == whole
    document = json.loads(whole)
    assert document["cookies"] and len(document["activities"]) > 3
    assert None not in reads, "never the whole register in one read"
    assert len(reads) == -(-len(document["activities"]) // chunk)


def test_a_hostile_register_byte_for_byte(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "CHUNK", 2)
    with opened(target) as db:
        load(db, hostile_register())
        whole = whole_text(db)
        text = exported(db, tmp_path / "register.json")
    assert text == whole
    assert NASTY in json.loads(text)["activities"][0]["name"]
    assert "\\u0001" in text.decode("utf-8") and "💎".encode() in text  # escaped; kept as is


def test_an_empty_register(target: str, tmp_path: Path) -> None:
    with opened(target) as db:
        whole = whole_text(db)
        text = exported(db, tmp_path / "register.json")
    assert text == whole
    assert b'\n  "activities": [],\n  "cookies": []\n}\n' in text


def test_cookies_of_no_activity_keep_their_place(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "CHUNK", 1)
    with opened(target, "kgs") as db:
        with db.transaction() as session:
            cookies = session.scalars(select(Cookie).order_by(Cookie.position)).all()
            cookies[0].activity_id = cookies[-1].activity_id = None  # first and last
        whole = whole_text(db)
        text = exported(db, tmp_path / "register.json")
    assert text == whole
    written = json.loads(text)["cookies"]
    assert written[0]["activity"] is None and written[-1]["activity"] is None


def test_a_register_larger_than_a_chunk(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opened(target) as db:
        load(db, synthetic_document(2 * stream.CHUNK + 1))
        whole = whole_text(db)
        reads = counted_reads(monkeypatch)
        text = exported(db, tmp_path / "register.json")
    assert text == whole
    assert [len(ids) for ids in reads] == [stream.CHUNK, stream.CHUNK, 1]  # type: ignore[arg-type]


def test_every_chunk_is_read_in_one_reading_session(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One session for the whole read: the register as one state, where reading sessions are
    one database snapshot."""
    load(db, synthetic_document(7))
    monkeypatch.setattr(stream, "CHUNK", 2)
    sessions: list[Session] = []
    counted_reads(monkeypatch, sessions)
    opened_readings = []
    reading = db.reading

    @contextmanager
    def counted() -> Iterator[Session]:
        with reading() as session:
            opened_readings.append(session)
            yield session

    monkeypatch.setattr(db, "reading", counted)
    export_json(db, tmp_path / "register.json")
    assert len(sessions) == 4 and opened_readings == [sessions[0]]
    assert all(session is sessions[0] for session in sessions)


def test_the_round_trip_through_import_json(target: str, tmp_path: Path) -> None:
    """Exported, imported into an empty register (SQLite) and exported again: the same bytes,
    whichever database it came from."""
    first, again = tmp_path / "first.json", tmp_path / "again.json"
    with opened(target) as db:
        load(db, hostile_register())
        exported(db, first)
    copy_path = str(tmp_path / "copy.sqlite")
    assert main(["--db", copy_path, "init"]) == 0
    assert main(["--db", copy_path, "import", "json", str(first)]) == 0
    assert main(["--db", copy_path, "export", "json", str(again)]) == 0
    assert again.read_bytes() == first.read_bytes()


def test_the_cli_prints_the_history_hash(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "register.json"
    with opened(target, "kgs") as db:
        with db.reading() as session:
            head = latest_hash(session)
        whole = whole_text(db)
    capsys.readouterr()
    assert main(["--db", target, "export", "json", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out}\nhistory hash {head}\n"
    assert out.read_bytes() == whole


def test_a_document_in_memory_byte_for_byte(tmp_path: Path) -> None:
    """A snapshot or a past day (Frozen) is written from the document it is."""
    document = hostile_register()
    expected = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    frozen = Frozen(copy.deepcopy(document), None)
    assert exported(frozen, tmp_path / "frozen.json") == expected.encode("utf-8")


@pytest.mark.parametrize(
    "document",
    [
        {},
        {"activities": []},
        {"activities": [{}, [], "", None], "cookies": {}},
        {"a": {"b": [{"c": []}, {}]}, "activities": [{"d": [1, {"e": "\u2028"}]}], "z": []},
    ],
)
def test_the_layout_of_json_dumps_for_every_shape(document: Doc) -> None:
    expected = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    assert "".join(document_text(frozen_members(document))) == expected


def failing_on_read(number: int) -> Callable[..., Doc]:
    calls = iter(range(1, 1_000_000))
    real = stream.dump_register

    def read(session: Session, ids: list[int] | None = None, **kw: bool) -> Doc:
        if next(calls) == number:
            raise OSError(28, "No space left on device")
        return real(session, ids, **kw)

    return read


def test_a_failed_export_leaves_the_old_file_and_no_partial_one(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(db, synthetic_document(7))
    out = tmp_path / "register.json"
    out.write_text("the export of last week", "utf-8")
    monkeypatch.setattr(stream, "CHUNK", 2)
    monkeypatch.setattr(stream, "dump_register", failing_on_read(3))
    with pytest.raises(OSError, match="No space left"):
        export_json(db, out)
    assert out.read_text("utf-8") == "the export of last week"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(out.name)) == [out.name]


def test_a_selection_is_refused_rather_than_ignored(
    example_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The register document is always the whole register: asked for one activity, it says so
    instead of writing all of them."""
    out = tmp_path / "register.json"
    target = str(example_db.url.database)
    assert main(["--db", target, "export", "json", str(out), "--activity", "1"]) == 2
    assert "--activity is not for json" in capsys.readouterr().err
    assert not out.exists()
