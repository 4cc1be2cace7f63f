"""A reportlab canvas whose memory does not grow with the number of pages.

reportlab keeps every finished page in memory, its drawing commands uncompressed, until it saves,
and then builds the whole file in memory before writing it: tens of megabytes for a register of
thousands of activities. Here each page is written out as soon as it is finished: its commands
compressed, page and commands as final PDF objects, into a temporary spool file. What stays in
memory per page is its object numbers. At save the spool is copied to the output and the
remaining objects (fonts, outline, forms, page tree) are written after it, one at a time.
"""

from __future__ import annotations

import shutil
import tempfile
import zlib
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from kgs_ropa.reports.pdf_outline import OutlineEntry, outline_objects

FLATE = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
NOT_WRITTEN = -1


class _PageTree(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab has no type hints
    """The page tree, holding its pages by object number only."""

    __RefOnly__ = 1  # an indirect object: pages name it as their parent

    def __init__(self) -> None:
        self.numbers = array("L")

    def format(self, _document: Any) -> bytes:
        kids = b" ".join(b"%d 0 R" % number for number in self.numbers)
        return b"<< /Count %d /Kids [ %s ] /Type /Pages >>" % (len(self.numbers), kids)


class _Reserved(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab has no type hints
    """The place of a form that a page shows before the form is drawn (the page total)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def format(self, _document: Any) -> bytes:
        raise ValueError(f"the form {self.name} is shown on a page but was never drawn")


class SpoolingDocument(pdfdoc.PDFDocument):  # type: ignore[misc]  # reportlab has no type hints
    """The PDF document structure, with finished pages written to the spool (no encryption)."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        # closed by SaveToFile, or when collected after a failed build
        self.spool: IO[bytes] = tempfile.TemporaryFile(prefix="kgs-ropa-pdf-")  # noqa: SIM115
        self.spooled = array("q")  # by object number - 1: its offset in the spool
        self.spool_end = 0  # the spool's length
        self.linked_pages: set[str] = set()  # pages that bookmarks point at, by name
        self.out: IO[bytes] | None = None  # the file being saved
        self.outline_entries: Sequence[OutlineEntry] = ()  # written as the outline at save
        self.Pages = self.Catalog.Pages = _PageTree()
        self.page_kinds: dict[tuple[Any, ...], bytes] = {}  # see _page_bytes

    def thisPageRef(self) -> Any:  # noqa: N802  # reportlab's name
        name = self.thisPageName()
        self.linked_pages.add(name)  # the page keeps its name, for the link to resolve
        return pdfdoc.PDFObjectReference(name)

    def addPage(self, page: Any) -> None:  # noqa: N802  # reportlab's name
        """Register the finished page and write it, with its commands, to the spool."""
        name = self.thisPageName()
        self.Reference(page, name)
        self.pageCounter += 1
        self.inObject = None
        commands = zlib.compress(page.stream.encode("utf8"))
        page.stream = None
        page.Contents = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"Filter": FLATE}), commands)
        for reference in page.XObjects.dict.values() if page.XObjects else ():
            if reference.name not in self.idToObject:
                self.Reference(_Reserved(reference.name), reference.name)
        self.Reference(page.Contents)  # numbered before the page that names it
        self.Pages.numbers.append(self._spool(name, page, self._page_bytes(name, page)))
        contents = page.Contents.__InternalName__
        number = self.idToObjectNumberAndVersion[contents][0]
        self._spool(contents, page.Contents, _stream(number, commands))
        del self.idToObjectNumberAndVersion[contents]
        if name not in self.linked_pages:
            del self.idToObjectNumberAndVersion[name]

    def _page_bytes(self, name: str, page: Any) -> bytes | None:
        """The page object, from the one written for the first page of its kind (size,
        forms shown) with its number and its contents' number put in: reportlab builds and
        formats a dozen objects per page for the same dictionary. None for a page that is
        not plain (links, images, transparency, colour spaces, boxes): formatted as usual."""
        kind = _plain_kind(page)
        if kind is None:
            return None
        number: int = self.idToObjectNumberAndVersion[name][0]
        contents: int = self.idToObjectNumberAndVersion[page.Contents.__InternalName__][0]
        template = self.page_kinds.get(kind)
        if template is None:
            data: bytes = pdfdoc.PDFIndirectObject(name, page).format(self)
            head, body = data.split(b" obj\n", 1)
            named = b"/Contents %d 0 R" % contents
            if head != b"%d 0" % number or body.count(named) != 1:
                return data  # not the form expected: no template
            escaped = body.replace(b"%", b"%%")
            self.page_kinds[kind] = escaped.replace(named, b"/Contents %d 0 R")
            return data
        return b"%d 0 obj\n" % number + template % contents

    def _spool(self, name: str, item: Any, data: bytes | None = None) -> int:
        """Write one object to the spool and forget it, but for its number (returned)."""
        number: int = self.idToObjectNumberAndVersion[name][0]
        if data is None:
            data = pdfdoc.PDFIndirectObject(name, item).format(self)
        self.spooled.extend([NOT_WRITTEN] * (number - len(self.spooled)))
        self.spooled[number - 1] = self.spool_end  # only ever appended to: no seek
        self.spool.write(data)
        self.spool_end += len(data)
        del self.idToObject[name], self.numberToId[number]
        return number

    def addForm(self, name: str, form: Any) -> None:  # noqa: N802  # reportlab's name
        """Put a form drawn after the pages that show it in the place they reserved."""
        internal = pdfdoc.xObjectName(name)
        if isinstance(self.idToObject.get(internal), _Reserved):
            form.__InternalName__ = internal
            self.idToObject[internal] = form
            self.inObject = None
            return
        super().addForm(name, form)

    def SaveToFile(self, filename: Any, canvas: Any) -> None:  # noqa: N802  # reportlab's name
        try:
            with _opened(filename) as out:
                self.out = out
                self.GetPDFData(canvas)  # prepares the outline and info, then format() writes
        finally:
            self.spool.close()

    def format(self) -> bytes:
        """Write the file: the header, the spooled pages, every other object, the cross-reference
        table and the trailer (what reportlab's format() makes, but written as it goes)."""
        out = self.out
        if out is None or self.encrypt.info():
            raise ValueError("a spooling document is only saved to a file, unencrypted")
        catalog, info = self.Reference(self.Catalog), self.Reference(self.info)
        header = pdfdoc.PDFFile(self._pdfVersion).format(self)
        out.write(header)
        self.spool.seek(0)
        shutil.copyfileobj(self.spool, out)
        offsets = array("q", (o + len(header) if o != NOT_WRITTEN else o for o in self.spooled))
        position = len(header) + self.spool.tell()
        outline, outline_numbers = self._outline()
        number = 1
        while number <= self.objectcounter:  # formatting may add objects: count them as we go
            if number > len(offsets) or offsets[number - 1] == NOT_WRITTEN:
                if number in outline_numbers:
                    data = b"%d 0 obj\n%s\nendobj\n" % (number, next(outline))
                else:
                    name = self.numberToId[number]
                    data = pdfdoc.PDFIndirectObject(name, self.idToObject[name]).format(self)
                offsets.extend([NOT_WRITTEN] * (number - len(offsets)))
                offsets[number - 1] = position
                out.write(data)
                position += len(data)
            number += 1
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        trailer = pdfdoc.PDFTrailer(
            startxref=position, Size=len(offsets) + 1, Root=catalog, Info=info, ID=self.ID()
        )
        out.write(trailer.format(self))
        return b""

    def _outline(self) -> tuple[Iterator[bytes], range]:
        """The outline's objects, and the block of object numbers set aside for them."""
        if not self.outline_entries:
            return iter(()), range(0)
        first = self.objectcounter + 1
        self.objectcounter += 1 + len(self.outline_entries)
        self.Catalog.Outlines = b"%d 0 R" % first  # written as is
        objects = outline_objects(self.outline_entries, first, self.Pages.numbers, self)
        return objects, range(first, self.objectcounter + 1)


def _stream(number: int, compressed: bytes) -> bytes:
    """A page's compressed commands as the object reportlab's PDFStream writes."""
    head = b"%d 0 obj\n<<\n/Filter [ /FlateDecode ] /Length %d\n>>\nstream\n"
    return head % (number, len(compressed)) + compressed + b"endstream\nendobj\n"


def _plain_kind(page: Any) -> tuple[Any, ...] | None:
    """What makes a page's dictionary: its size, rotation and the forms it shows; None if
    it has anything else of its own."""
    extras = (page.Annots, page.ExtGState, page.Resources, page.MediaBox, page.Dur)
    boxes = (page.CropBox, page.ArtBox, page.BleedBox, page.TrimBox)
    used = (getattr(page, "_shadingUsed", None), getattr(page, "_colorsUsed", None))
    if any(extras) or any(boxes) or any(used) or (page.Trans is not None and page.Trans.dict):
        return None
    forms = tuple(sorted(page.XObjects.dict)) if page.XObjects else ()
    return (page.pagewidth, page.pageheight, page.Rotate, page.hasImages, page.compression, forms)


@contextmanager
def _opened(target: Any) -> Iterator[IO[bytes]]:
    if hasattr(target, "write"):
        yield target
        return
    with open(target, "wb") as out:
        yield out


class SpoolingCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that writes each finished page out at once (pass it as `canvasmaker`)."""

    _doc: Any  # reportlab's document structure, replaced by a SpoolingDocument

    def __init__(self, filename: Any, **kw: Any) -> None:
        super().__init__(filename, **kw)
        plain: Any = self._doc  # nothing is in it yet: replace it with the spooling kind
        self._doc = SpoolingDocument(
            compression=plain.compression,
            invariant=plain.invariant,
            filename=filename,
            pdfVersion=plain._pdfVersion,
            lang=kw.get("lang"),
        )
        self._make_preamble()  # again: it registers the initial font with the document

    def set_outline(self, entries: Sequence[OutlineEntry]) -> None:
        """The bookmarks, written from these entries (their pages filled in) at save."""
        self._doc.outline_entries = entries
