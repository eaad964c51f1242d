"""A small, safe expression language for item templates.

Expressions are parsed with ``ast.parse(mode="eval")`` and the tree is interpreted here, node by
node, against a whitelist. Nothing is ever handed to Python's ``eval``/``exec``/``compile``: a pack
is untrusted input, so only arithmetic, comparisons, conditionals and the functions in
``FUNCTIONS`` exist. Every number stays exact (int or Fraction) and bounded in size.
"""

from __future__ import annotations

import ast
import functools
import math
import random
from collections.abc import Callable, Mapping
from fractions import Fraction

from .errors import PackError
from .limits import (
    MAX_EXPONENT,
    MAX_EXPRESSION_DEPTH,
    MAX_EXPRESSION_LENGTH,
    MAX_EXPRESSION_NODES,
    MAX_NUMBER_DIGITS,
    MAX_STRING_LENGTH,
)
from .values import (
    Number,
    Value,
    check_places,
    format_decimal,
    format_mixed,
    format_tex,
    format_value,
    is_number,
    normalize_number,
    round_half_up,
)


def evaluate(expr: str, names: Mapping[str, Value], rng: random.Random | None = None) -> Value:
    """Evaluate ``expr`` with the variables in ``names``.

    ``rng`` feeds ``randint`` and ``choice``; without one, those functions are refused (so an
    answer or a hint can never be random by accident). Raises PackError on anything not allowed.
    """
    tree = parse(expr)
    return _Interpreter(expr, names, rng).run(tree.body)


def parse(expr: str) -> ast.Expression:
    """Parse and check the shape of an expression (length, syntax, node whitelist, size, depth).

    The checked tree is cached by its text (trees are never modified): a pack's items repeat the
    same expressions across seeds, and validating a 20,000-item pack parsed each one several times.
    """
    if not isinstance(expr, str):
        raise PackError("expr_type", "an expression must be text")
    return _parse_checked(expr)


@functools.lru_cache(maxsize=8192)
def _parse_checked(expr: str) -> ast.Expression:
    if len(expr) > MAX_EXPRESSION_LENGTH:
        raise PackError(
            "expr_too_long", f"the expression is longer than {MAX_EXPRESSION_LENGTH} characters"
        )
    if not expr.strip():
        raise PackError("expr_syntax", "the expression is empty")
    try:
        tree = ast.parse(expr.strip(), mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise PackError("expr_syntax", f'"{_short(expr)}" is not a valid expression') from exc
    _check_shape(tree.body, expr)
    return tree


def names_used(expr: str) -> set[str]:
    """The variable names an expression reads (function names excluded)."""
    return set(_names_used(expr))


@functools.lru_cache(maxsize=8192)
def _names_used(expr: str) -> frozenset[str]:
    tree = parse(expr)
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    return frozenset(node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and id(node) not in called)


_ALLOWED_NODES: tuple[type[ast.AST], ...] = (
    ast.Constant, ast.Name, ast.Load, ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Call,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow,
    ast.UAdd, ast.USub, ast.Not, ast.And, ast.Or,
    ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE,
)


def _check_shape(root: ast.AST, expr: str) -> None:
    """Reject unknown node types, dunder/private names, oversized or too deeply nested trees."""
    count = 0
    stack: list[tuple[ast.AST, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_EXPRESSION_NODES:
            raise PackError("expr_too_long", f'"{_short(expr)}" is too complicated (over {MAX_EXPRESSION_NODES} parts)')
        if depth > MAX_EXPRESSION_DEPTH:
            raise PackError("expr_too_deep", f'"{_short(expr)}" is nested too deeply')
        if not isinstance(node, _ALLOWED_NODES):
            raise PackError(
                "expr_forbidden", f'"{_short(expr)}" uses something not allowed in expressions ({_describe(node)})'
            )
        if isinstance(node, ast.Name) and node.id.startswith("_"):
            raise PackError("expr_forbidden", f'"{_short(expr)}" uses the name "{node.id}", which is not allowed')
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name):
                raise PackError("expr_forbidden", f'"{_short(expr)}" calls something that is not a function name')
            if node.func.id not in FUNCTIONS:
                raise PackError(
                    "expr_unknown_function", f'"{_short(expr)}" calls "{node.func.id}", which is not a known function'
                )
            if node.keywords or any(isinstance(arg, ast.Starred) for arg in node.args):
                raise PackError("expr_forbidden", f'"{_short(expr)}" passes arguments in a way that is not allowed')
        if isinstance(node, ast.Constant) and not isinstance(node.value, int | float | str | bool):
            raise PackError("expr_forbidden", f'"{_short(expr)}" contains a value that is not allowed')
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))


def _describe(node: ast.AST) -> str:
    descriptions = {
        ast.Attribute: "attribute access with '.'", ast.Subscript: "indexing with [ ]", ast.Lambda: "lambda",
        ast.ListComp: "a comprehension", ast.GeneratorExp: "a comprehension", ast.SetComp: "a comprehension",
        ast.DictComp: "a comprehension", ast.List: "a list", ast.Tuple: "a tuple", ast.Dict: "a dictionary",
        ast.Set: "a set", ast.NamedExpr: "':='", ast.Starred: "'*'", ast.JoinedStr: "an f-string",
    }
    return descriptions.get(type(node), type(node).__name__)


def _short(expr: str) -> str:
    text = " ".join(expr.split())
    return text if len(text) <= 60 else text[:57] + "..."


class _Interpreter:
    """Walks a checked tree. One instance per evaluation; holds the names and the random source."""

    def __init__(self, expr: str, names: Mapping[str, Value], rng: random.Random | None) -> None:
        self.expr = expr.strip()
        self.names = names
        self.rng = rng

    def fail(self, code: str, message: str) -> PackError:
        return PackError(code, f'{message} (in "{_short(self.expr)}")')

    def run(self, node: ast.AST) -> Value:
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            if node.id not in self.names:
                raise self.fail("expr_unknown_name", f'the name "{node.id}" is not defined')
            return self.names[node.id]
        if isinstance(node, ast.UnaryOp):
            return self.unary(node)
        if isinstance(node, ast.BinOp):
            return self.binary(node)
        if isinstance(node, ast.BoolOp):
            return self.boolean(node)
        if isinstance(node, ast.Compare):
            return self.compare(node)
        if isinstance(node, ast.IfExp):
            return self.run(node.body) if self.truth(self.run(node.test)) else self.run(node.orelse)
        if isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Name)  # guaranteed by _check_shape
            args = [self.run(arg) for arg in node.args]
            return FUNCTIONS[node.func.id](self, args)
        raise self.fail("expr_forbidden", f"{_describe(node)} is not allowed")

    def constant(self, node: ast.Constant) -> Value:
        value = node.value
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            if len(value) > MAX_STRING_LENGTH:
                raise self.fail("expr_too_large", "a text value is too long")
            return value
        if isinstance(value, float):
            # Decimal literals are taken from the source text so 0.1 is exactly 1/10, never a binary float.
            literal = ast.get_source_segment(self.expr, node) or repr(value)
            try:
                return normalize_number(Fraction(literal.replace("_", "")))
            except (ValueError, ZeroDivisionError) as exc:
                raise self.fail("expr_syntax", f'"{literal}" is not a number this language can use') from exc
        if len(str(abs(value))) > MAX_NUMBER_DIGITS:
            raise self.fail("expr_too_large", f"a number is longer than {MAX_NUMBER_DIGITS} digits")
        return value

    def number(self, value: Value, what: str) -> Number:
        if not is_number(value):
            raise self.fail("expr_type", f"{what} needs a number, not {_type_name(value)}")
        return value  # type: ignore[return-value]

    def whole(self, value: Value, what: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail("expr_type", f"{what} needs a whole number, not {_type_name(value)}")
        return value

    def truth(self, value: Value) -> bool:
        if not isinstance(value, bool):
            raise self.fail("expr_type", f"a condition must be true or false, not {_type_name(value)}")
        return value

    def unary(self, node: ast.UnaryOp) -> Value:
        operand = self.run(node.operand)
        if isinstance(node.op, ast.Not):
            return not self.truth(operand)
        number = self.number(operand, "a sign")
        return normalize_number(-number if isinstance(node.op, ast.USub) else number)

    def binary(self, node: ast.BinOp) -> Value:
        left, right = self.run(node.left), self.run(node.right)
        if isinstance(node.op, ast.Add) and isinstance(left, str) and isinstance(right, str):
            if len(left) + len(right) > MAX_STRING_LENGTH:
                raise self.fail("expr_too_large", "a text value is too long")
            return left + right
        a, b = self.number(left, "arithmetic"), self.number(right, "arithmetic")
        op = node.op
        try:
            if isinstance(op, ast.Add):
                result: Number = a + b
            elif isinstance(op, ast.Sub):
                result = a - b
            elif isinstance(op, ast.Mult):
                result = a * b
            elif isinstance(op, ast.Div):
                result = Fraction(a) / Fraction(b)
            elif isinstance(op, ast.FloorDiv):
                result = a // b
            elif isinstance(op, ast.Mod):
                result = a % b
            else:
                result = self.power(a, b)
        except ZeroDivisionError as exc:
            raise self.fail("expr_division_by_zero", "division by zero") from exc
        return normalize_number(result)

    def power(self, base: Number, exponent: Number) -> Number:
        if not isinstance(exponent, int):
            raise self.fail("expr_bad_argument", "powers need a whole-number exponent")
        if abs(exponent) > MAX_EXPONENT:
            raise self.fail("expr_too_large", f"exponents larger than {MAX_EXPONENT} are not allowed")
        # Estimate the size before computing so 10**40**... can never allocate a giant number.
        base_f = Fraction(base)
        size_digits = max(len(str(abs(base_f.numerator))), len(str(base_f.denominator))) * abs(exponent)
        if size_digits > MAX_NUMBER_DIGITS + 1 and abs(base_f) not in (0, 1):
            raise self.fail("expr_too_large", f"a number grew larger than {MAX_NUMBER_DIGITS} digits")
        if exponent < 0:
            if base_f == 0:
                raise ZeroDivisionError
            return Fraction(1) / base_f ** (-exponent)
        return base_f**exponent

    def boolean(self, node: ast.BoolOp) -> bool:
        is_and = isinstance(node.op, ast.And)
        for value_node in node.values:
            value = self.truth(self.run(value_node))
            if is_and and not value:
                return False
            if not is_and and value:
                return True
        return is_and

    def compare(self, node: ast.Compare) -> bool:
        left = self.run(node.left)
        for op, right_node in zip(node.ops, node.comparators, strict=True):
            right = self.run(right_node)
            if isinstance(op, ast.Eq | ast.NotEq):
                same = left == right and isinstance(left, str) == isinstance(right, str)
                holds = same if isinstance(op, ast.Eq) else not same
            else:
                if isinstance(left, str) and isinstance(right, str):
                    a, b = left, right
                else:
                    a, b = self.number(left, "a comparison"), self.number(right, "a comparison")
                holds = {ast.Lt: a < b, ast.LtE: a <= b, ast.Gt: a > b, ast.GtE: a >= b}[type(op)]  # type: ignore[operator]
            if not holds:
                return False
            left = right
        return True

    def random_source(self, function: str) -> random.Random:
        if self.rng is None:
            raise self.fail("expr_random_not_allowed", f"{function}() may only be used in params")
        return self.rng


def _type_name(value: Value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    return "a number"


def _arity(name: str, args: list[Value], low: int, high: int | None, it: _Interpreter) -> None:
    if len(args) < low or (high is not None and len(args) > high):
        expected = str(low) if low == high else f"{low} to {high}" if high is not None else f"at least {low}"
        raise it.fail("expr_bad_argument", f"{name}() takes {expected} argument(s), got {len(args)}")


def _fn_randint(it: _Interpreter, args: list[Value]) -> Value:
    _arity("randint", args, 2, 2, it)
    low, high = it.whole(args[0], "randint()"), it.whole(args[1], "randint()")
    if low > high:
        raise it.fail("expr_bad_argument", f"randint({low}, {high}) has its smallest value after its largest")
    return it.random_source("randint").randint(low, high)


def _fn_choice(it: _Interpreter, args: list[Value]) -> Value:
    _arity("choice", args, 1, None, it)
    return args[it.random_source("choice").randrange(len(args))]


def _fn_gcd(it: _Interpreter, args: list[Value]) -> Value:
    _arity("gcd", args, 1, None, it)
    return math.gcd(*(it.whole(a, "gcd()") for a in args))


def _fn_lcm(it: _Interpreter, args: list[Value]) -> Value:
    _arity("lcm", args, 1, None, it)
    return normalize_number(math.lcm(*(it.whole(a, "lcm()") for a in args)))


def _fn_abs(it: _Interpreter, args: list[Value]) -> Value:
    _arity("abs", args, 1, 1, it)
    return abs(it.number(args[0], "abs()"))


def _fn_min(it: _Interpreter, args: list[Value]) -> Value:
    _arity("min", args, 1, None, it)
    return min(it.number(a, "min()") for a in args)


def _fn_max(it: _Interpreter, args: list[Value]) -> Value:
    _arity("max", args, 1, None, it)
    return max(it.number(a, "max()") for a in args)


def _fn_floor(it: _Interpreter, args: list[Value]) -> Value:
    _arity("floor", args, 1, 1, it)
    return math.floor(it.number(args[0], "floor()"))


def _fn_ceil(it: _Interpreter, args: list[Value]) -> Value:
    _arity("ceil", args, 1, 1, it)
    return math.ceil(it.number(args[0], "ceil()"))


def _fn_round(it: _Interpreter, args: list[Value]) -> Value:
    _arity("round", args, 1, 2, it)
    places = it.whole(args[1], "round()") if len(args) == 2 else 0
    try:
        return round_half_up(it.number(args[0], "round()"), places)
    except PackError as exc:
        raise it.fail(exc.code, exc.message) from exc


def _fn_frac(it: _Interpreter, args: list[Value]) -> Value:
    _arity("frac", args, 2, 2, it)
    top, bottom = it.number(args[0], "frac()"), it.number(args[1], "frac()")
    if bottom == 0:
        raise it.fail("expr_division_by_zero", "frac() with a zero denominator")
    return normalize_number(Fraction(top) / Fraction(bottom))


def _fn_dec(it: _Interpreter, args: list[Value]) -> Value:
    _arity("dec", args, 2, 2, it)
    places = it.whole(args[1], "dec()")
    try:
        check_places(places)
    except PackError as exc:
        raise it.fail(exc.code, exc.message) from exc
    return format_decimal(it.number(args[0], "dec()"), places)


def _fn_tex(it: _Interpreter, args: list[Value]) -> Value:
    _arity("tex", args, 1, 1, it)
    return format_tex(args[0])


def _fn_mixed(it: _Interpreter, args: list[Value]) -> Value:
    _arity("mixed", args, 1, 1, it)
    return format_mixed(it.number(args[0], "mixed()"))


def _fn_digit(it: _Interpreter, args: list[Value]) -> Value:
    _arity("digit", args, 2, 2, it)
    number, place = it.whole(args[0], "digit()"), it.whole(args[1], "digit()")
    if place < 1 or len(str(place)) > MAX_NUMBER_DIGITS or str(place).rstrip("0") != "1":
        raise it.fail("expr_bad_argument", "digit() needs a place value of 1, 10, 100, …")
    return (abs(number) // place) % 10


def _fn_str(it: _Interpreter, args: list[Value]) -> Value:
    _arity("str", args, 1, 1, it)
    return format_value(args[0])


FUNCTIONS: dict[str, Callable[[_Interpreter, list[Value]], Value]] = {
    "randint": _fn_randint, "choice": _fn_choice, "gcd": _fn_gcd, "lcm": _fn_lcm, "abs": _fn_abs,
    "min": _fn_min, "max": _fn_max, "floor": _fn_floor, "ceil": _fn_ceil, "round": _fn_round,
    "frac": _fn_frac, "dec": _fn_dec, "tex": _fn_tex, "mixed": _fn_mixed, "digit": _fn_digit, "str": _fn_str,
}
