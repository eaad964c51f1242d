"""Independent checks that the pack's answers are mathematically right for every drawn parameter set.

For each rendered item the numbers are read back from the text the learner sees (the prompt and the
choices), the expected answer is worked out here with Python's own exact arithmetic (see
``latex_arithmetic``), and compared with the item's answer key. Nothing here uses the pack's own
expressions. Skill families with promises ("no regrouping", "with regrouping", "remainder") are
checked against those promises digit by digit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from fractions import Fraction
from math import gcd

import pytest

from app.content_packs.model import PackManifest
from app.content_packs.rendered import RenderedItem

from .latex_arithmetic import NotArithmetic, relation_holds, sign_between, value_of

INT = re.compile(r"(?<!\d)(?<!\d\.)\d+(?!\d|\.\d)")
MATH = re.compile(r"\$([^$]+)\$")


def number_text(text: str) -> Fraction:
    """A value written in a prompt or a choice: LaTeX maths, a percentage, place-value words or a number."""
    text = text.strip().rstrip(".")
    if m := re.fullmatch(r"\$([^$]+)\$", text):
        return value_of(m.group(1))
    if m := re.fullmatch(r"\$([^$]+)\$ of (\d+)", text):
        return value_of(m.group(1)) * int(m.group(2))
    if m := re.fullmatch(r"(\d+)% of (\d+)", text):
        return Fraction(int(m.group(1)) * int(m.group(2)), 100)
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)%", text):
        return Fraction(m.group(1)) / 100
    if m := re.fullmatch(r"(\d+) tens and (\d+) ones", text):
        return Fraction(10 * int(m.group(1)) + int(m.group(2)))
    if m := re.fullmatch(r"(\d+) tenths and (\d+) hundredths", text):
        return Fraction(int(m.group(1)), 10) + Fraction(int(m.group(2)), 100)
    if m := re.fullmatch(r"(\d+) ones and (\d+) tenths", text):
        return int(m.group(1)) + Fraction(int(m.group(2)), 10)
    if m := re.fullmatch(r"(\d+) ones, (\d+) tenths and (\d+) hundredths", text):
        return int(m.group(1)) + Fraction(int(m.group(2)), 10) + Fraction(int(m.group(3)), 100)
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return Fraction(text)
    raise NotArithmetic(text)


def sequence_gap(prompt: str) -> Fraction | None:
    """The missing term of an evenly stepping list such as "13, 14, __, 16" or "0.7, 0.8, 0.9, __"."""
    m = re.search(r":\s*([^:]*?__[^:]*?)(?:\. What|\?|$)", prompt)
    if not m:
        return None
    terms = [t.strip() for t in m.group(1).split(", ")]
    gap = terms.index("__")
    values = [None if t == "__" else number_text(t) for t in terms]
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    (i0, v0), (i1, v1) = known[0], known[1]
    step = (v1 - v0) / (i1 - i0)
    assert step != 0
    for i, v in known:
        assert v == v0 + step * (i - i0), f"not an even sequence: {terms}"
    return v0 + step * (gap - i0)


def round_half_up(n: int, unit: int) -> int:
    return (n + unit // 2) // unit * unit


# --- numeric answers worked out from the prompt ---------------------------------------------------

def expected_numeric(r: RenderedItem) -> Fraction | None:
    """The answer the prompt asks for, or None when the prompt is not one of the shapes read here."""
    p = r.prompt
    if m := re.search(r"What is \$([^$]+)\$ of (\d+)\?", p) or re.search(r"Find \$([^$]+)\$ of (\d+)", p):
        return value_of(m.group(1)) * int(m.group(2))
    if m := re.search(r"What is \$([^$]+)\$\?", p):
        return value_of(m.group(1))
    if m := re.search(r"What is (\d+)% of (\d+)\?", p):
        return Fraction(int(m.group(1)) * int(m.group(2)), 100)
    if m := re.search(r"Round (\d+) to the nearest (ten|hundred)", p):
        return Fraction(round_half_up(int(m.group(1)), 10 if m.group(2) == "ten" else 100))
    if m := re.search(r"remainder when (\d+) is divided by (\d+)", p):
        return Fraction(int(m.group(1)) % int(m.group(2)))
    if m := re.search(r"Work out \$(\d+) \\div (\d+)\$\. What is the remainder", p):
        return Fraction(int(m.group(1)) % int(m.group(2)))
    if m := re.search(r"(\d+) divided by (\d+) is some number with a remainder", p):
        return Fraction(int(m.group(1)) // int(m.group(2)))
    if m := re.search(r"Write (.+?) as a (decimal|percentage|fraction)", p):
        try:
            value = number_text(m.group(1))
        except NotArithmetic:
            return None
        return value * 100 if m.group(2) == "percentage" else value
    if m := re.search(r"(?:Write|Simplify) \$([^$]+)\$(?: in its simplest form)?", p):
        return value_of(m.group(1))
    if m := re.search(r"What percentage is \$([^$]+)\$\?", p):
        return value_of(m.group(1)) * 100
    if m := re.search(r"How many tenths are there in (\d+\.\d)", p):
        return Fraction(m.group(1)) * 10
    if m := re.search(r"How many tens make (\d+)\?", p):
        return Fraction(int(m.group(1)), 10)
    if m := re.search(r"(\d+) hundreds, (\d+) tens and (\d+) ones make", p):
        return Fraction(100 * int(m.group(1)) + 10 * int(m.group(2)) + int(m.group(3)))
    if m := re.search(r"^(\d+) tens and (\d+) ones make what number", p):
        return Fraction(10 * int(m.group(1)) + int(m.group(2)))
    if m := re.search(r"^(\d+) ones and (\d+) tens make what number", p):
        return Fraction(10 * int(m.group(2)) + int(m.group(1)))
    if "__" in p and "=" not in p:
        return sequence_gap(p)
    simple: list[tuple[str, Callable[[list[Fraction]], Fraction]]] = [
        (r"^What number comes just after (\d+)\?", lambda v: v[0] + 1),
        (r"^What number comes just before (\d+)\?", lambda v: v[0] - 1),
        (r"between (\d+(?:\.\d+)?) and (\d+(?:\.\d+)?)\?", lambda v: (v[0] + v[1]) / 2),
        (r"^What number is 10 more than (\d+)\?", lambda v: v[0] + 10),
        (r"^What number is 10 less than (\d+)\?", lambda v: v[0] - 10),
        (r"^What number is 100 more than (\d+)\?", lambda v: v[0] + 100),
        (r"^What number is 100 less than (\d+)\?", lambda v: v[0] - 100),
        (r"^What is 0\.1 more than (\d+\.\d)\?", lambda v: v[0] + Fraction(1, 10)),
        (r"What is half of (\d+)\?", lambda v: v[0] / 2),
        (r"ones digit of (\d+)\?", lambda v: v[0] % 10),
        (r"tens digit of (\d+)\?", lambda v: v[0] // 10 % 10),
        (r"hundreds digit of (\d+)\?", lambda v: v[0] // 100 % 10),
        (r"tenths digit of (\d+\.\d+)\?", lambda v: v[0] * 10 // 1 % 10),
        (r"hundredths digit of (\d+\.\d\d)\?", lambda v: v[0] * 100 // 1 % 10),
        (r"^How many tens are (?:there )?in (\d+)(?: altogether)?\?", lambda v: v[0] // 10),
        (r"What fraction must you add to \$([^$]+)\$ to make one whole", lambda v: 1 - v[0]),
        (r"numerator \(the top number\) of \$\\frac\{(\d+)\}", lambda v: v[0]),
        (r"biggest number that divides both (\d+) and (\d+)", lambda v: Fraction(gcd(int(v[0]), int(v[1])))),
    ]
    for pattern, rule in simple:
        if m := re.search(pattern, p):
            return Fraction(rule([number_text(g) if g.startswith("\\") is False else value_of(g) for g in m.groups()]))
    return None


# Word problems in the four operations: which operation the two numbers in the prompt are joined by.
WORD_PROBLEMS: dict[str, Callable[[list[int]], Fraction]] = {
    "add20-word-apples": lambda n: Fraction(n[0] + n[1]),
    "add2n-word-stamps": lambda n: Fraction(n[0] + n[1]),
    "add2n-word-sheep": lambda n: Fraction(n[0] + n[1]),
    "add2r-word-pens": lambda n: Fraction(n[0] + n[1]),
    "add3-word-library": lambda n: Fraction(n[0] + n[1]),
    "add3-word-bus-km": lambda n: Fraction(n[0] + n[1]),
    "sub20-word-birds": lambda n: Fraction(n[0] - n[1]),
    "sub20-difference": lambda n: Fraction(abs(n[0] - n[1])),
    "sub20-how-many-more": lambda n: Fraction(n[0] - n[1]),
    "sub2n-word-pages": lambda n: Fraction(n[0] - n[1]),
    "sub2n-difference": lambda n: Fraction(abs(n[0] - n[1])),
    "sub2n-word-money": lambda n: Fraction(n[0] - n[1]),
    "sub2n-how-many-more": lambda n: Fraction(n[0] - n[1]),
    "sub2r-word-cakes": lambda n: Fraction(n[0] - n[1]),
    "sub2r-difference": lambda n: Fraction(abs(n[0] - n[1])),
    "sub2r-how-many-more": lambda n: Fraction(n[0] - n[1]),
    "sub3-word-seats": lambda n: Fraction(n[0] - n[1]),
    "sub3-difference": lambda n: Fraction(abs(n[0] - n[1])),
    "mra-bags-of-sweets": lambda n: Fraction(n[0] * n[1]),
    "mra-rows-of-chairs": lambda n: Fraction(n[0] * n[1]),
    "mf-word-pencil-boxes": lambda n: Fraction(n[0] * n[1]),
    "mf-garden-rows": lambda n: Fraction(n[0] * n[1]),
    "m21-word-buses": lambda n: Fraction(n[0] * n[1]),
    "m21-ticket-cost": lambda n: Fraction(n[0] * n[1]),
    "ds-share-sweets": lambda n: Fraction(n[0], n[1]),
    "ds-boxes-of-eggs": lambda n: Fraction(n[0], n[1]),
    "ds-teams": lambda n: Fraction(n[0], n[1]),
    "ds-pencils-pupils": lambda n: Fraction(n[0], n[1]),
    "df-pencil-packs": lambda n: Fraction(n[0], n[1]),
    "dr-sweets-left-over": lambda n: Fraction(n[0] % n[1]),
    "dr-sweets-each": lambda n: Fraction(n[0] // n[1]),
    "dr-full-boxes": lambda n: Fraction(n[1] // n[0]),
    "dr-cars-needed": lambda n: Fraction(-(-n[0] // n[1])),
    "dr-ribbon-left": lambda n: Fraction(n[0] % n[1]),
    "pq-discount-saving": lambda n: Fraction(n[0] * n[1], 100),
    "pq-sale-price": lambda n: Fraction(n[0]) - Fraction(n[0] * n[1], 100),
    "pq-glasses": lambda n: Fraction(n[0] * n[1], 100),
    "pq-plant-grows": lambda n: Fraction(n[0]) + Fraction(n[0] * n[1], 100),
    "po-test-score": lambda n: Fraction(100 * n[0], n[1]),
    "po-coloured-grid": lambda n: Fraction(n[1]),
    "po-not-coloured": lambda n: Fraction(100 - n[1]),
    "po-rest-of-class": lambda n: Fraction(100 - n[0]),
    "ds-groups-of-two": lambda n: Fraction(n[0], 2),
    "ds-quarter-share": lambda n: Fraction(n[0], n[1]),
    "ds-take-away-again": lambda n: Fraction(n[0], n[1]),
    "ds-how-many-shared": lambda n: Fraction(n[0] * n[1]),
    "df-spider-legs": lambda n: Fraction(n[1], n[0]),
    "mra-car-wheels": lambda n: Fraction(n[0] * n[1]),
    "mra-egg-boxes": lambda n: Fraction(n[0] * n[1]),
    "mra-spider-legs": lambda n: Fraction(n[0] * n[1]),
    "mf2-fingers": lambda n: Fraction(n[0] * n[1]),
    "mf2-pairs-of-socks": lambda n: Fraction(2 * n[0]),
    "mf2-ten-coins": lambda n: Fraction(n[0] * n[1]),
    "m21-square-sides": lambda n: Fraction(n[0] * n[1]),
    "fu-pizza-slice": lambda n: Fraction(1, n[0]),
    "fu-shaded-bar": lambda n: Fraction(1, n[0]),
    "fu-ribbon-pieces": lambda n: Fraction(1, n[0]),
    "fu-how-many-pieces": lambda n: Fraction(n[1]),
    "fu-make-a-whole": lambda n: Fraction(n[1]),
    "fu-denominator": lambda n: Fraction(n[1]),
    "fp-shaded": lambda n: Fraction(n[1], n[0]),
    "fp-not-shaded": lambda n: Fraction(n[0] - n[1], n[0]),
    "fp-pizza-eaten": lambda n: Fraction(n[1], n[0]),
    "fp-class-glasses": lambda n: Fraction(n[1], n[0]),
    "fp-denominator": lambda n: Fraction(n[1]),
    "fp-whole-bar-pieces": lambda n: Fraction(n[1]),
    "fq-half-of-class": lambda n: Fraction(n[0], 2),
    "fq-give-away": lambda n: Fraction(n[0] * n[1], n[2]),
    "fq-how-many-left": lambda n: n[0] - Fraction(n[0] * n[1], n[2]),
    "fq-rope-red": lambda n: Fraction(n[0] * n[1], n[2]),
    "fq-whole-from-part": lambda n: Fraction(n[1] * n[2]),
    "fq-minutes-in-hour": lambda n: Fraction(n[0], n[2]),
    "fas-word-pizza": lambda n: Fraction(n[0] + n[2], n[1]),
    "fss-cake-left": lambda n: Fraction(n[0] - n[2], n[1]),
    "fss-how-much-more": lambda n: Fraction(n[0] - n[2], n[1]),
    "fss-jug-of-water": lambda n: Fraction(n[0] - n[2], n[1]),
    "dt-pencil-length": lambda n: n[0] + Fraction(n[1], 10),
    "dh-money": lambda n: n[2] + Fraction(n[3], 100),
    "dh-cm-to-m": lambda n: Fraction(n[2], 100),
    "fs-walk-to-school": lambda n: Fraction(n[0], n[1]),
    "fs-new-numerator": lambda n: Fraction(n[0], n[2]),
    "pv2-bundles-of-sticks": lambda n: Fraction(10 * n[1] + n[2]),
    "pv3-money-notes": lambda n: Fraction(100 * n[0] + 10 * n[2] + n[4]),
}

REMAINDER_PROMISED = {"dr-sweets-left-over", "dr-ribbon-left", "dr-cars-needed", "dr-full-boxes", "dr-sweets-each"}


def check_numeric(r: RenderedItem, verified: dict[str, set[str]]) -> None:
    value = r.answer.value
    assert value is not None
    box = MATH.findall(r.prompt)
    box = [b for b in box if "\\square" in b]
    if m := re.search(r"Fill the gap: (.+=.+)$", r.prompt):
        box = [m.group(1).replace("__", "\\square")]
    if box:
        # The answer put in the box makes the sentence true, and the next number does not.
        assert relation_holds(box[-1], value), (r.item_id, r.prompt, value)
        assert not relation_holds(box[-1], value + 1), (r.item_id, r.prompt)
        verified[r.skill_id].add(r.item_id)
        return
    if r.item_id in WORD_PROBLEMS:
        numbers = [int(n) for n in INT.findall(r.prompt)]
        assert WORD_PROBLEMS[r.item_id](numbers) == value, (r.item_id, r.prompt, value)
        if r.item_id in REMAINDER_PROMISED:
            assert numbers[0] % numbers[1] != 0 or numbers[1] % numbers[0] != 0, (r.item_id, r.prompt)
        verified[r.skill_id].add(r.item_id)
        return
    expected = expected_numeric(r)
    if expected is not None:
        assert expected == value, (r.item_id, r.seed, r.prompt, value, expected)
        verified[r.skill_id].add(r.item_id)


# --- choices and signs worked out from the texts -----------------------------------------------

def expected_correct_choices(r: RenderedItem) -> set[int] | None:
    p = r.prompt
    if "regroup" in p and all(c.startswith("$") for c in r.choices):
        pairs = [re.fullmatch(r"\$(\d+) ([+-]) (\d+)\$", c) for c in r.choices]
        assert all(pairs), r.choices
        return {
            i for i, m3 in enumerate(pairs)
            if m3 and (int(m3.group(1)) % 10 + int(m3.group(3)) % 10 >= 10 if m3.group(2) == "+"
                       else int(m3.group(1)) % 10 < int(m3.group(3)) % 10)
        }
    if re.search(r"\btrue\b", p):
        return {i for i, c in enumerate(r.choices) if relation_holds(c.strip("$ "))}
    if m := re.search(r"rounds? to (\d+) when you round to the nearest (ten|hundred)", p):
        unit = 10 if m.group(2) == "ten" else 100
        return {i for i, c in enumerate(r.choices) if round_half_up(int(c), unit) == int(m.group(1))}
    if m := re.search(r"(?:equal to|equal|make|makes|same as) (.+?)\?", p):
        target = number_text(m.group(1))
        equal = {i for i, c in enumerate(r.choices) if number_text(c) == target}
        return set(range(len(r.choices))) - equal if "NOT" in p else equal
    if m := re.search(r"bigger than (.+?)\?", p):
        target = number_text(m.group(1))
        return {i for i, c in enumerate(r.choices) if number_text(c) > target}
    if m := re.search(r"Which is \$([^$]+)\$ in its simplest form", p):
        target = value_of(m.group(1))
        return {i for i, c in enumerate(r.choices) if number_text(c) == target and in_lowest_terms(c)}
    if "already in their simplest form" in p:
        return {i for i, c in enumerate(r.choices) if in_lowest_terms(c)}
    if re.search(r"Which (?:number|fraction|decimal)? ?is (?:the )?(bigger|biggest|largest|smaller|smallest)", p):
        values = [number_text(c) for c in r.choices]
        best = max(values) if re.search(r"bigger|biggest|largest", p) else min(values)
        assert values.count(best) == 1, (r.item_id, r.choices)
        return {values.index(best)}
    if m := re.search(r"Round (\d+) to the nearest hundred", p):
        return {i for i, c in enumerate(r.choices) if int(c) == round_half_up(int(m.group(1)), 100)}
    if m := re.search(r"What is \$([^$]+)\$\?", p):
        target = value_of(m.group(1))
        if all(re.fullmatch(r"\d+(?:\.\d+)?", c) or c.startswith("$") for c in r.choices):
            return {i for i, c in enumerate(r.choices) if number_text(c) == target}
        if m2 := re.fullmatch(r"\$(\d+) \\div (\d+)\$", "$" + m.group(1) + "$"):
            n, d = int(m2.group(1)), int(m2.group(2))
            assert n % d != 0, (r.item_id, r.prompt)
            return {i for i, c in enumerate(r.choices) if c == f"{n // d} remainder {n % d}"}
    if m := re.search(r"What is (\d+)% of (\d+)\?", p):
        target = Fraction(int(m.group(1)) * int(m.group(2)), 100)
        return {i for i, c in enumerate(r.choices) if number_text(c) == target}
    if m := re.search(r"Which number has (\d+) tens and (\d+) ones", p):
        return {i for i, c in enumerate(r.choices) if int(c) == 10 * int(m.group(1)) + int(m.group(2))}
    if m := re.search(r"Which number has (\d+) hundreds, (\d+) tens and (\d+) ones", p):
        target = 100 * int(m.group(1)) + 10 * int(m.group(2)) + int(m.group(3))
        return {i for i, c in enumerate(r.choices) if int(c) == target}
    return None


def in_lowest_terms(latex: str) -> bool:
    m = re.fullmatch(r"\$\\frac\{(\d+)\}\{(\d+)\}\$", latex)
    if not m:
        raise NotArithmetic(latex)
    return gcd(int(m.group(1)), int(m.group(2))) == 1


def check_choices(r: RenderedItem, verified: dict[str, set[str]]) -> None:
    try:
        expected = expected_correct_choices(r)
    except NotArithmetic:
        return
    if expected is not None:
        assert expected == set(r.answer.correct), (r.item_id, r.seed, r.prompt, r.choices, r.answer.correct)
        verified[r.skill_id].add(r.item_id)


def check_sign(r: RenderedItem, verified: dict[str, set[str]]) -> None:
    if "☐" not in r.prompt or "Which sign" not in r.prompt:
        return
    left, right = r.prompt.split("?", 1)[1].split("☐")
    expected = sign_between(number_text(left), number_text(right))
    assert r.correct_display == expected, (r.item_id, r.prompt, r.correct_display)
    verified[r.skill_id].add(r.item_id)


# --- promises of the regrouping and remainder skills ----------------------------------------------

def operands(r: RenderedItem) -> tuple[str, int, int] | None:
    """The two numbers and the operation of a two-number sum or difference shown in the prompt."""
    for formula in MATH.findall(r.prompt):
        value = r.answer.value
        filled = formula.replace("\\square", str(value)) if value is not None and value.denominator == 1 else formula
        if m := re.fullmatch(r"(\d+) ([+-]) (\d+)", filled.strip()):
            return m.group(2), int(m.group(1)), int(m.group(3))
        if m := re.fullmatch(r"(\d+) ([+-]) (\d+) = (\d+)", filled.strip()):
            return m.group(2), int(m.group(1)), int(m.group(3))
        if m := re.fullmatch(r"(\d+) \+ (\d+) = (\d+)", filled.strip()):
            return "+", int(m.group(1)), int(m.group(2))
    if "$" not in r.prompt:
        numbers = [int(n) for n in INT.findall(r.prompt)]
        if len(numbers) == 2:
            op = "+" if r.skill_id.startswith("add") else "-"
            a, b = numbers if op == "+" else (max(numbers), min(numbers))
            return op, a, b
    return None


def digits(n: int, count: int) -> list[int]:
    return [(n // 10**k) % 10 for k in range(count)]


def carries(a: int, b: int) -> list[bool]:
    out, carry = [], 0
    for x, y in zip(digits(a, 4), digits(b, 4), strict=True):
        carry = 1 if x + y + carry >= 10 else 0
        out.append(bool(carry))
    return out


def borrows(a: int, b: int) -> list[bool]:
    out, borrow = [], 0
    for x, y in zip(digits(a, 4), digits(b, 4), strict=True):
        borrow = 1 if x - borrow < y else 0
        out.append(bool(borrow))
    return out


REGROUP_SKILLS = {
    "add-2digit-no-regroup": ("+", False),
    "add-2digit-regroup": ("+", True),
    "subtract-2digit-no-regroup": ("-", False),
    "subtract-2digit-regroup": ("-", True),
}


def check_regrouping(r: RenderedItem, checked: set[str]) -> None:
    if r.skill_id not in REGROUP_SKILLS or r.type == "multiple_choice":
        return
    shown = operands(r)
    if shown is None:
        return
    op, a, b = shown
    want_op, regroup = REGROUP_SKILLS[r.skill_id]
    if op != want_op:
        # e.g. "□ + 23 = 57" in a subtraction skill: it is the subtraction 57 − 23.
        assert want_op == "-" and op == "+", (r.item_id, r.prompt)
        return
    assert 10 <= a <= 99 and 1 <= b <= 99, (r.item_id, r.prompt)
    if op == "+":
        assert a + b <= 199
        if regroup:
            assert carries(a, b)[0], f"{r.item_id}: {a} + {b} does not carry from the ones"
        else:
            assert not any(carries(a, b)), f"{r.item_id}: {a} + {b} carries"
            assert a + b <= 99
    else:
        assert a > b, (r.item_id, r.prompt)
        if regroup:
            assert borrows(a, b)[0], f"{r.item_id}: {a} − {b} needs no regrouping"
        else:
            assert not any(borrows(a, b)), f"{r.item_id}: {a} − {b} needs regrouping"
    checked.add(r.item_id)


# --- the tests ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def verification(rendered: dict[str, list[RenderedItem]]) -> tuple[dict[str, set[str]], set[str]]:
    verified: dict[str, set[str]] = defaultdict(set)
    regroup_checked: set[str] = set()
    for renders in rendered.values():
        for r in renders:
            if r.type == "numeric":
                check_numeric(r, verified)
            elif r.type == "short_text":
                check_sign(r, verified)
            else:
                check_choices(r, verified)
            check_regrouping(r, regroup_checked)
    return verified, regroup_checked


ARITHMETIC_SKILLS = [
    "add-within-20", "add-2digit-no-regroup", "add-2digit-regroup", "add-3digit",
    "subtract-within-20", "subtract-2digit-no-regroup", "subtract-2digit-regroup", "subtract-3digit",
    "multiply-repeated-addition", "multiply-facts-2-5-10", "multiply-facts-to-10", "multiply-2digit-by-1digit",
    "divide-sharing", "divide-facts", "divide-remainders",
    "fraction-of-quantity", "fractions-equivalent", "fractions-simplify", "fractions-compare",
    "fractions-add-same-denominator", "fractions-subtract-same-denominator", "fractions-add-different-denominators",
    "decimals-tenths", "decimals-hundredths", "decimals-compare", "fractions-to-decimals", "decimals-add-subtract",
    "percent-out-of-100", "percent-of-quantity", "rounding", "compare-numbers", "place-value-hundreds",
]


@pytest.mark.parametrize("skill", ARITHMETIC_SKILLS)
def test_most_items_of_each_arithmetic_skill_are_independently_verified(
    skill: str, manifest: PackManifest, verification: tuple[dict[str, set[str]], set[str]]
) -> None:
    verified, _ = verification
    total = len(manifest.items_for(skill))
    done = verified.get(skill, set())
    assert len(done) >= total * 0.6, f"{skill}: only {sorted(done)} of {total} verified"


def test_overall_verification_coverage(
    manifest: PackManifest, verification: tuple[dict[str, set[str]], set[str]]
) -> None:
    verified, _ = verification
    count = sum(len(ids) for ids in verified.values())
    assert count >= 0.7 * len(manifest.items), count


def test_regrouping_promises_hold(verification: tuple[dict[str, set[str]], set[str]], manifest: PackManifest) -> None:
    _, checked = verification
    for skill in REGROUP_SKILLS:
        ids = {item.id for item in manifest.items_for(skill)} & checked
        assert len(ids) >= 7, f"{skill}: regrouping checked on only {sorted(ids)}"


def test_three_digit_items_really_carry_and_borrow_where_named(rendered: dict[str, list[RenderedItem]]) -> None:
    """Items whose id names a carry or borrow pattern show exactly that pattern in the digits."""
    patterns = {
        "add3-no-carry": ("+", [False, False, False]),
        "add3-carry-ones": ("+", [True, False, False]),
        "add3-carry-tens": ("+", [False, True, False]),
        "add3-carry-twice": ("+", [True, True, False]),
        "sub3-no-regroup": ("-", [False, False, False]),
        "sub3-regroup-ones": ("-", [True, False, False]),
        "sub3-regroup-tens": ("-", [False, True, False]),
        "sub3-regroup-twice": ("-", [True, True, False]),
    }
    for item_id, (op, expected) in patterns.items():
        for r in rendered[item_id]:
            m = re.search(r"\$(\d+) ([+-]) (\d+)\$", r.prompt)
            assert m and m.group(2) == op, (item_id, r.prompt)
            a, b = int(m.group(1)), int(m.group(3))
            assert 100 <= a <= 999 and 100 <= b <= 999
            pattern = carries(a, b) if op == "+" else borrows(a, b)
            assert pattern[:3] == expected, (item_id, a, b, pattern)
            if op == "-":
                assert a > b


def test_remainders_are_never_zero_where_promised(rendered: dict[str, list[RenderedItem]]) -> None:
    for item_id in ("dr-remainder", "dr-remainder-symbol", "dr-quotient", "dr-choose", "dr-sweets-left-over"):
        for r in rendered[item_id]:
            n, d = (int(x) for x in INT.findall(r.prompt)[:2])
            assert n % d != 0, (item_id, r.prompt)
