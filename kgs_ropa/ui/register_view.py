"""The register: every activity in a table, instant search, filters and a details pane."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import activities
from kgs_ropa.services.activities import ActivityRow, RowFilter
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.ui import i18n
from kgs_ropa.ui.delegates import RegisterDelegate
from kgs_ropa.ui.details import details_html
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.fields import ChoiceField, Choices, vocabulary_choices
from kgs_ropa.ui.i18n import current
from kgs_ropa.ui.lookups import Lookups, country_choices
from kgs_ropa.ui.messages import plural
from kgs_ropa.ui.register_model import RegisterModel
from kgs_ropa.ui.table import make_table, search_leads_to, select_id, selected_ids
from kgs_ropa.ui.widgets import EmptyState

if TYPE_CHECKING:  # the rules load when an activity's findings are first shown
    from kgs_ropa.checks import CheckContext


class RegisterView(QWidget):
    """Emits `edit_requested(id)` on double-click or Enter; `selection_changed` otherwise."""

    edit_requested = Signal(int)
    selection_changed = Signal()

    def __init__(self, db: Database, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.lookups = db, lookups
        self.context: CheckContext | None = None
        self._details_for: int | None = -1
        self.model = RegisterModel(self)
        self._build()
        self.retranslate()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.count_label = QLabel(self)
        self.filters = {
            "lawful_basis": self._combo(vocabulary_choices(voc.LAWFUL_BASES)),
            "data_category": self._combo(self.lookups.choices("data_category")),
            "processor": self._combo(self.lookups.choices("processor")),
            "country": self._combo(country_choices),
            "status": self._combo(vocabulary_choices(voc.ACTIVITY_STATUSES)),
        }
        self.checks = {
            "special_only": QCheckBox(self),
            "review_due": QCheckBox(self),
            "has_findings": QCheckBox(self),
        }
        for box in self.checks.values():
            box.toggled.connect(self.apply_filter)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.filter_grid = grid = QGridLayout()
        grid.addWidget(self.search, 0, 0, 1, len(self.filters) - 1)
        grid.addWidget(self.count_label, 0, len(self.filters) - 1)
        for column, combo in enumerate(self.filters.values()):
            grid.addWidget(combo, 1, column)
        boxes = QHBoxLayout()
        for box in self.checks.values():
            boxes.addWidget(box)
        boxes.addStretch(1)
        boxes.addWidget(self.clear_button)
        grid.addLayout(boxes, 2, 0, 1, len(self.filters))
        self.table = make_table(self, self.model, "")
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.table.activated.connect(lambda index: self._edit_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.empty_state = EmptyState(self.table, self._empty_text)
        self.table.setItemDelegate(RegisterDelegate(self.search.text, self.table))
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.splitter, 1)
        search_leads_to(
            self.search,
            self.table,
            self.details,
            *self.filters.values(),
            *self.checks.values(),
            self.clear_button,
        )

    def _combo(self, choices: Choices) -> ChoiceField:
        combo = ChoiceField(choices, self, optional=True, empty=lambda: "")
        combo.setMinimumContentsLength(8)  # five in a row must fit a small screen at 200%
        combo.changed.connect(self.apply_filter)
        return combo

    # ------------------------------------------------------------------ data
    def load(self, rows: list[ActivityRow]) -> None:
        """All rows read again (a catalogue changed, Refresh): the selection and its details
        stay on the same activities while they are still there."""
        keep = self.selected_ids()
        self.model.load(rows, self.lookups.labels("data_category", current()))
        self._update_count()
        self._details_for = -1
        if keep:
            select_id(self.table, keep[0])
        self.show_details()

    def refresh_lookups(self) -> None:
        for key in ("data_category", "processor"):
            self.filters[key].reload()
        self.model.category_labels = self.lookups.labels("data_category", current())
        self.context = None
        self.model.retranslate()

    def current_filter(self) -> RowFilter:
        values: dict[str, Any] = {k: combo.value() or "" for k, combo in self.filters.items()}
        values.update({k: box.isChecked() for k, box in self.checks.items()})
        return RowFilter(text=self.search.text(), **values)

    def apply_filter(self) -> None:
        keep = self.selected_ids()
        self.model.set_filter(self.current_filter())
        self._update_count()
        if keep:
            select_id(self.table, keep[0])
        if self.selected_ids() != keep[:1] or len(keep) > 1:
            # The filter hid the selection: the details and Delete must not act on it.
            self.show_details()
            self.selection_changed.emit()

    def _empty_text(self) -> str:
        if not self.model.all_rows:
            return self.tr(
                "The register has no activities yet. Add one with New activity (Ctrl+N), or "
                "start from the example on the Welcome page."
            )
        return self.tr(
            "No activity matches the search and filters. Change them, or use Clear filters "
            "to see the whole register."
        )

    def clear_filters(self) -> None:
        for combo in self.filters.values():
            combo.blockSignals(True)
            combo.set_value(None)
            combo.blockSignals(False)
        for box in self.checks.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.search.clear()
        self.apply_filter()

    def show_filtered(self, preset: dict[str, Any]) -> None:
        """Only the filters in `preset` (RowFilter keys), everything else cleared."""
        self.clear_filters()
        for key, value in preset.items():
            if key in self.filters:
                self.filters[key].set_value(value)
            elif key in self.checks:
                self.checks[key].setChecked(bool(value))

    def show_review_due(self) -> None:
        self.clear_filters()
        self.checks["review_due"].setChecked(True)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.all_rows)
        text = plural(self.tr("%1 of %n activities", "", total), total, "%1 of 1 activity")
        self.count_label.setText(text.replace("%1", i18n.number(shown)))

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        return selected_ids(self.table)

    def select(self, activity_id: int) -> None:
        select_id(self.table, activity_id)

    def _edit_row(self, position: int) -> None:
        self.edit_requested.emit(self.model.row_id(self.model.row_at(position)))

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.show_details()
        self.selection_changed.emit()

    def show_details(self, force: bool = False) -> None:
        ids = self.selected_ids()
        shown = ids[0] if len(ids) == 1 else None
        if shown == self._details_for and not force:
            return  # reselected after a search keystroke: the pane is already right
        self._details_for = shown
        if shown is None:
            self.details.setHtml(self._hint())
            return
        try:
            doc = activities.get_document(self.db, ids[0])
        except StorageError as exc:
            self.details.setPlainText(user_message(exc))
            return
        if self.context is None:
            self.context = activities.check_context(self.db, date.today())
        lang = current()
        findings = [(f.severity, f.message(lang)) for f in activities.check_one(doc, self.context)]
        self.details.setHtml(details_html(doc, self.lookups, lang, findings))

    def _hint(self) -> str:
        hint = self.tr("Select an activity to see its details; double-click to edit.")
        return f"<p><i>{hint}</i></p>"

    # ------------------------------------------------------------------ text
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search every field… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the register"))
        names: dict[str, Callable[[], str]] = {
            "lawful_basis": lambda: self.tr("All lawful bases"),
            "data_category": lambda: self.tr("All data categories"),
            "processor": lambda: self.tr("All processors"),
            "country": lambda: self.tr("All countries"),
            "status": lambda: self.tr("All statuses"),
        }
        accessible = {
            "lawful_basis": self.tr("Filter by lawful basis"),
            "data_category": self.tr("Filter by data category"),
            "processor": self.tr("Filter by processor"),
            "country": self.tr("Filter by third country"),
            "status": self.tr("Filter by status"),
        }
        for column, (key, combo) in enumerate(self.filters.items()):
            combo.set_empty_label(names[key])
            combo.setAccessibleName(accessible[key])
            # Each box's share of the row follows its label's length in this language, so
            # the longest ("Alle gegevenscategorieën") is not cut on a small screen.
            width = combo.fontMetrics().horizontalAdvance(names[key]())
            self.filter_grid.setColumnStretch(column, width)
        self.checks["special_only"].setText(self.tr("Special categories"))
        self.checks["review_due"].setText(self.tr("Review due"))
        self.checks["has_findings"].setText(self.tr("Has findings"))
        for box in self.checks.values():
            box.setAccessibleName(box.text())
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.table.setAccessibleName(self.tr("Processing activities"))
        self.details.setAccessibleName(self.tr("Details of the selected activity"))
        self.model.category_labels = self.lookups.labels("data_category", current())
        self.model.retranslate()
        self.fit_headers()
        self._update_count()
        self.show_details(force=True)
        self.empty_state.refresh()

    def fit_headers(self) -> None:
        """Widen every column whose header text would be clipped in this language.

        Measured from the header font (bold, as some styles draw it) plus the margins and the
        sort mark; never narrower than the user made it, and no row is read for it.
        """
        header = self.table.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        style = header.style()
        extra = (
            2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
            + metrics.averageCharWidth()
        )
        for column in range(self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            needed = metrics.horizontalAdvance(text) + extra
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
