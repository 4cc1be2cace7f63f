"""The last resort: an unexpected error is logged and shown with the tail of the log."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QGuiApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("kgs_ropa")
TAIL_LINES = 60


def log_tail(path: Path, lines: int = TAIL_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


class CrashDialog(QDialog):
    def __init__(self, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("KGS ROPA: unexpected error"))
        intro = QLabel(
            self.tr(
                "Something went wrong that KGS ROPA did not expect. Your saved work is safe: every "
                "change is saved in one step. Please send the text below (also in %1) to your "
                "support contact, then continue or restart the app."
            ).replace("%1", str(log_file)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # holds a path
        self.text = QPlainTextEdit(log_tail(log_file), self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(log_file: Path) -> ExceptHook:
    """Log every uncaught exception and show it; returns the previous hook."""
    previous = sys.excepthook
    showing = {"now": False}

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, value, tb))
        if showing["now"] or QApplication.instance() is None:
            return
        showing["now"] = True
        try:
            CrashDialog(log_file, QApplication.activeWindow()).exec()
        finally:
            showing["now"] = False

    sys.excepthook = hook
    return previous
