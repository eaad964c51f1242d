"""Checking a learner's response against a rendered item's answer key.

Never raises for anything a learner can type: input that can't be read comes back as
``status="unreadable"`` with a reason code, so the UI can ask again without recording an attempt.

Reason codes — correct: ``exact``, ``within_tolerance``; incorrect: ``wrong_value``, ``not_simplest``,
``not_fraction``, ``not_decimal``, ``wrong_choice``; unreadable: ``empty``, ``too_long``,
``not_a_number``, ``zero_denominator``, ``not_a_choice``, ``one_choice_only``; expression items add
``not_an_expression``, ``unknown_variable``, ``too_complex`` (see ``algebra.AlgebraError`` for the finer codes,
which are folded into these three).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .algebra import AlgebraError, equivalent, parse_expression
from .limits import MAX_RESPONSE_LENGTH
from .numerals import to_latin_digits
from .numeric_input import ParsedNumber, UnreadableNumber, parse_number
from .rendered import AnswerKey, RenderedItem
from .text_normalize import normalize_text

_CHOICE_SEPARATORS = re.compile(r"[\s,،;]+")


@dataclass(frozen=True)
class CheckResult:
    """``status``: correct | incorrect | unreadable; ``reason``: a code (above); ``normalized``: the input as read."""

    status: str
    reason: str
    normalized: str

    @property
    def correct(self) -> bool:
        return self.status == "correct"


def check_answer(rendered: RenderedItem, response: str) -> CheckResult:
    """Check ``response`` (typed text, or shown choice indices like ``"0,2"``) against ``rendered``."""
    key = rendered.answer
    if len(response) > MAX_RESPONSE_LENGTH:
        return CheckResult("unreadable", "too_long", "")
    if key.type == "numeric":
        return _check_numeric(key, response)
    if key.type in ("single_choice", "multiple_choice"):
        return _check_choices(key, response)
    if key.type == "expression":
        return _check_expression(key, response)
    return _check_text(key, response)


def _check_numeric(key: AnswerKey, response: str) -> CheckResult:
    try:
        parsed = parse_number(response)
    except UnreadableNumber as exc:
        return CheckResult("unreadable", exc.reason, exc.normalized)
    assert key.value is not None
    difference = abs(parsed.value - key.value)
    if difference > key.tolerance:
        return CheckResult("incorrect", "wrong_value", parsed.normalized)
    form_problem = _form_problem(key, parsed)
    if form_problem:
        return CheckResult("incorrect", form_problem, parsed.normalized)
    return CheckResult("correct", "exact" if difference == 0 else "within_tolerance", parsed.normalized)


def _form_problem(key: AnswerKey, parsed: ParsedNumber) -> str:
    """Right value, but not written the way the item asks (``""`` when the form is fine)."""
    assert key.value is not None
    whole_answer = key.value.denominator == 1
    if key.answer_form == "decimal":
        return "" if parsed.form in ("decimal", "integer") else "not_decimal"
    if key.answer_form == "fraction":
        if parsed.form in ("fraction", "mixed") or (parsed.form == "integer" and whole_answer):
            return ""
        return "not_fraction"
    if key.answer_form == "simplest":
        if parsed.form == "integer":
            return "" if whole_answer else "not_fraction"
        if parsed.form == "decimal":
            return "not_fraction"
        if whole_answer or not parsed.lowest_terms:
            # 4/2 for 2 and 6/8 for 3/4 are right values that can still be simplified.
            return "not_simplest"
    return ""


def _check_choices(key: AnswerKey, response: str) -> CheckResult:
    text = to_latin_digits(response).strip()
    if not text:
        return CheckResult("unreadable", "empty", "")
    parts = [p for p in _CHOICE_SEPARATORS.split(text) if p]
    if not all(p.isascii() and p.isdigit() and len(p) <= 3 for p in parts):
        return CheckResult("unreadable", "not_a_choice", text)
    chosen = sorted({int(p) for p in parts})
    normalized = ",".join(map(str, chosen))
    if any(i >= key.choice_count for i in chosen):
        return CheckResult("unreadable", "not_a_choice", normalized)
    if key.type == "single_choice" and len(chosen) > 1:
        return CheckResult("unreadable", "one_choice_only", normalized)
    if tuple(chosen) == key.correct:
        return CheckResult("correct", "exact", normalized)
    return CheckResult("incorrect", "wrong_choice", normalized)


def _check_text(key: AnswerKey, response: str) -> CheckResult:
    normalized = normalize_text(response)
    if not normalized:
        return CheckResult("unreadable", "empty", "")
    if normalized in key.accepted:
        return CheckResult("correct", "exact", normalized)
    return CheckResult("incorrect", "wrong_value", normalized)


# AlgebraError reasons as the answer checker reports them: few codes, each one a different thing to tell a learner.
_EXPRESSION_REASONS = {
    "empty": "empty",
    "too_long": "too_long",
    "unknown_variable": "unknown_variable",
    "zero_denominator": "zero_denominator",
    "too_deep": "too_complex",
    "too_complex": "too_complex",
    "exponent_too_large": "too_complex",
    "number_too_long": "too_complex",
}


def _check_expression(key: AnswerKey, response: str) -> CheckResult:
    """Symbolic equivalence with the rendered answer (``2x+6`` is right for ``2*(x + 3)``)."""
    # The builder parsed every rendered answer, so the key itself always parses.
    expected = parse_expression(key.accepted[0], key.variables)
    try:
        typed = parse_expression(response, key.variables, max_length=MAX_RESPONSE_LENGTH)
        right = equivalent(expected, typed)
    except AlgebraError as exc:
        normalized = " ".join(response.split())
        return CheckResult("unreadable", _EXPRESSION_REASONS.get(exc.reason, "not_an_expression"), normalized)
    return CheckResult("correct" if right else "incorrect", "exact" if right else "wrong_value", typed.normalized)
