"""Which register am I in: open another register file, start a new one, the recent ones.

One app process holds one register (a lock keeps a second window off the same file), so
another register opens in a window of its own: the app started again with --db.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QSettings

RECENT_KEY = "registers/recent"
RECENT_MAX = 8


def launch(path: Path) -> bool:
    """Start the app on `path` in a window of its own; False when it could not start."""
    if getattr(sys, "frozen", False):  # the packaged app: its own executable
        program, args = sys.executable, ["--db", str(path)]
    else:
        program, args = sys.executable, ["-m", "kgs_ropa", "--db", str(path)]
    started, _pid = QProcess.startDetached(program, args)
    return bool(started)


def recent(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [str(item) for item in items if item]


def remember(settings: QSettings, register: str) -> None:
    """Put `register` first in the recent list (once, at most RECENT_MAX entries)."""
    items = [register, *(item for item in recent(settings) if item != register)]
    settings.setValue(RECENT_KEY, items[:RECENT_MAX])


def title_name(display_name: str) -> str:
    """The file name of a SQLite register, the (password-free) URL of a server one."""
    if "://" in display_name:
        return display_name
    return Path(display_name).name or display_name
