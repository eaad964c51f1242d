"""Export a pack's attempt events as an answer log for `sabil model fit`.

The format is the one `sabil model evaluate|fit` read (tab-separated, header
`user_id item_id timestamp correct skill_id`, each learner's rows in answer order), so a school can
fit the learner model on its own answers and drop the result into `<data dir>/models/<pack id>.json`.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from sqlalchemy import select

from app.services.errors import NotFoundError
from app.storage.database import Database
from app.storage.models import AttemptEvent, Pack

HEADER = ("user_id", "item_id", "timestamp", "correct", "skill_id")


def export_answer_log(db: Database, pack_id: str, out: Path) -> int:
    """Write every attempt on ``pack_id`` to ``out`` (atomically); returns the number of rows.

    Rows are grouped by learner in answer order (client time, then the time-ordered UUIDv7 id);
    the timestamp is in epoch seconds, so the model's forgetting features see real gaps.
    """
    out = Path(out)
    with db.session() as session:
        if session.get(Pack, pack_id) is None:
            raise NotFoundError("unknown_pack", f"No pack {pack_id!r} is installed.")
        events = session.scalars(
            select(AttemptEvent)
            .where(AttemptEvent.pack_id == pack_id)
            .order_by(AttemptEvent.learner_id, AttemptEvent.client_time, AttemptEvent.id)
        ).all()
        rows = [
            (e.learner_id, e.item_id, f"{e.client_time.timestamp():.3f}", int(e.correct), e.skill_ids[0])
            for e in events
        ]
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = out.with_name(f".{out.name}.tmp")
    with temp.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    os.replace(temp, out)
    return len(rows)
