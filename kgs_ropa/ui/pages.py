"""The pages of the main window besides the register and the editor, built in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import impact
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.catalogue_view import CatalogueView
from kgs_ropa.ui.hub import Hub
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current
from kgs_ropa.ui.lookups import Lookups

# Page key -> navigation title (translated in context "MainWindow").
TITLES = {
    "welcome": QT_TRANSLATE_NOOP("MainWindow", "Welcome"),
    "register": QT_TRANSLATE_NOOP("MainWindow", "Register"),
    "dashboard": QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    "processors": QT_TRANSLATE_NOOP("MainWindow", "Processors"),
    "recipients": QT_TRANSLATE_NOOP("MainWindow", "Recipients"),
    "systems": QT_TRANSLATE_NOOP("MainWindow", "Systems"),
    "data_categories": QT_TRANSLATE_NOOP("MainWindow", "Data categories"),
    "data_subjects": QT_TRANSLATE_NOOP("MainWindow", "Data subjects"),
    "measures": QT_TRANSLATE_NOOP("MainWindow", "Security measures"),
    "transfers": QT_TRANSLATE_NOOP("MainWindow", "Transfers"),
    "cookies": QT_TRANSLATE_NOOP("MainWindow", "Cookies"),
    "organisation": QT_TRANSLATE_NOOP("MainWindow", "Organisation"),
    "vocabularies": QT_TRANSLATE_NOOP("MainWindow", "Vocabularies"),
}
# Page key -> the one line under the page's title: what the page is for.
EXPLANATIONS = {
    "register": QT_TRANSLATE_NOOP(
        "MainWindow", "Every processing activity, with what Article 30 GDPR asks you to record."
    ),
    "dashboard": QT_TRANSLATE_NOOP(
        "MainWindow", "How complete the register is, what needs attention and what is due."
    ),
    "processors": QT_TRANSLATE_NOOP(
        "MainWindow", "Parties that process personal data on your behalf, with their agreements."
    ),
    "recipients": QT_TRANSLATE_NOOP(
        "MainWindow", "Those to whom personal data are disclosed (Art. 30(1)(d) GDPR)."
    ),
    "systems": QT_TRANSLATE_NOOP(
        "MainWindow", "The applications and places where personal data are kept."
    ),
    "data_categories": QT_TRANSLATE_NOOP(
        "MainWindow", "The kinds of personal data the activities process (Art. 30(1)(c) GDPR)."
    ),
    "data_subjects": QT_TRANSLATE_NOOP(
        "MainWindow", "The groups of people whose personal data the activities process."
    ),
    "measures": QT_TRANSLATE_NOOP(
        "MainWindow", "Technical and organisational security measures (Art. 30(1)(g) GDPR)."
    ),
    "transfers": QT_TRANSLATE_NOOP(
        "MainWindow", "Personal data that go to countries outside the EEA, and on what basis."
    ),
    "cookies": QT_TRANSLATE_NOOP(
        "MainWindow", "Cookies and similar techniques on the website, each with its activity."
    ),
    "organisation": QT_TRANSLATE_NOOP(
        "MainWindow", "The controller and group entities, contacts and the register's settings."
    ),
    "vocabularies": QT_TRANSLATE_NOOP(
        "MainWindow", "The fixed lists behind the register's choices, with their DPV terms."
    ),
}


def _by_id(fn: Callable[[Database, int], Any]) -> Callable[[Database, dict[str, Any]], Any]:
    return lambda db, row: fn(db, int(row["id"]))


def catalogue_pages(
    db: Database,
    hub: Hub,
    lookups: Lookups,
    parent: QWidget,
    activity_choices: Any,
    activity_label: Callable[[Any], str],
) -> dict[str, CatalogueView]:
    processors = CatalogueView(
        db,
        hub,
        "processor",
        ["code", "name", "service", "country", "agreement_signed_on", "agreement_reference"],
        parent,
        impact=(
            QT_TRANSLATE_NOOP("Impact", "Which activities involve the processor %1?"),
            _by_id(impact.for_processor),
        ),
    )
    recipients = CatalogueView(
        db, hub, "recipient", ["code", "name", "name_en", "type", "country"], parent
    )
    systems = CatalogueView(
        db,
        hub,
        "system",
        ["code", "name", "location", "country", "description"],
        parent,
        impact=(
            QT_TRANSLATE_NOOP("Impact", "Which activities use the system %1?"),
            _by_id(impact.for_system),
        ),
    )
    categories = CatalogueView(
        db,
        hub,
        "data_category",
        ["code", "label_nl", "label_en", "special", "criminal", "dpv_id"],
        parent,
        impact=(
            QT_TRANSLATE_NOOP("Impact", "Which activities process %1?"),
            _by_id(impact.for_data_category),
        ),
    )
    subjects = CatalogueView(
        db, hub, "data_subject", ["code", "label_nl", "label_en", "dpv_id"], parent
    )
    measures = CatalogueView(
        db, hub, "measure", ["code", "label_nl", "label_en", "kind", "dpv_id"], parent
    )
    cookies = CatalogueView(
        db,
        hub,
        "cookie",
        ["name", "provider", "type", "retention", "activity_id", "purpose"],
        parent,
        choices={"activity_id": activity_choices},
    )
    cookies.model.formatters["type"] = lambda v: voc.COOKIE_TYPES.label(v, current())
    cookies.model.formatters["activity_id"] = activity_label
    return {
        "processors": processors,
        "recipients": recipients,
        "systems": systems,
        "data_categories": categories,
        "data_subjects": subjects,
        "measures": measures,
        "cookies": cookies,
    }
