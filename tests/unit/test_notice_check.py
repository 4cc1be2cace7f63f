"""A published privacy statement checked against the register: the KGS Diamond statement, a
statement generated from the register, and statements written for the test in both languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from notice_data import webshop
from test_notice import TODAY, example

from kgs_ropa.checks.statement import check_statement
from kgs_ropa.cli import main
from kgs_ropa.importers.statement import html_text, read_statement, sentences
from kgs_ropa.reports.notice import build_notice
from kgs_ropa.reports.notice_export import notice_text, write_notice
from kgs_ropa.storage.database import Database

STATEMENTS = Path(__file__).parent / "statements"


def points(document: dict[str, Any], content: str, lang: str = "nl") -> set[tuple[str, ...]]:
    return {(f.kind, f.element, f.activity or "") for f in check_statement(document, content, lang)}


def kgs_statement() -> str:
    from importlib import resources

    path = resources.files("kgs_ropa.resources.example")
    return path.joinpath("kgs_diamond_privacy_statement.txt").read_text("utf-8")


def test_the_kgs_statement_gives_a_short_correct_report() -> None:
    findings = check_statement(example(), kgs_statement(), "nl")
    assert {(f.kind, f.element, f.activity or "") for f in findings} == {
        # "analytische cookies die geen persoonlijke gegevens bevatten" next to _ga, recorded
        # "om unieke gebruikers te onderscheiden".
        ("contradiction", "no_personal_data", ""),
        # Group companies outside the EEA: no country, no safeguard, no way to get a copy.
        ("missing", "safeguard_unknown", "KGS-01"),
        ("missing", "safeguard_unknown", "KGS-13"),
    }
    cookie = next(f for f in findings if f.element == "no_personal_data")
    assert "geen persoonlijke gegevens bevatten" in (cookie.quote or "")
    assert cookie.field == "Cookies › _ga › Doel" and cookie.line is not None


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["html", "md"])
def test_a_statement_generated_from_the_register_gives_no_finding(lang: str, kind: str) -> None:
    for document in (example(), webshop()):
        content = notice_text(build_notice(document, lang, TODAY), kind)  # type: ignore[arg-type]
        content = html_text(content) if kind == "html" else content
        assert check_statement(document, content, lang) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_generated_pdf_statement_gives_no_finding(lang: str, tmp_path: Path) -> None:
    out = tmp_path / "statement.pdf"
    write_notice(example(), lang, "pdf", out, TODAY)  # type: ignore[arg-type]
    assert check_statement(example(), read_statement(out), lang) == []


@pytest.mark.parametrize(
    "name, lang", [("webshop_faithful_nl", "nl"), ("webshop_faithful_en", "en")]
)
def test_a_faithful_statement_in_other_words_gives_no_finding(name: str, lang: str) -> None:
    content = (STATEMENTS / f"{name}.txt").read_text("utf-8")
    assert points(webshop(), content, lang) == set()


def test_a_faulty_statement_gets_each_of_its_faults() -> None:
    content = (STATEMENTS / "webshop_faulty_nl.txt").read_text("utf-8")
    assert points(webshop(), content) == {
        ("contradiction", "lawful_basis", "W-1"),  # legitimate interests, register: contract
        ("contradiction", "retention", "W-1"),  # 10 years, register: 7
        ("contradiction", "cookie_period", ""),  # _ga: 1 year, register: 2
        ("contradiction", "no_personal_data", ""),
        ("missing", "purpose", "W-2"),  # the newsletter is named, not what it is for
        ("missing", "safeguard", "W-2"),  # United States named, the clauses not
        ("missing", "retention", "W-2"),
        ("missing", "lawful_basis", "W-1"),
        ("missing", "lawful_basis", "W-2"),
        ("missing", "right", ""),
        ("not_in_register", "lawful_basis", ""),
        ("not_in_register", "country", ""),  # Canada
        ("not_in_register", "name", ""),  # Zendesk
        ("not_in_register", "cookie", ""),  # _fbp
        ("not_in_register", "period", ""),  # its 3 months
    }
    rights = [f.message for f in check_statement(webshop(), content) if f.element == "right"]
    assert len(rights) == 4 and any("dataportabiliteit" in m for m in rights)


def test_messages_read_in_english_too() -> None:
    content = (STATEMENTS / "webshop_faulty_nl.txt").read_text("utf-8")
    findings = check_statement(webshop(), content, "en")
    zendesk = next(f for f in findings if f.element == "name")
    assert zendesk.message.startswith('The statement names "Zendesk"')
    assert zendesk.quote == "Ook Zendesk krijgt uw e-mailadres, in Canada."


def test_statements_are_read_from_html_and_text_with_a_bom(tmp_path: Path) -> None:
    page = tmp_path / "privacy.html"
    page.write_text(
        "<html><head><style>p{}</style></head><body><h2>Rechten</h2>"
        "<p>U mag uw gegevens <b>inzien</b>.</p><script>var x;</script></body>",
        "utf-8",
    )
    assert read_statement(page) == "Rechten\n\nU mag uw gegevens inzien."
    text = tmp_path / "privacy.txt"
    text.write_bytes(b"\xef\xbb\xbfCookies\n\nWij gebruiken _ga.")
    parsed = sentences(read_statement(text))
    assert [s.text for s in parsed] == ["Cookies", "Wij gebruiken _ga."]
    assert parsed[0].section == parsed[1].section - 0  # the heading opens the section


def test_cli_check_exit_codes(
    example_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = tmp_path / "privacy.txt"
    statement.write_text(kgs_statement(), "utf-8")
    assert main(["--db", str(db_path), "notice-check", str(statement)]) == 1
    out = capsys.readouterr().out
    assert "Tegenstrijdig:" in out and "3 point(s)" in out
    generated = tmp_path / "generated.html"
    assert main(["--db", str(db_path), "notice", str(generated)]) == 0
    assert main(["--db", str(db_path), "notice-check", str(generated)]) == 0
    assert main(["--db", str(db_path), "notice-check", str(tmp_path / "missing.txt")]) == 2
