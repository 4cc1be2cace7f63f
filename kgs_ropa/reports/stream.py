"""A large register read in chunks, so that an export's memory does not grow with it.

The activities are read a few hundred at a time and kept in a temporary file; the report's
per-activity rows are made from that file each time a renderer walks them (`Lazy`). The
fingerprint is computed on the way, from the same canonical JSON as `build.fingerprint`.
"""

from __future__ import annotations

import gc
import hashlib
import json
import pickle
import tempfile
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, MutableSequence, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.model import Activity, Cookie
from kgs_ropa.services.document import dump_register

Doc = dict[str, Any]
T = TypeVar("T")
CHUNK = 250  # activities per read: a fixed number of queries each


class Lazy(MutableSequence[T]):
    """Items made anew each time they are walked: a renderer sees a sequence, but only the
    items in hand are in memory. Read-only; indexing walks from the start (for small uses)."""

    def __init__(self, make: Callable[[], Iterator[T]], count: int | None = None) -> None:
        self._make, self._count = make, count

    def __iter__(self) -> Iterator[T]:
        return self._make()

    def __len__(self) -> int:
        if self._count is None:
            self._count = sum(1 for _ in self._make())
        return self._count

    def __bool__(self) -> bool:
        return next(iter(self), None) is not None if self._count is None else self._count > 0

    @property
    def hint(self) -> int:
        """The count if it is known without a walk, else 0 (for progress estimates)."""
        return self._count or 0

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> MutableSequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | MutableSequence[T]:
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            return list(self)[index]
        for item in islice(self, index, None):
            return item
        raise IndexError(index)

    def _read_only(self) -> TypeError:
        return TypeError("rows made from the register are read-only")

    def __setitem__(self, index: Any, value: Any) -> None:
        raise self._read_only()

    def __delitem__(self, index: Any) -> None:
        raise self._read_only()

    def insert(self, index: int, value: T) -> None:
        raise self._read_only()


def each_activity(
    activities: Iterable[Doc], of_activity: Callable[[Doc], Iterable[T]], count: int | None = None
) -> Lazy[T]:
    """The items `of_activity` gives for each of `activities`, made as they are walked."""
    return Lazy(lambda: (item for activity in activities for item in of_activity(activity)), count)


class Spool(Sequence[Doc]):
    """Activity documents in a temporary file, chunk by chunk, in the order they came."""

    def __init__(self) -> None:
        # open as long as the report lives: closed by close() or when collected
        self._file = tempfile.TemporaryFile()  # noqa: SIM115
        self._count = 0

    def add(self, chunk: list[Doc]) -> None:
        if chunk:
            self._file.seek(0, 2)
            pickle.dump(chunk, self._file, pickle.HIGHEST_PROTOCOL)
            self._count += len(chunk)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Doc]:
        # Each walk keeps its own position, so two walks may take turns.
        position = 0
        while position < self._file.seek(0, 2):
            self._file.seek(position)
            chunk: list[Doc] = pickle.load(self._file)
            position = self._file.tell()
            yield from chunk

    @overload
    def __getitem__(self, index: int) -> Doc: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Doc]: ...
    def __getitem__(self, index: int | slice) -> Doc | Sequence[Doc]:
        return list(self)[index]

    def close(self) -> None:
        self._file.close()


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass
class Streamed:
    """The register without its activities, the selected activities, and the fingerprint."""

    skeleton: Doc  # "activities" is empty
    activities: Spool
    fingerprint: str
    total: int


def _chunks(session: Session, ids: list[int]) -> Iterator[Doc]:
    """The register a chunk of activities at a time; the cookies of no activity come with the
    first (which is the only one when there are no activities)."""
    for start in range(0, max(len(ids), 1), CHUNK):
        yield dump_register(session, ids[start : start + CHUNK], unlinked_cookies=start == 0)


def _cookie_order(session: Session) -> list[str | None]:
    """The activity code of every cookie in register order (None for one without)."""
    query = (
        select(Activity.code)
        .select_from(Cookie)
        .outerjoin(Activity, Cookie.activity_id == Activity.id)
        .order_by(Cookie.position, Cookie.id)
    )
    return list(session.scalars(query))


class ChunkedRead:
    """The whole register read a chunk of activities at a time, in code order. Each chunk is a
    register document of its own (organisation and catalogues, those activities, their
    cookies); the cookies are kept aside and given back in register order at the end."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.ids = list(session.scalars(select(Activity.id).order_by(Activity.code)))
        self._order = _cookie_order(session)
        self._cookies: dict[str | None, deque[Doc]] = defaultdict(deque)
        self._done = False

    def __iter__(self) -> Iterator[Doc]:
        for document in _chunks(self._session, self.ids):
            for cookie in document["cookies"]:
                self._cookies[cookie.get("activity")].append(cookie)
            yield document
            # An export pauses the collector (services/collector.py); the few reference cycles
            # a chunk's queries leave are freed here, so memory stays flat: a pass over what
            # the chunk left alive, not over the whole heap.
            gc.collect(0)
        self._done = True

    def cookies(self) -> list[Doc]:
        """The register's cookies in its order, once every chunk has been read."""
        if not self._done:
            raise RuntimeError("the cookies are known only after the last chunk")
        return [self._cookies[code].popleft() for code in self._order]


def read_streamed(
    session: Session,
    codes: Sequence[str] | None,
    progress: Callable[[int, int], None] | None = None,
    observe: Callable[[Doc], None] | None = None,
) -> Streamed:
    """Read the register chunk by chunk; keep the activities in `codes` (all for None), each
    shown to `observe` as it is kept (so that what needs them all needs no walk of its own)."""
    read = ChunkedRead(session)
    wanted = set(codes) if codes is not None else None
    spool, hasher = Spool(), hashlib.sha256(b'{"activities":[')
    skeleton: Doc = {}  # set by the first chunk: there always is one
    count = 0
    for document in read:
        for activity in document["activities"]:
            hasher.update((b"," if count else b"") + canonical(activity).encode("utf-8"))
            count += 1
        kept = [a for a in document["activities"] if wanted is None or a["code"] in wanted]
        spool.add(kept)
        if observe is not None:
            for activity in kept:
                observe(activity)
        skeleton = {**document, "activities": [], "cookies": []}
        if progress is not None:
            progress(count, len(read.ids))
    skeleton["cookies"] = read.cookies()
    return Streamed(skeleton, spool, _finish(hasher, skeleton), count)


def _finish(hasher: Any, skeleton: Doc) -> str:
    """Close the hash begun with the activities: the other keys in the order sort_keys gives."""
    if any(key < "activities" for key in skeleton):
        raise ValueError("the register document has a key that sorts before its activities")
    rest = b"".join(
        b"," + canonical(key).encode("utf-8") + b":" + canonical(skeleton[key]).encode("utf-8")
        for key in sorted(skeleton)
        if key != "activities"
    )
    hasher.update(b"]" + rest + b"}")
    return str(hasher.hexdigest())
