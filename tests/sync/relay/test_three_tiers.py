"""Learner PCs → class hub → district server and back, for real on loopback: the district on the
embedded PostgreSQL, hubs running HubRunner on their own SQLite databases, PCs practising through
PracticeService."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.adult_dto import PlanTarget
from app.services.app_services import AppServices
from app.services.device import allocate_seq
from app.services.hub_runner import HubClass
from app.services.sync_dto import SyncError
from app.services.sync_state import read_state, save
from app.storage.adult_models import ClassMembership, LearnerClass, LearningPlan
from app.storage.ids import uuid7
from app.storage.models import AttemptEvent, Learner
from app.storage.sync_models import SyncChange, SyncLearnerScope, SyncSchool
from tests.sync.client.devices import CuttingProxy, build_mini_pack, open_device, practise
from tests.sync.records.wire import class_member, class_record, plan_record, stamp
from tests.sync.relay.tiers import (
    DISTRICT_SCHOOL,
    District,
    enrolled_device,
    events_of,
    names_of,
    open_hub,
    states_of,
    with_fast_sync,
)
from tests.sync.server.helpers import enrol


@pytest.fixture(scope="module")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini_pack(tmp_path_factory.mktemp("packs"))


@pytest.fixture
def district(postgres_url: str) -> Iterator[District]:
    server = District(postgres_url)
    yield server
    server.close()


@pytest.fixture
def sites(tmp_path: Path, mini_pack: Path) -> Iterator[Callable[..., tuple[AppServices, HubClass]]]:
    opened: list[AppServices] = []

    def make(name: str, **options: str) -> tuple[AppServices, HubClass]:
        services, hub_class = open_hub(tmp_path / name, mini_pack, **options)
        opened.append(services)
        return services, hub_class

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def pcs(tmp_path: Path, mini_pack: Path) -> Iterator[Callable[[str, HubClass], AppServices]]:
    opened: list[AppServices] = []

    def make(name: str, hub: HubClass) -> AppServices:
        device = enrolled_device(tmp_path / name, mini_pack, hub)
        opened.append(device)
        return device

    yield make
    for device in opened:
        device.close()


def test_answers_reach_the_district_exactly_once_with_their_devices(district: District, sites, pcs) -> None:
    hub, hub_class = sites("hub1")
    hub.sync.enroll(district.url, district.code())
    a, b = pcs("a", hub_class), pcs("b", hub_class)
    amina, omar = a.learners.create("Amina", "owl"), b.learners.create("Omar", "fox")
    practise(a, amina.id, "1101")
    practise(b, omar.id, "01111")
    demo = hub.learners.create("Demo", "cat")
    practise(hub, demo.id, "11")  # the teacher's own Sabil answers too
    a.sync.sync_now()
    b.sync.sync_now()
    assert hub.sync.status().answers_waiting == 11

    report = hub.sync.sync_now()
    assert (report.pushed, report.pulled, report.learners_pushed, report.answers_waiting) == (11, 0, 3, 0)
    assert report.relaying and report.relayed_through > 0
    stored = district.events()
    assert len(stored) == len({row[0] for row in stored}) == 11
    assert set(stored) == {(eid, dev, seq, lid) for eid, (dev, seq, lid, *_rest) in events_of(hub).items()}
    assert {row[1] for row in stored} == {a.device_id, b.device_id, hub.device_id}
    with Session(district.engine) as session:
        school = session.scalar(select(SyncSchool.id).where(SyncSchool.name == DISTRICT_SCHOOL))
        scopes = {s.learner_id: s.school_id for s in session.scalars(select(SyncLearnerScope))}
        assert scopes == {amina.id: school, omar.id: school, demo.id: school}
        assert set(session.scalars(select(SyncChange.device_id))) == {hub.device_id}
        assert {row.display_name for row in session.scalars(select(Learner))} == {"Amina", "Omar", "Demo"}

    again = hub.sync.sync_now()
    assert (again.pushed, again.pulled, again.learners_pushed) == (0, 0, 0)
    assert len(district.events()) == 11
    status = hub.sync.status()
    assert status.relaying and status.answers_waiting == 0 and status.last_error == ""
    assert status.text.startswith("Sent to the district just now · everything sent")


def test_a_learner_who_practised_under_another_hub_reaches_this_hubs_pcs(district: District, sites, pcs) -> None:
    hub1, class1 = sites("hub1")
    hub2, class2 = sites("hub2", school="Al Noor annex", klass="5C")
    hub1.sync.enroll(district.url, district.code(klass="6A"))
    hub2.sync.enroll(district.url, district.code(klass="6B"))
    a, c = pcs("a", class1), pcs("c", class2)
    rami = c.learners.create("Rami", "owl")
    practise(c, rami.id, "110111")
    c.sync.sync_now()
    assert hub2.sync.sync_now().pushed == 6

    down = hub1.sync.sync_now()
    assert (down.pushed, down.pulled, down.learners_pulled) == (0, 6, 1)
    assert names_of(hub1)[rami.id] == "Rami"
    hub1.hub.wait_rebuilt()
    assert states_of(hub1, rami.id) == states_of(c, rami.id) != {}
    # The hub's own PCs pull it from the hub, like any other device's answers.
    got = a.sync.sync_now()
    assert (got.pulled, got.learners_pulled) == (6, 1)
    assert states_of(a, rami.id) == states_of(c, rami.id)
    # What came down is not relayed back up.
    assert hub1.sync.sync_now().pushed == 0 and len(district.events()) == 6

    # Rami now practises at hub 1's site; the answers travel a → hub 1 → district → hub 2 → c.
    practise(a, rami.id, "0111")
    a.learners.update(rami.id, display_name="Rami K")
    a.sync.sync_now()
    assert hub1.sync.sync_now().pushed == 4
    assert hub2.sync.sync_now().pulled == 4
    assert c.sync.sync_now().pulled == 4
    assert events_of(a) | events_of(c) == events_of(a) == events_of(c)
    assert len(district.events()) == 10
    assert names_of(c)[rami.id] == "Rami K" and states_of(c, rami.id) == states_of(a, rami.id)


def test_a_hub_relaying_another_schools_learner_is_refused_and_nothing_is_stored(
    district: District, sites, pcs, tmp_path: Path, mini_pack: Path
) -> None:
    hub, hub_class = sites("hub")
    hub.sync.enroll(district.url, district.code())
    # A PC of another school, enrolled at the district directly, pushes its learner Layla.
    other = with_fast_sync(open_device(tmp_path / "school-b-pc", mini_pack))
    try:
        other.sync.enroll(district.url, district.code(school="Other school", klass="1"))
        layla = other.learners.create("Layla", "owl")
        practise(other, layla.id, "11")
        other.sync.sync_now()
        # A PC under the hub claims Layla by her id (e.g. restored from another school's backup).
        pc = pcs("pc", hub_class)
        with other.db.session() as session:
            row = session.get(Learner, layla.id)
            session.expunge(row)
        with pc.db.transaction() as session:
            session.merge(row)
        practise(pc, layla.id, "101")
        pc.sync.sync_now()
        # Meanwhile a computer of the hub's own district school shares a learner at the district.
        with TestClient(district.app) as client:
            office = enrol(client, district.code(klass="6B"), name="district office")
            sami = office.profile("Sami")
            assert office.push(office.events(sami["id"], 2), [sami]).status_code == 200
        before = (district.events(), district.count(SyncChange), district.count(Learner))
        with pytest.raises(SyncError) as refused:
            hub.sync.sync_now()
        assert refused.value.code == "out_of_scope" and not refused.value.retryable
        assert (district.events(), district.count(SyncChange), district.count(Learner)) == before
        # The refused page does not keep the district's own changes from coming down.
        assert names_of(hub)[sami["id"]] == "Sami"
        with Session(district.engine) as session:
            assert session.get(Learner, layla.id).display_name == "Layla"
        status = hub.sync.status()
        assert "refused learners of another school" in status.text and status.answers_waiting == 3
    finally:
        other.close()


def test_a_connection_cut_mid_relay_and_mid_pull_loses_and_doubles_nothing(district: District, sites, pcs) -> None:
    proxy = CuttingProxy(district.port, {"/v1/relay": 2, "/v1/pull": 1})
    try:
        hub1, class1 = sites("hub1")
        hub2, _ = sites("hub2", klass="5C")
        hub1.sync.enroll(proxy.url, district.code())
        hub2.sync.enroll(district.url, district.code(klass="6B"))
        other = hub2.learners.create("Other site", "cat")
        practise(hub2, other.id, "111")
        hub2.sync.sync_now()
        a = pcs("a", class1)
        hana = a.learners.create("Hana", "cat")
        practise(a, hana.id, "1111011")
        a.sync.sync_now()
        report = hub1.sync.sync_now()
        assert proxy.cut_done == ["/v1/relay", "/v1/relay", "/v1/pull"]
        # The district stored the page on the first try; the retries came back as duplicates.
        assert (report.pushed, report.pulled) == (7, 3)
        stored = district.events()
        assert len(stored) == len({row[0] for row in stored}) == 10
        with hub1.db.session() as session:
            assert len(session.scalars(select(AttemptEvent.id)).all()) == 10
        assert hub1.sync.sync_now().pushed == 0
    finally:
        proxy.close()


def test_records_from_the_district_are_stored_on_the_hub_and_not_relayed_back(district: District, sites) -> None:
    hub, _ = sites("hub1")
    hub.sync.enroll(district.url, district.code())
    # A computer of the same district school, enrolled at the district directly, shares a class and a plan.
    with TestClient(district.app) as client:
        office = enrol(client, district.code(klass="6B"), name="district office")
        learner = office.profile("Sami")
        klass = class_record(stamp(office.device_id), name="Maths club")
        records = [klass, class_member(stamp(office.device_id), klass["id"], learner["id"]),
                   plan_record(stamp(office.device_id), "class", klass["id"])]
        body = {"device_id": office.device_id, "events": office.events(learner["id"], 3), "learners": [learner],
                "records": records}
        assert client.post("/v1/push", json=body, headers=office.auth).status_code == 200
    report = hub.sync.sync_now()
    assert (report.pulled, report.learners_pulled) == (3, 1)
    with hub.db.session() as session:
        assert session.get(LearnerClass, klass["id"]).name == "Maths club"
        assert session.scalars(select(ClassMembership.learner_id)).all() == [learner["id"]]
        assert session.scalars(select(LearningPlan.assignee_id)).all() == [klass["id"]]
        from_district = session.scalars(
            select(SyncChange.kind).where(SyncChange.device_id == district.server_id)).all()
        assert sorted(from_district) == sorted(["learner", "event", "event", "event", "class", "class_member", "plan"])
    changes_before = district.count(SyncChange)
    again = hub.sync.sync_now()
    assert (again.pushed, again.pulled, again.learners_pushed) == (0, 0, 0)
    assert district.count(SyncChange) == changes_before


def test_a_hub_restored_from_a_backup_relays_its_log_again_without_doubling(district: District, sites, pcs) -> None:
    hub, hub_class = sites("hub1")
    hub.sync.enroll(district.url, district.code())
    a = pcs("a", hub_class)
    learner = a.learners.create("Lina", "owl")
    practise(a, learner.id, "1011")
    a.sync.sync_now()
    assert hub.sync.sync_now().pushed == 4
    # As after restoring an older copy of the hub's database: the saved cursor is beyond its change log.
    save(hub.db, relayed_through=10**6)
    practise(a, learner.id, "11")
    a.sync.sync_now()
    report = hub.sync.sync_now()
    assert report.pushed == 6 and report.answers_waiting == 0  # all relayed again, the first four as duplicates
    stored = district.events()
    assert len(stored) == len({row[0] for row in stored}) == 6


def test_a_long_backlog_is_relayed_page_by_page_with_the_cursor_saved_after_each(
    district: District, sites, pcs
) -> None:
    hub, hub_class = sites("hub1")
    a = pcs("a", hub_class)
    learners = [a.learners.create(f"Learner {n}", "owl") for n in range(3)]
    # A week offline: 1,300 answers recorded on the PC (written directly; practice would take minutes).
    with a.db.transaction() as session:
        for n in range(1300):
            session.add(AttemptEvent(
                id=uuid7(), device_id=a.device_id, device_seq=allocate_seq(session, a.device_id),
                learner_id=learners[n % 3].id, pack_id="mini", pack_version="1.0.0", item_id=f"count-{n % 5}",
                skill_ids=["count-to-10"], response=str(n), correct=n % 4 != 0, hints_used=0, duration_ms=900,
                seed=n, client_time=datetime(2026, 11, 20, 8, tzinfo=UTC) + timedelta(seconds=n),
            ))
    assert a.sync.sync_now().pushed == 1300
    proxy = CuttingProxy(district.port, {})  # cuts nothing: it only counts the requests
    try:
        hub.sync.enroll(proxy.url, district.code())
        assert hub.sync.status().answers_waiting == 1300
        report = hub.sync.sync_now()
    finally:
        proxy.close()
    assert proxy.seen.count("/v1/relay") == 3  # 1,303 changes (3 profiles, 1,300 answers): 500 + 500 + 303
    assert (report.pushed, report.learners_pushed >= 3, report.answers_waiting) == (1300, True, 0)
    with hub.db.session() as session:
        last = session.scalar(select(func.max(SyncChange.seq)))
    assert report.relayed_through == last
    stored = district.events()
    assert len(stored) == len({row[0] for row in stored}) == 1300
    assert {row[1] for row in stored} == {a.device_id}


def test_a_plan_made_on_one_hub_reaches_a_pc_under_another_hub_and_a_goal_comes_back(
    district: District, sites, pcs
) -> None:
    hub1, _ = sites("hub1")
    hub2, class2 = sites("hub2", klass="5C")
    hub1.sync.enroll(district.url, district.code(klass="6A"))
    hub2.sync.enroll(district.url, district.code(klass="6B"))
    # The teacher at site 1 makes a class and a plan for one learner on the hub itself.
    amina = hub1.learners.create("Amina", "owl")
    klass = hub1.classes.create("Maths club")
    hub1.classes.add_learner(klass.id, amina.id)
    plan = hub1.plans.create("Fractions by June", "org.sabil.test.mini", [PlanTarget("skill", "fractions-intro")],
                                "learner", amina.id, due_date=date(2027, 6, 30))
    assert hub1.sync.sync_now().learners_pushed == 1
    with Session(district.engine) as session:
        assert session.get(LearningPlan, plan.id).title == "Fractions by June"

    down = hub2.sync.sync_now()
    assert down.learners_pulled == 1
    c = pcs("c", class2)
    c.sync.sync_now()
    assert [(p.id, p.title, p.due_date) for p in c.plans.for_learner(amina.id)] == [
        (plan.id, "Fractions by June", date(2027, 6, 30))]

    # Amina sets herself a goal at site 2; it travels c → hub 2 → district → hub 1.
    goal = c.goals.set_goal(amina.id, "Master fractions")
    c.sync.sync_now()
    hub2.sync.sync_now()
    hub1.sync.sync_now()
    assert [g.id for g in hub1.goals.goals(amina.id)] == [goal.id]
    # Nothing echoes: another round sends and brings nothing.
    assert (hub1.sync.sync_now().pushed, hub2.sync.sync_now().pulled) == (0, 0)


def test_moving_the_hub_to_another_district_server_starts_the_relay_afresh_and_keeps_rebuild_notes(
    district: District, sites, pcs, tmp_path: Path
) -> None:
    hub, hub_class = sites("hub1")
    a = pcs("a", hub_class)
    learner = a.learners.create("Lina", "owl")
    practise(a, learner.id, "101")
    a.sync.sync_now()
    hub.sync.enroll(district.url, district.code())
    assert hub.sync.sync_now().pushed == 3
    hub.hub.stop()  # no rebuilder thread: the note below must survive the move untouched
    save(hub.db, rebuild_pending=[learner.id])
    other = District(f"sqlite:///{tmp_path / 'other-district.sqlite3'}")
    try:
        hub.sync.enroll(other.url, other.code())
        with hub.db.session() as session:
            state = read_state(session)
        assert (state.relayed_through, state.cursor, state.rebuild_pending) == (0, 0, [learner.id])
        assert hub.sync.status().answers_waiting == 3
        assert hub.sync.sync_now().pushed == 3 and len(other.events()) == 3
    finally:
        other.close()
