"""`export json`: the register document (docs/json-format.md) written as it is read.

The text is byte for byte `json.dumps(document, ensure_ascii=False, indent=2) + "\\n"`, but only
one chunk of activities is in memory at a time: each member of the document, and each activity,
is dumped on its own and indented to the depth it has in the whole document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kgs_ropa.reports.stream import ChunkedRead

Doc = dict[str, Any]
INDENT = 2
# What json.dumps(ensure_ascii=False, indent=2) uses, made once rather than per activity; a
# register document has no reference cycles to look for.
_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=INDENT, check_circular=False)


def _dumps(value: Any, depth: int) -> str:
    """`value` as json.dumps(indent=2) writes it `depth` levels deep. The only newlines in
    json.dumps' text are its own layout (a newline in a text is written as \\n), so each one is
    where a line starts; str.splitlines would also split at U+2028 and other separators."""
    text = _ENCODER.encode(value)
    return text.replace("\n", "\n" + " " * (INDENT * depth))


def _items(brackets: str, items: Iterable[Iterable[str]], depth: int) -> Iterator[str]:
    """A list or object at `depth`, laid out as json.dumps(indent=2) lays it out, its items
    (each in pieces) taken one at a time: the next is asked for once the last is written."""
    inner = "\n" + " " * (INDENT * (depth + 1))
    empty = True
    for item in items:
        yield (brackets[0] if empty else ",") + inner
        yield from item
        empty = False
    yield brackets if empty else "\n" + " " * (INDENT * depth) + brackets[1]


def _member(key: str, value: Any) -> Iterator[str]:
    """A member of the document; a value that is an iterator is written as a list, item by item."""
    yield _dumps(key, 1) + ": "
    if isinstance(value, Iterator):
        yield from _items("[]", ([_dumps(item, 2)] for item in value), 1)
    else:
        yield _dumps(value, 1)


def document_text(members: Iterable[tuple[str, Any]]) -> Iterator[str]:
    """The document of `members` (key, value), in pieces, each member asked for only after the
    one before it has been written."""
    yield from _items("{}", (_member(key, value) for key, value in members), 0)
    yield "\n"


def register_members(session: Session) -> Iterator[tuple[str, Any]]:
    """The live register's members in dump_register's order, its activities a chunk at a time
    and its cookies after them (known once the last chunk has been read)."""
    read = ChunkedRead(session)
    chunks = iter(read)
    first = next(chunks)  # there always is one, even without activities
    for key, value in first.items():
        if key == "activities":
            rest = (activity for chunk in chunks for activity in chunk["activities"])
            yield key, chain(value, rest)
        elif key == "cookies":
            yield key, read.cookies()
        else:  # the register as a whole: the same in every chunk
            yield key, value


def frozen_members(document: Doc) -> Iterator[tuple[str, Any]]:
    """A document held in memory (a snapshot, a past day), its activities written one by one
    rather than as one text."""
    for key, value in document.items():
        yield key, iter(value) if key == "activities" else value


def write_document(members: Iterable[tuple[str, Any]], path: Path) -> None:
    # Text mode as Path.write_text writes it, so the bytes are what they always were.
    with path.open("w", encoding="utf-8") as file:
        file.writelines(document_text(members))
