"""Transfers to third countries across the register, with the adequacy decision for each.

Besides the recorded transfers, the page lists each processor or system outside the EEA that an
activity uses: the same rule as the register's country filter (services.country_links).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import country_links, impact
from kgs_ropa.services.impact import ImpactRow, TransferRow
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.fields import ChoiceField
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current
from kgs_ropa.ui.lookups import country_choices
from kgs_ropa.ui.table import RowsModel, fit_columns, make_table, selected_ids

if TYPE_CHECKING:  # loaded when first asked for, not at start-up
    from kgs_ropa.ui.impact_dialog import ImpactDialog


class Column(IntEnum):
    COUNTRY = 0
    ADEQUACY = 1
    ACTIVITY = 2
    RECIPIENT = 3
    MECHANISM = 4
    DOCUMENTATION = 5


HEADERS = {
    Column.COUNTRY: QT_TRANSLATE_NOOP("TransfersModel", "Country"),
    Column.ADEQUACY: QT_TRANSLATE_NOOP("TransfersModel", "Adequacy decision"),
    Column.ACTIVITY: QT_TRANSLATE_NOOP("TransfersModel", "Activity"),
    Column.RECIPIENT: QT_TRANSLATE_NOOP("TransfersModel", "Recipient"),
    Column.MECHANISM: QT_TRANSLATE_NOOP("TransfersModel", "Mechanism"),
    Column.DOCUMENTATION: QT_TRANSLATE_NOOP("TransfersModel", "Safeguards documented in"),
}


# Rows that are not recorded transfers: the activity uses a processor or system in the country.
VIA = {
    country_links.PROCESSOR: QT_TRANSLATE_NOOP("TransfersModel", "(processor located there)"),
    country_links.SYSTEM: QT_TRANSLATE_NOOP("TransfersModel", "(system located there)"),
}


class TransfersModel(RowsModel):
    Column = Column

    def header(self, column: int) -> str:
        return QCoreApplication.translate("TransfersModel", HEADERS[Column(column)])

    def text(self, row: TransferRow, column: int) -> str:
        lang = current()
        match column:
            case Column.COUNTRY:
                return countries.country_label(row.country, lang) or QCoreApplication.translate(
                    "TransfersModel", "(not given)"
                )
            case Column.ADEQUACY:
                if not row.country:  # unknown, not "none": no country, no decision to look up
                    return QCoreApplication.translate("TransfersModel", "(not given)")
                return row.adequacy(lang) or QCoreApplication.translate("TransfersModel", "none")
            case Column.ACTIVITY:
                return f"{row.activity_code} · {row.name(lang)}"
            case Column.RECIPIENT:
                return row.party(lang)
            case Column.MECHANISM:
                if row.kind in VIA:  # a processor or system there, not a recorded transfer
                    return QCoreApplication.translate("TransfersModel", VIA[row.kind])
                mechanism = voc.TRANSFER_MECHANISMS.label(row.mechanism, lang)
                if mechanism and row.mechanism_assumed:  # the mark first: columns are narrow
                    return QCoreApplication.translate(
                        "TransfersModel", "Assumed, to be confirmed: {mechanism}"
                    ).format(mechanism=mechanism)
                return mechanism
            case Column.DOCUMENTATION:
                return row.documentation_reference
        return ""

    def row_id(self, row: TransferRow) -> int:
        return row.activity_id


class TransfersView(QWidget):
    open_activity = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = TransfersModel(self)
        self.country = ChoiceField(country_choices, self, optional=True, searchable=True)
        self.country_label = QLabel(self)
        self.country_label.setBuddy(self.country)
        self.ask_button = QPushButton(self)
        self.ask_button.clicked.connect(self.ask_impact)
        bar = QHBoxLayout()
        bar.addWidget(self.country_label)
        bar.addWidget(self.country, 1)
        bar.addWidget(self.ask_button)
        self.table = make_table(self, self.model, "")
        self.table.activated.connect(lambda index: self.open_activity.emit(self._id(index)))
        self.table.doubleClicked.connect(lambda index: self.open_activity.emit(self._id(index)))
        self.table.selectionModel().selectionChanged.connect(self._follow_selection)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.reload()
        self.retranslate()

    def _id(self, index: Any) -> int:
        return self.model.row_id(self.model.row_at(index.row()))

    def reload(self) -> None:
        self.model.set_rows(impact.transfers(self.db))
        fit_columns(self.table)  # a short list: each column as wide as its texts, capped

    def _follow_selection(self) -> None:
        ids = selected_ids(self.table)
        if ids:
            row = self.model.row_at(self.table.currentIndex().row())
            self.country.set_value(row.country)

    def ask_impact(self) -> ImpactDialog | None:
        code = self.country.value()
        if not code:
            return None
        question = QCoreApplication.translate(
            "Impact", "Which activities involve %1 (transfers, processors or systems there)?"
        ).replace("%1", countries.country_label(code, current()))
        from kgs_ropa.ui.impact_dialog import ImpactDialog

        def ask(source: impact.Source) -> tuple[list[ImpactRow], list[ImpactRow]]:
            with impact.reading(source) as connection:  # the answer and its doubt: one state
                return impact.for_country(connection, code), impact.country_unknown(
                    connection, code
                )

        rows, unknown = ask(self.db)
        dialog = ImpactDialog(question, rows, self, self.db, unknown, ask=ask)
        dialog.open_activity.connect(self.open_activity)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.country_label.setText(self.tr("Country:"))
        self.country.setAccessibleName(self.tr("Country"))
        self.country.set_empty_label(lambda: "")
        line = self.country.lineEdit()
        if line is not None:  # type to search; the hint shows while it is empty
            line.setPlaceholderText(self.tr("Choose a country"))
        self.ask_button.setText(self.tr("Which activities involve this country?"))
        self.ask_button.setAccessibleName(self.ask_button.text())
        self.table.setAccessibleName(self.tr("Transfers"))
        self.model.retranslate()
        fit_columns(self.table)  # the texts of the other language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
