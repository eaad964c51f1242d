"""The fast reader of common pack.json items accepts exactly what the field-by-field reader accepts.

``_plain_json_item`` either returns the same ItemDef as ``_read_json_item_fields``, raises the same
error, or gives up (None) and leaves the item to the field reader. Checked on well-formed items of
every type and on thousands of items with one or two fields replaced by awkward values.
"""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from app.content_packs.errors import PackError
from app.content_packs.manifest_schema import _plain_json_item, _read_json_item_fields

WHERE = "pack.json: items[7]"

GOOD_ITEMS: list[dict[str, Any]] = [
    {"id": "add-1", "skill": "adding", "type": "numeric", "prompt": "What is $2 + 3$?", "answer": "5",
     "hints": ["Count on from 2."], "solution": "$2 + 3 = 5$."},
    {"id": "half", "skill": "fractions", "type": "numeric", "prompt": "Half of 3?", "answer": "3/2",
     "answer_form": "fraction", "tolerance": 0, "difficulty": -1.5, "hints": ["Split 3 in two."],
     "solution": "3/2", "media": ["pic.png"], "shuffle": None, "params": []},
    {"id": "pick", "skill": "shapes", "type": "single_choice", "prompt": "Which has 3 sides?",
     "choices": ["triangle", "square", "circle"], "correct": [0], "hints": ["Count the sides."],
     "solution": "A triangle.", "shuffle": False},
    {"id": "many", "skill": "shapes", "type": "multiple_choice", "prompt": "Which are even?",
     "choices": ["2", "3", "4"], "correct": [0, 2], "hints": ["Even numbers end in 0, 2, 4, 6 or 8."],
     "solution": "2 and 4.", "difficulty": 3},
    {"id": "word", "skill": "reading", "type": "short_text", "prompt": "Spell cat.", "answer": "cat",
     "accept": ["CAT"], "hints": ["c-a-t"], "solution": "cat"},
    {"id": "expr", "skill": "algebra", "type": "expression", "prompt": "Simplify $x + x$.", "answer": "2x",
     "variables": ["x"], "hints": ["Two of them."], "solution": "$2x$", "constraints": []},
]

AWKWARD: list[Any] = [
    None, "", " ", "x", "a\x00b", "x" * 81, "x" * 4001, 0, 1, -1, 2, 9, 10, 11, 1.5, -10.5, 10.0, 1e13, float("nan"),
    True, False, [], [""], ["a", "b"], ["a", "a"], [0], [0, 1], [1, 0], [True], [1.0], [None], ["x" * 256], [["a", "1"]],
    {}, {"en": "x"}, "numeric", "single_choice", "fraction", "decimal", "any", "bogus", "ok-id", "Bad_Id", "-x",
    ["x", "y"], ["xy"], ["1"], list("abcdefghijk"), ["a"] * 11, [0] * 11,
]
FIELDS = ["id", "skill", "type", "prompt", "answer", "choices", "correct", "hints", "solution", "params",
          "constraints", "tolerance", "accept", "answer_form", "difficulty", "media", "shuffle", "variables", "extra"]


def _outcome(read: Any, raw: Any) -> tuple[str, Any]:
    try:
        return "item", read(raw)
    except PackError as exc:
        return "error", (exc.code, exc.message, exc.location)


def _assert_same(raw: Any) -> bool:
    """True when the fast reader took the item (returned one or raised)."""
    fast = _outcome(lambda r: _plain_json_item(r, WHERE), raw)
    if fast == ("item", None):
        return False
    assert fast == _outcome(lambda r: _read_json_item_fields(r, WHERE), raw), raw
    return True


@pytest.mark.parametrize("raw", GOOD_ITEMS, ids=[item["id"] for item in GOOD_ITEMS])
def test_well_formed_items_take_the_fast_way_and_read_the_same(raw: dict[str, Any]) -> None:
    assert _assert_same(raw), "a common item should not need the field reader"


def test_items_with_parameters_are_left_to_the_field_reader() -> None:
    raw = dict(GOOD_ITEMS[0], params=[["a", "randint(1, 9)"]], answer="a")
    assert _plain_json_item(raw, WHERE) is None


def test_awkward_values_give_the_same_item_or_the_same_error() -> None:
    rng = random.Random(20261123)
    taken = 0
    for _ in range(6000):
        raw = copy.deepcopy(rng.choice(GOOD_ITEMS))
        for _ in range(rng.choice((1, 1, 2))):
            field = rng.choice(FIELDS)
            if rng.random() < 0.15:
                raw.pop(field, None)
            else:
                raw[field] = copy.deepcopy(rng.choice(AWKWARD))
        taken += _assert_same(raw)
    assert taken > 1000, "the fast reader should take most items that are still valid"


@pytest.mark.parametrize("raw", [None, [], "item", 3])
def test_a_non_table_is_left_to_the_field_reader(raw: Any) -> None:
    assert _plain_json_item(raw, WHERE) is None
