"""Menus, toolbar and keyboard shortcuts of the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QToolBar, QWhatsThis

from kgs_ropa.ui import i18n, register_files
from kgs_ropa.ui.backup_actions import BackupActions
from kgs_ropa.ui.icons import icon
from kgs_ropa.ui.library_actions import LibraryActions
from kgs_ropa.ui.messages import show_error
from kgs_ropa.ui.notice_actions import NoticeActions
from kgs_ropa.ui.paths import documents_folder, free_path
from kgs_ropa.ui.print_actions import PrintActions
from kgs_ropa.ui.review_actions import ReviewActions

if TYPE_CHECKING:
    from kgs_ropa.ui.export_dialog import ExportDialog
    from kgs_ropa.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class Actions:
    """Every command of the window as a QAction; menus and toolbar share them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.all: dict[str, QAction] = {}
        self._create()
        self._menus()
        self._toolbar()

    def _action(
        self, key: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.all[key] = action
        return action

    def _create(self) -> None:
        w = self.window
        std = QKeySequence.StandardKey
        self._action("new", w.new_activity, QKeySequence(std.New))
        self._action("open_register", self.open_register, QKeySequence(std.Open))
        self._action("new_register", self.new_register, None)
        self._action("save", lambda: w.editor.save(), QKeySequence(std.Save))
        self._action("import", self.import_file, "Ctrl+I")
        self._action("export", self.export, "Ctrl+E")
        self._action("export_activity", self.export_activity, "Ctrl+Shift+E")
        self._action("quit", w.close, QKeySequence(std.Quit))
        self._action("undo", lambda: w.editor.undo(), None)
        self._action("redo", lambda: w.editor.redo(), None)
        self._action("find", self.find, QKeySequence(std.Find))
        self._action("edit", self.edit_selected, "Ctrl+Return")
        self._action("duplicate", w.duplicate_selected, "Ctrl+D")
        self._action("retire", w.retire_selected, None)
        self._action("delete", w.delete_selected, QKeySequence(std.Delete))
        self._action("undo_delete", w.undo_delete, None)
        self._action("deleted_activities", w.show_deleted, None)
        self._action("refresh", self.refresh, QKeySequence(std.Refresh))
        self._action("reviews_due", self.reviews_due, None)
        self._action("guide", self.guide, QKeySequence(std.HelpContents))
        self._action("about", self.about, None)
        self._action("log_folder", self.open_log_folder, None)
        self._action("user_name", w.ask_user_name, None)
        self.all["whats_this"] = QWhatsThis.createAction(self.window)
        for number, key in enumerate(("register", "dashboard", "processors"), start=1):
            self._action(f"page_{key}", lambda _c=False, k=key: w.show_page(k), f"Ctrl+{number}")
        self.languages = QActionGroup(self.window)
        for lang in i18n.LANGUAGES:
            action = self._action(f"lang_{lang}", lambda _c=False, code=lang: w.set_language(code))
            action.setCheckable(True)
            action.setChecked(lang == i18n.current())
            self.languages.addAction(action)
        self.all["lang_nl"].setText("Nederlands")
        self.all["lang_en"].setText("English")
        # The form's undo is for the whole form; a text field's own Ctrl+Z still undoes typing.
        self.all["undo"].setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.all["redo"].setShortcut(QKeySequence("Ctrl+Shift+Y"))

    def _menus(self) -> None:
        bar = self.window.menuBar()
        self.menus: dict[str, QMenu] = {}
        layout: dict[str, list[str | None]] = {
            "file": ["open_register", "new_register", None, "new", "save", None, "import"]
            + ["export", "export_activity", None, "quit"],
            "edit": [
                "undo",
                "redo",
                None,
                "find",
                "edit",
                "duplicate",
                "retire",
                "delete",
                "undo_delete",
                "deleted_activities",
                None,
                "user_name",
            ],
            "view": ["page_register", "page_dashboard", "page_processors", None, "refresh"],
            "review": ["reviews_due"],
            "help": ["guide", "whats_this", None, "log_folder", "about"],
        }
        for name, keys in layout.items():
            menu = bar.addMenu("")
            self.menus[name] = menu
            for key in keys:
                if key is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.all[key])
        self.recent_menu = QMenu(self.window)
        self.menus["file"].insertMenu(self.all["new_register"], self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.language_menu = self.menus["view"].addMenu("")
        for lang in i18n.LANGUAGES:
            self.language_menu.addAction(self.all[f"lang_{lang}"])
        # Review sessions, history, snapshots and the inquiry pack add their own commands, and
        # so does the privacy statement.
        self.review = ReviewActions(self.window, self.menus)
        self.notice = NoticeActions(self.window, self.menus)
        self.backups = BackupActions(self.window, self.menus)
        self.library = LibraryActions(self.window, self.menus, self.all["new"])
        self.printing = PrintActions(self.window, self.menus)

    def _toolbar(self) -> None:
        """The daily commands, each with its icon and its name beside it."""
        self.toolbar = QToolBar(self.window)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        review = self.review.all
        commands = {
            "new": self.all["new"],
            "save": self.all["save"],
            "duplicate": self.all["duplicate"],
            "retire": self.all["retire"],
            "delete": self.all["delete"],
            None: None,
            "import": self.all["import"],
            "export": self.all["export"],
            "print": self.printing.register_action,
            "review": review["session"],
            "history": review["history"],
        }
        self.toolbar_actions: dict[str, QAction] = {}
        for name, action in commands.items():
            if name is None or action is None:
                self.toolbar.addSeparator()
                continue
            action.setIcon(icon(name))
            self.toolbar.addAction(action)
            self.toolbar_actions[name] = action
        self.window.addToolBar(self.toolbar)

    # ------------------------------------------------------------------ registers
    def _register_filter(self) -> str:
        return QCoreApplication.translate(
            "MainWindow", "KGS ROPA register (*.sqlite *.db);;All files (*)"
        )

    def open_register(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Open a register"),
            str(documents_folder()),
            self._register_filter(),
        )
        if path:
            self.open_in_window(Path(path))

    def new_register(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "New register"),
            str(free_path(documents_folder() / "register.sqlite")),
            self._register_filter(),
        )
        if path:
            target = Path(path)
            if target.exists():  # a new register never takes over an existing file
                show_error(
                    self.window,
                    QCoreApplication.translate(
                        "MainWindow", "%1 already exists; choose a new name."
                    ).replace("%1", str(target)),
                )
                return
            self.open_in_window(target)

    def open_in_window(self, path: Path) -> None:
        if str(path) == self.window.db.display_name:
            return  # already this window
        if register_files.launch(path):
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "%1 opens in a window of its own."
                ).replace("%1", path.name),
                10000,
            )
        else:
            show_error(
                self.window,
                QCoreApplication.translate(
                    "MainWindow", "KGS ROPA could not be started for %1."
                ).replace("%1", str(path)),
            )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.window.db.display_name
        entries = [r for r in register_files.recent(self.window.settings) if r != current]
        for entry in entries:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _c=False, e=entry: self.open_in_window(Path(e)))
        if not entries:
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "No other registers yet")
            ).setEnabled(False)

    # ------------------------------------------------------------------ commands
    def find(self) -> None:
        self.window.show_page("register")
        self.window.register.search.setFocus()
        self.window.register.search.selectAll()

    def edit_selected(self) -> None:
        ids = self.window.register.selected_ids()
        if ids:
            self.window.edit_activity(ids[0])

    def refresh(self) -> None:
        self.window.lookups.reload()
        self.window.reload_register()
        self.window.reload_built_pages()

    def reviews_due(self) -> None:
        self.window.show_page("register")
        self.window.register.show_review_due()

    def import_file(self) -> None:
        from kgs_ropa.ui.import_dialog import ImportDialog

        ImportDialog(self.window.db, self.window.hub, self.window).open()

    def export(self) -> ExportDialog:
        from kgs_ropa.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.window.db, self.window.register, self.window)
        dialog.open()
        return dialog

    def export_activity(self) -> ExportDialog | None:
        """The export dialog for the activity open in the editor (saved first if changed)."""
        w = self.window
        editor = w.editor
        if editor.is_dirty() and not editor.save():
            return
        if editor.activity_id is None:
            return
        register = w.register
        register.select(editor.activity_id)
        if register.selected_ids() != [editor.activity_id]:  # hidden by a filter
            register.clear_filters()
            register.select(editor.activity_id)
        dialog = self.export()
        dialog.scope.setCurrentIndex(max(dialog.scope.findData("selected"), 0))
        return dialog

    def guide(self) -> None:
        from kgs_ropa.ui.help_dialogs import GuideDialog

        GuideDialog(self.window).open()

    def about(self) -> None:
        from kgs_ropa.ui.help_dialogs import AboutDialog

        AboutDialog(self.window).open()

    def open_log_folder(self) -> None:
        from kgs_ropa.app import log_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def update_enabled(self) -> None:
        w = self.window
        editing = w.pages.is_shown("editor")
        in_register = w.current_page() is w.register
        selected = len(w.register.selected_ids()) if in_register else 0
        self.all["save"].setEnabled(editing)
        self.all["export_activity"].setEnabled(editing)
        self.all["undo"].setEnabled(editing)
        self.all["redo"].setEnabled(editing)
        self.all["edit"].setEnabled(selected == 1)
        self.all["duplicate"].setEnabled(selected == 1)
        self.all["retire"].setEnabled(selected > 0)
        self.all["delete"].setEnabled(selected > 0)
        self.all["undo_delete"].setEnabled(bool(w.deleted))
        w.read_only_mode.enforce()

    # ------------------------------------------------------------------ text
    def _toolbar_texts(self) -> None:
        """Short names beside the toolbar's icons; the menus keep the full ones."""
        texts = {
            "new": QCoreApplication.translate("MainWindow", "New"),
            "save": QCoreApplication.translate("MainWindow", "Save"),
            "duplicate": QCoreApplication.translate("MainWindow", "Duplicate"),
            "retire": QCoreApplication.translate("MainWindow", "Retire"),
            "delete": QCoreApplication.translate("MainWindow", "Delete"),
            "import": QCoreApplication.translate("MainWindow", "Import"),
            "export": QCoreApplication.translate("MainWindow", "Export"),
            "print": QCoreApplication.translate("MainWindow", "Print"),
            "review": QCoreApplication.translate("MainWindow", "Review"),
            "history": QCoreApplication.translate("MainWindow", "History"),
        }
        for key, text in texts.items():
            self.toolbar_actions[key].setIconText(text)

    def retranslate(self) -> None:
        texts = {
            "new": QCoreApplication.translate("MainWindow", "&New activity"),
            "open_register": QCoreApplication.translate("MainWindow", "&Open register…"),
            "new_register": QCoreApplication.translate("MainWindow", "New re&gister…"),
            "save": QCoreApplication.translate("MainWindow", "&Save"),
            "import": QCoreApplication.translate("MainWindow", "&Import…"),
            "export": QCoreApplication.translate("MainWindow", "&Export…"),
            "export_activity": QCoreApplication.translate("MainWindow", "Export &this activity…"),
            "quit": QCoreApplication.translate("MainWindow", "&Quit"),
            "undo": QCoreApplication.translate("MainWindow", "&Undo in form"),
            "redo": QCoreApplication.translate("MainWindow", "&Redo in form"),
            "find": QCoreApplication.translate("MainWindow", "&Find…"),
            "edit": QCoreApplication.translate("MainWindow", "&Edit activity"),
            "duplicate": QCoreApplication.translate("MainWindow", "Duplica&te"),
            "retire": QCoreApplication.translate("MainWindow", "Ret&ire"),
            "delete": QCoreApplication.translate("MainWindow", "&Delete…"),
            "undo_delete": QCoreApplication.translate("MainWindow", "Undo de&lete"),
            "deleted_activities": QCoreApplication.translate("MainWindow", "Deleted acti&vities…"),
            "refresh": QCoreApplication.translate("MainWindow", "Re&fresh"),
            "reviews_due": QCoreApplication.translate("MainWindow", "Activities &due for review"),
            "guide": QCoreApplication.translate("MainWindow", "User &guide"),
            "about": QCoreApplication.translate("MainWindow", "&About KGS ROPA"),
            "log_folder": QCoreApplication.translate("MainWindow", "Open the &log folder"),
            "user_name": QCoreApplication.translate("MainWindow", "Your &name…"),
            "whats_this": QCoreApplication.translate("MainWindow", "What's &this?"),
            "page_register": QCoreApplication.translate("MainWindow", "&Register"),
            "page_dashboard": QCoreApplication.translate("MainWindow", "&Dashboard"),
            "page_processors": QCoreApplication.translate("MainWindow", "&Processors"),
        }
        for key, text in texts.items():
            self.all[key].setText(text)
            self.all[key].setToolTip(text.replace("&", ""))
        titles = {
            "file": QCoreApplication.translate("MainWindow", "&File"),
            "edit": QCoreApplication.translate("MainWindow", "&Edit"),
            "view": QCoreApplication.translate("MainWindow", "&View"),
            "review": QCoreApplication.translate("MainWindow", "&Review"),
            "help": QCoreApplication.translate("MainWindow", "&Help"),
        }
        for key, text in titles.items():
            self.menus[key].setTitle(text)
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "&Recent registers"))
        self._toolbar_texts()
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Toolbar"))
        self.toolbar.setAccessibleName(QCoreApplication.translate("MainWindow", "Toolbar"))
        self.all[f"lang_{i18n.current()}"].setChecked(True)
