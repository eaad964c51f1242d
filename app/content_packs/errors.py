"""The one error type of the pack layer: a stable code for programs, plain English for people."""

from __future__ import annotations


class PackError(Exception):
    """A pack, a pack source or an expression is not acceptable.

    ``code`` is stable (tests and the UI key on it), ``message`` is plain English a teacher can act
    on, and ``location`` says where: a file, an item and a field, e.g.
    ``items/03-fractions.toml: item "frac-eq-02": hint 2``.
    """

    def __init__(self, code: str, message: str, location: str = "") -> None:
        self.code = code
        self.message = message
        self.location = location
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message

    def at(self, where: str) -> PackError:
        """The same error with ``where`` prepended to its location (outermost context first)."""
        location = f"{where}: {self.location}" if self.location else where
        return PackError(self.code, self.message, location)
