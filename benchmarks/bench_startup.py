"""Time from launch to the learner picker, cold (first start installs the bundled pack) and warm.

Each run is a fresh Python process, timed from spawn to the child printing READY. The baseline,
measured in the same run, is an empty Qt window: the ratio says what Sabil adds on this machine.
Run: `.venv/bin/python benchmarks/bench_startup.py [--runs 5]`
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = Path(__file__).resolve().parent / "probes" / "startup_probe.py"
ROOT = Path(__file__).resolve().parent.parent


def time_probe(mode: str, data_dir: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(PROBE), mode, str(data_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "READY":
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{mode} probe failed: {proc.stderr.read() if proc.stderr else ''}")
    proc.wait(timeout=60)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    baseline, cold, warm = [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as scratch:
            data = Path(scratch) / "data"
            baseline.append(time_probe("baseline", data))
            cold.append(time_probe("sabil", data))
            warm.append(time_probe("sabil", data))
    b, c, w = (statistics.median(x) for x in (baseline, cold, warm))
    print(f"launch to learner picker, median of {args.runs} runs:")
    print(f"  empty Qt window (baseline): {b:.2f} s")
    print(f"  Sabil warm start:           {w:.2f} s  ({w / b:.1f}x baseline)")
    print(f"  Sabil first start:          {c:.2f} s  ({c / b:.1f}x baseline; builds and installs the bundled pack)")


if __name__ == "__main__":
    main()
