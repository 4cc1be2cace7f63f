"""The Review menu's session, history, snapshot and compare commands, and File > Inquiry pack.

Installed into the main window's menus by the window's Actions; retranslates itself on the
window's LanguageChange.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from kgs_ropa.storage.database import StorageError
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.i18n import MenuCommands
from kgs_ropa.ui.messages import show_error

if TYPE_CHECKING:
    from kgs_ropa.ui.main_window import MainWindow


class ReviewActions(MenuCommands):
    def __init__(self, window: MainWindow, menus: dict[str, QMenu]) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs: dict[str, Any] = {}
        self.all: dict[str, QAction] = {}
        for key, slot in (
            ("session", self.review_session),
            ("history", self.history),
            ("activity_history", self.activity_history),
            ("snapshot", self.snapshot),
            ("compare", self.compare),
            ("inquiry", self.inquiry_pack),
        ):
            action = QAction(window)
            action.triggered.connect(slot)
            self.all[key] = action
        review = menus["review"]
        review.addSeparator()
        for key in ("session", "history", "activity_history", "snapshot", "compare"):
            review.addAction(self.all[key])
        self.above_quit(menus["file"], self.all["inquiry"])  # after Export
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "session": QCoreApplication.translate("ReviewActions", "Review &session…"),
            "history": QCoreApplication.translate("ReviewActions", "Change &history…"),
            "activity_history": QCoreApplication.translate(
                "ReviewActions", "History of the selected &activity…"
            ),
            "snapshot": QCoreApplication.translate("ReviewActions", "Take a snapshot &now"),
            "compare": QCoreApplication.translate("ReviewActions", "&Compare register versions…"),
            "inquiry": QCoreApplication.translate("ReviewActions", "Inquiry pa&ck…"),
        }
        for key, text in texts.items():
            self.all[key].setText(text)
            self.all[key].setToolTip(text.replace("&", "").rstrip("…"))

    def _show(self, key: str, dialog: Any) -> Any:
        """One window per kind: a second click replaces the first."""
        old = self.dialogs.get(key)
        if old is not None:
            old.close()
        self.dialogs[key] = dialog
        dialog.show()
        return dialog

    # ------------------------------------------------------------------ commands
    def review_session(self) -> Any:
        from kgs_ropa.ui.review_dialog import ReviewDialog

        dialog = ReviewDialog(self.window.db, self.window)
        dialog.open_activity.connect(self.window.edit_activity)
        dialog.activities_changed.connect(self.window.hub.activities_changed.emit)
        self.window.hub.activities_changed.connect(dialog.reload)  # names edited meanwhile
        return self._show("session", dialog)

    def history(self, _checked: bool = False, activity: str | None = None) -> Any:
        from kgs_ropa.ui.history_view import HistoryDialog

        dialog = HistoryDialog(self.window.db, activity, self.window, self.window.settings)
        return self._show("history", dialog)

    def activity_history(self) -> Any:
        ids = set(self.window.register.selected_ids())
        codes = [row.code for row in self.window.register.model.rows() if row.id in ids]
        if not codes:
            show_error(
                self.window,
                QCoreApplication.translate(
                    "ReviewActions", "Select an activity in the register first."
                ),
            )
            return None
        return self.history(activity=codes[0])

    def snapshot(self) -> None:
        label, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("ReviewActions", "Take a snapshot"),
            QCoreApplication.translate("ReviewActions", "A name for this snapshot (optional):"),
        )
        if not ok:
            return
        from kgs_ropa.services import review_ops  # first use only: off the start-up path

        try:
            info = review_ops.take_snapshot(self.window.db, label.strip())
        except StorageError as exc:
            show_error(self.window, user_message(exc))
            return
        QMessageBox.information(
            self.window,
            QCoreApplication.translate("ReviewActions", "Snapshot taken"),
            QCoreApplication.translate("ReviewActions", "Snapshot %1 is stored.\nFingerprint: %2")
            .replace("%1", str(info.id))
            .replace("%2", info.fingerprint),
        )

    def compare(self) -> Any:
        from kgs_ropa.ui.history_diff import DiffDialog

        return self._show("compare", DiffDialog(self.window.db, self.window))

    def inquiry_pack(self) -> Any:
        from kgs_ropa.ui.history_inquiry import InquiryDialog

        return self._show("inquiry", InquiryDialog(self.window.db, self.window))
