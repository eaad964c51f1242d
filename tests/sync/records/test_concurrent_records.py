"""Two real PostgreSQL transactions storing the same membership (by pair, under two ids) at once:
the second waits for the first, then merges into its row by stamp — one membership, no error."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.adult_models import ClassMembership
from app.storage.sync_models import SyncChange
from app.sync.protocol import SharedRecord
from app.sync.server.records import ingest_records
from tests.sync.records.test_server_records import push
from tests.sync.records.wire import class_member, class_record, stamp
from tests.sync.server.helpers import make_hub


def test_the_same_pair_stored_by_two_transactions_at_once_ends_as_one_membership(postgres_url: str) -> None:
    server = make_hub(postgres_url)
    try:
        a, b = server.device("A", "a"), server.device("A", "b")
        learner = a.profile("Amina")
        klass = class_record(stamp(a.device_id, 1))
        assert push(a, [klass], learners=[learner]).status_code == 200
        first = SharedRecord.model_validate(class_member(stamp(a.device_id, 10), klass["id"], learner["id"]))
        second = SharedRecord.model_validate(
            class_member(stamp(b.device_id, 20), klass["id"], learner["id"], deleted_at="2026-11-21T08:00:00Z"))

        outcome: dict[str, object] = {}
        holder = Session(server.engine)
        holder.begin()
        assert ingest_records(holder, a.school_id, a.device_id, [first]) == 1  # not committed yet

        def store_second() -> None:
            try:
                with Session(server.engine) as session, session.begin():
                    outcome["changed"] = ingest_records(session, b.school_id, b.device_id, [second])
            except Exception as exc:  # noqa: BLE001 - the test reports whatever went wrong
                outcome["error"] = exc

        worker = threading.Thread(target=store_second)
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive(), "the second transaction should wait for the first one's row"
        holder.commit()
        holder.close()
        worker.join(timeout=30)
        assert "error" not in outcome, outcome.get("error")
        assert outcome["changed"] == 1
        with Session(server.engine) as session:
            rows = session.scalars(select(ClassMembership)).all()
            assert [(r.id, r.hlc, r.deleted_at is not None) for r in rows] == [(first.id, second.hlc, True)]
            kinds = [c.kind for c in session.scalars(select(SyncChange).order_by(SyncChange.seq))]
            assert kinds == ["learner", "class", "class_member", "class_member"]
    finally:
        server.client.close()
        server.engine.dispose()
