"""The UI language: Qt translators from ``resources/translations`` and the matching layout direction."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.config import resources_dir

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "ar", "fr", "es")
RIGHT_TO_LEFT = frozenset({"ar"})


def translations_dir() -> str:
    """The folder holding ``sabil_<lang>.qm``."""
    return str(resources_dir() / "translations")


def system_language() -> str:
    """The operating system's language if Sabil supports it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in SUPPORTED_LANGUAGES else "en"


class LanguageSwitcher:
    """Installs the translator for one language at a time and mirrors the layout for Arabic."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self._language = "en"

    @property
    def language(self) -> str:
        """The language currently shown."""
        return self._language

    def apply(self, language: str) -> bool:
        """Switch the whole UI to ``language``; returns False when its translation file is missing.

        English is the source language; its small file only holds plural forms ("1 question",
        "2 questions") and may be missing. Widgets retranslate themselves on the LanguageChange
        event Qt sends when the translator changes.
        """
        language = language if language in SUPPORTED_LANGUAGES else "en"
        loaded = True
        if language != self._language or self._translator is None:
            if self._translator is not None:
                QCoreApplication.removeTranslator(self._translator)
                self._translator = None
            translator = QTranslator(self._app)
            if translator.load(f"sabil_{language}", translations_dir()):
                QCoreApplication.installTranslator(translator)
                self._translator = translator
            elif language != "en":
                loaded = False
                log.warning("no translation file for %s in %s", language, translations_dir())
            self._language = language
        direction = Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)
        # Qt posts LanguageChange to every widget; deliver it now so the next page shown is
        # already in the new language.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return loaded
