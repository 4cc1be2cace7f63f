"""A JSON file's top-level object read as it goes: each member's value whole, but the array of
one chosen key an item at a time, so a register's activities are never all in memory at once
(docs/performance.md, "Import").

Every value is parsed by the standard library's own decoder (`JSONDecoder.raw_decode`), so
strings, numbers and escapes come out exactly as `json.loads` gives them. The walk only accepts
what `json.loads` accepts; anything else raises NotStreamable (a ValueError), and the caller reads
the file whole to have `json.loads` say exactly what is wrong and where.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from typing import Any, TextIO

BLOCK = 1 << 18  # characters read at a time: a couple of hundred activities
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace, as json.decoder has it
_NUMBER_TAIL = 3  # "e-5": the most characters that still change what a number before them is


class NotStreamable(ValueError):
    """Not a JSON object this walk reads to its end (bad JSON, another root, trailing data)."""


class _Window:
    """The text still to be parsed: what is left of the blocks read so far."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.text = ""
        self.pos = 0
        self.done = False  # the whole file is in `text`

    def _read(self) -> bool:
        """Another block, or as much again as the window holds (a long value costs no more
        than twice its length in reparsing); False at the end of the file."""
        if self.done:
            return False
        block = self.stream.read(max(BLOCK, len(self.text) - self.pos))
        if not block:
            self.done = True
            return False
        if self.pos > BLOCK:  # forget what was parsed, once it is worth a copy
            self.text, self.pos = self.text[self.pos :], 0
        self.text += block
        return True

    def peek(self) -> str:
        """The next character after whitespace ("" at the end of the file)."""
        while True:
            space = _SPACE.match(self.text, self.pos)
            self.pos = space.end() if space else self.pos  # "*": it always matches
            if self.pos < len(self.text) or not self._read():
                return self.text[self.pos : self.pos + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise NotStreamable(char)
        self.pos += 1

    def value(self) -> Any:
        """The JSON value at the current position, read on until it is whole."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError:
                if not self._read():
                    raise
                continue
            # A number near the window's end may go on in the next block ("1" as "1.5" or
            # "1e-5"): whole only with room after it for the start of a fraction or exponent.
            if end + _NUMBER_TAIL <= len(self.text) or not self._read():
                self.pos = end
                return value


class Members:
    """The members of the file's top-level object, in file order: (key, value), where the
    value of `streamed` is an iterator of its array's items, to be used up before the next."""

    def __init__(self, stream: TextIO, streamed: str) -> None:
        self.window = _Window(stream)
        self.streamed = streamed

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        window = self.window
        window.expect("{")
        if window.peek() == "}":
            window.pos += 1
        else:
            yield from self._members()
        if window.peek() != "":
            raise NotStreamable("extra data")

    def _members(self) -> Iterator[tuple[str, Any]]:
        window = self.window
        while True:
            if window.peek() != '"':
                raise NotStreamable("key")
            key = window.value()
            window.expect(":")
            if key == self.streamed and window.peek() == "[":
                items = self._items()
                yield key, items
                deque(items, maxlen=0)  # the caller stopped early: walk on to the next member
            else:
                yield key, window.value()
            if window.peek() == "}":
                window.pos += 1
                return
            window.expect(",")

    def _items(self) -> Iterator[Any]:
        window = self.window
        window.expect("[")
        if window.peek() == "]":
            window.pos += 1
            return
        while True:
            yield window.value()
            if window.peek() == "]":
                window.pos += 1
                return
            window.expect(",")
