"""The English interface shows the register's English texts where it has them."""

from __future__ import annotations

from datetime import date

from kgs_ropa.services import activities
from kgs_ropa.ui import i18n
from kgs_ropa.ui.details import details_html
from kgs_ropa.ui.main_window import MainWindow


def _column_texts(model: object, column: int) -> list[str]:
    return [model.text(row, column) for row in model.rows()]  # type: ignore[attr-defined]


def test_cookie_purposes_are_english_in_english(window: MainWindow) -> None:
    page = window.catalogues["cookies"]
    column = page.model.keys.index("purpose")
    assert all(t.startswith("Used to distinguish") for t in _column_texts(page.model, column))
    page.search.setText("unique visits")  # the search finds what the page shows
    assert page.model.rowCount() == 3
    i18n.switch("nl")
    assert all(t.startswith("Wordt gebruikt") for t in _column_texts(page.model, column))


def test_transfer_recipients_are_english_in_english(window: MainWindow) -> None:
    page = window.pages["transfers"]
    column = page.model.Column.RECIPIENT
    assert _column_texts(page.model, column)[0].startswith("Group companies outside")
    i18n.switch("nl")
    assert _column_texts(page.model, column)[0].startswith("Groepsmaatschappijen buiten")


def test_activity_details_are_english_in_english(window: MainWindow) -> None:
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-02")
    doc = activities.get_document(window.db, row.id)
    english = details_html(doc, window.lookups, "en", [])
    dutch = details_html(doc, window.lookups, "nl", [])
    assert "Customer service and sales" in english and "Klantenservice" not in english
    assert "Klantenservice en verkoop" in dutch


def test_business_functions_are_english_in_english(window: MainWindow) -> None:
    model = window.register.model
    column = model.Column.FUNCTION
    row = next(r for r in model.all_rows if r.code == "KGS-02")
    assert model.text(row, column).startswith("Customer service and sales")
    window.register.search.setText("customer service and sales")  # the English text is found
    assert "KGS-02" in {r.code for r in model.rows()}
    dialog = window.catalogues["processors"]
    dialog.table.selectRow(0)
    answer = dialog.ask_impact()
    assert answer is not None
    texts = [answer.model.text(r, 2) for r in answer.model.rows()]
    assert texts and not any(t.startswith("Verkoop") for t in texts)
    i18n.switch("nl")
    assert model.text(row, column).startswith("Klantenservice en verkoop")


def test_findings_name_processors_in_the_interface_language(window: MainWindow) -> None:
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-01")
    doc = activities.get_document(window.db, row.id)
    context = activities.check_context(window.db, date.today())
    findings = activities.check_one(doc, context)
    english = " ".join(f.message("en") for f in findings)
    dutch = " ".join(f.message("nl") for f in findings)
    assert '"CRM software supplier" has no country' in english
    assert "Leverancier CRM-software" not in english
    crm = 'Leverancier CRM-software ("Customer Relationship Management")'
    assert f'"{crm}" heeft geen land' in dutch


def test_the_editor_pickers_name_processors_and_systems_in_english(window: MainWindow) -> None:
    # The Processors page showed "Payment processors" while the editor offered
    # "Betalingsverwerkers" in the English interface.
    window.edit_activity(window.register.model.all_rows[0].id)
    english = dict(window.lookups.choices("processor")("en"))
    dutch = dict(window.lookups.choices("processor")("nl"))
    assert english["payment_processors"] == "Payment processors"
    assert dutch["payment_processors"].startswith("Betalingsverwerkers")
    systems = dict(window.lookups.choices("system")("en"))
    assert not any("leverancier te bevestigen" in name for name in systems.values())
