"""Small widgets shared by the pages: a label long text never widens, empty-list messages, the
line that says where an export went."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QSizePolicy, QWidget

from kgs_ropa.ui.palette import MUTED
from kgs_ropa.ui.theme import SPACE_XL


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" to the width it is given.

    A QLabel asks for the width of its whole text, so a 4,000-character activity name would
    widen the window past the screen; this one asks for a few characters and shows the whole
    text as its tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(self.fontMetrics().averageCharWidth() * 10, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        metrics = self.fontMetrics()
        width = min(metrics.horizontalAdvance(self.text()), metrics.averageCharWidth() * 60)
        return QSize(width, super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(
            self.text().replace("\n", " "), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)


class WrappedLabel(QLabel):
    """A form label that wraps onto two lines at most.

    A form row gets the height of its field; a long label in a column narrower than half its
    text would need three lines and be cut. This one asks for (and keeps) a width at which
    two lines hold it.
    """

    def _two_lines_width(self) -> int:
        metrics = self.fontMetrics()
        if not self.wordWrap():
            return metrics.horizontalAdvance(self.text())
        words = self.text().split()
        splits = (
            max(
                metrics.horizontalAdvance(" ".join(words[:i])),
                metrics.horizontalAdvance(" ".join(words[i:])),
            )
            for i in range(1, len(words))
        )
        return min(splits, default=metrics.horizontalAdvance(self.text())) + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._two_lines_width()), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._two_lines_width()), hint.height())


class EmptyState(QLabel):
    """A centred message over an item view whose model has no rows: what to do next.

    `text()` is asked again each time the rows change, so the message can tell "nothing
    matches the filter" from "nothing here yet".
    """

    def __init__(self, view: QAbstractItemView, message: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self.view, self.message = view, message
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Side padding only: a list a few rows high (the Organisation page's) would otherwise
        # leave the text no height and show half a line.
        self.setStyleSheet(f"color: {MUTED}; padding: 0 {SPACE_XL}px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        empty = self.view.model().rowCount() == 0
        if empty:
            self.setText(self.message())
            self.setGeometry(self.view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False


def heading_box(parent: QWidget) -> QGroupBox:
    """A card with a heading: the theme draws every group box so (white, rounded, bold title)."""
    return QGroupBox(parent)


class WrittenNote(QLabel):
    """Says where an export was written, the file name a link that opens it: a save that
    shows nothing leaves the user wondering whether it worked and where the file is."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.path: Path | None = None
        self.hide()

    def show_path(self, path: Path) -> None:
        self.path = path
        link = f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{escape(path.name)}</a>'
        folder = escape(str(path.parent))
        self.setText(self.tr("Written: %1 in %2").replace("%1", link).replace("%2", folder))
        self.setToolTip(str(path))
        self.show()
