"""Two versions of one activity side by side: the user keeps theirs or mine, field by field.

Shown when a save is refused because someone else saved the activity since it was opened. Only
the fields that differ are listed; the result is their version with the fields the user keeps.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.services.concurrency import StaleRecordError

Doc = dict[str, Any]


def shown(value: Any) -> str:
    """A field's value as plain text: lists and rows as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def differing(mine: Doc, theirs: Doc) -> list[str]:
    return [key for key in mine if mine.get(key) != theirs.get(key)]


class ConflictDialog(QDialog):
    """Fields that differ: a check in the first column keeps mine; unchecked takes theirs."""

    def __init__(
        self,
        mine: Doc,
        theirs: Doc,
        labels: Mapping[str, str],
        explanation: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mine, self.theirs = mine, theirs
        self.keys = differing(mine, theirs)
        self.table = QTableWidget(len(self.keys), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field (checked: keep mine)"), self.tr("My version"), self.tr("Saved version")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, key in enumerate(self.keys):
            name = QTableWidgetItem(labels.get(key, key))
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(shown(mine.get(key))))
            self.table.setItem(row, 2, QTableWidgetItem(shown(theirs.get(key))))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(explanation, self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Choose per field"))
        self.resize(self.fontMetrics().averageCharWidth() * 140, 420)

    def keep_mine(self, key: str, keep: bool) -> None:
        state = Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked
        item = self.table.item(self.keys.index(key), 0)
        assert item is not None
        item.setCheckState(state)

    def merged(self) -> Doc:
        """The saved version with every checked field taken from mine."""
        result = dict(self.theirs)
        for row, key in enumerate(self.keys):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                result[key] = self.mine.get(key)
        return result


class Choice:
    RELOAD, COMPARE, KEEP_EDITING = "reload", "compare", "keep"


def explain(exc: StaleRecordError) -> str:
    """Who saved the record and when, in the interface language."""
    when = exc.change.at.strftime("%Y-%m-%d %H:%M UTC") if exc.change.at else "?"
    who = exc.change.actor or QCoreApplication.translate("ConflictDialog", "someone")
    return (
        QCoreApplication.translate(
            "ConflictDialog",
            "Not saved: %1 was saved by %2 at %3 after you opened it. Your changes are still here.",
        )
        .replace("%1", exc.what)
        .replace("%2", who)
        .replace("%3", when)
    )


def ask(parent: QWidget, explanation: str) -> str:
    """Reload the saved version, compare both, or go on editing (nothing is lost either way)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ConflictDialog", "KGS ROPA"),
        explanation,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    reload = box.addButton(
        QCoreApplication.translate("ConflictDialog", "Reload the saved version"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    compare = box.addButton(
        QCoreApplication.translate("ConflictDialog", "Compare and choose…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("ConflictDialog", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(compare)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload:
        return Choice.RELOAD
    return Choice.COMPARE if clicked is compare else Choice.KEEP_EDITING
