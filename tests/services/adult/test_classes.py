"""Classes and groups: membership, names, tombstones that sync, and the learner filter for reports."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.services.app_services import AppServices
from app.services.errors import ValidationError
from app.storage.adult_models import ClassMembership, LearnerClass


def test_class_with_learners_and_groups(adult: AppServices) -> None:
    zaid = adult.learners.create("Zaid", "owl")
    amira = adult.learners.create("Amira", "fox")
    lina = adult.learners.create("Lina", "cat")
    grade = adult.classes.create("  Grade   4 B ")
    assert grade.name == "Grade 4 B"
    for learner in (zaid, amira, lina):
        adult.classes.add_learner(grade.id, learner.id)
    group = adult.classes.create_group(grade.id, "Readers")
    adult.classes.add_to_group(group.id, lina.id)
    adult.classes.add_to_group(group.id, amira.id)

    view = adult.classes.get(grade.id)
    assert view.learner_ids == (amira.id, lina.id, zaid.id)  # alphabetical by name
    assert [g.name for g in view.groups] == ["Readers"]
    assert view.groups[0].learner_ids == (amira.id, lina.id)
    assert adult.classes.learner_ids(class_id=grade.id) == [amira.id, lina.id, zaid.id]
    assert adult.classes.learner_ids(group_id=group.id) == [amira.id, lina.id]
    assert [c.id for c in adult.classes.classes_of(lina.id)] == [grade.id]
    assert adult.classes.find("grade 4 b").id == grade.id
    assert adult.classes.find("Grade 5") is None


def test_names_are_unique_case_insensitively(adult: AppServices) -> None:
    first = adult.classes.create("Grade 4")
    with pytest.raises(ValidationError) as err:
        adult.classes.create("GRADE 4")
    assert err.value.code == "class_exists"
    other = adult.classes.create("Grade 5")
    with pytest.raises(ValidationError):
        adult.classes.rename(other.id, "grade 4")
    assert adult.classes.rename(first.id, "grade 4").name == "grade 4"  # its own name, re-cased
    adult.classes.create_group(first.id, "Team")
    with pytest.raises(ValidationError) as err:
        adult.classes.create_group(first.id, "team")
    assert err.value.code == "group_exists"
    adult.classes.create_group(other.id, "Team")  # another class may use the name
    for bad, code in (("   ", "empty_name"), ("x" * 61, "name_too_long")):
        with pytest.raises(ValidationError) as err:
            adult.classes.create(bad)
        assert err.value.code == code


def test_group_members_must_be_in_the_class(adult: AppServices) -> None:
    grade = adult.classes.create("Grade 4")
    group = adult.classes.create_group(grade.id, "Readers")
    outsider = adult.learners.create("Omar", "owl")
    with pytest.raises(ValidationError) as err:
        adult.classes.add_to_group(group.id, outsider.id)
    assert err.value.code == "not_in_class"


def test_leaving_a_class_leaves_its_groups_and_rejoining_revives_the_same_row(adult: AppServices) -> None:
    grade = adult.classes.create("Grade 4")
    group = adult.classes.create_group(grade.id, "Readers")
    learner = adult.learners.create("Sara", "owl")
    adult.classes.add_learner(grade.id, learner.id)
    adult.classes.add_to_group(group.id, learner.id)
    with adult.db.session() as s:
        row = s.scalar(select(ClassMembership))
        first_id, first_stamp = row.id, row.hlc

    adult.classes.remove_learner(grade.id, learner.id)
    assert adult.classes.get(grade.id).learner_ids == ()
    assert adult.classes.group(group.id).learner_ids == ()
    with adult.db.session() as s:
        row = s.scalar(select(ClassMembership))
        assert row.deleted_at is not None and row.hlc > first_stamp

    adult.classes.add_learner(grade.id, learner.id)
    adult.classes.add_learner(grade.id, learner.id)  # twice: still one membership
    with adult.db.session() as s:
        rows = s.scalars(select(ClassMembership)).all()
        assert len(rows) == 1 and rows[0].id == first_id and rows[0].deleted_at is None
    assert adult.classes.get(grade.id).learner_ids == (learner.id,)
    assert adult.classes.group(group.id).learner_ids == ()  # group membership was not revived


def test_deleting_a_class_is_a_tombstone_and_keeps_learners(adult: AppServices) -> None:
    grade = adult.classes.create("Grade 4")
    group = adult.classes.create_group(grade.id, "Readers")
    learner = adult.learners.create("Sara", "owl")
    adult.classes.add_learner(grade.id, learner.id)
    adult.classes.delete(grade.id)
    assert adult.classes.list() == []
    with pytest.raises(ValidationError) as err:
        adult.classes.get(grade.id)
    assert err.value.code == "unknown_class"
    with pytest.raises(ValidationError) as err:
        adult.classes.group(group.id)
    assert err.value.code == "unknown_group"
    assert adult.classes.classes_of(learner.id) == []
    assert [p.id for p in adult.learners.list()] == [learner.id]
    with adult.db.session() as s:
        row = s.get(LearnerClass, grade.id)
        assert row.deleted_at is not None and row.hlc  # kept so the removal can sync
    adult.classes.create("Grade 4")  # the name is free again


def test_deleted_learners_drop_out_of_classes(adult: AppServices) -> None:
    grade = adult.classes.create("Grade 4")
    kept = adult.learners.create("Kept", "owl")
    gone = adult.learners.create("Gone", "fox")
    adult.classes.add_learner(grade.id, kept.id)
    adult.classes.add_learner(grade.id, gone.id)
    adult.learners.delete(gone.id)
    assert adult.classes.get(grade.id).learner_ids == (kept.id,)
    assert adult.classes.learner_ids() == [kept.id]
    with pytest.raises(ValidationError) as err:
        adult.classes.add_learner(grade.id, gone.id)
    assert err.value.code == "unknown_learner"


def test_rows_are_stamped_with_the_device_clock(adult: AppServices) -> None:
    grade = adult.classes.create("Grade 4")
    with adult.db.session() as s:
        before = s.get(LearnerClass, grade.id).hlc
    adult.classes.rename(grade.id, "Grade 4 B")
    with adult.db.session() as s:
        after = s.get(LearnerClass, grade.id)
        assert after.hlc > before and after.hlc.endswith(adult.device_id)
        assert len(after.id) == 36 and after.id[14] == "7"  # a UUIDv7
