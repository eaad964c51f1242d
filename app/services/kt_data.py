"""Reading knowledge-tracing data sets (tab-separated answer logs) into integer-coded arrays.

The format is the one of ``../shared/data/kt/``: a header naming at least ``user_id item_id
timestamp correct skill_id`` (extra columns are ignored) and one answer per line, each learner's
rows in the order answered. Every problem is reported as one line naming the file and line.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REQUIRED_COLUMNS: tuple[str, ...] = ("user_id", "item_id", "timestamp", "correct", "skill_id")


class ModelInputError(ValueError):
    """A data file that cannot be used; the message is one line naming file and line."""


@dataclass(frozen=True, eq=False)
class IdMap:
    """Ids as they appear in files <-> dense integer codes (in order of first appearance)."""

    ids: list[str]
    index: dict[str, int]

    @classmethod
    def new(cls) -> IdMap:
        """An empty map."""
        return cls(ids=[], index={})

    def code(self, raw: str) -> int:
        """The code of ``raw``, allocating the next one for a new id."""
        found = self.index.get(raw)
        if found is None:
            found = len(self.ids)
            self.index[raw] = found
            self.ids.append(raw)
        return found


@dataclass(frozen=True, eq=False)
class AnswerLog:
    """One file's answers as parallel integer arrays (codes from the shared ``IdMap``s)."""

    users: np.ndarray
    items: np.ndarray
    skills: np.ndarray
    correct: np.ndarray
    timestamps: np.ndarray

    def __len__(self) -> int:
        return len(self.users)


@dataclass(frozen=True, eq=False)
class Codebook:
    """The id maps shared by the files of one data set (train and test use the same codes)."""

    users: IdMap
    items: IdMap
    skills: IdMap
    item_skill: dict[int, int]

    @classmethod
    def new(cls) -> Codebook:
        """Empty maps."""
        return cls(IdMap.new(), IdMap.new(), IdMap.new(), {})

    def item_skill_array(self) -> np.ndarray:
        """The skill code of every item code (the skill it was first seen with)."""
        return np.array([self.item_skill[k] for k in range(len(self.items.ids))], dtype=np.int64)


def read_answers(path: Path, codebook: Codebook | None = None) -> tuple[AnswerLog, Codebook]:
    """Read ``path``; ids are coded with ``codebook`` (extended in place) or a new one."""
    codebook = codebook or Codebook.new()
    path = Path(path)
    try:
        handle = path.open(newline="", encoding="utf-8")
    except OSError as error:
        raise ModelInputError(f"{path}: cannot be read ({error.strerror or error}).") from None
    users: list[int] = []
    items: list[int] = []
    skills: list[int] = []
    correct: list[int] = []
    stamps: list[float] = []
    with handle:
        reader = csv.reader(handle, delimiter="\t")
        try:
            header = next(reader, None)
            if header is None:
                raise ModelInputError(f"{path}: the file is empty.")
            header = [name.strip() for name in header]
            missing = [name for name in REQUIRED_COLUMNS if name not in header]
            if missing:
                raise ModelInputError(f"{path}:1: missing column(s) {', '.join(missing)} in the header.")
            cols = [header.index(name) for name in REQUIRED_COLUMNS]
            width = max(cols) + 1
            for row in reader:
                line = reader.line_num
                if not row or all(not cell.strip() for cell in row):
                    continue
                if len(row) < width:
                    raise ModelInputError(f"{path}:{line}: expected {len(header)} columns, found {len(row)}.")
                user, item, stamp, answer, skill = (row[c].strip() for c in cols)
                if answer not in ("0", "1"):
                    raise ModelInputError(f"{path}:{line}: correct must be 0 or 1, got {answer!r}.")
                try:
                    when = float(stamp)
                except ValueError:
                    raise ModelInputError(
                        f"{path}:{line}: timestamp must be a number, got {stamp!r}."
                    ) from None
                if not math.isfinite(when):
                    raise ModelInputError(f"{path}:{line}: timestamp must be finite, got {stamp!r}.")
                for name, value in (("user_id", user), ("item_id", item), ("skill_id", skill)):
                    if not value:
                        raise ModelInputError(f"{path}:{line}: {name} is empty.")
                skill_code = codebook.skills.code(skill)
                item_code = codebook.items.code(item)
                codebook.item_skill.setdefault(item_code, skill_code)
                users.append(codebook.users.code(user))
                items.append(item_code)
                skills.append(skill_code)
                correct.append(1 if answer == "1" else 0)
                stamps.append(when)
        except csv.Error as error:
            raise ModelInputError(f"{path}:{reader.line_num}: unreadable line ({error}).") from None
        except UnicodeDecodeError:
            raise ModelInputError(f"{path}: not UTF-8 text.") from None
    if not users:
        raise ModelInputError(f"{path}: no answers after the header.")
    return (
        AnswerLog(
            users=np.array(users, dtype=np.int64),
            items=np.array(items, dtype=np.int64),
            skills=np.array(skills, dtype=np.int64),
            correct=np.array(correct, dtype=np.int64),
            timestamps=np.array(stamps, dtype=float),
        ),
        codebook,
    )
