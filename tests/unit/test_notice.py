"""The privacy statement drawn up from the register: its content, open points and formats."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from notice_data import webshop
from pypdf import PdfReader

from kgs_ropa.checks.statement_terms import applicable_rights
from kgs_ropa.cli import main
from kgs_ropa.reports.notice import build_notice
from kgs_ropa.reports.notice_export import notice_text, write_notice
from kgs_ropa.storage.database import Database

TODAY = date(2026, 12, 1)


def example() -> dict[str, Any]:
    path = resources.files("kgs_ropa.resources.example").joinpath("kgs_diamond.json")
    return json.loads(path.read_text("utf-8"))  # type: ignore[no-any-return]


def text_of(document: dict[str, Any], lang: str) -> str:
    notice = build_notice(document, lang, TODAY)  # type: ignore[arg-type]
    return notice_text(notice, "md").replace("\\", "")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_purpose_category_and_cookie_of_the_example_is_told(lang: str) -> None:
    document = example()
    told = text_of(document, lang)
    in_use = [a for a in document["activities"] if a["status"] != "retired"]
    suffix = "" if lang == "nl" else "_en"
    for activity in in_use:
        for purpose in activity["purposes"]:
            text = purpose.get(f"description{suffix}") or purpose["description"]
            assert text.rstrip(". ") in told
    for category in document["catalogues"]["data_categories"]:
        used = any(
            category["code"] == row["category"] for a in in_use for row in a["data_categories"]
        )
        label = category[f"label_{lang}"] or category["label_nl"]
        assert (label in told) == used
    for cookie in document["cookies"]:
        assert f"| {cookie['name']} |" in told


def test_the_example_leaves_what_it_does_not_know_visibly_open() -> None:
    nl, en = text_of(example(), "nl"), text_of(example(), "en")
    # No e-mail address, no country or safeguard of the group companies outside the EEA.
    assert "[te bevestigen: e-mailadres of telefoonnummer]" in nl
    assert "[te bevestigen: land]" in nl and "[te bevestigen: waarborg voor de doorgifte]" in nl
    assert "[to be confirmed: country]" in en
    # Never invented: the statement does not claim there is no transfer where nothing is known.
    assert "Wij geven deze gegevens niet door" not in nl


def test_rights_follow_the_lawful_basis() -> None:
    shop = webshop()
    rights = applicable_rights(shop["activities"])
    codes = {right: [a["code"] for a in activities] for right, activities in rights.items()}
    assert codes["portability"] == ["W-1", "W-2"]  # contract and consent
    assert codes["withdraw_consent"] == ["W-2"]
    assert "objection" not in codes  # no legitimate interests, no public task
    told = text_of(shop, "en")
    assert "Right to withdraw consent" in told and "This applies to: Newsletter" in told
    assert "Autoriteit Persoonsgegevens" in told


def test_a_transfer_with_its_safeguard_says_where_to_get_a_copy() -> None:
    told = text_of(webshop(), "nl")
    assert "Mailchimp in Verenigde Staten" in told
    assert "Modelcontractbepalingen" in told and "kopie" in told
    assert "privacy@slijpwinkel.example" in told


def test_an_assumed_safeguard_is_not_promised_to_the_reader() -> None:
    shop = webshop()
    transfer = next(t for a in shop["activities"] for t in a["transfers"])
    transfer["mechanism_assumed"] = True
    told = text_of(shop, "nl")
    assert "Mailchimp in Verenigde Staten" in told and "Modelcontractbepalingen" not in told
    assert "[te bevestigen: waarborg voor de doorgifte]" in told


def test_none_only_where_the_register_says_there_is_none() -> None:
    shop = webshop()
    orders = shop["activities"][0]
    assert "[to be confirmed: transfers outside the EEA]" in text_of(shop, "en")
    orders["assessed_none"] = ["transfers"]
    told = text_of(shop, "en")
    assert "We do not transfer this data to countries outside the European Economic Area" in told
    assert "[to be confirmed: transfers outside the EEA]" not in told


def test_retention_and_automated_decisions_come_from_the_register() -> None:
    told = text_of(webshop(), "en")
    assert "7 years after the order." in told
    assert "We take no decisions about you based solely on automated processing." in told


def test_open_points_are_counted_and_marked_in_every_format(tmp_path: Path) -> None:
    shop = webshop()
    shop["activities"][0]["retention"] = []
    shop["activities"][0]["purposes"][0]["lawful_basis"] = None
    notice = build_notice(shop, "en", TODAY)
    assert [p.about for p in notice.open_points()] == [
        "lawful basis",
        "transfers outside the EEA",  # W-1 records no transfer, and not that there is none
        "retention period",
        "whether you must give the data and what happens if you do not",
    ]
    html = notice_text(notice, "html")
    assert '<mark class="to-be-confirmed">[to be confirmed: retention period]</mark>' in html
    assert write_notice(shop, "en", "pdf", tmp_path / "n.pdf", TODAY) == 4
    pdf = "".join(page.extract_text() for page in PdfReader(tmp_path / "n.pdf").pages)
    assert "[to be confirmed: retention period]" in pdf


def test_register_text_stays_text_in_html_and_markdown() -> None:
    shop = webshop()
    shop["activities"][0]["purposes"][0]["description"] = "<script>alert(1)</script> | **x**"
    notice = build_notice(shop, "nl", TODAY)
    html = notice_text(notice, "fragment")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.startswith('<article class="privacy-statement" lang="nl">')
    markdown = notice_text(notice, "md")
    assert "\\*\\*x\\*\\*" in markdown and "\\|" in markdown


def test_cli_writes_each_format_and_counts_open_points(
    example_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("notice.html", "notice.md", "notice.pdf"):
        assert main(["--db", str(db_path), "notice", str(tmp_path / name), "--lang", "en"]) == 0
        assert "open point(s) marked to be confirmed" in capsys.readouterr().out
    fragment = tmp_path / "embed.txt"
    assert main(["--db", str(db_path), "notice", str(fragment), "--format", "fragment"]) == 0
    assert fragment.read_text("utf-8").startswith("<article")
    assert main(["--db", str(db_path), "notice", str(tmp_path / "notice.doc")]) == 2
    assert "--format" in capsys.readouterr().err
