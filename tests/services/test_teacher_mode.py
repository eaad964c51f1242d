"""Teacher mode's adult password: set on first use, checked, changed, throttled like the PINs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services.errors import ValidationError
from app.services.teacher_mode import TeacherMode
from app.storage.database import Database
from app.storage.models import Setting


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_teacher_password_set_on_first_use_then_checked(db: Database) -> None:
    teacher = TeacherMode(db)
    assert not teacher.is_set()
    assert not teacher.check("anything at all")  # nothing opens before a password exists
    with pytest.raises(ValidationError) as short:
        teacher.set_password(None, "12345")
    assert short.value.code == "password_too_short"
    teacher.set_password(None, "  olive tree 7 ")
    assert teacher.is_set()
    assert teacher.check("olive tree 7")  # ends trimmed, like the field a person types in
    assert not teacher.check("olive tree 8")
    with db.session() as session:
        stored = session.get(Setting, "teacher.password").value
    assert "olive" not in stored and "scrypt" in stored


def test_changing_the_password_needs_the_old_one(db: Database) -> None:
    teacher = TeacherMode(db)
    teacher.set_password(None, "first password")
    with pytest.raises(ValidationError) as wrong:
        teacher.set_password("not it at all", "second password")
    assert wrong.value.code == "wrong_password"
    assert teacher.check("first password")
    teacher.set_password("first password", "second password")
    assert teacher.check("second password") and not teacher.check("first password")


def test_wrong_passwords_are_throttled_like_pins_and_survive_a_restart(db: Database) -> None:
    clock = _Clock()
    teacher = TeacherMode(db, now=clock)
    teacher.set_password(None, "كلمة السر")
    waits = [teacher.verify("wrong guess").wait_seconds for _ in range(3)]
    assert waits == [0.0, 0.0, 5.0]
    # While the wait runs even the right password is refused unchecked.
    refused = TeacherMode(db, now=clock).verify("كلمة السر")
    assert not refused.ok and refused.wait_seconds == pytest.approx(5.0) and refused.failures == 3
    with pytest.raises(ValidationError) as waiting:
        teacher.set_password("كلمة السر", "another one")
    assert waiting.value.code == "password_wait"
    clock.now += timedelta(seconds=6)
    assert teacher.verify("still wrong").wait_seconds == 10.0
    clock.now += timedelta(seconds=11)
    ok = teacher.verify("كلمة السر")
    assert ok.ok and ok.failures == 0
    assert teacher.verify("wrong again").wait_seconds == 0.0  # the count starts over after success
