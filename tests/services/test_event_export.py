"""`sabil model export`: a pack's answers as an answer log that `sabil model fit` reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.content_packs.answer_oracle import right_response, wrong_response
from app.engine.learner_model import LearnerModelParams
from app.services.app_services import AppServices
from app.services.errors import NotFoundError
from app.services.event_export import HEADER, export_answer_log
from app.services.kt_data import read_answers
from app.services.learner_model_runtime import params_path
from app.services.model_evaluation import fit_to_file


def practise(services: AppServices, name: str, answers: int) -> None:
    learner = services.learners.create(name, services.learners.avatars()[0])
    sid = services.practice.start_session(learner.id)
    for number in range(answers):
        services.practice.next_item(sid)
        rendered = services.practice.shown_rendering(sid)
        response = wrong_response(rendered) if number % 3 == 2 else right_response(rendered)
        services.practice.submit(sid, response, 1500)


def test_export_then_fit_gives_parameters_for_the_packs_own_items(tmp_path: Path, mini_pack: Path) -> None:
    services = AppServices.open(tmp_path / "data", install_bundled=False)
    try:
        pack = services.packs.install_file(mini_pack, allow_unsigned=True)
        practise(services, "Ali", 12)
        practise(services, "Sara", 9)
        out = tmp_path / "answers.tsv"
        assert export_answer_log(services.db, pack.id, out) == 21

        lines = out.read_text(encoding="utf-8").splitlines()
        assert tuple(lines[0].split("\t")) == HEADER
        log, codebook = read_answers(out)  # the reader `sabil model fit` uses accepts it
        assert len(log.correct) == 21 and int(log.correct.sum()) == 21 - 7
        times = [float(line.split("\t")[2]) for line in lines[1:]]
        assert min(times) > 1.7e9, "real clock times, so forgetting features see real gaps"

        target = params_path(services.paths.root / "models", pack.id)
        target.parent.mkdir(parents=True)
        fit_to_file(out, target)
        fitted = LearnerModelParams.from_dict(json.loads(target.read_text()))
        practised_items = {line.split("\t")[1] for line in lines[1:]}
        assert practised_items <= set(fitted.item_ids), "fitted on the pack's own item ids, so they align"
    finally:
        services.close()


def test_export_of_an_unknown_pack_is_refused(tmp_path: Path) -> None:
    services = AppServices.open(tmp_path / "data", install_bundled=False)
    try:
        with pytest.raises(NotFoundError):
            export_answer_log(services.db, "org.example.nothing", tmp_path / "x.tsv")
        assert not (tmp_path / "x.tsv").exists()
    finally:
        services.close()
