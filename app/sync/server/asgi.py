"""The ASGI factory uvicorn's workers import: ``uvicorn --factory app.sync.server.asgi:app_from_environment``.

Each worker process builds its own app from ``SABIL_SYNC_DB`` (the database URL); ``sabil serve``
migrates once before starting them, so workers never race on the schema.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from app.sync.server.app import create_app

DATABASE_ENV = "SABIL_SYNC_DB"


def app_from_environment() -> FastAPI:
    """The sync app over the database named by ``SABIL_SYNC_DB`` (schema already migrated)."""
    url = os.environ.get(DATABASE_ENV)
    if not url:
        raise RuntimeError(f"set {DATABASE_ENV} to the server's database URL")
    return create_app(url, migrate=False)
