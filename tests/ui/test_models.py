"""Every table model passes Qt's model tester, and never needs the database in data()."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kgs_ropa.services import activities, catalogues, findings_cache, impact
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.catalogue_view import CatalogueModel
from kgs_ropa.ui.impact_dialog import ImpactModel
from kgs_ropa.ui.register_model import Column, RegisterModel
from kgs_ropa.ui.transfers_view import TransfersModel
from kgs_ropa.ui.vocabulary_view import TermsModel


def test_register_model(qtmodeltester: object, example_db: Database) -> None:
    model = RegisterModel()
    model.load(activities.list_rows(example_db), {})
    findings = activities.register_findings(example_db, date.today())
    model.set_findings(findings_cache.count(findings).per_activity)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 13


def test_register_model_sorts_on_cached_values(qtmodeltester: object, example_db: Database) -> None:
    model = RegisterModel()
    model.load(activities.list_rows(example_db), {})
    model.sort(Column.CODE, Qt.SortOrder.DescendingOrder)
    codes = [model.text(model.row_at(i), Column.CODE) for i in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_search_texts_read_for_an_earlier_load_are_dropped(example_db: Database) -> None:
    """A reload while the search texts of the load before were still being read: those come
    late and must not complete the new rows, or the newer texts would be ignored."""
    model = RegisterModel()
    model.load(activities.list_rows(example_db, with_text=False), {})
    earlier = model.generation
    model.load(activities.list_rows(example_db, with_text=False), {})
    first = model.all_rows[0].id
    model.set_search_texts({first: "stale words"}, earlier)
    assert not model.texts_ready and "stale words" not in model.all_rows[0].search_text
    model.set_search_texts({first: "fresh words"}, model.generation)
    assert model.texts_ready and "fresh words" in model.all_rows[0].search_text


def test_catalogue_model(qtmodeltester: object, example_db: Database) -> None:
    model = CatalogueModel(["code", "name", "country", "agreement_signed_on"])
    model.set_rows(catalogues.list_rows(example_db, "processor"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() > 0


def test_impact_and_transfer_models(qtmodeltester: object, example_db: Database) -> None:
    processor = catalogues.list_rows(example_db, "processor")[0]
    answer = ImpactModel()
    answer.set_rows(impact.for_processor(example_db, processor["id"]))
    qtmodeltester.check(answer)  # type: ignore[attr-defined]
    transfers = TransfersModel()
    transfers.set_rows(impact.transfers(example_db))
    qtmodeltester.check(transfers)  # type: ignore[attr-defined]


def test_terms_model(qtmodeltester: object) -> None:
    model = TermsModel()
    model.set_rows(catalogues.vocabulary_terms("lawful_bases", "en"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 6


def test_transfers_page_marks_an_assumed_mechanism(qapp: object, example_db: Database) -> None:
    transfers = TransfersModel()
    transfers.set_rows(impact.transfers(example_db))
    rows = [transfers.row_at(i) for i in range(transfers.rowCount())]
    group = [r for r in rows if r.activity_code in ("KGS-01", "KGS-13")]
    assert len(group) == 2 and all(r.mechanism_assumed for r in group)
    texts = {transfers.text(r, TransfersModel.Column.MECHANISM) for r in group}
    assert texts == {"Assumed, to be confirmed: Derogation for specific situations (Art. 49)"}
