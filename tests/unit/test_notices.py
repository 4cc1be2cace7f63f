"""The third-party notices: every bundled distribution with its licence text, Qt replaceable.

packaging/notices.py writes them; packaging/build.py checks each real build against what it
bundled. Here: the shipped notices against this environment's run-time dependencies, and the
check itself.
"""

from __future__ import annotations

import importlib.util
import types
from importlib import metadata, resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_LIST = ROOT / "build" / "kgs_ropa" / "bundled-top-level.txt"
BUILT_NOTICES = ROOT / "dist" / "KGS ROPA" / "_internal" / "kgs_ropa" / "resources" / "notices"


@pytest.fixture(scope="module")
def notices() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("notices", ROOT / "packaging" / "notices.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
