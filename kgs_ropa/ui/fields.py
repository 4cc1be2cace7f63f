"""Form field widgets with one interface: value(), set_value(), a `changed` signal, retranslate().

Forms are built from these, so a form reads and writes a plain dict (an activity document or
a catalogue row) and never knows the widget behind a key.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.model.dates import format_date
from kgs_ropa.ui import palette
from kgs_ropa.ui.completion import prefix_first
from kgs_ropa.ui.i18n import current

# (code, label) pairs in the current language, asked for again on every retranslate.
Choices = Callable[[str], list[tuple[str, str]]]


def vocabulary_choices(vocabulary: Any) -> Choices:
    return lambda lang: [(t.code, t.label(lang)) for t in vocabulary]


class LineField(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.text()

    def set_value(self, value: Any) -> None:
        if self.text() != (value or ""):
            self.setText(value or "")
            self.setCursorPosition(0)  # show the start of a long text, not its end

    def retranslate(self) -> None:
        """Nothing to translate in user text."""


class TextField(QPlainTextEdit):
    """Multi-line text; Tab moves on (keyboard users must be able to leave the field)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        if self.toPlainText() != (value or ""):
            self.setPlainText(value or "")

    def retranslate(self) -> None:
        """Nothing to translate in user text."""


class ListTextField(LineField):
    """A short list of names typed as one line, separated by semicolons."""

    def value(self) -> Any:
        return [part.strip() for part in self.text().split(";") if part.strip()]

    def set_value(self, value: Any) -> None:
        super().set_value("; ".join(value or []))


class CheckField(QCheckBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggled.connect(self.changed)

    def value(self) -> Any:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def retranslate(self) -> None:
        """The label lives in the form."""


class AnswerField(QComboBox):
    """Not assessed / No / Yes: a question nobody answered is None, never read as "no"."""

    changed = Signal()
    ANSWERS: tuple[bool | None, ...] = (None, False, True)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.ANSWERS[max(self.currentIndex(), 0)]

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(self.ANSWERS.index(None if value is None else bool(value)))

    def retranslate(self) -> None:
        with QSignalBlocker(self):
            index = self.currentIndex()
            self.clear()
            self.addItems([self.tr("Not assessed"), self.tr("No"), self.tr("Yes")])
            self.setCurrentIndex(max(index, 0))


ISO_FORMAT = "yyyy-MM-dd"


_YEAR_FIRST = re.compile(r"^(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$")


def parse_date(text: str) -> QDate | None:
    """A date typed as YYYY-MM-DD, YYYYMMDD or D-M-YYYY; None when it is no real date."""
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    year_first, day_first = _YEAR_FIRST.match(text), _DAY_FIRST.match(text)
    if year_first:
        year, month, day = (int(part) for part in year_first.groups())
    elif day_first:
        day, month, year = (int(part) for part in day_first.groups())
    else:
        return None
    found = QDate(year, month, day)
    return found if found.isValid() else None


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def shown_date(day: QDate) -> str:
    """A date as the interface language writes it (kgs_ropa.model.dates): 05-03-2026 / ISO."""
    return format_date(day.toPython(), current())


class DateField(QLineEdit):
    """A date or nothing (None), typed as text, with a calendar button.

    Shown as the interface language writes dates (05-03-2026 in Dutch, 2026-03-05 in English),
    typed either way; its value is always the ISO date.

    What the user typed stays as typed: an impossible date (2026-02-30) is marked invalid
    and kept, never turned into another day; saving then names the field.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMaxLength(10)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self._show_calendar)
        self.textChanged.connect(self._mark)
        self.textChanged.connect(self.changed)
        self.editingFinished.connect(self._tidy)
        self.retranslate()

    def is_valid(self) -> bool:
        return not self.text().strip() or parse_date(self.text()) is not None

    def _mark(self) -> None:
        """While typing, only a text long enough to be a whole date is marked."""
        self.mark_invalid(not self.is_valid() and len(self.text().strip()) >= 8)

    def mark_invalid(self, invalid: bool) -> None:
        """A red frame and a tooltip while the text is not a real date."""
        self.setStyleSheet(f"QLineEdit {{ border: 2px solid {palette.ERROR}; }}" if invalid else "")
        self.setToolTip(
            self.tr("Not a valid date: %1. Type it as YYYY-MM-DD.").replace("%1", self.text())
            if invalid
            else self.hint()
        )

    def hint(self) -> str:
        return self.tr("YYYY-MM-DD; empty when there is no date")

    def _tidy(self) -> None:
        """A valid date typed another way (20261125) is shown as the language writes it."""
        found = parse_date(self.text())
        if found is not None and shown_date(found) != self.text():
            self.setText(shown_date(found))
        self.mark_invalid(not self.is_valid())

    def _show_calendar(self) -> None:
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setGridVisible(True)
        popup.setSelectedDate(parse_date(self.text()) or QDate.currentDate())
        popup.clicked.connect(lambda day: (self.setText(shown_date(day)), popup.close()))
        popup.activated.connect(lambda day: (self.setText(shown_date(day)), popup.close()))
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.show()
        self.popup = popup

    def value(self) -> Any:
        """The ISO date; the text as typed when it is no real date (a save then refuses it)."""
        text = self.text().strip()
        if not text:
            return None
        found = parse_date(text)
        return found.toString(ISO_FORMAT) if found is not None else text

    def set_value(self, value: Any) -> None:
        text = value.isoformat() if hasattr(value, "isoformat") else str(value or "")
        if text != self.value() and text != self.text():
            found = parse_date(text)
            self.setText(shown_date(found) if found is not None else text)

    def retranslate(self) -> None:
        self._tidy()  # a date already there now reads as the new language writes it
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.calendar_action.setToolTip(self.tr("Choose from a calendar"))


class DayField(DateField):
    """A date that must be given (a session's day, a filter's bound), read as a `date`.

    The editor's DateField with its checks and calendar; empty counts as invalid, and a
    dialog asks `problem()` before it acts, so nothing is done with a day the user did not mean.
    """

    def __init__(self, parent: QWidget | None = None, value: date | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(False)
        # Room for the date and the calendar button: a form must not stretch it across a dialog.
        metrics = self.fontMetrics()
        self.setMaximumWidth(metrics.horizontalAdvance("00-00-00000") + 2 * metrics.height() + 16)
        self.set_day(value or date.today())

    def is_valid(self) -> bool:
        return parse_date(self.text()) is not None

    def hint(self) -> str:
        return self.tr("YYYY-MM-DD")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the date reads as the new language writes it
        super().changeEvent(event)

    def day(self) -> date | None:
        """The date typed; None while it is no real date."""
        found = parse_date(self.text())
        return to_date(found) if found is not None else None

    def set_day(self, value: date) -> None:
        self.setText(format_date(value, current()))
        self.mark_invalid(False)

    def problem(self, name: str) -> str | None:
        """Why the field named `name` cannot be used yet, in the interface language."""
        if self.is_valid():
            return None
        return (
            self.tr('%1: "%2" is not a valid date. Type it as YYYY-MM-DD.')
            .replace("%1", name)
            .replace("%2", self.text())
        )


def first_problem(fields: list[tuple[DayField, str]]) -> str | None:
    """The first field (with its name) whose date is invalid: marked, focused and explained."""
    for field, name in fields:
        text = field.problem(name)
        if text is not None:
            field.mark_invalid(True)
            field.setFocus()
            return text
    return None


class IntField(QSpinBox):
    """A whole number; with `optional`, the lowest value shows as empty and means None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setRange(-1 if optional else 0, 1200)
        if optional:
            self.setSpecialValueText("—")
        self.valueChanged.connect(self.changed)

    def value(self) -> Any:
        number = super().value()
        return None if self.optional and number < 0 else number

    def set_value(self, value: Any) -> None:
        self.setValue(-1 if value is None else int(value))

    def retranslate(self) -> None:
        """Numbers need no translation."""


class ChoiceField(QComboBox):
    """One code from a list; `optional` adds an empty choice (labelled by `empty`).

    Type to search when `searchable`.
    """

    changed = Signal()

    def __init__(
        self,
        choices: Choices,
        parent: QWidget | None = None,
        optional: bool = False,
        searchable: bool = False,
        empty: Callable[[], str] | None = None,
        empty_value: Any = None,
    ) -> None:
        super().__init__(parent)
        self._choices, self._optional, self._empty = choices, optional, empty
        # What the empty choice means: None for optional codes, "" for text fields.
        self._empty_value = empty_value
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            prefix_first(self)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._fill(None)
        self.currentIndexChanged.connect(self.changed)

    def _fill(self, selected: Any) -> None:
        with QSignalBlocker(self):
            self.clear()
            if self._optional:
                self.addItem(self._empty() if self._empty else "—", self._empty_value)
            for code, label in self._choices(current()):
                self.addItem(label, code)
            self._select(selected)

    def _select(self, code: Any) -> None:
        if self._optional and code in (None, ""):
            code = self._empty_value
        position = self.findData(code)
        if position < 0 and code:  # a code the list does not know: keep it visible
            self.addItem(str(code), code)
            position = self.count() - 1
        self.setCurrentIndex(max(position, 0))

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        if self.currentData() != value:
            self._select(value)

    def retranslate(self) -> None:
        self._fill(self.currentData())

    def reload(self) -> None:
        """The list behind it changed (a new catalogue row): rebuild, keep the choice."""
        self._fill(self.currentData())

    def set_empty_label(self, empty: Callable[[], str]) -> None:
        self._empty = empty
        self._fill(self.currentData())


class MultiPicker(QWidget):
    """Several codes from a list: a filter box over a checkable list, plus an optional "New"."""

    changed = Signal()

    def __init__(
        self, choices: Choices, parent: QWidget | None = None, rows: int = 6, can_add: bool = False
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._selected: list[str] = []
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self._rows = rows
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._item_changed)
        # A click on the text ticks too; the state at the press tells a click on the box
        # (Qt already toggled it) from one on the text.
        self._pressed: tuple[QListWidgetItem | None, Qt.CheckState] = (
            None,
            Qt.CheckState.Unchecked,
        )
        self.list.itemPressed.connect(
            lambda item: setattr(self, "_pressed", (item, item.checkState()))
        )
        self.list.itemClicked.connect(self._clicked)
        self.add_button = QPushButton(self)
        self.add_button.setVisible(can_add)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        # Fixed height: a form must not spread extra space between the filter and the list.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def _fill(self) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            known = set()
            for code, label in self._choices(current()):
                known.add(code)
                self._add_item(code, label)
            for code in self._selected:
                if code not in known:
                    self._add_item(code, code)
        self._apply_filter(self.filter.text())
        self._fit_height()

    def _fit_height(self) -> None:
        """As many rows as the list has, between two and `rows`: a short list stays short."""
        shown = min(max(self.list.count(), 2), self._rows)
        row = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height()
        self.list.setFixedHeight(shown * max(row, self.fontMetrics().height()) + 12)

    def _clicked(self, item: QListWidgetItem) -> None:
        pressed, state = self._pressed
        if pressed is item and item.checkState() == state:
            self._toggle(item)

    @staticmethod
    def _toggle(item: QListWidgetItem) -> None:
        ticked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def _visible_items(self) -> list[QListWidgetItem]:
        return [
            self.list.item(i) for i in range(self.list.count()) if not self.list.item(i).isHidden()
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        """From the filter: Down goes into the list, Enter ticks the only match."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            visible = self._visible_items()
            if event.key() == Qt.Key.Key_Down and visible:
                self.list.setCurrentItem(visible[0])
                self.list.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(visible) == 1:
                self._toggle(visible[0])
                return True
        return super().eventFilter(watched, event)

    def _add_item(self, code: str, label: str) -> None:
        item = QListWidgetItem(label, self.list)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = code in self._selected
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _item_changed(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and code not in self._selected:
            self._selected.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self._selected:
            self._selected.remove(code)
        self.changed.emit()

    def value(self) -> Any:
        return list(self._selected)

    def set_value(self, value: Any) -> None:
        if list(value or []) != self._selected:
            self._selected = list(value or [])
            self._fill()

    def select(self, code: str) -> None:
        """Tick `code` (after adding a new catalogue row inline)."""
        if code not in self._selected:
            self._selected.append(code)
        self._fill()
        self.changed.emit()

    def reload(self) -> None:
        self._fill()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Type to search…"))
        self.filter.setAccessibleName(self.tr("Search the list"))
        self.add_button.setText(self.tr("New…"))
        self._fill()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)
        self.add_button.setAccessibleName(self.tr("New entry for: %1").replace("%1", name))
