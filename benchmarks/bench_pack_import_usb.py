"""Importing the big pack from an emulated USB stick against a plain copy of it from the same stick.

``bench_pack_import.py`` reads the pack from the machine's own disk, mostly from the page cache:
there a copy runs at memory speed (2-3 GB/s) and the comparison measures only the importer's CPU.
The issue's figures are about USB sticks (Kolibri: imports at 5-9 MB/s from a stick that copies at
about 100 MB/s). This benchmark puts the same generated pack (20,000 items, 300 MB of media) on a
file system on a loop device whose reads are throttled by the block-I/O cgroup to the speed of a
stick (``--speeds``, default 100 MB/s for a USB 3 stick and 30 MB/s for a USB 2 stick), so the copy
and the import read through the same limit, as they would from the real stick:

- (a) a plain copy of the .sabilpack from the stick to the data disk (``shutil.copyfile``), and
  the same copy followed by ``fsync``;
- (b) ``sabil pack import FILE --allow-unsigned`` as a real command (a new process) into a data
  folder that was started once before, and ``PackService.install_file`` in a process that has
  already opened the data folder (what the Packs screen does; only the import is timed).

Every measurement starts cold (``sync; echo 3 > /proc/sys/vm/drop_caches``: the stick's pages and
Python's own files), each run in its own process inside the throttled cgroup; the kinds of run are
interleaved. ``--cpus 1`` also caps the runs to one CPU in all (the CPU cgroup's quota), standing in
for a slower school PC. Medians, MB/s and the ratios are printed.

Needs root, ``losetup``, ``mkfs.ext4`` and the cgroup v1 ``blkio`` (and ``cpu``) controllers
mounted under /sys/fs/cgroup (as on this project's benchmark machine); it cleans up after itself.
Run: ``sudo .venv/bin/python benchmarks/bench_pack_import_usb.py [--repeats 3] [--speeds 100 30] [--cpus 1]``
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pack_import import write_generated_pack  # noqa: E402 - the same generated pack

CGROUP_ROOT = Path("/sys/fs/cgroup")
DROP_CACHES = "/proc/sys/vm/drop_caches"
_IN_APP = """
import sys, time
from pathlib import Path
from app.config import Paths
from app.services.pack_service_open import open_pack_service
db, packs = open_pack_service(Paths(Path(sys.argv[2])))
started = time.perf_counter()
packs.install_file(Path(sys.argv[1]), allow_unsigned=True)
print(time.perf_counter() - started)
db.close()
"""
_COPY = """
import os, shutil, sys
shutil.copyfile(sys.argv[1], sys.argv[2])
if sys.argv[3] == "sync":
    fd = os.open(sys.argv[2], os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
"""


def main() -> None:
    """Make the stick, time copy / copy + fsync / import through its throttle, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--media-mb", type=int, default=300)
    parser.add_argument("--speeds", type=float, nargs="+", default=[100.0, 30.0], help="stick read speeds, MB/s")
    parser.add_argument("--cpus", type=float, default=None, help="cap the runs to this many CPUs in all")
    parser.add_argument("--workdir", type=Path, default=None, help="the data disk's folder (default: a temp folder)")
    parser.add_argument("--compare-with", type=Path, default=None,
                        help="another checkout of Sabil whose `sabil pack import` is timed too, interleaved")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("this benchmark needs root: it makes a loop device and a block-I/O cgroup")

    with tempfile.TemporaryDirectory(prefix="sabil-usb-bench-", dir=args.workdir) as tmp:
        root = Path(tmp)
        image_mb = int(args.media_mb * 1.2) + 120
        with _stick(root / "stick.img", image_mb, root / "stick") as (stick, device):
            started = time.perf_counter()
            built = write_generated_pack(root / "big.sabilpack", items=args.items,
                                         media_bytes=args.media_mb * 1_000_000)
            pack = Path(shutil.move(built, stick / built.name))
            size = pack.stat().st_size
            print(f"generated {pack.name} on the stick: {size / 1e6:.0f} MB, {args.items} items "
                  f"in {time.perf_counter() - started:.1f} s")
            template = root / "data-template"
            _run([sys.executable, "-m", "app", "pack", "list", "--data-dir", str(template)])
            runs: dict[str, list[float]] = {}
            loads: list[float] = []
            for speed in args.speeds:
                with _cgroups(device, speed, args.cpus) as enter:
                    for n in range(args.repeats):
                        target = root / "copy.sabilpack"
                        for name, sync in (("copy", "nosync"), ("copy+fsync", "sync")):
                            loads.append(os.getloadavg()[0])
                            runs.setdefault(f"{name} {speed:g}", []).append(
                                _cold_run(enter, [sys.executable, "-c", _COPY, str(pack), str(target), sync]))
                            target.unlink()
                        data = root / f"data-{n}"
                        shutil.copytree(template, data)
                        loads.append(os.getloadavg()[0])
                        runs.setdefault(f"in-app {speed:g}", []).append(_cold_run(
                            enter, [sys.executable, "-c", _IN_APP, str(pack), str(data)], timed_by_child=True))
                        shutil.rmtree(data)
                        for kind, checkout in (("import", None), ("other", args.compare_with)):
                            if kind == "other" and checkout is None:
                                continue
                            data = root / f"data-{n}"
                            shutil.copytree(template, data)
                            loads.append(os.getloadavg()[0])
                            runs.setdefault(f"{kind} {speed:g}", []).append(_cold_run(enter, [
                                sys.executable, "-m", "app", "pack", "import", str(pack), "--allow-unsigned",
                                "--data-dir", str(data)], checkout))
                            shutil.rmtree(data)

    median = {name: statistics.median(values) for name, values in runs.items()}
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"pack: {size / 1e6:.0f} MB, {args.items} items, on ext4 on a loop device; medians of {args.repeats} "
          f"runs, each cold (all caches dropped), each a new process"
          + (f"; runs capped to {args.cpus:g} CPU" if args.cpus else ""))
    print(f"1-minute load average before each measurement: min {min(loads):.1f}, median "
          f"{statistics.median(loads):.1f}, max {max(loads):.1f}")
    for speed in args.speeds:
        copy_s, sync_s, import_s = (median[f"{name} {speed:g}"] for name in ("copy", "copy+fsync", "import"))
        print(f"-- stick read at {speed:g} MB/s")
        print(f"(a) plain copy:          {copy_s:6.2f} s  {size / 1e6 / copy_s:6.0f} MB/s")
        print(f"    copy + fsync:        {sync_s:6.2f} s  {size / 1e6 / sync_s:6.0f} MB/s")
        print(f"(b) sabil pack import:   {import_s:6.2f} s  {size / 1e6 / import_s:6.0f} MB/s  = "
              f"{100 * copy_s / import_s:.0f} % of the plain copy's throughput, "
              f"{100 * sync_s / import_s:.0f} % of copy + fsync's (target >= 50 %)")
        in_app_s = median[f"in-app {speed:g}"]
        print(f"    install_file in the app: {in_app_s:6.2f} s  {size / 1e6 / in_app_s:6.0f} MB/s  = "
              f"{100 * copy_s / in_app_s:.0f} % of the plain copy's throughput, "
              f"{100 * sync_s / in_app_s:.0f} % of copy + fsync's")
        if args.compare_with is not None:
            other_s = median[f"other {speed:g}"]
            print(f"    the same from {args.compare_with}: {other_s:6.2f} s  {size / 1e6 / other_s:6.0f} MB/s  = "
                  f"{100 * copy_s / other_s:.0f} % of the plain copy's throughput")
    for name, values in runs.items():
        print(f"runs (s) {name}: " + ", ".join(f"{v:.2f}" for v in values))


@contextlib.contextmanager
def _stick(image: Path, size_mb: int, mount_point: Path) -> Iterator[tuple[Path, str]]:
    """An ext4 file system on a loop device over ``image``, mounted at ``mount_point``; (folder, "major:minor")."""
    with open(image, "wb") as handle:
        handle.truncate(size_mb * 1024 * 1024)
    device = subprocess.run(["losetup", "-f", "--show", str(image)], check=True, capture_output=True,
                            text=True).stdout.strip()
    try:
        _run(["mkfs.ext4", "-q", "-F", device])
        mount_point.mkdir()
        _run(["mount", device, str(mount_point)])
        try:
            rdev = os.stat(device).st_rdev
            yield mount_point, f"{os.major(rdev)}:{os.minor(rdev)}"
        finally:
            _run(["umount", str(mount_point)])
    finally:
        _run(["losetup", "-d", device])


@contextlib.contextmanager
def _cgroups(device: str, speed_mb: float, cpus: float | None) -> Iterator[list[Path]]:
    """Fresh blkio (and cpu) cgroups reading ``device`` at ``speed_mb`` MB/s; yields their folders."""
    name = f"sabil-usb-bench-{os.getpid()}"
    blkio = CGROUP_ROOT / "blkio" / name
    blkio.mkdir()
    made = [blkio]
    try:
        (blkio / "blkio.throttle.read_bps_device").write_text(f"{device} {int(speed_mb * 1_000_000)}\n")
        if cpus is not None:
            cpu = CGROUP_ROOT / "cpu" / name
            cpu.mkdir()
            made.append(cpu)
            period = int((cpu / "cpu.cfs_period_us").read_text())
            (cpu / "cpu.cfs_quota_us").write_text(f"{int(period * cpus)}\n")
        yield made
    finally:
        for group in made:
            for _ in range(50):  # the last run's process may take a moment to leave
                try:
                    group.rmdir()
                    break
                except OSError:
                    time.sleep(0.1)


def _cold_run(
    groups: list[Path], command: list[str], checkout: Path | None = None, *, timed_by_child: bool = False
) -> float:
    """Drop every cache, then time ``command`` run inside ``groups`` (the child joins them before exec),
    with ``checkout``'s ``app`` package in place of this one's when given; ``timed_by_child``: the
    command prints its own time (of the part that matters) last."""
    os.sync()
    with open(DROP_CACHES, "w") as handle:
        handle.write("3\n")
    procs = [str(group / "cgroup.procs") for group in groups]

    def join_groups() -> None:
        for path in procs:
            with open(path, "w") as handle:
                handle.write(str(os.getpid()))

    started = time.perf_counter()
    env = dict(os.environ, PYTHONPATH=str(checkout)) if checkout is not None else None
    result = subprocess.run(command, preexec_fn=join_groups, capture_output=True, text=True,  # noqa: PLW1509
                            env=env, cwd=checkout)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    return float(result.stdout.split()[-1]) if timed_by_child else elapsed


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True)


if __name__ == "__main__":
    main()
