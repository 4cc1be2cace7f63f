"""The activity editor: every field of one activity, its findings updated as the user types.

The form's value is the activity document (services.document). Undo and redo work on whole
document states, pushed when typing pauses. Save writes the document in one transaction.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.checks import CheckContext
from kgs_ropa.checks.findings import ERROR
from kgs_ropa.model import countries
from kgs_ropa.services import activities
from kgs_ropa.services.concurrency import StaleRecordError
from kgs_ropa.services.document import DocumentError
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.errors import KnownError, ServerUnreachableError
from kgs_ropa.ui.catalogue_dialog import CatalogueDialog
from kgs_ropa.ui.chips import SEVERITY_ROLE, FindingDelegate
from kgs_ropa.ui.editor_sections import INLINE_KINDS, sections
from kgs_ropa.ui.error_text import document_error_text, user_message
from kgs_ropa.ui.field_help import section_help
from kgs_ropa.ui.form import Form
from kgs_ropa.ui.hub import Hub
from kgs_ropa.ui.i18n import current
from kgs_ropa.ui.lookups import Lookups
from kgs_ropa.ui.messages import ask_unsaved, confirm, show_error
from kgs_ropa.ui.palette import OK, severity_colour
from kgs_ropa.ui.save_retry import SaveWhenBack
from kgs_ropa.ui.theme import Type, set_type
from kgs_ropa.ui.widgets import ElidedLabel

if TYPE_CHECKING:  # the dialogs and the history panel load when first used, not at start-up
    from kgs_ropa.ui.history_view import HistoryPanel

# Typing pauses this long before the form's state becomes one undo step.
UNDO_PAUSE_MS = 400
# Checks wait for a pause in typing: a key every 150-300 ms must not re-check each time.
CHECK_PAUSE_MS = 500
# Whole lines of findings shown in their fixed place above the tabs (more scroll).
FINDING_ROWS = 4
_KEY = re.compile(r"[a-z_]+")


def tr(text: str) -> str:
    return QCoreApplication.translate("ActivityEditor", text)


def finding_marks(severities: list[str]) -> str:
    """A tab's findings as the register marks them (● 1 ▲ 2): a bare "(2)" beside "Security"
    read as two measures next to the finding that there are none."""
    errors = sum(1 for severity in severities if severity == ERROR)
    warnings = len(severities) - errors
    return " ".join(f"{mark} {n}" for mark, n in (("●", errors), ("▲", warnings)) if n)


class _Snapshot(QUndoCommand):
    """One step of the form's history: the document before and after."""

    def __init__(self, editor: ActivityEditor, before: dict[str, Any], after: dict[str, Any]):
        super().__init__()
        self.editor, self.before, self.after = editor, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the form already shows `after` when the step is pushed
            self._first = False
            return
        self.editor.restore(self.after)

    def undo(self) -> None:
        self.editor.restore(self.before)


class ActivityEditor(QWidget):
    saved = Signal(int)
    closed = Signal()

    def __init__(self, db: Database, hub: Hub, lookups: Lookups, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.hub, self.lookups = db, hub, lookups
        self.activity_id: int | None = None
        self._saved_doc: dict[str, Any] = {}
        self._state: dict[str, Any] = {}
        self._hidden: dict[str, Any] = {}
        self.version: int | None = None
        self._restoring = False
        self.context: CheckContext | None = None
        self.undo_stack = QUndoStack(self)
        self._build()
        self._timers()
        self.retranslate()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.title = ElidedLabel(self)  # a long name is cut, it never widens the window
        set_type(self.title, Type.TITLE)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.comment = QLineEdit(self)
        self.comment.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 3)
        bar.addWidget(self.comment, 2)
        bar.addWidget(self.save_button)
        bar.addWidget(self.cancel_button)
        self.findings_list = QListWidget(self)
        self.findings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.findings_list.setItemDelegate(FindingDelegate(self.findings_list))
        self.findings_list.itemActivated.connect(self._go_to_finding)
        self.findings_list.itemClicked.connect(self._go_to_finding)
        self.tabs = QTabWidget(self)
        self.forms: list[Form] = []
        self.section_titles: list[str] = []
        for section in sections(self.lookups):
            form = Form(section.specs, self)
            form.changed.connect(self._on_change)
            page = QWidget(self)
            column = QVBoxLayout(page)
            column.addWidget(form)
            column.addStretch(1)  # short sections stay at the top, unstretched
            scroll = QScrollArea(self.tabs)
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, "")
            self.forms.append(form)
            self.section_titles.append(section.title)
        # The activity's change history, filled when its tab is first opened (one query).
        self.history_tab = QWidget(self.tabs)
        self.history_layout = QVBoxLayout(self.history_tab)
        self.history_panel: HistoryPanel | None = None
        self.tabs.addTab(self.history_tab, "")
        self.tabs.currentChanged.connect(self._show_history_if_current)
        for key, kind in INLINE_KINDS.items():
            picker = self.field(key)
            picker = getattr(picker, "picker", picker)
            picker.add_button.clicked.connect(lambda _c=False, k=key, n=kind: self._add_new(k, n))
        self._fit_findings_list()
        self._linked_processors: set[str] = set()
        self.field("processors").changed.connect(self._offer_transfer)
        self.save_when_back = SaveWhenBack(self, self.save, QLabel(self))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.save_when_back.line)
        layout.addWidget(self.findings_list)
        layout.addWidget(self.tabs, 1)
        self._keys()
        QWidget.setTabOrder(self.comment, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

    def _keys(self) -> None:
        """Escape leaves (asking when unsaved); Ctrl+Tab and Ctrl+PgDn switch sections from
        any field, where a text field would otherwise keep the keys."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        bindings = {
            "Escape": self.cancel,
            "Ctrl+Tab": lambda: self._step_tab(1),
            "Ctrl+PgDown": lambda: self._step_tab(1),
            "Ctrl+Shift+Tab": lambda: self._step_tab(-1),
            "Ctrl+PgUp": lambda: self._step_tab(-1),
        }
        for keys, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(keys), self, context=context)
            shortcut.activated.connect(slot)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.focus_section()

    def focus_section(self) -> None:
        """Focus the first field of the section shown: a keyboard user types where they look,
        not into the change note or a field of the section left behind."""
        index = self.tabs.currentIndex()
        # The section's form (the first tabs, in order), else the tab's page (history).
        page = self.forms[index] if 0 <= index < len(self.forms) else self.tabs.currentWidget()
        if page is None:
            return
        widget = page.nextInFocusChain()
        for _ in range(1000):  # the chain is a circle through the whole window
            if widget is None or widget is page:
                return
            takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if page.isAncestorOf(widget) and widget.isVisible() and takes_tab:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _timers(self) -> None:
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_PAUSE_MS)
        self._undo_timer.timeout.connect(self._push_undo)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_PAUSE_MS)
        self._check_timer.timeout.connect(self.run_checks)
        self._check_timer.timeout.connect(self._update_title)

    def field(self, key: str) -> Any:
        for form in self.forms:
            if key in form.fields:
                return form.fields[key]
        raise KeyError(key)

    # ------------------------------------------------------------------ loading
    def load(
        self, activity_id: int | None, doc: dict[str, Any] | None = None, unsaved: bool = False
    ) -> None:
        """Show an activity (or, with id None, a new one from `doc`).

        `unsaved` marks the form as changed from the start (a copy): leaving it asks first.
        """
        # The version the activity was read at goes back with the save (never into undo steps).
        self.version = None
        self.save_when_back.done()  # a save waiting for the server was for the one shown before
        if activity_id is not None:
            doc, self.version = activities.get_versioned(self.db, activity_id)
        assert doc is not None
        self.activity_id = activity_id
        self.context = activities.check_context(self.db, date.today())
        self.restore(doc)
        self._saved_doc = self.document()
        if unsaved:  # compared with an empty activity, the copy is all change
            self._saved_doc = activities.new_document(str(doc.get("code", "")), "")
        self._state = copy.deepcopy(self._saved_doc)
        self.undo_stack.clear()
        self.comment.clear()
        self.tabs.setCurrentIndex(0)
        self._update_title()
        self.run_checks()
        self._show_history_if_current()

    def restore(self, doc: dict[str, Any]) -> None:
        # A key the document lacks is cleared, never left as the previous activity had it.
        doc = {**activities.new_document("", ""), **doc}
        self._restoring = True
        shown = {key for form in self.forms for key in form.fields}
        self._hidden = {key: value for key, value in doc.items() if key not in shown}
        try:
            for form in self.forms:
                form.set_value(doc)
        finally:
            self._restoring = False
        self._state = copy.deepcopy(doc)
        self._linked_processors = set(doc.get("processors") or [])
        self._update_title()
        self.run_checks()

    def document(self) -> dict[str, Any]:
        """The activity document: keys no form shows (cookies, ...) kept as they were loaded."""
        doc = dict(self._hidden)
        for form in self.forms:
            doc.update(form.field_values())
        return doc

    def is_dirty(self) -> bool:
        return self.document() != self._saved_doc

    # ------------------------------------------------------------------ editing
    def _on_change(self) -> None:
        if self._restoring:
            return
        self._undo_timer.start()
        self._check_timer.start()

    def _push_undo(self) -> None:
        after = self.document()
        if after != self._state:
            self.undo_stack.push(_Snapshot(self, copy.deepcopy(self._state), copy.deepcopy(after)))
            self._state = copy.deepcopy(after)

    def flush_undo(self) -> None:
        """Make pending typing one undo step now (before Undo is used)."""
        if self._undo_timer.isActive():
            self._undo_timer.stop()
            self._push_undo()

    def undo(self) -> None:
        self.flush_undo()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def _add_new(self, key: str, kind: str) -> None:
        dialog = CatalogueDialog(self.db, kind, None, self)
        if dialog.exec() != CatalogueDialog.DialogCode.Accepted:
            return
        code = dialog.saved_code()
        self.lookups.reload(kind)
        self.context = activities.check_context(self.db, date.today())
        self.hub.catalogue_changed.emit(kind)
        widget = self.field(key)
        widget.reload()
        picker = getattr(widget, "picker", widget)
        picker.select(code)

    def _offer_transfer(self) -> None:
        """A processor outside the EEA just linked: offer the transfer Art. 30(1)(e) needs."""
        linked = set(self.field("processors").value())
        added, self._linked_processors = linked - self._linked_processors, linked
        if self._restoring:
            return
        transfers = self.field("transfers")
        known = {t.get("country") for t in transfers.value()}
        rows = {row["code"]: row for row in self.lookups.rows.get("processor", [])}
        for code in sorted(added):
            row = rows.get(code, {})
            country = str(row.get("country") or "")
            if not country or not countries.is_third_country(country) or country in known:
                continue
            name = str(row.get("name") or code)
            where = countries.country_label(country, current())
            if confirm(
                self,
                QCoreApplication.translate(
                    "ActivityEditor",
                    "%1 is located in %2, outside the EEA. Add a transfer to %2 for it "
                    "(Art. 30(1)(e) GDPR)?",
                )
                .replace("%1", name)
                .replace("%2", where),
            ):
                transfers._add_item({"country": country, "recipient": name})
                transfers.changed.emit()
                known.add(country)
                self.tabs.setCurrentIndex(self._tab_of("transfers"))

    def _tab_of(self, key: str) -> int:
        return next(i for i, form in enumerate(self.forms) if key in form.fields)

    def reload_lookups(self) -> None:
        for key in INLINE_KINDS:
            self.field(key).reload()
        self.field("controller").reload()
        self.context = activities.check_context(self.db, date.today())
        self.run_checks()

    # ------------------------------------------------------------------ findings
    def run_checks(self) -> None:
        if self.context is None:
            return
        findings = activities.check_one(self.document(), self.context)
        lang = current()
        by_key: dict[str, list[tuple[str, str]]] = {}
        self.findings_list.clear()
        for finding in findings:
            message = finding.message(lang)
            match = _KEY.match(finding.field or "")
            key = match.group(0) if match else ""
            by_key.setdefault(key, []).append((finding.severity, message))
            mark = "●" if finding.is_error else "▲"
            item = QListWidgetItem(f"{mark} {message}", self.findings_list)
            item.setForeground(QColor(severity_colour(finding.severity)))
            item.setData(SEVERITY_ROLE, finding.severity)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(message)
        for form in self.forms:
            form.show_findings(by_key)
        if not findings:
            self._no_findings_item()
        self._update_tab_titles(by_key)
        self.current_findings = findings

    def _show_history_if_current(self) -> None:
        if self.tabs.currentWidget() is not self.history_tab:
            return
        if self.history_panel is None:
            from kgs_ropa.ui.history_view import HistoryPanel

            self.history_panel = HistoryPanel(self.db, "", self.history_tab)
            self.history_layout.addWidget(self.history_panel)
        if self.activity_id is None:  # a new activity has no history yet
            self.history_panel.model.set_rows([])
        else:
            self.history_panel.show_activity(str(self._saved_doc.get("code", "")))

    def _no_findings_item(self) -> None:
        item = QListWidgetItem(
            "✓ "
            + QCoreApplication.translate("ActivityEditor", "No findings: nothing to complete."),
            self.findings_list,
        )
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setForeground(QColor(OK))
        item.setData(Qt.ItemDataRole.UserRole, "")

    def _fit_findings_list(self) -> None:
        """A fixed height: the form below never moves as findings come and go."""
        probe = QListWidgetItem("▲", self.findings_list)  # measured as the style draws rows
        row_height = max(self.findings_list.sizeHintForRow(0), 1)
        self.findings_list.takeItem(self.findings_list.row(probe))
        frame = 2 * self.findings_list.frameWidth()
        self.findings_list.setFixedHeight(FINDING_ROWS * row_height + frame)

    def _update_tab_titles(self, by_key: dict[str, list[tuple[str, str]]]) -> None:
        for i, (form, title) in enumerate(zip(self.forms, self.section_titles, strict=True)):
            severities = [severity for key in form.fields for severity, _ in by_key.get(key, [])]
            text = QCoreApplication.translate("Form", title)
            self.tabs.setTabText(i, f"{text} {finding_marks(severities)}".rstrip())
            self.tabs.setTabToolTip(i, section_help(title))
            self.tabs.setTabWhatsThis(i, section_help(title))

    def _go_to_finding(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        for i, form in enumerate(self.forms):
            if key in form.fields:
                self.tabs.setCurrentIndex(i)
                form.fields[key].setFocus()
                return

    # ------------------------------------------------------------------ save / cancel
    def save(self) -> bool:
        self.flush_undo()
        doc = self.document()
        versioned = {**doc, activities.VERSION: self.version}
        try:
            saved = activities.save(self.db, self.activity_id, versioned, self.comment.text())
        except ServerUnreachableError:
            self.save_when_back.wait()
            return False
        except (DocumentError, StaleRecordError, KnownError) as exc:
            return self._not_saved(exc, doc)
        self._saved(saved.id, saved.version, doc)
        return True

    def _not_saved(self, exc: Exception, doc: dict[str, Any]) -> bool:
        if isinstance(exc, StaleRecordError) and self.adopt_if_saved(doc):
            return True
        self.save_when_back.done()  # a dialog says what is wrong; no more tries by themselves
        if isinstance(exc, DocumentError):
            show_error(
                self,
                QCoreApplication.translate(
                    "ActivityEditor", "Not saved: %1. Correct it and save again."
                ).replace("%1", self._go_to_problem(exc)),
            )
        elif isinstance(exc, StaleRecordError):
            self._resolve_conflict(exc, doc)
        else:
            show_error(self, user_message(exc))
        return False

    def adopt_if_saved(self, doc: dict[str, Any]) -> bool:
        """After a lost connection: the save whose answer was lost did reach the register when
        it now holds exactly this document. Take it as saved instead of saving twice."""
        if not self.save_when_back.waiting or self.activity_id is None:
            return False
        stored, version = activities.get_versioned(self.db, self.activity_id)
        if stored != doc:
            return False
        self._saved(self.activity_id, version, doc)
        return True

    def _saved(self, activity_id: int, version: int, doc: dict[str, Any]) -> None:
        self.save_when_back.done()
        self.activity_id, self.version = activity_id, version
        self._saved_doc = doc
        self._show_history_if_current()
        self.comment.clear()
        self._update_title()
        self.hub.activities_changed.emit([activity_id])
        self.saved.emit(activity_id)

    def _resolve_conflict(self, exc: StaleRecordError, mine: dict[str, Any]) -> None:
        """Someone saved this activity meanwhile: reload theirs, or choose per field."""
        from kgs_ropa.ui import conflict_dialog

        choice = conflict_dialog.ask(self, conflict_dialog.explain(exc))
        if choice == conflict_dialog.Choice.RELOAD:
            self.load(self.activity_id)
        elif choice == conflict_dialog.Choice.COMPARE:
            self.compare_with_saved(mine, conflict_dialog.explain(exc))

    def compare_with_saved(self, mine: dict[str, Any], explanation: str) -> None:
        """Both versions side by side; the merge stays in the editor, unsaved, for a look first."""
        from kgs_ropa.ui import conflict_dialog

        theirs, version = activities.get_versioned(self.db, self.activity_id or 0)
        labels = {key: form.labels[key].text() for form in self.forms for key in form.labels}
        dialog = conflict_dialog.ConflictDialog(mine, theirs, labels, explanation, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.version, self._saved_doc = version, theirs
        self.restore(dialog.merged())
        self._push_undo()

    def _go_to_problem(self, exc: DocumentError) -> str:
        """Show the field a save refused and name it by its label, in the interface language
        ("Transfer 1 › Country: not one of the known codes: 'XX'")."""
        match = _KEY.match(exc.path.removeprefix("activity."))
        key = match.group(0) if match else ""
        for i, form in enumerate(self.forms):
            if key in form.fields:
                self.tabs.setCurrentIndex(i)
                form.fields[key].setFocus()
                break
        return document_error_text(exc)

    def cancel(self) -> None:
        if self.maybe_leave():
            self.closed.emit()

    def maybe_leave(self) -> bool:
        """True when the editor may be left: nothing unsaved, saved now, or discarded."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.restore(self._saved_doc)
            return True
        return False

    # ------------------------------------------------------------------ text
    def _update_title(self) -> None:
        doc = self.document()
        name = str(doc.get("name_en") if current() == "en" and doc.get("name_en") else "")
        name = (
            name
            or str(doc.get("name") or "")
            or QCoreApplication.translate("ActivityEditor", "New activity")
        )
        mark = " *" if self._saved_doc and doc != self._saved_doc else ""
        self.title.setText(f"{doc.get('code', '')} · {name}{mark}")

    def retranslate(self) -> None:
        self.save_button.setText(QCoreApplication.translate("ActivityEditor", "Save"))
        self.save_button.setToolTip(
            QCoreApplication.translate("ActivityEditor", "Save the activity (Ctrl+S)")
        )
        self.save_button.setAccessibleName(QCoreApplication.translate("ActivityEditor", "Save"))
        self.cancel_button.setText(QCoreApplication.translate("ActivityEditor", "Close"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("ActivityEditor", "Close the editor")
        )
        self.comment.setPlaceholderText(
            QCoreApplication.translate("ActivityEditor", "Note on this change (optional)")
        )
        self.comment.setAccessibleName(
            QCoreApplication.translate("ActivityEditor", "Note on this change")
        )
        self.findings_list.setAccessibleName(
            QCoreApplication.translate("ActivityEditor", "Findings")
        )
        self.tabs.setAccessibleName(
            QCoreApplication.translate("ActivityEditor", "Sections of the activity")
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.history_tab),
            QCoreApplication.translate("ActivityEditor", "History"),
        )
        self.title.setAccessibleName(QCoreApplication.translate("ActivityEditor", "Activity"))
        if self.context is not None:
            self.run_checks()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
