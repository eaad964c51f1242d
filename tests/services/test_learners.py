"""LearnerService: profiles, validation, tombstones, PIN hashing and throttling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services.avatars import avatar_ids, avatar_path
from app.services.clock import HybridLogicalClock
from app.services.device import ensure_device
from app.services.errors import ValidationError
from app.services.learners import LearnerService
from app.storage.database import Database, open_database
from app.storage.models import Learner


def test_twelve_avatars_in_stable_order() -> None:
    ids = avatar_ids()
    assert len(ids) == 12 and ids == sorted(ids)
    assert {"owl", "cat", "fox"} <= set(ids)
    for avatar in ids:
        text = avatar_path(avatar).read_text(encoding="utf-8")
        assert text.startswith("<svg") and "<title>" in text


def test_create_get_list_update(learners: LearnerService) -> None:
    zaid = learners.create("  Zaid   Ali ", "owl", language="ar")
    amira = learners.create("amira", "cat", text_size="extra_large")
    assert zaid.display_name == "Zaid Ali" and zaid.language == "ar" and zaid.text_size == "large"
    assert not zaid.has_pin
    assert [p.id for p in learners.list()] == [amira.id, zaid.id]  # case-insensitive alphabetical
    assert learners.get(zaid.id) == zaid
    changed = learners.update(zaid.id, display_name="Zaid", avatar="fox", text_size="normal")
    assert (changed.display_name, changed.avatar, changed.text_size, changed.language) == (
        "Zaid",
        "fox",
        "normal",
        "ar",
    )
    assert learners.get(zaid.id) == changed


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"display_name": "   ", "avatar": "owl"}, "empty_name"),
        ({"display_name": "x" * 41, "avatar": "owl"}, "name_too_long"),
        ({"display_name": "Ali", "avatar": "dragon"}, "unknown_avatar"),
        ({"display_name": "Ali", "avatar": "owl", "language": "de"}, "unknown_language"),
        ({"display_name": "Ali", "avatar": "owl", "text_size": "huge"}, "unknown_text_size"),
        ({"display_name": "Ali", "avatar": "owl", "pin": "12"}, "bad_pin"),
        ({"display_name": "Ali", "avatar": "owl", "pin": "12ab"}, "bad_pin"),
    ],
)
def test_validation_codes(learners: LearnerService, kwargs: dict[str, str], code: str) -> None:
    with pytest.raises(ValidationError) as info:
        learners.create(**kwargs)
    assert info.value.code == code and info.value.message
    assert learners.list() == []


def test_update_and_unknown_learner_errors(learners: LearnerService) -> None:
    p = learners.create("Ali", "owl")
    with pytest.raises(ValidationError) as info:
        learners.update(p.id, created_at="yesterday")
    assert info.value.code == "unknown_field"
    with pytest.raises(ValidationError) as info:
        learners.get("no-such-id")
    assert info.value.code == "unknown_learner"


def test_delete_leaves_a_tombstone(learners: LearnerService, db: Database) -> None:
    p = learners.create("Ali", "owl", pin="1234")
    with db.session() as s:
        stamp_before = s.get(Learner, p.id).hlc
    learners.delete(p.id)
    assert learners.list() == []
    with pytest.raises(ValidationError) as info:
        learners.get(p.id)
    assert info.value.code == "unknown_learner"
    with db.session() as s:
        row = s.get(Learner, p.id)
        assert row is not None and row.deleted_at is not None
        assert row.pin_hash is None
        assert row.hlc > stamp_before


def test_profile_changes_get_increasing_hlc_stamps(learners: LearnerService, db: Database) -> None:
    p = learners.create("Ali", "owl")
    stamps = []
    for name in ("Ali A", "Ali B", "Ali C"):
        learners.update(p.id, display_name=name)
        with db.session() as s:
            stamps.append(s.get(Learner, p.id).hlc)
    assert stamps == sorted(stamps) and len(set(stamps)) == 3


def test_pin_is_hashed_with_a_salt_per_learner(learners: LearnerService, db: Database) -> None:
    a = learners.create("Ali", "owl", pin="4321")
    b = learners.create("Badr", "cat", pin="4321")
    assert a.has_pin and b.has_pin
    with db.session() as s:
        rows = {r.id: r for r in s.scalars(select(Learner))}
    ra, rb = rows[a.id], rows[b.id]
    assert b"4321" not in ra.pin_hash and len(ra.pin_hash) == 32
    assert ra.pin_salt != rb.pin_salt and ra.pin_hash != rb.pin_hash
    assert ra.pin_params.startswith("scrypt:")
    assert learners.verify_pin(a.id, "4321").ok
    assert learners.verify_pin(a.id, "٤٣٢١").ok  # Arabic-Indic digits are the same PIN
    assert not learners.verify_pin(a.id, "1234").ok


def test_learner_without_pin_always_passes(learners: LearnerService) -> None:
    p = learners.create("Ali", "owl")
    assert learners.verify_pin(p.id, "").ok


def test_changing_and_removing_a_pin(learners: LearnerService) -> None:
    p = learners.create("Ali", "owl", pin="1111")
    learners.update(p.id, pin="2222")
    assert not learners.verify_pin(p.id, "1111").ok
    assert learners.verify_pin(p.id, "2222").ok
    assert not learners.update(p.id, pin=None).has_pin


class FakeNow:
    """A clock the test moves by hand (wall time, as stored in the database)."""

    def __init__(self) -> None:
        self.value = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.value


def test_throttling_schedule_and_survival_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "sabil.sqlite3"
    now = FakeNow()
    db = open_database(path)
    service = LearnerService(db, HybridLogicalClock(ensure_device(db)), now=now)
    p = service.create("Ali", "owl", pin="2468")
    results = [service.verify_pin(p.id, "0000") for _ in range(3)]
    assert [r.wait_seconds for r in results] == [0.0, 0.0, 5.0]
    assert [r.failures for r in results] == [1, 2, 3]
    db.close()

    # A restart does not clear the wait; even the right PIN is not checked while waiting.
    db = open_database(path)
    service = LearnerService(db, HybridLogicalClock(ensure_device(db)), now=now)
    now.value += timedelta(seconds=2)
    waiting = service.verify_pin(p.id, "2468")
    assert not waiting.ok and waiting.wait_seconds == pytest.approx(3.0) and waiting.failures == 3

    now.value += timedelta(seconds=3)
    fourth = service.verify_pin(p.id, "1357")
    assert not fourth.ok and fourth.wait_seconds == 10.0 and fourth.failures == 4
    for expected in (20.0, 40.0, 80.0, 160.0, 300.0, 300.0):
        now.value += timedelta(seconds=400)
        assert service.verify_pin(p.id, "1357").wait_seconds == expected

    now.value += timedelta(seconds=400)
    assert service.verify_pin(p.id, "2468").ok
    assert service.verify_pin(p.id, "0000").wait_seconds == 0.0  # the count started again
    db.close()
