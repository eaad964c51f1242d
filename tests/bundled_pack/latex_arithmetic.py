"""A tiny, independent reader of the arithmetic the pack writes in LaTeX, for checking its answers.

It knows whole numbers, decimals, ``+ - \\times \\div``, ``\\frac{a}{b}``, mixed numbers such as
``2\\frac{1}{4}``, brackets and the ``\\square`` box (read as the unknown ``x``). It computes with
``fractions.Fraction`` so every result is exact. It shares no code with ``app.content_packs`` on
purpose: the tests compare what the pack says with what this reader works out.
"""

from __future__ import annotations

import re
from fractions import Fraction

_TOKEN = re.compile(r"\s*(\\frac|\\times|\\div|\\square|\\%|\d+(?:\.\d+)?|[-+*/(){}=<>])")


class NotArithmetic(ValueError):
    """The text is not plain arithmetic this reader understands."""


def tokens(latex: str) -> list[str]:
    out: list[str] = []
    position = 0
    text = latex.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise NotArithmetic(f"cannot read {text[position:]!r}")
        out.append(match.group(1))
        position = match.end()
    return out


class _Parser:
    def __init__(self, toks: list[str], unknown: Fraction | None) -> None:
        self.toks = toks
        self.pos = 0
        self.unknown = unknown

    def peek(self) -> str | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self, expected: str | None = None) -> str:
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise NotArithmetic(f"expected {expected!r}, found {tok!r}")
        self.pos += 1
        return tok

    def expression(self) -> Fraction:
        value = self.term()
        while self.peek() in ("+", "-"):
            if self.take() == "+":
                value += self.term()
            else:
                value -= self.term()
        return value

    def term(self) -> Fraction:
        value = self.factor()
        while self.peek() in ("\\times", "*", "\\div", "/"):
            op = self.take()
            right = self.factor()
            if op in ("\\times", "*"):
                value *= right
            else:
                if right == 0:
                    raise NotArithmetic("division by zero")
                value /= right
        return value

    def factor(self) -> Fraction:
        tok = self.peek()
        if tok == "-":
            self.take()
            return -self.factor()
        if tok == "(":
            self.take()
            value = self.expression()
            self.take(")")
            return value
        if tok == "\\frac":
            return self.fraction()
        if tok == "\\square":
            self.take()
            if self.unknown is None:
                raise NotArithmetic("a box with no value for it")
            return self.unknown
        if tok is not None and re.fullmatch(r"\d+(?:\.\d+)?", tok):
            self.take()
            value = Fraction(tok)
            if self.peek() == "\\frac":  # a mixed number: 2\frac{1}{4}
                value += self.fraction()
            return value
        raise NotArithmetic(f"unexpected {tok!r}")

    def fraction(self) -> Fraction:
        self.take("\\frac")
        self.take("{")
        top = self.expression()
        self.take("}")
        self.take("{")
        bottom = self.expression()
        self.take("}")
        if bottom == 0:
            raise NotArithmetic("zero denominator")
        return top / bottom


def value_of(latex: str, unknown: Fraction | None = None) -> Fraction:
    """The exact value of an arithmetic expression written in LaTeX."""
    parser = _Parser(tokens(latex), unknown)
    value = parser.expression()
    if parser.peek() is not None:
        raise NotArithmetic(f"left over: {parser.toks[parser.pos:]}")
    return value


def relation_holds(latex: str, unknown: Fraction | None = None) -> bool:
    """Whether ``left = right`` (or ``<``, ``>``) is true, with the box set to ``unknown``."""
    parts = re.split(r"(=|<|>)", latex)
    if len(parts) != 3:
        raise NotArithmetic(f"not a single relation: {latex!r}")
    left, sign, right = parts
    a, b = value_of(left, unknown), value_of(right, unknown)
    return {"=": a == b, "<": a < b, ">": a > b}[sign]


def sign_between(a: Fraction, b: Fraction) -> str:
    return "<" if a < b else ">" if a > b else "="
