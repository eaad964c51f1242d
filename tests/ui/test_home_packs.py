"""Home with several packs: a subject row chooses what Continue, the suggestions and the map are about."""

from __future__ import annotations

from tests.ui.conftest import open_home

MATHS = "org.sabil.numbers-and-operations"
WORDS_AR = "org.sabil.first-words-ar"


def test_choosing_a_pack_changes_the_map_and_continue_practises_it(ui) -> None:
    open_home(ui)
    home = ui.window.home
    installed = [p.id for p in ui.services.packs.installed()]
    assert {MATHS, WORDS_AR} <= set(installed)
    assert [b.isVisibleTo(home) for b in home.pack_buttons] == [True] * len(installed)
    assert home.pack_id == MATHS, "a new learner starts on the maths pack"
    maths_skills = {tile.skill_id for tile in home.tiles}

    words_button = home.pack_buttons[installed.index(WORDS_AR)]
    title = next(p.title["en"] for p in ui.services.packs.installed() if p.id == WORDS_AR)
    assert words_button.text() == title
    words_button.click()
    ui.settle()
    assert home.pack_id == WORDS_AR and words_button.isChecked()
    words_skills = {tile.skill_id for tile in home.tiles}
    assert words_skills and not (words_skills & maths_skills)
    assert {card.skill_id for card in home.cards} <= words_skills
    # Only the new map is drawn: the old tiles are hidden at once, not left under the new ones.
    visible = [t for t in home.findChildren(type(home.tiles[0])) if t.isVisibleTo(home)]
    assert len(visible) == len(home.tiles)

    home.continue_button.click()
    ui.settle()
    practice = ui.window.practice
    assert ui.window.stack.currentWidget() is practice
    assert practice.item.skill_id in words_skills

    # Back home, the pack practised last is the one shown.
    practice.finish_button.click()
    ui.settle()
    ui.window.show_home()
    ui.settle()
    assert home.pack_id == WORDS_AR
