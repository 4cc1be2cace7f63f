"""The network-share warning for SQLite files."""

from __future__ import annotations

from pathlib import Path

from kgs_ropa.storage.location import _mount_filesystem, is_network_path, network_share_warning

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/team nfs4 rw 0 0
//nas/privacy /mnt/nas cifs rw 0 0
"""


def test_the_longest_mount_point_decides() -> None:
    assert _mount_filesystem(Path("/mnt/team/register.sqlite"), MOUNTS) == "nfs4"
    assert _mount_filesystem(Path("/mnt/nas/x/y.sqlite"), MOUNTS) == "cifs"
    assert _mount_filesystem(Path("/home/user/register.sqlite"), MOUNTS) == "ext4"
    assert _mount_filesystem(Path("/mnt/teamwork/r.sqlite"), MOUNTS) == "ext4"


def test_unc_paths_are_network_paths() -> None:
    assert is_network_path(Path("//server/share/register.sqlite"))


def test_a_local_file_gets_no_warning(tmp_path: Path) -> None:
    assert network_share_warning(str(tmp_path / "register.sqlite")) is None
    assert network_share_warning(":memory:") is None


def test_a_share_gets_a_warning_that_says_what_to_do() -> None:
    warning = network_share_warning("//nas/privacy/register.sqlite")
    assert warning is not None and "network share" in warning and "PostgreSQL" in warning
