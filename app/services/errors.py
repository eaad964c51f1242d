"""Errors services raise for the UI/CLI to show as something a person can act on."""

from __future__ import annotations


class ValidationError(Exception):
    """Invalid input. ``code`` is stable (the UI translates per code); ``message`` is English."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class NotFoundError(ValidationError):
    """Something referred to by id does not exist (an unknown session, pack, ...)."""


class ImportCancelled(Exception):
    """Raised by an import's progress callback to stop it; the import then leaves no trace."""
