"""Qt belongs to the interface: nothing outside kgs_ropa/ui and kgs_ropa/app.py imports it."""

from __future__ import annotations

import ast
from pathlib import Path

import kgs_ropa

PACKAGE = Path(kgs_ropa.__file__).resolve().parent
ALLOWED = {PACKAGE / "app.py"}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _qt_importers() -> list[str]:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in ALLOWED or (PACKAGE / "ui") in path.parents:
            continue
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imported_modules(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    return offenders


def test_qt_is_imported_only_by_the_interface() -> None:
    assert _qt_importers() == []


def test_the_walk_sees_qt_imports(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text("from PySide6.QtCore import Qt\nimport PySide6.QtWidgets\n")
    assert _imported_modules(module) == {"PySide6.QtCore", "PySide6.QtWidgets"}


def test_the_interface_does_import_qt() -> None:
    """Guards the walk itself: it must find the imports that do exist."""
    assert "PySide6.QtWidgets" in _imported_modules(PACKAGE / "ui" / "main_window.py")
