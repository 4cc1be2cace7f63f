"""The register shown read-only, and the writer's lease kept fresh while the window runs.

Read-only (another process holds the register, a read-only login or file): a banner says why
and the commands that change the register are off; the storage layer refuses any write that
gets through all the same (Database.read_only).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kgs_ropa.services import access, lease
from kgs_ropa.services.access import ReadOnlyReason
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.errors import StorageError
from kgs_ropa.ui import tasks
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, MenuCommands
from kgs_ropa.ui.messages import as_plain, show_error
from kgs_ropa.ui.theme import banner_style

if TYPE_CHECKING:
    from kgs_ropa.services.lease import Holder
    from kgs_ropa.ui.main_window import MainWindow

log = logging.getLogger(__name__)
_CONTEXT = "ReadOnly"
# Commands of the main window that change the register.
WRITING_ACTIONS = ("new", "save", "import", "duplicate", "retire", "delete", "undo_delete")
_REASONS = {
    "file": QT_TRANSLATE_NOOP("ReadOnly", "the file %1 is read-only"),
    "folder": QT_TRANSLATE_NOOP("ReadOnly", "the folder %1 is read-only"),
    "server": QT_TRANSLATE_NOOP("ReadOnly", "the database server %1 accepts only reads"),
    "login": QT_TRANSLATE_NOOP("ReadOnly", "the database login %1 may only read this register"),
    "holder": QT_TRANSLATE_NOOP("ReadOnly", "it is open for writing by %1"),
    "lost": QT_TRANSLATE_NOOP(
        "ReadOnly", "this window's hold on it lapsed and it is now open for writing by %1"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def holder_text(holder: Holder) -> str:
    """ "Anna on KGS-PC12 (process 4312) since 2 Dec 2026 09:14" in the interface language."""
    since = holder.since.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        QCoreApplication.translate("ReadOnly", "%1 on %2 (process %3) since %4")
        .replace("%1", holder.holder)
        .replace("%2", holder.host)
        .replace("%3", str(holder.pid))
        .replace("%4", since)
    )


def reason_text(reason: ReadOnlyReason) -> str:
    subject = holder_text(reason.holder) if reason.holder else reason.subject
    return _tr(_REASONS[reason.kind]).replace("%1", subject)


def ask_read_only(holder: Holder, parent: QWidget | None = None) -> bool:
    """Another process has the register open for writing: open it read-only, or not at all."""
    box = QMessageBox(QMessageBox.Icon.Information, "KGS ROPA", "", parent=parent)
    box.setText(
        as_plain(
            QCoreApplication.translate(
                "ReadOnly",
                "This register is open for writing by %1. Only one can change it at a time.\n\n"
                "You can open it read-only: look, search and export, but not change anything.",
            ).replace("%1", holder_text(holder))
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("ReadOnly", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is read_only


class ReadOnlyMode(MenuCommands):
    """The banner and the commands that are off while the register is read-only."""

    def __init__(self, window: MainWindow, banner: QLabel) -> None:
        super().__init__(window)
        self.window, self.banner = window, banner
        self.reason: ReadOnlyReason | None = None
        self.keeper: LeaseKeeper | None = None
        banner.setWordWrap(True)
        banner.setStyleSheet(banner_style("warning"))
        banner.hide()

    def start(self) -> None:
        """Read-only as opened, or keep this process's lease fresh."""
        if isinstance(self.window.db.read_only, ReadOnlyReason):
            self.apply(self.window.db.read_only)
        elif lease.held_by(self.window.db) is not None:
            self.keeper = LeaseKeeper(self)

    def apply(self, reason: ReadOnlyReason) -> None:
        self.reason = reason
        self.window.db.read_only = reason
        self.retranslate()
        self.banner.show()
        self.enforce()

    def enforce(self) -> None:
        """Off again whatever turned them on (a selection enables Delete)."""
        if self.reason is None:
            return
        w = self.window
        for key in WRITING_ACTIONS:
            w.actions_.all[key].setEnabled(False)
        w.actions_.review.all["snapshot"].setEnabled(False)
        w.actions_.backups.restore_action.setEnabled(False)
        # The pages built so far; a page built later is held back as it is built.
        buttons = [w.welcome.buttons["example"], w.welcome.buttons["empty"]]
        for key in ("editor", "organisation"):
            if page := w.built_page(key):
                buttons.append(page.save_button)
        for page in w.built_catalogues():
            buttons += [page.new_button, page.edit_button, page.delete_button]
        for button in buttons:
            button.setEnabled(False)

    def retranslate(self) -> None:
        if self.reason is None:
            return
        self.banner.setText(
            QCoreApplication.translate(
                "ReadOnly",
                "Read-only: %1. You can look, search and export; nothing can be changed here.",
            ).replace("%1", reason_text(self.reason))
        )


class LeaseKeeper(QObject):
    """Refreshes the lease while the window runs; when it was taken over (this computer slept
    past the timeout), the window turns read-only and says so."""

    def __init__(self, mode: ReadOnlyMode) -> None:
        super().__init__(mode)
        self.mode = mode
        self.timer = QTimer(self, interval=lease.REFRESH_SECONDS * 1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        """Off the GUI thread: a server that does not answer must not freeze the window."""
        db = self.mode.window.db
        held = lease.held_by(db)
        if held is None:
            self.timer.stop()
            return
        tasks.start(tasks.Task(_refresh, db, held), self._refreshed, self._refresh_failed)

    def _refreshed(self, still_held: object) -> None:
        if still_held is False:
            self.timer.stop()
            self._lost()

    def _refresh_failed(self, _exc: object) -> None:
        """Logged by the task; the next round tries again."""

    def _lost(self) -> None:
        db = self.mode.window.db
        db.write_guard = None
        holder = lease.current(db)
        if holder is None or not holder.fresh():  # given up since (a restore): take it again
            try:
                lease.acquire(db)
            except lease.RegisterInUseError as exc:
                holder = exc.holder
            else:
                self.timer.start()
                return
        self.mode.apply(access.held_by(holder, lost=True))
        show_error(self.mode.window, self.mode.banner.text())


def _refresh(db: Database, held: lease.Lease) -> bool:
    """Whether this process still holds the lease; a server or file away for a moment counts as
    held (the next round tries again)."""
    try:
        lease.refresh(db, held)
    except lease.LeaseLostError:
        return False
    except StorageError:
        log.warning("the lease could not be refreshed", exc_info=True)
    return True
