"""A pack's items written to the ``items`` table by SQLite itself, straight from pack.json's text.

Each row's body is the item's own JSON object from pack.json, as SQLite's ``json_each`` reads it
out of the very text that was validated. Building 20,000 rows in Python (a dict per item, a
``json.dumps`` each, a tuple each) cost a third of a second of the importing thread, holding the
interpreter lock the media threads need; here SQLite splits the array in C, with the lock
released. Bodies are turned into ``ItemDef`` only when an item is shown (``item_codec``).
"""

from __future__ import annotations

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
    expected = [(item.id, item.skill_id, item.type, float(item.difficulty), position)
                for position, item in enumerate(manifest.items)]
    # The driver's own cursor gives plain tuples: comparing 20,000 SQLAlchemy rows cost a tenth of a second.
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        stored = cursor.execute(_CURRENT, (pack_id,)).fetchall()
    finally:
        cursor.close()
    if stored != expected:
        raise PackError("changed", "the pack's items were read differently a second time; try again")
    progress(len(manifest.items))
