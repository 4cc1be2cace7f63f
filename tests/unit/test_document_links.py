"""Documents linked on an activity's record: stored, exported by name, in the history."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kgs_ropa.model import Activity, HistoryEntry
from kgs_ropa.model.links import file_name, is_url
from kgs_ropa.reports.activity import document_line
from kgs_ropa.reports.build import report_from_database
from kgs_ropa.services import activities, impact, trash
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import DocumentError, dump_register
from kgs_ropa.services.replay import replay_difference
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database

LINKS = [
    {
        "kind": "processing_agreement",
        "title": "Verwerkersovereenkomst CRM",
        "target": r"C:\Users\privacy\Documents\Contracten\crm-vwo.pdf",
    },
    {"kind": "balancing_test", "title": "LIA nieuwsbrief", "target": "https://intra.example/lia"},
]


def _kgs(db: Database, code: str) -> int:
    with db.reading() as session:
        return int(session.scalars(select(Activity.id).where(Activity.code == code)).one())


def test_links_are_saved_dumped_and_recorded(example_db: Database) -> None:
    aid = _kgs(example_db, "KGS-04")
    doc = activities.get_document(example_db, aid)
    assert doc["documents"] == []
    activities.save_document(example_db, aid, {**doc, "documents": LINKS})
    assert activities.get_document(example_db, aid)["documents"] == LINKS
    with example_db.reading() as session:
        dumped = next(a for a in dump_register(session)["activities"] if a["code"] == "KGS-04")
        assert dumped["documents"] == LINKS
        fields = session.scalars(select(HistoryEntry.field).where(HistoryEntry.action == "update"))
        assert "documents" in set(fields)
        assert replay_difference(session) is None  # the history replays to the register


@pytest.mark.parametrize(
    ("link", "where"),
    [
        ({"kind": "invoice", "title": "x", "target": ""}, "kind"),
        ({"kind": "dpia", "title": "", "target": " "}, "documents[0]"),
        ({"kind": "dpia", "title": "x", "target": "", "path": "/etc"}, "path"),
        ({"kind": "dpia", "title": 3, "target": ""}, "title"),
    ],
)
def test_a_bad_link_is_refused_with_its_place(
    example_db: Database, link: dict[str, object], where: str
) -> None:
    aid = _kgs(example_db, "KGS-04")
    doc = activities.get_document(example_db, aid)
    with pytest.raises(DocumentError, match=where.replace("[", r"\[").replace("]", r"\]")):
        activities.save_document(example_db, aid, {**doc, "documents": [link]})
    assert activities.get_document(example_db, aid)["documents"] == []


def test_exports_list_a_file_by_its_name_and_a_url_as_it_is(example_db: Database) -> None:
    assert (
        document_line(LINKS[0], "en")
        == "Processing agreement: Verwerkersovereenkomst CRM — file crm-vwo.pdf"
    )
    assert (
        document_line(LINKS[1], "nl")
        == "Belangenafweging: LIA nieuwsbrief — https://intra.example/lia"
    )
    aid = _kgs(example_db, "KGS-04")
    doc = activities.get_document(example_db, aid)
    activities.save_document(example_db, aid, {**doc, "documents": LINKS})
    report = report_from_database(example_db, "en", [aid])
    [section] = list(report.activities)
    shown = dict(section.fields)["Documents"].text
    assert "crm-vwo.pdf" in shown and "https://intra.example/lia" in shown
    assert "Users" not in shown and "privacy" not in shown.split("crm")[0]


def test_what_counts_as_a_web_address() -> None:
    assert is_url("https://example.org/a") and is_url("HTTP://x.nl")
    assert not is_url("C:\\docs\\a.pdf") and not is_url("file:///home/a.pdf")
    assert not is_url("https://") and not is_url("mailto:a@b.nl")
    assert file_name("/home/po/DPIA camera.docx") == "DPIA camera.docx"
    assert file_name("file:///C:/docs/a.pdf") == "a.pdf"


def test_links_trash_and_transfers_on_postgresql(pg_target: str) -> None:
    """The new column, the trash's replay of a delete and the Transfers page's query (a union
    that now carries each row's translations) on PostgreSQL."""
    db = connect(pg_target)
    try:
        initialise(db, "kgs")
        aid = _kgs(db, "KGS-01")
        doc = activities.get_document(db, aid)
        activities.save_document(db, aid, {**doc, "documents": LINKS})
        english = {row.party("en") for row in impact.transfers(db)}
        assert 'Group companies outside the European Economic Area ("EEA")' in english
        before = activities.get_document(db, aid)
        activities.delete(db, [aid])
        [item] = trash.deleted(db)
        [restored] = trash.restore(db, [item.entry_id])
        assert activities.get_document(db, restored) == before
    finally:
        db.dispose()
