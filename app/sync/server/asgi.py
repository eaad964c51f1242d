"""The ASGI factory uvicorn's workers import: ``uvicorn --factory app.sync.server.asgi:app_from_environment``.

Each worker process builds its own app from ``SABIL_SYNC_DB`` (the database URL) and
``SABIL_SYNC_MODELS`` (the folder of shared learner-model parameters); ``sabil serve``
migrates once before starting them, so workers never race on the schema.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI

from app.sync.server.app import create_app

DATABASE_ENV = "SABIL_SYNC_DB"
MODELS_ENV = "SABIL_SYNC_MODELS"  # the folder of fitted learner-model parameters the server shares


def app_from_environment() -> FastAPI:
    """The sync app over the database named by ``SABIL_SYNC_DB`` (schema already migrated)."""
    url = os.environ.get(DATABASE_ENV)
    if not url:
        raise RuntimeError(f"set {DATABASE_ENV} to the server's database URL")
    models = os.environ.get(MODELS_ENV)
    return create_app(url, migrate=False, models_dir=Path(models) if models else None)
