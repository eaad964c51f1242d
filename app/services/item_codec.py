"""ItemDef <-> the JSON body stored in the ``items`` table.

The body is written only after the pack passed the reader's validation, so reading it back needs
no re-validation — only the JSON types turned back into the dataclass's tuples.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from app.content_packs.model import ItemDef

_TUPLE_FIELDS = {f.name for f in fields(ItemDef) if str(f.type).startswith("tuple")}


def item_to_body(item: ItemDef) -> dict[str, Any]:
    """A JSON-ready dict of every ItemDef field (params as ordered [name, expr] pairs)."""
    body: dict[str, Any] = {}
    for f in fields(ItemDef):
        value = getattr(item, f.name)
        if f.name == "params":
            value = [[name, expr] for name, expr in value.items()]
        elif isinstance(value, tuple):
            value = list(value)
        body[f.name] = value
    return body


def item_from_body(body: dict[str, Any]) -> ItemDef:
    """The ItemDef a body was made from (unknown keys from a newer build are ignored)."""
    known = {f.name for f in fields(ItemDef)}
    values: dict[str, Any] = {}
    for key, value in body.items():
        if key not in known:
            continue
        if key == "params":
            value = {name: expr for name, expr in value}
        elif key in _TUPLE_FIELDS:
            value = tuple(value)
        values[key] = value
    return ItemDef(**values)
