"""ItemDef <-> the JSON body stored in the ``items`` table.

The body is written only after the pack passed the reader's validation, so reading it back needs
no re-validation — only the JSON types turned back into the dataclass's tuples.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from app.content_packs.model import ItemDef

_TUPLE_FIELDS = {f.name for f in fields(ItemDef) if str(f.type).startswith("tuple")}
# Computed once: dataclasses.fields() per item costs a third of a 20,000-item pack's import.
_FIELD_NAMES = tuple(f.name for f in fields(ItemDef))


def item_to_body(item: ItemDef) -> dict[str, Any]:
    """A JSON-ready dict of every ItemDef field (params as ordered [name, expr] pairs)."""
    body: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        value = getattr(item, name)
        if name == "params":
            value = [[param, expr] for param, expr in value.items()]
        elif isinstance(value, tuple):
            value = list(value)
        body[name] = value
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
