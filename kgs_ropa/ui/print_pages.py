"""The report's QTextDocument on paper: laid out once in screen units, each page scaled to the
printer, with its number.

Why not QTextDocument.print_(): it lays a copy of the document out in the printer's own units
(1200 dpi), and a layout taller than about 8.4 million of those (2**23: some 600 A4 pages) is
cut off without a word: a register of 300 activities lost its last pages and annexes. Laid out
at 96 dpi the same limit lies beyond 7,000 pages; painting pages of the one layout is also about
four times faster than print_() (no copy, no second layout).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter, QTextDocument

DPI = 96.0  # the document's units: screen pixels
MARGIN = 20 / 25.4 * DPI  # 2 cm on every side, as print_() kept
# Qt's text layout stops at this height without a word (7,474 A4 pages at 96 dpi).
_LAYOUT_LIMIT = 2**23


def paginate(document: QTextDocument, layout: QPageLayout) -> None:
    """Lay `document` out in pages of `layout`'s paper size, margins inside the page."""
    paper = layout.fullRectPoints()  # 1/72 inch
    size = QSizeF(paper.width() / 72 * DPI, paper.height() / 72 * DPI)
    if document.pageSize() != size:
        document.setPageSize(size)
    frame = document.rootFrame().frameFormat()
    if frame.margin() != MARGIN:
        frame.setMargin(MARGIN)
        document.rootFrame().setFrameFormat(frame)


def is_complete(document: QTextDocument) -> bool:
    """Whether the laid-out document ends before Qt's layout limit, so no page is missing."""
    return document.size().height() < _LAYOUT_LIMIT - document.pageSize().height()


def paint_pages(document: QTextDocument, printer: QPagedPaintDevice) -> None:
    """Every page of `document` onto `printer` (a printer, a preview, a PDF writer)."""
    paginate(document, printer.pageLayout())  # the user may have changed paper or orientation
    page = document.pageSize()
    scale = printer.width() / page.width()
    count = document.pageCount()
    painter = QPainter(printer)
    for index in range(count):
        if index:
            printer.newPage()
        painter.save()
        painter.scale(scale, scale)
        _paint_page(painter, document, index, count)
        painter.restore()
    painter.end()


def _paint_page(painter: QPainter, document: QTextDocument, index: int, count: int) -> None:
    page = document.pageSize()
    top = index * page.height()
    painter.save()
    painter.translate(0, -top)
    document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
    painter.restore()
    # The page number in the bottom margin, right-aligned with the text.
    font = document.defaultFont()  # sized in the page's own units: the painter scales them
    font.setPixelSize(max(1, round(font.pointSizeF() * DPI / 72)))
    painter.setFont(font)
    number = QRectF(0, page.height() - MARGIN + 6, page.width() - MARGIN, MARGIN / 2)
    painter.drawText(
        number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{index + 1} / {count}"
    )
