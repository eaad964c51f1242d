"""The bundled pack loads, builds and reads back, and its skill graph and items meet the brief."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from app.content_packs.builder import build_pack
from app.content_packs.model import PackManifest
from app.content_packs.reader import read_pack

ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")

# The learning paths the brief asks for: each later skill must (transitively) need the earlier one.
REQUIRED_CHAINS = [
    ["count-to-20", "count-to-100", "place-value-tens-ones", "place-value-hundreds", "compare-numbers"],
    ["add-within-20", "add-2digit-no-regroup", "add-2digit-regroup", "add-3digit"],
    ["subtract-within-20", "subtract-2digit-no-regroup", "subtract-2digit-regroup", "subtract-3digit"],
    ["multiply-repeated-addition", "multiply-facts-2-5-10", "multiply-facts-to-10", "multiply-2digit-by-1digit"],
    ["divide-sharing", "divide-facts", "divide-remainders"],
    ["fractions-unit", "fraction-of-quantity"],
    ["fractions-equivalent", "fractions-simplify"],
    ["fractions-equivalent", "fractions-compare"],
    ["fractions-add-same-denominator", "fractions-add-different-denominators"],
    ["decimals-tenths", "decimals-hundredths", "fractions-to-decimals", "percent-out-of-100",
     "percent-of-quantity"],
    ["decimals-hundredths", "decimals-add-subtract"],
    # pedagogical dependencies across strands
    ["multiply-facts-to-10", "fractions-equivalent"],
    ["fraction-of-quantity", "percent-of-quantity"],
    ["divide-facts", "fractions-simplify"],
    ["place-value-tens-ones", "add-2digit-no-regroup"],
    ["place-value-hundreds", "add-3digit"],
]


def ancestors(manifest: PackManifest, skill_id: str) -> set[str]:
    direct = {s.id: s.prerequisites for s in manifest.skills}
    seen: set[str] = set()
    stack = list(direct[skill_id])
    while stack:
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            stack.extend(direct[current])
    return seen


def test_counts(manifest: PackManifest) -> None:
    assert len(manifest.skills) >= 30
    assert len(manifest.items) >= 420
    per_skill = Counter(item.skill_id for item in manifest.items)
    assert set(per_skill) == {s.id for s in manifest.skills}
    thin = {skill: n for skill, n in per_skill.items() if n < 12}
    assert not thin, f"skills with fewer than 12 items: {thin}"


def test_metadata(manifest: PackManifest) -> None:
    assert manifest.id == "org.sabil.numbers-and-operations"
    assert manifest.language == "en"
    assert manifest.age_range == (6, 12)
    assert set(manifest.title) >= {"en", "ar", "fr", "es"}
    assert ARABIC_LETTER.search(manifest.title["ar"])


def test_skill_titles_and_descriptions_in_the_ui_languages(manifest: PackManifest) -> None:
    for skill in manifest.skills:
        for field in (skill.title, skill.description):
            assert set(field) >= {"en", "ar", "fr", "es"}, skill.id
            assert all(text.strip() for text in field.values()), skill.id
            assert ARABIC_LETTER.search(field["ar"]), f"{skill.id}: Arabic text has no Arabic letters"
            assert field["fr"] != field["en"], f"{skill.id}: French text is a copy of the English"
            assert field["es"] != field["en"], f"{skill.id}: Spanish text is a copy of the English"
    titles = [skill.title[lang] for skill in manifest.skills for lang in ("en", "ar", "fr", "es")]
    assert len(titles) == len(set(titles)), "two skills share a title in some language"


def test_prerequisite_graph_is_acyclic_and_resolved(manifest: PackManifest) -> None:
    ids = {s.id for s in manifest.skills}
    remaining = {s.id: set(s.prerequisites) for s in manifest.skills}
    for prerequisites in remaining.values():
        assert prerequisites <= ids
    # Kahn's algorithm: every skill must eventually have all its prerequisites placed.
    placed: set[str] = set()
    while remaining:
        ready = [sid for sid, pre in remaining.items() if pre <= placed]
        assert ready, f"cycle among {sorted(remaining)}"
        for sid in ready:
            placed.add(sid)
            del remaining[sid]
    roots = [s.id for s in manifest.skills if not s.prerequisites]
    assert roots == ["count-to-20"], "everything should grow from counting to 20"


@pytest.mark.parametrize("chain", REQUIRED_CHAINS, ids=lambda chain: f"{chain[0]}->{chain[-1]}")
def test_learning_paths(manifest: PackManifest, chain: list[str]) -> None:
    for earlier, later in zip(chain, chain[1:], strict=False):
        assert earlier in ancestors(manifest, later), f"{later} does not build on {earlier}"


def test_every_item_has_hints_and_a_solution(manifest: PackManifest) -> None:
    for item in manifest.items:
        assert item.hints and all(h.strip() for h in item.hints), item.id
        assert item.solution.strip(), item.id


def test_items_are_mostly_templates_of_every_type(manifest: PackManifest) -> None:
    templates = [item for item in manifest.items if item.params]
    assert len(templates) >= 0.9 * len(manifest.items)
    types = Counter(item.type for item in manifest.items)
    assert types["numeric"] > len(manifest.items) / 2
    assert types["single_choice"] >= 30
    assert types["multiple_choice"] >= 20
    assert types["short_text"] >= 5


def test_ids_are_unique_and_difficulty_varies_within_skills(manifest: PackManifest) -> None:
    ids = [item.id for item in manifest.items]
    assert len(ids) == len(set(ids))
    for skill in manifest.skills:
        difficulties = {item.difficulty for item in manifest.items_for(skill.id)}
        assert len(difficulties) >= 4, f"{skill.id}: items barely differ in difficulty"
        assert all(-2.0 <= d <= 2.0 for d in difficulties), skill.id


def test_item_files_parse_as_toml(pack_dir: Path) -> None:
    files = sorted((pack_dir / "items").glob("*.toml"))
    assert len(files) >= 8
    for path in files:
        with path.open("rb") as handle:
            assert tomllib.load(handle)["item"], path.name


def test_builds_and_reads_back(manifest: PackManifest, pack_dir: Path, tmp_path: Path) -> None:
    out = build_pack(pack_dir, tmp_path / "numbers.sabilpack")
    again = read_pack(out)
    assert again.id == manifest.id
    assert [s.id for s in again.skills] == [s.id for s in manifest.skills]
    assert [i.id for i in again.items] == [i.id for i in manifest.items]
    assert again.items == manifest.items
    # Building is deterministic: the same source gives the same bytes.
    second = build_pack(pack_dir, tmp_path / "again.sabilpack")
    assert second.read_bytes() == out.read_bytes()
