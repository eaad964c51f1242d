"""The learner model in the practice service: parameters from the data dir, state replayed from events."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np
from sqlalchemy import select

from app.content_packs.answer_oracle import right_response, wrong_response
from app.engine.learner_model.model import predict
from app.engine.learner_model.params import LearnerModelParams
from app.engine.learner_model.state import LearnerState
from app.services.app_services import AppServices
from app.services.learner_model_runtime import learner_model_state, load_model_params
from app.storage.models import AttemptEvent

PACK = "org.sabil.test.mini"


def _runtime(services: AppServices):
    with services.db.session() as session:
        return services.practice._runtime(session, PACK)


def _models_dir(services: AppServices) -> Path:
    return services.db.path.parent / "models"


def _state_arrays(state: LearnerState) -> dict[str, object]:
    return {k: (v.tolist() if isinstance(v, np.ndarray) else v) for k, v in vars(state).items()}


def test_defaults_without_a_params_file_and_a_bad_file_is_ignored(services: AppServices) -> None:
    runtime = _runtime(services)
    params, source = load_model_params(runtime, _models_dir(services))
    assert source == "default" and params.item_ids == tuple(runtime.item_ids)
    folder = _models_dir(services)
    folder.mkdir(exist_ok=True)
    (folder / f"{PACK}.json").write_text('{"format": "something else"}', encoding="utf-8")
    assert load_model_params(runtime, folder)[1] == "default"


def test_fitted_params_steer_the_item_choice(services: AppServices) -> None:
    """Fitted item biases put exactly one counting item in the 70-85 % band: the engine picks it."""
    runtime = _runtime(services)
    default, _ = load_model_params(runtime, None)
    skill = runtime.graph.index["count-to-10"]
    counting = [i for i, s in enumerate(runtime.item_skill.tolist()) if s == skill]
    assert len(counting) >= 2
    chosen = counting[-1]
    base = float(predict(default, LearnerState.new(default), np.array([chosen]), time.time())[0])
    data = default.to_dict()
    for index in counting:
        item_id = runtime.item_ids[index]
        if index == chosen:
            data["items"][item_id]["bias"] = math.log(0.78 / 0.22) - math.log(base / (1 - base))
        else:
            data["items"][item_id]["bias"] = -8.0  # far too hard
    folder = _models_dir(services)
    folder.mkdir(exist_ok=True)
    (folder / f"{PACK}.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_model_params(runtime, folder)[1] == "fitted"

    learner = services.learners.create("Ali", "owl")
    sid = services.practice.start_session(learner.id, focus_skill="count-to-10")
    assert services.practice.next_item(sid).item_id == runtime.item_ids[chosen]


def test_session_model_state_equals_a_replay_of_the_events(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    practice = services.practice
    sid = practice.start_session(learner.id)
    for n in range(15):
        practice.next_item(sid)
        rendered = practice.shown_rendering(sid)
        practice.submit(sid, wrong_response(rendered) if n % 3 == 2 else right_response(rendered), 500)
    live = practice._session(sid).model_state
    runtime = _runtime(services)
    params, _ = load_model_params(runtime, None)
    with services.db.session() as session:
        replayed = learner_model_state(session, learner.id, runtime, params)
        assert session.scalar(select(AttemptEvent.id).limit(1)) is not None
    assert _state_arrays(live) == _state_arrays(replayed)
    assert replayed.total_attempts == 15
    # A new session starts from the same replayed state.
    again = practice._session(practice.start_session(learner.id)).model_state
    assert _state_arrays(again) == _state_arrays(replayed)


def test_suggestions_carry_the_learner_model_prediction(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    runtime = _runtime(services)
    params = LearnerModelParams.default(runtime.graph.skill_ids, runtime.item_ids, runtime.item_skill)
    first = services.practice.suggestions(learner.id)[0]
    from app.engine.learner_model.model import skill_mastery

    expected = skill_mastery(params, LearnerState.new(params), time.time())[
        runtime.graph.index[first.skill_id]
    ]
    assert math.isclose(first.predicted_correct, float(expected), rel_tol=1e-6)


def _write_params(services: AppServices, intercept: float) -> None:
    runtime = _runtime(services)
    data = load_model_params(runtime, None)[0].to_dict()
    data["intercept"] = intercept
    folder = _models_dir(services)
    folder.mkdir(exist_ok=True)
    (folder / f"{PACK}.json").write_text(json.dumps(data), encoding="utf-8")


def _answer_right(services: AppServices, sid: str, times: int) -> list[str]:
    skills = []
    for _ in range(times):
        services.practice.next_item(sid)
        rendered = services.practice.shown_rendering(sid)
        skills.append(rendered.skill_id)
        services.practice.submit(sid, right_response(rendered), 500)
    return skills


def _stored_states(services: AppServices, learner_id: str) -> dict[str, tuple]:
    from app.storage.models import SkillStateRow

    with services.db.session() as session:
        rows = session.scalars(select(SkillStateRow).where(SkillStateRow.learner_id == learner_id)).all()
        return {r.skill_id: (r.p_known, r.attempts, r.mastered, r.mastered_at, r.recent, r.review) for r in rows}


def test_fitted_params_decide_mastery_and_a_rebuild_agrees(services: AppServices) -> None:
    """With fitted parameters the learner model, not BKT, decides mastery: a model that thinks this
    class gets almost nothing right withholds mastery that BKT would grant after six right answers in
    a row; and a rebuild from the events gives the same stored states."""
    from app.engine.bkt import BKTParams
    from app.engine.mastery import known_from_correct
    from app.engine.state import SkillState, apply_attempt

    _write_params(services, intercept=-9.0)
    learner = services.learners.create("Ali", "owl")
    sid = services.practice.start_session(learner.id, focus_skill="count-to-10")
    skills = _answer_right(services, sid, 6)
    assert set(skills) == {"count-to-10"}
    # BKT alone would have declared mastery by now.
    bkt = SkillState.initial(BKTParams.default())
    for k in range(6):
        bkt = apply_attempt(bkt, True, float(k), BKTParams.default(), services.practice._session(sid).runtime.rule("count-to-10"))
    assert bkt.mastered
    state = services.practice._session(sid).arrays
    index = services.practice._session(sid).runtime.graph.index["count-to-10"]
    assert not state.mastered[index]
    assert state.p_known[index] < 0.2  # the calibrated P(known) of a pessimistic model
    stored = _stored_states(services, learner.id)
    assert stored["count-to-10"][2] is False

    services.practice.rebuild_learner_state(learner.id)
    assert _stored_states(services, learner.id) == stored
    assert known_from_correct(0.2, 0.2, 0.1) == 0.0


def test_optimistic_fitted_params_grant_mastery_after_the_minimum_evidence(services: AppServices) -> None:
    _write_params(services, intercept=9.0)
    learner = services.learners.create("Ali", "owl")
    sid = services.practice.start_session(learner.id, focus_skill="count-to-10")
    _answer_right(services, sid, 2)
    practice = services.practice._session(sid)
    index = practice.runtime.graph.index["count-to-10"]
    assert not practice.arrays.mastered[index], "two answers are below the minimum evidence"
    _answer_right(services, sid, 1)
    assert practice.arrays.mastered[index]
    assert practice.arrays.p_known[index] == 1.0
    stored = _stored_states(services, learner.id)
    services.practice.rebuild_learner_state(learner.id)
    assert _stored_states(services, learner.id) == stored


def test_parameters_shipped_in_a_pack_are_used_and_a_school_fit_overrides_them(
    services: AppServices, tmp_path: Path
) -> None:
    """A pack version with learner_model: practice uses it (source "pack", mastery on the model);
    a school's own fitted file wins over it; removing the pack forgets it."""
    import shutil

    from app.content_packs.builder import build_pack
    from tests.services.conftest import MINI_SOURCE

    runtime = _runtime(services)
    data = load_model_params(runtime, None)[0].to_dict()
    data["intercept"] = -9.0  # a pessimistic class: mastery is withheld where BKT would grant it
    source = tmp_path / "mini-v2"
    shutil.copytree(MINI_SOURCE, source)
    toml = (source / "pack.toml").read_text(encoding="utf-8")
    (source / "pack.toml").write_text(toml.replace('version = "1.0.0"', 'version = "1.1.0"'), encoding="utf-8")
    (source / "learner-model.json").write_text(json.dumps(data), encoding="utf-8")
    services.packs.install_file(build_pack(source, tmp_path / "mini-1.1.0.sabilpack"), allow_unsigned=True)

    learner = services.learners.create("Ali", "owl")
    sid = services.practice.start_session(learner.id, focus_skill="count-to-10")
    practice = services.practice._session(sid)
    assert practice.model_decides_mastery and practice.model_params.intercept == -9.0
    _answer_right(services, sid, 6)
    index = practice.runtime.graph.index["count-to-10"]
    assert not practice.arrays.mastered[index]

    _write_params(services, intercept=9.0)  # the school's own fit
    sid = services.practice.start_session(learner.id, focus_skill="count-to-10")
    assert services.practice._session(sid).model_params.intercept == 9.0

    services.packs.remove(PACK)
    from app.storage.models import Setting

    with services.db.session() as session:
        assert session.get(Setting, f"learner_model.{PACK}") is None
