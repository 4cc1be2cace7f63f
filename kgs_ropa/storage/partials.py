"""Partial files a killed process leaves behind, removed at the next start.

An export (or a backup) is written to `<target>.partial` beside the target and renamed into
place when it is complete: the rename is atomic only within one folder, so the partial file has
to live there. While it is written, a journal entry in the user's data folder names it and holds
an OS lock. A process that is killed drops its lock with it; the next start of the app or the
command line finds the unlocked entry and removes the partial file, so no half-written copy of
register data stays next to the user's files. Entries whose lock is held belong to a process
still running and are left alone.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from platformdirs import user_data_path

log = logging.getLogger(__name__)
SUFFIX = ".partial"


def journal_folder() -> Path:
    from kgs_ropa.storage.database import APP_NAME

    return user_data_path(APP_NAME, appauthor=False, roaming=False) / "partials"


def _try_lock(handle: IO[str]) -> bool:
    """Lock the entry (its first byte on Windows, the whole file elsewhere); False when held."""
    try:
        # By what the system offers, not by sys.platform (tests select Windows paths on Linux).
        if importlib.util.find_spec("fcntl") is None:
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextmanager
def tracked(partial: Path) -> Iterator[None]:
    """Journal `partial` while the block runs (see the module docstring). Without a writable
    data folder the export still runs, only untracked."""
    marker = journal_folder() / f"{uuid.uuid4().hex}.txt"
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        handle: IO[str] | None = marker.open("w+", encoding="utf-8")
    except OSError as exc:
        log.warning("partial file not journalled: %s", exc)
        handle = None
    try:
        if handle is not None and _try_lock(handle):  # locked first: never seen unlocked
            handle.write(str(partial.absolute()))
            handle.flush()
        yield
    finally:
        if handle is not None:
            handle.close()
            marker.unlink(missing_ok=True)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _clear(marker: Path) -> Path | None:
    """Remove the partial file of an entry whose process is gone; the file removed, if any."""
    with marker.open("r+", encoding="utf-8") as handle:
        if not _try_lock(handle):
            return None  # its process is still writing
        handle.seek(0)
        named = handle.read().strip()
    marker.unlink(missing_ok=True)
    target = Path(named) if named else None
    # Only ever a partial file: a damaged entry must not remove anything else.
    if target is None or not target.name.endswith(SUFFIX) or not os.path.lexists(target):
        return None
    _remove(target)
    return target


def remove_stale() -> list[Path]:
    """At start: remove the partial files killed processes left behind; those removed."""
    folder = journal_folder()
    if not folder.is_dir():
        return []
    removed = []
    for marker in sorted(folder.glob("*.txt")):
        try:
            target = _clear(marker)
        except OSError as exc:
            log.warning("stale partial file entry %s not cleared: %s", marker.name, exc)
            continue
        if target is not None:
            log.info("removed the partial file %s left by an interrupted export", target)
            removed.append(target)
    return removed
