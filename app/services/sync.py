"""Sync orchestration: enrol with a hub, push and pull, say how it stands, and USB bundles.

``SyncService`` is what the UI, the CLI and the background scheduler call. The protocol is in
docs/sync-protocol.md; the HTTP side in ``app.sync.client``; the database steps in ``sync_pages``;
bundles in ``sync_bundles``. Only one sync runs at a time per data directory and process.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select

from app.config import Paths
from app.engine.learner_model.params import LearnerModelParams
from app.services.sync_bundles import export_push_bundle, import_bundle
from app.services.sync_dto import BundleImport, EnrolmentInfo, SyncError, SyncReport, SyncStatus
from app.services.sync_outbox import mark_held, waiting_count
from app.services.sync_pages import (
    next_push_batch,
    rebuild_pending,
    stamp_unstamped_learners,
    store_pull_page,
)
from app.services.sync_state import SyncState, forget_enrolment, load, read_state, save, write_fields
from app.services.sync_wording import (
    CLOCK_TOLERANCE_SECONDS,
    error_sentence,
    relay_error_sentence,
    relay_status_line,
    status_line,
)
from app.services.upstream import UpstreamSync, hub_school, relay_waiting
from app.storage.database import Database
from app.storage.models import Setting
from app.sync.client import Backoff, SyncClient, SyncClientError, pin_certificate
from app.sync.device_key import KEY_FILE_NAME, load_or_create_device_key, public_key_text
from app.sync.enrolment import split_code
from app.sync.protocol import EnrollRequest, PullResponse, PushRequest, PushResponse

log = logging.getLogger(__name__)


def device_key_path(paths: Paths) -> Path:
    """Where this data directory keeps its device key."""
    return paths.root / "keys" / KEY_FILE_NAME


class SyncService:
    """Sync of one data directory with its class hub (or district server)."""

    def __init__(
        self,
        db: Database,
        paths: Paths,
        device_id: str,
        rebuild_learner: Callable[[str], int],
        *,
        backoff: Backoff | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """``rebuild_learner`` is ``PracticeService.rebuild_learner_state``: after events arrive the
        learners' states are replayed exactly as practice would have built them."""
        self._db = db
        self._paths = paths
        self._device_id = device_id
        self._rebuild = rebuild_learner
        self._backoff = backoff or Backoff()
        self._now = now
        self._lock = threading.Lock()
        self._running = False

    # -- enrolment -------------------------------------------------------------------------------

    def enroll(self, url: str, code: str, device_name: str | None = None) -> EnrolmentInfo:
        """Join the hub at ``url`` with a teacher's enrolment code (``XXXX-XXXX-XXXX[@FINGERPRINT]``).

        With a fingerprint and an https URL the hub's certificate is checked against it and pinned
        before anything is sent. Enrolling with another server starts sync afresh with it.
        """
        url = url.strip().rstrip("/")
        code_part, fingerprint = split_code(code)
        pem = ""
        try:
            if fingerprint and urlsplit(url).scheme == "https":
                pem = pin_certificate(url, fingerprint)
            key = load_or_create_device_key(device_key_path(self._paths))
            request = EnrollRequest(
                code=code_part,
                device_id=self._device_id,
                device_name=(device_name if device_name is not None else platform.node())[:200],
                device_public_key=public_key_text(key),
            )
            with SyncClient(url, certificate_pem=pem, backoff=self._backoff) as client:
                answer = client.enroll(request)
        except SyncClientError as exc:
            raise SyncError(exc.code, error_sentence(exc.code, exc.message), exc.retryable) from exc
        with self._db.transaction() as session:
            previous = read_state(session)
            if previous.server_id and previous.server_id != answer.server_id:
                # A different server knows nothing of our cursor, confirmed answers or profiles.
                forget_enrolment(session)
                # Learners still to rebuild (noted by a pull, or by this hub's own server) stay noted.
                write_fields(session, rebuild_pending=previous.rebuild_pending)
            write_fields(
                session,
                server_url=url,
                token=answer.token,
                server_id=answer.server_id,
                school_id=answer.school_id,
                school_name=answer.school_name,
                class_id=answer.class_id,
                class_name=answer.class_name,
                fingerprint=fingerprint or "",
                certificate_pem=pem,
                stored_through=answer.stored_through,
                last_error="",
                last_error_code="",
            )
        return EnrolmentInfo(
            server_url=url,
            server_id=answer.server_id,
            school_id=answer.school_id,
            school_name=answer.school_name,
            class_id=answer.class_id,
            class_name=answer.class_name,
            pinned_fingerprint=fingerprint or "",
        )

    # -- sync over the network -------------------------------------------------------------------

    def sync_now(self) -> SyncReport:
        """Push everything waiting, pull everything new, rebuild the learners it touched.

        Raises SyncError (after recording it for ``status()``) when the server cannot be reached or
        refuses; whatever was confirmed before the failure stays confirmed.
        """
        with self._lock:
            self._running = True
            try:
                return self._sync_once()
            finally:
                self._running = False

    def _sync_once(self) -> SyncReport:
        started = time.monotonic()
        state = load(self._db)
        if not state.enrolled:
            raise SyncError("not_enrolled", error_sentence("not_enrolled", ""))
        school = hub_school(self._db, self._device_id)
        if school is not None:
            return self._relay_once(state, school, started)
        save(self._db, last_attempt=self._now())
        # Learners whose events arrived before a crash: rebuild them before anything else.
        rebuild_pending(self._db, self._rebuild)
        try:
            with self._client(state) as client:
                offset, stored_through = self._check_status(client, state)
                start_seq = stored_through
                learners_pushed = self._push(client, stored_through)
                pushed_to = load(self._db).stored_through
                pulled, learners_pulled, cursor = self._pull(client, state.cursor)
                models_received = self._fetch_models(client)
        except SyncClientError as exc:
            self._record_failure(exc.code, exc.message)
            raise SyncError(exc.code, error_sentence(exc.code, exc.message), exc.retryable) from exc
        rebuilt = rebuild_pending(self._db, self._rebuild)
        finished = self._now()
        pushed = max(0, pushed_to - start_seq)
        save(
            self._db,
            last_success=finished,
            last_error="",
            last_error_code="",
            clock_offset=offset,
            last_pushed=pushed,
            last_pulled=pulled,
        )
        with self._db.session() as session:
            waiting = waiting_count(session, self._device_id, pushed_to)
        return SyncReport(
            pushed=pushed,
            pulled=pulled,
            learners_pushed=learners_pushed,
            learners_pulled=learners_pulled,
            rebuilt_learners=rebuilt,
            stored_through=pushed_to,
            cursor=cursor,
            answers_waiting=waiting,
            clock_offset_seconds=offset,
            duration_seconds=time.monotonic() - started,
            models_received=models_received,
        )

    def _relay_once(self, state: SyncState, school_id: str, started: float) -> SyncReport:
        """A class hub's sync with the district server: relay its school's changes, then pull.

        Its own answers go up in the relay (they are in its change log), never by a device push.
        """
        save(self._db, last_attempt=self._now())
        rebuilt = rebuild_pending(self._db, self._rebuild)
        try:
            with self._client(state) as client:
                offset, _ = self._check_status(client, state)
                report = UpstreamSync(self._db, self._device_id, school_id, self._rebuild).run(client)
                models_received = self._fetch_models(client)
        except SyncClientError as exc:
            self._record_failure(exc.code, exc.message, relaying=True)
            raise SyncError(exc.code, relay_error_sentence(exc.code, exc.message), exc.retryable) from exc
        rebuilt += rebuild_pending(self._db, self._rebuild)
        save(
            self._db,
            last_success=self._now(),
            last_error="",
            last_error_code="",
            clock_offset=offset,
            last_pushed=report.relayed,
            last_pulled=report.pulled,
        )
        return SyncReport(
            pushed=report.relayed,
            pulled=report.pulled,
            learners_pushed=report.learners_relayed,
            learners_pulled=report.learners_pulled,
            rebuilt_learners=rebuilt,
            stored_through=load(self._db).stored_through,
            cursor=report.cursor,
            answers_waiting=relay_waiting(self._db, self._device_id, school_id),
            clock_offset_seconds=offset,
            duration_seconds=time.monotonic() - started,
            models_received=models_received,
            relaying=True,
            relayed_through=report.relayed_through,
        )

    def _fetch_models(self, client: SyncClient) -> tuple[str, ...]:
        """Fetch the learner-model parameters the hub fitted on the school's answers, when they changed.

        They become this computer's ``models/<pack id>.json``, which practice prefers to a pack's own
        and to the defaults (see app/services/learner_model_runtime.py). A hub that shares none, or an
        older hub without the endpoint, changes nothing; a file that fails its checks is not written.
        """
        try:
            offered = client.models().models
        except SyncClientError as exc:
            if exc.code in ("not_found", "bad_answer"):
                return ()
            raise
        folder = self._paths.root / "models"
        received = []
        for info in offered:
            target = folder / f"{info.pack_id}.json"
            key = f"sync.client.model.{info.pack_id}"  # the hub's sha256 of what is in that file now
            with self._db.session() as session:
                have = session.scalar(select(Setting.value).where(Setting.key == key))
            if target.is_file() and have == info.sha256:
                continue
            document = client.model(info.pack_id)
            data = json.dumps(document.body, ensure_ascii=False).encode("utf-8")
            try:
                LearnerModelParams.from_dict(document.body)
            except (ValueError, TypeError, KeyError):
                log.warning("the hub's learner model for %s is not valid; kept the current one", info.pack_id)
                continue
            folder.mkdir(parents=True, exist_ok=True)
            temporary = target.with_suffix(".json.tmp")
            temporary.write_bytes(data)
            os.replace(temporary, target)
            with self._db.transaction() as session:
                session.merge(Setting(key=key, value=document.sha256))
            received.append(info.pack_id)
        return tuple(received)

    def _client(self, state: SyncState) -> SyncClient:
        try:
            return SyncClient(
                state.server_url, state.token, certificate_pem=state.certificate_pem, backoff=self._backoff
            )
        except SyncClientError as exc:
            self._record_failure(exc.code, exc.message)
            raise SyncError(exc.code, error_sentence(exc.code, exc.message)) from exc

    def _check_status(self, client: SyncClient, state: SyncState) -> tuple[float, int]:
        """(server clock minus ours, where the server says our answers are stored through)."""
        before = self._now().timestamp()
        answer = client.status()
        after = self._now().timestamp()
        offset = answer.server_time.timestamp() - (before + after) / 2
        save(self._db, clock_offset=offset)
        stored_through = answer.device.stored_through if answer.device is not None else state.stored_through
        if stored_through != state.stored_through:
            # The server is the authority on what it holds (it may have been restored from a backup).
            save(self._db, stored_through=stored_through)
        return offset, stored_through

    def _push(self, client: SyncClient, stored_through: int) -> int:
        position = stored_through
        learners_pushed = 0

        with self._db.transaction() as session:
            stamp_unstamped_learners(session, self._device_id)

        def next_batch() -> PushRequest | None:
            with self._db.session() as session:
                known = read_state(session).learner_stamps
                return next_push_batch(session, self._device_id, position, known)

        def on_answer(batch: PushRequest, answer: PushResponse) -> None:
            nonlocal position, learners_pushed
            position = answer.stored_through
            learners_pushed += len(batch.learners)
            with self._db.transaction() as session:
                known = read_state(session).learner_stamps
                known.update({profile.id: profile.hlc for profile in batch.learners})
                write_fields(session, stored_through=answer.stored_through, learner_stamps=known)
                mark_held(session, batch.records)

        client.push_all(next_batch, on_answer)
        return learners_pushed

    def _pull(self, client: SyncClient, cursor: int) -> tuple[int, int, int]:
        pulled = 0
        learners = 0

        def apply(page: PullResponse) -> None:
            nonlocal pulled, learners
            result = store_pull_page(self._db, page)
            pulled += result.events_added
            learners += len(result.learners_changed)

        final = client.pull_all(cursor, apply)
        return pulled, learners, final

    def _record_failure(self, code: str, message: str, *, relaying: bool = False) -> None:
        sentence = relay_error_sentence(code, message) if relaying else error_sentence(code, message)
        save(self._db, last_error=sentence, last_error_code=code)

    # -- status ----------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        """How sync stands: last success, answers waiting, the last problem (only if it came after
        the last success), and whether this computer's clock looks wrong. On a class hub connected to
        a district server it says how the relay stands (every answer of the hub's school)."""
        school = hub_school(self._db, self._device_id)
        with self._db.session() as session:
            state = read_state(session)
            waiting = waiting_count(session, self._device_id, state.stored_through)
        relaying = school is not None and state.enrolled
        if relaying and school is not None:
            waiting = relay_waiting(self._db, self._device_id, school)
        error = state.last_error
        stale_error = bool(
            error and state.last_success and state.last_attempt and state.last_attempt <= state.last_success
        )
        if stale_error:
            error = ""
        line = relay_status_line if relaying else status_line
        return SyncStatus(
            enrolled=state.enrolled,
            server_url=state.server_url,
            school_name=state.school_name,
            class_name=state.class_name,
            last_success=state.last_success,
            last_attempt=state.last_attempt,
            answers_waiting=waiting,
            last_error=error,
            last_error_code=state.last_error_code if error else "",
            clock_offset_seconds=state.clock_offset,
            clock_wrong=abs(state.clock_offset) > CLOCK_TOLERANCE_SECONDS,
            running=self._running,
            text=line(
                enrolled=state.enrolled,
                last_success=state.last_success,
                last_attempt=state.last_attempt,
                waiting=waiting,
                error=error,
                clock_offset=state.clock_offset,
                now=self._now(),
            ),
            relaying=relaying,
            relayed_through=state.relayed_through,
        )

    # -- USB bundles -----------------------------------------------------------------------------

    def export_bundle(self, out_dir: Path) -> Path:
        """Write this device's waiting answers and changed profiles to a signed bundle in ``out_dir``
        (e.g. a USB stick) for the hub to import; returns the file."""
        return export_push_bundle(self._db, self._device_id, device_key_path(self._paths), Path(out_dir))

    def import_bundle(self, file: Path, reply_dir: Path | None = None) -> BundleImport:
        """Import a bundle: on a hub, a device's bundle (verified, ingested, answered with a reply
        bundle written to ``reply_dir`` or beside the file); on a device, the hub's reply.

        Raises SyncError with code ``bundle_<reason>`` when the bundle is refused (nothing changed).
        """
        result = import_bundle(
            self._db,
            self._device_id,
            device_key_path(self._paths),
            Path(file),
            reply_dir=reply_dir,
            now=self._now,
        )
        rebuild_pending(self._db, self._rebuild)
        return result
