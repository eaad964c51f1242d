"""Opening the class heatmap: 30 learners × 200 skills with 100,000 attempts (target < 1 s).

A pack of 200 skills (a layered prerequisite graph, 10 items each) is generated and installed, then
a class of 30 learners practises it for an 18-week semester: the engine's simulated learners taught
by Sabil's own sequencer (``app.services.demo_class``), about 3,400 answers each, stored as attempt
events and projected into skill states exactly as on a school PC. Generating the class takes a few
minutes (the sequencer chooses every one of the 100,000 items); ``--data DIR`` keeps the data folder
so later runs only measure.

Measured, each the median of ``--repeats`` runs:

- heatmap, first opening: a new ``ReportService`` (so the pack's graph is loaded too), the learners,
  the skill-state query, FSRS recall for every mastered cell, the states and the 6,000 cells;
- heatmap, screen already open (the pack's graph cached), and the same followed by a sort;
- for reference, the other reports: help needed, difficult items, one learner's progress.

Run: ``.venv/bin/python benchmarks/bench_reports.py [--repeats 7] [--data DIR]``
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import func, select

from app.content_packs.builder import pack_json_bytes, write_zip
from app.content_packs.model import FORMAT_VERSION, ItemDef, PackManifest, SkillDef
from app.engine.simulation.world import prerequisites
from app.services.app_services import AppServices
from app.services.demo_class import generate_demo_class
from app.services.reports import ReportService
from app.services.reports.mastery_grid import sorted_grid
from app.storage.models import AttemptEvent

PACK_ID = "org.sabil.bench.reports"
SKILLS = 200
ITEMS_PER_SKILL = 10
LEARNERS = 30
ATTEMPTS = 100_000
ATTEMPTS_PER_LEARNER = 3_400  # attendance and session lengths vary: 30 × 3,400 lands just above ATTEMPTS
END = datetime(2026, 6, 26, 15, 0, tzinfo=UTC)


def write_pack(out: Path, seed: int = 0) -> Path:
    """A valid unsigned pack: SKILLS skills in a layered graph, numeric and single-choice items."""
    rng = np.random.default_rng(seed)
    reqs = prerequisites("layered", SKILLS, rng)
    ids = [f"skill-{s:03d}" for s in range(SKILLS)]
    skills = tuple(
        SkillDef(
            id=ids[s],
            title={"en": f"Skill {s + 1}", "ar": f"المهارة {s + 1}"},
            prerequisites=tuple(ids[p] for p in reqs.get(s, [])),
        )
        for s in range(SKILLS)
    )
    items = []
    for s in range(SKILLS):
        for k in range(ITEMS_PER_SKILL):
            a, b = int(rng.integers(2, 60)), int(rng.integers(2, 40))
            common = {
                "id": f"i-{s:03d}-{k:02d}",
                "skill_id": ids[s],
                "hints": (f"Start from {a} and add {b}.",),
                "solution": f"${a} + {b} = {a + b}$.",
                "difficulty": float(np.round(rng.normal(0.0, 0.6), 2)),
            }
            if k % 5 == 4:
                items.append(ItemDef(type="single_choice", prompt=f"Which is ${a} + {b}$?",
                                     choices=(str(a + b), str(a + b + 1), str(a + b - 10), str(a * b)),
                                     correct=(0,), **common))
            else:
                items.append(ItemDef(type="numeric", prompt=f"What is ${a} + {b}$?", answer=str(a + b), **common))
    manifest = PackManifest(
        format_version=FORMAT_VERSION, id=PACK_ID, version="1.0.0", title={"en": "Reports benchmark"},
        description={"en": "Generated for bench_reports."}, language="en", licence="CC0-1.0",
        authors=("Sabil benchmarks",), subjects=("mathematics",), age_range=(6, 12),
        skills=skills, items=tuple(items), media=(),
    )
    write_zip({"pack.json": pack_json_bytes(manifest)}, out)
    return out


def prepare(data: Path) -> AppServices:
    """The data folder with the pack and the class (generated unless already there)."""
    services = AppServices.open(data, install_bundled=False)
    with services.db.session() as session:
        stored = session.scalar(select(func.count()).where(AttemptEvent.pack_id == PACK_ID)) or 0
    if stored >= ATTEMPTS * 0.95:
        print(f"reusing {data}: {stored} attempts")
        return services
    if stored:
        raise SystemExit(f"{data} holds a partial class ({stored} attempts); use an empty folder")
    pack = write_pack(data / "bench-reports.sabilpack")
    services.packs.install_file(pack, allow_unsigned=True)
    started = time.perf_counter()

    def show(done: int, total: int) -> None:
        print(f"  generated {done}/{total} learners ({time.perf_counter() - started:.0f} s)", flush=True)

    demo = generate_demo_class(
        services, PACK_ID, learners=LEARNERS, attempts_per_learner=ATTEMPTS_PER_LEARNER, weeks=18,
        seed=0, end=END, progress=show,
    )
    print(f"generated {demo.attempts} attempts for {LEARNERS} learners in {time.perf_counter() - started:.0f} s")
    return services


def median_ms(action: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), times


def main() -> None:
    """Prepare the data, measure the reports, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--data", type=Path, default=None, help="keep the data folder here (reused if present)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        services = prepare(args.data or Path(tmp) / "data")
        try:
            with services.db.session() as session:
                attempts = session.scalar(select(func.count()).where(AttemptEvent.pack_id == PACK_ID))
            warm = ReportService(services.db)
            grid = warm.mastery_grid(pack_id=PACK_ID, now=END)
            cells = sum(len(row) for row in grid.cells)
            states = {s: sum(c[s] for c in grid.learner_counts) for s in grid.learner_counts[0]}
            print(f"python {sys.version.split()[0]}, {platform.platform()}, {platform.processor() or platform.machine()}")
            print(f"{len(grid.learners)} learners x {len(grid.skills)} skills = {cells} cells, {attempts} attempts")
            print("cell states: " + ", ".join(f"{k} {v}" for k, v in states.items()))
            figures = {
                "heatmap, first opening (new service: pack graph + query + cells)": lambda: ReportService(
                    services.db
                ).mastery_grid(pack_id=PACK_ID, now=END),
                "heatmap, screen open (pack graph cached)": lambda: warm.mastery_grid(pack_id=PACK_ID, now=END),
                "heatmap + sort by struggling / fading": lambda: sorted_grid(
                    warm.mastery_grid(pack_id=PACK_ID, now=END), learners_by="struggling", skills_by="fading"
                ),
                "help needed": lambda: warm.help_needed(pack_id=PACK_ID, now=END),
                "difficult items (20)": lambda: warm.difficult_items(pack_id=PACK_ID, now=END),
                "one learner's progress": lambda: warm.learner_progress(grid.learners[0].id, pack_id=PACK_ID, now=END),
            }
            for name, action in figures.items():
                median, times = median_ms(action, args.repeats)
                print(f"{name}: median {median:.0f} ms (min {min(times):.0f}, max {max(times):.0f}, "
                      f"{args.repeats} runs)")
        finally:
            services.close()


if __name__ == "__main__":
    main()
