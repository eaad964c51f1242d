"""Algebraic expressions typed by learners: a safe parser of our own, then a symbolic equivalence check.

Learner input is hostile in the worst case, so it is never handed to ``eval``, ``sympy.sympify`` or
``parse_expr`` (they call ``eval``). The tokenizer and recursive-descent parser here accept only
numbers, the item's variables (single letters), ``+ - × · * / ÷ ^ **``, parentheses and implicit
multiplication (``2x``, ``2(x+1)``, ``(x+1)(x-1)``, ``xy``), with limits on length, nesting depth,
exponents and degree. The tree is turned into sympy objects directly.

``equivalent`` first evaluates both sides exactly (Fractions) at a few random points: expressions are
rational functions with integer exponents, so one point where they differ proves them different,
without loading sympy. Only when they agree everywhere tried does sympy confirm with
``simplify(a - b) == 0``. sympy is imported on first use so the app's start does not pay for it.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from .limits import MAX_EXPRESSION_LENGTH, MAX_NUMBER_DIGITS
from .numerals import to_latin_digits

if TYPE_CHECKING:
    import sympy

MAX_DEPTH = 24                # nesting of parentheses, powers and signs
MAX_EXPONENT = 64             # largest |n| in x^n
MAX_DEGREE = 128              # bound on the degree (and size) of the whole expression
MAX_TOKENS = 400
CHECK_POINTS = 6              # random points of the numeric pre-check

_SUPERSCRIPTS = {ord(c): str(i) for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
_OPERATORS = {
    "+": "+", "-": "-", "−": "-", "–": "-", "‐": "-",
    "*": "*", "×": "*", "·": "*", "⋅": "*", "∙": "*",
    "/": "/", "÷": "/", "∕": "/", "⁄": "/",
    "^": "^", "(": "(", ")": ")",
}
_DECIMAL_MARKS = ".,٫"
_INVISIBLE = {"\u200e", "\u200f", "\u061c", "\u0640"}  # direction marks and Arabic tatweel


class AlgebraError(ValueError):
    """The text is not an expression Sabil reads; ``reason`` is a code for the UI and the tests.

    Codes: ``empty``, ``too_long``, ``not_an_expression``, ``unknown_variable``, ``too_deep``,
    ``exponent_too_large``, ``not_whole_exponent``, ``too_complex``, ``number_too_long``, ``zero_denominator``.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


# The expression tree: small immutable nodes; ``degree`` bounds the size of anything computed from them.
@dataclass(frozen=True)
class Num:
    value: Fraction


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class Neg:
    operand: Node


@dataclass(frozen=True)
class BinOp:
    op: str  # + - * /
    left: Node
    right: Node


@dataclass(frozen=True)
class Pow:
    base: Node
    exponent: int


Node = Num | Var | Neg | BinOp | Pow


@dataclass(frozen=True)
class Expression:
    """A parsed expression, its tree and the variables it uses (sorted)."""

    tree: Node
    variables: tuple[str, ...]
    normalized: str


def normalize_expression_text(text: str) -> str:
    """Input in plain characters: superscript powers to ``^n``, digits to 0–9, invisible marks removed."""
    out = []
    index = 0
    while index < len(text):
        char = text[index]
        if ord(char) in _SUPERSCRIPTS:
            digits = ""
            while index < len(text) and ord(text[index]) in _SUPERSCRIPTS:
                digits += text[index].translate(_SUPERSCRIPTS)
                index += 1
            out.append(f"^{digits}")
            continue
        out.append(char)
        index += 1
    # NFKC after superscripts (it would turn x² into x2), so full-width digits and letters become plain.
    normalized = unicodedata.normalize("NFKC", "".join(out))
    return to_latin_digits("".join(c for c in normalized if c not in _INVISIBLE)).strip()


def parse_expression(text: str, variables: tuple[str, ...] | None = None,
                     max_length: int = MAX_EXPRESSION_LENGTH) -> Expression:
    """Parse ``text``; ``variables`` are the letters allowed (None allows any single letter).

    Raises AlgebraError; never evaluates anything but exact arithmetic on small numbers.
    """
    if len(text) > max_length:
        raise AlgebraError("too_long", f"longer than {max_length} characters")
    normalized = normalize_expression_text(text)
    if not normalized:
        raise AlgebraError("empty")
    tokens = _tokenize(normalized, variables)
    parser = _Parser(tokens)
    tree = parser.parse()
    _check_degree(tree)
    return Expression(tree=tree, variables=tuple(sorted(_variables_of(tree))), normalized=normalized)


def letters_in(text: str) -> tuple[str, ...]:
    """The distinct letters of an expression's text, in order: the default variables of an expression item."""
    seen: dict[str, None] = {}
    for char in normalize_expression_text(text):
        if char.isalpha():
            seen.setdefault(char, None)
    return tuple(seen)


def _tokenize(text: str, variables: tuple[str, ...] | None) -> list[tuple[str, object]]:
    allowed = set(variables) if variables is not None else None
    tokens: list[tuple[str, object]] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char.isspace():
            index += 1
            continue
        if char.isdigit() or (char in _DECIMAL_MARKS and index + 1 < len(text) and text[index + 1].isdigit()):
            start = index
            while index < len(text) and (text[index].isdigit() or text[index] in _DECIMAL_MARKS):
                index += 1
            tokens.append(("num", _number(text[start:index])))
        elif char == "*" and text.startswith("**", index):
            tokens.append(("op", "^"))
            index += 2
        elif char in _OPERATORS:
            tokens.append(("op", _OPERATORS[char]))
            index += 1
        elif char.isalpha():
            tokens.append(("var", _variable(char, allowed)))
            index += 1
        else:
            raise AlgebraError("not_an_expression", f'"{char}" cannot be used in an expression')
        if len(tokens) > MAX_TOKENS:
            raise AlgebraError("too_long", "too many symbols")
    return _with_implicit_products(tokens)


def _number(text: str) -> Fraction:
    marks = sum(text.count(mark) for mark in _DECIMAL_MARKS)
    if marks > 1 or text[-1] in _DECIMAL_MARKS:
        raise AlgebraError("not_an_expression", f'"{text}" is not a number')
    if len(text) > MAX_NUMBER_DIGITS:
        raise AlgebraError("number_too_long", f'"{text}" has too many digits')
    for mark in _DECIMAL_MARKS[1:]:
        text = text.replace(mark, ".")
    return Fraction(text)


def _variable(char: str, allowed: set[str] | None) -> str:
    if allowed is None or char in allowed:
        return char
    # X for x (or x for X) when only one of the two is a variable: a capital is not a different answer.
    for other in (char.lower(), char.upper()):
        if other in allowed and other != char and char not in allowed:
            return other
    names = ", ".join(sorted(allowed)) or "no letters"
    raise AlgebraError("unknown_variable", f'"{char}" is not a variable here (use {names})')


def _with_implicit_products(tokens: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Insert ``*`` where algebra leaves it out: ``2x``, ``x y``, ``2(x+1)``, ``(x+1)(x-1)``, ``(x+1)2``, ``x2``."""
    result: list[tuple[str, object]] = []
    for token in tokens:
        if result:
            previous = result[-1]
            ends_operand = previous[0] in ("num", "var") or previous == ("op", ")")
            starts_operand = token[0] in ("num", "var") or token == ("op", "(")
            if ends_operand and starts_operand:
                if previous[0] == "num" and token[0] == "num":
                    raise AlgebraError("not_an_expression", "two numbers side by side")
                result.append(("op", "*"))
        result.append(token)
    return result


class _Parser:
    """Recursive descent with an explicit depth limit, so no input can exhaust Python's stack.

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary)*
    unary  := ('+' | '-') unary | power
    power  := atom ('^' exponent)?          (right-associative through ``exponent``)
    atom   := number | variable | '(' expr ')'
    """

    def __init__(self, tokens: list[tuple[str, object]]) -> None:
        self.tokens = tokens
        self.position = 0
        self.depth = 0

    def parse(self) -> Node:
        node = self._expr()
        if self.position != len(self.tokens):
            raise AlgebraError("not_an_expression", f'unexpected "{self.tokens[self.position][1]}"')
        return node

    def _peek(self) -> tuple[str, object] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take_op(self, *ops: str) -> str | None:
        token = self._peek()
        if token is not None and token[0] == "op" and token[1] in ops:
            self.position += 1
            return str(token[1])
        return None

    def _enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise AlgebraError("too_deep", f"more than {MAX_DEPTH} levels of brackets or signs")

    def _expr(self) -> Node:
        self._enter()
        node = self._term()
        while (op := self._take_op("+", "-")) is not None:
            node = BinOp(op, node, self._term())
        self.depth -= 1
        return node

    def _term(self) -> Node:
        node = self._unary()
        while (op := self._take_op("*", "/")) is not None:
            node = BinOp(op, node, self._unary())
        return node

    def _unary(self) -> Node:
        self._enter()
        sign = self._take_op("+", "-")
        node: Node = (Neg(self._unary()) if sign == "-" else self._unary()) if sign else self._power()
        self.depth -= 1
        return node

    def _power(self) -> Node:
        base = self._atom()
        if self._take_op("^") is None:
            return base
        self._enter()
        exponent = self._exponent()
        self.depth -= 1
        return Pow(base, exponent)

    def _exponent(self) -> int:
        """A whole number, possibly signed or bracketed: ``2``, ``-1``, ``(2)``, ``(1+1)``; powers of powers allowed."""
        node = self._unary()
        if _variables_of(node):
            raise AlgebraError("not_whole_exponent", "an exponent must be a number")
        _check_degree(node)  # before computing it: (9^64)^64 inside an exponent must not be worked out
        value = _exact_value(node, {})
        if value.denominator != 1:
            raise AlgebraError("not_whole_exponent", "an exponent must be a whole number")
        if abs(value) > MAX_EXPONENT:
            raise AlgebraError("exponent_too_large", f"exponents are at most {MAX_EXPONENT}")
        return int(value)

    def _atom(self) -> Node:
        token = self._peek()
        if token is None:
            raise AlgebraError("not_an_expression", "the expression ends too early")
        kind, value = token
        if kind == "num":
            self.position += 1
            return Num(value)  # type: ignore[arg-type]
        if kind == "var":
            self.position += 1
            return Var(str(value))
        if token == ("op", "("):
            self.position += 1
            node = self._expr()
            if self._take_op(")") is None:
                raise AlgebraError("not_an_expression", "a bracket is not closed")
            return node
        raise AlgebraError("not_an_expression", f'unexpected "{value}"')


def _variables_of(node: Node) -> set[str]:
    if isinstance(node, Var):
        return {node.name}
    if isinstance(node, Num):
        return set()
    if isinstance(node, Neg):
        return _variables_of(node.operand)
    if isinstance(node, Pow):
        return _variables_of(node.base)
    return _variables_of(node.left) | _variables_of(node.right)


def _degree(node: Node) -> int:
    """An upper bound on the degree of the expression (constants count as 1 so 10^64^64 is caught too)."""
    if isinstance(node, Num | Var):
        return 1
    if isinstance(node, Neg):
        return _degree(node.operand)
    if isinstance(node, Pow):
        return _degree(node.base) * max(1, abs(node.exponent))
    if node.op in "+-":
        return max(_degree(node.left), _degree(node.right))
    return _degree(node.left) + _degree(node.right)


def _check_degree(tree: Node) -> None:
    if _degree(tree) > MAX_DEGREE:
        raise AlgebraError("too_complex", "the expression is too large to check")


def _exact_value(node: Node, point: dict[str, Fraction]) -> Fraction:
    """The exact value at ``point``; ZeroDivisionError when a denominator is zero there."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        return point[node.name]
    if isinstance(node, Neg):
        return -_exact_value(node.operand, point)
    if isinstance(node, Pow):
        base = _exact_value(node.base, point)
        if base == 0 and node.exponent < 0:
            raise ZeroDivisionError
        return base**node.exponent
    left, right = _exact_value(node.left, point), _exact_value(node.right, point)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    return left / right


def to_sympy(expression: Expression) -> sympy.Expr:
    """The sympy form of a parsed expression, built node by node (never from text)."""
    import sympy

    symbols = {name: sympy.Symbol(name) for name in expression.variables}

    def build(node: Node) -> sympy.Expr:
        if isinstance(node, Num):
            return sympy.Rational(node.value.numerator, node.value.denominator)
        if isinstance(node, Var):
            return symbols[node.name]
        if isinstance(node, Neg):
            return -build(node.operand)
        if isinstance(node, Pow):
            return sympy.Pow(build(node.base), sympy.Integer(node.exponent))
        left, right = build(node.left), build(node.right)
        if node.op == "+":
            return left + right
        if node.op == "-":
            return left - right
        if node.op == "*":
            return left * right
        return left / right

    return build(expression.tree)


def _sample_points(names: list[str], seed: str) -> list[dict[str, Fraction]]:
    # Awkward fractions make accidental agreement of different expressions vanishingly unlikely.
    rng = random.Random(seed)
    return [{name: Fraction(rng.randint(-97, 97), rng.randint(1, 31)) for name in names}
            for _ in range(CHECK_POINTS * 3)]


def defined_somewhere(expression: Expression) -> bool:
    """False when the expression divides by zero at every point tried (``x/0``, ``1/(x - x)``)."""
    for point in _sample_points(list(expression.variables), f"sabil-defined:{expression.normalized}"):
        try:
            _exact_value(expression.tree, point)
        except ZeroDivisionError:
            continue
        return True
    return False


def equivalent(answer: Expression, response: Expression) -> bool:
    """True when the two expressions are equal for every value of their variables (where both are defined)."""
    names = sorted(set(answer.variables) | set(response.variables))
    defined_points = 0
    for point in _sample_points(names, f"sabil-algebra:{answer.normalized}|{response.normalized}"):
        try:
            left, right = _exact_value(answer.tree, point), _exact_value(response.tree, point)
        except ZeroDivisionError:
            continue
        if left != right:
            return False
        defined_points += 1
        if defined_points == CHECK_POINTS:
            break
    if defined_points == 0:
        raise AlgebraError("zero_denominator", "the expression divides by zero")
    if not names:
        return True  # constants that agree exactly are equal; no symbols left to simplify
    import sympy

    difference = to_sympy(answer) - to_sympy(response)
    # cancel() decides zero for rational functions quickly; simplify() is the general judge behind it.
    return bool(difference == 0 or sympy.cancel(difference) == 0 or sympy.simplify(difference) == 0)
