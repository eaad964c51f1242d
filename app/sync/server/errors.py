"""The one error type the server's functions raise: an HTTP status, a stable code and a sentence."""

from __future__ import annotations


class SyncRefused(Exception):
    """A request the server refuses; nothing was changed. Rendered as ``{"error", "message"}``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
