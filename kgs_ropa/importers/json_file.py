"""A register JSON file read for an import, its activities one at a time.

The file is read twice. The first pass keeps everything but the activities (the organisation,
the catalogues, the cookies: small) and of each activity only what planning the import needs
(merge.Outline: its code and name, the catalogue entries it names); it also finds any fault in
the JSON before anything is written. The second pass, inside the import's transaction, hands the
activities to the bulk path a chunk at a time (services.bulk_activities). Memory then holds a
chunk of activities, not the register (docs/performance.md, "Import").

A file that is not a JSON object read to its end in the first pass is read whole as before, so
`json.loads` says what is wrong in the same words, at the same line and column.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kgs_ropa.importers.json_stream import Members
from kgs_ropa.importers.merge import Outline, stand_in
from kgs_ropa.importers.problems import ImportFileError, file_problem, invalid_json
from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, message
from kgs_ropa.services import collector
from kgs_ropa.services.document import upgrade_periods

if TYPE_CHECKING:
    from kgs_ropa.importers.file_import import ReadFile

STREAMED = "activities"


@dataclass
class StreamedActivities:
    """The activities of a register file, read again one at a time."""

    path: Path
    ordinal: int  # which `activities` member of the file (a repeated key: the last one counts)
    outline: Outline
    sha256: str = ""  # of the bytes the first pass read

    def __iter__(self) -> Iterator[Any]:
        """Each activity as the first pass saw it; a file changed since is refused: at once
        where an activity's code or name or their number differ, and at the end (inside the
        import's transaction, so nothing is kept) where any other byte does."""
        expected = iter(self.outline.items)
        try:
            with _hashed_text(self.path) as (stream, hashed):
                for item in _array(Members(stream, STREAMED), self.ordinal):
                    if stand_in(item) != next(expected, _MISSING):
                        raise self._changed()
                    yield item
                same = hashed.whole() == self.sha256
        except (ValueError, RecursionError) as exc:  # the file is no longer what it was
            raise self._changed() from exc
        if next(expected, _MISSING) is not _MISSING or not same:
            raise self._changed()

    def _changed(self) -> ImportFileError:
        said = QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "changed while it was being imported; nothing was imported: import it again",
        )
        return ImportFileError([file_problem(self.path.name, Message(said))])


_MISSING = object()


class _Hashing(io.RawIOBase):
    """A file's bytes hashed as they are read, so that a pass's hash names what it parsed."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("rb")
        self._digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self._file.readinto(buffer)
        if count:
            self._digest.update(memoryview(buffer)[:count])
        return count

    def whole(self) -> str:
        """The hash of the whole file: what the parse left unread is read (and hashed) too."""
        while chunk := self._file.read(1 << 20):
            self._digest.update(chunk)
        return self._digest.hexdigest()

    def close(self) -> None:
        self._file.close()
        super().close()


@contextmanager
def _hashed_text(path: Path) -> Iterator[tuple[TextIO, _Hashing]]:
    hashing = _Hashing(path)
    # utf-8-sig: a byte order mark, as some Windows editors write it, is accepted.
    with io.TextIOWrapper(io.BufferedReader(hashing), encoding="utf-8-sig") as stream:
        yield stream, hashing


def _array(members: Members, ordinal: int) -> Iterator[Any]:
    """The items of the file's `ordinal`-th activities array."""
    seen = 0
    for key, value in members:
        if key == STREAMED and isinstance(value, Iterator):
            seen += 1
            if seen == ordinal:
                yield from value
                return


def read_json(path: Path, read: ReadFile) -> None:
    """The document in `read`: its activities streamed where the file allows, else whole."""
    try:
        with collector.paused():
            _read_outline(path, read)
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSON faults too: said below
        read.document, read.activities = {}, None
        _read_whole(path, read)


def _read_outline(path: Path, read: ReadFile) -> None:
    """The first pass: the members but the activities whole, an outline of the activities."""
    head: dict[str, Any] = {}
    placeholder: list[Any] = []  # the activities' place in the document, in file order
    found: StreamedActivities | None = None
    with _hashed_text(path) as (stream, hashed):
        for key, value in Members(stream, STREAMED):
            if key == STREAMED and isinstance(value, Iterator):
                found = StreamedActivities(path, (found.ordinal if found else 0) + 1, Outline())
                for item in value:
                    found.outline.note(item)
                value = placeholder
            head[key] = value  # a repeated key: the last value, at the first place (json.loads)
        read.sha256 = hashed.whole()  # the history names the file by what was parsed
    if found is not None:
        found.sha256 = read.sha256
    read.document = head
    read.activities = found if head.get(STREAMED) is placeholder else None
    upgrade_periods(read.document)  # the preview's checks read version-2 periods


def _read_whole(path: Path, read: ReadFile) -> None:
    data = path.read_bytes()
    read.sha256 = hashlib.sha256(data).hexdigest()
    try:
        # utf-8-sig: a byte order mark, as some Windows editors write it, is accepted.
        with collector.paused():
            read.document = json.loads(data.decode("utf-8-sig"))
        upgrade_periods(read.document)  # the preview's checks read version-2 periods
    except UnicodeDecodeError:
        said = QT_TRANSLATE_NOOP("ServiceMessages", "not a UTF-8 text file")
        read.problems.append(file_problem(path.name, Message(said)))
    except json.JSONDecodeError as exc:
        read.problems.append(file_problem(path.name, invalid_json(exc)))
    except RecursionError:
        said = QT_TRANSLATE_NOOP("ServiceMessages", "nested too deeply to be a register")
        read.problems.append(file_problem(path.name, Message(said)))
    except ValueError as exc:  # a number of thousands of digits: Python refuses to convert it
        said = QT_TRANSLATE_NOOP("ServiceMessages", "not a register document ({reason})")
        read.problems.append(file_problem(path.name, message(said, reason=str(exc))))
