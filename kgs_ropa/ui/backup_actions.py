"""File > Back up now and File > Restore from a backup (SQLite registers).

Installed into the File menu by the window's Actions, before the separator above Quit;
retranslates itself on the window's LanguageChange.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from kgs_ropa.services import backups
from kgs_ropa.storage import backup
from kgs_ropa.storage.errors import KnownError
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.i18n import MenuCommands
from kgs_ropa.ui.messages import as_plain, confirm, show_error

if TYPE_CHECKING:
    from kgs_ropa.ui.main_window import MainWindow


class BackupActions(MenuCommands):
    def __init__(self, window: MainWindow, menus: dict[str, QMenu]) -> None:
        super().__init__(window)
        self.window = window
        self.back_up_action = QAction(window)
        self.back_up_action.triggered.connect(self.back_up)
        self.restore_action = QAction(window)
        self.restore_action.triggered.connect(self.restore)
        for action in (self.back_up_action, self.restore_action):
            self.above_quit(menus["file"], action)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_up_action.setText(QCoreApplication.translate("BackupActions", "&Back up now…"))
        self.restore_action.setText(
            QCoreApplication.translate("BackupActions", "Restore from a bac&kup…")
        )

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
