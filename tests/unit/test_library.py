"""Standard activities: a new activity from the library is a draft whose every filled-in fact is
an assumption to confirm, in the standard vocabulary, in Dutch and English."""

from __future__ import annotations

from datetime import date

import pytest

from kgs_ropa.checks import CheckContext, check_activity
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.reports.dpv import concept
from kgs_ropa.services import activities
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.library import LIBRARY, activity_from, summary, template
from kgs_ropa.storage.database import Database

KEYS = [t.key for t in LIBRARY]


def test_the_library_offers_what_users_expect() -> None:
    assert KEYS == [
        "hr_payroll",
        "cctv",
        "web_analytics",
        "newsletter",
        "customer_service",
        "recruitment",
    ]
    categories = {c for t in LIBRARY for c in t.categories}
    assert {"bsn", "camera_images", "birth_date"} <= categories
    with pytest.raises(KeyError):
        template("unknown")


@pytest.mark.parametrize("key", KEYS)
def test_a_template_is_a_draft_of_assumptions(key: str) -> None:
    doc = activity_from(key, "A-9")
    assert doc["code"] == "A-9" and doc["status"] == "draft"
    assert doc["name"] and doc["name_en"]
    assert doc["purposes"] and all(p["basis_assumed"] is True for p in doc["purposes"])
    assert doc["business_function"].endswith("(aangenomen, te bevestigen)")
    english = doc["translations"]["en"]
    assert english["business_function"].endswith("(assumed, to be confirmed)")
    assert doc["to_be_confirmed"].startswith("Aangenomen uit de bibliotheek")
    assert english["to_be_confirmed"].startswith("Assumed from the library")
    for rule in doc["retention"]:
        assert rule["period"].endswith("te bevestigen") and rule["period_months"] is None
        assert rule["translations"]["en"]["period"].endswith("to be confirmed")
    for purpose in doc["purposes"]:
        assert purpose["description_en"] and voc.LAWFUL_BASES.get(purpose["lawful_basis"])


@pytest.mark.parametrize("key", KEYS)
def test_a_template_speaks_the_standard_vocabulary(key: str) -> None:
    doc = activity_from(key, "A-9")
    subjects = {s.code for s in voc.STANDARD_DATA_SUBJECTS}
    categories = {s.code: s for s in voc.STANDARD_DATA_CATEGORIES}
    assert set(doc["data_subjects"]) <= subjects
    assert {u["category"] for u in doc["data_categories"]} <= set(categories)
    for use in doc["data_categories"]:
        assert concept(categories[use["category"]].dpv), use["category"]  # a real DPV 2.3 term
    for purpose in doc["purposes"]:
        assert concept(purpose["dpv_purpose"]), purpose["dpv_purpose"]


def test_the_new_standard_categories_are_real_dpv_terms() -> None:
    for code in ("bsn", "birth_date", "camera_images", "location", "salary", "bank_account"):
        seed = next(s for s in voc.STANDARD_DATA_CATEGORIES if s.code == code)
        assert concept(seed.dpv), code
    for code in ("visitor", "subscriber"):
        seed = next(s for s in voc.STANDARD_DATA_SUBJECTS if s.code == code)
        assert concept(seed.dpv), code


def test_an_activity_from_the_library_saves_with_its_catalogue_entries(
    example_db: Database,
) -> None:
    """The example holds only the entries it uses: saving adds the standard ones the template
    names (camera images, visitors)."""
    code = activities.next_activity_code(example_db)
    new_id = activities.save_document(example_db, None, activity_from("cctv", code))
    saved = activities.get_document(example_db, new_id)
    assert saved["status"] == "draft" and saved["data_subjects"] == ["employee", "visitor"]
    assert [u["category"] for u in saved["data_categories"]] == ["camera_images"]
    with example_db.reading() as session:
        stored = dump_register(session)["catalogues"]["data_categories"]
    assert "camera_images" in {row["code"] for row in stored}


def test_the_checks_hold_a_library_activity_to_what_is_assumed() -> None:
    doc = activity_from("cctv", "A-9")
    doc["status"] = "active"
    context = CheckContext.from_document({"catalogues": {}}, date(2026, 12, 2))
    codes = {f.code for f in check_activity(doc, context)}
    assert "basis.assumed_active" in codes and "assumption.open" in codes


def test_generated_registers_draw_only_standard_entries() -> None:
    from kgs_ropa.services import synthetic

    standard = {s.code for s in voc.STANDARD_DATA_CATEGORIES}
    assert set(synthetic._CATEGORY_CODES) <= standard
    assert set(synthetic._SUBJECT_CODES) <= {s.code for s in voc.STANDARD_DATA_SUBJECTS}


def test_every_standard_activity_says_what_it_covers_in_both_languages() -> None:
    for item in LIBRARY:
        for lang in ("nl", "en"):
            found = summary(item.key, lang)
            assert found.about and found.purposes and found.subjects and found.categories
            assert len(found.subjects) == len(item.subjects)  # every code has its label
            assert len(found.categories) == len(item.categories)
    assert summary("newsletter", "en").subjects == ("Subscribers (newsletter)",)
    assert summary("newsletter", "nl").categories == ("Naam", "E-mailadres")
