"""The Plans screen's "New plan" form fits its column at 1024×600 in every language: French and Spanish
name "A section: the skill and all it needs" at length, and Spanish dates ("30 de junio de 2027") are wider."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.adult.helpers import open_tab


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_the_new_plan_form_is_never_cut_at_the_screen_s_edge(ui, language) -> None:
    ui.window.default_language = language
    ui.languages.apply(language)
    page = open_tab(ui, "plans")
    QApplication.processEvents()
    assert ui.window.width() == 1024 and ui.window.height() == 600
    form = page.form_scroll.widget()
    viewport = page.form_scroll.viewport()
    assert form.minimumSizeHint().width() <= viewport.width(), "the form is wider than its column"
    assert form.width() <= viewport.width()
    for field in (page.target_kind, page.due_date, page.assignee, page.goal_edit):
        right = field.mapTo(viewport, field.rect().topRight()).x()
        left = field.mapTo(viewport, field.rect().topLeft()).x()
        assert 0 <= left and right < viewport.width(), f"{field.accessibleName()!r} is cut"
