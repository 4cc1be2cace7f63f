"""Every CLI flow gives the same result on SQLite and on PostgreSQL: the example register through
init, check, exports (json, jsonld, xlsx, pdf text), a change, snapshots, diff, history and
verify-history, compared after removing what legitimately differs (the times of the changes,
the hashes that cover those times, the database's name and the output folder)."""

from __future__ import annotations

import difflib
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from kgs_ropa.cli import main

pytestmark = pytest.mark.postgres

# A moment of the run (history lines, CSV, the export's own date and time): today, at a time.
_TIME = r"[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:?\d{2}|Z)?"
_BACKUP_LINE = re.compile(r"^backed up the register to .*\n", re.MULTILINE)
# Hashes of the history chain cover the entries' times; a snapshot's fingerprint does not.
_CHAIN_HASH = re.compile(r"(?<!fingerprint )\b[0-9a-f]{64}\b")
# The exports name the register's version by the start of the history's head hash.
_VERSION = re.compile(r"(Register version|Registerversie)(:?\s*)[0-9a-f]{16}\b")


def normalise(text: str, db: str, out: Path) -> str:
    today = date.today()
    text = text.replace(db, "<db>").replace(str(out), "<out>")
    moment = re.compile(re.escape(today.isoformat()) + _TIME)
    text = _CHAIN_HASH.sub("<chain>", moment.sub("<moment>", text))
    text = _VERSION.sub(r"\1\2<chain>", text)
    for day in (today.isoformat(), today.strftime("%d-%m-%Y")):
        text = text.replace(day, "<today>")
    # Automatic backups are of SQLite files (a team backs PostgreSQL up with pg_dump).
    return _BACKUP_LINE.sub("", text)


def run(db: str, out: Path, capsys: pytest.CaptureFixture[str], *args: Any) -> str:
    capsys.readouterr()
    code = main(["--db", db, *[str(a) for a in args]])
    captured = capsys.readouterr()
    return f"$ {' '.join(str(a) for a in args)}\nexit {code}\n{captured.out}{captured.err}"


def workbook_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    lines = []
    for sheet in book.worksheets:
        lines.append(f"[{sheet.title}]")
        lines += ["\t".join("" if v is None else str(v) for v in row) for row in sheet.values]
    book.close()
    return "\n".join(lines)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def changed(document: Path, into: Path) -> Path:
    doc = json.loads(document.read_text("utf-8"))
    doc["activities"][0]["name"] += " (revised)"
    into.write_text(json.dumps(doc, ensure_ascii=False, indent=2), "utf-8")
    return into


def walk(db: str, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """Every flow on one backend; what it printed and wrote, normalised, by step."""
    out.mkdir()
    results: dict[str, str] = {}

    def step(name: str, *args: Any) -> None:
        results[name] = run(db, out, capsys, *args)

    step("init", "init", "--example", "kgs")
    step("check nl", "check")
    step("check en", "check", "--lang", "en")
    step("snapshot 1", "snapshot", "--label", "first")
    for fmt, lang in (("json", "nl"), ("jsonld", "nl"), ("xlsx", "nl"), ("xlsx", "en")):
        step(f"export {fmt} {lang}", "export", fmt, out / f"{fmt}-{lang}.{fmt}", "--lang", lang)
    step("export xlsx-editable", "export", "xlsx-editable", out / "editable.xlsx")
    for lang in ("nl", "en"):
        step(f"export pdf {lang}", "export", "pdf", out / f"pdf-{lang}.pdf", "--lang", lang)
    revised = changed(out / "json-nl.json", out / "revised.json")
    step("import", "import", "json", revised, "--on-conflict", "replace")
    step("snapshot 2", "snapshot", "--label", "second")
    step("snapshot list", "snapshot", "--list")
    step("diff", "diff", "1", "2")
    step("diff now", "diff", "1", "now")
    step("history", "history")
    step("history csv", "history", "--format", "csv")
    step("history activity", "history", "--activity", "KGS-01")
    step("verify-history", "verify-history")
    step("export snapshot 1", "export", "json", out / "snapshot-1.json", "--snapshot", "1")
    for path in sorted(out.iterdir()):
        if path.suffix in (".json", ".jsonld"):
            results[path.name] = path.read_text("utf-8")
        elif path.suffix == ".xlsx":
            results[path.name] = workbook_text(path)
        elif path.suffix == ".pdf":
            results[path.name] = pdf_text(path)
    return {name: normalise(text, db, out) for name, text in results.items()}


def test_every_cli_flow_gives_the_same_result_on_both_backends(
    tmp_path: Path, pg_target: str, capsys: pytest.CaptureFixture[str], evidence: Any
) -> None:
    on_sqlite = walk(str(tmp_path / "register.sqlite"), tmp_path / "sqlite", capsys)
    on_postgresql = walk(pg_target, tmp_path / "postgresql", capsys)
    assert on_sqlite.keys() == on_postgresql.keys()
    differ = [name for name, text in on_sqlite.items() if on_postgresql[name] != text]
    assert not differ, "\n".join(
        line
        for n in differ
        for line in difflib.unified_diff(
            on_sqlite[n].splitlines(), on_postgresql[n].splitlines(), n, "postgresql", n=0
        )
    )
    # What was compared is the real thing: the steps worked and the change is in the outputs.
    assert all("\nexit 0\n" in on_sqlite[k] for k in ("init", "import", "diff", "verify-history"))
    assert "(revised)" in on_sqlite["diff"] and "history intact" in on_sqlite["verify-history"]
    assert "KGS-13" in on_sqlite["pdf-nl.pdf"] and "KGS-13" in on_sqlite["xlsx-en.xlsx"]
    evidence(
        "The same flows on SQLite and PostgreSQL",
        "init, check, 8 exports, import, snapshots, diff, history, verify-history",
        1,
        f"{len(on_sqlite)} outputs equal after removing times, chain hashes and names",
    )
