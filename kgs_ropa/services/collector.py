"""The cyclic garbage collector paused while a register's worth of plain objects is made.

An import, a dump or a check of the register makes a million small dicts, lists and rows that
hold no reference cycles: reference counting frees them. Each pass of the collector walks all
of them again, which was a third of the CPU of an import of 10,000 activities and a third of a
`check` (docs/performance.md).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside; afterwards the collector runs as it did. Nested or in two
    threads at once it never stays off: only the one that turned it off turns it on again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
