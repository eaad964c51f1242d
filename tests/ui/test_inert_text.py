"""Pack text is shown, never interpreted: markup in a prompt, hint, solution, choice or title stays literal.

A pack whose every text carries ``<script>``, an ``<img onerror>`` and a ``file://`` link is
installed and practised through the real window. Every QLabel showing pack text must be plain text
(or hold it escaped), and every rich view must show the markup as characters, not as an image, a
link or a dropped tag.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QTextEdit, QWidget

from app.content_packs.answer_oracle import wrong_response
from app.services.app_services import AppServices
from app.ui.next_steps import NextStep
from tests.content_packs.hostile_corpus import good_pack, zip_bytes

from .conftest import Ui, start_practice

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(2)>"
LINK = '<a href="file:///etc/passwd">passwd</a>'
PAYLOADS = (SCRIPT, IMAGE, LINK)
MARKERS = ("<script", "<img", "<a href")


def poison(document: dict[str, Any]) -> None:
    """Put the markup into every text a learner sees."""
    document["title"] = {language: f"{text} {LINK}" for language, text in document["title"].items()}
    for skill in document["skills"]:
        skill["title"] = {language: f"{text} {SCRIPT} {IMAGE}" for language, text in skill["title"].items()}
    for item in document["items"]:
        item["prompt"] = f"{item['prompt']} {SCRIPT} {IMAGE} {LINK}"
        item["hints"] = [f"{hint} {IMAGE}" for hint in item["hints"]]
        item["solution"] = f"{item['solution']} {LINK} {SCRIPT}"
        item["choices"] = [f"{choice} {SCRIPT}" for choice in item["choices"]]


@pytest.fixture
def services(tmp_path: Path) -> Iterator[AppServices]:
    """A data directory whose only pack carries markup in all its texts."""
    good = good_pack(tmp_path)
    pack = tmp_path / "markup.sabilpack"
    pack.write_bytes(zip_bytes(good.with_document(poison)))
    opened = AppServices.open(tmp_path / "data", install_bundled=False)
    opened.packs.install_file(pack, allow_unsigned=True)
    yield opened
    opened.close()


def shown_pack_text(window: QWidget) -> int:
    """Check every label and text view in the window; returns how many showed pack markup."""
    seen = 0
    for label in window.findChildren(QLabel):
        text = label.text()
        if not any(marker in text for marker in MARKERS):
            continue
        seen += 1
        interpreted = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
        assert not interpreted, f"QLabel {label.objectName() or label.parent().__class__.__name__} renders " \
                                f"pack text as rich text: {text!r}"
    for view in window.findChildren(QTextEdit):
        source = view.math_text() if hasattr(view, "math_text") else ""
        if not any(payload in source for payload in PAYLOADS):
            continue
        seen += 1
        shown = view.toPlainText()
        for payload in PAYLOADS:
            if payload in source:
                assert payload in shown, f"{payload!r} was interpreted, the view shows {shown!r}"
        assert "file:///etc/passwd" not in "".join(view.anchorAt(point) for point in _grid(view))
    for widget in window.findChildren(QWidget):
        tip = widget.toolTip()
        if not tip:
            continue
        # A tooltip is rich text whenever Qt thinks it might be: render it the way Qt would.
        document = QTextDocument()
        if QtGui.mightBeRichText(tip):
            document.setHtml(tip)
        else:
            document.setPlainText(tip)
        shown = document.toPlainText()
        if "alert(" in tip or "passwd" in tip:
            seen += 1
            assert any(payload in shown for payload in PAYLOADS), f"tooltip {tip!r} shows {shown!r}"
    return seen


def _grid(view: QTextEdit) -> list[QPoint]:
    """Points 8 px apart over the view, to ask it whether any of them is a link."""
    rect = view.viewport().rect()
    return [QPoint(x, y) for x in range(0, rect.width(), 8) for y in range(0, rect.height(), 8)]


def test_practice_shows_markup_as_text(ui: Ui) -> None:
    practice = start_practice(ui)
    checked = 0
    for _ in range(4):
        assert SCRIPT in practice.prompt.toPlainText()
        checked += shown_pack_text(ui.window)
        practice.hint_button.click()
        ui.settle()
        assert IMAGE in practice.hint_view.toPlainText()
        checked += shown_pack_text(ui.window)
        practice.answer_input.set_response(wrong_response(ui.services.practice.shown_rendering(practice.session_id)))
        practice.check()
        ui.settle()
        assert LINK in practice.solution_view.toPlainText()
        checked += shown_pack_text(ui.window)
        practice.next_item()
        ui.settle()
    assert checked >= 12


def test_home_and_summary_show_markup_as_text(ui: Ui) -> None:
    practice = start_practice(ui)
    practice.answer_input.set_response(wrong_response(ui.services.practice.shown_rendering(practice.session_id)))
    practice.check()
    ui.settle()
    practice.finish_button.click()
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.summary
    assert shown_pack_text(ui.window.summary) >= 1  # the practised skill's row
    ui.window.show_home()
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.home
    assert shown_pack_text(ui.window.home) >= 3  # the skill map's tiles and the suggestions


def test_the_pack_really_carries_the_markup(services: AppServices) -> None:
    """Guard against a reader that strips markup: then the UI checks above would prove nothing."""
    (summary,) = services.packs.installed()
    assert LINK in summary.title["en"]
    stored = json.dumps([skill.title for skill in services.practice.skill_map(
        services.learners.create("Check", services.learners.avatars()[0]).id)], ensure_ascii=False)
    assert SCRIPT in stored


def test_next_step_buttons_show_markup_as_text(ui: Ui) -> None:
    """The "Or practise" buttons carry a skill title in their text, tooltip and accessible name."""
    practice = start_practice(ui)
    learner = ui.services.learners.list()[0]
    titles = [skill.title["en"] for skill in ui.services.practice.skill_map(learner.id)]
    practice.next_steps.set_steps([NextStep(f"skill-{i}", title, "you are ready for it") for i, title in
                                   enumerate(titles[:2])])
    assert shown_pack_text(practice.next_steps) == 2  # both tooltips checked
    for button in practice.next_steps.buttons[:2]:
        assert "<s" in button.text()  # elided to fit; a push button never renders markup


def test_the_packs_screen_shows_a_pack_title_as_text(ui: Ui, monkeypatch: pytest.MonkeyPatch) -> None:
    """Installed pack cards, and the question before removing a pack, quote its title literally."""
    packs_page = ui.window.teacher.packs
    packs_page.refresh_installed()
    ui.settle()
    assert shown_pack_text(packs_page) >= 1
    asked: list[tuple[Qt.TextFormat, str]] = []

    def answer_cancel(box: QMessageBox) -> int:
        asked.append((box.textFormat(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_cancel)
    (installed,) = ui.services.packs.installed()
    packs_page.ask_remove(installed)
    ui.settle()
    ((text_format, text),) = asked
    assert LINK in text and text_format == Qt.TextFormat.PlainText
    assert ui.services.packs.installed()  # cancelled: still there
