"""Plain messages for expected trouble: what happened and what to do, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kgs_ropa.ui.i18n import current


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def as_plain(text: str) -> str:
    """Text a message box shows as written: its auto-detection would render user text that
    looks like markup (an activity named "<b>x</b>") as HTML."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text


def plural(translated: str, n: int, one: str) -> str:
    """A count in a sentence. Dutch gets its singular and plural from the translation's
    numerus forms (translate(..., n) with %n); English is the untranslated source, so its
    singular is `one`."""
    return one if n == 1 and current() == "en" else translated


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Messages", "KGS ROPA"), as_plain(message)
    )


def confirm(parent: QWidget | None, question: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("Messages", "KGS ROPA"),
        as_plain(question),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None, question: str | None = None) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a form with unsaved changes."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Messages", "Unsaved changes"),
        question
        or QCoreApplication.translate(
            "Messages", "This activity has changes that are not saved yet. Save them?"
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
