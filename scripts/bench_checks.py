"""How fast the checks run: one activity (checked on every keystroke) and a whole register.

Prints figures only; run with `python scripts/bench_checks.py [ACTIVITIES]` (default 10,000).
"""

from __future__ import annotations

import sys
import time
from datetime import date

from kgs_ropa.checks import CheckContext, check_activity, check_register
from kgs_ropa.services.synthetic import synthetic_document


def per_call(seconds: float, calls: int) -> str:
    return f"{seconds / calls * 1e6:8.1f} µs"


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    document = synthetic_document(size)
    today = date.today()

    started = time.perf_counter()
    context = CheckContext.from_document(document, today)
    print(f"context from a {size}-activity register: {time.perf_counter() - started:.3f} s")

    activities = document["activities"][:200]
    rounds = 25
    started = time.perf_counter()
    for _ in range(rounds):
        for activity in activities:
            check_activity(activity, context)
    calls = rounds * len(activities)
    print(
        f"check_activity, mean of {calls} calls: {per_call(time.perf_counter() - started, calls)}"
    )

    started = time.perf_counter()
    findings = check_register(document, today)
    elapsed = time.perf_counter() - started
    print(f"check_register, {size} activities: {elapsed:.3f} s, {len(findings)} findings")


if __name__ == "__main__":
    main()
