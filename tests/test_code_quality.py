"""The linter and the type checker are part of the suite: style.md point 12."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ["model", "storage", "services", "checks", "reports", "importers", "cli"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    result = run(sys.executable, "-m", "ruff", "check", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_on_the_qt_free_packages() -> None:
    packages = [f"kgs_ropa/{name}" for name in QT_FREE]
    # Imports into the UI (the CLI starts the app) are followed for types, not reported.
    result = run(sys.executable, "-m", "mypy", "--follow-imports=silent", *packages)
    assert result.returncode == 0, result.stdout + result.stderr
