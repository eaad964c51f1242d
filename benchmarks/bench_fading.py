"""How many squares of the class heatmap say "fading" at the end of a semester, per recall threshold,
and how often those learners have really forgotten the skill.

The demo class (``app.services.demo_class``: 30 simulated learners taught by Sabil's own sequencer on
the bundled maths pack for an 18-week semester, as the report tests and README screenshots use) is
generated in a fresh data folder. While it is generated, the simulated learners' hidden memory is
kept (the benchmark wraps ``SimulatedLearner``; the app never sees it), so at the semester's end
every mastered square can be compared with the truth: the simulated learner's real recall of that
skill, and whether they still know it at all (recall >= 0.5, the simulator's "known").

Printed, for each candidate threshold: the share of all squares (and of mastered squares) the
heatmap would call fading, and among the squares that threshold calls fading, how many the learner
has truly forgotten. Also the app's FSRS recall bands against the true recall.

Run: ``.venv/bin/python benchmarks/bench_fading.py [--learners 30] [--answers 300] [--seeds 4,11]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from app.engine.simulation import learner as simulated
from app.services import demo_class
from app.services.app_services import AppServices
from app.services.reports.dto import FADING, MASTERED
from app.services.reports.skill_status import FADING_RECALL, REVIEW_TARGET

MATHS_PACK = "org.sabil.numbers-and-operations"
THRESHOLDS = (0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5)
BANDS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


class _RecordingLearner(simulated.SimulatedLearner):
    """The simulator's learner, remembered so the truth can be read after the semester."""

    made: list[_RecordingLearner] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        _RecordingLearner.made.append(self)


def _one_class(seed: int, learners: int, answers: int, end: datetime) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(FSRS recall, true recall, heatmap state) of every mastered square, and the number of squares."""
    _RecordingLearner.made = []
    demo_class.SimulatedLearner = _RecordingLearner  # type: ignore[misc]
    with tempfile.TemporaryDirectory(prefix="sabil-fading-") as folder:
        services = AppServices.open(Path(folder))
        try:
            demo = demo_class.generate_demo_class(
                services, MATHS_PACK, learners=learners, attempts_per_learner=answers, seed=seed, end=end
            )
            grid = services.reports.mastery_grid(MATHS_PACK, learner_ids=list(demo.learner_ids), now=end)
        finally:
            services.close()
    truths = _RecordingLearner.made
    assert len(truths) == learners
    t_end = (end - demo.start).total_seconds()
    skill_index = {skill_id: i for i, skill_id in enumerate(truths[0].world.graph.skill_ids)}
    app_recall, true_recall, states = [], [], []
    for row, truth in zip(grid.cells, truths, strict=True):
        hidden = truth.recall(t_end)
        for skill, cell in zip(grid.skills, row, strict=True):
            if cell.state in (MASTERED, FADING) and cell.recall is not None:
                app_recall.append(cell.recall)
                true_recall.append(float(hidden[skill_index[skill.skill_id]]))
                states.append(cell.state)
    squares = len(grid.learners) * len(grid.skills)
    return np.array(app_recall), np.array(true_recall), np.array(states), squares


def main(argv: list[str]) -> int:
    """Generate the demo class for each seed and print the shares."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--answers", type=int, default=300, help="answers per learner over the semester")
    parser.add_argument("--seeds", default="4,11", help="demo class seeds (4: the screenshots, 11: the report tests)")
    args = parser.parse_args(argv)
    end = datetime(2026, 6, 26, 15, 0, tzinfo=UTC)
    print(f"report threshold FADING_RECALL = {FADING_RECALL}, review target = {REVIEW_TARGET}")
    for seed in (int(s) for s in args.seeds.split(",")):
        app, truth, states, squares = _one_class(seed, args.learners, args.answers, end)
        forgotten = truth < simulated.KNOWN_RECALL
        never = truth == 0.0  # declared mastered, but the simulated learner never learned it
        print(f"\nseed {seed}: {args.learners} learners x {squares // args.learners} skills = {squares} squares, "
              f"{app.size} mastered ({app.size / squares:.0%}); truly forgotten among them: {forgotten.mean():.0%} "
              f"(never learned: {never.mean():.0%}); mean true recall {truth.mean():.2f}")
        print(f"  heatmap now: fading {np.count_nonzero(states == FADING)} squares "
              f"= {np.count_nonzero(states == FADING) / squares:.1%} of all squares")
        print("  threshold | fading, share of all squares | of mastered | truly forgotten among them | "
              "forgotten squares it catches")
        for threshold in THRESHOLDS:
            flagged = app < threshold
            caught = (flagged & forgotten).sum() / max(1, forgotten.sum())
            precision = forgotten[flagged].mean() if flagged.any() else float("nan")
            print(f"  recall < {threshold:<4} | {flagged.sum():4d} = {flagged.sum() / squares:6.1%} | "
                  f"{flagged.mean():6.1%} | {precision:6.1%} | {caught:6.1%}")
        print("  FSRS recall band | squares | mean true recall | truly forgotten | "
              "of those ever learned: squares, mean true recall, forgotten")
        for low, high in BANDS:
            inside = (app >= low) & (app < high)
            learned = inside & ~never
            if inside.any():
                print(f"  [{low:.1f}, {min(high, 1.0):.1f}) | {inside.sum():4d} | {truth[inside].mean():.2f} | "
                      f"{forgotten[inside].mean():6.1%} | {learned.sum():4d}, "
                      f"{truth[learned].mean() if learned.any() else float('nan'):.2f}, "
                      f"{forgotten[learned].mean() if learned.any() else float('nan'):6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
