"""The pull cursor never skips a row committed late: two real transactions, both interleavings.

Sequence numbers are taken from the school's counter row as the last step before commit, and that
row stays locked until commit, so within a school numbers are handed out in commit order. These
tests drive two transactions by hand through the server's own ingest functions.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from app.sync.protocol import Event, PushRequest
from app.sync.server.ingest import append_changes, ingest_push, insert_events
from tests.sync.server.helpers import Device, Hub, make_hub


@pytest.fixture
def pg_hub(postgres_url: str) -> Iterator[Hub]:
    built = make_hub(postgres_url)
    try:
        yield built
    finally:
        built.client.close()
        built.engine.dispose()


def _writers(hub: Hub) -> tuple[Device, Device, Device, dict, dict]:
    early, late, reader = hub.device(), hub.device(), hub.device()
    learner_1, learner_2 = early.profile("One"), late.profile("Two")
    assert early.push([], [learner_1]).status_code == 200
    assert late.push([], [learner_2]).status_code == 200
    return early, late, reader, learner_1, learner_2


def test_a_transaction_that_started_first_but_commits_last_is_not_skipped(pg_hub: Hub) -> None:
    hub = pg_hub
    early, late, reader, learner_1, learner_2 = _writers(hub)
    _, _, cursor = reader.pull_all()
    early_events = [Event.model_validate(e) for e in early.events(learner_1["id"], 50)]

    slow = Session(hub.engine)
    slow.begin()
    inserted = insert_events(slow, early_events)  # T1 starts and writes its rows, not yet numbered
    assert len(inserted) == 50

    # T2 starts later and commits first (its own complete push).
    with Session(hub.engine) as fast, fast.begin():
        batch = PushRequest(device_id=late.device_id,
                            events=[Event.model_validate(e) for e in late.events(learner_2["id"], 20)])
        assert ingest_push(fast, late.device_id, batch).accepted == 20

    events, _, cursor = reader.pull_all(cursor)
    assert {e["device_id"] for e in events} == {late.device_id} and len(events) == 20

    # T1 now numbers its rows and commits: after everything the reader has seen.
    append_changes(slow, early.school_id, early.device_id, [("event", event_id) for event_id in inserted])
    slow.commit()
    slow.close()

    events, _, _ = reader.pull_all(cursor)
    assert [e["device_seq"] for e in events] == list(range(1, 51))
    assert {e["device_id"] for e in events} == {early.device_id}


def test_while_one_transaction_holds_numbers_the_next_waits_and_numbers_after_it(hub: Hub) -> None:
    """On PostgreSQL the counter row lock makes T2 wait; on SQLite the single writer does."""
    early, late, reader, learner_1, learner_2 = _writers(hub)
    _, _, cursor = reader.pull_all()

    holder = Session(hub.engine)
    holder.begin()
    batch_1 = PushRequest(device_id=early.device_id,
                          events=[Event.model_validate(e) for e in early.events(learner_1["id"], 10)])
    ingest_push(holder, early.device_id, batch_1)  # numbered, locked, not committed

    finished = threading.Event()
    errors: list[BaseException] = []

    def second_push() -> None:
        try:
            answer = late.push(late.events(learner_2["id"], 10))
            assert answer.status_code == 200, answer.text
        except BaseException as exc:  # reported to the test thread below
            errors.append(exc)
        finally:
            finished.set()

    thread = threading.Thread(target=second_push)
    thread.start()
    time.sleep(1.0)
    assert not finished.is_set(), "the second transaction must wait for the first to commit"
    if hub.engine.dialect.name == "postgresql":
        # A reader meanwhile sees neither: the first is uncommitted, the second has no number yet.
        page = reader.pull(cursor).json()
        assert page["events"] == [] and page["cursor"] == cursor
    holder.commit()
    holder.close()
    thread.join(30)
    assert finished.is_set() and not errors

    events, _, _ = reader.pull_all(cursor)
    assert [e["device_id"] for e in events] == [early.device_id] * 10 + [late.device_id] * 10
