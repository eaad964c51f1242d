"""Privacy: export everything about a learner (JSON and CSV), delete with tombstones, what is shared."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services.adult_dto import PlanTarget
from app.services.app_services import AppServices
from app.services.errors import ValidationError
from app.services.sync_state import save as save_sync_state
from app.storage.adult_models import ClassMembership, GroupMembership, LearnerGoal, LearningPlan
from app.storage.models import AttemptEvent, Learner
from tests.services.adult.branch_pack import PACK_ID
from tests.services.adult.practice_helpers import answer


@pytest.fixture
def amira(adult: AppServices) -> str:
    """A learner with a PIN, answers, a goal, a confidence rating, a class, a group and plans."""
    learner = adult.learners.create("Amira", "owl", pin="1234")
    grade = adult.classes.create("Grade 4")
    adult.classes.add_learner(grade.id, learner.id)
    group = adult.classes.create_group(grade.id, "Readers")
    adult.classes.add_to_group(group.id, learner.id)
    adult.plans.create("Own plan", PACK_ID, [PlanTarget("skill", "add")], "learner", learner.id)
    adult.plans.create("Class plan", PACK_ID, [PlanTarget("skill", "shapes")], "class", grade.id)
    adult.goals.set_goal(learner.id, "Add by June", PACK_ID, ["add"])
    adult.goals.set_goal(learner.id, '=HYPERLINK("http://x")')
    session = adult.practice.start_session(learner.id, pack_id=PACK_ID)
    for right in (True, False, True, True):
        answer(adult, session, right=right)
    with adult.db.session() as s:
        first = s.scalars(select(AttemptEvent.id).order_by(AttemptEvent.device_seq)).first()
    adult.goals.rate_confidence(first, 2)
    return learner.id


def test_json_export_holds_everything_but_the_pin_hash(adult: AppServices, amira: str, tmp_path: Path) -> None:
    result = adult.privacy.export(amira, tmp_path / "amira.json")
    data = json.loads((tmp_path / "amira.json").read_text(encoding="utf-8"))
    assert data["profile"]["display_name"] == "Amira" and data["profile"]["has_pin"] is True
    assert "pin_hash" not in json.dumps(data) and "pin_salt" not in json.dumps(data)
    assert len(data["attempts"]) == 4 and data["attempts"][0]["pack_id"] == PACK_ID
    assert {s["skill_id"] for s in data["skill_states"]} >= {"count"}
    assert [g["text"] for g in data["goals"]] == ["Add by June", '=HYPERLINK("http://x")']
    assert [c["rating"] for c in data["confidence"]] == [2]
    assert [p["title"] for p in data["plans"]] == ["Own plan"]
    assert sorted((m["kind"], m["name"]) for m in data["memberships"]) == [("class", "Grade 4"), ("group", "Readers")]
    assert result.counts["attempts"] == 4 and result.path == tmp_path / "amira.json"
    datetime.fromisoformat(data["attempts"][0]["client_time"])  # times as ISO 8601


def test_zip_export_has_the_json_and_a_csv_per_kind(adult: AppServices, amira: str, tmp_path: Path) -> None:
    out = tmp_path / "nested" / "amira.zip"
    adult.privacy.export(amira, out)
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        assert names == {
            "learner.json", "profile.csv", "attempts.csv", "skill_states.csv", "goals.csv",
            "confidence.csv", "plans.csv", "memberships.csv",
        }
        text = archive.read("attempts.csv").decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 4 and rows[0]["skill_ids"] == '["count"]'
    goals = list(csv.DictReader(io.StringIO(archive_text(out, "goals.csv"))))
    # Text that looks like a formula stays text in a spreadsheet; the JSON keeps it as typed.
    assert goals[1]["text"] == "'=HYPERLINK(\"http://x\")"
    assert not list(tmp_path.glob("nested/.*.tmp"))


def archive_text(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8").lstrip("\ufeff")


def test_export_refuses_other_names_and_unknown_learners(adult: AppServices, amira: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        adult.privacy.export(amira, tmp_path / "amira.txt")
    assert err.value.code == "bad_export_name"
    with pytest.raises(ValidationError) as err:
        adult.privacy.export("01a20000-0000-7000-8000-000000000000", tmp_path / "x.json")
    assert err.value.code == "unknown_learner"


def test_delete_tombstones_the_learner_and_what_is_only_theirs(adult: AppServices, amira: str) -> None:
    adult.privacy.delete(amira)
    assert adult.learners.list() == []
    with adult.db.session() as s:
        learner = s.get(Learner, amira)
        assert learner.deleted_at is not None and learner.pin_hash is None and learner.hlc
        for model in (ClassMembership, GroupMembership, LearnerGoal):
            rows = s.scalars(select(model).where(model.learner_id == amira)).all()
            assert rows and all(r.deleted_at is not None for r in rows), model.__name__
        plans = {p.title: p.deleted_at for p in s.scalars(select(LearningPlan))}
        assert plans["Own plan"] is not None and plans["Class plan"] is None  # the class keeps its plan
        assert len(s.scalars(select(AttemptEvent)).all()) == 4  # events stay (they are the truth)
    assert adult.classes.list()[0].learner_ids == ()
    adult.privacy.delete(amira)  # again: finishes anything left, no error
    with pytest.raises(ValidationError):
        adult.privacy.export(amira, Path("unused.json"))


def test_nothing_is_shared_until_enrolled(adult: AppServices, amira: str) -> None:
    view = adult.privacy.sharing()
    assert not view.enrolled and view.data_kinds == () and view.server_url == ""
    assert [(s.display_name, s.sent_to_hub) for s in view.learners] == [("Amira", False)]

    other = adult.learners.create("Zaid", "fox")
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    save_sync_state(
        adult.db, server_url="https://hub.school.lan:8443", token="t", school_name="Al Noor School",
        class_name="Grade 4", learner_stamps={amira: "x"}, last_success=when,
    )
    view = adult.privacy.sharing()
    assert view.enrolled and view.server_url == "https://hub.school.lan:8443"
    assert (view.school_name, view.class_name, view.last_success) == ("Al Noor School", "Grade 4", when)
    assert view.data_kinds == ("profiles", "answers", "classes", "plans", "goals", "confidence")
    assert {s.id: s.sent_to_hub for s in view.learners} == {amira: True, other.id: False}
