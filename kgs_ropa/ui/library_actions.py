"""File > New activity from the library…: start a new activity from a standard activity.

The dialog lists the standard activities (services.library) in the interface's language, with
what the selected one covers and fills in beside the list; the chosen one opens in the editor
as an unsaved draft whose filled-in facts are marked assumed.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.services import activities, library
from kgs_ropa.ui.i18n import MenuCommands, current
from kgs_ropa.ui.theme import SPACE_L


def summary_html(key: str, lang: str) -> str:
    """What the standard activity `key` covers and fills in; every text escaped."""
    found = library.summary(key, lang)
    parts = [f"<p><b>{escape(found.about)}</b></p>"]
    sections = (
        (
            QCoreApplication.translate("LibraryDialog", "Purposes and likely lawful basis"),
            found.purposes,
        ),
        (QCoreApplication.translate("LibraryDialog", "Data subjects"), found.subjects),
        (QCoreApplication.translate("LibraryDialog", "Data categories"), found.categories),
        (QCoreApplication.translate("LibraryDialog", "Retention to confirm"), found.retention),
        (QCoreApplication.translate("LibraryDialog", "Points to check"), found.notes),
    )
    for title, lines in sections:
        if lines:
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            parts.append(f"<h4>{escape(title)}</h4><ul>{items}</ul>")
    return "".join(parts)


if TYPE_CHECKING:
    from kgs_ropa.ui.main_window import MainWindow


class LibraryDialog(QDialog):
    """Pick one standard activity; `chosen` is its key once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("LibraryDialog", "New activity from the library")
        )
        self.intro = QLabel(
            QCoreApplication.translate(
                "LibraryDialog",
                "Start from a standard activity. Everything it fills in is an assumption to "
                "confirm for your organisation, and the activity starts as a draft.",
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.choices = QListWidget(self)
        self.choices.setSpacing(3)
        lang = current()
        for item in library.LIBRARY:
            row = QListWidgetItem(item.name(lang), self.choices)
            row.setData(Qt.ItemDataRole.UserRole, item.key)
        self.about = QTextBrowser(self)
        self.about.setAccessibleName(
            QCoreApplication.translate("LibraryDialog", "What the standard activity covers")
        )
        self.choices.currentItemChanged.connect(self._show_about)
        self.choices.setCurrentRow(0)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        # The list as wide as its longest name; the description takes the rest.
        self.choices.setFixedWidth(self.choices.sizeHintForColumn(0) + 4 * SPACE_L)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        row.addWidget(self.choices)
        row.addWidget(self.about, 1)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 150, metrics.height() * 32)

    def _show_about(self) -> None:
        key = self.chosen
        self.about.setHtml(summary_html(key, current()) if key else "")

    @property
    def chosen(self) -> str | None:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


class LibraryActions(MenuCommands):
    """File > New activity from the library…, right after File > New activity."""

    def __init__(self, window: MainWindow, menus: dict[str, QMenu], after: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.triggered.connect(self.choose)
        file_menu = menus["file"]
        following = file_menu.actions()[file_menu.actions().index(after) + 1]
        file_menu.insertAction(following, self.action)
        self.retranslate()

    def choose(self) -> None:
        dialog = LibraryDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            self.start(dialog.chosen)

    def start(self, key: str) -> None:
        """Open the standard activity `key` in the editor as a new, unsaved draft."""
        code = activities.next_activity_code(self.window.db)
        self.window.new_activity_from(library.activity_from(key, code))

    def retranslate(self) -> None:
        self.action.setText(
            QCoreApplication.translate("LibraryDialog", "New activity from the &library…")
        )
        self.action.setToolTip(
            QCoreApplication.translate(
                "LibraryDialog", "Start a new activity from a standard activity"
            )
        )
