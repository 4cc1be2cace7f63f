"""Windows behaviour: the data folder, network paths, --db paths, file names, locked files.

They run on Windows as they are; on Linux the Windows code path is selected where it can be
(sys.platform, ntpath, a locked-file error as Windows raises it), so a break shows up early.
"""

from __future__ import annotations

import errno
import ntpath
import os
import sys
import types
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest

from kgs_ropa.reports.export import atomic_path
from kgs_ropa.storage import database, location
from kgs_ropa.storage.files import FileInUseError, replace_file, safe_file_name

WINDOWS = sys.platform == "win32"
LOCAL = r"C:\Users\anne\AppData\Local"


# ----------------------------------------------------------------------------- data folder


def test_the_register_lives_under_localappdata_not_roaming(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not WINDOWS:  # the Windows implementation of platformdirs, with the shell's answer faked
        folders = {"CSIDL_LOCAL_APPDATA": LOCAL, "CSIDL_APPDATA": LOCAL.replace("Local", "Roaming")}
        monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
        monkeypatch.setattr(
            database,
            "user_data_path",
            lambda *args, **kwargs: platformdirs.windows.Windows(*args, **kwargs).user_data_path,
        )
    path = str(database.default_database_path())
    local = os.environ.get("LOCALAPPDATA", LOCAL) if WINDOWS else LOCAL
    assert path.replace("/", "\\") == f"{local}\\kgs-ropa\\register.sqlite"


@pytest.mark.skipif(not WINDOWS, reason="the real shell folder exists only on Windows")
def test_the_default_folder_is_the_real_localappdata() -> None:
    expected = Path(os.environ["LOCALAPPDATA"]) / "kgs-ropa" / "register.sqlite"
    assert database.default_database_path() == expected


# ----------------------------------------------------------------------------- network paths


@pytest.fixture
def windows_paths(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    """location's Windows code path: sys.platform, ntpath, and a faked GetDriveTypeW."""
    remote_drives = {"Z:"}
    monkeypatch.setattr(location.sys, "platform", "win32")
    monkeypatch.setattr(location, "os", types.SimpleNamespace(path=ntpath))
    monkeypatch.setattr(location, "Path", location.PureWindowsPath)
    monkeypatch.setattr(location, "_windows_drive_is_remote", lambda p: p.drive in remote_drives)
    return types.SimpleNamespace(remote_drives=remote_drives)


@pytest.mark.skipif(WINDOWS, reason="selects the Windows path by hand; on Windows it is native")
@pytest.mark.parametrize(
    "database_file",
    [r"\\fileserver\privacy\register.sqlite", "//fileserver/privacy/register.sqlite"],
)
def test_a_unc_path_is_a_network_share(windows_paths: object, database_file: str) -> None:
    warning = location.network_share_warning(database_file)
    assert warning is not None and "network share" in warning


@pytest.mark.skipif(WINDOWS, reason="selects the Windows path by hand; on Windows it is native")
def test_a_mapped_network_drive_is_a_network_share(windows_paths: object) -> None:
    assert location.network_share_warning(r"Z:\privacy\register.sqlite") is not None
    assert location.network_share_warning(r"C:\Users\anne\register.sqlite") is None


# ----------------------------------------------------------------------------- --db paths


@pytest.mark.parametrize(
    "target",
    [r"C:\Users\anne\register.sqlite", "C:/Users/anne/register.sqlite", r"D:register.sqlite"],
)
def test_a_drive_letter_path_is_a_file_not_a_url(target: str) -> None:
    # "C:" looks like a URL scheme; only "://" makes a URL.
    assert not database.is_url(target)
    assert database.is_url("postgresql+psycopg://ropa@server/ropa")
    assert database.is_url("sqlite:///C:/Users/anne/register.sqlite")


@pytest.mark.skipif(not WINDOWS, reason="Windows paths resolve only on Windows")
@pytest.mark.parametrize(
    "target", [r"C:\Users\Public\kgs register.sqlite", r"\\fileserver\privacy\register.sqlite"]
)
def test_db_takes_backslash_drive_and_unc_paths(target: str) -> None:
    url = database.resolve_url(target)
    assert url.get_backend_name() == "sqlite"
    assert Path(str(url.database)) == Path(target)


def test_db_takes_a_backslash_path_on_this_system(tmp_path: Path) -> None:
    target = tmp_path / "sub folder" / "register.sqlite"
    url = database.resolve_url(str(target))
    assert url.get_backend_name() == "sqlite"
    assert Path(str(url.database)) == target.resolve()


# ----------------------------------------------------------------------------- file names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Werving & selectie", "Werving & selectie"),
        ('HR: "sollicitanten" <2026>?', "HR- -sollicitanten- -2026--"),
        (r"Klanten/leveranciers\partners|*", "Klanten-leveranciers-partners--"),
        ("Q4 2026 review. ", "Q4 2026 review"),
        ("CON", "CON-"),
        ("nul.report", "nul.report-"),
        ("COM1", "COM1-"),
        ("...", "register"),
        ("tab\there\nnewline", "tab-here-newline"),
    ],
)
def test_names_used_in_file_names_are_safe_on_windows(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_a_long_name_is_cut_to_a_length_windows_accepts() -> None:
    assert len(safe_file_name("verwerking " * 40)) <= 120


def test_a_safe_name_can_be_written(tmp_path: Path) -> None:
    name = safe_file_name('Sollicitanten: "werving" <extern>?*|/\\')
    (tmp_path / f"{name}.pdf").write_bytes(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == [f"{name}.pdf"]


# ----------------------------------------------------------------------------- locked files


def _excel_holds(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """Windows' answer when a program holds `locked` open: replacing it is refused."""
    real_replace = Path.replace

    def replace(self: Path, target: str | os.PathLike[str]) -> Path:
        if Path(target) == locked:
            error = PermissionError(errno.EACCES, "Access is denied", str(self), None, str(target))
            error.winerror = 5  # type: ignore[attr-defined]  # as os.replace sets it on Windows
            raise error
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    monkeypatch.setattr(sys, "platform", "win32")


def test_an_export_onto_a_file_open_in_excel_keeps_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "verwerkingsregister.xlsx"
    out.write_bytes(b"the old export")
    _excel_holds(monkeypatch, out)
    with pytest.raises(FileInUseError) as raised, atomic_path(out) as partial:
        partial.write_bytes(b"the new export")
    assert "close the file in Excel and try again" in str(raised.value)
    assert out.read_bytes() == b"the old export"  # untouched
    kept = tmp_path / "verwerkingsregister (new).xlsx"
    assert raised.value.kept == kept and kept.read_bytes() == b"the new export"  # not lost
    assert sorted(p.name for p in tmp_path.iterdir()) == [kept.name, out.name]  # no leftovers


def test_a_second_refusal_keeps_the_earlier_new_file_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "register.pdf"
    out.write_bytes(b"old")
    _excel_holds(monkeypatch, out)
    for content in (b"first", b"second"):
        partial = tmp_path / "register.pdf.partial"
        partial.write_bytes(content)
        with pytest.raises(FileInUseError):
            replace_file(partial, out)
    assert (tmp_path / "register (new).pdf").read_bytes() == b"first"
    assert (tmp_path / "register (new 2).pdf").read_bytes() == b"second"


def test_once_excel_lets_go_the_export_replaces_the_file(tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    out.write_bytes(b"old")
    with atomic_path(out) as partial:
        partial.write_bytes(b"new")
    assert out.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]


def test_other_write_errors_are_not_called_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    partial = tmp_path / "a.partial"
    partial.write_bytes(b"x")
    with pytest.raises(FileNotFoundError):  # the folder vanished: not Excel's doing
        replace_file(partial, tmp_path / "gone" / "a.pdf")
