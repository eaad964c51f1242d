"""The learner dialog's message for each ``ValidationError.code`` from the services, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def validation_message(code: str) -> str:
    """A short, friendly sentence for a validation error code (unknown codes get a general one)."""
    messages = {
        "empty_name": QCoreApplication.translate("ValidationMessages", "Please type a name."),
        "name_too_long": QCoreApplication.translate("ValidationMessages", "That name is too long. Please use a shorter one."),
        "duplicate_name": QCoreApplication.translate("ValidationMessages", "Someone already has that name. Please choose another."),
        "bad_pin": QCoreApplication.translate("ValidationMessages", "The PIN must be exactly 4 digits."),
        "pin_mismatch": QCoreApplication.translate("ValidationMessages", "The two PINs are not the same. Please type them again."),
        "unknown_avatar": QCoreApplication.translate("ValidationMessages", "Please choose a picture."),
        "unknown_language": QCoreApplication.translate("ValidationMessages", "Please choose a language."),
        "unknown_text_size": QCoreApplication.translate("ValidationMessages", "Please choose a text size."),
        "unknown_learner": QCoreApplication.translate("ValidationMessages", "This learner no longer exists."),
    }
    return messages.get(code, QCoreApplication.translate("ValidationMessages", "Something is not right. Please check and try again."))
