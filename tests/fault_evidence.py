"""Faults the suite tries, recorded as it runs; written to docs/reliability.md on request.

Tests call the `evidence` fixture with what they did and what came of it. With
KGS_ROPA_EVIDENCE=docs/reliability.md set, the end of the session writes that file from the
records (only a run that passed writes it; the sections after its table, written by hand, are
kept), so the document says what was tried, not what was hoped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ENV = "KGS_ROPA_EVIDENCE"

HEADER = """# Reliability: the faults tried and what came of them

Produced by the test suite (`KGS_ROPA_EVIDENCE=docs/reliability.md python -m pytest`); every row
is a test that ran and passed on {day}. "Tries" counts the separate attempts within the test
(kills at random moments, payloads, sessions); the result is what the test asserts after each.

| Fault | Operation | Tries | Result |
|---|---|---:|---|
"""


@dataclass(frozen=True)
class Record:
    fault: str
    operation: str
    tries: int
    result: str


RECORDS: list[Record] = []


def record(fault: str, operation: str, tries: int, result: str) -> None:
    RECORDS.append(Record(fault, operation, tries, result))


def write_if_asked(passed: bool) -> None:
    target = os.environ.get(ENV)
    if not target or not passed or not RECORDS:
        return
    rows = sorted(set(RECORDS), key=lambda r: (r.fault, r.operation))
    lines = [f"| {r.fault} | {r.operation} | {r.tries} | {r.result} |" for r in rows]
    text = HEADER.format(day=date.today().isoformat()) + "\n".join(lines) + "\n"
    Path(target).write_text(text + _after_the_table(Path(target)), encoding="utf-8")


def _after_the_table(target: Path) -> str:
    """The document's sections after the table, written by hand: kept as they are."""
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    start = text.find("\n## ")
    return text[start:] if start >= 0 else ""
