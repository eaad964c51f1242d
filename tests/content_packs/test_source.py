"""Loading the TOML source: the fixture pack loads, and each mistake is reported at file, item and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.content_packs.errors import PackError
from app.content_packs.source import load_source


def test_mini_fixture_loads_completely(mini_source: Path) -> None:
    manifest = load_source(mini_source)
    assert manifest.id == "org.sabil.test.mini"
    assert [s.id for s in manifest.skills] == ["count-to-10", "add-within-10", "fractions-intro"]
    assert manifest.skill("add-within-10").prerequisites == ("count-to-10",)
    assert manifest.skill("fractions-intro").mastery == {"kind": "m_of_n", "n": 5, "m": 4}
    assert {i.type for i in manifest.items} == {"numeric", "single_choice", "multiple_choice", "short_text"}
    assert list(manifest.item("add-small-01").params) == ["a", "b"]
    assert manifest.item("frac-third-01").tolerance == 0.01
    assert manifest.item("add-small-01").difficulty == -0.5
    assert [m.path for m in manifest.media] == ["dots-5.svg"]
    assert manifest.media[0].size == (mini_source / "media" / "dots-5.svg").stat().st_size


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CASES = [
    # (file, old, new, code, expected fragments of the error text)
    ("items/03-fractions.toml", 'hints = ["Divide the top and the bottom by {{k}}."]',
     'hints = ["Divide by {{k}}.", "Now use {{c}}."]', "expr_unknown_name",
     ('items/03-fractions.toml: item "frac-simplify-01": hint 2', '"c"')),
    ("items/02-adding.toml", 'constraints = ["a + b <= 10", "a != b"]', 'constraints = ["a + b > 99"]',
     "template_unsatisfiable", ('items/02-adding.toml: item "add-small-01"',)),
    ("items/02-adding.toml", 'skill = "add-within-10"\ntype = "single_choice"', 'skill = "nope"\ntype = "single_choice"',
     "unknown_skill", ('item "add-choice-01": skill', '"nope"')),
    ("items/01-counting.toml", 'correct = [1]', 'correct = [5]', "bad_item", ('item "count-next-01": correct',)),
    ("items/01-counting.toml", 'correct = [1]', 'correct = [0, 1]', "bad_item", ("exactly one",)),
    ("items/01-counting.toml", 'hints = ["Touch each dot once as you count."]', "hints = []", "bad_item",
     ('item "count-dots-01": hints',)),
    ("items/01-counting.toml", 'type = "numeric"', 'type = "essay"', "bad_item", ('"essay"',)),
    ("items/01-counting.toml", 'media = ["dots-5.svg"]', 'media = ["dots-6.svg"]', "missing_media",
     ('item "count-dots-01": media', "dots-6.svg")),
    ("items/01-counting.toml", 'solution = "There are 5 dots."', 'solution = "There are 5 dots."\nhint = ["x"]',
     "unknown_field", ('item "count-dots-01": hint',)),
    ("items/01-counting.toml", 'id = "count-next-01"', 'id = "count-dots-01"', "duplicate_id", ('"count-dots-01"',)),
    ("items/01-counting.toml", 'id = "count-next-01"', 'id = "Count Next"', "bad_id", ("lower-case",)),
    ("items/02-adding.toml", 'a = "randint(1, 6)"', 'a = "__import__(\'os\')"', "expr_unknown_function",
     ('item "add-small-01": params.a',)),
    ("items/02-adding.toml", '"{{a + b + 1}}", "{{a + b - 1}}"', '"{{a + b}}", "{{a + b - 1}}"', "template_unsatisfiable",
     ("choices were not all different",)),
    ("items/03-fractions.toml", 'tolerance = "0.01"', 'tolerance = "-1"', "schema", ("frac-third-01", "tolerance")),
    ("items/03-fractions.toml", 'answer_form = "simplest"', 'answer_form = "pretty"', "bad_item", ("answer_form",)),
    ("skills.toml", 'prerequisites = []', 'prerequisites = ["fractions-intro"]', "prerequisite_cycle",
     ("count-to-10", "fractions-intro")),
    ("skills.toml", 'prerequisites = ["count-to-10"]', 'prerequisites = ["count-to-100"]', "unknown_skill",
     ('skills.toml: skill "add-within-10": prerequisites', "count-to-100")),
    ("skills.toml", 'mastery = { kind = "n_in_a_row", n = 3 }', 'mastery = { kind = "always" }', "schema",
     ("mastery: kind",)),
    ("pack.toml", 'format_version = 1', 'format_version = 2', "unsupported_format", ("format_version",)),
    ("pack.toml", 'version = "1.0.0"', 'version = "one"', "bad_id", ("pack.toml: version",)),
    ("pack.toml", 'licence = "CC-BY-SA-4.0"', 'licence = [1]', "schema", ("pack.toml: licence",)),
    ("pack.toml", 'age_range = [6, 10]', 'age_range = [10, 6]', "schema", ("age_range",)),
    ("items/01-counting.toml", "[[item]]\nid = \"count-dots-01\"", "[[item]\nid = \"count-dots-01\"", "bad_toml",
     ("items/01-counting.toml", "line")),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[3])
def test_source_errors_point_at_file_item_and_field(mini_source: Path, case: tuple) -> None:
    relative, old, new, code, fragments = case
    replace_in(mini_source / relative, old, new)
    with pytest.raises(PackError) as info:
        load_source(mini_source)
    assert info.value.code == code, str(info.value)
    for fragment in fragments:
        assert fragment in str(info.value)


def test_missing_files_and_unsafe_media_names(mini_source: Path) -> None:
    (mini_source / "media" / "bad name.svg").write_text("<svg/>")
    with pytest.raises(PackError) as info:
        load_source(mini_source)
    assert info.value.code == "unsafe_name" and "media/bad name.svg" in str(info.value)
    (mini_source / "media" / "bad name.svg").unlink()
    (mini_source / "skills.toml").unlink()
    with pytest.raises(PackError) as info:
        load_source(mini_source)
    assert info.value.code == "source_missing" and "skills.toml" in str(info.value)
