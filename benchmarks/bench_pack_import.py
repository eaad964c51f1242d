"""Importing a big pack from a folder against a plain copy of the same bytes, and verifying it.

A pack of 20,000 items (200 skills) and 300 MB of media (1,000 PNG pictures and 500 Ogg audio
files of random bytes behind real PNG/Ogg headers, so the content checks accept them and nothing
compresses) is generated into a folder standing for a USB stick. Then, in the same run, each
measurement once with a WARM page cache (the pack read just before) and once with a COLD one (as
root, ``sync; echo 3 > /proc/sys/vm/drop_caches`` before each measurement; otherwise the pack
file's pages are evicted), interleaved so that the machine's load falls on all of them alike:

- (a) a plain copy of the .sabilpack to the same disk (``shutil.copyfile``), and the same copy
  followed by ``fsync`` (an import must be on disk before it says "done", a copy does not);
- (b) ``sabil pack import FILE --allow-unsigned`` as a real command (a fresh process: Python start,
  database open, import, exit) into a data folder that was started once before (bundled packs in),
  and ``PackService.install_file`` in a process already running (the app's Packs screen);
- (c) ``sabil pack verify FILE`` as a real command (warm).

Medians of several repetitions, throughput in MB/s, the ratios import / copy and the 1-minute load
average before each measurement are printed; then each part of an import timed alone.
Targets (issue 4): import >= 50 % of the copy's throughput; verify < 5 s.
Run: ``.venv/bin/python benchmarks/bench_pack_import.py [--repeats 5] [--items 20000] [--media-mb 300]``
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from app.content_packs.builder import pack_json_bytes, write_zip
from app.content_packs.media import media_entry_for
from app.content_packs.model import FORMAT_VERSION, ItemDef, MediaEntry, PackManifest, SkillDef

PACK_ID = "org.sabil.bench.big"
DROP_CACHES = "/proc/sys/vm/drop_caches"


def png_bytes(rng: random.Random, size: int) -> bytes:
    """A PNG of ``size`` bytes: signature, a real IHDR, one IDAT chunk of random bytes, IEND."""
    ihdr = struct.pack(">IIBBBBB", 640, 480, 8, 2, 0, 0, 0)
    head = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
    tail = _chunk(b"IEND", b"")
    body = rng.randbytes(max(0, size - len(head) - len(tail) - 12))
    return head + _chunk(b"IDAT", body) + tail


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def ogg_bytes(rng: random.Random, size: int) -> bytes:
    """An Ogg file of ``size`` bytes whose first page announces Vorbis, then random bytes."""
    identification = b"\x01vorbis" + struct.pack("<IBIiiiBB", 0, 1, 44100, 0, 96000, 0, 0xB8, 1)
    page = b"OggS" + bytes([0, 2]) + struct.pack("<qIIIB", 0, 1, 0, 0, 1) + bytes([len(identification)])
    head = page + identification
    return head + rng.randbytes(max(0, size - len(head)))


def write_generated_pack(out: Path, *, items: int, media_bytes: int, skills: int = 200, seed: int = 0) -> Path:
    """Write a valid, unsigned pack of ``items`` numeric items and about ``media_bytes`` of media to ``out``.

    Two thirds of the media bytes are PNG pictures (~200 kB), one third Ogg audio (~200 kB); each
    file is shown by one item. The media are written to a folder beside ``out`` first, then zipped.
    """
    rng = random.Random(seed)
    media_dir = out.parent / f".{out.stem}-media"
    shutil.rmtree(media_dir, ignore_errors=True)
    media_dir.mkdir(parents=True)
    entries: list[MediaEntry] = []
    count = max(1, media_bytes // 200_000)
    for n in range(count):
        size = rng.randint(150_000, 250_000)
        name, data = (f"pic-{n:05d}.png", png_bytes(rng, size)) if n % 3 else (f"sound-{n:05d}.ogg",
                                                                                ogg_bytes(rng, size))
        (media_dir / name).write_bytes(data)
        entries.append(media_entry_for(name, data))
    skill_defs = tuple(
        SkillDef(id=f"skill-{s:03d}", title={"en": f"Skill {s}"},
                 prerequisites=(f"skill-{s - 1:03d}",) if s % 10 else ())
        for s in range(skills)
    )
    item_defs = []
    for n in range(items):
        a, b = rng.randint(1, 99), rng.randint(1, 99)
        media = (entries[n].path,) if n < len(entries) else ()
        item_defs.append(ItemDef(
            id=f"item-{n:05d}", skill_id=f"skill-{n % skills:03d}", type="numeric",
            prompt=f"What is ${a} + {b}$?", answer=str(a + b), hints=(f"Add the tens, then the ones: {a} + {b}.",),
            solution=f"${a} + {b} = {a + b}$.", media=media,
        ))
    manifest = PackManifest(
        format_version=FORMAT_VERSION, id=PACK_ID, version="1.0.0", title={"en": "Benchmark pack"},
        description={"en": "Generated for bench_pack_import."}, language="en", licence="CC0-1.0",
        authors=("Sabil benchmarks",), subjects=("mathematics",), age_range=(6, 12),
        skills=skill_defs, items=tuple(item_defs), media=tuple(entries),
    )
    zip_entries: dict[str, bytes | Path] = {"pack.json": pack_json_bytes(manifest)}
    zip_entries.update({f"media/{e.path}": media_dir / e.path for e in entries})
    write_zip(zip_entries, out)
    shutil.rmtree(media_dir)
    return out


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _sabil(*args: str) -> None:
    result = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"sabil {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")


def _copy(src: Path, dst: Path, sync: bool) -> None:
    shutil.copyfile(src, dst)
    if sync:
        fd = os.open(dst, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _cpu_seconds() -> float:
    """CPU time of this process and of the finished child processes (the `sabil` commands)."""
    import resource  # POSIX only; the kill test imports this module for its pack generator on any OS

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _can_drop_caches() -> bool:
    return os.access(DROP_CACHES, os.W_OK)


def _make_cold(pack: Path, drop_all: bool) -> None:
    """Nothing of the pack in the page cache, as with a stick just plugged in.

    As root every cache is dropped (``echo 3 > /proc/sys/vm/drop_caches``, after ``sync``), so the
    import also starts Python from the disk; otherwise only the pack file's pages are evicted.
    """
    os.sync()
    if drop_all:
        with open(DROP_CACHES, "w") as handle:
            handle.write("3\n")
        return
    fd = os.open(pack, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def _make_warm(pack: Path) -> None:
    """The whole pack in the page cache (read once), and no dirty pages left from the last run."""
    os.sync()
    with open(pack, "rb") as handle:
        while handle.read(8 * 1024 * 1024):
            pass


def main() -> None:
    """Generate the pack, time copy / import / verify with a warm and a cold cache, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--media-mb", type=int, default=300)
    parser.add_argument("--workdir", type=Path, default=None, help="where to generate (default: a temp folder)")
    args = parser.parse_args()
    drop_all = _can_drop_caches()

    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        root = Path(tmp)
        stick = root / "stick"
        stick.mkdir()
        started = time.perf_counter()
        pack = write_generated_pack(stick / "big.sabilpack", items=args.items, media_bytes=args.media_mb * 1_000_000)
        size = pack.stat().st_size
        print(f"generated {pack.name}: {size / 1e6:.0f} MB, {args.items} items in {time.perf_counter() - started:.1f} s")
        template = root / "data-template"
        _sabil("pack", "list", "--data-dir", str(template))  # first start: migrations, bundled packs

        runs: dict[str, list[float]] = {}
        loads: list[float] = []

        cpu: dict[str, list[float]] = {}

        def measure(name: str, cache: str, action: Callable[[], object]) -> None:
            if cache == "cold":
                _make_cold(pack, drop_all)
            else:
                _make_warm(pack)
            loads.append(os.getloadavg()[0])
            before = _cpu_seconds()
            runs.setdefault(f"{name} {cache}", []).append(_timed(action))
            cpu.setdefault(f"{name} {cache}", []).append(_cpu_seconds() - before)

        for n in range(args.repeats):
            for cache in ("warm", "cold"):
                target = root / f"copy-{n}.sabilpack"
                measure("copy", cache, lambda t=target: _copy(pack, t, sync=False))
                target.unlink()
                measure("copy+fsync", cache, lambda t=target: _copy(pack, t, sync=True))
                target.unlink()
                data = root / f"data-{n}"
                shutil.copytree(template, data)
                measure("import", cache, lambda d=data: _sabil("pack", "import", str(pack), "--allow-unsigned",
                                                               "--data-dir", str(d)))
                shutil.rmtree(data)
                shutil.copytree(template, data)
                _install_in_process(pack, data, lambda action, c=cache: measure("install_file", c, action))
                shutil.rmtree(data)
            measure("verify", "warm", lambda: _verify(pack, template))
        phases = _phases(pack, template, root / "scratch-media")

    median = {name: statistics.median(values) for name, values in runs.items()}

    def mbps(seconds: float) -> float:
        return size / 1e6 / seconds

    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"pack: {size / 1e6:.0f} MB, {args.items} items; medians of {args.repeats} runs; cold = "
          + ("all caches dropped (sync; echo 3 > /proc/sys/vm/drop_caches)" if drop_all
             else "the pack file's pages evicted (posix_fadvise DONTNEED)"))
    print(f"1-minute load average before each measurement: min {min(loads):.1f}, median "
          f"{statistics.median(loads):.1f}, max {max(loads):.1f}")
    for cache in ("warm", "cold"):
        copy_s, sync_s = median[f"copy {cache}"], median[f"copy+fsync {cache}"]
        print(f"-- {cache} cache")
        print(f"(a) plain copy:              {copy_s:6.2f} s  {mbps(copy_s):7.0f} MB/s")
        print(f"    copy + fsync:            {sync_s:6.2f} s  {mbps(sync_s):7.0f} MB/s")
        for name, label in (("import", "(b) sabil pack import:      "), ("install_file", "    install_file in process:")):
            seconds = median[f"{name} {cache}"]
            print(f"{label} {seconds:6.2f} s  {mbps(seconds):7.0f} MB/s   = {100 * copy_s / seconds:.0f} % of the "
                  f"plain copy's throughput, {100 * sync_s / seconds:.0f} % of copy + fsync's (target >= 50 %)")
    print("CPU seconds used (user + system, all threads; a measure the machine's load barely changes): "
          + ", ".join(f"{name} {statistics.median(values):.2f}" for name, values in cpu.items()))
    print(f"(c) sabil pack verify:       {median['verify warm']:6.2f} s  (target < 5 s)")
    for name, seconds in phases.items():
        print(f"    {name}: {seconds:.2f} s")
    for name, values in runs.items():
        print(f"runs (s) {name}: " + " ".join(f"{v:.2f}" for v in values))


def _install_in_process(pack: Path, data: Path, measure: Callable[[Callable[[], object]], None]) -> None:
    from app.config import Paths
    from app.services.pack_service_open import open_pack_service

    db, packs = open_pack_service(Paths(data))
    try:
        measure(lambda: packs.install_file(pack, allow_unsigned=True))
    finally:
        db.close()


def _phases(pack: Path, template: Path, scratch: Path) -> dict[str, float]:
    """Where an import's time goes, each part measured alone with a warm cache (the import overlaps them)."""
    from app.content_packs.media_sniff import sniff_problem, svg_problem
    from app.content_packs.reader import read_pack
    from app.services.gc_pause import gc_paused
    from app.services.import_media_pass import MediaPass, claimed_pack
    from app.services.media_import import MediaImport
    from app.services.media_store import MediaStore
    from app.services.pack_files import read_raw
    from app.services.packs import MEDIA_WORKERS

    _make_warm(pack)
    with gc_paused():
        figures = {"validate pack.json (read_pack without media)": _timed(
            lambda: read_pack(pack, media_hashes=False))}
    claims = claimed_pack(read_raw(pack).pack_json)
    assert claims is not None
    incoming = MediaImport(MediaStore(scratch), head_check=sniff_problem, full_check=svg_problem)

    def media_pass() -> None:
        MediaPass(pack, [(e, True) for e in claims.media], incoming, lambda _e: _no_progress, lambda _e: None,
                  workers=MEDIA_WORKERS).start().join()
        incoming.publish()

    _make_warm(pack)
    figures[f"media pass alone ({len(claims.media)} files, {MEDIA_WORKERS} threads: read, sha256, sniff, "
            "write, syncfs, rename)"] = _timed(media_pass)
    figures["process start + open the data folder (sabil pack list)"] = _timed(
        lambda: _sabil("pack", "list", "--data-dir", str(template)))
    return figures


def _no_progress(_count: int) -> None:
    """The phase timing reports no progress."""


def _verify(pack: Path, data: Path) -> None:
    # An unsigned pack verifies as "unverified" (exit status 3) after every check passed.
    result = subprocess.run([sys.executable, "-m", "app", "pack", "verify", str(pack), "--data-dir", str(data)],
                            capture_output=True, text=True)
    if result.returncode != 3 or "unverified" not in result.stderr:
        raise SystemExit(f"sabil pack verify: unexpected result {result.returncode}: {result.stderr.strip()}")


if __name__ == "__main__":
    main()
