"""Help > User guide and Help > About: the guide rendered offline, the version and the notices.

Both read files shipped in the package (kgs_ropa.resources), never from the network.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont, QTextDocument
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


class GuideDialog(QDialog):
    """The user guide, Markdown rendered with its screenshots; web links open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
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
