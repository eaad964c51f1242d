"""Record sync end to end: a real class hub (the teacher's Sabil served by uvicorn on loopback) and
devices using the real services — classes, groups, plans, goals and ratings travel both ways, by
network and by USB stick, converge by stamp, and steer practice on the device."""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.services.adult_dto import PlanTarget
from app.services.app_services import AppServices
from app.services.sync import SyncService
from app.services.sync_outbox import changed_records
from app.services.sync_roster import roster
from app.storage.adult_models import (
    ClassMembership,
    ConfidenceRating,
    GroupMembership,
    LearnerClass,
    LearnerGoal,
    LearnerGroup,
    LearningPlan,
)
from app.storage.sync_models import SyncChange, SyncRecordMark
from app.sync.client import Backoff
from tests.sync.client.devices import LiveDistrictServer, LiveHub, build_mini_pack, open_device, practise

FAST = Backoff(attempts=4, base=0.01, cap=0.05)
PACK = "org.sabil.test.mini"
TABLES = (LearnerClass, LearnerGroup, ClassMembership, GroupMembership, LearningPlan, LearnerGoal)


@pytest.fixture(scope="module")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini_pack(tmp_path_factory.mktemp("packs"))


@pytest.fixture
def hub(tmp_path: Path, mini_pack: Path) -> Iterator[LiveHub]:
    live = LiveHub(tmp_path / "hub", mini_pack)
    yield live
    live.close()


@pytest.fixture
def devices(tmp_path: Path, mini_pack: Path) -> Iterator[Callable[..., AppServices]]:
    opened: list[AppServices] = []

    def make(name: str, url: str | None = None, code: str | None = None) -> AppServices:
        device = open_device(tmp_path / name, mini_pack)
        opened.append(device)
        device.sync = SyncService(device.db, device.paths, device.device_id, device.practice.rebuild_learner_state,
                                  backoff=FAST)
        if url is not None and code is not None:
            device.sync.enroll(url, code, device_name=name)
        return device

    yield make
    for device in opened:
        device.close()


def adult_rows(services: AppServices) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every class, group, membership, plan and goal row, keyed by table then by a stable key (a
    membership by its pair: two devices may hold the same fact under different ids)."""
    out: dict[str, dict[str, tuple[Any, ...]]] = {}
    with services.db.session() as session:
        for model in TABLES:
            rows = {}
            for row in session.scalars(select(model)):
                values = tuple(
                    getattr(row, c.name) for c in model.__table__.columns if c.name not in ("id", "hlc")
                ) + (row.hlc, row.deleted_at is not None)
                if model is ClassMembership:
                    key = f"{row.class_id}/{row.learner_id}"
                elif model is GroupMembership:
                    key = f"{row.group_id}/{row.learner_id}"
                else:
                    key = row.id
                rows[key] = values
            out[model.__tablename__] = rows
    return out


def teacher_plan(hub: LiveHub, learner_names: tuple[str, ...] = ("Amina", "Omar")) -> tuple[list[str], str, str]:
    """On the hub in teacher mode: learners, a class, a group with the first learner, and a plan for
    the group with a due date (on the pack's last skill, so its prerequisites come first)."""
    services = hub.services
    learners = [services.learners.create(name, "owl").id for name in learner_names]
    klass = services.classes.create("5B")
    for learner_id in learners:
        services.classes.add_learner(klass.id, learner_id)
    group = services.classes.create_group(klass.id, "Fractions group")
    services.classes.add_to_group(group.id, learners[0])
    plan = services.plans.create(
        "Fractions by June", PACK, [PlanTarget("skill", "fractions-intro")], "group", group.id,
        due_date=date(2027, 6, 30),
    )
    return learners, group.id, plan.id


def test_a_plan_the_teacher_makes_on_the_hub_reaches_the_device_and_steers_practice(
    hub: LiveHub, devices: Callable[..., AppServices]
) -> None:
    (amina, omar), group_id, plan_id = teacher_plan(hub)
    a = devices("a", hub.url, hub.code())
    report = a.sync.sync_now()
    assert report.learners_pulled == 2

    assert adult_rows(a) == adult_rows(hub.services)
    plans = a.plans.for_learner(amina)
    assert [(p.id, p.title, p.due_date, p.assignee_id) for p in plans] == [
        (plan_id, "Fractions by June", date(2027, 6, 30), group_id)]
    assert a.plans.for_learner(omar) == []  # the plan is for the group, and Omar is not in it
    # The sequencer honours it: nothing is mastered, so the plan's path starts with a prerequisite.
    item = a.practice.next_item(a.practice.start_session(amina))
    assert (item.reason, item.reason_args["plan"], item.reason_args["target"]) == (
        "plan_prerequisite", "Fractions by June", "fractions-intro")
    free = a.practice.next_item(a.practice.start_session(omar))
    assert not free.reason.startswith("plan_")
    # The pulled records are marked as held by the hub: nothing goes back up.
    again = a.sync.sync_now()
    assert (again.pushed, again.pulled) == (0, 0)
    with a.db.session() as session:
        assert len(session.scalars(select(SyncRecordMark)).all()) == 6  # class, group, 3 memberships, plan


def test_a_goal_set_on_one_device_reaches_the_other_and_the_hub_and_its_deletion_comes_back(
    hub: LiveHub, devices: Callable[..., AppServices]
) -> None:
    a, b = devices("a", hub.url, hub.code()), devices("b", hub.url, hub.code())
    rania = a.learners.create("Rania", "owl")
    goal = a.goals.set_goal(rania.id, "Master adding", PACK, ["add-within-10"], date(2027, 1, 31))
    a.sync.sync_now()
    b.sync.sync_now()
    assert [(g.id, g.text, g.skill_ids, g.due_date) for g in b.goals.goals(rania.id)] == [
        (goal.id, "Master adding", ("add-within-10",), date(2027, 1, 31))]
    assert [g.id for g in hub.services.goals.goals(rania.id)] == [goal.id]

    b.goals.delete_goal(goal.id)  # a tombstone on B
    b.sync.sync_now()
    a.sync.sync_now()
    assert a.goals.goals(rania.id) == [] and hub.services.goals.goals(rania.id) == []
    assert adult_rows(a) == adult_rows(b) == adult_rows(hub.services)
    with a.db.session() as session:
        row = session.get(LearnerGoal, goal.id)
        assert row is not None and row.deleted_at is not None  # kept as a tombstone


def test_concurrent_edits_of_one_plan_end_with_the_higher_stamp_everywhere(
    hub: LiveHub, devices: Callable[..., AppServices]
) -> None:
    (amina, _omar), _group, plan_id = teacher_plan(hub)
    a, b = devices("a", hub.url, hub.code()), devices("b", hub.url, hub.code())
    a.sync.sync_now()
    b.sync.sync_now()
    # Both edit offline; B edits later, so B's stamp is higher. A syncs last: its older edit still loses.
    a.plans.update(plan_id, title="A's title", due_date=date(2027, 3, 1))
    time.sleep(0.01)
    b.plans.update(plan_id, title="B's title", due_date=None)
    b.sync.sync_now()
    a.sync.sync_now()
    b.sync.sync_now()
    for services in (a, b, hub.services):
        view = services.plans.get(plan_id)
        assert (view.title, view.due_date) == ("B's title", None)
    assert adult_rows(a) == adult_rows(b) == adult_rows(hub.services)
    # A later edit on A wins in turn (its clock moved past B's stamp when it applied it).
    a.plans.update(plan_id, goal="Ready for grade 5")
    a.sync.sync_now()
    b.sync.sync_now()
    assert b.plans.get(plan_id).goal == hub.services.plans.get(plan_id).goal == "Ready for grade 5"
    assert b.plans.get(plan_id).title == "B's title"
    assert a.plans.for_learner(amina)[0].title == "B's title"


def test_two_devices_adding_one_learner_to_one_class_offline_converge_on_one_membership(
    hub: LiveHub, devices: Callable[..., AppServices]
) -> None:
    a, b = devices("a", hub.url, hub.code()), devices("b", hub.url, hub.code())
    salma = a.learners.create("Salma", "owl")
    klass = a.classes.create("4A")
    a.sync.sync_now()
    b.sync.sync_now()
    a.classes.add_learner(klass.id, salma.id)
    b.classes.add_learner(klass.id, salma.id)  # the same fact under another id
    time.sleep(0.01)
    b.classes.remove_learner(klass.id, salma.id)  # and then B takes her out again: the newest word
    for device in (a, b, a, b):
        device.sync.sync_now()
    assert a.classes.get(klass.id).learner_ids == b.classes.get(klass.id).learner_ids == ()
    assert hub.services.classes.get(klass.id).learner_ids == ()
    assert adult_rows(a) == adult_rows(b) == adult_rows(hub.services)


def test_a_confidence_rating_travels_with_its_answer(hub: LiveHub, devices: Callable[..., AppServices]) -> None:
    a, b = devices("a", hub.url, hub.code()), devices("b", hub.url, hub.code())
    yusuf = a.learners.create("Yusuf", "owl")
    attempts = practise(a, yusuf.id, "101")
    a.goals.rate_confidence(attempts[1], 1)
    report = a.sync.sync_now()
    assert report.pushed == 3
    b.sync.sync_now()
    for services in (b, hub.services):
        assert [(c.attempt_id, c.rating, c.correct) for c in services.goals.confidence(yusuf.id)] == [
            (attempts[1], 1, False)]
    # Rated again elsewhere is refused locally; the one rating stays the same everywhere.
    with b.db.session() as session:
        assert len(session.scalars(select(ConfidenceRating)).all()) == 1


def test_the_roster_is_stored_and_the_picker_shows_the_class_and_this_devices_learners(
    hub: LiveHub, devices: Callable[..., AppServices]
) -> None:
    (amina, omar), _group, _plan = teacher_plan(hub)
    other_class = devices("other", hub.url, hub.code(school="Al Noor", klass="3C"))
    a = devices("a", hub.url, hub.code())
    stranger = other_class.learners.create("Stranger", "fox")
    practise(other_class, stranger.id, "11")
    other_class.sync.sync_now()
    mine = a.learners.create("Made here", "owl")
    not_enrolled = devices("home")
    home_learner = not_enrolled.learners.create("Home", "owl")

    a.sync.sync_now()
    # The stranger of class 3C is stored (her answers count) but not on this 5B computer's picker.
    assert {p.id for p in a.learners.list()} == {amina, omar, mine.id}
    assert a.learners.get(stranger.id).display_name == "Stranger"
    with a.db.session() as session:
        assert set(roster(session) or []) == {amina, omar, mine.id}
    # A learner made here before the next sync is listed at once.
    later = a.learners.create("Later", "owl")
    assert later.id in {p.id for p in a.learners.list()}
    # The 3C computer sees its own class only; a computer not enrolled anywhere lists everyone it has.
    other_class.sync.sync_now()
    assert {p.id for p in other_class.learners.list()} == {stranger.id}
    assert [p.id for p in not_enrolled.learners.list()] == [home_learner.id]
    # The hub (the teacher's Sabil) is not a client: it lists every learner.
    assert {amina, omar, mine.id, stranger.id} <= {p.id for p in hub.services.learners.list()}


def test_a_usb_bundle_carries_records_up_and_the_teachers_plan_back_and_importing_twice_changes_nothing(
    hub: LiveHub, devices: Callable[..., AppServices], tmp_path: Path
) -> None:
    c = devices("c", hub.url, hub.code())
    (amina, _omar), _group, plan_id = teacher_plan(hub)
    idris = c.learners.create("Idris", "fox")
    goal = c.goals.set_goal(idris.id, "Count to ten")
    attempts = practise(c, idris.id, "11")
    c.goals.rate_confidence(attempts[0], 3)

    bundle = c.sync.export_bundle(tmp_path / "stick")
    imported = hub.services.sync.import_bundle(bundle)
    assert imported.reply_path is not None
    assert [g.id for g in hub.services.goals.goals(idris.id)] == [goal.id]
    assert [r.rating for r in hub.services.goals.confidence(idris.id)] == [3]
    hub_rows = adult_rows(hub.services)
    twice = hub.services.sync.import_bundle(bundle, reply_dir=tmp_path / "reply2")
    assert adult_rows(hub.services) == hub_rows

    c.sync.import_bundle(imported.reply_path)
    assert [p.id for p in c.plans.for_learner(amina)] == [plan_id]
    device_rows = adult_rows(c)
    assert device_rows == adult_rows(hub.services)
    c.sync.import_bundle(imported.reply_path)
    c.sync.import_bundle(twice.reply_path)
    assert adult_rows(c) == device_rows
    # The reply says which of the device's records the hub now holds: the next stick carries none again.
    with c.db.session() as session:
        assert changed_records(session, c.device_id, 10**6) == []
    c.goals.update_goal(goal.id, text="Count to twenty")
    with zipfile.ZipFile(c.sync.export_bundle(tmp_path / "stick2")) as archive:
        batches = [json.loads(archive.read(n)) for n in archive.namelist() if n.startswith("batches/")]
    assert [r["id"] for b in batches for r in b["records"]] == [goal.id]


def test_records_converge_through_a_district_server_on_sqlite_and_postgresql(
    server_db: str, devices: Callable[..., AppServices]
) -> None:
    server = LiveDistrictServer(server_db)
    try:
        a, b = devices("a", server.url, server.code()), devices("b", server.url, server.code())
        huda = a.learners.create("Huda", "owl")
        klass = a.classes.create("6A")
        a.classes.add_learner(klass.id, huda.id)
        plan = a.plans.create("Adding", PACK, [PlanTarget("section", "add-within-10")], "class", klass.id)
        a.goals.set_goal(huda.id, "Adding by Friday", PACK, ["add-within-10"])
        a.sync.sync_now()
        b.sync.sync_now()
        assert adult_rows(a) == adult_rows(b)
        assert [p.id for p in b.plans.for_learner(huda.id)] == [plan.id]
        b.plans.delete(plan.id)
        b.sync.sync_now()
        a.sync.sync_now()
        assert a.plans.for_learner(huda.id) == [] and adult_rows(a) == adult_rows(b)
    finally:
        server.close()


def test_a_hub_row_the_wire_cannot_carry_does_not_break_the_pull(
    hub: LiveHub, devices: Callable[..., AppServices]
) -> None:
    with hub.services.db.transaction() as session:
        session.add(LearnerClass(id="0193f1c2-7a4b-7c3d-9e8f-0123456789ab", name="", hlc="001763800000000-000000-x"))
    klass = hub.services.classes.create("5B")
    a = devices("a", hub.url, hub.code())
    a.sync.sync_now()
    assert [c.id for c in a.classes.list()] == [klass.id]


def test_enrolling_with_another_hub_sends_every_record_again(
    hub: LiveHub, devices: Callable[..., AppServices], tmp_path: Path, mini_pack: Path
) -> None:
    a = devices("a", hub.url, hub.code())
    amina = a.learners.create("Amina", "owl")
    goal = a.goals.set_goal(amina.id, "Read every day")
    a.sync.sync_now()
    other = LiveHub(tmp_path / "other-hub", mini_pack, school="Al Amal")
    try:
        a.sync.enroll(other.url, other.code(), device_name="a")
        a.sync.sync_now()
        assert [g.id for g in other.services.goals.goals(amina.id)] == [goal.id]
    finally:
        other.close()


def test_a_goal_and_a_rating_made_on_the_hub_itself_reach_the_devices_once(
    hub: LiveHub, devices: Callable[..., AppServices]
) -> None:
    noor = hub.services.learners.create("Noor", "owl")
    attempts = practise(hub.services, noor.id, "01")
    hub.services.goals.rate_confidence(attempts[0], 1)
    goal = hub.services.goals.set_goal(noor.id, "Count to ten")
    a = devices("a", hub.url, hub.code())
    a.sync.sync_now()
    assert [(c.attempt_id, c.rating) for c in a.goals.confidence(noor.id)] == [(attempts[0], 1)]
    assert [g.id for g in a.goals.goals(noor.id)] == [goal.id]
    # Numbered once: more pulls by other devices number nothing again.
    logged = change_kinds(hub)
    assert sorted(k for k in logged if k not in ("event", "learner")) == ["confidence", "goal"]
    b = devices("b", hub.url, hub.code())
    assert b.sync.sync_now().pulled == 2 and a.sync.sync_now().pulled == 0
    assert change_kinds(hub) == logged
    assert adult_rows(a) == adult_rows(b) == adult_rows(hub.services)


def change_kinds(hub: LiveHub) -> list[str]:
    """The kinds of the hub's change log, in order."""
    with hub.services.db.session() as session:
        return list(session.scalars(select(SyncChange.kind).order_by(SyncChange.seq)))
