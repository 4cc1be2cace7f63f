"""Third-party notices: every distribution the app bundles, with its licence texts.

`python packaging/notices.py` rewrites resources/notices/third-party-notices.txt from the
installed environment (install ".[postgres]" first; the app shows the file in Help > About).
packaging/build.py writes a fresh copy into each build, from the build's own environment, and
refuses a build in which a bundled distribution has no licence text in it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

HERE = Path(__file__).resolve().parent
LICENSES = HERE / "licenses"
OUT = HERE.parent / "resources" / "notices" / "third-party-notices.txt"
APP = "kgs-ropa"
APP_EXTRAS = ("postgres",)  # the builds bundle the PostgreSQL driver
LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice)[^/]*$", re.IGNORECASE)
RULE = "=" * 78
QT_DISTRIBUTIONS = ("pyside6-essentials", "shiboken6")

# Qt is one part of the app a user may replace (LGPL-3.0 section 4(d)); say how.
QT_NOTE = """\
The Qt libraries and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General
Public License version 3 (LGPL-3.0); its text and that of the GNU GPL version 3, on which it
builds, follow. They are linked dynamically and ship as separate files, so you may replace them
with your own build of the same Qt version (changed or not):

  - in the installed app (one-folder build), the Qt libraries are the Qt6*.dll files (Windows)
    or libQt6*.so.6 files (Linux) under _internal/PySide6/, with the Qt plugins in
    _internal/PySide6/plugins/ (Windows) or _internal/PySide6/Qt/plugins/ (Linux);
  - build Qt {qt_version} from its source (https://download.qt.io/official_releases/qt/ or
    https://code.qt.io/qt/qt5.git, tag v{qt_version}) with your changes, keeping the binary
    interface, and copy your libraries over the ones there, under the same names;
  - Qt for Python {pyside_version} is built from https://code.qt.io/pyside/pyside-setup.git,
    tag v{pyside_version}, if you need to rebuild the PySide6 modules against your Qt as well.

The app keeps working with the replaced libraries; nothing in it checks their contents. The Qt
libraries include third-party components of their own; they and their licence texts follow the
LGPL and GPL texts.
"""

# Libraries that a wheel carries inside it without their licence text.
BUNDLED_INSIDE = {
    "psycopg-binary": (
        "The psycopg-binary wheel includes libpq, the PostgreSQL client library (PostgreSQL"
        " Licence, below), and OpenSSL 3 (Apache License 2.0, below), with the libraries"
        " libpq uses for Kerberos, LDAP and SASL authentication, each with its licence below.",
        ["PostgreSQL.txt", "Apache-2.0.txt", "psycopg-binary-libs.txt"],
    ),
}


def key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# The notices are written once for both builds: a dependency of the Windows build only (tzdata)
# is listed on Linux too, and must be installed where the notices are written.
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}


def _applies(requirement: Requirement, extras: Iterable[str], windows_too: bool) -> bool:
    if requirement.marker is None:
        return True
    marker = requirement.marker
    return any(
        marker.evaluate({"extra": extra})
        or (windows_too and marker.evaluate({**WINDOWS, "extra": extra}))
        for extra in ("", *extras)
    )


def _installed(name: str) -> metadata.Distribution:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        raise SystemExit(f"{name} is not installed: pip install {name}, then run again") from None


def runtime_distributions(windows_too: bool = True) -> list[metadata.Distribution]:
    """The app's run-time dependencies, all the way down, here and on Windows (not the app)."""
    found: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(APP, APP_EXTRAS)]
    while todo:
        name, extras = todo.pop()
        dist = metadata.distribution(name)
        for line in dist.requires or []:
            requirement = Requirement(line)
            applies = _applies(requirement, extras, windows_too)
            if applies and key(requirement.name) not in found:
                found[key(requirement.name)] = _installed(requirement.name)
                todo.append((requirement.name, tuple(requirement.extras)))
    return sorted(found.values(), key=lambda d: key(d.metadata["Name"]))


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files a distribution ships."""
    files = [f for f in dist.files or [] if LICENCE_FILE.search(str(f))]
    return [(str(f), Path(str(dist.locate_file(f))).read_text("utf-8", "replace")) for f in files]


def _section(title: str, body: str) -> str:
    return f"{RULE}\n{title}\n{RULE}\n\n{body.strip()}\n\n"


def _licence_file(name: str) -> str:
    return (LICENSES / name).read_text("utf-8")


def _qt_section(dists: dict[str, metadata.Distribution]) -> str:
    pyside = dists["pyside6-essentials"].version
    note = QT_NOTE.format(qt_version=pyside, pyside_version=pyside)
    names = " and ".join(f"{d.metadata['Name']} {d.version}" for k, d in dists.items())
    licences = ("LGPL-3.0.txt", "GPL-3.0.txt", "Qt-third-party.txt")
    texts = "\n\n".join(_licence_file(n) for n in licences)
    return _section(f"{names} (Qt for Python) and the Qt {pyside} libraries", note + "\n" + texts)


def _distribution_section(dist: metadata.Distribution) -> str:
    name = dist.metadata["Name"]
    licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
    parts = [f"Licence: {licence.splitlines()[0] if licence else 'see below'}"]
    parts += [f"--- {file} ---\n\n{text.strip()}" for file, text in licence_texts(dist)]
    if key(name) in BUNDLED_INSIDE:
        note, files = BUNDLED_INSIDE[key(name)]
        parts += [note, *(_licence_file(f) for f in files)]
    return _section(f"{name} {dist.version}", "\n\n".join(parts))


def _python_section() -> str:
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    # Windows keeps it beside python.exe, Linux in the standard library's folder.
    candidates = [Path(sys.base_prefix, "LICENSE.txt")]
    candidates += [Path(sys.base_prefix, "lib", f"python{version}", "LICENSE.txt")]
    text = next((p.read_text("utf-8", "replace") for p in candidates if p.exists()), None)
    if text is None:
        return ""
    return _section(f"Python {sys.version.split()[0]} (the interpreter in the built app)", text)


def _fonts_section() -> str:
    fonts = HERE.parent / "resources" / "fonts" / "LICENSE.txt"
    title = "Fonts shipped with the app (embedded in the PDF exports)"
    return _section(title, fonts.read_text("utf-8"))


def sections(windows_too: bool) -> Iterator[str]:
    dists = {key(d.metadata["Name"]): d for d in runtime_distributions(windows_too)}
    qt = {k: d for k, d in dists.items() if k in QT_DISTRIBUTIONS}
    yield _qt_section(qt)
    yield from (_distribution_section(d) for k, d in dists.items() if k not in qt)
    yield _fonts_section()
    yield _python_section()


def render(windows_too: bool = True) -> str:
    """The notices; a build passes windows_too=False: it lists what its own platform bundles."""
    intro = (
        "KGS ROPA - third-party software notices\n\n"
        "KGS ROPA includes the following software, each under its own licence. The licence\n"
        "texts are reproduced in full.\n\n"
        "The interface icons (resources/icons/*.svg) are KGS ROPA's own work, drawn for the\n"
        "app, under the app's own licence; they include no third-party artwork.\n\n"
    )
    return intro + "".join(sections(windows_too))


def missing(distributions: Iterable[metadata.Distribution], notices: str) -> list[str]:
    """The distributions whose name or licence texts are not in `notices`."""
    lacking = []
    for dist in distributions:
        name = dist.metadata["Name"]
        texts = [text.strip() for _file, text in licence_texts(dist)]
        if key(name) in QT_DISTRIBUTIONS:  # its wheels carry no licence file: ours stands in
            texts = [_licence_file("LGPL-3.0.txt").strip()]
        if not re.search(rf"\b{re.escape(name)} \d", notices, re.IGNORECASE):
            lacking.append(name)
        elif not texts or any(text not in notices for text in texts):
            lacking.append(f"{name} (licence text)")
    return lacking


def distributions_of(top_level_names: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide these importable names (the app excluded)."""
    providers = metadata.packages_distributions()
    names = {d for top in top_level_names for d in providers.get(top, [])}
    return [metadata.distribution(n) for n in sorted(names) if key(n) != APP]


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(), "utf-8", newline="\n")
    print(f"wrote {OUT.relative_to(HERE.parent)}")
