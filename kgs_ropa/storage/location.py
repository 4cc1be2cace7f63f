"""Warnings about where a SQLite file lives: network shares break SQLite's locking."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath, PureWindowsPath

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "afs", "9p", "fuse.sshfs"}


def _windows_drive_is_remote(path: PureWindowsPath) -> bool:
    import ctypes

    drive_remote = 4  # DRIVE_REMOTE from GetDriveTypeW
    root = path.drive + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote)  # type: ignore[attr-defined]


def _mount_filesystem(path: PurePath, mounts: str) -> str:
    """The filesystem type of the longest mount point that contains `path` (Linux)."""
    best, kind = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, kind = mount_point, parts[2]
    return kind


def is_network_path(path: PurePath) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):  # UNC: \\server\share
        return True
    if sys.platform == "win32":  # a drive letter mapped to a share, or a local disk
        windows = PureWindowsPath(text)
        return bool(windows.drive) and _windows_drive_is_remote(windows)
    mounts = Path("/proc/mounts")
    if mounts.exists():
        return _mount_filesystem(path, mounts.read_text()) in NETWORK_FILESYSTEMS
    return False


def network_share_warning(database_file: str | None) -> str | None:
    """A plain warning when the register file is on a network share, else None."""
    if not database_file or database_file == ":memory:":
        return None
    path = Path(os.path.abspath(database_file))
    if not is_network_path(path.parent):
        return None
    return (
        f"{path} is on a network share. SQLite databases are not safe there (locking is "
        "unreliable and a second user can corrupt the file). Keep the register on a local disk, "
        "or use a PostgreSQL database for a team (--db postgresql+psycopg://...)."
    )
