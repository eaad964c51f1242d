"""The class hub refits the learner model on its school's pooled answers by itself (model_refit).

A simulated class (30 learners, a semester of answers on the bundled maths pack) is generated once
and copied into every test's data folder; thresholds are small so each fit takes well under a second.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.engine.learner_model.params import LearnerModelParams
from app.services import model_refit
from app.services.app_services import AppServices
from app.services.demo_class import DemoClass, generate_demo_class
from app.services.learner_model_runtime import CALIBRATED_SOURCES, learner_model_key, load_model_params
from app.services.model_refit import RefitPolicy, answers_at_last_refit, is_heldout, refit_if_due, refit_key
from app.storage.models import Setting

MATHS_PACK = "org.sabil.numbers-and-operations"
CLASS_END = datetime(2026, 6, 26, 15, 0, tzinfo=UTC)
NOW = datetime(2026, 6, 27, 9, 0, tzinfo=UTC)
SMALL = RefitPolicy(min_answers=1000, min_learners=10, refit_every=500)


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoClass]:
    """A closed data folder holding the demo class (copied, never opened, by the tests)."""
    # Learner ids are fresh UUIDs, and they decide which learners are held out (a hash of the id):
    # with 30 learners about one split in five holds out learners the candidate predicts no better,
    # which is the refit working. The tests that need a kept refit get a class whose split keeps it,
    # checked on a scratch copy, so they do not fail one run in five.
    base = tmp_path_factory.mktemp("refit-class")
    for attempt in range(8):
        root = base / f"data-{attempt}"
        services = AppServices.open(root)
        try:
            demo = generate_demo_class(
                services, MATHS_PACK, learners=30, attempts_per_learner=80, seed=11 + attempt, end=CLASS_END
            )
        finally:
            services.close()
        scratch = base / f"scratch-{attempt}"
        shutil.copytree(root, scratch)
        services = AppServices.open(scratch)
        try:
            kept = refit_if_due(services.db, services.paths, MATHS_PACK, now=NOW, policy=SMALL).kept
        finally:
            services.close()
        shutil.rmtree(scratch)
        if kept:
            return root, demo
    raise AssertionError("no simulated class of 30 learners gave a refit worth keeping in 8 tries")


@pytest.fixture
def school(tmp_path: Path, class_folder: tuple[Path, DemoClass]) -> Iterator[AppServices]:
    """The teacher's Sabil (the hub's data folder) with the demo class's answers."""
    root = tmp_path / "hub"
    shutil.copytree(class_folder[0], root)
    services = AppServices.open(root)
    yield services
    services.close()


def _model_file(services: AppServices) -> Path:
    return services.paths.root / "models" / f"{MATHS_PACK}.json"


def _current_source(services: AppServices) -> str:
    with services.db.session() as session:
        runtime = services.practice._runtime(session, MATHS_PACK)
        shipped = session.scalar(select(Setting.value).where(Setting.key == learner_model_key(MATHS_PACK)))
    return load_model_params(runtime, services.paths.root / "models", shipped)[1]


def _decides_on_model(services: AppServices, learner_id: str) -> bool:
    session_id = services.practice.start_session(learner_id, pack_id=MATHS_PACK)
    return services.practice._session(session_id).model_decides_mastery


def test_not_due_below_the_thresholds(school: AppServices, class_folder: tuple[Path, DemoClass]) -> None:
    answers = class_folder[1].attempts
    assert answers > SMALL.min_answers  # the class is big enough for the small policy

    too_few_answers = refit_if_due(
        school.db, school.paths, MATHS_PACK, now=NOW, policy=RefitPolicy(min_answers=answers + 1, min_learners=10)
    )
    assert too_few_answers.status == "not_due" and "answers" in too_few_answers.reason
    too_few_learners = refit_if_due(
        school.db, school.paths, MATHS_PACK, now=NOW, policy=RefitPolicy(min_answers=1000, min_learners=31)
    )
    assert too_few_learners.status == "not_due" and "learners" in too_few_learners.reason
    assert (too_few_answers.answers, too_few_learners.learners) == (answers, 30)
    assert not _model_file(school).exists()
    assert answers_at_last_refit(school.db, MATHS_PACK) == 0  # a check that is not due is not remembered

    first = refit_if_due(school.db, school.paths, MATHS_PACK, now=NOW, policy=SMALL)
    assert first.status in ("kept", "rejected")
    assert answers_at_last_refit(school.db, MATHS_PACK) == answers
    again = refit_if_due(school.db, school.paths, MATHS_PACK, now=NOW, policy=SMALL)
    assert again.status == "not_due" and "0 new answers" in again.reason


def test_a_fit_that_beats_the_defaults_is_kept_and_then_used(
    school: AppServices, class_folder: tuple[Path, DemoClass], caplog: pytest.LogCaptureFixture
) -> None:
    learner = class_folder[1].learner_ids[0]
    assert _current_source(school) == "default"
    assert not _decides_on_model(school, learner)  # BKT decides mastery without fitted parameters

    with caplog.at_level(logging.INFO, logger="app.services.model_refit"):
        outcome = refit_if_due(school.db, school.paths, MATHS_PACK, now=NOW, policy=SMALL)

    assert outcome.kept and outcome.path == _model_file(school)
    [logged] = [r.getMessage() for r in caplog.records if r.name == "app.services.model_refit"]
    assert f"{MATHS_PACK}: kept" in logged and f"{outcome.candidate_logloss:.4f}" in logged
    assert f"default {outcome.current_logloss:.4f}" in logged and f"{outcome.heldout_answers} held-out" in logged
    assert outcome.current_source == "default"
    assert outcome.candidate_logloss is not None and outcome.current_logloss is not None
    assert outcome.candidate_logloss < outcome.current_logloss
    # Held-out learners are a fixed function of their ids and none of their answers was fitted on.
    heldout = [k for k in class_folder[1].learner_ids if is_heldout(k, SMALL.holdout_share)]
    assert outcome.heldout_learners == len(heldout) > 0
    assert outcome.train_answers + outcome.heldout_answers == outcome.answers == class_folder[1].attempts
    params = LearnerModelParams.from_dict(json.loads(_model_file(school).read_text(encoding="utf-8")))
    assert params.n_items > 0 and params.n_skills > 0  # the format `sabil model fit -o` writes

    assert _current_source(school) == "fitted" and "fitted" in CALIBRATED_SOURCES
    assert _decides_on_model(school, learner)  # practice now decides mastery on the learner model
    with school.db.session() as session:
        note = json.loads(session.scalar(select(Setting.value).where(Setting.key == refit_key(MATHS_PACK))))
    assert note["status"] == "kept" and note["answers"] == outcome.answers and note["at"] == NOW.isoformat()


def test_a_candidate_no_better_than_the_parameters_in_use_is_not_kept(school: AppServices) -> None:
    every_time = RefitPolicy(min_answers=1000, min_learners=10, refit_every=0)
    kept = refit_if_due(school.db, school.paths, MATHS_PACK, now=NOW, policy=every_time)
    assert kept.kept
    before = _model_file(school).read_bytes()
    stamp = _model_file(school).stat().st_mtime_ns

    # Same answers: the candidate is the fit already in use, so it predicts no better and is dropped.
    same = refit_if_due(school.db, school.paths, MATHS_PACK, now=NOW, policy=every_time)

    assert same.status == "rejected" and same.current_source == "fitted"
    assert same.candidate_logloss == same.current_logloss
    assert _model_file(school).read_bytes() == before and _model_file(school).stat().st_mtime_ns == stamp


def test_parameters_that_predict_better_than_any_candidate_are_not_replaced(school: AppServices) -> None:
    """Parameters fitted on every learner (held-out ones included) know the held-out answers: a fit
    that never saw them cannot beat them there, so they stay."""
    from app.services.event_export import export_answer_log
    from app.services.model_evaluation import fit_to_file

    answers = school.paths.root / "answers.tsv"
    export_answer_log(school.db, MATHS_PACK, answers)
    fit_to_file(answers, _model_file(school))  # what `sabil model export` + `sabil model fit -o` make
    before = _model_file(school).read_bytes()

    outcome = refit_if_due(school.db, school.paths, MATHS_PACK, now=NOW, policy=SMALL)

    assert outcome.status == "rejected" and outcome.current_source == "fitted"
    assert outcome.candidate_logloss is not None and outcome.current_logloss is not None
    assert outcome.candidate_logloss >= outcome.current_logloss
    assert _model_file(school).read_bytes() == before
    assert answers_at_last_refit(school.db, MATHS_PACK) == outcome.answers  # not tried again until new answers


def test_the_parameters_file_is_written_atomically(school: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    replaced: list[tuple[Path, Path, bytes]] = []
    real_replace = os.replace

    def watching_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        # At the moment of the swap the whole document is in the temporary file and the target is
        # not there yet: a device listing *.json sees either nothing or the full file.
        replaced.append((Path(src), Path(dst), Path(src).read_bytes()))
        assert not Path(dst).exists()
        real_replace(src, dst)

    monkeypatch.setattr(model_refit.os, "replace", watching_replace)
    outcome = refit_if_due(school.db, school.paths, MATHS_PACK, now=NOW, policy=SMALL)

    assert outcome.kept
    # export_answer_log swaps its answer file in the same way; only the parameters file matters here.
    [(temp, target, content)] = [swap for swap in replaced if swap[1].suffix == ".json"]
    assert target == _model_file(school) and temp.parent == target.parent and temp.suffix != ".json"
    assert LearnerModelParams.from_dict(json.loads(content)).n_skills > 0
    assert target.read_bytes() == content
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temporary file left


def test_a_running_hub_refits_in_the_background(school: AppServices) -> None:
    hub = school.hub
    hub.refit_policy = SMALL
    assert not _model_file(school).exists()  # due, but nothing fits until the hub runs

    hub.start(host="127.0.0.1", port=0)
    try:
        deadline = time.monotonic() + 15
        while not _model_file(school).exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _model_file(school).exists()
        assert hub.running  # the fit ran beside the server, not instead of it
    finally:
        hub.stop()
    assert _current_source(school) == "fitted"
    assert answers_at_last_refit(school.db, MATHS_PACK) > 0
    assert not any(t.name == "sabil-hub-refit" and t.is_alive() for t in threading.enumerate())


def test_a_failed_fit_is_logged_and_never_stops_the_hub(
    school: AppServices, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def failing_fit(*_args: object, **_kwargs: object) -> LearnerModelParams:
        raise RuntimeError("out of memory")

    monkeypatch.setattr(model_refit, "fit_log", failing_fit)
    school.hub.refit_policy = SMALL
    with caplog.at_level(logging.ERROR, logger="app.services.hub_runner"):
        outcomes = school.hub.refit_now()

    assert MATHS_PACK not in {o.pack_id for o in outcomes}
    assert all(o.status == "not_due" for o in outcomes)  # the other packs were still looked at
    assert any("refitting the learner model of" in r.getMessage() and MATHS_PACK in r.getMessage() for r in caplog.records)
    assert not _model_file(school).exists()
    assert answers_at_last_refit(school.db, MATHS_PACK) == 0  # nothing remembered: the next check tries again


def test_a_learner_pc_practises_on_the_parameters_its_hub_refitted(school: AppServices, tmp_path: Path) -> None:
    hub = school.hub
    hub.refit_policy = SMALL
    address = hub.start(host="127.0.0.1", port=0)
    learner_pc = AppServices.open(tmp_path / "learner-pc")
    try:
        klass = hub.create_class("Al Noor", "5B")
        deadline = time.monotonic() + 15
        while not _model_file(school).exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        learner_pc.sync.enroll(address.url, klass.code, device_name="Lab PC 3")
        assert MATHS_PACK in learner_pc.sync.sync_now().models_received
        stored = learner_pc.paths.root / "models" / f"{MATHS_PACK}.json"
        assert json.loads(stored.read_bytes()) == json.loads(_model_file(school).read_bytes())
        amina = learner_pc.learners.create("Amina", "cat")
        assert _current_source(learner_pc) == "fitted" and _decides_on_model(learner_pc, amina.id)
    finally:
        learner_pc.close()
        hub.stop()
