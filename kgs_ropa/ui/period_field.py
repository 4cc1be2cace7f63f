"""A retention period as an amount and a unit, side by side: "28" + "days"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from kgs_ropa.model.periods import UNITS, unit_word
from kgs_ropa.services.document import MAXIMUM
from kgs_ropa.ui.fields import IntField
from kgs_ropa.ui.i18n import current

AMOUNT, UNIT = "period_amount", "period_unit"


class PeriodField(QWidget):
    """Stands for two document keys: the form asks it for `values()`, not one value.

    No amount (—) means no structured period, and then no unit either; the unit's words follow
    the amount ("1 day", "28 days").
    """

    changed = Signal()
    keys = (AMOUNT, UNIT)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = IntField(self, optional=True)
        self.amount.setMaximum(MAXIMUM[AMOUNT])
        self.unit = QComboBox(self)
        for code in UNITS:
            self.unit.addItem(code, code)
        self.unit.setCurrentIndex(UNITS.index("month"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.setFocusProxy(self.amount)
        self.amount.changed.connect(self._amount_changed)
        self.unit.currentIndexChanged.connect(self.changed)
        self.retranslate()

    def _amount_changed(self) -> None:
        self.retranslate()
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        amount = self.amount.value()
        return {AMOUNT: amount, UNIT: None if amount is None else self.unit.currentData()}

    def set_values(self, data: dict[str, Any]) -> None:
        self.amount.set_value(data.get(AMOUNT))
        unit = data.get(UNIT)
        if unit in UNITS:
            self.unit.setCurrentIndex(UNITS.index(unit))
        self.retranslate()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.amount.setAccessibleName(name)
        self.unit.setAccessibleName(name)

    def retranslate(self) -> None:
        """The unit in the interface language, singular for one ("1 dag", "28 dagen")."""
        amount = self.amount.value()
        for index, code in enumerate(UNITS):
            self.unit.setItemText(index, unit_word(code, 1 if amount == 1 else 2, current()))
        self.unit.setEnabled(amount is not None)
