"""Forms built from field specs: labels, accessible names, and findings shown under the field.

A Form reads and writes one dict; a ListEditor reads and writes a list of dicts (purposes,
transfers, ...), one small Form per item. Labels are English source strings marked for
translation with QT_TRANSLATE_NOOP("Form", ...) and translated when shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.ui.chips import finding_html
from kgs_ropa.ui.field_help import field_help
from kgs_ropa.ui.widgets import WrappedLabel

FieldWidget = Any  # one of kgs_ropa.ui.fields' widgets
SHORT_LABEL = 32  # characters
Factory = Callable[[QWidget], FieldWidget]


def tr_form(text: str) -> str:
    return QCoreApplication.translate("Form", text)


@dataclass(frozen=True)
class Spec:
    key: str
    label: str  # English source, marked with QT_TRANSLATE_NOOP("Form", ...)
    make: Factory


def findings_html(notes: Sequence[tuple[str, str]]) -> str:
    """(severity, message) pairs as coloured lines; user text is escaped."""
    return "<br>".join(finding_html(severity, message) for severity, message in notes)


class Form(QWidget):
    """Label, widget and a findings note per spec, in a QFormLayout."""

    changed = Signal()

    def __init__(self, specs: Sequence[Spec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self.fields: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        self._extra: dict[str, Any] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for spec in self.specs:
            self._add_row(layout, spec)
        self.retranslate()

    def _add_row(self, layout: QFormLayout, spec: Spec) -> None:
        widget = spec.make(self)
        widget.changed.connect(self.changed)
        label = WrappedLabel(self)
        label.setBuddy(widget)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        note = QLabel(self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.RichText)
        note.hide()
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(note)
        layout.addRow(label, cell)
        self.fields[spec.key], self.labels[spec.key], self.notes[spec.key] = widget, label, note

    def value(self) -> dict[str, Any]:
        """The dict it was given, with its fields' current values."""
        return {**self._extra, **self.field_values()}

    def field_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if hasattr(widget, "keys"):  # one widget for several keys (an amount and its unit)
                values.update(widget.values())
            else:
                values[key] = widget.value()
        return values

    def _owned(self) -> set[str]:
        """Every document key a field of this form stands for."""
        owned = set(self.fields)
        for widget in self.fields.values():
            owned.update(getattr(widget, "keys", ()))
        return owned

    def set_value(self, data: dict[str, Any]) -> None:
        self.forget_finding_places()
        owned = self._owned()
        self._extra = {k: v for k, v in data.items() if k not in owned}
        for key, widget in self.fields.items():
            if hasattr(widget, "keys"):
                widget.set_values(data)
            elif key in data:
                widget.set_value(data[key])

    def show_findings(self, by_key: dict[str, list[tuple[str, str]]]) -> None:
        """A finding that goes away leaves its place empty until another record is shown: the
        field below must not move up under the pointer that just fixed it."""
        for key, note in self.notes.items():
            notes = by_key.get(key, [])
            if notes:
                note.setText(findings_html(notes))
                _keep_place(note, True)
            note.setVisible(bool(notes))

    def forget_finding_places(self) -> None:
        for note in self.notes.values():
            _keep_place(note, False)
            note.hide()

    def retranslate(self) -> None:
        for spec in self.specs:
            text = tr_form(spec.label)
            # A short label stays on one line: a wrapped one beside a one-line field (a check
            # box) gets that field's height and is cut off.
            self.labels[spec.key].setWordWrap(len(text) > SHORT_LABEL)
            self.labels[spec.key].setText(text)
            self.fields[spec.key].setAccessibleName(text)
            self.fields[spec.key].retranslate()
            explained = field_help(spec.key)
            if explained:
                self.labels[spec.key].setToolTip(explained)
                self.labels[spec.key].setWhatsThis(explained)
                self.fields[spec.key].setWhatsThis(explained)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _keep_place(widget: QWidget, keep: bool) -> None:
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(keep)
    widget.setSizePolicy(policy)


def _drop(form: Form) -> None:
    """Remove an item's frame from view now and from memory once Qt is done with it."""
    frame = form.parentWidget()
    if frame is not None:
        frame.hide()
        frame.deleteLater()


class ListEditor(QWidget):
    """A list of small forms with Add and Remove; its value is a list of dicts."""

    changed = Signal()

    def __init__(self, specs: Sequence[Spec], add_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.specs, self.add_label = list(specs), add_label
        self.items: list[Form] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._add_clicked)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self._layout.addLayout(row)
        self.retranslate()

    def _add_item(self, data: dict[str, Any]) -> Form:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        form = Form(self.specs, frame)
        form.set_value(data)
        form.changed.connect(self.changed)
        remove = QPushButton(frame)
        remove.setProperty("source", "Remove")
        remove.clicked.connect(lambda: self._remove(form))
        box = QHBoxLayout(frame)
        box.addWidget(form, 1)
        box.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.insertWidget(self._layout.count() - 1, frame)
        self.items.append(form)
        self._translate_remove(remove)
        return form

    def _translate_remove(self, button: QPushButton) -> None:
        button.setText(QCoreApplication.translate("Form", "Remove"))
        button.setAccessibleName(QCoreApplication.translate("Form", "Remove this entry"))

    def _add_clicked(self) -> None:
        form = self._add_item({})
        first = next(iter(form.fields.values()), None)
        if first is not None:
            first.setFocus()
        self.changed.emit()

    def _remove(self, form: Form) -> None:
        self.items.remove(form)
        _drop(form)
        self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        return [form.value() for form in self.items]

    def set_value(self, items: Any) -> None:
        items = list(items or [])
        if items == self.value():
            return
        for form in self.items:
            _drop(form)
        self.items = []
        for data in items:
            self._add_item(dict(data))

    def retranslate(self) -> None:
        self.add_button.setText(tr_form(self.add_label))
        self.add_button.setAccessibleName(tr_form(self.add_label))
        for button in self.findChildren(QPushButton):
            if button.property("source") == "Remove":
                self._translate_remove(button)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
