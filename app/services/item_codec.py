"""The JSON body stored in the ``items`` table -> ItemDef.

Since the import writes rows with SQLite's ``json_each``, a body is the item's object exactly as
in pack.json; it is read by the pack reader's own item reader, so an item means the same on screen
as it did when its pack was validated. Items imported by earlier versions hold every ItemDef
field by name (``skill_id``, ``params`` as pairs); those are read as they were written.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from app.content_packs.manifest_schema import read_pack_item
from app.content_packs.model import ItemDef

_TUPLE_FIELDS = {f.name for f in fields(ItemDef) if str(f.type).startswith("tuple")}
_KNOWN = {f.name for f in fields(ItemDef)}


def item_from_body(body: dict[str, Any]) -> ItemDef:
    """The ItemDef of a stored body (unknown keys of an older body from a newer build are ignored)."""
    if "skill_id" not in body:
        return read_pack_item(body, f'item "{body.get("id")}"')
    values: dict[str, Any] = {}
    for key, value in body.items():
        if key not in _KNOWN:
            continue
        if key == "params":
            value = {name: expr for name, expr in value}
        elif key in _TUPLE_FIELDS:
            value = tuple(value)
        values[key] = value
    return ItemDef(**values)
