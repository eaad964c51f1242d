"""The Arabic, French and Spanish translation files are complete, and Spanish loads and reads left to right.

French is the reference: every message it has must exist in the other two, with the same plural flag.
test_translations_code.py compares the files with the strings the code translates.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.config import resources_dir
from app.ui.language import LanguageSwitcher
from tests.ui.conftest import make_learner

REFERENCE = "fr"
LANGUAGES = ("ar", "fr", "es")
# How many plural forms Qt expects for each language (Arabic: 0, 1, 2, 3–10, 11–99, 100+).
PLURAL_FORMS = {"ar": 6, "fr": 2, "es": 2}
# Plural forms that stand for one exact number, where the number may be written as a word instead
# of %n ("يومين", two days). In French and Spanish every form keeps %n.
EXACT_NUMBER_FORMS = {"ar": {0, 1, 2}}
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]


def ts_path(language: str) -> Path:
    return resources_dir() / "translations" / f"sabil_{language}.ts"


def read_ts(language: str) -> dict[tuple[str, str], Message]:
    root = ET.parse(ts_path(language)).getroot()
    messages: dict[tuple[str, str], Message] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            source = element.findtext("source") or ""
            translation = element.find("translation")
            assert translation is not None, f"{language}: no <translation> for {name}/{source!r}"
            numerus = element.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            key = (name, source)
            assert key not in messages, f"{language}: {name}/{source!r} appears twice"
            # "vanished"/"obsolete" are strings lupdate no longer finds in the code: lrelease does not
            # ship them, so they need no translation (test_translations_code.py checks they are unused).
            if translation.get("type") in {"vanished", "obsolete"}:
                continue
            unfinished = translation.get("type") == "unfinished"
            messages[key] = Message(name, source, numerus, unfinished, forms)
    return messages


def mnemonics(text: str) -> int:
    """How many keyboard-shortcut markers (single &, not the escaped &&) a label has."""
    return text.replace("&&", "").count("&")


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_declares_its_language(language):
    assert ET.parse(ts_path(language)).getroot().get("language") == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    messages = read_ts(language)
    assert len(messages) >= 100, f"{language}: only {len(messages)} messages"
    for (context, source), message in messages.items():
        where = f"{language}: {context}/{source!r}"
        assert not message.unfinished, f"{where} is marked unfinished"
        if message.numerus:
            assert len(message.forms) == PLURAL_FORMS[language], (
                f"{where} has {len(message.forms)} plural forms"
            )
        else:
            assert len(message.forms) == 1
        for form in message.forms:
            assert form.strip(), f"{where} has an empty translation"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != REFERENCE])
def test_every_reference_message_exists_in_the_other_languages(language):
    reference = read_ts(REFERENCE)
    translated = read_ts(language)
    missing = sorted(key for key in reference if key not in translated)
    assert not missing, f"{language} lacks {missing}"
    for key, message in reference.items():
        assert translated[key].numerus == message.numerus, f"{language}: plural flag differs for {key}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_shortcuts_survive_translation(language):
    for (context, source), message in read_ts(language).items():
        wanted = set(PLACEHOLDER.findall(source))
        for index, form in enumerate(message.forms):
            where = f"{language}: {context}/{source!r} form {index}: {form!r}"
            found = set(PLACEHOLDER.findall(form))
            may_omit = (
                {"%n"} if message.numerus and index in EXACT_NUMBER_FORMS.get(language, set()) else set()
            )
            assert wanted - may_omit <= found, f"{where} lacks {sorted(wanted - may_omit - found)}"
            assert found <= wanted, f"{where} adds {sorted(found - wanted)}"
            assert mnemonics(form) == mnemonics(source), f"{where}: keyboard shortcut (&) lost or doubled"


def test_spanish_translator_loads_left_to_right(qapp):
    languages = LanguageSwitcher(qapp)
    try:
        assert languages.apply("es") is True
        assert languages.language == "es"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        translate = QCoreApplication.translate
        assert translate("PickerPage", "Who is learning today?") == "¿Quién aprende hoy?"
        assert translate("PracticePage", "Check") == "Comprobar"
        assert translate("SkillStatus", "Mastered") == "Dominada"
        assert translate("SummaryPage", "%n question(s) answered", None, 1) == "1 pregunta respondida"
        assert translate("SummaryPage", "%n question(s) answered", None, 3) == "3 preguntas respondidas"
    finally:
        languages.apply("en")
    assert QCoreApplication.translate("PickerPage", "Who is learning today?") == "Who is learning today?"


def test_switching_from_arabic_to_spanish_mirrors_back(ui, qapp):
    assert ui.languages.apply("ar") is True
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ui.languages.apply("es") is True
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert ui.window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert ui.window.picker.add_button.text() == "Añadir estudiante"
    assert ui.window.picker.title.text() == "¿Quién aprende hoy?"


def test_a_spanish_learner_gets_a_spanish_home(ui, qapp):
    make_learner(ui, "Lucía", language="es")
    button = next(b for b in ui.window.picker.learner_buttons if b.text() == "Lucía")
    button.click()
    ui.settle()
    home = ui.window.home
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert home.greeting.text() == "¡Hola, Lucía!"
    assert home.continue_button.text() == "Continuar"
    assert home.cards, "the home page should suggest something"
    for card in home.cards:
        assert card.reason_label.text().startswith("¿Por qué?")
