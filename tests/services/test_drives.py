"""Drives: packs found on a folder standing for a USB stick, mount tables read, removable media recognised."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.services.drives import Drive, drives_from, find_packs, is_removable, parse_mounts


def _touch(path: Path, data: bytes = b"PK") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_find_packs_looks_two_levels_down_and_skips_the_rest(tmp_path: Path) -> None:
    stick = tmp_path / "USB DISK"
    top = _touch(stick / "fractions-1.2.0.sabilpack")
    upper = _touch(stick / "READING.SABILPACK")
    nested = _touch(stick / "packs" / "algebra-1.0.0.sabilpack")
    _touch(stick / "packs" / "deeper" / "too-deep.sabilpack")  # depth 3
    _touch(stick / ".Trash-1000" / "deleted.sabilpack")  # hidden folder
    _touch(stick / "._fractions-1.2.0.sabilpack")  # macOS resource fork
    _touch(stick / "System Volume Information" / "x.sabilpack")
    _touch(stick / "notes.txt")
    (stick / "photos").mkdir()

    assert find_packs([stick]) == sorted([top, upper, nested], key=lambda p: (str(p.parent).casefold(), p.name.casefold()))
    assert find_packs([stick], limit_depth=1) == [top, upper]
    assert find_packs([stick], limit_depth=3)[-1].name == "too-deep.sabilpack"


@pytest.mark.skipif(sys.platform == "win32", reason="making links needs extra rights on Windows")
def test_find_packs_ignores_links_missing_roots_and_duplicates(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    real = _touch(stick / "a.sabilpack")
    elsewhere = _touch(tmp_path / "private" / "secret.sabilpack")
    os.symlink(elsewhere, stick / "link.sabilpack")
    os.symlink(elsewhere.parent, stick / "linked-folder")
    assert find_packs([stick, stick, tmp_path / "gone"]) == [real]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux mount table and media folders")
def test_mount_table_is_parsed_with_escapes_and_removable_media_recognised() -> None:
    text = (
        "/dev/sda2 / ext4 rw,relatime 0 0\n"
        "proc /proc proc rw 0 0\n"
        "/dev/sdb1 /media/teacher/USB\\040DISK vfat rw,nosuid 0 0\n"
        "/dev/sdc1 /run/media/amal/سبيل exfat rw 0 0\n"
        "/dev/sdb1 /media/teacher/USB\\040DISK vfat rw,nosuid 0 0\n"
    )
    mounts = parse_mounts(text)
    assert mounts[2] == ("/dev/sdb1", Path("/media/teacher/USB DISK"))
    drives = drives_from(mounts)
    assert drives == [
        Drive(root=Path("/media/teacher/USB DISK"), name="USB DISK"),
        Drive(root=Path("/run/media/amal/سبيل"), name="سبيل"),
    ]
    assert not is_removable(Path("/"), "/dev/sabil-test-no-such-disk")
    assert not is_removable(Path("/media"), "")
