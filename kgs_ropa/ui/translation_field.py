"""The English version of a row's free texts, edited next to the Dutch ones.

A row's translations are stored as {language: {field: text}}; this widget edits the English
texts of the fields it is given and keeps every other language and field as it found them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kgs_ropa.ui.form import Form, Spec

LANGUAGE = "en"  # the language these fields edit


class TranslationsField(QWidget):
    changed = Signal()

    def __init__(self, specs: Sequence[Spec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Form(specs, self)
        self.form.changed.connect(self.changed)
        self._keys = [spec.key for spec in specs]
        self._kept: dict[str, dict[str, str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

    def value(self) -> Any:
        result = {lang: dict(texts) for lang, texts in self._kept.items() if lang != LANGUAGE}
        texts = {key: text for key, text in self.form.value().items() if text}
        if texts:
            result[LANGUAGE] = texts
        return result

    def set_value(self, value: Any) -> None:
        self._kept = {lang: dict(texts) for lang, texts in (value or {}).items()}
        texts = self._kept.get(LANGUAGE, {})
        self.form.set_value({**texts, **{key: texts.get(key, "") for key in self._keys}})

    def retranslate(self) -> None:
        self.form.retranslate()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
