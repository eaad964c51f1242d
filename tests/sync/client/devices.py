"""Test helpers for sync: devices with the mini pack, answering through PracticeService, and a live
class hub (the teacher's own data directory served by the real FastAPI app on uvicorn, loopback)."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from pathlib import Path

import uvicorn

from app.content_packs.answer_oracle import right_response, wrong_response
from app.services.app_services import AppServices
from app.sync.enrolment import (
    certificate_fingerprint,
    create_enrolment_code,
    ensure_school_and_class,
    register_local_device,
)
from app.sync.server.app import create_app

MINI_SOURCE = Path(__file__).resolve().parents[2] / "fixtures" / "packs" / "mini"


def build_mini_pack(folder: Path) -> Path:
    """The mini fixture pack built into a .sabilpack file in ``folder``."""
    from app.content_packs.builder import build_pack

    return build_pack(MINI_SOURCE, folder / "mini-1.0.0.sabilpack")


def open_device(root: Path, pack: Path) -> AppServices:
    """A device: a data directory with only the mini pack installed."""
    services = AppServices.open(root, install_bundled=False)
    if not services.packs.installed():
        services.packs.install_file(pack, allow_unsigned=True)
    return services


def practise(services: AppServices, learner_id: str, answers: str) -> list[str]:
    """Answer items through the real PracticeService: ``answers`` is a string of 1 (right) and 0
    (wrong). Returns the event ids recorded."""
    practice = services.practice
    session_id = practice.start_session(learner_id)
    ids = []
    for mark in answers:
        practice.next_item(session_id)
        shown = practice.shown_rendering(session_id)
        response = right_response(shown) if mark == "1" else wrong_response(shown)
        feedback = practice.submit(session_id, response, 1500)
        assert feedback.event_id is not None
        ids.append(feedback.event_id)
    practice.end_session(session_id)
    return ids


def free_socket() -> socket.socket:
    """A listening socket on a free loopback port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    return sock


class _Served:
    """A FastAPI app run by uvicorn on a thread, on a free loopback port."""

    def __init__(self, app: object, tls: tuple[Path, Path] | None = None) -> None:
        self._sock = free_socket()
        self.port = self._sock.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        options = {"ssl_certfile": str(tls[0]), "ssl_keyfile": str(tls[1])} if tls else {}
        self._server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", **options))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the sync server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)
        self._sock.close()


class LiveHub:
    """The teacher's Sabil (``services``) with the sync server running on its own database."""

    def __init__(
        self, root: Path, pack: Path, school: str = "Al Noor", klass: str = "5B", tls: tuple[Path, Path] | None = None
    ) -> None:
        """``tls`` is (certificate, key) PEM files: the hub then serves https only."""
        self.services = open_device(root, pack)
        with self.services.db.transaction() as session:
            self.ref = ensure_school_and_class(session, school, klass)
            register_local_device(session, self.services.device_id, self.ref)
        self.fingerprint = (
            certificate_fingerprint(ssl.PEM_cert_to_DER_cert(tls[0].read_text())) if tls else ""
        )
        self._served = _Served(create_app(f"sqlite:///{self.services.paths.database}"), tls)
        self.port, self.url = self._served.port, self._served.url

    def code(self, school: str | None = None, klass: str | None = None) -> str:
        """A fresh enrolment code (for another school or class when named)."""
        with self.services.db.transaction() as session:
            ref = ensure_school_and_class(session, school, klass or "1A") if school else self.ref
            return create_enrolment_code(session, ref, fingerprint=self.fingerprint or None)

    def close(self) -> None:
        """Stop the server and close the hub's database."""
        self._served.stop()
        self.services.close()


class LiveDistrictServer:
    """A district server: the sync app over its own database (SQLite or PostgreSQL), no local device."""

    def __init__(self, database_url: str, school: str = "District school", klass: str = "6A") -> None:
        from sqlalchemy.orm import Session

        app = create_app(database_url)
        self.engine = app.state.engine
        with Session(self.engine) as session, session.begin():
            self.ref = ensure_school_and_class(session, school, klass)
        self._served = _Served(app)
        self.port, self.url = self._served.port, self._served.url

    def code(self) -> str:
        """A fresh enrolment code for the school's class."""
        from sqlalchemy.orm import Session

        with Session(self.engine) as session, session.begin():
            return create_enrolment_code(session, self.ref)

    def close(self) -> None:
        """Stop serving and release the database."""
        self._served.stop()
        self.engine.dispose()


def _read_http_message(stream: socket.socket, buffer: bytearray) -> bytes | None:
    """One whole HTTP/1.1 message (headers + Content-Length body) from ``stream``; None at EOF."""
    while b"\r\n\r\n" not in buffer:
        chunk = stream.recv(65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    head_end = buffer.index(b"\r\n\r\n") + 4
    length = 0
    for line in bytes(buffer[:head_end]).split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(buffer) < head_end + length:
        chunk = stream.recv(65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    message = bytes(buffer[: head_end + length])
    del buffer[: head_end + length]
    return message


class CuttingProxy:
    """A loopback HTTP proxy in front of a server that, for the first ``cuts[path]`` requests to a
    path, forwards the request (the server does the work) and then cuts the connection after sending
    only part of the answer — the client never sees it."""

    def __init__(self, upstream_port: int, cuts: dict[str, int]) -> None:
        self.cuts = dict(cuts)
        self.cut_done: list[str] = []
        self.seen: list[str] = []
        self._upstream = upstream_port
        self._sock = free_socket()
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self._upstream))
        from_client, from_upstream = bytearray(), bytearray()
        try:
            while True:
                request = _read_http_message(client, from_client)
                if request is None:
                    return
                path = request.split(b" ", 2)[1].split(b"?")[0].decode()
                self.seen.append(path)
                upstream.sendall(request)
                response = _read_http_message(upstream, from_upstream)
                if response is None:
                    return
                with self._lock:
                    cut = self.cuts.get(path, 0) > 0
                    if cut:
                        self.cuts[path] -= 1
                        self.cut_done.append(path)
                if cut:
                    client.sendall(response[: len(response) // 2])
                    return
                client.sendall(response)
        finally:
            client.close()
            upstream.close()

    def close(self) -> None:
        """Stop accepting connections."""
        self._sock.close()


def self_signed_certificate(folder: Path, host: str = "sabil-hub") -> tuple[Path, Path]:
    """A self-signed ECDSA P-256 certificate and key (PEM files), like a hub makes for itself."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path
