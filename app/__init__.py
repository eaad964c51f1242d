"""Sabil: an offline-first desktop tutor."""

__version__ = "0.1.0"
