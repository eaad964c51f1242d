"""Item rows written by SQLite's json_each read back as the very items the pack reader validated.

The importer hands pack.json's text to SQLite, which splits the items array itself; each stored
body is then read by the pack reader's item reader when the item is shown. These tests hold the
two JSON readers to the same meaning on awkward text (escapes, non-Latin scripts, characters JSON
must escape, numbers in every spelling) and keep the bodies of earlier versions readable.
"""

from __future__ import annotations

import json
import math
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.content_packs.manifest_schema import read_manifest, read_pack_item
from app.content_packs.model import ItemDef
from app.services.item_codec import item_from_body
from app.services.pack_item_rows import _same_items, store_items
from app.storage.database import open_database
from app.storage.models import Item, Pack, Skill

PACK_ID = "org.sabil.test.bodies"
AWKWARD_TEXT = [
    "ثلاثة + أربعة = ٧؟", "Ça fait combien ? « 3 »", "tab\there", "line\nbreak", 'quote " and \\ backslash',
    "\u2028 line separator", "emoji 🙂 and 𝑥²", "\u00e9 composed vs e\u0301", "{{a}} + {{b}}", "$\\frac{1}{2}$",
    "<script>alert(1)</script>", "\u0000".replace("\u0000", "nul-free"), "\x7f delete", "ﷺ", "\ufeff bom inside",
]


def _items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for n, text in enumerate(AWKWARD_TEXT):
        items.append({"id": f"t-{n}", "skill": "s1", "type": "short_text", "prompt": text, "answer": "x",
                      "accept": [text[:40] or "y"], "hints": [text, "plain"], "solution": text})
    items += [
        {"id": "num-1", "skill": "s1", "type": "numeric", "prompt": "?", "answer": "3/4", "tolerance": 1e-7,
         "difficulty": -1.5, "answer_form": "fraction"},
        {"id": "num-2", "skill": "s2", "type": "numeric", "prompt": "?", "answer": "0.1", "tolerance": 0,
         "difficulty": 10},
        {"id": "num-3", "skill": "s2", "type": "numeric", "prompt": "?", "answer": "5", "difficulty": 2.5e0,
         "tolerance": 0.000001},
        {"id": "tpl", "skill": "s2", "type": "numeric", "prompt": "{{a}} + {{b}} = ?", "answer": "a + b",
         "params": [["a", "randint(1, 9)"], ["b", "randint(1, a)"]], "constraints": ["a != b"]},
        {"id": "pick", "skill": "s2", "type": "single_choice", "prompt": "Which?", "choices": ["٣", "3", "three"],
         "correct": [1], "shuffle": False},
        {"id": "many", "skill": "s1", "type": "multiple_choice", "prompt": "Which?", "choices": ["a", "b", "c"],
         "correct": [0, 2]},
        {"id": "expr", "skill": "s1", "type": "expression", "prompt": "Simplify.", "answer": "2x", "variables": ["x"]},
        {"id": "long-1", "skill": "s1", "type": "numeric", "prompt": "?", "answer": "1", "difficulty": 0.1234567890123456789},
        {"id": "long-2", "skill": "s1", "type": "numeric", "prompt": "?", "answer": "1", "difficulty": -9.999999999999998},
        {"id": "tiny", "skill": "s1", "type": "numeric", "prompt": "?", "answer": "1", "difficulty": 1e-7},
    ]
    for item in items:
        item.setdefault("hints", ["A hint."])
        item.setdefault("solution", "The solution.")
    return items


def _document(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format_version": 1, "id": PACK_ID, "version": "1.0.0", "title": {"en": "Bodies"},
            "description": {"en": "d"}, "language": "en", "licence": "CC0-1.0", "authors": ["t"],
            "skills": [{"id": "s1", "title": {"en": "One"}}, {"id": "s2", "title": {"en": "Two"}}], "items": items}


@pytest.mark.parametrize("ensure_ascii", [False, True])
def test_every_stored_body_reads_back_as_the_validated_item(tmp_path: Path, ensure_ascii: bool) -> None:
    document = _document(_items())
    text = json.dumps(document, ensure_ascii=ensure_ascii, indent=1)
    manifest = read_manifest(json.loads(text))
    db = open_database(tmp_path / "sabil.sqlite3")
    try:
        with db.transaction() as session:
            session.add(Pack(id=PACK_ID, version="1.0.0", title={"en": "x"}, description={}, language="en",
                             format_version=1, licence="CC0-1.0", authors=[], manifest_sha256="0" * 64, source="file"))
            session.flush()
            session.add_all([Skill(pack_id=PACK_ID, skill_id=s.id, title=dict(s.title), position=n)
                             for n, s in enumerate(manifest.skills)])
            session.flush()
            store_items(session.connection(), manifest, text, lambda _n: None)
        with db.session() as session:
            stored = {i.item_id: i for i in session.scalars(select(Item).where(Item.pack_id == PACK_ID))}
    finally:
        db.close()
    assert len(stored) == len(manifest.items)
    for position, item in enumerate(manifest.items):
        row = stored[item.id]
        assert row.body == document["items"][position]
        assert item_from_body(row.body) == item
        assert (row.skill_id, row.type, row.difficulty, row.position) == (
            item.skill_id, item.type, item.difficulty, position)


def test_bodies_written_by_earlier_versions_still_read() -> None:
    """Before json_each, a body held every ItemDef field by name, with params as [name, expr] pairs."""
    for raw in _items():
        item = read_pack_item(raw, "test")
        old: dict[str, Any] = {}
        for field in fields(ItemDef):
            value = getattr(item, field.name)
            old[field.name] = [[k, v] for k, v in value.items()] if field.name == "params" else (
                list(value) if isinstance(value, tuple) else value)
        assert item_from_body(json.loads(json.dumps(old))) == item


def test_a_difficulty_one_binary_digit_apart_is_the_same_item_but_anything_else_is_not() -> None:
    """SQLite's decimal-to-binary conversion is not correctly rounded on every build (no extended
    long double on Windows): a last-digit difference must not refuse a good pack; anything else must."""
    manifest = read_manifest(_document(_items()))
    rows = [(i.id, i.skill_id, i.type, float(i.difficulty), n) for n, i in enumerate(manifest.items)]
    assert _same_items(rows, manifest)
    off_by_a_digit = [(a, b, c, math.nextafter(d, math.inf), n) for a, b, c, d, n in rows]
    assert _same_items(off_by_a_digit, manifest)
    for index, changed in ((0, "other-id"), (1, "s2"), (2, "numeric"), (3, 0.5), (4, 99)):
        wrong = list(rows)
        row = list(wrong[5])
        row[index] = changed
        wrong[5] = tuple(row)
        assert not _same_items(wrong, manifest)
    assert not _same_items(rows[:-1], manifest)
