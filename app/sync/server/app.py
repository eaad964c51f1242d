"""The sync server as a FastAPI app: enrol, push, relay, pull, status; OpenAPI at ``/openapi.json``.

Stateless per request: every request opens its own transaction on the database and keeps nothing
in memory between requests (the server id is read once and never changes), so several uvicorn
workers over one PostgreSQL serve the same devices. Endpoints are plain functions: FastAPI runs
them on its thread pool, where blocking database calls belong.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Header, Query, Request
from fastapi import Path as FastApiPath
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.storage.types import utc_now
from app.sync.enrolment import authenticate, enrol_device
from app.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    INT63_MAX,
    MAX_BODY_BYTES,
    MAX_PULL_LIMIT,
    PROTOCOL_VERSION,
    DeviceStatus,
    EnrollRequest,
    EnrollResponse,
    ErrorResponse,
    ModelDocument,
    ModelList,
    PullResponse,
    PushRequest,
    PushResponse,
    RelayRequest,
    RelayResponse,
    StatusResponse,
)
from app.sync.server.body_limit import BodyLimit
from app.sync.server.database import open_server_engine, upgrade_engine, upgrade_schema
from app.sync.server.errors import SyncRefused
from app.sync.server.identity import ensure_server_id
from app.sync.server.ingest import ingest_push
from app.sync.server.local_changes import sequence_local_changes
from app.sync.server.pull import pull_page
from app.sync.server.relay import ingest_relay
from app.sync.server.shared_models import list_models, model_document

log = logging.getLogger(__name__)

Authorization = Annotated[str | None, Header(alias="Authorization")]
Cursor = Annotated[int, Query(ge=0, le=INT63_MAX)]
Limit = Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)]

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse} for status in (401, 403, 409, 413, 415, 422, 503)
}


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header (None when absent or not Bearer)."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def _error(status: int, code: str, message: str, details: list[dict[str, Any]] | None = None) -> JSONResponse:
    body = ErrorResponse(error=code, message=message, details=details).model_dump(exclude_none=True)
    headers = {"Retry-After": "2"} if status == 503 else None
    return JSONResponse(status_code=status, content=body, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(SyncRefused)
    async def refused(_request: Request, exc: SyncRefused) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {"loc": [str(part) for part in error.get("loc", ())], "msg": str(error.get("msg", "")),
             "type": str(error.get("type", ""))}
            for error in exc.errors()[:20]
        ]
        return _error(422, "invalid_request", "The request does not match the protocol.", jsonable_encoder(details))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(OperationalError)
    async def busy(_request: Request, exc: OperationalError) -> JSONResponse:
        # SQLite's write lock held past busy_timeout, or PostgreSQL cancelling a deadlocked transaction:
        # the transaction was rolled back, so a retry is safe.
        log.warning("database busy: %s", exc)
        return _error(503, "busy", "The server is busy; try again shortly.")

    @app.exception_handler(IntegrityError)
    async def conflict(_request: Request, exc: IntegrityError) -> JSONResponse:
        # Two requests racing on one unique row (e.g. the same device enrolling twice at once).
        log.warning("integrity conflict: %s", exc)
        return _error(409, "conflict", "A concurrent request changed the same record; try again.")


def _require_json(request: Request) -> None:
    content_type = request.headers.get("content-type", "")
    if content_type.split(";")[0].strip().lower() != "application/json":
        raise SyncRefused(415, "unsupported_media_type", "Send the body as application/json.")


# Called inside a push's transaction, after the batch is stored: what the push stored is committed
# (or rolled back) together with whatever the hook writes.
IngestHook = Callable[[Session, PushRequest, PushResponse], None]


# A pack id as the pack format writes them; anything else is a 422, and never part of a file name.
PackIdPath = Annotated[str, FastApiPath(min_length=1, max_length=200, pattern=r"^[a-z0-9][a-z0-9.-]*$")]


def create_app(
    database: str | Engine,
    *,
    migrate: bool = True,
    on_ingest: IngestHook | None = None,
    models_dir: Path | None = None,
) -> FastAPI:
    """The sync server over ``database`` (a SQLAlchemy URL or an Engine).

    With ``migrate`` the schema is brought to the newest revision first; ``sabil serve`` migrates
    once before starting several workers and passes ``migrate=False`` to each. ``on_ingest`` lets a
    class hub note, in the same transaction, which learners' states to rebuild after a push.
    ``models_dir`` holds learner-model parameters fitted on the school's answers (``<pack id>.json``)
    that devices fetch from ``/v1/models``.
    """
    if isinstance(database, str):
        if migrate:
            upgrade_schema(database)
        engine = open_server_engine(database)
    else:
        engine = database
        if migrate:
            upgrade_engine(engine)
    factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction() -> Iterator[Session]:
        with factory() as session, session.begin():
            yield session

    with transaction() as session:
        server_id = ensure_server_id(session)

    app = FastAPI(
        title="Sabil sync server",
        version=str(PROTOCOL_VERSION),
        description="Progress sync for Sabil devices. See docs/sync-protocol.md.",
    )
    app.state.engine = engine
    app.state.server_id = server_id
    _install_error_handlers(app)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)

    @app.get("/v1/status", response_model=StatusResponse, responses=ERROR_RESPONSES)
    def status(authorization: Authorization = None) -> StatusResponse:
        """Server id, protocol version and time; with a token, where the device stands."""
        device_status = None
        if authorization is not None:
            with transaction() as session:
                device = authenticate(session, bearer_token(authorization))
                device_status = DeviceStatus(
                    device_id=device.device_id,
                    school_id=device.school_id,
                    class_id=device.class_id,
                    stored_through=device.stored_through,
                )
        return StatusResponse(
            server_id=server_id, protocol_version=PROTOCOL_VERSION, server_time=utc_now(), device=device_status
        )

    @app.post("/v1/enroll", response_model=EnrollResponse, responses=ERROR_RESPONSES)
    def enroll(request: Request, body: EnrollRequest) -> EnrollResponse:
        """Exchange an enrolment code for a device token scoped to the code's school."""
        _require_json(request)
        with transaction() as session:
            return enrol_device(session, body, server_id)

    @app.post("/v1/push", response_model=PushResponse, responses=ERROR_RESPONSES)
    def push(request: Request, body: PushRequest, authorization: Authorization = None) -> PushResponse:
        """Store a batch of this device's events (idempotent by id) and learner profiles (LWW)."""
        _require_json(request)
        with transaction() as session:
            device = authenticate(session, bearer_token(authorization))
            answer = ingest_push(session, device.device_id, body)
            if on_ingest is not None:
                on_ingest(session, body, answer)
            return answer

    @app.post("/v1/relay", response_model=RelayResponse, responses=ERROR_RESPONSES)
    def relay(request: Request, body: RelayRequest, authorization: Authorization = None) -> RelayResponse:
        """Store a page of a class hub's school changes (events of several devices, profiles)."""
        _require_json(request)
        with transaction() as session:
            device = authenticate(session, bearer_token(authorization))
            answer = ingest_relay(session, device.device_id, body)
            if on_ingest is not None:
                # A hub receiving a relay rebuilds the learners it brought, as after a push.
                on_ingest(session, body, PushResponse(
                    stored_through=device.stored_through, accepted=answer.accepted,
                    duplicates=answer.duplicates, learners_applied=answer.learners_applied,
                ))
            return answer

    @app.get("/v1/pull", response_model=PullResponse, responses=ERROR_RESPONSES)
    def pull(
        authorization: Authorization = None,
        cursor: Cursor = 0,
        limit: Limit = DEFAULT_PULL_LIMIT,
    ) -> PullResponse:
        """The next page of the school's changes made on other devices, after ``cursor``."""
        with transaction() as session:
            device = authenticate(session, bearer_token(authorization))
            sequence_local_changes(session, device.school_id)
            return pull_page(session, device, cursor, limit)

    @app.get("/v1/models", response_model=ModelList, responses=ERROR_RESPONSES)
    def models(authorization: Authorization = None) -> ModelList:
        """The packs with learner-model parameters fitted on the school's answers."""
        with transaction() as session:
            authenticate(session, bearer_token(authorization))
        return ModelList(models=list_models(models_dir))

    @app.get("/v1/models/{pack_id}", response_model=ModelDocument, responses=ERROR_RESPONSES)
    def model(pack_id: PackIdPath, authorization: Authorization = None) -> ModelDocument:
        """One pack's fitted learner-model parameters."""
        with transaction() as session:
            authenticate(session, bearer_token(authorization))
        document = model_document(models_dir, pack_id)
        if document is None:
            raise SyncRefused(404, "not_found", f"This server shares no learner-model parameters for {pack_id!r}.")
        return document

    return app
