"""File > Back up now and File > Restore from a backup (SQLite registers).

Installed into the File menu by the window's Actions, before the separator above Quit;
retranslates itself on the window's LanguageChange.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from kgs_ropa.services import backups
from kgs_ropa.storage import backup
from kgs_ropa.storage.errors import KnownError
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.i18n import MenuCommands
from kgs_ropa.ui.messages import as_plain, confirm, show_error

if TYPE_CHECKING:
    from kgs_ropa.ui.main_window import MainWindow

# Settings of this computer (QSettings, beside the language and the user's name); the command
# line reads KGS_ROPA_BACKUPS instead, which wins when set.
KEEP_KEY = "backups/keep"
MAX_KEPT = 1000


def apply_keep_count(settings: QSettings) -> None:
    try:
        stored = int(settings.value(KEEP_KEY, 0) or 0)
    except (TypeError, ValueError):
        stored = 0
    backup.set_keep_count(min(stored, MAX_KEPT) or None)


class BackupActions(MenuCommands):
    def __init__(self, window: MainWindow, menus: dict[str, QMenu]) -> None:
        super().__init__(window)
        self.window = window
        self.back_up_action = QAction(window)
        self.back_up_action.triggered.connect(self.back_up)
        self.restore_action = QAction(window)
        self.restore_action.triggered.connect(self.restore)
        self.keep_action = QAction(window)
        self.keep_action.triggered.connect(self.ask_keep_count)
        for action in (self.back_up_action, self.restore_action, self.keep_action):
            self.above_quit(menus["file"], action)
        apply_keep_count(window.settings)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_up_action.setText(QCoreApplication.translate("BackupActions", "&Back up now…"))
        self.restore_action.setText(
            QCoreApplication.translate("BackupActions", "Restore from a bac&kup…")
        )
        self.keep_action.setText(
            QCoreApplication.translate("BackupActions", "&Automatic backups kept…")
        )

    def ask_keep_count(self) -> int | None:
        count, accepted = QInputDialog.getInt(
            self.window,
            QCoreApplication.translate("BackupActions", "Automatic backups kept"),
            QCoreApplication.translate(
                "BackupActions",
                "How many automatic backups of each kind (daily, before an import, at a review "
                "close, before an upgrade) to keep; older ones are removed:",
            ),
            backup.keep_count(),
            1,
            MAX_KEPT,
        )
        if not accepted:
            return None
        self.window.settings.setValue(KEEP_KEY, count)
        apply_keep_count(self.window.settings)
        return count

    def _folder(self) -> str:
        try:
            return str(backup.backup_folder(self.window.db))
        except KnownError:
            return ""

    def back_up(self) -> Path | None:
        target, _filter = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("BackupActions", "Back up the register"),
            self._folder(),
            QCoreApplication.translate("BackupActions", "Register (*.sqlite)"),
        )
        if not target:
            return None
        try:
            made = backups.back_up(self.window.db, Path(target))
        except (KnownError, OSError) as exc:
            show_error(self.window, user_message(exc))
            return None
        QMessageBox.information(
            self.window,
            QCoreApplication.translate("BackupActions", "Backup made"),
            as_plain(
                QCoreApplication.translate(
                    "BackupActions", "The whole register (with its history) is in %1"
                ).replace("%1", str(made))
            ),
        )
        return made

    def restore(self) -> bool:
        source, _filter = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("BackupActions", "Restore from a backup"),
            self._folder(),
            QCoreApplication.translate("BackupActions", "Register (*.sqlite)"),
        )
        if not source:
            return False
        question = QCoreApplication.translate(
            "BackupActions",
            "Replace the register by the backup %1? The register as it is now is kept in the "
            "backups folder first.",
        ).replace("%1", source)
        if not self.window._leave_editor() or not confirm(self.window, question):
            return False
        try:
            backups.restore(self.window.db, Path(source))
        except (KnownError, OSError) as exc:
            show_error(self.window, user_message(exc))
            return False
        self.window.actions_.refresh()
        return True
