"""Partial files: a running export's file is left alone, a killed one's removed at start."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgs_ropa.storage import partials


@pytest.fixture(autouse=True)
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "journal"
    monkeypatch.setattr(partials, "journal_folder", lambda: folder)
    return folder


def test_a_running_export_keeps_its_partial_file(tmp_path: Path, journal: Path) -> None:
    partial = tmp_path / "register.pdf.partial"
    with partials.tracked(partial):
        partial.write_bytes(b"register data")
        assert partials.remove_stale() == []  # another start while the export runs
        assert partial.read_bytes() == b"register data"
    assert list(journal.iterdir()) == []  # a finished export leaves no entry


def test_an_entry_without_a_process_removes_only_a_partial_file(
    tmp_path: Path, journal: Path
) -> None:
    journal.mkdir()
    left, folder, other = (
        tmp_path / "a.xlsx.partial",
        tmp_path / "pack.partial",
        tmp_path / "keep.xlsx",
    )
    left.write_bytes(b"data")
    folder.mkdir()
    (folder / "register.pdf").write_bytes(b"data")
    other.write_bytes(b"the user's file")
    for n, path in enumerate((left, folder, other)):
        (journal / f"{n}.txt").write_text(str(path), encoding="utf-8")
    (journal / "empty.txt").write_text("", encoding="utf-8")  # killed before it was written
    assert sorted(partials.remove_stale()) == sorted([left, folder])
    assert not left.exists() and not folder.exists() and other.exists()
    assert list(journal.iterdir()) == []
