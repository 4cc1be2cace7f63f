"""How long the built app takes to show the register, cold and warm; and how big the build is.

    python packaging/start_time.py [--runs 5]

Runs the one-folder build (dist/KGS ROPA, made by build.py) on the KGS Diamond example in a
throwaway folder, offscreen, and times from starting the process to the log line the app writes
once its main window with the register is drawn. Cold: the build's files are first dropped from
the operating system's file cache (Linux: posix_fadvise; elsewhere the first run stands in for a
cold start). Warm: started again at once. Prints figures; targets are judged by a person.
Linux: the log it waits for is in the throwaway folder (XDG_STATE_HOME).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import build  # packaging/build.py, beside this script

SHOWN = build.SHOWN
TIMEOUT_SECONDS = 120


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]  # once each
    return sum(p.stat().st_size for p in files), len(files)


def drop_from_cache(folder: Path) -> bool:
    """Ask the kernel to forget the build's files, so the next start reads them from disk."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in (p for p in folder.rglob("*") if p.is_file()):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)
    return True


def start_once(env: dict[str, str], log: Path) -> float:
    """Seconds from starting the app to its "main window shown" log line."""
    log.unlink(missing_ok=True)
    started = time.perf_counter()
    app = subprocess.Popen(
        [build.program("KGS ROPA")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while not (log.exists() and SHOWN in log.read_text("utf-8", "replace")):
            if app.poll() is not None or time.perf_counter() - started > TIMEOUT_SECONDS:
                raise SystemExit(f"the app did not show its window (exit {app.returncode})")
            time.sleep(0.01)
        return time.perf_counter() - started
    finally:
        app.terminate()
        app.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    size, count = folder_size(build.DIST)
    print(f"build: {size / 1e6:.0f} MB in {count} files ({build.DIST})")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = build.isolated_env(folder)
        build.run(env, "init", "--example", "kgs")
        log = folder / "state" / "kgs-ropa" / "log" / "kgs-ropa.log"  # XDG_STATE_HOME (Linux)
        start_once(env, log)  # the first start writes the window settings; not counted
        cold, warm = [], []
        for _ in range(runs):
            if not drop_from_cache(build.DIST):
                print("cannot drop files from the cache here: no cold figures")
                break
            cold.append(start_once(env, log))
        for _ in range(runs):
            warm.append(start_once(env, log))
    for label, times in (("cold", cold), ("warm", warm)):
        if times:
            print(
                f"{label} start to the register shown: median {statistics.median(times):.2f} s, "
                f"min {min(times):.2f} s, max {max(times):.2f} s ({len(times)} runs)"
            )


if __name__ == "__main__":
    main()
