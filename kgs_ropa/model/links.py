"""Links to documents on an activity's record: a web address or a file."""

from __future__ import annotations

from pathlib import PureWindowsPath
from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")


def is_url(target: str) -> bool:
    """A web address (http or https); anything else is taken for a file."""
    parts = urlsplit(target.strip())
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


def file_name(target: str) -> str:
    """A file's name without its folders (Windows or POSIX separators, or a file:// URL)."""
    path = urlsplit(target).path if target.lower().startswith("file:") else target
    return PureWindowsPath(path.strip()).name
