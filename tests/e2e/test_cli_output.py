"""The CLI's output when the place to write is wrong or the reader goes away."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kgs_ropa.services.synthetic import synthetic_document


def kgs_ropa(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kgs_ropa", *args],
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,  # type: ignore[call-overload]
    )


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "r.sqlite")
    assert kgs_ropa("--db", path, "init", "--example", "kgs").returncode == 0
    return path


@pytest.mark.parametrize("fmt", ["json", "xlsx", "pdf"])
def test_exporting_onto_a_folder_says_so(register: str, tmp_path: Path, fmt: str) -> None:
    result = kgs_ropa("--db", register, "export", fmt, str(tmp_path))
    assert result.returncode == 2
    assert "is a folder: give the name of the file to write" in result.stderr
    assert "Traceback" not in result.stderr and list(tmp_path.iterdir()) == []


def test_an_unwritable_place_gives_one_message_and_no_traceback(register: str) -> None:
    result = kgs_ropa("--db", register, "export", "xlsx", "/proc/register.xlsx")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("kgs-ropa export: cannot write /proc/register.xlsx")
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    # More history than a pipe buffers, so the writer really meets the closed pipe.
    document = tmp_path / "big.json"
    document.write_text(json.dumps(synthetic_document(1500)), "utf-8")
    register = str(tmp_path / "big.sqlite")
    assert kgs_ropa("--db", register, "init").returncode == 0
    assert kgs_ropa("--db", register, "import", "json", str(document)).returncode == 0
    assert len(kgs_ropa("--db", register, "history").stdout) > 65536
    process = subprocess.Popen(
        [sys.executable, "-m", "kgs_ropa", "--db", register, "history"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    process.wait(timeout=120)
    assert "Broken pipe" not in process.stderr.read().decode()
    assert process.returncode == 0
