"""The frozen one-folder bundle builds and passes its own smoke test (what a school gets on a USB stick)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_bundle_builds_and_runs_its_smoke_test(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "sabil.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    exe = dist / "sabil" / ("sabil.exe" if os.name == "nt" else "sabil")
    assert exe.exists()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SABIL_HOME", None)
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=120, env=env)
    assert version.returncode == 0 and version.stdout.startswith("sabil "), version.stderr

    data = tmp_path / "data"
    smoke = subprocess.run([str(exe), "--smoke-test", "--data-dir", str(data)],
                           capture_output=True, text=True, timeout=600, env=env)
    assert smoke.returncode == 0, smoke.stdout[-2000:] + smoke.stderr[-4000:]
    assert "smoke OK" in smoke.stdout
    assert (data / "sabil.sqlite3").exists(), "with --data-dir the data stays there"

    # Real files only: PyInstaller links library versions to one file, which takes its space once.
    size_mb = sum(f.stat().st_size for f in (dist / "sabil").rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    print(f"frozen bundle: {size_mb:.0f} MB")
    # A lean bundle fits beside packs on a small USB stick; Essentials without QML/WebEngine is ~150-200 MB.
    assert size_mb < 400
