"""One signal hub: a service call says what changed, each view decides whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    # Activity ids that changed; an empty list means "possibly all of them".
    activities_changed = Signal(list)
    # A catalogue kind ("processor", "entity", ...) whose rows changed.
    catalogue_changed = Signal(str)
    # Per-activity finding counts {code: (errors, warnings)} and how many findings of each
    # severity {severity: n}, off-thread.
    findings_ready = Signal(dict, dict)
