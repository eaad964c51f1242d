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
