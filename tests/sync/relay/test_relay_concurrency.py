"""Two hubs of one district school relaying at the same time to the district on PostgreSQL, each page sent
twice, with a learner who practised at both sites: no deadlock, no 5xx, every answer stored once, and the
learner's profile ends with the higher stamp."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.ids import uuid7
from app.storage.models import Learner
from app.storage.sync_models import SyncChange
from tests.sync.relay.tiers import District
from tests.sync.server.helpers import Device, enrol

PAGES = 12
EVENTS_PER_PC = 40


@pytest.fixture
def district(postgres_url: str) -> Iterator[District]:
    server = District(postgres_url)
    yield server
    server.close()


def _pages(hub: Device, shared: dict[str, Any], site: int) -> list[dict[str, Any]]:
    """``PAGES`` relay pages of two PCs behind ``hub``: each page has answers of the shared learner and of
    the site's own learner, and the shared learner's profile as the site last edited it."""
    pcs = [Device(hub.client, uuid7(), "", hub.school_id, hub.class_id) for _ in range(2)]
    own = hub.profile(f"Site {site} learner")
    pages = []
    for page in range(PAGES):
        profile = dict(shared, display_name=f"Edited at site {site}, page {page}",
                       hlc=f"{1_763_900_000_000 + page * 10 + site:015d}-000000-{hub.device_id}")
        events = []
        for pc in pcs:
            events += pc.events(shared["id"], EVENTS_PER_PC // 2) + pc.events(own["id"], EVENTS_PER_PC // 2)
        pages.append({"device_id": hub.device_id, "events": events, "learners": [profile, own]})
    return pages


def _relay_all(url: str, hub: Device, pages: list[dict[str, Any]], failures: list[str]) -> None:
    with httpx.Client(base_url=url, headers=hub.auth, timeout=60) as client:
        for body in pages + pages:  # every page twice, as after lost answers
            for _attempt in range(20):
                answer = client.post("/v1/relay", json=body)
                if answer.status_code != 503:  # busy: retry, as a client does
                    break
            if answer.status_code != 200:
                failures.append(f"{answer.status_code} {answer.text[:200]}")


def test_two_hubs_relaying_at_once_store_every_answer_once(district: District) -> None:
    with TestClient(district.app) as client:
        hub1, hub2 = enrol(client, district.code(klass="6A")), enrol(client, district.code(klass="6B"))
    shared = hub1.profile("Shared learner")
    pages1, pages2 = _pages(hub1, shared, 1), _pages(hub2, shared, 2)
    failures: list[str] = []
    threads = [threading.Thread(target=_relay_all, args=(district.url, hub, pages, failures))
               for hub, pages in ((hub1, pages1), (hub2, pages2))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert failures == []
    sent = {event["id"] for page in pages1 + pages2 for event in page["events"]}
    stored = district.events()
    assert len(sent) == 2 * PAGES * 2 * EVENTS_PER_PC
    assert {row[0] for row in stored} == sent and len(stored) == len(sent)
    with Session(district.engine) as session:
        assert session.get(Learner, shared["id"]).display_name == f"Edited at site 2, page {PAGES - 1}"
        # One change row per stored answer, never two (the second copy of each page added none).
        events_logged = session.scalars(select(SyncChange.ref_id).where(SyncChange.kind == "event")).all()
        assert len(events_logged) == len(set(events_logged)) == len(sent)
