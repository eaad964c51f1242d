"""Roster import: a CSV of learners (name, class, optional PIN) previewed row by row, then imported
all or nothing.

The file may have a header row (``name,class,pin`` in English, French, Spanish or Arabic, any
column order) or none (then the columns are name, class, PIN in that order). Commas, semicolons
(French spreadsheets) and tabs are understood; the file must be UTF-8 (with or without the BOM
spreadsheets write) or UTF-16 with a BOM. A learner whose name is already in that class is
skipped, so importing the same file twice adds nobody.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.adult_dto import RosterPreview, RosterResult, RosterRow, RowError
from app.services.avatars import avatar_ids
from app.services.classes import NAME_MAX as CLASS_NAME_MAX
from app.services.clock import HybridLogicalClock
from app.services.errors import ValidationError
from app.services.labels import clean_label
from app.services.learners import LANGUAGES, clean_display_name
from app.services.memberships import class_learner_ids
from app.services.pin import hash_pin, normalize_pin
from app.storage.adult_models import ClassMembership, LearnerClass
from app.storage.database import Database
from app.storage.ids import uuid7
from app.storage.models import Learner
from app.storage.types import utc_now

MAX_FILE_BYTES = 1024 * 1024
MAX_ROWS = 2000
COLUMNS = ("name", "class", "pin")
# Header words per column (compared case-folded), in the app's languages.
HEADER_WORDS = {
    "name": {"name", "learner", "student", "nom", "élève", "eleve", "nombre", "alumno", "الاسم", "اسم"},
    "class": {"class", "classe", "clase", "curso", "الصف", "الفصل", "صف"},
    "pin": {"pin", "code", "code pin", "código", "codigo", "رمز", "الرمز"},
}


class RosterRejected(ValidationError):
    """The import did not happen because of errors; ``preview`` holds them row by row."""

    def __init__(self, preview: RosterPreview) -> None:
        super().__init__("roster_errors", f"The roster has {preview.error_count} row(s) with errors; nothing was imported.")
        self.preview = preview


@dataclass(frozen=True)
class _Parsed:
    line: int
    name: str
    class_name: str
    pin: str


class RosterImporter:
    """Preview and import roster files. ``import_*`` runs in one transaction: all rows or none."""

    def __init__(
        self, db: Database, clock: HybridLogicalClock, now: Callable[[], datetime] = utc_now
    ) -> None:
        self._db = db
        self._clock = clock
        self._now = now

    def preview_file(self, path: Path) -> RosterPreview:
        """What importing this file would do, with every row's errors."""
        data, error = _read_file(Path(path))
        return self.preview_bytes(data) if error is None else RosterPreview((), (), error)

    def preview_bytes(self, data: bytes) -> RosterPreview:
        """The same for the file's bytes."""
        with self._db.session() as session:
            preview, _ = _preview(session, data)
            return preview

    def import_file(self, path: Path, language: str = "en") -> RosterResult:
        """Import the file, or raise RosterRejected (nothing written) when any row has an error.

        ``language`` is the new learners' app language (``en``, ``ar``, ``fr`` or ``es``).
        """
        data, error = _read_file(Path(path))
        if error is not None:
            raise RosterRejected(RosterPreview((), (), error))
        return self.import_bytes(data, language)

    def import_bytes(self, data: bytes, language: str = "en") -> RosterResult:
        """Import a roster's bytes (all or nothing); ValidationError ``unknown_language``."""
        if language not in LANGUAGES:
            raise ValidationError("unknown_language", f"Language must be one of {', '.join(LANGUAGES)}.")
        with self._db.session() as session:
            preview, parsed = _preview(session, data)
        if not preview.ok:
            raise RosterRejected(preview)
        # Hash PINs before taking the write lock: scrypt is deliberately slow.
        pins = {p.line: hash_pin(p.pin) for p in parsed if p.pin}
        planned = {row.line: row.status for row in preview.rows}
        now = self._now()
        created: list[str] = []
        new_classes: list[str] = []
        with self._db.transaction() as session:
            # Checked again inside the write transaction: another import may have run meanwhile.
            again, _ = _preview(session, data)
            if not again.ok:
                raise RosterRejected(again)
            statuses = {row.line: row.status for row in again.rows}
            if statuses != planned:
                raise ValidationError("roster_changed", "The classes changed while importing; please try again.")
            classes = {c.name.casefold(): c for c in _live_classes(session)}
            avatars = _AvatarPicker(session)
            for row in parsed:
                if statuses[row.line] != "new":
                    continue
                found = classes.get(row.class_name.casefold())
                if found is None:
                    found = LearnerClass(
                        id=uuid7(), name=row.class_name, created_at=now, updated_at=now, hlc=self._clock.now()
                    )
                    session.add(found)
                    classes[row.class_name.casefold()] = found
                    new_classes.append(row.class_name)
                pin = pins.get(row.line)
                learner = Learner(
                    id=uuid7(),
                    display_name=row.name,
                    avatar=avatars.next(),
                    language=language,
                    text_size="large",
                    failed_pin_count=0,
                    pin_hash=pin.hash if pin else None,
                    pin_salt=pin.salt if pin else None,
                    pin_params=pin.params if pin else None,
                    created_at=now,
                    updated_at=now,
                    hlc=self._clock.now(),
                )
                session.add(learner)
                # No ORM relationships tie these rows together, so flush in foreign-key order by hand.
                session.flush()
                session.add(
                    ClassMembership(
                        id=uuid7(),
                        class_id=found.id,
                        learner_id=learner.id,
                        created_at=now,
                        updated_at=now,
                        hlc=self._clock.now(),
                    )
                )
                created.append(learner.id)
        skipped = sum(1 for status in statuses.values() if status == "exists")
        return RosterResult(learner_ids=tuple(created), classes_created=tuple(new_classes), skipped=skipped)


class _AvatarPicker:
    """Hands out the least-used avatars first, so a class of 30 gets as many different ones as exist."""

    def __init__(self, session: Session) -> None:
        self._ids = avatar_ids()
        used = Counter(session.scalars(select(Learner.avatar).where(Learner.deleted_at.is_(None))))
        self._uses = {a: used.get(a, 0) for a in self._ids}

    def next(self) -> str:
        choice = min(self._ids, key=lambda a: (self._uses[a], self._ids.index(a)))
        self._uses[choice] += 1
        return choice


def _read_file(path: Path) -> tuple[bytes, RowError | None]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return b"", RowError("too_large", f"The file is larger than {MAX_FILE_BYTES // 1024} KiB.")
        return path.read_bytes(), None
    except OSError as exc:
        return b"", RowError("unreadable", f"The file could not be read: {exc.strerror or exc}.")


def _decode(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header_map(cells: list[str]) -> dict[str, int] | None:
    """Column positions when ``cells`` is a header row; None when it is data."""
    words = [c.strip().casefold() for c in cells]
    found: dict[str, int] = {}
    for position, word in enumerate(words):
        for column, names in HEADER_WORDS.items():
            if word in names and column not in found:
                found[column] = position
    return found if "name" in found else None


def _preview(session: Session, data: bytes) -> tuple[RosterPreview, list[_Parsed]]:
    if len(data) > MAX_FILE_BYTES:
        return RosterPreview((), (), RowError("too_large", f"The file is larger than {MAX_FILE_BYTES // 1024} KiB.")), []
    text = _decode(data)
    if text is None:
        message = "The file is not UTF-8 text. In the spreadsheet, save it as \"CSV UTF-8\"."
        return RosterPreview((), (), RowError("not_utf8", message)), []
    lines = text.splitlines()
    delimiter = _delimiter(lines[0] if lines else "")
    records = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = _header_map(records[0]) if records else None
    columns = header or {"name": 0, "class": 1, "pin": 2}
    width = max(columns.values()) + 1 if header else len(COLUMNS)
    start = 1 if header else 0
    data_rows = [(n + 1, cells) for n, cells in enumerate(records) if n >= start and any(c.strip() for c in cells)]
    if not data_rows:
        return RosterPreview((), (), RowError("empty", "The file has no learners in it.")), []
    if len(data_rows) > MAX_ROWS:
        return RosterPreview((), (), RowError("too_many_rows", f"A roster can have at most {MAX_ROWS} learners.")), []

    classes = {c.name.casefold(): c for c in _live_classes(session)}
    existing: dict[str, set[str]] = {}
    seen: set[tuple[str, str]] = set()
    rows: list[RosterRow] = []
    parsed: list[_Parsed] = []
    new_classes: dict[str, str] = {}
    for line, cells in data_rows:
        values = {column: cells[i] if i < len(cells) else "" for column, i in columns.items()}
        errors: list[RowError] = []
        if not header and any(c.strip() for c in cells[width:]):
            errors.append(RowError("too_many_columns", "A row has at most three columns: name, class, PIN."))
        name, class_name, pin = _check_cells(values, errors)
        status = "error" if errors else "new"
        if not errors:
            key = (name.casefold(), class_name.casefold())
            if key in seen:
                errors.append(RowError("duplicate_row", "This learner is listed twice in this class.", "name"))
                status = "error"
            seen.add(key)
        if not errors:
            known = classes.get(class_name.casefold())
            if known is None:
                new_classes.setdefault(class_name.casefold(), class_name)
            else:
                if known.id not in existing:
                    existing[known.id] = _names_in_class(session, known.id)
                if name.casefold() in existing[known.id]:
                    status = "exists"
        shown_name = name or values.get("name", "").strip()
        shown_class = class_name or values.get("class", "").strip()
        rows.append(RosterRow(line, shown_name, shown_class, bool(pin), status, tuple(errors)))
        if status == "new":
            parsed.append(_Parsed(line, name, class_name, pin))
    return RosterPreview(tuple(rows), tuple(new_classes.values())), parsed


def _check_cells(values: dict[str, str], errors: list[RowError]) -> tuple[str, str, str]:
    """The row's cleaned name, class and PIN ("" where missing or wrong); problems go to ``errors``."""
    name = class_name = ""
    try:
        name = clean_display_name(values.get("name", ""))
    except ValidationError as exc:
        errors.append(RowError(exc.code, exc.message, "name"))
    if not values.get("class", "").strip():
        errors.append(RowError("missing_class", "Every learner needs a class.", "class"))
    else:
        try:
            class_name = clean_label(values["class"], CLASS_NAME_MAX)
        except ValidationError as exc:
            errors.append(RowError(exc.code, exc.message, "class"))
    pin = values.get("pin", "").strip()
    if pin:
        try:
            normalize_pin(pin)
        except ValidationError as exc:
            errors.append(RowError(exc.code, exc.message, "pin"))
    return name, class_name, pin


def _names_in_class(session: Session, class_id: str) -> set[str]:
    ids = class_learner_ids(session, class_id)
    names = session.scalars(select(Learner.display_name).where(Learner.id.in_(ids)))
    return {n.casefold() for n in names}


def _live_classes(session: Session) -> list[LearnerClass]:
    return list(session.scalars(select(LearnerClass).where(LearnerClass.deleted_at.is_(None))))
