"""The main window: navigation, pages, and the flows between register, editor and catalogues."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.services import activities, catalogues, findings_cache, impact, trash
from kgs_ropa.services.document import DocumentError
from kgs_ropa.services.setup import RegisterNotEmptyError, initialise
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.storage.errors import KnownError
from kgs_ropa.ui import i18n, register_files, tasks, user_name
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.hub import Hub
from kgs_ropa.ui.lazy_pages import LazyPages
from kgs_ropa.ui.lookups import Lookups
from kgs_ropa.ui.main_actions import Actions
from kgs_ropa.ui.messages import confirm, plural, show_error
from kgs_ropa.ui.navigation import COUNT_ROLE, expanded_width, set_compact, style_navigation
from kgs_ropa.ui.page_header import PageHeader
from kgs_ropa.ui.pages import CATALOGUE_KINDS, EXPLANATIONS, TITLES, page_factories
from kgs_ropa.ui.read_only import ReadOnlyMode
from kgs_ropa.ui.register_view import RegisterView
from kgs_ropa.ui.theme import SPACE_L, SPACE_S
from kgs_ropa.ui.welcome_view import WelcomeView

if TYPE_CHECKING:
    from kgs_ropa.ui.catalogue_view import CatalogueView
    from kgs_ropa.ui.dashboard_view import DashboardView
    from kgs_ropa.ui.editor import ActivityEditor
    from kgs_ropa.ui.organisation_view import OrganisationView
    from kgs_ropa.ui.transfers_view import TransfersView
    from kgs_ropa.ui.vocabulary_view import VocabularyView


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.hub = Hub(self)
        self.lookups = Lookups(db)
        self._activity_labels: dict[int, str] = {}
        self.deleted: list[dict[str, Any]] = []  # the last delete, for Undo delete
        self._checking = self._check_again = False
        # Findings by severity, for the dashboard (None until checked; it may be built later).
        self.severities: dict[str, int] | None = None
        self._counts: dict[str, int] = {}  # the navigation's, by page key
        self._build_pages()
        self.read_only_mode = ReadOnlyMode(self, self.banner)
        self.actions_ = Actions(self)
        self._connect()
        self.reload_register()
        self._restore_layout()
        register_files.remember(settings, db.display_name)
        self.user_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.user_label)
        self.apply_user_name()
        self.retranslate()
        self.show_page("welcome" if self._is_empty() else "register")
        self.read_only_mode.start()

    # ------------------------------------------------------------------ building
    def _build_pages(self) -> None:
        """The welcome and register pages now; every other page when first needed."""
        self.stack = QStackedWidget(self)
        self.welcome = WelcomeView(self)
        self.register = RegisterView(self.db, self.lookups, self)
        self.pages = LazyPages(self.stack, page_factories(self), self._page_built)
        self.pages.build("welcome")
        self.pages.build("register")
        self.nav = QListWidget(self)
        for key in (key for key in self.pages if key in TITLES):  # in the pages' order
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        style_navigation(self.nav)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.setCentralWidget(self._frame())

    def _frame(self) -> QWidget:
        """Navigation pane at the left; at the right the page under its header."""
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(SPACE_S, 0, SPACE_L, SPACE_S)
        self.banner = QLabel(central)  # says why the register is read-only, when it is
        column.addWidget(self.banner)
        self.header = PageHeader(central)
        page_column = QVBoxLayout()
        page_column.setContentsMargins(0, SPACE_S, 0, 0)
        page_column.setSpacing(SPACE_S)
        page_column.addWidget(self.header)
        page_column.addWidget(self.stack, 1)
        layout = QHBoxLayout()
        layout.setSpacing(SPACE_L)
        layout.addWidget(self.nav)
        layout.addLayout(page_column, 1)
        column.addLayout(layout, 1)
        return central

    def _fit_navigation(self) -> None:
        """The pane is wide enough for the longest title in this language; in the editor on a
        narrow window it shows its icons only, so that every section's tab fits."""
        if not self.pages.is_shown("editor"):  # never builds the editor to find out
            set_compact(self.nav, False)
            return
        tabs = self.editor.tabs.tabBar().sizeHint().width()
        beside_tabs = self.editor.width() - self.editor.tabs.width()
        room = self.stack.width() + self.nav.width() - expanded_width(self.nav) - beside_tabs
        set_compact(self.nav, tabs > room)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._fit_navigation()

    def _show_header(self) -> None:
        """The page's title and what it is for; the welcome page and the editor have their own."""
        shown = self.stack.currentWidget()
        key = self.pages.key_of(shown)
        self.header.setVisible(key in EXPLANATIONS)
        self._fit_navigation()
        if key in EXPLANATIONS:
            self.header.show_page(tr(TITLES[key]), tr(EXPLANATIONS[key]))

    def _page_built(self, _key: str, _page: QWidget) -> None:
        read_only_mode = getattr(self, "read_only_mode", None)  # None while the window is built
        if read_only_mode is not None:
            read_only_mode.enforce()

    # The pages built when first asked for, by name (as the window's code and tests use them).
    @property
    def dashboard(self) -> DashboardView:
        return cast("DashboardView", self.pages["dashboard"])

    @property
    def editor(self) -> ActivityEditor:
        return cast("ActivityEditor", self.pages["editor"])

    @property
    def transfers(self) -> TransfersView:
        return cast("TransfersView", self.pages["transfers"])

    @property
    def organisation(self) -> OrganisationView:
        return cast("OrganisationView", self.pages["organisation"])

    @property
    def vocabularies(self) -> VocabularyView:
        return cast("VocabularyView", self.pages["vocabularies"])

    @property
    def catalogues(self) -> dict[str, CatalogueView]:
        """Every catalogue page (building those not built yet)."""
        return {key: cast("CatalogueView", self.pages[key]) for key in CATALOGUE_KINDS}

    def built_catalogues(self) -> list[CatalogueView]:
        built = self.pages.built()
        return [cast("CatalogueView", built[key]) for key in CATALOGUE_KINDS if key in built]

    def built_page(self, key: str) -> Any:
        """The page `key` if it was built, else None (without building it)."""
        return self.pages.built().get(key)

    def _connect(self) -> None:
        self.welcome.start_empty.connect(lambda: self.show_page("register"))
        self.welcome.load_example.connect(self.load_example)
        self.welcome.fill_organisation.connect(lambda: self.show_page("organisation"))
        self.welcome.open_dashboard.connect(lambda: self.show_page("dashboard"))
        self.register.edit_requested.connect(self.edit_activity)
        self.register.selection_changed.connect(self.actions_.update_enabled)
        self.hub.activities_changed.connect(self._activities_changed)
        self.hub.catalogue_changed.connect(self._catalogue_changed)
        self.hub.findings_ready.connect(self._findings_ready)

    # ------------------------------------------------------------------ data
    def _is_empty(self) -> bool:
        return not self.register.model.all_rows and catalogues.organisation_is_empty(self.db)

    def reload_register(self) -> None:
        """Show the table at once; the full search text and the findings follow off-thread."""
        rows = activities.list_rows(self.db, with_text=False)
        self.register.load(rows)
        self._activity_labels = {row.id: row.code for row in rows}
        # Once the rows are painted, so the first paint does not wait on the threads' GIL.
        QTimer.singleShot(0, self._start_after_paint)

    def _start_after_paint(self) -> None:
        tasks.after_paint(self.register.table.viewport(), self._start_background)

    def update_counts(self) -> None:
        """The navigation shows how many entries each list page holds."""
        # Counted in the database: the pages themselves may not be built yet.
        by_kind = catalogues.counts(self.db, CATALOGUE_KINDS.values())
        counts: dict[str, int] = {
            "register": len(self.register.model.all_rows),
            "transfers": impact.transfer_count(self.db),
        }
        counts.update({key: by_kind[kind] for key, kind in CATALOGUE_KINDS.items()})
        self._counts = counts
        self._show_counts()

    def _show_counts(self) -> None:
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setData(COUNT_ROLE, self._counts.get(key))
            item.setToolTip(item.text())  # the compact pane shows only the icon
            if key in self._counts:
                text = f"{item.text()}, {self._counts[key]}"
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                item.setToolTip(f"{item.text()} ({i18n.number(self._counts[key])})")

    def _start_background(self) -> None:
        """Once the register has painted: the navigation's counts, then off the GUI thread the
        search texts first (typing to search is the first thing many do), then the findings,
        one after the other."""
        self.update_counts()
        task = tasks.Task(activities.search_texts, self.db)
        model, generation = self.register.model, self.register.model.generation
        tasks.start(
            task,
            lambda texts: model.set_search_texts(texts, generation),
            self._background_failed,
            in_turn=True,
        )
        self.refresh_findings()

    def _background_failed(self, exc: object) -> None:
        """Already logged with its traceback; the register stays usable without it."""
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Could not finish a background step: %1"
            ).replace("%1", user_message(exc) if isinstance(exc, BaseException) else str(exc)),
            10000,
        )

    def refresh_findings(self) -> None:
        """Check the whole register off the GUI thread; the counts arrive by the hub.

        One check at a time: saves during a check ask for one more run when it ends.
        """
        if self._checking:
            self._check_again = True
            return
        self._checking, self._check_again = True, False
        # Kept between starts while the register's history says nothing changed.
        task = tasks.Task(findings_cache.register_counts, self.db, date.today())
        tasks.start(task, self._findings_computed, self._findings_failed, in_turn=True)

    def _findings_computed(self, counts: findings_cache.FindingCounts) -> None:
        self._checking = False
        self.hub.findings_ready.emit(counts.per_activity, counts.severities)
        if self._check_again:
            self.refresh_findings()

    def _findings_failed(self, exc: object) -> None:
        self._checking = False
        self._background_failed(exc)

    def _findings_ready(
        self, counts: dict[str, tuple[int, int]], severities: dict[str, int]
    ) -> None:
        self.register.model.set_findings(counts, refilter=False)
        self.register.apply_filter()  # filters and sorts the rows once, keeping the selection
        self.severities = severities
        if dashboard := self.built_page("dashboard"):
            dashboard.set_severities(self.severities)

    def _activities_changed(self, ids: list[int]) -> None:
        if ids:
            changed = activities.list_rows(self.db, ids)
            gone = set(ids) - {row.id for row in changed}
            self.register.model.replace_rows(changed, gone)
            self.register._update_count()
            self.register.show_details(force=True)
            self._activity_labels.update({row.id: row.code for row in changed})
            self.refresh_findings()
        else:
            self.reload_register()
        if transfers := self.built_page("transfers"):
            transfers.reload()
        self.update_counts()
        if self.pages.is_shown("dashboard"):
            self.dashboard.reload()

    def _catalogue_changed(self, kind: str) -> None:
        QTimer.singleShot(0, self.update_counts)  # after the page reloaded its rows
        self.lookups.reload(kind)
        self.register.refresh_lookups()
        if editor := self.built_page("editor"):
            editor.reload_lookups()

    def activity_choices(self, lang: str) -> list[tuple[int, str]]:
        return [(row.id, f"{row.code} · {row.name}") for row in self.register.model.all_rows]

    def activity_label(self, activity_id: Any) -> str:
        return self._activity_labels.get(activity_id, "") if activity_id else ""

    # ------------------------------------------------------------------ pages
    def show_page(self, key: str) -> None:
        if not self._leave_editor():
            return
        page = self.pages[key]
        if key == "dashboard":
            self.dashboard.reload()
        if key == "welcome":
            self.welcome.set_activity_count(
                len(self.register.model.all_rows),
                organisation_filled=not catalogues.organisation_is_empty(self.db),
            )
        self.stack.setCurrentWidget(page)
        self._show_header()
        self._select_nav(key)
        self.actions_.update_enabled()

    def show_register_filtered(self, preset: dict[str, Any]) -> None:
        self.show_page("register")
        if self.current_page() is self.register:
            self.register.show_filtered(preset)

    def _select_nav(self, key: str) -> None:
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentItem(item)
                self.nav.blockSignals(False)

    def _nav_changed(self, item: QListWidgetItem | None, previous: Any) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if self.pages.is_shown(key):
            return
        if not self._leave_editor():
            shown = self.pages.key_of(self.stack.currentWidget())
            self._select_nav("register" if shown in (None, "editor") else shown)
            return
        self.show_page(key)

    def _leave_editor(self) -> bool:
        """Leave the page shown, asking first when its form has unsaved changes."""
        maybe_leave = getattr(self.stack.currentWidget(), "maybe_leave", None)
        return True if maybe_leave is None else bool(maybe_leave())

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    # ------------------------------------------------------------------ activities
    def edit_activity(self, activity_id: int) -> None:
        if not self._leave_editor():
            return
        try:
            self.editor.load(activity_id)
        except StorageError as exc:
            show_error(self, user_message(exc))
            return
        self._open_editor()
        self.editor.focus_section()  # not the change note: the form is what one came for

    def new_activity(self) -> None:
        if not self._leave_editor():
            return
        code = activities.next_activity_code(self.db)
        doc = activities.new_document(code, "")
        doc["controller"] = activities.sole_controller(self.db)
        self.editor.load(None, doc)
        self._open_editor()
        self.editor.field("name").setFocus()

    def new_activity_from(self, doc: dict[str, Any]) -> None:
        """Open `doc` (a filled-in new activity, as from the library) as an unsaved draft."""
        if not self._leave_editor():
            return
        if doc.get("controller") is None:
            doc = {**doc, "controller": activities.sole_controller(self.db)}
        self.editor.load(None, doc, unsaved=True)
        self._open_editor()
        self.editor.field("name").setFocus()

    def _open_editor(self) -> None:
        self.stack.setCurrentWidget(self.editor)
        self._show_header()
        self._select_nav("register")
        self.actions_.update_enabled()

    def editor_saved(self, activity_id: int) -> None:
        self.register.select(activity_id)

    def duplicate_selected(self) -> None:
        """Open a copy in the editor; nothing is written until the user saves it."""
        ids = self.register.selected_ids()
        if len(ids) != 1 or not self._leave_editor():
            return
        try:
            doc = activities.copy_document(self.db, ids[0])
        except KnownError as exc:
            show_error(self, user_message(exc))
            return
        self.editor.load(None, doc, unsaved=True)
        self._open_editor()
        self.editor.field("name").setFocus()
        self.editor.field("name").selectAll()

    def retire_selected(self) -> None:
        ids = self.register.selected_ids()
        if ids and confirm(
            self,
            plural(
                self.tr(
                    "Retire %n activities? They stay in the register, marked as retired.",
                    "",
                    len(ids),
                ),
                len(ids),
                "Retire 1 activity? It stays in the register, marked as retired.",
            ),
        ):
            self._change(activities.set_status, ids, "retired")

    def delete_selected(self) -> None:
        ids = self.register.selected_ids()
        if not ids:
            return
        question = plural(
            self.tr(
                "Delete these %n activities? Retiring keeps them on record. Edit > Deleted "
                "activities puts them back, also after the app was closed.",
                "",
                len(ids),
            ),
            len(ids),
            "Delete this activity? Retiring keeps it on record. Edit > Deleted activities "
            "puts it back, also after the app was closed.",
        )
        if not confirm(self, f"{question}\n\n{self._titles(ids)}"):
            return
        try:
            docs = [activities.get_document(self.db, i) for i in ids]
            activities.delete(self.db, ids)
        except KnownError as exc:
            show_error(self, user_message(exc))
            return
        self.deleted = docs
        self.actions_.update_enabled()
        self.hub.activities_changed.emit(ids)
        self.statusBar().showMessage(
            self.tr("Deleted: %1").replace("%1", ", ".join(str(d["code"]) for d in docs)), 15000
        )

    def _titles(self, ids: list[int], most: int = 10) -> str:
        """The code and name of each activity, one a line, at most `most` of them."""
        rows = {row.id: row for row in self.register.model.all_rows}
        lines = [f"{rows[i].code} · {rows[i].name}" for i in ids[:most] if i in rows]
        if len(ids) > most:
            lines.append(self.tr("… and %1 more").replace("%1", str(len(ids) - most)))
        return "\n".join(lines)

    def undo_delete(self) -> None:
        """Put the activities of the last delete back, under their own codes."""
        if not self.deleted:
            return
        try:
            restored = activities.restore_documents(self.db, self.deleted, self.tr("Undo delete"))
        except (KnownError, DocumentError) as exc:
            show_error(self, user_message(exc))
            return
        self._restored(restored)

    def show_deleted(self) -> QWidget:
        """The deleted activities, from the history: restorable after any restart."""
        from kgs_ropa.ui.trash_dialog import TrashDialog  # first use only: off the start-up path

        dialog = TrashDialog(self.db, self)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, ids: list[int]) -> None:
        # Undo delete keeps only what is still deleted: nothing comes back twice.
        still_deleted = {item.code for item in trash.deleted(self.db)}
        self.deleted = [doc for doc in self.deleted if doc.get("code") in still_deleted]
        self.actions_.update_enabled()
        self.show_page("register")
        self.hub.activities_changed.emit(ids)
        self.register.select(ids[0])

    def _change(self, action: Callable[..., object], ids: list[int], *args: object) -> None:
        """Runs a change of activities; a known error (locked, read-only, ...) is shown."""
        try:
            action(self.db, ids, *args)
        except KnownError as exc:
            show_error(self, user_message(exc))
            return
        self.hub.activities_changed.emit(ids)

    def load_example(self) -> None:
        replace = not catalogues.organisation_is_empty(self.db)
        if replace and not confirm(
            self,
            self.tr(
                "This register already has an organisation. The example brings its own "
                "(KGS Diamond as the controller, with its contacts and settings) and replaces "
                "yours, so that the register has one controller. Load the example?"
            ),
        ):
            return
        try:
            initialise(self.db, "kgs", replace_organisation=replace)
        except RegisterNotEmptyError:
            show_error(
                self,
                self.tr(
                    "This register already holds activities. The example is only loaded into an "
                    "empty register; start KGS ROPA with a new database file to explore it."
                ),
            )
            return
        except StorageError as exc:
            show_error(self, user_message(exc))
            return
        self.lookups.reload()
        self.reload_built_pages()
        self.reload_register()
        self.show_page("register")

    def reload_built_pages(self) -> None:
        """Read the register again into every page built so far (the others read it when
        first shown)."""
        for page in self.built_catalogues():
            page.reload()
        if organisation := self.built_page("organisation"):
            organisation.entities.reload()
            organisation.contacts.reload()
            organisation.reload_settings()
        self.register.refresh_lookups()
        # The editor's pickers were filled from the register before: the controller would show
        # its code instead of the company's name.
        if editor := self.built_page("editor"):
            editor.reload_lookups()
        if transfers := self.built_page("transfers"):
            transfers.reload()

    def apply_user_name(self) -> None:
        self.user_name = user_name.apply(self.settings)
        self.user_label.setText(self.tr("Changes recorded as: %1").replace("%1", self.user_name))

    def ask_user_name(self) -> None:
        if user_name.UserNameDialog(self.settings, self).exec():
            self.apply_user_name()

    # ------------------------------------------------------------------ language and layout
    def set_language(self, lang: str) -> None:
        i18n.switch(lang)
        i18n.remember(self.settings, lang)

    def retranslate(self) -> None:
        # Which register this is, first: the taskbar shows the start of the title.
        self.setWindowTitle(
            f"{register_files.title_name(self.db.display_name)} — "
            + QCoreApplication.translate("MainWindow", "KGS ROPA — record of processing activities")
        )
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setText(tr(TITLES[item.data(Qt.ItemDataRole.UserRole)]))
        self._show_counts()  # their accessible texts in this language
        self._show_header()
        self._fit_navigation()
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Sections"))
        self.user_label.setText(self.tr("Changes recorded as: %1").replace("%1", self.user_name))
        self.user_label.setAccessibleName(self.user_label.text())
        self.actions_.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        columns = self.settings.value("register/columns")
        if columns is not None:
            self.register.table.horizontalHeader().restoreState(columns)
        else:
            self._default_columns()
        self.register.fit_headers()  # saved widths may come from the other language
        splitter = self.settings.value("register/splitter")
        if splitter is None or not self.register.splitter.restoreState(splitter):
            # The details pane gets a third: it holds a whole activity, not a column.
            width = self.width()
            self.register.splitter.setSizes([width * 2 // 3, width // 3])

    def _default_geometry(self) -> None:
        """Most of the screen, centred: a register is a wide table."""
        screen = self.screen().availableGeometry()
        width, height = int(screen.width() * 0.85), int(screen.height() * 0.85)
        self.setGeometry(
            screen.x() + (screen.width() - width) // 2,
            screen.y() + (screen.height() - height) // 2,
            width,
            height,
        )

    def _default_columns(self) -> None:
        width = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate((10, 44, 10, 14, 20, 22, 46, 28, 40)):
            self.register.table.setColumnWidth(column, width * chars)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue(
            "register/columns", self.register.table.horizontalHeader().saveState()
        )
        self.settings.setValue("register/splitter", self.register.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        if not self._leave_editor():
            event.ignore()
            return
        self.save_layout()
        tasks.wait_all()
        event.accept()
