"""Random damage never gets past the reader as anything but a PackError, and the schema never refuses what the reader takes.

Seeded, so every run tries the same few hundred variants: flipped bytes anywhere in the zip, and
values swapped for values of other types and sizes anywhere in pack.json.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from app.content_packs.errors import PackError
from app.content_packs.json_schema import first_failure
from app.content_packs.manifest_schema import read_manifest
from app.content_packs.reader import read_pack

from .hostile_corpus import GoodPack, assert_human_message, good_pack, zip_bytes

STRANGE_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 1.5, 10**30, 1e308, -1e308, "", " ", "x" * 5_000, "\x00", "<script>", "../../x",
    "cafe\u0301", [], [None], [[]], ["x"] * 60, {}, {"en": 1}, {"": ""}, {"x": {"y": {"z": []}}},
)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> GoodPack:
    return good_pack(tmp_path_factory.mktemp("fuzz"))


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON document."""
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths_in(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += paths_in(inner, (*prefix, index))
    return found


def replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = json.loads(json.dumps(document))
    target = copy
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return copy


def read_or_refuse(path: Path) -> None:
    try:
        read_pack(path)
    except PackError as error:
        assert_human_message(error)


@pytest.mark.parametrize("seed", range(8))
def test_flipped_bytes_give_a_pack_error_or_a_good_pack(seed: int, good: GoodPack, tmp_path: Path) -> None:
    data = zip_bytes(good.plus())
    rng = random.Random(seed)
    for attempt in range(25):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"damaged-{attempt}.sabilpack"
        path.write_bytes(bytes(damaged))
        read_or_refuse(path)


@pytest.mark.parametrize("seed", range(8))
def test_strange_values_give_a_pack_error_and_the_schema_agrees(seed: int, good: GoodPack, tmp_path: Path) -> None:
    rng = random.Random(seed)
    paths = paths_in(good.document)
    for attempt in range(40):
        path_in_json = rng.choice(paths)
        value = rng.choice(STRANGE_VALUES)
        document = replaced(good.document, path_in_json, value)
        try:
            read_manifest(document)
        except PackError:
            pass
        else:
            # Whatever the field reader takes, the published schema takes too (authors can trust it).
            # The one known exception: the reader treats any empty value of "params" as no parameters.
            if "params" not in path_in_json:
                assert first_failure(document) is None, (path_in_json, value)
        pack = tmp_path / f"strange-{attempt}.sabilpack"
        pack.write_bytes(zip_bytes([("pack.json", json.dumps(document).encode()), *good.media_entries()]))
        read_or_refuse(pack)
