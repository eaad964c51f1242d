"""The learner dialog's message for each ``ValidationError.code`` from the services, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "ValidationMessages"


def validation_message(code: str) -> str:
    """A short, friendly sentence for a validation error code (unknown codes get a general one)."""
    tr = QCoreApplication.translate
    messages = {
        "empty_name": tr(_CONTEXT, "Please type a name."),
        "name_too_long": tr(_CONTEXT, "That name is too long. Please use a shorter one."),
        "duplicate_name": tr(_CONTEXT, "Someone already has that name. Please choose another."),
        "bad_pin": tr(_CONTEXT, "The PIN must be exactly 4 digits."),
        "pin_mismatch": tr(_CONTEXT, "The two PINs are not the same. Please type them again."),
        "unknown_avatar": tr(_CONTEXT, "Please choose a picture."),
        "unknown_language": tr(_CONTEXT, "Please choose a language."),
        "unknown_text_size": tr(_CONTEXT, "Please choose a text size."),
        "unknown_learner": tr(_CONTEXT, "This learner no longer exists."),
    }
    return messages.get(code, tr(_CONTEXT, "Something is not right. Please check and try again."))
