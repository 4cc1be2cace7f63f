"""The export reads the register in chunks: the same fingerprint, rows and findings as the
register read in one go."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.checks import check_register
from kgs_ropa.model import Cookie
from kgs_ropa.reports import stream
from kgs_ropa.reports.build import build_report, fingerprint, report_from_database
from kgs_ropa.reports.report import Audience
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.history import latest_hash
from kgs_ropa.storage.database import Database

TODAY = date(2026, 11, 25)


def texts(rows: object) -> list[list[str]]:
    return [[cell.text for cell in row] for row in rows]  # type: ignore[attr-defined]


@pytest.mark.parametrize("chunk", [1, 3, 250])
def test_chunked_read_gives_the_fingerprint_of_the_whole_register(
    example_db: Database, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(stream, "CHUNK", chunk)
    with example_db.reading() as session:
        whole = dump_register(session)
        streamed = stream.read_streamed(session, None)
    assert whole["cookies"], "the example has cookies: their order is part of the fingerprint"
    assert streamed.fingerprint == fingerprint(whole)
    assert list(streamed.activities) == whole["activities"]
    assert streamed.skeleton == {**whole, "activities": []}


@pytest.mark.parametrize("chunk", [1, 250])
def test_a_cookie_of_no_activity_is_kept_and_the_read_stays_chunked(
    example_db: Database, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    with example_db.transaction() as session:
        cookies = session.scalars(select(Cookie).order_by(Cookie.position)).all()
        cookies[0].activity_id = cookies[-1].activity_id = None  # first and last of no activity
    monkeypatch.setattr(stream, "CHUNK", chunk)
    reads: list[object] = []
    real = stream.dump_register

    def counted(session: Session, ids: list[int] | None = None, **kw: bool) -> dict[str, Any]:
        reads.append(ids)
        return real(session, ids, **kw)

    monkeypatch.setattr(stream, "dump_register", counted)
    with example_db.reading() as session:
        whole = dump_register(session)
        streamed = stream.read_streamed(session, None)
    assert streamed.fingerprint == fingerprint(whole)
    assert streamed.skeleton == {**whole, "activities": []}
    assert None not in reads, "never the whole register in one read"
    assert len(reads) == -(-len(whole["activities"]) // chunk)


def test_a_register_of_cookies_only(db: Database) -> None:
    with db.transaction() as session:
        session.add(Cookie(name="_ga", provider="Google Analytics", purpose="Statistiek"))
    with db.reading() as session:
        whole = dump_register(session)
        streamed = stream.read_streamed(session, None)
    assert [c["name"] for c in streamed.skeleton["cookies"]] == ["_ga"]
    assert streamed.fingerprint == fingerprint(whole)


def test_streamed_report_has_the_rows_of_the_report_built_in_one_go(
    example_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "CHUNK", 4)
    with example_db.reading() as session:
        document, head = dump_register(session), latest_hash(session)
    found = check_register(document, TODAY)
    audience = Audience(findings=True)
    built = build_report(
        document, "en", today=TODAY, history_hash=head, findings=found, audience=audience
    )
    streamed = report_from_database(example_db, "en", today=TODAY, audience=audience)
    assert streamed.meta == built.meta
    for ours, theirs in [
        (streamed.register, built.register),
        (streamed.overview, built.overview),
        (streamed.findings, built.findings),  # type: ignore[list-item]
        *zip(streamed.annexes, built.annexes, strict=True),
    ]:
        assert texts(ours.rows) == texts(theirs.rows), ours.key
        assert len(ours.rows) == len(theirs.rows)
    assert [s.title for s in streamed.activities] == [s.title for s in built.activities]


def test_streamed_rows_are_read_only(example_db: Database) -> None:
    report = report_from_database(example_db, "en", today=TODAY)
    with pytest.raises(TypeError):
        report.register.rows.append([])
