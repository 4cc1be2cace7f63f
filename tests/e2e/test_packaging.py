"""The PyInstaller spec ships what the code loads at run time; main.py runs the CLI.

The spec is executed with stand-ins for PyInstaller's build steps, so these checks need no
PyInstaller: they catch a new command module or resource folder the frozen app would miss.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import subprocess
import sys
import types
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from kgs_ropa import __version__
from kgs_ropa.cli import COMMAND_MODULES

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "kgs_ropa.spec"
PACKAGE = ROOT / "kgs_ropa"


def collect_data_files(
    package: str, include_py_files: bool = False, subdir: str | None = None
) -> list[tuple[str, str]]:
    """PyInstaller's collect_data_files: (source file, destination folder) under a package."""
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.origin is not None
    root = Path(spec.origin).parent
    found = []
    for path in (root / subdir if subdir else root).rglob("*"):
        skip = "__pycache__" in path.parts or (path.suffix == ".py" and not include_py_files)
        if path.is_file() and not skip:
            found.append((str(path), str(path.parent.relative_to(root.parent))))
    return found


def collect_submodules(package: str) -> list[str]:
    """PyInstaller's collect_submodules: the package and every package and module below it."""
    root = importlib.import_module(package)
    found = pkgutil.walk_packages(root.__path__, prefix=f"{package}.")
    return [package, *(info.name for info in found)]


@pytest.fixture(scope="module")
def workpath(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("build")


@pytest.fixture(scope="module")
def analysis(workpath: Path) -> Iterator[dict[str, Any]]:
    """The options the spec passes to PyInstaller's Analysis."""
    captured: dict[str, Any] = {}

    def analyse(scripts: list[str], **options: Any) -> types.SimpleNamespace:
        captured.update(options)
        return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    build_step = lambda *args, **kwargs: None  # noqa: E731 - PYZ, EXE, COLLECT do nothing here
    names: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "workpath": str(workpath)}
    names |= {"Analysis": analyse, "PYZ": build_step, "EXE": build_step, "COLLECT": build_step}
    with pytest.MonkeyPatch.context() as patch:
        for name in ("PyInstaller", "PyInstaller.utils"):
            patch.setitem(sys.modules, name, types.ModuleType(name))
        patch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
        exec(compile(SPEC.read_text("utf-8"), str(SPEC), "exec"), names)
    yield captured


def shipped_files(analysis: dict[str, Any]) -> set[Path]:
    return {Path(source).resolve() for source, _ in analysis["datas"]}


def test_resource_packages_are_hidden_imports_and_main_is_analysed_alone(
    analysis: dict[str, Any], workpath: Path
) -> None:
    # Frozen as packages, so importlib.resources hands out real folders (the guide's images).
    for name in ("kgs_ropa.resources", "kgs_ropa.resources.docs", "kgs_ropa.resources.notices"):
        assert name in analysis["hiddenimports"]
    assert (workpath / "main.py").read_text("utf-8") == (ROOT / "main.py").read_text("utf-8")


def test_every_command_module_is_a_hidden_import(analysis: dict[str, Any]) -> None:
    missing = set(COMMAND_MODULES) - set(analysis["hiddenimports"])
    assert not missing, f"the frozen CLI would miss {missing}"
    assert "sqlalchemy.dialects.sqlite" in analysis["hiddenimports"]


def test_alembic_migrations_ship_as_files(analysis: dict[str, Any]) -> None:
    migrations = PACKAGE / "storage" / "migrations"
    scripts = {p.resolve() for p in migrations.rglob("*") if p.is_file() and p.suffix != ".pyc"}
    assert migrations / "env.py" in scripts
    assert scripts <= shipped_files(analysis)


def test_every_resource_folder_read_at_run_time_ships(analysis: dict[str, Any]) -> None:
    # Folders read through importlib.resources.files("package") or next to a package's __file__.
    source = "\n".join(p.read_text("utf-8") for p in PACKAGE.rglob("*.py"))
    packages = set(re.findall(r'resources\.files\("([\w.]+)"\)', source))
    assert packages, "no importlib.resources use found: update this test"
    folders = [Path(str(resources.files(name))) for name in packages]
    folders += [Path(str(resources.files("kgs_ropa.resources"))) / "translations"]
    data = {p.resolve() for f in folders for p in f.rglob("*") if p.is_file()}
    data = {p for p in data if p.suffix not in {".py", ".pyc"}}
    assert data, "the resource folders hold no files"
    assert data <= shipped_files(analysis), f"not shipped: {data - shipped_files(analysis)}"


def test_the_version_resource_carries_the_package_version(
    analysis: dict[str, Any], workpath: Path
) -> None:
    text = (workpath / "version_info.txt").read_text("utf-8")
    assert f'"ProductVersion", "{__version__}"' in text
    numbers = ", ".join(__version__.split(".")[:3])
    assert f"filevers=({numbers}, 0)" in text
    assert "{" not in text  # every placeholder filled in


def test_the_installer_takes_its_version_from_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))  # build.py imports notices.py beside it
    iss = (ROOT / "packaging" / "installer.iss").read_text("utf-8")
    assert not re.search(r'#define\s+AppVersion\s+"', iss), "the version is passed by build.py"
    build = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    assert build is not None and build.loader is not None
    module = importlib.util.module_from_spec(build)
    build.loader.exec_module(module)
    command = module.installer_command("ISCC.exe")
    assert f"/DAppVersion={__version__}" in command
    assert command[-1].endswith("installer.iss")


def test_main_py_runs_the_cli(tmp_path: Path) -> None:
    run = [sys.executable, str(ROOT / "main.py")]
    version = subprocess.run([*run, "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("kgs-ropa ")
    database = tmp_path / "register.sqlite"
    init = subprocess.run(
        [*run, "--db", str(database), "init"], capture_output=True, text=True, timeout=120
    )
    assert init.returncode == 0, init.stderr
    assert database.stat().st_size > 0
