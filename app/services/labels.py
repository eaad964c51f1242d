"""Names and titles adults type (class, group, plan and goal names): cleaned the same way as learner names."""

from __future__ import annotations

import unicodedata

from app.services.errors import ValidationError


def clean_label(text: str, max_length: int) -> str:
    """NFC, control and format characters removed (except the joiners Arabic and Persian need),
    whitespace collapsed. Raises ValidationError ``empty_name`` or ``name_too_long``."""
    value = unicodedata.normalize("NFC", text)
    value = "".join(
        ch for ch in value if unicodedata.category(ch) not in ("Cc", "Cf") or ch in "\u200c\u200d"
    )
    value = " ".join(value.split())
    if not value:
        raise ValidationError("empty_name", "Please type a name.")
    if len(value) > max_length:
        raise ValidationError("name_too_long", f"A name can have at most {max_length} characters.")
    return value
