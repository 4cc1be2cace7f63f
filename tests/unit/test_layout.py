"""The source layout: the package in kgs_ropa/, its resources in the top-level resources/ folder.

pyproject.toml lists the packages (discovery cannot see the mapped resources folder), so a new
subpackage that is not listed would be missing from the wheel while the tests, run from the
source tree, still pass: this test catches that.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def package_names(folder: Path, name: str) -> set[str]:
    """`name` and a package name for every folder below `folder` (as setuptools would see them)."""
    folders = [p for p in folder.rglob("*") if p.is_dir() and "__pycache__" not in p.parts]
    return {name} | {".".join([name, *p.relative_to(folder).parts]) for p in folders}


def test_every_package_folder_is_listed_in_pyproject() -> None:
    setuptools = pyproject()["tool"]["setuptools"]  # type: ignore[index]
    found = package_names(ROOT / "kgs_ropa", "kgs_ropa")
    found |= package_names(ROOT / "resources", "kgs_ropa.resources")
    found |= package_names(ROOT / "docs", "kgs_ropa.resources.docs")
    assert set(setuptools["packages"]) == found
    assert setuptools["package-dir"] == {
        "kgs_ropa.resources": "resources",
        "kgs_ropa.resources.docs": "docs",
    }


def test_resources_live_at_the_top_level_and_load_through_the_package() -> None:
    assert not (ROOT / "kgs_ropa" / "resources").exists()
    shipped = Path(str(resources.files("kgs_ropa.resources")))
    assert shipped.resolve() == (ROOT / "resources").resolve() or shipped.parts[-2:] == (
        "kgs_ropa",
        "resources",
    )
    for name in ("translations/app_nl.ts", "translations/app_nl.qm", "icons/kgs-ropa.ico"):
        assert resources.files("kgs_ropa.resources").joinpath(name).is_file(), name
