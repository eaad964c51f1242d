"""Every item, rendered for 200 seeds, reads cleanly and its own answer key accepts the right answer only."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest
import ziamath

from app.content_packs.answer_check import check_answer
from app.content_packs.model import PackManifest
from app.content_packs.rendered import RenderedItem

SIGNS = ("<", ">", "=")


def all_renders(rendered: dict[str, list[RenderedItem]]) -> list[RenderedItem]:
    return [r for renders in rendered.values() for r in renders]


def texts(r: RenderedItem) -> list[str]:
    return [r.prompt, r.solution, *r.hints, *r.choices]


def written(value: Fraction, answer_form: str) -> str:
    """How a learner would type ``value`` in the form the item asks for."""
    if answer_form == "decimal":
        return format(Decimal(value.numerator) / Decimal(value.denominator), "f")
    if value.denominator == 1:
        return str(value.numerator)
    return f"{value.numerator}/{value.denominator}"


def test_no_template_markup_is_left(rendered: dict[str, list[RenderedItem]]) -> None:
    for r in all_renders(rendered):
        for text in texts(r):
            assert "{{" not in text and "}}" not in text, (r.item_id, r.seed, text)
            assert text.count("$") % 2 == 0, f"{r.item_id} seed {r.seed}: unbalanced $ in {text!r}"


def test_choices_are_distinct(rendered: dict[str, list[RenderedItem]]) -> None:
    for r in all_renders(rendered):
        if r.choices:
            assert len(set(r.choices)) == len(r.choices), (r.item_id, r.seed, r.choices)
            assert r.answer.correct, r.item_id


def test_the_correct_answer_is_accepted(rendered: dict[str, list[RenderedItem]]) -> None:
    for r in all_renders(rendered):
        if r.type == "numeric":
            assert r.answer.value is not None
            response = written(r.answer.value, r.answer.answer_form)
        elif r.type == "short_text":
            response = r.correct_display
        else:
            response = ",".join(str(i) for i in r.answer.correct)
        result = check_answer(r, response)
        assert result.status == "correct", (r.item_id, r.seed, response, result)
        if r.type in ("numeric", "short_text"):
            assert check_answer(r, r.correct_display).status == "correct", (r.item_id, r.seed, r.correct_display)


def test_a_wrong_answer_is_rejected(rendered: dict[str, list[RenderedItem]]) -> None:
    for r in all_renders(rendered):
        if r.type == "numeric":
            assert r.answer.value is not None
            wrongs = [written(r.answer.value + 1, r.answer.answer_form)]
        elif r.type == "short_text":
            if r.correct_display in SIGNS:
                wrongs = [s for s in SIGNS if s != r.correct_display]
            else:
                wrongs = ["seventy-three thousand"]
        else:
            correct = set(r.answer.correct)
            others = [i for i in range(len(r.choices)) if i not in correct]
            wrongs = [str(i) for i in others]
            if r.type == "multiple_choice":
                # Only part of the right set, or the right set plus a wrong one, is still wrong.
                wrongs.append(str(min(correct)))
                wrongs.append(",".join(str(i) for i in sorted(correct | {others[0]})))
        for response in wrongs:
            result = check_answer(r, response)
            assert result.status == "incorrect", (r.item_id, r.seed, response, result)


def test_simplest_form_items_reject_an_unsimplified_fraction(rendered: dict[str, list[RenderedItem]]) -> None:
    checked = 0
    for r in all_renders(rendered):
        value = r.answer.value
        if r.answer.answer_form == "simplest" and value is not None and value.denominator > 1:
            unsimplified = f"{value.numerator * 2}/{value.denominator * 2}"
            assert check_answer(r, unsimplified).status == "incorrect", (r.item_id, r.seed)
            checked += 1
    assert checked > 1000


def test_decimal_items_show_a_decimal(rendered: dict[str, list[RenderedItem]]) -> None:
    for r in all_renders(rendered):
        if r.answer.answer_form == "decimal":
            assert re.fullmatch(r"\d+(\.\d+)?", r.correct_display), (r.item_id, r.correct_display)


MATH = re.compile(r"\$([^$]+)\$")


def test_latex_renders_offline(manifest: PackManifest, rendered: dict[str, list[RenderedItem]]) -> None:
    """Every piece of maths in the first two renders of each item goes through ziamath (as the app does)."""
    formulas = {m for item in manifest.items for r in rendered[item.id][:2] for t in texts(r) for m in MATH.findall(t)}
    assert len(formulas) > 500
    failures = []
    for formula in sorted(formulas):
        try:
            ziamath.Math.fromlatex(formula).svg()
        except Exception as exc:  # noqa: BLE001 - any failure to render is what we look for
            failures.append((formula, repr(exc)))
    assert not failures, failures[:10]


@pytest.mark.parametrize("form", ["fraction", "simplest"])
def test_fraction_prompts_say_what_form_is_wanted(manifest: PackManifest, form: str) -> None:
    for item in manifest.items:
        if item.answer_form == form:
            wording = item.prompt.lower()
            assert "fraction" in wording or "simplest" in wording or "simplify" in wording or "1/3" in wording, item.id
            if form == "simplest":
                assert "simplest" in wording or "simplify" in wording, item.id
