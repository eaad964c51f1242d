"""Opening the Packs screen with 50 packs on a USB drive: time until both lists are filled (target < 1 s).

The drive is a folder holding 50 real ``.sabilpack`` files made from the bundled maths pack (each with
its own id, half signed by a publisher key the data folder trusts, half unsigned), so every file is
opened, its pack.json read and its signature checked, as on a teacher's stick. Each run enters teacher
mode on the real main window (offscreen) and stops the clock when the installed packs and all 50
drive cards are on screen. "New stick" runs first give every file a new modification time, so the
screen looks at each file again (as for a stick it has not seen); "reopen" runs open the screen again
with the same stick in, when the screen reuses what it found (installed packs and keys unchanged).
Run: `.venv/bin/python benchmarks/bench_packs_screen.py [--runs 7] [--packs 50]`
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_drive(folder: Path, count: int, scratch: Path) -> tuple[Path, int]:
    """``count`` pack files in ``folder`` (and a public key to trust); returns the key file and bytes written."""
    from app.config import resources_dir
    from app.content_packs.builder import PACK_JSON, build_pack, write_zip
    from app.content_packs.reader import SIGNATURE
    from app.content_packs.signing import generate_keypair, sign_pack_json

    template = build_pack(resources_dir() / "packs" / "numbers-and-operations", scratch / "template.sabilpack", seeds=1)
    with zipfile.ZipFile(template) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    private, public = generate_keypair("Benchmark Publisher")
    key = scratch / "publisher.key.pub"
    key.write_bytes(public)
    manifest = json.loads(entries[PACK_JSON])
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(count):
        manifest["id"] = f"org.sabil.bench.pack{index:02d}"
        manifest["title"] = {lang: f"{title} ({index + 1})" for lang, title in manifest["title"].items()}
        pack_json = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        files = {**{k: v for k, v in entries.items() if k != SIGNATURE}, PACK_JSON: pack_json}
        if index % 2 == 0:
            files[SIGNATURE] = sign_pack_json(private, pack_json, "Benchmark Publisher")
        out = folder / ("packs" if index % 5 == 0 else "") / f"pack-{index:02d}.sabilpack"
        write_zip(files, out)
        total += out.stat().st_size
        manifest["title"] = {lang: title.rsplit(" (", 1)[0] for lang, title in manifest["title"].items()}
    return key, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--packs", type=int, default=50)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QThread
    from PySide6.QtWidgets import QApplication

    from app.services.app_services import AppServices
    from app.services.drives import Drive
    from app.ui.language import LanguageSwitcher
    from app.ui.main_window import MainWindow
    from app.ui.worker import ServiceWorker

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="sabil-bench-packs-") as scratch_name:
        scratch = Path(scratch_name)
        stick = scratch / "TEACHER USB"
        key, size = make_drive(stick, args.packs, scratch)
        services = AppServices.open(scratch / "data")
        services.packs.trust_key(key)
        worker = ServiceWorker()
        window = MainWindow(services, worker, LanguageSwitcher(app), "en")
        page = window.teacher.packs
        page.set_drive_provider(lambda: [Drive(root=stick, name="TEACHER USB")])
        window.resize(1024, 600)
        window.show()
        worker.wait_idle()
        cold: list[float] = []
        warm: list[float] = []
        files = sorted(stick.rglob("*.sabilpack"))
        try:
            for run in range(2 * args.runs):
                new_stick = run % 2 == 0
                if new_stick:
                    stamp = time.time() + run
                    for path in files:
                        os.utime(path, (stamp, stamp))
                start = time.perf_counter()
                window.show_teacher_mode()
                while not (page.installed_loaded and page.drives_scanned and len(page.drive_cards) == args.packs):
                    QCoreApplication.processEvents()
                    QThread.usleep(200)
                    if time.perf_counter() - start > 60:
                        raise SystemExit("the Packs screen did not fill within 60 s")
                QCoreApplication.processEvents()  # let the cards be laid out and painted
                (cold if new_stick else warm).append(time.perf_counter() - start)
                window.teacher.leave()
                worker.wait_idle()
        finally:
            window.close()
            worker.shutdown()
            services.close()

    print(f"Packs screen with {args.packs} packs on a drive ({size / 1e6:.1f} MB of pack files), "
          f"open to both lists filled, median of {args.runs} runs each (target < 1 s):")
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"  new stick (every file read): {c:.3f} s  ({c / args.packs * 1000:.1f} ms per pack)")
    print(f"  reopen, same stick:          {w:.3f} s")
    print(f"  new stick runs: {', '.join(f'{t:.3f}' for t in cold)}")
    print(f"  reopen runs:    {', '.join(f'{t:.3f}' for t in warm)}")


if __name__ == "__main__":
    main()
