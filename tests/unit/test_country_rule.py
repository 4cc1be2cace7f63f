"""One answer to "which activities involve country X?" in every place that asks it.

The rule (services.country_links): an activity involves a country when a transfer, a processor
or a system of it is there. The filter, the search, the dashboard, the impact question, the
Transfers page and `kgs-ropa country` must list the same activities.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kgs_ropa.cli import main
from kgs_ropa.model import countries
from kgs_ropa.services import activities, catalogues, dashboard, impact
from kgs_ropa.storage.database import Database

TODAY = date(2026, 12, 1)


def _by_filter(db: Database, country: str) -> set[str]:
    rows = activities.list_rows(db)
    found = activities.filter_rows(rows, activities.RowFilter(country=country), TODAY)
    return {row.code for row in found}


def _by_search(db: Database, country: str) -> set[str]:
    """Searching the country's Dutch and English name finds at least these activities."""
    rows = activities.list_rows(db)
    names = {countries.country_label(country, lang) for lang in ("nl", "en")}
    found = [activities.filter_rows(rows, activities.RowFilter(text=name), TODAY) for name in names]
    return set.intersection(*({row.code for row in rows} for rows in found))


def _by_cli(path: Path, country: str, capsys: pytest.CaptureFixture[str]) -> set[str]:
    capsys.readouterr()
    assert main(["--db", str(path), "country", countries.country_label(country, "nl")]) == 0
    lines = capsys.readouterr().out.splitlines()
    return {line.split()[0] for line in lines if line.startswith("KGS-") or line.startswith("GEN-")}


def _everywhere(
    db: Database, path: Path, country: str, capsys: pytest.CaptureFixture[str]
) -> dict[str, set[str]]:
    answers = {
        "filter": _by_filter(db, country),
        "impact": {row.code for row in impact.for_country(db, country)},
        "cli": _by_cli(path, country, capsys),
    }
    assert answers["filter"] <= _by_search(db, country)
    if countries.is_third_country(country):
        # The Transfers page and the dashboard show third countries only (the EEA is no transfer).
        page = {r.activity_code for r in impact.transfers(db) if r.country == country}
        answers["transfers page"] = page
        live = {r.code for r in activities.list_rows(db) if r.status != "retired"}
        counted = dashboard.figures(db, TODAY).transfers_by_country.get(country, 0)
        assert counted == len(answers["filter"] & live)
    return answers


def _agree(answers: dict[str, set[str]]) -> None:
    first = answers["filter"]
    assert {name: found for name, found in answers.items() if found != first} == {}


def _google_analytics_in_the_us(db: Database) -> None:
    rows = catalogues.list_rows(db, "processor")
    google = next(r for r in rows if r["code"] == "google_analytics")
    catalogues.update(db, "processor", google["id"], {"country": "US"})


def test_a_processor_in_the_us_puts_its_activity_under_the_us_everywhere(
    example_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _google_analytics_in_the_us(example_db)
    answers = _everywhere(example_db, db_path, "US", capsys)
    assert answers["filter"] == {"KGS-10"}
    _agree(answers)


def test_a_system_and_a_transfer_count_as_well(
    synthetic_register: Callable[[int], Database], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = synthetic_register(60)
    system = catalogues.create(db, "system", {"name": "Cloud in Zwitserland", "country": "CH"})
    first = activities.list_rows(db)[0]
    document = activities.get_document(db, first.id)
    document["systems"] = [*document["systems"], "cloud-in-zwitserland"]
    activities.save_document(db, first.id, document)
    assert system
    involved = {r.country for r in impact.transfers(db) if r.country}
    assert len(involved) >= 4 and "CH" in involved
    for country in sorted(involved | {"NL"}):
        answers = _everywhere(db, db_path, country, capsys)
        assert answers["filter"], country
        _agree(answers)
    assert first.code in _by_filter(db, "CH")


def test_the_cli_names_how_each_activity_involves_the_country(
    example_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _google_analytics_in_the_us(example_db)
    capsys.readouterr()
    assert main(["--db", str(db_path), "country", "Verenigde Staten", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("KGS-10") and "processor  Google Analytics" in out
    assert main(["--db", str(db_path), "country", "Atlantis"]) == 2
    assert main(["--db", str(db_path), "country", "JP", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert (
        "No activity recorded with a transfer, processor or system in this country: Japan." in out
    )
    # The example's transfers to group companies name no country: they may go to Japan.
    assert "so possibly involved too: KGS-01, KGS-02, KGS-03, KGS-10, KGS-13." in out


def test_an_activity_whose_country_is_not_recorded_may_be_involved(example_db: Database) -> None:
    # KGS-01 and KGS-13 transfer to group companies outside the EEA without naming a country;
    # Google Analytics (KGS-10) has no country recorded: "none" would claim too much.
    unknown = {row.code for row in impact.country_unknown(example_db, "US")}
    assert impact.for_country(example_db, "US") == []
    assert {"KGS-01", "KGS-13", "KGS-10"} <= unknown
    _google_analytics_in_the_us(example_db)
    assert {row.code for row in impact.for_country(example_db, "US")} == {"KGS-10"}
    assert "KGS-10" not in {row.code for row in impact.country_unknown(example_db, "US")}
