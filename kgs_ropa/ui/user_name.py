"""The user's name: who the change history, reviews and "last reviewed by" record.

Kept in QSettings (it belongs to the person at this computer, not to the register) and handed
to the history service, which otherwise records the operating-system account.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.services import history

KEY = "user/name"


def os_account() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (service accounts, containers)
        return ""


def stored(settings: QSettings) -> str:
    return str(settings.value(KEY, "") or "").strip()


def apply(settings: QSettings) -> str:
    """Give the history service the stored name; returns the name changes are recorded under."""
    name = stored(settings)
    history.set_actor(name or None)
    return name or os_account()


class UserNameDialog(QDialog):
    """Settings > Your name: one field, with what it is used for."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Your name"))
        self.name = QLineEdit(stored(settings), self)
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(os_account())
        self.name.setAccessibleName(self.tr("Your name"))
        intro = QLabel(
            self.tr(
                "The change history, review sessions and “last reviewed by” record this name. "
                "Left empty, they record the computer account (%1)."
            ).replace("%1", os_account() or "?"),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def accept(self) -> None:
        self.settings.setValue(KEY, self.name.text().strip())
        apply(self.settings)
        super().accept()
