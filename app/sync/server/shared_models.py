"""Learner-model parameters a hub shares with its devices: the ``<pack id>.json`` files of its models folder.

A class hub holds every enrolled device's answers, so it is where `sabil model fit` sees the most
evidence; devices fetch what it fitted (``GET /v1/models`` and ``/v1/models/{pack_id}``). Only files
that parse as learner-model parameters are offered, so a stray file is never sent.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from app.engine.learner_model.params import LearnerModelParams
from app.sync.protocol import ModelDocument, ModelInfo

# The pack id pattern of the pack format: a file name can never leave the folder.
_PACK_ID = re.compile(r"[a-z0-9][a-z0-9.-]{0,199}")


def _valid_body(data: bytes) -> dict | None:
    try:
        body = json.loads(data)
        LearnerModelParams.from_dict(body)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None
    return body


def list_models(models_dir: Path | None) -> list[ModelInfo]:
    """Every pack whose parameters file in ``models_dir`` is valid, by pack id."""
    if models_dir is None or not models_dir.is_dir():
        return []
    found = []
    for path in sorted(models_dir.glob("*.json")):
        if not _PACK_ID.fullmatch(path.stem):
            continue
        data = path.read_bytes()
        if _valid_body(data) is not None:
            found.append(ModelInfo(pack_id=path.stem, sha256=hashlib.sha256(data).hexdigest(), size=len(data)))
    return found


def model_document(models_dir: Path | None, pack_id: str) -> ModelDocument | None:
    """The parameters shared for ``pack_id``, or None when there are none (or they are not valid)."""
    if models_dir is None or not _PACK_ID.fullmatch(pack_id):
        return None
    path = models_dir / f"{pack_id}.json"
    if not path.is_file():
        return None
    data = path.read_bytes()
    body = _valid_body(data)
    if body is None:
        return None
    return ModelDocument(pack_id=pack_id, sha256=hashlib.sha256(data).hexdigest(), body=body)
