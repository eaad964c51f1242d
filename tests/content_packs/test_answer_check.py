"""Answer checking tables: numbers in every script and form, choices, short text, unreadable input."""

from __future__ import annotations

import pytest

from app.content_packs.answer_check import check_answer
from app.content_packs.model import ItemDef
from app.content_packs.numerals import normalize_numeric_input
from app.content_packs.templates import render_item


def numeric(answer: str, form: str = "any", tolerance: float = 0.0):  # noqa: ANN201 - test helper
    item = ItemDef(id="n", skill_id="s", type="numeric", prompt="?", answer=answer, answer_form=form,
                   tolerance=tolerance, hints=("h",), solution="s")
    return render_item(item, 0)


@pytest.mark.parametrize(
    ("answer", "form", "tolerance", "response", "status", "reason"),
    [
        ("5", "any", 0, "5", "correct", "exact"),
        ("5", "any", 0, " 5 ", "correct", "exact"),
        ("5", "any", 0, "٥", "correct", "exact"),
        ("5", "any", 0, "۵", "correct", "exact"),
        ("5", "any", 0, "５", "correct", "exact"),  # full-width digit, NFKC
        ("5", "any", 0, "5.0", "correct", "exact"),
        ("5", "any", 0, "10/2", "correct", "exact"),
        ("5", "any", 0, "6", "incorrect", "wrong_value"),
        ("-3", "any", 0, "-3", "correct", "exact"),
        ("-3", "any", 0, "−3", "correct", "exact"),  # Unicode minus sign
        ("-3", "any", 0, "3", "incorrect", "wrong_value"),
        ("3/4", "any", 0, "3/4", "correct", "exact"),
        ("3/4", "any", 0, "0.75", "correct", "exact"),
        ("3/4", "any", 0, "0,75", "correct", "exact"),
        ("3/4", "any", 0, "٠٫٧٥", "correct", "exact"),
        ("3/4", "any", 0, "٣/٤", "correct", "exact"),
        ("3/4", "any", 0, "۳/۴", "correct", "exact"),
        ("3/4", "any", 0, "3⁄4", "correct", "exact"),
        ("3/4", "any", 0, "3 / 4", "correct", "exact"),
        ("3/4", "any", 0, "6/8", "correct", "exact"),
        ("3/4", "any", 0, ".75", "correct", "exact"),
        ("3/4", "any", 0, "0.7", "incorrect", "wrong_value"),
        ("3/2", "any", 0, "1 1/2", "correct", "exact"),
        ("3/2", "any", 0, "١ ١/٢", "correct", "exact"),
        ("3/2", "any", 0, "1.5", "correct", "exact"),
        ("-3/2", "any", 0, "-1 1/2", "correct", "exact"),
        ("3/4", "simplest", 0, "3/4", "correct", "exact"),
        ("3/4", "simplest", 0, "6/8", "incorrect", "not_simplest"),
        ("3/4", "simplest", 0, "0.75", "incorrect", "not_fraction"),
        ("3/4", "simplest", 0, "5/8", "incorrect", "wrong_value"),
        ("3/2", "simplest", 0, "1 1/2", "correct", "exact"),
        ("3/2", "simplest", 0, "3/2", "correct", "exact"),
        ("3/2", "simplest", 0, "1 2/4", "incorrect", "not_simplest"),
        ("2", "simplest", 0, "4/2", "incorrect", "not_simplest"),
        ("2", "simplest", 0, "2", "correct", "exact"),
        ("1/2", "fraction", 0, "3/6", "correct", "exact"),
        ("1/2", "fraction", 0, "0.5", "incorrect", "not_fraction"),
        ("1/4", "decimal", 0, "0.25", "correct", "exact"),
        ("1/4", "decimal", 0, "1/4", "incorrect", "not_decimal"),
        ("3", "decimal", 0, "3", "correct", "exact"),
        ("1/3", "any", 0.01, "0.33", "correct", "within_tolerance"),
        ("1/3", "any", 0.01, "0,34", "correct", "within_tolerance"),
        ("1/3", "any", 0.01, "0.3", "incorrect", "wrong_value"),
        ("1/3", "any", 0.01, "1/3", "correct", "exact"),
        ("5", "any", 0, "", "unreadable", "empty"),
        ("5", "any", 0, "   ", "unreadable", "empty"),
        ("5", "any", 0, "abc", "unreadable", "not_a_number"),
        ("5", "any", 0, "5 apples", "unreadable", "not_a_number"),
        ("5", "any", 0, "1/0", "unreadable", "zero_denominator"),
        ("5", "any", 0, "1 1/0", "unreadable", "zero_denominator"),
        ("5", "any", 0, "1 5/4", "unreadable", "not_a_number"),
        ("5", "any", 0, "1.2.3", "unreadable", "not_a_number"),
        ("5", "any", 0, "--5", "unreadable", "not_a_number"),
        ("5", "any", 0, "9" * 500, "unreadable", "too_long"),
        ("5", "any", 0, "9" * 150, "unreadable", "too_long"),
    ],
)
def test_numeric_answers(answer: str, form: str, tolerance: float, response: str, status: str, reason: str) -> None:
    result = check_answer(numeric(answer, form, tolerance), response)
    assert (result.status, result.reason) == (status, reason)


def test_normalized_input_is_latin_and_tidy() -> None:
    assert normalize_numeric_input("  ٣  /  ٤ ") == "3/4"
    assert normalize_numeric_input("١   ١/٢") == "1 1/2"
    assert normalize_numeric_input("٠٫٥") == "0.5"
    assert check_answer(numeric("3/4"), "٣/٤").normalized == "3/4"


def choice_item(kind: str, correct: tuple[int, ...]):  # noqa: ANN201 - test helper
    item = ItemDef(id="c", skill_id="s", type=kind, prompt="?", choices=("a", "b", "c", "d"), correct=correct,
                   hints=("h",), solution="s", shuffle=False)
    return render_item(item, 0)


@pytest.mark.parametrize(
    ("kind", "correct", "response", "status", "reason"),
    [
        ("single_choice", (1,), "1", "correct", "exact"),
        ("single_choice", (1,), "١", "correct", "exact"),
        ("single_choice", (1,), "2", "incorrect", "wrong_choice"),
        ("single_choice", (1,), "1,2", "unreadable", "one_choice_only"),
        ("single_choice", (1,), "7", "unreadable", "not_a_choice"),
        ("single_choice", (1,), "b", "unreadable", "not_a_choice"),
        ("single_choice", (1,), "", "unreadable", "empty"),
        ("multiple_choice", (0, 2), "0,2", "correct", "exact"),
        ("multiple_choice", (0, 2), "2, 0", "correct", "exact"),
        ("multiple_choice", (0, 2), "٢،٠", "correct", "exact"),
        ("multiple_choice", (0, 2), "0", "incorrect", "wrong_choice"),
        ("multiple_choice", (0, 2), "0,1,2", "incorrect", "wrong_choice"),
        ("multiple_choice", (0, 2), "-1", "unreadable", "not_a_choice"),
    ],
)
def test_choice_answers(kind: str, correct: tuple[int, ...], response: str, status: str, reason: str) -> None:
    result = check_answer(choice_item(kind, correct), response)
    assert (result.status, result.reason) == (status, reason)


def test_choice_answers_use_shown_order() -> None:
    item = ItemDef(id="c", skill_id="s", type="single_choice", prompt="?", choices=("w", "x", "y", "z"),
                   correct=(2,), hints=("h",), solution="s")
    for seed in range(20):
        rendered = render_item(item, seed)
        shown = rendered.choices.index("y")
        assert check_answer(rendered, str(shown)).status == "correct"
        assert check_answer(rendered, str((shown + 1) % 4)).status == "incorrect"


@pytest.mark.parametrize(
    ("response", "status"),
    [
        ("triangle", "correct"),
        ("  TRIANGLE  ", "correct"),
        ("Triangle.", "correct"),
        ("a   triangle", "correct"),
        ("square", "incorrect"),
        ("", "unreadable"),
    ],
)
def test_short_text_answers(response: str, status: str) -> None:
    item = ItemDef(id="t", skill_id="s", type="short_text", prompt="?", answer="triangle", accept=("a triangle",),
                   hints=("h",), solution="s")
    assert check_answer(render_item(item, 0), response).status == status


def test_short_text_is_unicode_form_insensitive() -> None:
    composed = "café"
    decomposed = "cafe\u0301"
    item = ItemDef(id="t", skill_id="s", type="short_text", prompt="?", answer=composed, hints=("h",), solution="s")
    assert check_answer(render_item(item, 0), decomposed).status == "correct"
    arabic = ItemDef(id="a", skill_id="s", type="short_text", prompt="?", answer="مثلث", hints=("h",), solution="s")
    assert check_answer(render_item(arabic, 0), "مثـلث").status == "correct"  # tatweel ignored
