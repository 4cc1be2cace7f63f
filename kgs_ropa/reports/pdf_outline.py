"""The PDF outline (bookmarks) written straight from the contents entries at save.

reportlab's own outline keeps several objects per bookmark from the page where it is made until
the file is saved; for a register of thousands of activities that is most of what an export's
memory still grows by. The contents entries are kept anyway (the contents are drawn at the end),
so the outline is written from them: two levels, every entry closed, each pointing at its page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from reportlab.pdfbase import pdfdoc


class OutlineEntry(Protocol):
    level: int  # 0, or 1 under the level-0 entry before it
    title: str
    page: int  # 1-based; 0 while the layout has not reached it


def outline_objects(
    entries: Sequence[OutlineEntry], first: int, page_objects: Sequence[int], document: Any
) -> Iterator[bytes]:
    """The outline root (object `first`) and one item per entry (the objects after it), in
    order; `page_objects` are the pages' object numbers."""
    ref = b"%d 0 R".__mod__
    parents = _parents(entries)
    tops = [i for i, p in enumerate(parents) if p < 0]
    yield b"<< /Type /Outlines /Count %d /First %s /Last %s >>" % (
        len(tops),
        ref(first + 1 + tops[0]),
        ref(first + 1 + tops[-1]),
    )
    children = _children(parents)
    for index, entry in enumerate(entries):
        keys = [
            b"/Title " + pdfdoc.PDFString(entry.title).format(document),
            b"/Parent " + ref(first + 1 + parents[index] if parents[index] >= 0 else first),
            b"/Dest [ %s /Fit ]" % ref(page_objects[max(entry.page, 1) - 1]),
        ]
        for key, step in ((b"/Prev ", -1), (b"/Next ", 1)):
            other = _sibling(parents, index, step)
            if other is not None:
                keys.append(key + ref(first + 1 + other))
        kids = children.get(index)
        if kids:
            keys += [
                b"/First " + ref(first + 1 + kids[0]),
                b"/Last " + ref(first + 1 + kids[1]),
                b"/Count -%d" % kids[2],  # negative: closed
            ]
        yield b"<< " + b" ".join(keys) + b" >>"


def _parents(entries: Sequence[OutlineEntry]) -> list[int]:
    """Each entry's parent index, -1 for the top level."""
    parents, top = [], -1
    for index, entry in enumerate(entries):
        if entry.level == 0 or top < 0:
            parents.append(-1)
            top = index
        else:
            parents.append(top)
    return parents


def _children(parents: list[int]) -> dict[int, tuple[int, int, int]]:
    """First child, last child and count, of every entry that has children."""
    found: dict[int, tuple[int, int, int]] = {}
    for index, parent in enumerate(parents):
        if parent >= 0:
            first, _, count = found.get(parent, (index, index, 0))
            found[parent] = (first, index, count + 1)
    return found


def _sibling(parents: list[int], index: int, step: int) -> int | None:
    """The nearest entry before (step -1) or after (+1) with the same parent."""
    other = index + step
    while 0 <= other < len(parents):
        if parents[other] == parents[index]:
            return other
        if step < 0 and other == parents[index]:
            return None  # reached the parent: no earlier sibling
        if parents[index] >= 0 and parents[other] < 0:
            return None  # left the parent's children
        other += step
    return None
