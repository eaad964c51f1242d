"""Algebraic answers: the safe parser, symbolic equivalence, hostile input, and expression items end to end."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.content_packs.algebra import AlgebraError, equivalent, letters_in, parse_expression
from app.content_packs.answer_check import check_answer
from app.content_packs.answer_oracle import right_response, wrong_response
from app.content_packs.errors import PackError
from app.content_packs.model import ItemDef, manifest_from_dict, manifest_to_dict
from app.content_packs.source import load_source
from app.content_packs.templates import render_item

EQUIVALENT = [
    ("3*(x + 2)", "3x+6"),
    ("3*(x + 2)", "x·3 + 6"),
    ("3*(x + 2)", "(x+2)3"),
    ("3*(x + 2)", "6 + 3 × x"),
    ("(x+1)(x-1)", "x^2 - 1"),
    ("(x+1)^2", "x²+2x+1"),
    ("(x+1)^2", "x**2 + 2*x + 1"),
    ("x/2", "0.5x"),
    ("x/2", "x ÷ 2"),
    ("1/(x+1) + 1/(x-1)", "2x/(x^2-1)"),
    ("x*y", "yx"),
    ("-x^2", "-(x·x)"),
    ("2^-1*x", "x/2"),
    ("a^2 - b^2", "(a - b)(a + b)"),
    ("7", "3 + 4"),
]
NOT_EQUIVALENT = [
    ("3*(x + 2)", "3x+2"),
    ("3*(x + 2)", "3x+7"),
    ("x^2 - 1", "(x-1)^2"),
    ("2x", "x^2"),  # equal at x = 0 and x = 2 only
    ("x/y", "y/x"),
    ("-x^2", "(-x)^2"),
    ("1/2x", "1/(2x)"),  # implicit multiplication is ordinary multiplication: 1/2x is x/2
    ("7", "8"),
]


@pytest.mark.parametrize(("answer", "typed"), EQUIVALENT)
def test_equivalent_forms_are_accepted(answer: str, typed: str) -> None:
    expected = parse_expression(answer)
    assert equivalent(expected, parse_expression(typed, expected.variables))


@pytest.mark.parametrize(("answer", "typed"), NOT_EQUIVALENT)
def test_different_expressions_are_refused(answer: str, typed: str) -> None:
    variables = tuple(sorted(set(letters_in(answer)) | set(letters_in(typed))))
    assert not equivalent(parse_expression(answer, variables), parse_expression(typed, variables))


@pytest.mark.parametrize("typed", ["٣(x+٢)", "٣x+٦", "۳x + ۶", "３x+６"])
def test_arabic_indic_and_full_width_digits(typed: str) -> None:
    expected = parse_expression("3*(x + 2)")
    assert equivalent(expected, parse_expression(typed, ("x",)))


def test_arabic_decimal_separator_and_decimal_comma() -> None:
    expected = parse_expression("5/2*x")
    for typed in ("٢٫٥x", "2,5x", "2.5x"):
        assert equivalent(expected, parse_expression(typed, ("x",))), typed


def test_arabic_letter_as_variable() -> None:
    expected = parse_expression("2*(س + 3)", ("س",))
    assert equivalent(expected, parse_expression("٢س+٦", ("س",)))


def test_capital_letter_counts_as_the_declared_lower_case_variable() -> None:
    expected = parse_expression("2x", ("x",))
    assert equivalent(expected, parse_expression("2X", ("x",)))


def test_only_declared_variables_are_read() -> None:
    with pytest.raises(AlgebraError) as caught:
        parse_expression("2y + 6", ("x",))
    assert caught.value.reason == "unknown_variable"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("x**99999999", "exponent_too_large"),
        ("x^99999999", "exponent_too_large"),
        ("(x^64)^64", "too_complex"),
        ("2^((9^64)^64)", "too_complex"),
        ("__import__('os').system('echo hacked')", "not_an_expression"),
        ("x; import os", "not_an_expression"),
        ("lambda: 1", "unknown_variable"),
        ("x^(1/2)", "not_whole_exponent"),
        ("2^x", "not_whole_exponent"),
        ("(" * 30 + "x" + ")" * 30, "too_deep"),
        ("-" * 40 + "x", "too_deep"),
        ("2 3", "not_an_expression"),
        ("(x+1", "not_an_expression"),
        ("x+", "not_an_expression"),
        ("1" * 41, "number_too_long"),
        ("   ", "empty"),
    ],
)
def test_hostile_or_broken_input_is_refused(text: str, reason: str) -> None:
    with pytest.raises(AlgebraError) as caught:
        parse_expression(text, ("x",))
    assert caught.value.reason == reason


def test_ten_thousand_nested_brackets_neither_recurse_nor_hang() -> None:
    text = "(" * 10_000 + "x" + ")" * 10_000
    start = time.perf_counter()
    for limit in (200, 1_000_000):  # the learner limit, and no length limit at all: the depth limit still holds
        with pytest.raises(AlgebraError) as caught:
            parse_expression(text, ("x",), max_length=limit)
        assert caught.value.reason in ("too_long", "too_deep")
    assert time.perf_counter() - start < 1.0


def test_worst_allowed_input_is_checked_quickly() -> None:
    expected = parse_expression("1")
    start = time.perf_counter()
    assert equivalent(expected, parse_expression("(x^2+2x+1)^32/(x+1)^64", ("x",)))
    assert time.perf_counter() - start < 5.0


def test_learner_text_never_reaches_sympify_or_parse_expr(monkeypatch: pytest.MonkeyPatch) -> None:
    import sympy
    from sympy.parsing import sympy_parser

    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("learner input went to an eval-based sympy parser")

    monkeypatch.setattr(sympy, "sympify", forbidden)
    monkeypatch.setattr(sympy_parser, "parse_expr", forbidden)
    expected = parse_expression("(x+1)(x-1)")
    assert equivalent(expected, parse_expression("x^2-1", ("x",)))


def test_importing_the_answer_checker_does_not_load_sympy() -> None:
    code = "import sys, app.content_packs.answer_check, app.content_packs.templates; print('sympy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def _expression_item(**fields: object) -> ItemDef:
    base: dict[str, object] = {
        "id": "expand-01", "skill_id": "algebra", "type": "expression", "prompt": "Expand $3(x + 2)$.",
        "answer": "3*(x + 2)", "hints": ("Multiply each term by 3.",), "solution": "3x + 6",
    }
    base.update(fields)
    return ItemDef(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("response", "status", "reason"),
    [
        ("3x+6", "correct", "exact"),
        ("6+3·x", "correct", "exact"),
        ("3x+2", "incorrect", "wrong_value"),
        ("9", "incorrect", "wrong_value"),
        ("3y+6", "unreadable", "unknown_variable"),
        ("3x+", "unreadable", "not_an_expression"),
        ("", "unreadable", "empty"),
        ("x**99999999", "unreadable", "too_complex"),
        ("x/0", "unreadable", "zero_denominator"),
        ("(" * 10_000 + "x" + ")" * 10_000, "unreadable", "too_long"),
    ],
)
def test_check_answer_for_expression_items(response: str, status: str, reason: str) -> None:
    rendered = render_item(_expression_item(), seed=0)
    result = check_answer(rendered, response)
    assert (result.status, result.reason) == (status, reason)


def test_template_answer_is_rendered_and_checked_per_seed() -> None:
    item = _expression_item(params={"a": "randint(2, 9)", "b": "randint(1, 9)"}, answer="{{a}}*(x + {{b}})",
                            prompt="Expand ${{a}}(x + {{b}})$.", solution="{{a}}x + {{a * b}}")
    for seed in range(5):
        rendered = render_item(item, seed)
        a, b = (int(value) for _name, value in rendered.params)
        assert rendered.correct_display == f"{a}*(x + {b})"
        assert check_answer(rendered, f"{a}x+{a * b}").correct
        assert not check_answer(rendered, f"{a}x+{b}").correct
        assert check_answer(rendered, right_response(rendered)).correct
        assert check_answer(rendered, wrong_response(rendered)).status == "incorrect"


def test_declared_variables_limit_what_a_learner_may_use() -> None:
    rendered = render_item(_expression_item(answer="2*x", variables=("x", "y")), seed=0)
    assert rendered.answer.variables == ("x", "y")
    assert check_answer(rendered, "2x + y - y").correct
    assert check_answer(rendered, "2z").reason == "unknown_variable"


def _write_expression_items(source: Path, body: str) -> None:
    (source / "items" / "09-algebra.toml").write_text(body, encoding="utf-8")


EXPRESSION_TOML = """
[[item]]
id = "expand-01"
skill = "add-within-10"
type = "expression"
params = {{ a = "randint(2, 5)" }}
prompt = "Expand ${{{{a}}}}(x + 1)$."
answer = "{answer}"
{extra}
hints = ["Multiply both terms."]
solution = "{{{{a}}}}x + {{{{a}}}}"
"""


def test_expression_item_loads_from_the_folder_source_and_survives_pack_json(mini_source: Path) -> None:
    _write_expression_items(mini_source, EXPRESSION_TOML.format(answer="{{a}}*(x + 1)", extra='variables = ["x"]'))
    manifest = load_source(mini_source)
    item = manifest.item("expand-01")
    assert (item.type, item.variables) == ("expression", ("x",))
    data = manifest_to_dict(manifest)
    written = next(i for i in data["items"] if i["id"] == "expand-01")
    assert written["variables"] == ["x"]
    assert all("variables" not in i for i in data["items"] if i["type"] != "expression")
    assert manifest_from_dict(data).item("expand-01") == item


@pytest.mark.parametrize(
    ("answer", "extra", "fragment"),
    [
        ("{{a}}*(x + y)", 'variables = ["x"]', 'item "expand-01": answer'),  # y is not a declared variable
        ("{{a}}*(x +", "", 'item "expand-01": answer'),
        ("{{a}}*x/(x - x)", "", 'item "expand-01": answer'),  # divides by zero for every x
        ("{{a}}*(x + 1)", 'variables = ["xy"]', 'item "expand-01": variables[0]'),
        ("{{a}}*(x + 1)", 'tolerance = "0.1"', 'item "expand-01": answer_form'),
    ],
)
def test_broken_expression_items_fail_at_build_time(mini_source: Path, answer: str, extra: str,
                                                    fragment: str) -> None:
    _write_expression_items(mini_source, EXPRESSION_TOML.format(answer=answer, extra=extra))
    with pytest.raises(PackError) as caught:
        load_source(mini_source)
    assert caught.value.code in ("bad_item", "schema")
    assert fragment in str(caught.value)


def test_variables_are_refused_on_other_item_types(mini_source: Path) -> None:
    path = mini_source / "items" / "02-adding.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('type = "single_choice"', 'type = "single_choice"\nvariables = ["x"]', 1),
                    encoding="utf-8")
    with pytest.raises(PackError, match="only used by expression items"):
        load_source(mini_source)
