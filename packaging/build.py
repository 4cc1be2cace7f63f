"""Build the one-folder app with PyInstaller, then smoke-test the built programs.

Run on the target platform (Windows builds only on Windows): `python packaging/build.py`;
`--smoke-only` tests an existing build; `--installer` then wraps it in the Windows installer
(Inno Setup), passing the package's version. The smoke test runs the built programs on a fresh
database in a temporary folder: the CLI creates the example register, checks, exports and packs
it (the files are opened to be sure they are real); the windowed app must start offscreen,
write its log and database and keep running until it is stopped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import notices  # packaging/notices.py, beside this script
import system_libraries

from kgs_ropa import __version__

HERE = Path(__file__).resolve().parent
BUILD = HERE.parent / "build"
DIST = HERE.parent / "dist" / "KGS ROPA"
APP_START_SECONDS = 60  # a cold first start (antivirus scanning every DLL) can be slow
APP_STAYS_UP_SECONDS = 5
SHOWN = "main window shown"  # the app's log line once the register window is drawn


def build() -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(DIST.parent), "--workpath", str(BUILD)]
    subprocess.run([*command, str(HERE / "kgs_ropa.spec")], check=True, cwd=HERE)


def write_notices() -> None:
    """The notices from this build's own environment, checked against what it bundles: every
    distribution, and every shared library copied from the build machine."""
    binaries = (BUILD / "kgs_ropa" / "bundled-binaries.txt").read_text("utf-8")
    libraries = system_libraries.foreign(
        system_libraries.from_build_list(binaries), system_libraries.python_homes()
    )
    packages, _unknown = system_libraries.packages(libraries)
    text = notices.render(windows_too=False)
    text += system_libraries.section(packages) if packages else ""
    shipped = DIST / "_internal" / "kgs_ropa" / "resources" / "notices" / notices.OUT.name
    shipped.write_text(text, "utf-8", newline="\n")
    names = (BUILD / "kgs_ropa" / "bundled-top-level.txt").read_text("utf-8").split()
    bundled = notices.distributions_of(names)
    lacking = notices.missing(bundled, text) + system_libraries.missing(libraries, text)
    if lacking:
        fail(f"bundled without their licence in the notices: {', '.join(lacking)}")
    listed = ", ".join(sorted(d.metadata["Name"] for d in bundled))
    print(f"notices: {len(bundled)} bundled distributions, each with its licence ({listed})")
    print(f"notices: {len(libraries)} libraries of the build machine from {len(packages)} packages")


def installer_command(iscc: str) -> list[str]:
    return [iscc, f"/DAppVersion={__version__}", str(HERE / "installer.iss")]


def installer() -> None:
    # Chocolatey's Inno Setup is not on PATH; its default folder is the usual place.
    default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"), "Inno Setup 6")
    iscc = shutil.which("ISCC") or str(default / "ISCC.exe")
    subprocess.run(installer_command(iscc), check=True, cwd=HERE)


def program(name: str) -> str:
    return str(DIST / (f"{name}.exe" if os.name == "nt" else name))


def fail(message: str) -> None:
    raise SystemExit(f"smoke test failed: {message}")


def isolated_env(folder: Path) -> dict[str, str]:
    """Everything the programs write goes to `folder`, never to the user's own register."""
    env = dict(os.environ, KGS_ROPA_DB=str(folder / "app.sqlite"), QT_QPA_PLATFORM="offscreen")
    if os.name != "nt":  # on Windows the app finds its folders through the shell API instead
        env["HOME"] = str(folder / "home")
        for name in ("DATA", "STATE", "CONFIG", "CACHE"):
            env[f"XDG_{name}_HOME"] = str(folder / name.lower())
    return env


def run(env: dict[str, str], *args: str, codes: tuple[int, ...] = (0,)) -> str:
    result = subprocess.run(
        [program("kgs-ropa"), *args], env=env, capture_output=True, text=True, timeout=300
    )
    print(f"kgs-ropa {' '.join(args[:2])}: exit {result.returncode}")
    if result.returncode not in codes:
        fail(f"{args} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def smoke_cli(folder: Path, env: dict[str, str]) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    env = dict(env, KGS_ROPA_DB=str(folder / "cli.sqlite"))
    version = run(env, "--version").strip()
    if version != f"kgs-ropa {__version__}":
        fail(f"the build says {version!r}, the package is {__version__}")
    print(version)
    run(env, "init", "--example", "kgs")
    run(env, "check", codes=(0, 1))
    run(env, "verify-history")
    out = {fmt: folder / f"register.{fmt}" for fmt in ("json", "xlsx", "pdf")}
    for fmt, path in out.items():
        run(env, "export", fmt, str(path))
    activities = json.loads(out["json"].read_text("utf-8"))["activities"]
    rows = sum(sheet.max_row for sheet in load_workbook(out["xlsx"]).worksheets)
    pages = PdfReader(out["pdf"]).pages
    if not activities or rows < 2 or not pages or not pages[0].extract_text().strip():
        fail(f"empty export: {len(activities)} activities, {rows} rows, {len(pages)} pages")
    print(f"exports: {len(activities)} activities, {rows} spreadsheet rows, {len(pages)} pages")
    run(env, "inquiry-pack", str(folder / "inquiry"))


def app_started(folder: Path, database: Path) -> bool:
    # On Windows the log goes to the real %LOCALAPPDATA%\kgs-ropa (found through the shell API).
    if os.name == "nt":
        return database.exists()
    logs = [p.read_text("utf-8", "replace") for p in folder.rglob("kgs-ropa.log")]
    return database.exists() and any(SHOWN in text for text in logs)


def smoke_app(folder: Path, env: dict[str, str]) -> None:
    database = Path(env["KGS_ROPA_DB"])
    # The app creates only its default register; a register named by KGS_ROPA_DB must exist.
    run(env, "init")
    output = folder / "app-output.txt"
    with output.open("w") as sink:
        app = subprocess.Popen([program("KGS ROPA")], env=env, stdout=sink, stderr=sink)
    try:
        deadline = time.monotonic() + APP_START_SECONDS
        while not app_started(folder, database) and app.poll() is None:
            if time.monotonic() > deadline:
                fail(f"no database or log after {APP_START_SECONDS} s (is KGS ROPA open?)")
            time.sleep(0.5)
        time.sleep(APP_STAYS_UP_SECONDS)
        if app.poll() is not None:
            fail(f"the app exited with {app.returncode}:\n{output.read_text()}")
    finally:
        app.terminate()
        app.wait(30)
    print(f"app: showed its window, ran {APP_STAYS_UP_SECONDS} s more, wrote {database.name}")
    if output.read_text().strip():
        print(f"app output:\n{output.read_text()}")


def smoke_test() -> None:
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as name:
        folder = Path(name)
        env = isolated_env(folder)
        smoke_cli(folder, env)
        smoke_app(folder, env)
    print("smoke test passed")


if __name__ == "__main__":
    if "--smoke-only" not in sys.argv:
        build()
        write_notices()
    smoke_test()
    if "--installer" in sys.argv:
        installer()
