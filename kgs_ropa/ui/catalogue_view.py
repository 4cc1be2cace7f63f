"""A list of one catalogue (processors, recipients, systems, ...): add, edit, delete, impact."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.dates import format_date, format_moment
from kgs_ropa.model.texts import translation_of
from kgs_ropa.services import catalogues
from kgs_ropa.services.impact import ImpactRow, Source
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.ui.catalogue_dialog import FIELD_LABELS, CatalogueDialog, error_text
from kgs_ropa.ui.fields import Choices
from kgs_ropa.ui.hub import Hub
from kgs_ropa.ui.i18n import current
from kgs_ropa.ui.messages import confirm, plural, show_error
from kgs_ropa.ui.table import RowsModel, fit_columns, make_table, search_leads_to, selected_ids
from kgs_ropa.ui.widgets import EmptyState

if TYPE_CHECKING:  # loaded when first asked for, not at start-up
    from kgs_ropa.ui.impact_dialog import ImpactDialog

_VOCABULARIES = {
    "type": voc.RECIPIENT_TYPES,
    "kind": voc.MEASURE_KINDS,
}


def format_value(key: str, value: Any, lang: str) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if key == "country":
        return countries.country_label(value, lang)
    if key in ("type", "kind"):
        return _VOCABULARIES[key].label(value, lang)
    if isinstance(value, datetime):
        return format_moment(value, lang)
    if isinstance(value, date):
        return format_date(value, lang)
    return str(value)


class CatalogueModel(RowsModel):
    """Rows are the dicts of services.catalogues; columns are chosen field keys."""

    def __init__(self, keys: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        # The columns are the chosen field keys, in order.
        self.Column = IntEnum("Column", {k.upper(): i for i, k in enumerate(keys)})  # type: ignore[misc]
        self.keys = list(keys)
        self.formatters: dict[str, Callable[[Any], str]] = {}

    def header(self, column: int) -> str:
        return QCoreApplication.translate("Form", FIELD_LABELS[self.keys[column]])

    def text(self, row: dict[str, Any], column: int) -> str:
        key = self.keys[column]
        if key in self.formatters:
            return self.formatters[key](row.get(key))
        lang = current()
        return self._translated(row, key, lang) or format_value(key, row.get(key), lang)

    def _translated(self, row: dict[str, Any], key: str, lang: str) -> str:
        """A text in the interface language where the row has it (a cookie's purpose in
        English); not where the page shows the other language in a column of its own."""
        if key.startswith("label_") or f"{key}_{lang}" in self.keys:
            return ""
        return translation_of(row, key, lang)

    def row_id(self, row: dict[str, Any]) -> int:
        return int(row["id"])


# An impact question: (question template with %1, service function taking the row).
Impact = tuple[str, Callable[[Source, dict[str, Any]], list[ImpactRow]]]


# The column that takes a wide window's spare width: the first of these a list shows.
STRETCH_KEYS = ("description", "service", "purpose", "address", "name", "label_nl")


def stretch_column(keys: Sequence[str]) -> int | None:
    return next((keys.index(key) for key in STRETCH_KEYS if key in keys), None)


class CatalogueView(QWidget):
    """`impact` adds the one-click question "which activities involve this ...?";
    `defaults` gives a new entry its first values."""

    open_activity = Signal(int)

    def __init__(
        self,
        db: Database,
        hub: Hub,
        kind: str,
        keys: Sequence[str],
        parent: QWidget | None = None,
        impact: Impact | None = None,
        choices: dict[str, Choices] | None = None,
        defaults: Callable[[], dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.hub, self.kind, self.impact = db, hub, kind, impact
        self.choices = choices or {}
        self.defaults = defaults
        self.model = CatalogueModel(keys, self)
        self._all: list[dict[str, Any]] = []
        self._build()
        self.reload()
        self.hub.catalogue_changed.connect(self._catalogue_changed)
        self.retranslate()

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete)
        self.impact_button = QPushButton(self)
        self.impact_button.setVisible(self.impact is not None)
        self.impact_button.clicked.connect(self.ask_impact)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.impact_button, self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        self.table = make_table(self, self.model, "")
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.activated.connect(lambda _index: self.edit())
        self.empty_state = EmptyState(self.table, self._empty_text)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        buttons = (self.impact_button, self.new_button, self.edit_button, self.delete_button)
        search_leads_to(self.search, self.table, *buttons)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self._all = catalogues.list_rows(self.db, self.kind)
        self._filter()
        fit_columns(self.table, stretch=stretch_column(self.model.keys))

    def _catalogue_changed(self, kind: str) -> None:
        if kind == self.kind:
            self.reload()

    def _filter(self) -> None:
        needle = self.search.text().strip().casefold()
        rows = [row for row in self._all if not needle or needle in self._haystack(row)]
        self.model.set_rows(rows)

    def _haystack(self, row: dict[str, Any]) -> str:
        """What the search looks in: every stored value and the texts as the page shows them."""
        lang = current()
        stored = [format_value(k, v, lang) for k, v in row.items() if k != "translations"]
        shown = [self.model.text(row, column) for column in range(len(self.model.keys))]
        return " ".join(stored + shown).casefold()

    def _empty_text(self) -> str:
        if self._all:
            return self.tr("Nothing in this list matches the search. Clear the search to see all.")
        return self.tr(
            "This list is empty. Add the first entry with New…; the activities can then refer "
            "to it."
        )

    def selected(self) -> dict[str, Any] | None:
        ids = selected_ids(self.table)
        return next((row for row in self._all if ids and row["id"] == ids[0]), None)

    # ------------------------------------------------------------------ actions
    def new(self) -> None:
        self._open_dialog(self.defaults() if self.defaults else None)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_dialog(row)

    def _open_dialog(self, row: dict[str, Any] | None) -> None:
        dialog = CatalogueDialog(self.db, self.kind, row, self, self.choices)
        if dialog.exec() == CatalogueDialog.DialogCode.Accepted:
            self.hub.catalogue_changed.emit(self.kind)
            self.hub.activities_changed.emit([])

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        used = len(self.impact[1](self.db, row)) if self.impact else 0
        question = self.tr("Delete %1?").replace("%1", self._title(row))
        if used:
            question += " " + plural(
                self.tr("%n activities refer to it and will lose the reference.", "", used),
                used,
                "1 activity refers to it and will lose the reference.",
            )
        if not confirm(self, question):
            return
        try:
            catalogues.delete(self.db, self.kind, int(row["id"]))
        except StorageError as exc:
            show_error(self, error_text(exc))
            return
        self.hub.catalogue_changed.emit(self.kind)
        self.hub.activities_changed.emit([])

    def ask_impact(self) -> ImpactDialog | None:
        row = self.selected()
        if row is None or self.impact is None:
            show_error(self, self.tr("Select an entry in the list first."))
            return None
        template, answer = self.impact
        question = QCoreApplication.translate("Impact", template).replace("%1", self._title(row))
        from kgs_ropa.ui.impact_dialog import ImpactDialog

        def ask(source: Source) -> tuple[list[ImpactRow], list[ImpactRow]]:
            return answer(source, row), []

        rows, unknown = ask(self.db)
        dialog = ImpactDialog(question, rows, self, self.db, unknown, ask=ask)
        dialog.open_activity.connect(self.open_activity)
        dialog.open()
        return dialog

    def _title(self, row: dict[str, Any]) -> str:
        title_field = catalogues.KINDS[self.kind].title_field
        if current() == "en" and title_field == "label_nl" and row.get("label_en"):
            return str(row["label_en"])
        return str(row.get(title_field) or row.get("code") or "")

    # ------------------------------------------------------------------ text
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setAccessibleName(self.tr("Search the list"))
        self.new_button.setText(self.tr("New…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.impact_button.setText(self.tr("Which activities?"))
        self.impact_button.setToolTip(self.tr("Which activities involve the selected entry?"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.impact_button.setAccessibleName(self.impact_button.toolTip())
        self.table.setAccessibleName(self.tr("List"))
        self.model.retranslate()
        self.empty_state.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
