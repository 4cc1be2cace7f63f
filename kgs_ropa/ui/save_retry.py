"""Saving once the database server is back: the editor keeps what it holds, a line says the
server is unreachable and when the next try is, and the save is tried again with a growing pause.

No double save: a save whose commit reached the server but whose answer was lost comes back as a
stale version on the next try; when the stored activity then equals what the editor holds, that
save is taken as done (`ActivityEditor.adopt_if_saved`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from kgs_ropa.ui.editor import ActivityEditor

# Seconds between tries: quick at first (a blip), then at most once a minute.
BACKOFF = (5, 10, 20, 40, 60)


class SaveWhenBack(QObject):
    """The editor's "waiting for the server" state."""

    def __init__(self, editor: ActivityEditor, line: QLabel) -> None:
        super().__init__(editor)
        self.editor, self.line = editor, line
        self.tries = 0
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.try_again)
        line.setWordWrap(True)
        line.setStyleSheet("QLabel { background: #fde7e9; color: #5c0011; padding: 4px; }")
        line.hide()

    @property
    def waiting(self) -> bool:
        return self.line.isVisible()

    def wait(self) -> None:
        """The server was unreachable: keep the content, say so, try again later."""
        pause = BACKOFF[min(self.tries, len(BACKOFF) - 1)]
        self.tries += 1
        self.timer.start(int(pause * 1000))
        self.line.setText(
            QCoreApplication.translate(
                "SaveWhenBack",
                "No connection to the database server. Your changes are kept here and saved as "
                "soon as the server is back (next try in %1 s; Save tries now).",
            ).replace("%1", str(pause))
        )
        self.line.show()

    def try_again(self) -> None:
        if self.waiting:
            self.editor.save()

    def done(self) -> None:
        """Saved (or given up for another reason): no more tries."""
        self.timer.stop()
        self.tries = 0
        self.line.hide()
