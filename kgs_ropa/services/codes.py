"""New codes in the register's own style: KGS-14 after KGS-13, snake_case beside snake_case."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def next_in_series(codes: Iterable[str], prefix: str = "A", width: int = 3) -> str:
    """The next free code of the series most codes follow ("KGS-" with two digits -> KGS-14).

    With no numbered code yet, `prefix` and `width` start one (A001). The number continues
    after the highest, so a deleted activity's code is never handed out again.
    """
    taken = set(codes)
    series: Counter[tuple[str, int]] = Counter()
    highest: dict[tuple[str, int], int] = {}
    for code in taken:
        match = _NUMBERED.match(code)
        if match:
            key = (match.group(1), len(match.group(2)))
            series[key] += 1
            highest[key] = max(highest.get(key, 0), int(match.group(2)))
    if series:
        (prefix, width), _count = series.most_common(1)[0]
    number = highest.get((prefix, width), 0) + 1
    while f"{prefix}{number:0{width}d}" in taken:
        number += 1
    return f"{prefix}{number:0{width}d}"


def separator_of(codes: Iterable[str]) -> str:
    """ "_" when the existing codes are snake_case, otherwise "-" (the default)."""
    joined = "".join(codes)
    return "_" if joined.count("_") > joined.count("-") else "-"
