"""The device side of record sync without a server: applying pages (idempotent, LWW, never broken by
a record naming what the device lacks) and the record outbox (bounded, keyset-paged, ratings after
their answers)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.services.adult_dto import PlanTarget
from app.services.app_services import AppServices
from app.services.sync_outbox import changed_records, mark_held, record_position, waiting_records
from app.services.sync_pages import next_push_batch, store_pull_page
from app.services.sync_records import event_record, learner_record
from app.services.sync_state import load, save
from app.storage.adult_models import ConfidenceRating, LearnerClass, LearnerGroup, LearningPlan
from app.storage.models import AttemptEvent, Learner
from app.storage.sync_models import SyncRecordMark
from app.sync.protocol import PullResponse, SharedRecord
from app.sync.record_rows import MODELS, record_of
from tests.sync.client.devices import build_mini_pack, open_device, practise
from tests.sync.records.test_end_to_end_records import adult_rows
from tests.sync.records.wire import group_member, stamp

PACK = "org.sabil.test.mini"


@pytest.fixture(scope="module")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini_pack(tmp_path_factory.mktemp("packs"))


@pytest.fixture
def make(tmp_path: Path, mini_pack: Path) -> Iterator[Callable[[str], AppServices]]:
    opened: list[AppServices] = []

    def open_one(name: str) -> AppServices:
        device = open_device(tmp_path / name, mini_pack)
        opened.append(device)
        return device

    yield open_one
    for device in opened:
        device.close()


def everything(source: AppServices, cursor: int = 1) -> PullResponse:
    """One page holding all of ``source``'s learners, events and records, as a server would send it."""
    with source.db.session() as session:
        learners = [learner_record(row) for row in session.scalars(select(Learner))]
        events = [event_record(row) for row in session.scalars(select(AttemptEvent))]
        records = [record_of(row) for model in MODELS.values() for row in session.scalars(select(model))]
    return PullResponse.model_validate({
        "events": events, "learners": learners, "roster": [], "plans": [], "model_params": [],
        "cursor": cursor, "more": False, "records": [r.model_dump(mode="json") for r in records],
    })


def filled(source: AppServices) -> dict[str, Any]:
    """A class with a group, two learners in it, a plan, a goal and a rating, made on ``source``."""
    amina = source.learners.create("Amina", "owl")
    omar = source.learners.create("Omar", "fox")
    klass = source.classes.create("5B")
    source.classes.add_learner(klass.id, amina.id)
    source.classes.add_learner(klass.id, omar.id)
    group = source.classes.create_group(klass.id, "Readers")
    source.classes.add_to_group(group.id, amina.id)
    plan = source.plans.create("Adding", PACK, [PlanTarget("skill", "add-within-10")], "group", group.id,
                               due_date=date(2027, 5, 1))
    goal = source.goals.set_goal(amina.id, "Count well")
    attempts = practise(source, amina.id, "10")
    source.goals.rate_confidence(attempts[0], 2)
    return {"amina": amina.id, "class": klass.id, "group": group.id, "plan": plan.id, "goal": goal.id}


def test_a_page_applied_twice_changes_nothing_the_second_time(make: Callable[[str], AppServices]) -> None:
    source, device = make("source"), make("device")
    ids = filled(source)
    page = everything(source)
    assert [r.kind for r in page.records] == [
        "class", "group", "class_member", "class_member", "group_member", "plan", "goal", "confidence"]

    first = store_pull_page(device.db, page)
    assert (first.records_changed, first.records_skipped) == (8, 0)
    after_first = adult_rows(device)
    assert after_first == adult_rows(source)
    with device.db.session() as session:
        marks = {m.record_id: m.hlc for m in session.scalars(select(SyncRecordMark))}
        assert len(marks) == 8 and len(session.scalars(select(ConfidenceRating)).all()) == 1
    second = store_pull_page(device.db, page)
    assert (second.records_changed, second.records_skipped, second.events_added) == (0, 0, 0)
    assert adult_rows(device) == after_first
    # Nothing pulled goes back up: every record is marked as held by the server.
    with device.db.session() as session:
        assert changed_records(session, device.device_id, 10**6) == []
    assert [p.id for p in device.plans.for_learner(ids["amina"])] == [ids["plan"]]


def test_a_record_naming_what_the_device_lacks_is_skipped_and_counted_and_the_page_still_applies(
    make: Callable[[str], AppServices],
) -> None:
    source, device = make("source"), make("device")
    ids = filled(source)
    page = everything(source, cursor=7)
    orphan = SharedRecord.model_validate(
        group_member(stamp(source.device_id, 9), "0193f1c2-7a4b-7c3d-9e8f-0123456789ab", ids["amina"]))
    broken = page.model_copy(update={"records": [*page.records, orphan]})
    result = store_pull_page(device.db, broken)
    assert (result.records_changed, result.records_skipped) == (8, 1)
    assert load(device.db).cursor == 7
    with device.db.session() as session:
        assert session.get(LearnerGroup, ids["group"]) is not None and session.get(SyncRecordMark, orphan.id) is None


def test_an_older_record_never_overwrites_a_newer_local_edit_which_then_goes_back_up(
    make: Callable[[str], AppServices],
) -> None:
    source, device = make("source"), make("device")
    ids = filled(source)
    old_page = everything(source)
    store_pull_page(device.db, old_page)
    device.plans.update(ids["plan"], title="Edited here")  # newer than what the page carries
    store_pull_page(device.db, old_page)
    assert device.plans.get(ids["plan"]).title == "Edited here"
    with device.db.session() as session:
        waiting = changed_records(session, device.device_id, 0)
    assert [(r.kind, r.id) for r in waiting] == [("plan", ids["plan"])]
    # A newer edit from elsewhere wins over it in turn.
    source.plans.update(ids["plan"], title="Newer still")
    store_pull_page(device.db, everything(source))
    assert device.plans.get(ids["plan"]).title == "Newer still"
    with device.db.session() as session:
        assert changed_records(session, device.device_id, 0) == []


def test_a_tombstone_from_elsewhere_removes_the_row_here(make: Callable[[str], AppServices]) -> None:
    source, device = make("source"), make("device")
    ids = filled(source)
    store_pull_page(device.db, everything(source))
    source.classes.delete(ids["class"])
    store_pull_page(device.db, everything(source))
    assert device.classes.list() == [] and device.plans.for_learner(ids["amina"]) == []
    with device.db.session() as session:
        row = session.get(LearnerClass, ids["class"])
        assert row is not None and row.deleted_at is not None


def test_the_record_outbox_is_bounded_and_pages_on_by_keyset(make: Callable[[str], AppServices]) -> None:
    device = make("device")
    made = [device.classes.create(f"Class {i:02d}").id for i in range(40)]
    with device.db.session() as session:
        first = changed_records(session, device.device_id, 0, budget=2_000)
        assert 0 < len(first) < 40 and sum(len(r.model_dump_json()) for r in first) <= 2_000
        seen = [r.id for r in first]
        position = record_position(first[-1])
        while True:
            more = changed_records(session, device.device_id, 0, after=position, budget=2_000)
            if not more:
                break
            seen += [r.id for r in more]
            position = record_position(more[-1])
    assert seen == made  # every class once, oldest stamp first
    with device.db.transaction() as session:
        records = changed_records(session, device.device_id, 0)
        mark_held(session, records)
    with device.db.session() as session:
        assert waiting_records(session, device.device_id, 0) == 0
    device.classes.rename(made[3], "Renamed")
    with device.db.session() as session:
        assert [r.id for r in changed_records(session, device.device_id, 0)] == [made[3]]


def test_a_rating_waits_until_its_answer_is_on_the_server_or_in_the_same_push(
    make: Callable[[str], AppServices],
) -> None:
    device = make("device")
    learner = device.learners.create("Amina", "owl")
    attempts = practise(device, learner.id, "111")
    device.goals.rate_confidence(attempts[2], 3)
    with device.db.session() as session:
        assert changed_records(session, device.device_id, 2) == []
        ready = changed_records(session, device.device_id, 3)
    assert [(r.kind, r.body.model_dump()["attempt_id"]) for r in ready] == [("confidence", attempts[2])]


def test_a_plan_for_a_group_this_device_never_saw_is_kept_and_reaches_nobody(
    make: Callable[[str], AppServices],
) -> None:
    source, device = make("source"), make("device")
    ids = filled(source)
    page = everything(source)
    plan_only = page.model_copy(update={"records": [r for r in page.records if r.kind == "plan"]})
    result = store_pull_page(device.db, plan_only)
    assert (result.records_changed, result.records_skipped) == (1, 0)
    with device.db.session() as session:
        assert session.get(LearningPlan, ids["plan"]) is not None


def test_a_pulled_rating_made_on_a_device_this_one_never_met_is_stored(make: Callable[[str], AppServices]) -> None:
    source, device = make("source"), make("device")
    filled(source)
    page = everything(source)
    elsewhere = "0193f1c0-0000-7000-8000-00000000beef"
    records = [
        r.model_copy(update={"body": r.body.model_copy(update={"device_id": elsewhere})}) if r.kind == "confidence"
        else r
        for r in page.records
    ]
    result = store_pull_page(device.db, page.model_copy(update={"records": records}))
    assert (result.records_changed, result.records_skipped) == (8, 0)
    with device.db.session() as session:
        assert [r.device_id for r in session.scalars(select(ConfidenceRating))] == [elsewhere]


def test_a_device_that_synced_before_rosters_were_kept_hides_the_other_classes_learners_once_it_pulls(
    make: Callable[[str], AppServices],
) -> None:
    device = make("device")
    mine = device.learners.create("Mine", "owl")
    # Pulled by an older version: stored, and known to the server, but not noted as arrived by sync.
    stranger = make("elsewhere").learners.create("Stranger", "fox")
    with device.db.transaction() as session:
        session.add(Learner(id=stranger.id, display_name="Stranger", avatar="fox", hlc=stamp(device.device_id, 5),
                            failed_pin_count=0))
    save(device.db, learner_stamps={mine.id: "x", stranger.id: stamp(device.device_id, 5)})
    assert {p.id for p in device.learners.list()} == {mine.id, stranger.id}

    roster_page = PullResponse(events=[], learners=[], roster=[{"learner_id": mine.id, "class_id": mine.id}],
                               plans=[], model_params=[], cursor=3, more=False)
    store_pull_page(device.db, roster_page)
    assert [p.id for p in device.learners.list()] == [mine.id]
    assert device.learners.get(stranger.id).display_name == "Stranger"


def test_an_export_paged_in_small_batches_carries_every_rating_once_after_its_answer(
    make: Callable[[str], AppServices],
) -> None:
    device = make("device")
    learner = device.learners.create("Amina", "owl")
    attempts = practise(device, learner.id, "10110")
    for attempt in (attempts[4], attempts[0], attempts[2]):
        device.goals.rate_confidence(attempt, 2)
    position, known, after, sent_events = 0, {}, None, []
    rated: list[str] = []
    while True:
        with device.db.session() as session:
            batch = next_push_batch(session, device.device_id, position, known, limit=2, records_after=after)
        if batch is None:
            break
        known.update({p.id: p.hlc for p in batch.learners})
        sent_events += [e.id for e in batch.events]
        if batch.events:
            position = batch.events[-1].device_seq
        for record in batch.records:
            attempt_id = record.body.model_dump()["attempt_id"]
            assert attempt_id in sent_events, "a rating never goes before its answer"
            rated.append(attempt_id)
        if batch.records:
            after = record_position(batch.records[-1])
    assert sent_events == attempts and sorted(rated) == sorted([attempts[0], attempts[2], attempts[4]])


def test_a_row_the_wire_cannot_carry_is_left_out_without_stopping_the_others(
    make: Callable[[str], AppServices], caplog: pytest.LogCaptureFixture,
) -> None:
    device = make("device")
    with device.db.transaction() as session:
        session.add(LearnerClass(id="0193f1c2-7a4b-7c3d-9e8f-0123456789ab", name="", hlc=stamp(device.device_id, 1)))
    good = device.classes.create("4A")
    with device.db.session() as session:
        assert [r.id for r in changed_records(session, device.device_id, 0)] == [good.id]
    assert "cannot be synced" in caplog.text
