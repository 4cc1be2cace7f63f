"""The third-party notices: every bundled distribution with its licence text, Qt replaceable.

packaging/notices.py writes them; packaging/build.py checks each real build against what it
bundled, shared libraries of the build machine included (packaging/system_libraries.py). Here:
the shipped notices against this environment's run-time dependencies, and the checks themselves.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from importlib import metadata, resources
from pathlib import Path, PurePath

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_LIST = ROOT / "build" / "kgs_ropa" / "bundled-top-level.txt"
BUILD_BINARIES = ROOT / "build" / "kgs_ropa" / "bundled-binaries.txt"
BUILT_NOTICES = ROOT / "dist" / "KGS ROPA" / "_internal" / "kgs_ropa" / "resources" / "notices"


def _packaging_module(name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def notices() -> types.ModuleType:
    return _packaging_module("notices")


@pytest.fixture(scope="module")
def system() -> types.ModuleType:
    return _packaging_module("system_libraries")


@pytest.fixture(scope="module")
def shipped() -> str:
    folder = resources.files("kgs_ropa.resources.notices")
    return folder.joinpath("third-party-notices.txt").read_text("utf-8")


def test_every_runtime_distribution_has_its_licence_in_the_shipped_notices(
    notices: types.ModuleType, shipped: str
) -> None:
    here = notices.runtime_distributions(windows_too=False)
    names = {notices.key(d.metadata["Name"]) for d in here}
    expected = {"pyside6-essentials", "shiboken6", "sqlalchemy", "alembic", "platformdirs"}
    expected |= {"openpyxl", "reportlab", "psycopg", "psycopg-binary", "mako", "pillow"}
    assert expected <= names
    assert notices.missing(here, shipped) == []


def test_the_notices_say_how_to_replace_the_qt_libraries(shipped: str) -> None:
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shipped
    assert "GNU GENERAL PUBLIC LICENSE" in shipped  # LGPL-3.0 builds on it
    assert "replace them" in shipped and "_internal/PySide6/" in shipped
    assert "DejaVu" in shipped and "Bitstream Vera" in shipped  # the fonts' own licence


def test_psycopg_binary_names_the_libraries_inside_it(shipped: str) -> None:
    assert "libpq" in shipped and "PostgreSQL Licence" in shipped and "OpenSSL" in shipped


def test_the_libraries_inside_psycopg_binary_have_their_licence_texts(shipped: str) -> None:
    """Its wheel carries libpq's Kerberos, LDAP and SASL libraries without their licences."""
    assert "Copyright (C) 1985-2022 by the Massachusetts Institute of Technology" in shipped
    assert "The OpenLDAP Public License" in shipped  # liblber, libldap
    assert "Carnegie Mellon University" in shipped  # Cyrus SASL
    assert "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 2.1" in shipped
    assert "PCRE LICENCE" in shipped and "libselinux" in shipped and "com_err" in shipped


def test_the_qt_libraries_third_party_components_have_their_texts(shipped: str) -> None:
    for component in ("HarfBuzz-NG", "PCRE2 10.47", "zlib 1.3", "libpng", "FreeType 2", "MD4C"):
        assert f"* {component}" in shipped
    assert "UNICODE LICENSE V3" in shipped and "Mozilla Public License Version 2.0" in shipped
    assert "The FreeType Project LICENSE" in shipped
    assert "* ICU 73" in shipped and "UNICODE, INC. LICENSE AGREEMENT" in shipped  # Linux wheel
    assert "licenses-used-in-qt" not in shipped  # the texts themselves, not a link


def test_the_check_finds_a_missing_licence_text(notices: types.ModuleType, shipped: str) -> None:
    reportlab = metadata.distribution("reportlab")
    licence = notices.licence_texts(reportlab)[0][1].strip()
    assert notices.missing([reportlab], shipped) == []
    without_text = shipped.replace(licence, "")
    assert notices.missing([reportlab], without_text) == ["reportlab (licence text)"]
    without_title = shipped.replace(f"reportlab {reportlab.version}", "")
    assert notices.missing([reportlab], without_title) == ["reportlab"]


def test_bundled_names_map_to_their_distributions(notices: types.ModuleType) -> None:
    found = notices.distributions_of(["PySide6", "sqlalchemy", "psycopg_binary", "os", "kgs_ropa"])
    names = {notices.key(d.metadata["Name"]) for d in found}
    assert names == {"pyside6-essentials", "sqlalchemy", "psycopg-binary"}


@pytest.mark.skipif(not BUILD_LIST.exists(), reason="no one-folder build here (packaging/build.py)")
def test_every_distribution_in_the_frozen_build_has_its_licence(
    notices: types.ModuleType,
) -> None:
    built = (BUILT_NOTICES / "third-party-notices.txt").read_text("utf-8")
    bundled = notices.distributions_of(BUILD_LIST.read_text("utf-8").split())
    assert bundled, "the build's list of bundled names is empty"
    assert notices.missing(bundled, built) == []


def _library(system: types.ModuleType, name: str, source: str) -> object:
    return system.Library(name, PurePath(source))


def test_only_libraries_from_outside_python_need_their_own_notices(
    system: types.ModuleType,
) -> None:
    build_list = (
        "libpython3.11.so.1.0\t/opt/python/lib/libpython3.11.so.1.0\n"
        "PySide6/Qt/lib/libQt6Core.so.6\t/venv/lib/site-packages/PySide6/Qt/lib/libQt6Core.so.6\n"
        "libssl.so.3\t/lib/x86_64-linux-gnu/libssl.so.3"
    )
    libraries = system.from_build_list(build_list)
    homes = [PurePath("/opt/python"), PurePath("/venv/lib/site-packages")]
    assert [lib.name for lib in system.foreign(libraries, homes)] == ["libssl.so.3"]


@pytest.fixture()
def machine(tmp_path: Path) -> tuple[Path, Path]:
    """A build machine's package documentation: copyright files and common licence texts."""
    doc, common = tmp_path / "doc", tmp_path / "common-licenses"
    (doc / "libssl3").mkdir(parents=True)
    (doc / "libssl3" / "copyright").write_text("OpenSSL: Apache-2.0, see Apache-2.0 there")
    (doc / "libx11-6").mkdir()
    (doc / "libx11-6" / "copyright").write_text(
        "X11 licence text.\nSee /usr/share/common-licenses/GPL-2."
    )
    common.mkdir()
    (common / "GPL-2").write_text("GNU GENERAL PUBLIC LICENSE Version 2 (the text)")
    return doc, common


def test_a_system_library_without_its_licence_text_fails_the_check(
    system: types.ModuleType, machine: tuple[Path, Path]
) -> None:
    doc, common = machine
    owners = {"libssl.so.3": "libssl3", "libX11.so.6": "libx11-6", "libfoo.so.1": "libfoo1"}

    def lookup(paths: list[PurePath]) -> dict[str, str]:
        return {p.name: owners[p.name] for p in paths if p.name in owners}

    ssl = _library(system, "libssl.so.3", "/lib/libssl.so.3")
    x11 = _library(system, "libX11.so.6", "/lib/libX11.so.6")
    found, unknown = system.packages([ssl, x11], lookup, doc)
    assert [p.name for p in found] == ["libssl3", "libx11-6"] and unknown == []
    text = system.section(found, common)
    assert "libx11-6: libX11.so.6" in text and "X11 licence text." in text
    assert "GNU GENERAL PUBLIC LICENSE Version 2 (the text)" in text  # the referred licence
    assert system.missing([ssl, x11], text, lookup, doc, common) == []

    without_gpl = text.replace("GNU GENERAL PUBLIC LICENSE Version 2 (the text)", "")
    assert system.missing([ssl, x11], without_gpl, lookup, doc, common) == [
        "libX11.so.6 (licence text)"
    ]
    without_name = text.replace("libssl.so.3", "")
    assert system.missing([ssl, x11], without_name, lookup, doc, common) == ["libssl.so.3"]
    foo = _library(system, "libfoo.so.1", "/lib/libfoo.so.1")  # its package has no copyright
    bar = _library(system, "libbar.so.2", "/opt/libbar.so.2")  # no package at all
    assert system.missing([foo, bar], text, lookup, doc, common) == [
        "libfoo.so.1 (no package with a copyright file)",
        "libbar.so.2 (no package with a copyright file)",
    ]


@pytest.mark.skipif(
    not BUILD_BINARIES.exists(), reason="no one-folder build here (packaging/build.py)"
)
def test_every_library_of_the_build_machine_in_the_frozen_build_has_its_licence(
    system: types.ModuleType,
) -> None:
    built = (BUILT_NOTICES / "third-party-notices.txt").read_text("utf-8")
    libraries = system.from_build_list(BUILD_BINARIES.read_text("utf-8"))
    foreign = system.foreign(libraries, system.python_homes())
    assert system.missing(foreign, built) == []


def test_of_several_owners_of_a_library_name_the_owner_of_its_path_wins(
    system: types.ModuleType,
) -> None:
    found = [
        ("lib32z1", PurePath("/usr/lib32/libz.so.1")),
        ("zlib1g", PurePath("/usr/lib/x86_64-linux-gnu/libz.so.1")),
    ]
    # merged /usr: the build found it in /lib, the package database has it under /usr/lib
    assert system._owner(PurePath("/lib/x86_64-linux-gnu/libz.so.1"), found) == "zlib1g"
    assert system._owner(PurePath("/opt/other/libz.so.1"), found) == "lib32z1"  # by name only
