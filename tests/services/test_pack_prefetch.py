"""Reading a pack ahead from its stick: never an error of its own, bounded by the memory available."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import pack_prefetch


def test_a_pack_is_read_ahead_to_its_end_on_a_daemon_thread(tmp_path: Path) -> None:
    pack = tmp_path / "big.sabilpack"
    pack.write_bytes(b"x" * (3 * 1024 * 1024 + 17))
    thread = pack_prefetch.prefetch_pack(pack)
    assert thread is not None and thread.daemon
    thread.join(10)
    assert not thread.is_alive()
    assert pack_prefetch._read_ahead(pack, pack.stat().st_size) == pack.stat().st_size


def test_no_more_than_a_share_of_the_available_memory_is_read_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "big.sabilpack"
    pack.write_bytes(b"x" * (8 * 1024 * 1024))
    monkeypatch.setattr(pack_prefetch, "_available_memory", lambda: 8 * 1024 * 1024)
    limits: list[int] = []
    monkeypatch.setattr(pack_prefetch, "_read_ahead", lambda path, limit: limits.append(limit) or 0)
    thread = pack_prefetch.prefetch_pack(pack)
    assert thread is not None
    thread.join(10)
    assert limits == [2 * 1024 * 1024]  # a quarter: a bigger read-ahead would push its own first pages out


def test_a_missing_or_unreadable_pack_is_left_to_the_importer_to_report(tmp_path: Path) -> None:
    assert pack_prefetch.prefetch_pack(tmp_path / "gone.sabilpack") is None
    assert pack_prefetch._read_ahead(tmp_path / "gone.sabilpack", 100) == 0
    (tmp_path / "folder.sabilpack").mkdir()
    thread = pack_prefetch.prefetch_pack(tmp_path / "folder.sabilpack")
    if thread is not None:  # a folder has a size on some systems; reading it fails quietly
        thread.join(10)
    assert pack_prefetch._read_ahead(tmp_path / "folder.sabilpack", 100) == 0


def test_the_memory_available_is_known_on_this_system() -> None:
    assert pack_prefetch._available_memory() > 16 * 1024 * 1024


def test_where_the_os_cannot_be_advised_the_file_is_read_through(tmp_path: Path) -> None:
    import os

    pack = tmp_path / "big.sabilpack"
    pack.write_bytes(b"y" * (2 * 1024 * 1024 + 5))
    fd = os.open(pack, os.O_RDONLY)
    try:
        assert pack_prefetch._read_through(fd, 1024 * 1024) == 1024 * 1024
        assert pack_prefetch._read_through(fd, 10 * 1024 * 1024) == 2 * 1024 * 1024 + 5
    finally:
        os.close(fd)


def test_a_pack_already_being_read_ahead_is_not_read_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    pack = tmp_path / "big.sabilpack"
    pack.write_bytes(b"z" * 1024)
    release = threading.Event()
    calls: list[int] = []

    def slow_read(path: Path, limit: int) -> int:
        calls.append(limit)
        release.wait(10)
        return limit

    monkeypatch.setattr(pack_prefetch, "_read_ahead", slow_read)
    first = pack_prefetch.prefetch_pack(pack)
    second = pack_prefetch.prefetch_pack(str(pack))  # the command line's path, then the service's Path
    release.set()
    assert first is not None and second is first
    first.join(10)
    third = pack_prefetch.prefetch_pack(pack)  # once done, a later import reads ahead again
    assert third is not None and third is not first
    third.join(10)
    assert calls == [1024, 1024]
