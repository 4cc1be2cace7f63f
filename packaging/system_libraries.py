"""Shared libraries a build copies from the build machine, with their licence texts.

PyInstaller follows the bundled extensions' links and copies the system libraries they need
(on Linux: OpenSSL, SQLite, libffi, X11 and xcb, and GTK with its helpers through Qt's GTK
platform-theme plugin) into the one-folder build. They come from no wheel, so their licences are
not in any distribution's files: the build machine's package database names the package each
library belongs to, and the package's copyright file (Debian and Ubuntu:
/usr/share/doc/<package>/copyright) holds its licence texts. A library that cannot be traced
that way has no licence text in the notices, and packaging/build.py refuses the build.
"""

from __future__ import annotations

import re
import site
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

DOC = Path("/usr/share/doc")
COMMON_LICENCES = Path("/usr/share/common-licenses")
# A copyright file may point at a licence text instead of quoting it ("GPL-2." ends a sentence).
COMMON_REFERENCE = re.compile(r"/usr/share/common-licenses/([A-Za-z0-9.+-]*[A-Za-z0-9+])")
RULE = "=" * 78


@dataclass(frozen=True)
class Library:
    name: str  # the file name in the build
    source: PurePath  # where the build took it from


@dataclass(frozen=True)
class Package:
    name: str
    libraries: tuple[str, ...]
    copyright: str


Lookup = Callable[[list[PurePath]], dict[str, str]]


def from_build_list(text: str) -> list[Library]:
    """The build's binaries, one "name<TAB>source" line each (the spec writes them)."""
    rows = (line.split("\t") for line in text.splitlines() if "\t" in line)
    return [Library(PurePath(name).name, PurePath(source)) for name, source in rows]


def python_homes() -> list[PurePath]:
    """Where Python and the installed distributions live: their files are covered elsewhere."""
    homes = {sys.base_prefix, sys.prefix, *site.getsitepackages(), site.getusersitepackages()}
    return [PurePath(home) for home in homes]


def foreign(libraries: Iterable[Library], homes: Iterable[PurePath]) -> list[Library]:
    """The libraries that come from neither Python nor an installed distribution."""
    roots = list(homes)
    found = {lib.name: lib for lib in libraries if not _inside(lib.source, roots)}
    return sorted(found.values(), key=lambda lib: lib.name)


def _inside(path: PurePath, roots: list[PurePath]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def dpkg_packages(paths: Iterable[PurePath]) -> dict[str, str]:
    """File name -> the Debian package that installed it, in one query. The query goes by name
    (merged /usr: a library found in /lib is registered under /usr/lib); of several owners of a
    name (lib32z1 and zlib1g), the one that owns the very path wins."""
    wanted = {path.name: path for path in paths}
    try:
        result = subprocess.run(
            ["dpkg", "-S", *(f"*/{name}" for name in sorted(wanted))],
            capture_output=True,
            text=True,
        )
    except FileNotFoundError:  # not a Debian-based build machine: nothing can be traced
        return {}
    owners: dict[str, list[tuple[str, PurePath]]] = {}
    for line in result.stdout.splitlines():
        package, _, owned = line.partition(": ")
        if "diversion" in package or ", " in package:  # not a plain "package: path" line
            continue
        path = PurePath(owned)
        if path.name in wanted:
            owners.setdefault(path.name, []).append((package.split(":")[0], path))
    return {name: _owner(wanted[name], found) for name, found in owners.items()}


def _owner(source: PurePath, found: list[tuple[str, PurePath]]) -> str:
    same = [package for package, path in found if _unmerged(path) == _unmerged(source)]
    return (same or [found[0][0]])[0]


def _unmerged(path: PurePath) -> str:
    return str(path).removeprefix("/usr")


def packages(
    libraries: Iterable[Library], lookup: Lookup = dpkg_packages, doc: Path = DOC
) -> tuple[list[Package], list[str]]:
    """The packages the libraries belong to, with copyright texts; and the untraceable ones."""
    libraries = list(libraries)
    owners = lookup([lib.source for lib in libraries]) if libraries else {}
    grouped: dict[str, list[str]] = {}
    unknown = []
    for lib in libraries:
        package = owners.get(lib.name)
        if package is None or not (doc / package / "copyright").is_file():
            unknown.append(lib.name)
        else:
            grouped.setdefault(package, []).append(lib.name)
    found = [
        Package(name, tuple(libs), (doc / name / "copyright").read_text("utf-8", "replace"))
        for name, libs in sorted(grouped.items())
    ]
    return found, unknown


def section(found: Iterable[Package], common: Path = COMMON_LICENCES) -> str:
    """The notices for the system libraries: each package's copyright file once, then the
    common licence texts those files refer to."""
    found = list(found)
    parts = [
        f"{RULE}\nShared libraries of the build machine included in this build\n{RULE}\n\n"
        "Each library is listed with the operating-system package it was copied from and that\n"
        "package's copyright file, which holds its licence terms.\n\n"
    ]
    printed: dict[str, str] = {}
    for package in found:
        text = package.copyright.strip()
        libs = ", ".join(package.libraries)
        if text in printed:
            parts.append(f"--- {package.name}: {libs} ---\n\nSee {printed[text]} above.\n\n")
            continue
        printed[text] = package.name
        parts.append(f"--- {package.name}: {libs} ---\n\n{text}\n\n")
    for name in referenced_licences(found, common):
        title = f"--- Licence text {name} (referred to above) ---"
        parts.append(f"{title}\n\n{_text(common / name)}\n\n")
    return "".join(parts)


def _text(path: Path) -> str:
    return path.read_text("utf-8", "replace").strip()


def referenced_licences(found: Iterable[Package], common: Path = COMMON_LICENCES) -> list[str]:
    names = {m for p in found for m in COMMON_REFERENCE.findall(p.copyright)}
    return sorted(n for n in names if (common / n).is_file())


def missing(
    libraries: Iterable[Library],
    notices: str,
    lookup: Lookup = dpkg_packages,
    doc: Path = DOC,
    common: Path = COMMON_LICENCES,
) -> list[str]:
    """The libraries whose name or licence texts are not in `notices`."""
    found, unknown = packages(libraries, lookup, doc)
    lacking = [f"{name} (no package with a copyright file)" for name in unknown]
    for package in found:
        texts = [package.copyright.strip()]
        texts += [_text(common / n) for n in referenced_licences([package], common)]
        if any(text not in notices for text in texts):
            lacking += [f"{name} (licence text)" for name in package.libraries]
        else:
            lacking += [name for name in package.libraries if name not in notices]
    return lacking
