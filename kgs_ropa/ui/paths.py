"""Where the app proposes to write files: the user's Documents, under a name not yet taken."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder (where an export is looked for), else the home folder.

    Never the current folder: started from a Start-menu shortcut, that is the program folder.
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def free_path(wanted: Path) -> Path:
    """`wanted`, or the same name with -2, -3, ... before the suffix, whichever does not exist."""
    if not wanted.exists():
        return wanted
    n = 2
    while (candidate := wanted.with_name(f"{wanted.stem}-{n}{wanted.suffix}")).exists():
        n += 1
    return candidate
