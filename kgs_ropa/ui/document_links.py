"""Documents linked on an activity's record (processing agreements, DPIAs, balancing tests,
consent records): a file or a web address, opened with one click.

The exports list each by its kind and title, a web address as it is and a file by its name only
(reports.activity.document_line): the folders of this computer never leave the app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.links import is_url
from kgs_ropa.ui.fields import ChoiceField, LineField, vocabulary_choices
from kgs_ropa.ui.form import ListEditor, Spec
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP
from kgs_ropa.ui.messages import show_error


def target_url(target: str) -> QUrl:
    """What opening the link opens: the web address, or the file (a path or a file:// URL)."""
    text = target.strip()
    if is_url(text) or text.lower().startswith("file:"):
        return QUrl(text)
    return QUrl.fromLocalFile(text)


def open_target(target: str, parent: QWidget) -> bool:
    """Open the document in the program the system uses for it; say so when it cannot."""
    url = target_url(target)
    if url.isLocalFile() and not Path(url.toLocalFile()).exists():
        show_error(
            parent,
            parent.tr("The file %1 is not there (moved, renamed, or on another computer).").replace(
                "%1", url.toLocalFile()
            ),
        )
        return False
    if not QDesktopServices.openUrl(url):
        show_error(parent, parent.tr("No program could open %1.").replace("%1", target))
        return False
    return True


class LinkTargetField(QWidget):
    """A web address or a file path, with Choose file… and Open beside it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self.edit.textChanged.connect(self._update_enabled)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: open_target(self.value(), self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.open_button)
        self.setFocusProxy(self.edit)
        self.retranslate()
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.open_button.setEnabled(bool(self.value()))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Link a file"), self.value())
        if path:
            self.set_value(str(Path(path)))  # the system's own separators

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        if self.edit.text() != (value or ""):
            self.edit.setText(value or "")
            self.edit.setCursorPosition(0)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("https://… or a file"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the document"))


DOCUMENT_SPECS = [
    Spec(
        "kind",
        QT_TRANSLATE_NOOP("Form", "Kind of document"),
        lambda parent: ChoiceField(vocabulary_choices(voc.DOCUMENT_KINDS), parent),
    ),
    Spec("title", QT_TRANSLATE_NOOP("Form", "Title"), LineField),
    Spec("target", QT_TRANSLATE_NOOP("Form", "Web address or file"), LinkTargetField),
]


class DocumentsEditor(ListEditor):
    """The linked documents; a row left without title and target is no document and is not
    saved (nor refused)."""

    def value(self) -> list[dict[str, Any]]:
        return [item for item in super().value() if item["title"].strip() or item["target"]]


def documents_editor(parent: QWidget) -> ListEditor:
    return DocumentsEditor(DOCUMENT_SPECS, QT_TRANSLATE_NOOP("Form", "Link a document"), parent)
