"""Help > User guide and Help > About: the guide rendered offline, the version and the notices.

Both read files shipped in the package (kgs_ropa.resources), never from the network.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QImage,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa import __version__
from kgs_ropa.ui import i18n

GUIDES = {"nl": "gebruikershandleiding.md", "en": "user-guide.md"}


def notices_text() -> str:
    notices = resources.files("kgs_ropa.resources.notices")
    return notices.joinpath("third-party-notices.txt").read_text("utf-8")


def guide_path(lang: str) -> Path:
    """The guide in `lang` (English when there is none), as a file: images load beside it."""
    docs = Path(str(resources.files("kgs_ropa.resources.docs")))
    return docs / GUIDES.get(lang, GUIDES["en"])


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About KGS ROPA"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>KGS ROPA {__version__}</b>")
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("The record of processing activities (Art. 30 GDPR).")))
        explained = QLabel(
            self.tr(
                "KGS ROPA includes third-party software, each under its own licence. Their "
                "notices and licence texts follow, with how to replace the Qt libraries."
            )
        )
        explained.setWordWrap(True)
        layout.addWidget(explained)
        self.notices = QPlainTextEdit(notices_text())
        self.notices.setReadOnly(True)
        self.notices.setFont(QFont("monospace"))
        self.notices.setAccessibleName(self.tr("Third-party notices"))
        layout.addWidget(self.notices, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class GuideBrowser(QTextBrowser):
    """A text browser whose images fit its width: a screenshot wider than the view is shown
    scaled down (never up), so the guide reads without a horizontal scroll bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document().setUndoRedoEnabled(False)  # the fitting edits are not the reader's
        self.sizes: dict[str, tuple[int, int] | None] = {}  # natural size by image address
        self.sourceChanged.connect(self.fit_images)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self.fit_images()

    def available_width(self) -> int:
        margins = 2 * int(self.document().documentMargin()) + 4  # the frame's own borders
        return max(self.viewport().width() - margins, 50)

    def fit_images(self) -> None:
        width = self.available_width()
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    self._fit(fragment.position(), fragment.charFormat().toImageFormat(), width)
                iterator += 1
            block = block.next()

    def _fit(self, position: int, image: QTextImageFormat, width: int) -> None:
        natural = self._natural_size(image.name())
        if natural is None:
            return
        shown = min(natural[0], width)
        if round(image.width()) == shown:
            return
        image.setWidth(shown)
        image.setHeight(natural[1] * shown / natural[0])
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)

    def _natural_size(self, name: str) -> tuple[int, int] | None:
        url = self.source().resolved(QUrl(name))
        key = url.toString()
        if key not in self.sizes:
            image = QImage.fromData(
                self.loadResource(QTextDocument.ResourceType.ImageResource, url)
            )
            self.sizes[key] = None if image.isNull() else (image.width(), image.height())
        return self.sizes[key]


class GuideDialog(QDialog):
    """The user guide, Markdown rendered with its screenshots; web links open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.browser = GuideBrowser()
        self.browser.setOpenLinks(False)  # decided in _follow: in the guide or in the browser
        self.browser.anchorClicked.connect(self._follow)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_guide(i18n.current())

    def show_guide(self, lang: str) -> None:
        path = guide_path(lang)
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )

    def _follow(self, url: QUrl) -> None:
        target = self.browser.source().resolved(url)
        if target.isLocalFile() and target.toLocalFile().endswith(".md"):
            self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
        else:
            QDesktopServices.openUrl(target)
