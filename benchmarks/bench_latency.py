"""Latency of the adaptive engine on a big pack: choosing the next item and updating after an answer.

A generated pack of 20,000 items and 500 skills (a layered prerequisite graph: 10 layers of 50
skills, each needing 1-3 skills of the layer below) is written as a source folder, built into a real
``.sabilpack`` with ``app.content_packs.builder`` and installed through the real ``PackService`` in
a temporary data directory. A learner gets 10,000 past attempts (a realistic walk up the graph over
four months, inserted as attempt events and folded in with ``rebuild_learner_state``, the replay
``sabil model rebuild`` uses).

Then, median and 99th percentile of:
- engine alone: the next item (the learner model's P(correct) for all 20,000 items and 500 skills,
  recall of every skill from its FSRS state, then ``choose_item`` over all items) and the update
  after an answer (learner model ``update`` + ``apply_attempt`` + ``review_after_attempt``);
- through ``PracticeService``: ``next_item`` (choice + rendering) and ``submit`` (answer check,
  attempt event and skill state written in one durable SQLite commit);
- baseline measured in the same run: a bare durable SQLite commit (WAL, synchronous=FULL), the
  floor of "the answer is on disk before feedback".

Targets (issue 3): next item < 10 ms at p99, update < 5 ms (engine alone).
Run: ``.venv/bin/python benchmarks/bench_latency.py [--repeats 500]``
"""

from __future__ import annotations

import argparse
import copy
import json
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

N_SKILLS = 500
LAYERS = 10
ITEMS_PER_SKILL = 40  # 500 x 40 = 20,000 items
HISTORY = 10_000
HISTORY_DAYS = 120
PACK_ID = "org.sabil.bench.latency"


# -- the generated pack ----------------------------------------------------------------------------


def skill_id(index: int) -> str:
    return f"s{index:03d}"


def prerequisites_of(rng: np.random.Generator) -> dict[int, list[int]]:
    """Layered graph: each skill above layer 0 needs 1-3 skills of the layer just below."""
    per_layer = N_SKILLS // LAYERS
    found: dict[int, list[int]] = {}
    for index in range(N_SKILLS):
        layer = index // per_layer
        if layer == 0:
            found[index] = []
            continue
        below = np.arange((layer - 1) * per_layer, layer * per_layer)
        count = int(rng.integers(1, 4))
        found[index] = sorted(int(p) for p in rng.choice(below, size=count, replace=False))
    return found


def write_source(folder: Path, rng: np.random.Generator) -> dict[int, list[int]]:
    """A pack source folder (pack.toml, skills.toml, items/*.toml) with 20,000 numeric items."""
    prereqs = prerequisites_of(rng)
    (folder / "items").mkdir(parents=True)
    (folder / "pack.toml").write_text(
        "format_version = 1\n"
        f'id = "{PACK_ID}"\nversion = "1.0.0"\nlanguage = "en"\nlicence = "CC0-1.0"\n'
        'authors = ["bench"]\nsubjects = ["mathematics"]\nage_range = [6, 12]\n\n'
        '[title]\nen = "Latency benchmark pack"\n\n[description]\nen = "Generated."\n',
        encoding="utf-8",
    )
    skills = []
    for index in range(N_SKILLS):
        needs = ", ".join(f'"{skill_id(p)}"' for p in prereqs[index])
        skills.append(
            f'[[skill]]\nid = "{skill_id(index)}"\ntitle = {{ en = "Skill {index}" }}\n'
            f"prerequisites = [{needs}]\n"
        )
    (folder / "skills.toml").write_text("\n".join(skills), encoding="utf-8")
    for layer in range(LAYERS):
        items = []
        per_layer = N_SKILLS // LAYERS
        for index in range(layer * per_layer, (layer + 1) * per_layer):
            for k in range(ITEMS_PER_SKILL):
                a, b = index % 50 + 1, k + 1
                difficulty = round(float(rng.normal(0.0, 0.8)), 3)
                items.append(
                    f'[[item]]\nid = "{skill_id(index)}-{k:02d}"\nskill = "{skill_id(index)}"\n'
                    f'type = "numeric"\nprompt = "What is ${a} + {b}$?"\nanswer = {a + b}\n'
                    f'hints = ["Count on from {a}."]\nsolution = "{a} + {b} = {a + b}."\n'
                    f"difficulty = {difficulty}\n"
                )
        (folder / "items" / f"layer-{layer:02d}.toml").write_text("\n".join(items), encoding="utf-8")
    return prereqs


def seed_history(services: object, learner_id: str, rng: np.random.Generator) -> None:
    """10,000 attempt events: the learner works up the graph in order, ~25 answers per skill,
    getting better on each, over four months; one transaction, then the replay builds the state."""
    from sqlalchemy import select

    from app.storage.ids import uuid7
    from app.storage.models import AttemptEvent, Device

    start = time.time() - HISTORY_DAYS * 86_400.0
    step = HISTORY_DAYS * 86_400.0 / HISTORY
    events = []
    skill, on_skill = 0, 0
    for n in range(HISTORY):
        if on_skill >= 25 and skill < N_SKILLS - 1:
            skill, on_skill = skill + 1, 0
        # Mostly the current skill, sometimes an earlier one (interleaving and review).
        practised = skill if rng.random() < 0.85 or skill == 0 else int(rng.integers(0, skill))
        k = int(rng.integers(0, ITEMS_PER_SKILL))
        correct = bool(rng.random() < min(0.95, 0.55 + 0.03 * on_skill))
        on_skill += 1
        when = datetime.fromtimestamp(start + n * step, tz=UTC)
        events.append(
            dict(
                id=uuid7(),
                device_id=services.device_id,
                device_seq=n + 1,
                learner_id=learner_id,
                pack_id=PACK_ID,
                pack_version="1.0.0",
                item_id=f"{skill_id(practised)}-{k:02d}",
                skill_ids=[skill_id(practised)],
                response="0",
                correct=correct,
                hints_used=int(rng.random() < 0.1),
                duration_ms=9000,
                seed=0,
                client_time=when,
                created_at=when,
            )
        )
    with services.db.transaction() as session:
        session.bulk_insert_mappings(AttemptEvent, events)
        device = session.scalar(select(Device).where(Device.id == services.device_id))
        device.last_seq = HISTORY


# -- timing ----------------------------------------------------------------------------------------


def percentiles(times_ms: list[float]) -> dict[str, float]:
    values = np.asarray(times_ms)
    return {"median_ms": float(np.median(values)), "p99_ms": float(np.percentile(values, 99))}


def timed(action: Callable[[], object], repeats: int, warm_up: int = 5) -> list[float]:
    for _ in range(warm_up):
        action()
    found = []
    for _ in range(repeats):
        begin = time.perf_counter()
        action()
        found.append((time.perf_counter() - begin) * 1000.0)
    return found


class DurableCommit:
    """Baseline: insert one row and commit durably in a bare SQLite database (WAL, synchronous=FULL)."""

    def __init__(self, path: Path) -> None:
        self._con = sqlite3.connect(path)
        self._con.execute("PRAGMA journal_mode=WAL")
        self._con.execute("PRAGMA synchronous=FULL")
        self._con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        self._n = 0

    def timed_ms(self) -> float:
        self._n += 1
        begin = time.perf_counter()
        self._con.execute("INSERT INTO t (v) VALUES (?)", (str(self._n),))
        self._con.commit()
        return (time.perf_counter() - begin) * 1000.0

    def close(self) -> None:
        self._con.close()


# -- the benchmark ---------------------------------------------------------------------------------


def run(repeats: int) -> dict[str, object]:
    from app.content_packs.answer_oracle import right_response, wrong_response
    from app.content_packs.builder import build_pack
    from app.engine.learner_model.model import update as update_model
    from app.engine.policy import choose_item
    from app.engine.review import recall_probability, review_after_attempt
    from app.engine.state import LearnerArrays, SkillState, apply_attempt
    from app.services.app_services import AppServices
    from app.services.learner_model_runtime import predictions
    from app.services.learner_state import load_states
    from app.services.practice import REVIEW_TARGET

    rng = np.random.default_rng(2026)
    figures: dict[str, object] = {"items": N_SKILLS * ITEMS_PER_SKILL, "skills": N_SKILLS, "history": HISTORY}
    with tempfile.TemporaryDirectory(prefix="sabil-latency-") as scratch:
        folder = Path(scratch)
        begin = time.perf_counter()
        write_source(folder / "source", rng)
        pack = build_pack(folder / "source", folder / "bench.sabilpack")
        figures["build_seconds"] = time.perf_counter() - begin
        services = AppServices.open(folder / "data", install_bundled=False)
        try:
            begin = time.perf_counter()
            services.packs.install_file(pack, allow_unsigned=True)
            figures["install_seconds"] = time.perf_counter() - begin
            learner = services.learners.create("Bench", services.learners.avatars()[0])
            seed_history(services, learner.id, rng)
            begin = time.perf_counter()
            services.practice.rebuild_learner_state(learner.id)
            figures["replay_10k_seconds"] = time.perf_counter() - begin

            practice = services.practice
            begin = time.perf_counter()
            session_id = practice.start_session(learner.id, pack_id=PACK_ID)
            figures["start_session_seconds"] = time.perf_counter() - begin
            state = practice._session(session_id)  # the session's engine inputs, for the engine-alone runs
            runtime = state.runtime
            mastered = int(state.arrays.mastered.sum())
            figures["mastered_skills"] = mastered
            figures["under_review"] = sum(r is not None for r in state.reviews)

            # Engine alone: next item = recall of every skill + choose_item over all items.
            recent = list(runtime.item_ids[:10])
            choose_rng = np.random.default_rng(0)

            def engine_next() -> object:
                now = time.time()
                item_p, skill_p = predictions(state.model_params, state.model_state, now)
                return choose_item(
                    runtime.graph,
                    state.arrays,
                    runtime.params,
                    runtime.item_skill,
                    runtime.item_ids,
                    recent,
                    choose_rng,
                    item_difficulty=runtime.item_difficulty,
                    now=now,
                    item_index=runtime.item_index,
                    recall=recall_probability(state.reviews, now),
                    review_target=REVIEW_TARGET,
                    item_p_correct=item_p,
                    skill_p_correct=skill_p,
                )

            figures["engine_next_item"] = percentiles(timed(engine_next, repeats))

            # Engine alone: update = the skill state and its FSRS review state after one answer, written
            # into the learner's arrays (on copies, so the service runs below start from the history).
            skill_ids = runtime.graph.skill_ids
            with services.db.session() as session:
                states = load_states(session, learner.id, PACK_ID)
            arrays = LearnerArrays.from_states(runtime.graph, states, runtime.params)
            reviews = list(state.reviews)
            model_state = copy.deepcopy(state.model_state)
            item_of_skill = {int(s): i for i, s in enumerate(runtime.item_skill.tolist())}
            picks = rng.integers(0, len(skill_ids), size=repeats + 5)
            counter = iter(range(10**9))

            def engine_update() -> None:
                n = next(counter)
                index = int(picks[n % picks.size])
                sid = skill_ids[index]
                before = states.get(sid) or SkillState.initial(runtime.params)
                correct = bool(n % 4)
                now = time.time()
                update_model(state.model_params, model_state, item_of_skill[index], index, correct, now)
                after = apply_attempt(before, correct, now, runtime.params, runtime.rule(sid))
                reviews[index] = review_after_attempt(
                    reviews[index], before.mastered, after.mastered, correct, now
                )
                states[sid] = after
                arrays.set_state(index, after)

            figures["engine_update"] = percentiles(timed(engine_update, repeats))

            # Through PracticeService: choice + rendering, and the durable submit. The baseline commit
            # runs interleaved with the submits, on the same disk, so both see the same conditions.
            next_times, submit_times, floor_times = [], [], []
            floor = DurableCommit(folder / "floor.sqlite3")
            for n in range(repeats):
                begin = time.perf_counter()
                practice.next_item(session_id)
                next_times.append((time.perf_counter() - begin) * 1000.0)
                rendered = practice.shown_rendering(session_id)
                response = wrong_response(rendered) if n % 5 == 4 else right_response(rendered)
                begin = time.perf_counter()
                practice.submit(session_id, response, 5000)
                submit_times.append((time.perf_counter() - begin) * 1000.0)
                floor_times.append(floor.timed_ms())
            floor.close()
            figures["service_next_item"] = percentiles(next_times)
            figures["service_submit_with_commit"] = percentiles(submit_times)
        finally:
            services.close()
            figures["baseline_sqlite_durable_commit"] = percentiles(floor_times)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description="Engine latency on a 20,000-item, 500-skill pack.")
    parser.add_argument("--repeats", type=int, default=500, help="timed calls per figure (default 500)")
    args = parser.parse_args()
    figures = run(args.repeats)
    print(
        f"Pack: {figures['items']} items, {figures['skills']} skills (layered); learner with "
        f"{figures['history']} past attempts ({figures['mastered_skills']} skills mastered, "
        f"{figures['under_review']} under FSRS review)"
    )
    print(
        f"Build {figures['build_seconds']:.1f} s, install {figures['install_seconds']:.1f} s, "
        f"replay of 10,000 events {figures['replay_10k_seconds']:.2f} s, start a session "
        f"(incl. learner model replay) {figures['start_session_seconds']:.2f} s"
    )
    print(f"{'':42}{'median':>10}{'p99':>10}")
    for key, label in (
        ("engine_next_item", "next item, engine alone (target p99 < 10)"),
        ("engine_update", "update, engine alone (target < 5)"),
        ("service_next_item", "next item, PracticeService (+ render)"),
        ("service_submit_with_commit", "submit, PracticeService (+ DB commit)"),
        ("baseline_sqlite_durable_commit", "baseline: bare durable SQLite commit"),
    ):
        value = figures[key]
        print(f"{label:42}{value['median_ms']:>8.3f}ms{value['p99_ms']:>8.3f}ms")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
