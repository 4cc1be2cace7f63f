"""Review > Privacy statement…: the menu command. The dialog and what it imports (the statement
builder and its check) load only when the command is first used, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from kgs_ropa.ui.i18n import MenuCommands

if TYPE_CHECKING:
    from kgs_ropa.ui.main_window import MainWindow
    from kgs_ropa.ui.notice_dialog import NoticeDialog


class NoticeActions(MenuCommands):
    """Review > Privacy statement…, installed into the main window's menus."""

    def __init__(self, window: MainWindow, menus: dict[str, QMenu]) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.triggered.connect(self.show)
        menus["review"].addAction(self.action)
        self.dialog: NoticeDialog | None = None
        self.retranslate()

    def show(self) -> None:
        from kgs_ropa.ui.notice_dialog import NoticeDialog

        if self.dialog is not None:
            self.dialog.close()
        self.dialog = NoticeDialog(self.window.db, self.window)
        self.dialog.show()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("NoticeDialog", "&Privacy statement…"))
        self.action.setToolTip(
            QCoreApplication.translate(
                "NoticeDialog", "Privacy statement from the register, and its check"
            )
        )
