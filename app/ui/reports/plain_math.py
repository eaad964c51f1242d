"""Item prompts and answers as plain text for report tables and printouts.

Prompts keep their maths as LaTeX between dollar signs (``What is $\\frac{3}{4}$ of 12?``). A report
lists dozens of them in table cells and on paper, where typeset images would be heavy; the few
commands the packs use read well as plain symbols (3/4, ×, ÷, □).
"""

from __future__ import annotations

import re

_FRACTION = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_TEXT = re.compile(r"\\(?:text|mathrm|mathbf)\s*\{([^{}]*)\}")
_SYMBOLS = {
    r"\times": "×",
    r"\div": "÷",
    r"\square": "□",
    r"\cdot": "·",
    r"\leq": "≤",
    r"\geq": "≥",
    r"\le": "≤",
    r"\ge": "≥",
    r"\neq": "≠",
    r"\pm": "±",
    r"\approx": "≈",
    r"\%": "%",
    r"\,": " ",
    r"\;": " ",
    r"\ ": " ",
}
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_POWER = re.compile(r"\^\{?(\d+)\}?")
_MATH = re.compile(r"\$([^$]*)\$")


def _plain_formula(latex: str) -> str:
    text = latex
    # Fractions may nest ($\frac{\frac{1}{2}}{3}$): replace innermost first until none is left.
    previous = None
    while previous != text:
        previous = text
        text = _FRACTION.sub(lambda m: f"{m.group(1).strip()}/{m.group(2).strip()}", text)
    text = _TEXT.sub(lambda m: m.group(1), text)
    # Longer commands first, so \leq is not read as \le followed by "q".
    for command in sorted(_SYMBOLS, key=len, reverse=True):
        text = text.replace(command, _SYMBOLS[command])
    text = _POWER.sub(lambda m: m.group(1).translate(_SUPERSCRIPTS), text)
    text = text.replace("{", "").replace("}", "")
    return re.sub(r"\s+", " ", text).strip()


def plain_text(text: str) -> str:
    """``text`` with every ``$…$`` formula written in plain symbols and spaces tidied."""
    return re.sub(r"\s+", " ", _MATH.sub(lambda m: _plain_formula(m.group(1)), text)).strip()
