"""Rendering items: determinism per seed, constraints, distinct choices, LaTeX-safe substitution."""

from __future__ import annotations

from fractions import Fraction

import pytest

from app.content_packs.errors import PackError
from app.content_packs.model import ItemDef
from app.content_packs.templates import render_item


def make(**fields: object) -> ItemDef:
    base: dict[str, object] = {
        "id": "t-01", "skill_id": "s", "type": "numeric", "prompt": "?", "answer": "1",
        "hints": ("h",), "solution": "s",
    }
    base.update(fields)
    return ItemDef(**base)  # type: ignore[arg-type]


ADD = make(
    params={"a": "randint(11, 44)", "b": "randint(11, 55)"},
    constraints=("a % 10 + b % 10 < 10",),
    prompt="What is ${{a}} + {{b}}$?",
    answer="a + b",
    hints=("Ones: {{a % 10}} + {{b % 10}}.",),
    solution="{{a}} + {{b}} = {{a + b}}.",
)


def test_same_seed_same_render_and_seeds_differ() -> None:
    assert render_item(ADD, 5) == render_item(ADD, 5)
    prompts = {render_item(ADD, seed).prompt for seed in range(40)}
    assert len(prompts) > 20


def test_constraints_hold_over_500_seeds() -> None:
    for seed in range(500):
        rendered = render_item(ADD, seed)
        values = dict(rendered.params)
        a, b = int(values["a"]), int(values["b"])
        assert 11 <= a <= 44 and 11 <= b <= 55
        assert a % 10 + b % 10 < 10
        assert rendered.prompt == f"What is ${a} + {b}$?"
        assert rendered.answer.value == a + b
        assert rendered.solution == f"{a} + {b} = {a + b}."


def test_later_params_use_earlier_ones() -> None:
    item = make(params={"a": "randint(2, 9)", "b": "a * 2"}, answer="b - a", prompt="{{a}} {{b}}")
    for seed in range(50):
        rendered = render_item(item, seed)
        a, b = (int(x) for x in rendered.prompt.split())
        assert b == 2 * a and rendered.answer.value == a


def test_latex_braces_around_placeholders() -> None:
    item = make(params={"a": "randint(1, 3)", "b": "randint(5, 7)"}, prompt="$\\frac{{{a}}}{{{b}}}$",
                answer="frac(a, b)", solution="${{tex(frac(a, b))}}$")
    rendered = render_item(item, 3)
    a, b = (int(v) for _, v in rendered.params)
    assert rendered.prompt == f"$\\frac{{{a}}}{{{b}}}$"
    lowest = Fraction(a, b)
    assert rendered.solution == rf"$\frac{{{lowest.numerator}}}{{{lowest.denominator}}}$"
    assert rendered.answer.value == Fraction(a, b)


def test_choices_render_distinct_and_are_shuffled_deterministically() -> None:
    item = make(type="single_choice", answer="", params={"a": "randint(1, 4)", "b": "randint(1, 4)"},
                choices=("{{a + b}}", "{{a * b}}", "{{a + b + 1}}", "{{a - b}}"), correct=(0,))
    orders = set()
    for seed in range(500):
        rendered = render_item(item, seed)
        assert len(set(rendered.choices)) == 4
        a, b = (int(v) for _, v in rendered.params)
        assert rendered.answer.correct == (rendered.choices.index(str(a + b)),)
        assert rendered.correct_display == str(a + b)
        orders.add(rendered.answer.correct)
    assert len(orders) == 4  # the right answer is not always in the same place


def test_item_without_params_renders_identically_except_choice_order() -> None:
    item = make(type="multiple_choice", answer="", prompt="Pick evens", choices=("2", "3", "4", "5"), correct=(0, 2))
    first = render_item(item, 0)
    for seed in range(1, 30):
        rendered = render_item(item, seed)
        assert rendered.prompt == first.prompt and rendered.hints == first.hints
        assert sorted(rendered.choices) == sorted(first.choices)
        assert sorted(rendered.choices[i] for i in rendered.answer.correct) == ["2", "4"]
    assert len({render_item(item, s).choices for s in range(30)}) > 1


def test_shuffle_false_keeps_authored_order() -> None:
    item = make(type="single_choice", answer="", choices=("1", "2", "3"), correct=(2,), shuffle=False)
    assert all(render_item(item, s).choices == ("1", "2", "3") for s in range(10))


def test_unsatisfiable_constraints_raise() -> None:
    item = make(params={"a": "randint(1, 3)"}, constraints=("a > 5",))
    with pytest.raises(PackError) as info:
        render_item(item, 0)
    assert info.value.code == "template_unsatisfiable"


def test_static_duplicate_choices_raise() -> None:
    item = make(type="single_choice", answer="", choices=("2", " 2"), correct=(0,))
    with pytest.raises(PackError) as info:
        render_item(item, 0)
    assert info.value.code == "duplicate_choices"


def test_unknown_name_in_hint_names_the_hint() -> None:
    item = make(params={"a": "randint(1, 3)"}, hints=("ok {{a}}", "bad {{c}}"))
    with pytest.raises(PackError) as info:
        render_item(item, 0)
    assert info.value.code == "expr_unknown_name"
    assert "hint 2" in str(info.value) and '"c"' in str(info.value)


@pytest.mark.parametrize(
    ("answer", "form", "tolerance", "display"),
    [
        ("3/4", "any", 0.0, "3/4"),
        ("3/2", "any", 0.0, "1 1/2"),
        ("3/2", "fraction", 0.0, "3/2"),
        ("3/4", "decimal", 0.0, "0.75"),
        ("7", "simplest", 0.0, "7"),
        ("1/3", "any", 0.01, "≈ 0.33"),
        ("1/3", "decimal", 0.001, "≈ 0.333"),
    ],
)
def test_correct_display_follows_answer_form(answer: str, form: str, tolerance: float, display: str) -> None:
    rendered = render_item(make(answer=answer, answer_form=form, tolerance=tolerance), 0)
    assert rendered.correct_display == display


def test_decimal_form_needs_a_terminating_answer_or_tolerance() -> None:
    with pytest.raises(PackError) as info:
        render_item(make(answer="1/3", answer_form="decimal"), 0)
    assert info.value.code == "bad_item"


def test_short_text_key_holds_normalised_alternatives() -> None:
    item = make(type="short_text", params={"n": "choice(3, 4)"}, answer="{{n}} sides", accept=("  {{n}}  SIDES. ",))
    rendered = render_item(item, 1)
    n = dict(rendered.params)["n"]
    assert rendered.answer.accepted == (f"{n} sides",)
    assert rendered.correct_display == f"{n} sides"
