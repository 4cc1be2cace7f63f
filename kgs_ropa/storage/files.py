"""Files the app writes for the user: names Windows accepts, and a replace that loses nothing.

Windows refuses to replace a file another program holds open (Excel keeps an open workbook
locked); the old file then stays as it is and the new one is kept beside it under a free name.
"""

from __future__ import annotations

import gc
import logging
import re
import sys
import traceback
from pathlib import Path

log = logging.getLogger(__name__)

# Characters Windows forbids in a file name, and the control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
# Device names Windows reserves whatever the extension ("CON.pdf" is the console).
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}
MAX_NAME = 120  # well inside Windows' 255 per name, leaving room for the folder in MAX_PATH


class FileInUseError(PermissionError):
    """The target is open in another program; the new file was kept under another name."""

    def __init__(self, target: Path, kept: Path) -> None:
        super().__init__(
            f"{target} is open in another program (Excel?): close the file in Excel and try "
            f"again. The old file is unchanged; the new one is kept as {kept.name}."
        )
        self.target, self.kept = target, kept


def safe_file_name(text: str, fallback: str = "register") -> str:
    """`text` as a file name that Windows, macOS and Linux all accept (without extension)."""
    name = _FORBIDDEN.sub("-", text)
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")  # Windows drops trailing dots, spaces
    name = name[:MAX_NAME].rstrip(". ") or fallback
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = f"{name}-"
    return name


def free_sibling(path: Path, label: str) -> Path:
    """`name (label).ext`, or `name (label 2).ext` and so on: a name not yet taken."""
    for number in range(1, 1000):
        suffix = label if number == 1 else f"{label} {number}"
        candidate = path.with_name(f"{path.stem} ({suffix}){path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(f"no free name next to {path}")


def _refused_as_in_use(exc: OSError, target: Path) -> bool:
    # Windows: access denied (5), sharing or lock violation (32, 33) on a file that exists.
    in_use = getattr(exc, "winerror", None) in (5, 32, 33) or isinstance(exc, PermissionError)
    return sys.platform == "win32" and in_use and target.exists()


def replace_file(partial: Path, target: Path, label: str = "new") -> None:
    """Move the finished `partial` onto `target`; if `target` is held open, keep both."""
    try:
        partial.replace(target)
    except OSError as exc:
        if not _refused_as_in_use(exc, target):
            raise
        kept = free_sibling(target, label)
        partial.replace(kept)
        raise FileInUseError(target, kept) from exc


def drop_failed_writer(exc: BaseException) -> None:
    """After a failed write (a full disk): finalise the writer's objects now, into the log.

    A library that fails mid-save (openpyxl's zip archive and sheet writers) leaves objects
    that write again when the garbage collector closes them, each printing an "Exception
    ignored" traceback; the user should see the one message about the disk, nothing else.
    """
    hook = sys.unraisablehook
    sys.unraisablehook = lambda u: log.debug("a failed write's leftovers: %s", u.exc_value)
    try:
        seen: BaseException | None = exc
        while seen is not None:  # the exceptions raised while handling it hold frames too
            traceback.clear_frames(seen.__traceback__)
            seen = seen.__context__
        gc.collect()
    finally:
        sys.unraisablehook = hook
