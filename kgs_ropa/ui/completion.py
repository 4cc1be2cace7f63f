"""Type-to-search in a combo box: the names that start with the typed text come first.

A plain "contains" completer lists its matches in the list's A-Z order, so typing "Verenigde St"
offered "Kleine afgelegen eilanden van de Verenigde Staten" before "Verenigde Staten", and
Down + Enter picked the wrong country.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter

Index = QModelIndex | QPersistentModelIndex


class PrefixFirst(QSortFilterProxyModel):
    """The combo box's items, those starting with the typed text first, else in their order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.typed = ""

    def set_typed(self, text: str) -> None:
        self.typed = text.casefold()
        self.invalidate()
        self.sort(0)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 (Qt naming)
        starts = [self._starts(index) for index in (left, right)]
        if starts[0] != starts[1]:
            return starts[0]
        return left.row() < right.row()

    def _starts(self, index: Index) -> bool:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return bool(self.typed) and text.casefold().startswith(self.typed)


def prefix_first(combo: QComboBox) -> None:
    """Search `combo` (editable) by any part of a name, names starting with the text first."""
    completer = QCompleter(combo)
    proxy = PrefixFirst(completer)
    proxy.setSourceModel(combo.model())
    completer.setModel(proxy)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    line = combo.lineEdit()
    if line is not None:
        line.textEdited.connect(proxy.set_typed)
