"""Refresh the interface translations: lupdate collects the strings, lrelease compiles them.

Run after changing interface text:  python scripts/update_translations.py
Then translate the new entries of resources/translations/app_nl.ts (Qt Linguist, or
any text editor), run this script again, and commit both the .ts and the .qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kgs_ropa"
# Messages made below the interface (kgs_ropa.message) are marked in the Qt-free modules that
# import it; lupdate finds QT_TRANSLATE_NOOP by name in any Python file.
MESSAGES = [
    p for p in sorted(PACKAGE.rglob("*.py")) if "from kgs_ropa.message import" in p.read_text()
]
SOURCES = sorted((PACKAGE / "ui").glob("*.py")) + [PACKAGE / "app.py"] + MESSAGES
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["nl"]


def tool(name: str) -> str:
    """The PySide6 tool next to this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"app_{lang}.ts"
        sources = [str(p.relative_to(ROOT)) for p in SOURCES]
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none"]
            + ["-ts", str(ts)],
            check=True,
            cwd=ROOT,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            cwd=ROOT,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
