"""The main window's page titles, and its catalogue pages, each built when first shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import impact
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.hub import Hub
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current

if TYPE_CHECKING:
    from kgs_ropa.ui.catalogue_view import CatalogueView
    from kgs_ropa.ui.main_window import MainWindow

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


# Catalogue page key -> the catalogue it lists (services.catalogues.KINDS).
CATALOGUE_KINDS = {
    "processors": "processor",
    "recipients": "recipient",
    "systems": "system",
    "data_categories": "data_category",
    "data_subjects": "data_subject",
    "measures": "measure",
    "cookies": "cookie",
}
# Catalogue page key -> its columns.
_COLUMNS = {
    "processors": [
        "code",
        "name",
        "service",
        "country",
        "agreement_signed_on",
        "agreement_reference",
    ],
    "recipients": ["code", "name", "name_en", "type", "country"],
    "systems": ["code", "name", "location", "country", "description"],
    "data_categories": ["code", "label_nl", "label_en", "special", "criminal", "dpv_id"],
    "data_subjects": ["code", "label_nl", "label_en", "dpv_id"],
    "measures": ["code", "label_nl", "label_en", "kind", "dpv_id"],
    "cookies": ["name", "provider", "type", "retention", "activity_id", "purpose"],
}


def _by_id(
    fn: Callable[[impact.Source, int], Any],
) -> Callable[[impact.Source, dict[str, Any]], Any]:
    return lambda db, row: fn(db, int(row["id"]))


# Catalogue page key -> the impact question its rows answer, and how.
_IMPACT = {
    "processors": (
        QT_TRANSLATE_NOOP("Impact", "Which activities involve the processor %1?"),
        _by_id(impact.for_processor),
    ),
    "systems": (
        QT_TRANSLATE_NOOP("Impact", "Which activities use the system %1?"),
        _by_id(impact.for_system),
    ),
    "data_categories": (
        QT_TRANSLATE_NOOP("Impact", "Which activities process %1?"),
        _by_id(impact.for_data_category),
    ),
}


def catalogue_page(
    key: str,
    db: Database,
    hub: Hub,
    parent: QWidget,
    activity_choices: Any,
    activity_label: Callable[[Any], str],
) -> CatalogueView:
    """The page of the catalogue `key` (a key of CATALOGUE_KINDS)."""
    from kgs_ropa.ui.catalogue_view import CatalogueView  # with its dialog: when first shown

    kind = CATALOGUE_KINDS[key]
    if kind != "cookie":
        return CatalogueView(db, hub, kind, _COLUMNS[key], parent, impact=_IMPACT.get(key))
    cookies = CatalogueView(
        db, hub, kind, _COLUMNS[key], parent, choices={"activity_id": activity_choices}
    )
    cookies.model.formatters["type"] = lambda v: voc.COOKIE_TYPES.label(v, current())
    cookies.model.formatters["activity_id"] = activity_label
    return cookies


def page_factories(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """How each page of `window` is built, in the navigation's order; the welcome and register
    pages are the window's own. Each module is imported when its page is first built."""

    def dashboard() -> QWidget:
        from kgs_ropa.ui.dashboard_view import DashboardView

        page = DashboardView(window.db, window)
        page.open_register.connect(window.show_register_filtered)
        if window.severities is not None:
            page.set_severities(window.severities)
        return page

    def transfers() -> QWidget:
        from kgs_ropa.ui.transfers_view import TransfersView

        page = TransfersView(window.db, window)
        page.open_activity.connect(window.edit_activity)
        return page

    def organisation() -> QWidget:
        from kgs_ropa.ui.organisation_view import OrganisationView

        return OrganisationView(window.db, window.hub, window.lookups, window)

    def vocabularies() -> QWidget:
        from kgs_ropa.ui.vocabulary_view import VocabularyView

        return VocabularyView(window)

    def editor() -> QWidget:
        from kgs_ropa.ui.editor import ActivityEditor

        page = ActivityEditor(window.db, window.hub, window.lookups, window)
        page.closed.connect(lambda: window.show_page("register"))
        page.saved.connect(window.editor_saved)
        return page

    def catalogue(key: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            page = catalogue_page(
                key, window.db, window.hub, window, window.activity_choices, window.activity_label
            )
            page.open_activity.connect(window.edit_activity)
            return page

        return make

    return {
        "welcome": lambda: window.welcome,
        "register": lambda: window.register,
        "dashboard": dashboard,
        **{key: catalogue(key) for key in CATALOGUE_KINDS},
        "transfers": transfers,
        "organisation": organisation,
        "vocabularies": vocabularies,
        "editor": editor,  # not in the navigation: opened from the register
    }
