"""The import kill test: SIGKILL `sabil pack import` of a big pack at several points, then prove it left no trace.

After each kill: the database passes integrity_check and either holds exactly what it held before
(killed before the commit) or the whole pack (killed after it); the media folder holds exactly the
committed files plus, at most, temporary files in ``media/.incoming``; the next start resolves those
(no temporary file left, every committed media file in place with the right bytes); and retrying
the import succeeds.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.content_packs.builder import build_pack
from app.services.app_services import AppServices
from app.services.media_import import INCOMING
from benchmarks.bench_pack_import import PACK_ID, write_generated_pack

MINI_SOURCE = Path(__file__).resolve().parent.parent / "fixtures" / "packs" / "mini"
KILL_FRACTIONS = (0.1, 0.3, 0.5, 0.65, 0.8, 0.95)
TABLES = ("packs", "skills", "skill_prerequisites", "items", "media", "pack_media")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]


def _import_command(pack: Path, data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "app", "pack", "import", str(pack), "--allow-unsigned", "--data-dir", str(data_dir)]


def _rows(data_dir: Path) -> dict[str, list[tuple]]:
    raw = sqlite3.connect(data_dir / "sabil.sqlite3")
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        columns = {"packs": "id, version, manifest_sha256"}
        return {t: sorted(raw.execute(f"SELECT {columns.get(t, '*')} FROM {t}").fetchall()) for t in TABLES}
    finally:
        raw.close()


def _media_files(data_dir: Path) -> tuple[dict[str, str], list[str]]:
    """(committed-looking files: relative name → sha256 of bytes, names of temporary files)."""
    media = data_dir / "media"
    real, temporary = {}, []
    for path in sorted(p for p in media.rglob("*") if p.is_file()):
        name = path.relative_to(media).as_posix()
        if name.startswith(f"{INCOMING}/"):
            temporary.append(name)
        else:
            real[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return real, temporary


def _expected_files(rows: dict[str, list[tuple]]) -> set[str]:
    """The media file names the database's media table says must exist."""
    return {f"{sha[:2]}/{sha}.{ext}" if ext else f"{sha[:2]}/{sha}" for sha, _size, _mime, ext in rows["media"]}


@pytest.fixture(scope="module")
def big_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stick")
    return write_generated_pack(folder / "big.sabilpack", items=2_000, media_bytes=30_000_000, skills=40)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder after its first start (bundled packs in) with another pack installed beside them."""
    root = tmp_path_factory.mktemp("template")
    services = AppServices.open(root / "data")
    try:
        services.packs.install_file(build_pack(MINI_SOURCE, root / "mini.sabilpack", seeds=2), allow_unsigned=True)
    finally:
        services.close()
    return root / "data"


def test_a_killed_import_leaves_no_trace_and_can_be_retried(tmp_path: Path, big_pack: Path, template: Path) -> None:
    before_rows = _rows(template)
    before_files, _ = _media_files(template)

    # How long an uninterrupted import takes here, so the kills spread over all of it.
    timing = tmp_path / "timing"
    shutil.copytree(template, timing)
    started = time.perf_counter()
    subprocess.run(_import_command(big_pack, timing), check=True, capture_output=True, timeout=600)
    duration = time.perf_counter() - started
    complete_rows = _rows(timing)
    complete_files, leftovers = _media_files(timing)
    assert leftovers == [] and set(complete_files) == _expected_files(complete_rows)

    outcomes = []
    for n, fraction in enumerate(KILL_FRACTIONS):
        data = tmp_path / f"data-{n}"
        shutil.copytree(template, data)
        proc = subprocess.Popen(_import_command(big_pack, data), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(duration * fraction)
        finished_by_itself = proc.poll() is not None
        if not finished_by_itself:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)

        rows = _rows(data)
        files, temporary = _media_files(data)
        committed = rows == complete_rows
        outcomes.append("committed" if committed else "nothing")
        if not committed:
            assert rows == before_rows, f"kill at {fraction:.0%}: the database holds part of the pack"
            assert files == before_files, f"kill at {fraction:.0%}: stray media files {set(files) - set(before_files)}"
        else:
            # Killed after the commit: the files not yet renamed wait in .incoming for the next start.
            assert set(files) <= set(complete_files)
            assert {f for f in complete_files if f not in files} <= {_final_name(t) for t in temporary}

        # The next start resolves the temporary files either way.
        AppServices.open(data).close()
        files_after_start, temporary_after_start = _media_files(data)
        assert temporary_after_start == [], f"kill at {fraction:.0%}: temporary files survived the next start"
        assert files_after_start == (complete_files if committed else before_files)

        # And the import can simply be retried.
        retry = subprocess.run(_import_command(big_pack, data), capture_output=True, text=True, timeout=600)
        assert retry.returncode == 0, retry.stderr
        assert _rows(data) == complete_rows
        assert _media_files(data) == (complete_files, [])
        shutil.rmtree(data)

    assert outcomes.count("nothing") >= 3, f"most kills should land before the commit: {outcomes}"
    with sqlite3.connect(timing / "sabil.sqlite3") as raw:
        assert raw.execute("SELECT count(*) FROM items WHERE pack_id = ?", (PACK_ID,)).fetchone() == (2_000,)


def _final_name(temporary: str) -> str:
    # ".incoming/<pid>-<sha256>.<ext>.tmp" -> "<sha[:2]>/<sha256>.<ext>"
    stem = temporary.split("/", 1)[1].removesuffix(".tmp")
    sha, _, extension = stem.split("-", 1)[1].partition(".")
    return f"{sha[:2]}/{sha}.{extension}"
