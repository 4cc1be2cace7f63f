"""Saving once the database server is back: the form keeps what it holds, a line says the
server is unreachable and when the next try is, and the save is tried again with a growing pause.

No double save: a save whose commit reached the server but whose answer was lost comes back as a
stale version on the next try; when the stored record then equals what the form holds, that save
is taken as done (`ActivityEditor.adopt_if_saved`, `OrganisationView.adopt_if_saved`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from kgs_ropa.ui.theme import banner_style

# Seconds between tries: quick at first (a blip), then at most once a minute.
BACKOFF = (5, 10, 20, 40, 60)


class SaveWhenBack(QObject):
    """A form's "waiting for the server" state; `save` is the form's own Save."""

    def __init__(self, parent: QObject, save: Callable[[], object], line: QLabel) -> None:
        super().__init__(parent)
        self.save, self.line = save, line
        self.tries = 0
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.try_again)
        line.setWordWrap(True)
        line.setStyleSheet(banner_style("error"))
        line.hide()

    @property
    def waiting(self) -> bool:
        return not self.line.isHidden()  # shown, even on a page not on screen now

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
            self.save()

    def done(self) -> None:
        """Saved (or given up for another reason): no more tries."""
        self.timer.stop()
        self.tries = 0
        self.line.hide()
