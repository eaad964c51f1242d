"""Render an ItemDef for a seed: draw parameters, apply constraints, fill ``{{expr}}`` in texts.

The same item and seed always give the same RenderedItem, on every machine: the random source is
seeded from the item id and the seed (so items with the same seed don't draw the same numbers), and
choice order comes from a second, separate stream so adding a hint never reshuffles choices.
"""

from __future__ import annotations

import functools
import random
import re
from fractions import Fraction

from .algebra import AlgebraError, defined_somewhere, letters_in, parse_expression
from .errors import PackError
from .limits import MAX_PLACES, MAX_RENDER_TRIES, MAX_STRING_LENGTH, MAX_TEXT_LENGTH
from .model import ItemDef
from .rendered import AnswerKey, RenderedItem
from .safe_eval import evaluate
from .text_normalize import normalize_text
from .values import Value, format_decimal, format_mixed, format_value, is_number, terminating_places

__all__ = ["RenderedItem", "AnswerKey", "render_item", "substitute"]

PLACEHOLDER = re.compile(r"\{\{([^{}]+)\}\}")


class _Redraw(Exception):
    """The drawn parameters don't satisfy the item (a constraint failed or choices collided)."""


def render_item(item: ItemDef, seed: int) -> RenderedItem:
    """Render ``item`` for ``seed``; PackError if the template is broken or can't be satisfied."""
    # Without parameters nothing is drawn: seeding a generator per item was a tenth of validating a big pack.
    rng = random.Random(f"sabil:{item.id}:{seed}") if item.params else None
    tries = MAX_RENDER_TRIES if item.params else 1
    for _ in range(tries):
        try:
            return _render_once(item, seed, _draw_params(item, rng))
        except _Redraw as redraw:
            last_reason = str(redraw)
    raise PackError(
        "template_unsatisfiable",
        f"no parameters satisfying the item were found in {tries} tries ({last_reason})",
    )


def substitute(text: str, names: dict[str, Value], field: str = "text") -> str:
    """Replace every ``{{expr}}`` in ``text`` by its value; LaTeX braces around it are left alone."""

    def replace(match: re.Match[str]) -> str:
        try:
            return format_value(evaluate(match.group(1), names))
        except PackError as exc:
            raise exc.at(field) from exc

    result = PLACEHOLDER.sub(replace, text) if "{{" in text else text
    if len(result) > MAX_TEXT_LENGTH + MAX_STRING_LENGTH:
        raise PackError("expr_too_large", "the text grew too long after substitution", field)
    return result


def _draw_params(item: ItemDef, rng: random.Random | None) -> dict[str, Value]:
    names: dict[str, Value] = {}
    for name, expr in item.params.items():
        try:
            names[name] = evaluate(expr, names, rng)
        except PackError as exc:
            raise exc.at(f"params.{name}") from exc
    for index, constraint in enumerate(item.constraints, start=1):
        try:
            holds = evaluate(constraint, names)
        except PackError as exc:
            raise exc.at(f"constraint {index}") from exc
        if not isinstance(holds, bool):
            raise PackError("expr_type", f'"{constraint}" must be a true/false condition', f"constraint {index}")
        if not holds:
            raise _Redraw(f'constraint "{constraint}" never held')
    return names


def _render_once(item: ItemDef, seed: int, names: dict[str, Value]) -> RenderedItem:
    prompt = substitute(item.prompt, names, "prompt")
    hints = tuple(substitute(h, names, f"hint {i}") for i, h in enumerate(item.hints, start=1))
    solution = substitute(item.solution, names, "solution")
    choices: tuple[str, ...] = ()
    if item.type in ("single_choice", "multiple_choice"):
        authored = [substitute(c, names, f"choice {i}") for i, c in enumerate(item.choices, start=1)]
        if len({normalize_text(c) for c in authored}) != len(authored):
            if not item.params:
                raise PackError("duplicate_choices", "two choices are the same", "choices")
            raise _Redraw("choices were not all different")
        order = list(range(len(authored)))
        if item.shuffle:
            random.Random(f"sabil-choices:{item.id}:{seed}").shuffle(order)
        choices = tuple(authored[i] for i in order)
        correct = tuple(sorted(order.index(i) for i in item.correct))
        key = AnswerKey(type=item.type, correct=correct, choice_count=len(choices))
        display = ", ".join(choices[i] for i in correct)
    elif item.type == "short_text":
        expected = substitute(item.answer, names, "answer")
        accepted = [expected] + [substitute(a, names, f"accept {i}") for i, a in enumerate(item.accept, start=1)]
        key = AnswerKey(type=item.type, accepted=tuple(dict.fromkeys(normalize_text(a) for a in accepted)))
        display = expected
    elif item.type == "expression":
        display = substitute(item.answer, names, "answer")
        key = expression_key(item, display)
    else:
        key, display = _numeric_answer(item, names)
    return RenderedItem(
        item_id=item.id, skill_id=item.skill_id, type=item.type, seed=seed, prompt=prompt, choices=choices,
        hints=hints, solution=solution, answer=key, correct_display=display, media=item.media,
        params=tuple((name, format_value(value)) for name, value in names.items()),
    )


def _numeric_answer(item: ItemDef, names: dict[str, Value]) -> tuple[AnswerKey, str]:
    """The key of a numeric item and how feedback writes its answer."""
    if not names:
        # A constant answer ("46", "3/4") is the same key for every item that has it: a 20,000-item
        # pack holds a few hundred distinct ones, so each is evaluated once (keys are immutable).
        return _constant_numeric_answer(item.answer, item.tolerance, item.answer_form)
    key = _evaluated_numeric_key(item.answer, names, item.tolerance, item.answer_form)
    return key, numeric_display(key)


@functools.lru_cache(maxsize=4096)
def _constant_numeric_answer(answer: str, tolerance: float, answer_form: str) -> tuple[AnswerKey, str]:
    key = _evaluated_numeric_key(answer, {}, tolerance, answer_form)
    return key, numeric_display(key)


def _evaluated_numeric_key(answer: str, names: dict[str, Value], tolerance: float, answer_form: str) -> AnswerKey:
    try:
        value = evaluate(answer, names)
    except PackError as exc:
        raise exc.at("answer") from exc
    if not is_number(value):
        raise PackError("expr_type", f'"{answer}" must give a number', "answer")
    exact_tolerance = _exact_tolerance(tolerance)
    fraction = Fraction(value)
    if answer_form == "decimal" and terminating_places(fraction) is None and exact_tolerance == 0:
        raise PackError("bad_item", f"the answer {format_value(value)} has no exact decimal; give a tolerance",
                        "answer_form")
    return AnswerKey(type="numeric", value=fraction, tolerance=exact_tolerance, answer_form=answer_form)


@functools.lru_cache(maxsize=256)
def _exact_tolerance(tolerance: float) -> Fraction:
    # repr of a float is its shortest exact decimal text, so 0.01 becomes exactly 1/100.
    return Fraction(repr(tolerance))


def expression_key(item: ItemDef, answer: str) -> AnswerKey:
    """The key of an expression item: its rendered answer, which must parse with the item's variables."""
    variables = item.variables or letters_in(answer)
    try:
        parsed = parse_expression(answer, variables)
    except AlgebraError as exc:
        raise PackError("bad_item", f'"{answer}" is not an expression a learner could type ({exc.detail or exc.reason})',
                        "answer") from exc
    if not defined_somewhere(parsed):
        raise PackError("bad_item", f'"{answer}" divides by zero, so no response could ever equal it', "answer")
    return AnswerKey(type="expression", accepted=(answer,), variables=tuple(variables))


def numeric_display(key: AnswerKey) -> str:
    """How feedback writes a numeric answer, in the form the item asks for: ``3/4``, ``0.75``, ``1 1/2``."""
    assert key.value is not None
    value = key.value
    places = terminating_places(value)
    if key.answer_form == "decimal" or (key.tolerance > 0 and places is None):
        if places is not None and places <= MAX_PLACES:
            return format_decimal(value, places)
        return "≈ " + format_decimal(value, _places_for(key.tolerance))
    if value.denominator == 1:
        return str(value.numerator)
    if key.answer_form in ("fraction", "simplest"):
        return f"{value.numerator}/{value.denominator}"
    return format_mixed(value)


def _places_for(tolerance: Fraction) -> int:
    """Enough decimals that rounding stays within the tolerance (at least 2)."""
    places = 2
    while places < MAX_PLACES and Fraction(1, 2 * 10**places) > tolerance:
        places += 1
    return places
