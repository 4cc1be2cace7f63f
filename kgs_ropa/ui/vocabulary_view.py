"""The fixed reference vocabularies, read-only, with their W3C DPV identifiers."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from kgs_ropa.services.catalogues import vocabulary_terms
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current
from kgs_ropa.ui.table import RowsModel, make_table

VOCABULARIES = {
    "lawful_bases": QT_TRANSLATE_NOOP("VocabularyView", "Lawful bases (Art. 6)"),
    "art9_conditions": QT_TRANSLATE_NOOP(
        "VocabularyView", "Conditions for special categories (Art. 9(2))"
    ),
    "transfer_mechanisms": QT_TRANSLATE_NOOP("VocabularyView", "Transfer mechanisms"),
    "recipient_types": QT_TRANSLATE_NOOP("VocabularyView", "Recipient types"),
    "rights": QT_TRANSLATE_NOOP("VocabularyView", "Data subject rights"),
    "cookie_types": QT_TRANSLATE_NOOP("VocabularyView", "Cookie types"),
    "activity_statuses": QT_TRANSLATE_NOOP("VocabularyView", "Activity statuses"),
    "dpia_statuses": QT_TRANSLATE_NOOP("VocabularyView", "DPIA statuses"),
    "contact_roles": QT_TRANSLATE_NOOP("VocabularyView", "Contact roles"),
}


class Column(IntEnum):
    CODE = 0
    LABEL = 1
    DPV = 2


HEADERS = {
    Column.CODE: QT_TRANSLATE_NOOP("VocabularyView", "Code"),
    Column.LABEL: QT_TRANSLATE_NOOP("VocabularyView", "Label"),
    Column.DPV: QT_TRANSLATE_NOOP("VocabularyView", "DPV identifier"),
}


class TermsModel(RowsModel):
    Column = Column

    def header(self, column: int) -> str:
        return QCoreApplication.translate("VocabularyView", HEADERS[Column(column)])

    def text(self, row: tuple[str, str, str], column: int) -> str:
        return row[column]

    def row_id(self, row: tuple[str, str, str]) -> int:
        return self._rows.index(row)


class VocabularyView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = QComboBox(self)
        self.chooser.currentIndexChanged.connect(self.reload)
        self.label = QLabel(self)
        self.label.setBuddy(self.chooser)
        self.model = TermsModel(self)
        self.table = make_table(self, self.model, "")
        self.table.setColumnWidth(Column.CODE, self.fontMetrics().averageCharWidth() * 22)
        self.table.setColumnWidth(Column.LABEL, self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.chooser)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def reload(self) -> None:
        key = self.chooser.currentData()
        if key:
            self.model.set_rows(vocabulary_terms(key, current()))

    def retranslate(self) -> None:
        self.label.setText(self.tr("Vocabulary:"))
        selected = max(self.chooser.currentIndex(), 0)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for key, title in VOCABULARIES.items():
            self.chooser.addItem(QCoreApplication.translate("VocabularyView", title), key)
        self.chooser.setCurrentIndex(selected)
        self.chooser.blockSignals(False)
        self.chooser.setAccessibleName(self.tr("Vocabulary"))
        self.table.setAccessibleName(self.tr("Terms"))
        self.reload()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
