"""A pack's items written to the ``items`` table by SQLite itself, straight from pack.json's text.

Each row's body is the item's own JSON object from pack.json, as SQLite's ``json_each`` reads it
out of the very text that was validated. Building 20,000 rows in Python (a dict per item, a
``json.dumps`` each, a tuple each) cost a third of a second of the importing thread, holding the
interpreter lock the media threads need; here SQLite splits the array in C, with the lock
released. Bodies are turned into ``ItemDef`` only when an item is shown (``item_codec``).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from sqlalchemy import Connection, select

from app.content_packs.errors import PackError
from app.content_packs.model import PackManifest
from app.storage.models import Item

_TABLE = Item.__table__.name
# json_extract (SQLite 3.9+, built into every Python's SQLite) rather than ->> (3.38+). "WHERE true"
# tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.
_UPSERT = (
    f"INSERT INTO {_TABLE} (pack_id, item_id, skill_id, type, body, difficulty, position, retired) "
    "SELECT ?, json_extract(value, '$.id'), json_extract(value, '$.skill'), json_extract(value, '$.type'), "
    "value, coalesce(json_extract(value, '$.difficulty'), 0.0), key, 0 "
    "FROM json_each(?, '$.items') WHERE true "
    "ON CONFLICT (pack_id, item_id) DO UPDATE SET skill_id = excluded.skill_id, type = excluded.type, "
    "body = excluded.body, difficulty = excluded.difficulty, position = excluded.position, retired = 0"
)
_RETIRE = f"UPDATE {_TABLE} SET retired = 1 WHERE pack_id = ? AND item_id = ?"
_CURRENT = (f"SELECT item_id, skill_id, type, difficulty, position FROM {_TABLE} "
            "WHERE pack_id = ? AND retired = 0 ORDER BY position")


def store_items(
    connection: Connection, manifest: PackManifest, pack_json: str, progress: Callable[[int], None]
) -> None:
    """Insert new items, update the ones whose ids persist (progress on them is kept), retire the rest.

    ``pack_json`` is the text ``manifest`` was validated from. Runs inside the caller's transaction;
    ``progress(count)`` may raise to cancel. Raises PackError ``changed`` if the rows SQLite made
    differ from the validated items (two JSON readers disagreeing): never commit on such a doubt.
    """
    pack_id = manifest.id
    existing = set(connection.execute(select(Item.item_id).where(Item.pack_id == pack_id)).scalars())
    connection.exec_driver_sql(_UPSERT, (pack_id, pack_json))
    gone = existing - {item.id for item in manifest.items}
    if gone:
        connection.exec_driver_sql(_RETIRE, [(pack_id, item_id) for item_id in sorted(gone)])
    # The driver's own cursor gives plain tuples: comparing 20,000 SQLAlchemy rows cost a tenth of a second.
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        stored = cursor.execute(_CURRENT, (pack_id,)).fetchall()
    finally:
        cursor.close()
    if not _same_items(stored, manifest):
        raise PackError("changed", "the pack's items were read differently a second time; try again")
    progress(len(manifest.items))


def _same_items(stored: list[tuple[str, str, str, float, int]], manifest: PackManifest) -> bool:
    """The rows SQLite made hold the validated items' ids, skills, types, difficulties and positions.

    Difficulties may differ in the last binary digit: SQLite's decimal-to-binary conversion is not
    correctly rounded everywhere (builds without an extended long double); the body keeps the exact
    text, and a difficulty a billionth apart orders items the same.
    """
    if len(stored) != len(manifest.items):
        return False
    for position, (row, item) in enumerate(zip(stored, manifest.items, strict=True)):
        item_id, skill_id, kind, difficulty, stored_position = row
        if (item_id != item.id or skill_id != item.skill_id or kind != item.type or stored_position != position
                or not math.isclose(difficulty, item.difficulty, rel_tol=1e-12, abs_tol=1e-300)):
            return False
    return True
