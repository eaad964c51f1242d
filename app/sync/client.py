"""The sync client: talks to a hub or district server over HTTP(S) (docs/sync-protocol.md).

- Every call is retried on a network error, a 5xx or a 429 with exponential backoff and full
  jitter; a 4xx is the server's answer and is not retried. Push and pull are idempotent on the
  server, so a batch whose answer was lost (the connection cut mid-response) is simply sent again.
- TLS: an enrolment code with ``@FINGERPRINT`` pins the hub's self-signed certificate. The client
  fetches the certificate once, checks its fingerprint, and from then on trusts exactly that
  certificate (and nothing else) on every connection — so the token is never sent to an impostor.
  Without a fingerprint an ``https`` URL is verified against the system's CAs as usual. Plain
  ``http`` is only for loopback.
- Memory stays bounded: ``push_all`` asks its caller for one batch at a time and ``pull_all`` hands
  each page to its caller before fetching the next.
"""

from __future__ import annotations

import ipaddress
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qs, quote, urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from app.sync.enrolment import certificate_fingerprint
from app.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    EnrollRequest,
    EnrollResponse,
    ModelDocument,
    ModelList,
    PullResponse,
    PushRequest,
    PushResponse,
    RelayRequest,
    RelayResponse,
    StatusResponse,
)

Model = TypeVar("Model", bound=BaseModel)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class SyncClientError(Exception):
    """A sync call that did not succeed.

    ``code`` is the server's error code (``invalid_token``, ``out_of_scope`` …) or one of the
    client's own: ``unreachable`` (no connection), ``timeout``, ``tls`` (certificate problem),
    ``fingerprint_mismatch``, ``insecure_url``, ``bad_answer``, ``server_error``. ``retryable`` says
    whether trying again later may help; ``message`` is a sentence for a person.
    """

    def __init__(self, code: str, message: str, *, status: int | None = None, retryable: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.retryable = retryable


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: try ``attempts`` times, waiting up to
    ``base * factor**n`` seconds (capped at ``cap``) before try ``n + 1``."""

    attempts: int = 4
    base: float = 0.5
    factor: float = 2.0
    cap: float = 30.0

    def delay(self, failures: int, rng: random.Random | None = None) -> float:
        """The wait after ``failures`` failed tries (from 1)."""
        ceiling = min(self.cap, self.base * self.factor ** (failures - 1))
        return (rng or random).uniform(0.0, ceiling)


def is_loopback(url: str) -> bool:
    """True when the URL's host is this computer (where plain HTTP is allowed)."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def enrolment_link_parts(text: str) -> tuple[str, str] | None:
    """(hub URL, code) from the text of an enrolment QR code, ``sabil://enroll?url=<URL>&code=<CODE>``;
    None when ``text`` is not such a link."""
    parts = urlsplit(text.strip())
    if parts.scheme != "sabil" or parts.netloc != "enroll":
        return None
    query = parse_qs(parts.query)
    url, code = query.get("url", [""])[0], query.get("code", [""])[0]
    return (url, code) if url and code else None


def fetch_certificate(url: str, timeout: float = 10.0) -> str:
    """The PEM certificate an ``https`` server presents (not verified: the caller pins it)."""
    parts = urlsplit(url)
    try:
        return ssl.get_server_certificate((parts.hostname or "", parts.port or 443), timeout=timeout)
    except (OSError, ssl.SSLError) as exc:
        raise SyncClientError(
            "unreachable", f"The server at {url} could not be reached ({exc}).", retryable=True
        ) from exc


def pem_fingerprint(pem: str) -> str:
    """The protocol's fingerprint of a PEM certificate."""
    return certificate_fingerprint(ssl.PEM_cert_to_DER_cert(pem))


def pinned_context(pem: str) -> ssl.SSLContext:
    """A TLS context that trusts exactly this certificate (host name not checked: the pin is the identity)."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cadata=pem)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    # A self-signed leaf is its own trust anchor; without this flag OpenSSL wants a CA above it.
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return context


def pin_certificate(url: str, fingerprint: str) -> str:
    """Fetch the server's certificate and check it against the fingerprint from the enrolment code;
    returns the PEM to pin, or raises SyncClientError ``fingerprint_mismatch``."""
    pem = fetch_certificate(url)
    found = pem_fingerprint(pem)
    if found != fingerprint.upper():
        raise SyncClientError(
            "fingerprint_mismatch",
            f"The server at {url} is not the hub the enrolment code was made for "
            f"(its certificate is {found}, the code says {fingerprint}). Nothing was sent.",
        )
    return pem


class SyncClient:
    """One server, one device token. Thread-compatible (one caller at a time); close() when done."""

    def __init__(
        self,
        base_url: str,
        token: str = "",
        *,
        certificate_pem: str = "",
        timeout: float = 30.0,
        backoff: Backoff | None = None,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        url = base_url.rstrip("/")
        scheme = urlsplit(url).scheme
        if scheme not in ("http", "https"):
            raise SyncClientError("insecure_url", f"{base_url} is not an http or https address.")
        if scheme == "http" and not is_loopback(url) and transport is None:
            raise SyncClientError(
                "insecure_url",
                f"{base_url} is not encrypted: a server on another computer must use https "
                "(start it with `sabil serve --tls`).",
            )
        verify: ssl.SSLContext | bool = pinned_context(certificate_pem) if certificate_pem else True
        self.base_url = url
        self.token = token
        self._backoff = backoff or Backoff()
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            verify=verify,
            transport=transport,
            headers={"User-Agent": "sabil-sync/1"},
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- endpoints -------------------------------------------------------------------------------

    def status(self) -> StatusResponse:
        """``GET /v1/status`` (with the token when there is one, so a revoked device learns it)."""
        return self._call("GET", "/v1/status", StatusResponse, auth=bool(self.token))

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        """``POST /v1/enroll``; the returned token is kept for the following calls."""
        answer = self._call("POST", "/v1/enroll", EnrollResponse, body=request, auth=False)
        self.token = answer.token
        return answer

    def push(self, request: PushRequest) -> PushResponse:
        """``POST /v1/push`` one batch (retried as a whole: the server stores each event once)."""
        return self._call("POST", "/v1/push", PushResponse, body=request)

    def relay(self, request: RelayRequest) -> RelayResponse:
        """``POST /v1/relay`` one page of a hub's school changes (retried as a whole: stored once)."""
        return self._call("POST", "/v1/relay", RelayResponse, body=request)

    def pull(self, cursor: int, limit: int = DEFAULT_PULL_LIMIT) -> PullResponse:
        """``GET /v1/pull`` one page after ``cursor``."""
        return self._call("GET", "/v1/pull", PullResponse, params={"cursor": cursor, "limit": limit})

    def models(self) -> ModelList:
        """``GET /v1/models``: the packs the server shares fitted learner-model parameters for."""
        return self._call("GET", "/v1/models", ModelList)

    def model(self, pack_id: str) -> ModelDocument:
        """``GET /v1/models/{pack_id}``: one pack's parameters."""
        return self._call("GET", f"/v1/models/{quote(pack_id, safe='')}", ModelDocument)

    # -- loops -----------------------------------------------------------------------------------

    def push_all(
        self,
        next_batch: Callable[[], PushRequest | None],
        on_answer: Callable[[PushRequest, PushResponse], None],
        max_batches: int = 1_000_000,
    ) -> int:
        """Push batches until ``next_batch`` returns None; ``on_answer`` records each answer (it moves
        the caller's outbox start, so the next ``next_batch`` reads from there). Returns batches sent.

        Refuses to loop forever: a batch after which the outbox did not move is an error.
        """
        sent = 0
        previous: tuple[int, int] | None = None
        while sent < max_batches:
            batch = next_batch()
            if batch is None:
                return sent
            position = (batch.events[0].device_seq if batch.events else 0, len(batch.learners))
            if position == previous and batch.events:
                raise SyncClientError(
                    "bad_answer",
                    "The server keeps accepting the same answers without confirming them; sync stopped.",
                )
            previous = position
            answer = self.push(batch)
            on_answer(batch, answer)
            sent += 1
        return sent

    def pull_all(self, cursor: int, apply: Callable[[PullResponse], None], limit: int = DEFAULT_PULL_LIMIT) -> int:
        """Pull pages from ``cursor`` while the server says there is more; ``apply`` stores each page
        (and its cursor) before the next is fetched. Returns the final cursor."""
        while True:
            page = self.pull(cursor, limit)
            if page.cursor < cursor:
                raise SyncClientError("bad_answer", "The server's cursor went backwards; sync stopped.")
            apply(page)
            if not page.more:
                return page.cursor
            if page.cursor == cursor and not (page.events or page.learners):
                raise SyncClientError("bad_answer", "The server says there is more but sends nothing; sync stopped.")
            cursor = page.cursor

    # -- plumbing --------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        answer_model: type[Model],
        *,
        body: BaseModel | None = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> Model:
        headers = {"Authorization": f"Bearer {self.token}"} if auth and self.token else {}
        content = body.model_dump_json().encode("utf-8") if body is not None else None
        if content is not None:
            headers["Content-Type"] = "application/json"
        failures = 0
        while True:
            try:
                response = self._http.request(method, path, content=content, params=params, headers=headers)
            except httpx.TimeoutException as exc:
                error = SyncClientError(
                    "timeout", f"The server at {self.base_url} did not answer in time.", retryable=True
                )
                error.__cause__ = exc
            except httpx.TransportError as exc:
                error = _transport_error(self.base_url, exc)
            else:
                if response.status_code < 400:
                    try:
                        return answer_model.model_validate_json(response.content)
                    except ValidationError as exc:
                        raise SyncClientError(
                            "bad_answer", f"The server at {self.base_url} sent an answer Sabil does not understand."
                        ) from exc
                error = _http_error(response)
            if not error.retryable:
                raise error
            failures += 1
            if failures >= self._backoff.attempts:
                raise error
            self._sleep(self._backoff.delay(failures))


def _transport_error(base_url: str, exc: httpx.TransportError) -> SyncClientError:
    text = str(exc)
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return SyncClientError(
                "tls",
                f"The server at {base_url} presented a certificate Sabil does not trust "
                f"({cause.verify_message or cause}). If the hub was set up again, enrol again with a new code.",
            )
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, httpx.RemoteProtocolError):
        return SyncClientError(
            "unreachable", f"The connection to {base_url} was cut before the answer arrived.", retryable=True
        )
    return SyncClientError("unreachable", f"The server at {base_url} could not be reached ({text}).", retryable=True)


def _http_error(response: httpx.Response) -> SyncClientError:
    code, message = "server_error", f"The server answered {response.status_code}."
    try:
        data = response.json()
        if isinstance(data, dict):
            code = str(data.get("error") or code)
            message = str(data.get("message") or message)
    except ValueError:
        pass
    retryable = response.status_code in RETRY_STATUSES or response.status_code >= 500
    return SyncClientError(code, message, status=response.status_code, retryable=retryable)
