"""Maths between dollars renders to images; everything else is inert text."""

from __future__ import annotations

from app.ui import math_text
from app.ui.math_text import MathTextView, render_formula, split_math


def test_split_math_keeps_escaped_dollars_as_text():
    assert split_math(r"Pay \$3 for $\frac{1}{2}$ kg") == [
        (False, "Pay $3 for "),
        (True, r"\frac{1}{2}"),
        (False, " kg"),
    ]


def test_fraction_renders_to_an_image_with_ink_and_is_cached(qtbot):
    image = render_formula(r"\frac{3}{4}", 32)
    assert image is not None and not image.isNull()
    # A stacked fraction is taller than it is wide-ish, and must contain drawn (non-transparent) pixels.
    assert image.height() > 32
    inked = sum(
        1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha() > 0
    )
    assert inked > 20
    before = math_text.cache_size()
    assert render_formula(r"\frac{3}{4}", 32) is image
    assert math_text.cache_size() == before


def test_view_shows_script_tags_literally_and_math_as_image(qtbot):
    view = MathTextView()
    qtbot.addWidget(view)
    view.set_math_text("Is $\\frac{1}{2}$ bigger? <script>alert('x')</script> <b>no</b>")
    assert view.image_count() == 1
    text = view.toPlainText()
    assert "<script>alert('x')</script>" in text
    assert "<b>no</b>" in text
    assert "\\frac" not in text


def test_invalid_latex_falls_back_to_source_text(qtbot):
    view = MathTextView()
    qtbot.addWidget(view)
    view.set_math_text("Broken $\\frac{1}{$ here")
    assert view.image_count() == 0
    assert "\\frac{1}{" in view.toPlainText()
