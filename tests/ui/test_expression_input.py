"""The answer field of an algebraic-expression item: free text, left to right, checked by the real checker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.content_packs.answer_check import check_answer
from app.content_packs.model import ItemDef
from app.content_packs.templates import render_item
from app.ui.answer_inputs import LineInput, make_answer_input
from tests.ui.test_pin_and_home import type_text

ITEM = ItemDef(id="expand-01", skill_id="algebra", type="expression", prompt="Expand $2(x + 3)$.",
               answer="2*(x + 3)", hints=("Multiply each term by 2.",), solution="2x + 6")


def test_expression_items_get_a_left_to_right_text_field(qtbot):
    field = make_answer_input("expression", (), 14)
    qtbot.addWidget(field)
    assert isinstance(field, LineInput) and field.expression and not field.numeric
    assert field.edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert field.edit.validator() is None  # letters, brackets and operators must all get through
    assert field.edit.maxLength() == 200
    assert field.example.text() == "e.g. 2x + 6 or 2(x + 3)"
    assert field.edit.accessibleName() == "Your answer, an expression"
    field.show()
    assert field.example.isVisible()
    field.set_locked(True)
    assert field.edit.isReadOnly() and not field.example.isVisible()


def test_typed_expressions_reach_the_checker_unchanged(qtbot):
    field = make_answer_input("expression", (), 14)
    qtbot.addWidget(field)
    rendered = render_item(ITEM, seed=0)
    QTest.keyClicks(field.edit, "2x+6")
    assert check_answer(rendered, field.response()).correct
    field.edit.clear()
    type_text(field.edit, "٢(x+٣)")  # Arabic-Indic digits from an Arabic keyboard
    assert field.response() == "٢(x+٣)"
    assert check_answer(rendered, field.response()).correct
    field.edit.clear()
    QTest.keyClicks(field.edit, "2x+3")
    assert check_answer(rendered, field.response()).status == "incorrect"


def test_short_text_and_numeric_fields_are_unchanged(qtbot):
    text_field = make_answer_input("short_text", (), 14)
    number_field = make_answer_input("numeric", (), 14)
    qtbot.addWidget(text_field)
    qtbot.addWidget(number_field)
    assert not text_field.expression and text_field.edit.maxLength() == 80
    assert number_field.numeric and not number_field.expression
