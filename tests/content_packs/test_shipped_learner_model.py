"""A pack may ship learner-model parameters (learner-model.json in the source, learner_model in pack.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.content_packs.builder import build_pack
from app.content_packs.errors import PackError
from app.content_packs.reader import read_pack
from app.content_packs.source import load_source
from app.engine.learner_model.params import LearnerModelParams


def _params_for(source: Path) -> dict:
    manifest = load_source(source)
    skill_ids = [s.id for s in manifest.skills]
    index = {s: k for k, s in enumerate(skill_ids)}
    params = LearnerModelParams.default(
        skill_ids, [i.id for i in manifest.items], [index[i.skill_id] for i in manifest.items]
    )
    data = params.to_dict()
    data["intercept"] = 1.25
    return data


def test_shipped_parameters_travel_through_build_and_read(mini_source: Path, tmp_path: Path) -> None:
    plain = read_pack(build_pack(mini_source, tmp_path / "plain.sabilpack"))
    assert plain.learner_model is None
    params = _params_for(mini_source)
    (mini_source / "learner-model.json").write_text(json.dumps(params), encoding="utf-8")
    manifest = read_pack(build_pack(mini_source, tmp_path / "with-model.sabilpack"))
    assert manifest.learner_model == params
    assert LearnerModelParams.from_dict(manifest.learner_model).intercept == 1.25


@pytest.mark.parametrize(
    "content, fragment",
    [
        ('{"format": "something else"}', "not valid"),
        ("[1, 2, 3]", "not valid"),
        ("{not json", "not readable JSON"),
    ],
)
def test_bad_shipped_parameters_are_refused_at_build(mini_source: Path, tmp_path: Path, content: str,
                                                     fragment: str) -> None:
    (mini_source / "learner-model.json").write_text(content, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        build_pack(mini_source, tmp_path / "bad.sabilpack")
    assert caught.value.code == "bad_learner_model"
    assert fragment in str(caught.value) and "learner-model.json" in str(caught.value)


def test_a_tampered_learner_model_in_pack_json_is_refused_by_the_reader(mini_source: Path, tmp_path: Path) -> None:
    import zipfile

    built = build_pack(mini_source, tmp_path / "ok.sabilpack")
    with zipfile.ZipFile(built) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    document = json.loads(entries["pack.json"])
    document["learner_model"] = {"format": "sabil-learner-model", "version": 1, "intercept": "NaN"}
    entries["pack.json"] = json.dumps(document).encode()
    hostile = tmp_path / "hostile.sabilpack"
    with zipfile.ZipFile(hostile, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    with pytest.raises(PackError) as caught:
        read_pack(hostile)
    assert caught.value.code == "bad_learner_model"
