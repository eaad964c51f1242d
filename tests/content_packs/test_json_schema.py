"""The published JSON Schema of pack.json: valid, shipped in docs, fast, and in agreement with the field reader."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from app.content_packs import limits
from app.content_packs.builder import build_pack, pack_json_bytes
from app.content_packs.errors import PackError
from app.content_packs.json_schema import (
    check_pack_json,
    failure_to_error,
    first_failure,
    jsonschema_rs,
    pack_schema,
    schema_text,
)
from app.content_packs.manifest_schema import read_manifest
from app.content_packs.model import manifest_to_dict
from app.content_packs.reader import read_pack
from app.content_packs.source import load_source

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "packs" / "mini"
BUNDLED = sorted(path for path in (ROOT / "resources" / "packs").iterdir() if (path / "pack.toml").is_file())
ENGINES = ["python", *(["compiled"] if jsonschema_rs is not None else [])]

Change = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def mini_document() -> dict[str, Any]:
    return json.loads(pack_json_bytes(load_source(MINI, seeds=1)))


def changed(document: dict[str, Any], change: Change) -> dict[str, Any]:
    result = copy.deepcopy(document)
    change(result)
    return result


def index_of(document: dict[str, Any], item_type: str) -> int:
    return next(i for i, item in enumerate(document["items"]) if item["type"] == item_type)


def item_of(item_type: str, change: Callable[[dict[str, Any]], None]) -> Change:
    return lambda d: change(d["items"][index_of(d, item_type)])


def expression_item(document: dict[str, Any]) -> None:
    document["items"].append({
        "id": "expand-01", "skill": document["items"][0]["skill"], "type": "expression",
        "prompt": "Expand 2(x + 3).", "answer": "2*x + 6", "variables": ["x"],
        "hints": ["Multiply each term by 2."], "solution": "$2x + 6$",
    })


def all_optional_null(document: dict[str, Any]) -> None:
    for key in ("description", "authors", "subjects", "age_range", "media"):
        document[key] = None
    for skill in document["skills"]:
        skill.update(description=None, prerequisites=None, mastery=None)
    for item in document["items"]:
        for key in ("params", "constraints", "tolerance", "accept", "difficulty", "media", "shuffle"):
            item[key] = None
        if item["type"].endswith("_choice"):
            item["answer"] = None
    document["media"] = []


GOOD: dict[str, Change] = {
    "as built": lambda d: None,
    "optional fields null": all_optional_null,
    "optional fields absent": lambda d: [item.pop(key) for item in d["items"]
                                         for key in ("params", "constraints", "tolerance", "media", "shuffle")],
    "expression item": expression_item,
    "n in a row": lambda d: d["skills"][0].update(mastery={"kind": "n_in_a_row", "n": 3}),
    "m of n": lambda d: d["skills"][0].update(mastery={"kind": "m_of_n", "n": 5, "m": 4, "min_attempts": 2}),
    "probability": lambda d: d["skills"][0].update(mastery={"kind": "probability", "threshold": 0.9}),
    "longest prompt": lambda d: d["items"][0].update(prompt="x" * limits.MAX_TEXT_LENGTH),
    "ten hints": lambda d: d["items"][0].update(hints=["h"] * limits.MAX_HINTS),
    "language variants": lambda d: d.update(title={"en": "A", "ar-EG": "ب", "zh-Hant": "C"}),
    "pre-release version": lambda d: d.update(version="2.0.0-beta.1+build.5"),
}

BAD: dict[str, tuple[str, Change]] = {
    "missing licence": ("missing_field", lambda d: d.pop("licence")),
    "null title": ("missing_field", lambda d: d.update(title=None)),
    "empty title": ("missing_field", lambda d: d.update(title={})),
    "unknown top field": ("unknown_field", lambda d: d.update(signature="x")),
    "unknown item field": ("unknown_field", lambda d: d["items"][0].update(hint="typo")),
    "unknown skill field": ("unknown_field", lambda d: d["skills"][0].update(level=3)),
    "unknown mastery field": ("unknown_field", lambda d: d["skills"][0].update(mastery={"kind": "probability",
                                                                                          "rate": 1})),
    "bad pack id": ("bad_id", lambda d: d.update(id="My Pack")),
    "bad version": ("bad_id", lambda d: d.update(version="1.0")),
    "version with newline": ("bad_id", lambda d: d.update(version="1.0.0\n")),
    "bad language": ("bad_id", lambda d: d.update(language="english")),
    "bad item id": ("bad_id", lambda d: d["items"][0].update(id="Item One")),
    "bad language key": ("schema", lambda d: d["title"].update({"english": "x"})),
    "title not a map": ("schema", lambda d: d.update(title="Mini")),
    "format as text": ("schema", lambda d: d.update(format_version="1")),
    "hints as text": ("schema", lambda d: d["items"][0].update(hints="one hint")),
    "hint not text": ("schema", lambda d: d["items"][0].update(hints=[3])),
    "prompt too long": ("schema", lambda d: d["items"][0].update(prompt="x" * (limits.MAX_TEXT_LENGTH + 1))),
    "too many hints": ("schema", lambda d: d["items"][0].update(hints=["h"] * (limits.MAX_HINTS + 1))),
    "NUL in licence": ("schema", lambda d: d.update(licence="CC\x00BY")),
    "difficulty out of range": ("schema", lambda d: d["items"][0].update(difficulty=11)),
    "negative tolerance": ("schema", lambda d: d["items"][0].update(tolerance=-1)),
    "shuffle as text": ("schema", lambda d: d["items"][0].update(shuffle="yes")),
    "age range of one": ("schema", lambda d: d.update(age_range=[6])),
    "age over 120": ("schema", lambda d: d.update(age_range=[6, 130])),
    "bad sha256": ("schema", lambda d: d["media"][0].update(sha256="A" * 64)),
    "negative size": ("schema", lambda d: d["media"][0].update(size=-1)),
    "params not pairs": ("schema", lambda d: d["items"][0].update(params=[["a"]])),
    "param expression not text": ("schema", lambda d: d["items"][0].update(params=[["a", 3]])),
    "param named like a function": ("bad_item", lambda d: d["items"][0].update(params=[["abs", "1"]])),
    "param name not a name": ("bad_item", lambda d: d["items"][0].update(params=[["1a", "1"]])),
    "too many params": ("bad_item", lambda d: d["items"][0].update(
        params=[[f"p{i}", "1"] for i in range(limits.MAX_PARAMS + 1)])),
    "mastery kind unknown": ("schema", lambda d: d["skills"][0].update(mastery={"kind": "always"})),
    "mastery without n": ("missing_field", lambda d: d["skills"][0].update(mastery={"kind": "n_in_a_row"})),
    "mastery n too big": ("schema", lambda d: d["skills"][0].update(mastery={"kind": "n_in_a_row", "n": 51})),
    "threshold too low": ("schema", lambda d: d["skills"][0].update(mastery={"kind": "probability",
                                                                             "threshold": 0.1})),
    "unknown item type": ("bad_item", lambda d: d["items"][0].update(type="essay")),
    "unknown answer form": ("bad_item", item_of("numeric", lambda i: i.update(answer_form="pretty"))),
    "blank prompt": ("bad_item", lambda d: d["items"][0].update(prompt="   ")),
    "no hints": ("bad_item", lambda d: d["items"][0].update(hints=[])),
    "hints absent": ("bad_item", lambda d: d["items"][0].pop("hints")),
    "no solution": ("bad_item", lambda d: d["items"][0].update(solution=" ")),
    "one choice": ("bad_item", item_of("single_choice", lambda i: i.update(choices=["only"]))),
    "no correct": ("bad_item", item_of("single_choice", lambda i: i.update(correct=[]))),
    "correct twice": ("bad_item", item_of("multiple_choice", lambda i: i.update(correct=[0, 0]))),
    "negative choice number": ("bad_item", item_of("single_choice", lambda i: i.update(correct=[-1]))),
    "two correct in single": ("bad_item", item_of("single_choice", lambda i: i.update(correct=[0, 1]))),
    "answer on a choice item": ("bad_item", item_of("single_choice", lambda i: i.update(answer="3"))),
    "numeric without answer": ("bad_item", item_of("numeric", lambda i: i.update(answer=""))),
    "choices on numeric": ("bad_item", item_of("numeric", lambda i: i.update(choices=["1", "2"]))),
    "tolerance on short text": ("bad_item", item_of("short_text", lambda i: i.update(tolerance=0.5))),
    "accept on numeric": ("bad_item", item_of("numeric", lambda i: i.update(accept=["5"]))),
    "variables on numeric": ("bad_item", item_of("numeric", lambda i: i.update(variables=["x"]))),
    "variable not a letter": ("bad_item", lambda d: (expression_item(d), d["items"][-1].update(variables=["1"]))),
    "variable twice": ("bad_item", lambda d: (expression_item(d), d["items"][-1].update(variables=["x", "x"]))),
    "variable too long": ("schema", lambda d: (expression_item(d), d["items"][-1].update(variables=["xy"]))),
    "skills not a list": ("schema", lambda d: d.update(skills={"a": 1})),
    "item not a table": ("schema", lambda d: d["items"].append("item")),
    "too many skills": ("too_large", lambda d: d.update(skills=d["skills"] * (limits.MAX_SKILLS // 2 + 1))),
}


def reader_error(document: Any) -> PackError | None:
    try:
        read_manifest(document)
    except PackError as error:
        return error
    return None


def schema_error(document: Any, engine: str) -> PackError | None:
    failure = first_failure(document, engine=engine)
    return None if failure is None else failure_to_error(failure)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(pack_schema())
    assert pack_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_docs_carry_an_identical_copy_of_the_schema() -> None:
    published = ROOT / "docs" / "pack.schema.json"
    assert published.read_text(encoding="utf-8") == schema_text(), (
        "docs/pack.schema.json differs from app/content_packs/pack_schema.json: copy the latter over the former")


@pytest.mark.parametrize("case", sorted(GOOD), ids=str)
@pytest.mark.parametrize("engine", ENGINES)
def test_good_documents_pass_both_the_schema_and_the_reader(case: str, engine: str,
                                                            mini_document: dict[str, Any]) -> None:
    document = changed(mini_document, GOOD[case])
    assert schema_error(document, engine) is None
    assert reader_error(document) is None


@pytest.mark.parametrize("case", sorted(BAD), ids=str)
@pytest.mark.parametrize("engine", ENGINES)
def test_bad_documents_fail_both_with_the_same_code_and_field(case: str, engine: str,
                                                              mini_document: dict[str, Any]) -> None:
    code, change = BAD[case]
    document = changed(mini_document, change)
    from_schema = schema_error(document, engine)
    from_reader = reader_error(document)
    assert from_schema is not None, "the schema accepted it"
    assert from_reader is not None, "the field reader accepted it"
    assert (from_schema.code, from_reader.code) == (code, code), (str(from_schema), str(from_reader))
    assert same_field(from_schema.location, from_reader.location), (from_schema.location, from_reader.location)
    assert_human_sentence(from_schema.message)


@pytest.mark.parametrize("case", sorted(BAD), ids=str)
def test_both_engines_report_the_same_error(case: str, mini_document: dict[str, Any]) -> None:
    if jsonschema_rs is None:
        pytest.skip("jsonschema_rs is not installed")
    document = changed(mini_document, BAD[case][1])
    python, compiled = schema_error(document, "python"), schema_error(document, "compiled")
    assert python is not None and compiled is not None
    assert (python.code, python.message, python.location) == (compiled.code, compiled.message, compiled.location)


def test_schema_errors_name_the_field_path(mini_document: dict[str, Any]) -> None:
    document = changed(mini_document, lambda d: d["items"][2].update(hints="one hint"))
    with pytest.raises(PackError) as info:
        check_pack_json(document)
    assert info.value.code == "schema"
    assert info.value.location == "pack.json: items[2].hints"
    assert info.value.message == "hints must be a list, found text"


def test_a_newer_format_is_reported_before_any_other_difference(mini_document: dict[str, Any]) -> None:
    document = changed(mini_document, lambda d: d.update(format_version=2, future_field={"x": 1}))
    with pytest.raises(PackError) as info:
        check_pack_json(document)
    assert info.value.code == "unsupported_format"
    assert "newer Sabil" in info.value.message


@pytest.mark.parametrize("folder", BUNDLED, ids=lambda path: path.name)
def test_every_bundled_pack_matches_the_schema(folder: Path, tmp_path: Path) -> None:
    document = json.loads(json.dumps(manifest_to_dict(load_source(folder, seeds=1))))
    for engine in ENGINES:
        assert schema_error(document, engine) is None, engine
    # And the built file passes every check of the reader, its media included.
    built = build_pack(folder, tmp_path / f"{folder.name}.sabilpack", seeds=1)
    assert read_pack(built, seeds=1).id == document["id"]


def test_a_20000_item_pack_json_validates_in_well_under_a_second(mini_document: dict[str, Any]) -> None:
    document = copy.deepcopy(mini_document)
    items = document["items"]
    document["items"] = [{**items[i % len(items)], "id": f"item-{i}"} for i in range(20_000)]
    check_pack_json(document)  # the first call builds and caches the validator
    started = time.perf_counter()
    check_pack_json(document)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"{elapsed:.2f} s (the fast path needs jsonschema-rs installed: {jsonschema_rs is not None})"
    document["items"][19_999]["hints"] = []
    started = time.perf_counter()
    with pytest.raises(PackError) as info:
        check_pack_json(document)
    assert time.perf_counter() - started < 1.0
    assert info.value.location == "pack.json: items[19999].hints"


def same_field(schema_location: str, reader_location: str) -> bool:
    """The reader writes "pack.json: items[3]: hints", the schema "pack.json: items[3].hints[0]"."""
    reader_path = "pack.json: " + reader_location.removeprefix("pack.json: ").replace(": ", ".")
    if schema_location.startswith(reader_path):
        return True
    # The reader names a parameter by its name ("params.a"), the schema by its place ("params[0][1]").
    parent = reader_path.rpartition(".")[0]
    return "." in parent and schema_location.startswith(parent)


def assert_human_sentence(message: str) -> None:
    """Plain words: no Python reprs, tracebacks or regular expressions leak into what a teacher reads."""
    assert message and message[0].islower() or message[0] in '"'
    for noise in ("Traceback", "Error(", "<class", "\\u", "(?!", "{'", "[^", "None", "validator"):
        assert noise not in message, message


def test_an_error_the_mapping_cannot_word_is_still_a_pack_error(mini_document: dict[str, Any],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import app.content_packs.json_schema as json_schema

    def confused(_failure: object) -> PackError:
        raise KeyError("x-sabil-messages")

    monkeypatch.setattr(json_schema, "failure_to_error", confused)
    with pytest.raises(PackError) as info:
        check_pack_json(changed(mini_document, lambda d: d["items"][3].update(hints=7)))
    assert (info.value.code, info.value.location) == ("schema", "pack.json: items[3].hints")
