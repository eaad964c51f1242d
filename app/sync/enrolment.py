"""Enrolment: schools and classes, short codes a teacher gives out, device tokens, revocation, QR codes.

Codes and tokens are secrets: the server keeps only their sha256. A code is 12 Crockford base32
symbols (60 random bits), expiring and with limited uses; a token is 32 random bytes. A hub serving
TLS appends ``@<certificate fingerprint>`` to the code so the device can pin the self-signed
certificate. See docs/sync-protocol.md, "Enrolment code format".
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.storage.ids import uuid7
from app.storage.models import Device
from app.storage.sync_models import SyncClass, SyncDevice, SyncEnrolmentCode, SyncSchool
from app.storage.types import utc_now
from app.sync.protocol import EnrollRequest, EnrollResponse
from app.sync.server.errors import SyncRefused
from app.sync.server.sql import insert_ignore

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_SYMBOLS = 12
FINGERPRINT_SYMBOLS = 16
DEFAULT_CODE_DAYS = 7
DEFAULT_CODE_USES = 100
MAX_NAME = 100
# Crockford's decoding rules: letters a person may type for the digits they look like.
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def crockford_base32(data: bytes, symbols: int) -> str:
    """The first ``symbols`` Crockford base32 symbols of ``data`` (big-endian, 5 bits each)."""
    value = int.from_bytes(data, "big")
    bits = len(data) * 8
    if symbols * 5 > bits:
        raise ValueError("not enough bits for that many symbols")
    value >>= bits - symbols * 5
    return "".join(CROCKFORD[(value >> (5 * (symbols - 1 - i))) & 31] for i in range(symbols))


def format_code(symbols: str) -> str:
    """``K7QPM92X4TZB`` → ``K7QP-M92X-4TZB`` (easier to read aloud and type)."""
    return "-".join(symbols[i : i + 4] for i in range(0, len(symbols), 4))


def split_code(text: str) -> tuple[str, str | None]:
    """(the code part, the certificate fingerprint or None) of a code as a person typed it."""
    code, _, fingerprint = text.strip().partition("@")
    cleaned = fingerprint.strip().upper().replace("-", "").replace(" ", "").translate(_LOOKALIKES)
    return code, (cleaned or None)


def normalise_code(text: str) -> str:
    """The canonical symbols of a code: upper case, no spaces or hyphens, look-alikes mapped, no suffix."""
    code, _ = split_code(text)
    return code.upper().replace("-", "").replace(" ", "").translate(_LOOKALIKES)


def sha256_hex(secret: str) -> str:
    """How codes and tokens are stored: the hex sha256 of their text."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_token() -> str:
    """A device token: 32 random bytes, URL-safe base64 without padding (43 characters)."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode("ascii")


def certificate_fingerprint(der: bytes) -> str:
    """The pinning fingerprint of a certificate: sha256 of its DER bytes, first 16 Crockford symbols."""
    return crockford_base32(hashlib.sha256(der).digest(), FINGERPRINT_SYMBOLS)


@dataclass(frozen=True)
class ClassRef:
    """A school and class as ``hub init`` made or found them."""

    school_id: str
    school_name: str
    class_id: str
    class_name: str


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError(f"the {what} name is empty")
    if len(cleaned) > MAX_NAME:
        raise ValueError(f"the {what} name is longer than {MAX_NAME} characters")
    return cleaned


def ensure_school_and_class(session: Session, school_name: str, class_name: str) -> ClassRef:
    """The school and class with these names, created when missing (names are unique per level)."""
    school_name = _clean_name(school_name, "school")
    class_name = _clean_name(class_name, "class")
    insert_ignore(session, SyncSchool.__table__, [{"id": uuid7(), "name": school_name, "change_seq": 0,
                                                   "created_at": utc_now()}])
    school = session.execute(select(SyncSchool).where(SyncSchool.name == school_name)).scalar_one()
    insert_ignore(session, SyncClass.__table__, [{"id": uuid7(), "school_id": school.id, "name": class_name,
                                                  "created_at": utc_now()}])
    klass = session.execute(
        select(SyncClass).where(SyncClass.school_id == school.id, SyncClass.name == class_name)
    ).scalar_one()
    return ClassRef(school.id, school.name, klass.id, klass.name)


def create_enrolment_code(
    session: Session,
    ref: ClassRef,
    *,
    days: int = DEFAULT_CODE_DAYS,
    uses: int = DEFAULT_CODE_USES,
    fingerprint: str | None = None,
    now: datetime | None = None,
) -> str:
    """A new code for ``ref``'s class, valid ``days`` days for ``uses`` devices; only its hash is kept."""
    if days < 1 or uses < 1:
        raise ValueError("a code must be valid for at least one day and one device")
    symbols = "".join(secrets.choice(CROCKFORD) for _ in range(CODE_SYMBOLS))
    now = now or utc_now()
    session.add(
        SyncEnrolmentCode(
            code_hash=sha256_hex(symbols),
            school_id=ref.school_id,
            class_id=ref.class_id,
            expires_at=now + timedelta(days=days),
            uses_left=uses,
            created_at=now,
        )
    )
    code = format_code(symbols)
    return f"{code}@{fingerprint}" if fingerprint else code


def _ensure_device_row(session: Session, device_id: str, name: str) -> None:
    # attempt_events.device_id refers to devices; a hub may already know the device (its own).
    insert_ignore(session, Device.__table__, [{"id": device_id, "name": name, "last_seq": 0,
                                               "created_at": utc_now()}])


def enrol_device(session: Session, request: EnrollRequest, server_id: str, now: datetime | None = None) -> EnrollResponse:
    """Use one use of the code and give the device a token scoped to the code's school.

    Raises ``SyncRefused``: 403 ``invalid_code``, 403 ``device_revoked``, 409 ``already_enrolled``,
    422 ``invalid_request`` (a public key that is not 32 bytes of base64).
    """
    now = now or utc_now()
    _check_public_key(request.device_public_key)
    claimed = session.execute(
        update(SyncEnrolmentCode)
        .where(
            SyncEnrolmentCode.code_hash == sha256_hex(normalise_code(request.code)),
            SyncEnrolmentCode.uses_left > 0,
            SyncEnrolmentCode.expires_at > now,
        )
        .values(uses_left=SyncEnrolmentCode.uses_left - 1)
        .returning(SyncEnrolmentCode.school_id, SyncEnrolmentCode.class_id)
    ).first()
    if claimed is None:
        raise SyncRefused(403, "invalid_code", "This enrolment code is unknown, expired or used up.")
    school_id, class_id = claimed
    token = new_token()
    existing = session.get(SyncDevice, request.device_id, with_for_update=True)
    if existing is not None:
        if existing.revoked_at is not None:
            raise SyncRefused(403, "device_revoked", "This device was revoked; enrol it under a new device id.")
        if existing.school_id != school_id or existing.is_local:
            raise SyncRefused(409, "already_enrolled", "This device is enrolled in another school.")
        existing.token_hash = sha256_hex(token)
        existing.class_id = class_id
        existing.name = request.device_name
        existing.public_key = request.device_public_key
        device = existing
    else:
        _ensure_device_row(session, request.device_id, request.device_name)
        device = SyncDevice(
            device_id=request.device_id,
            school_id=school_id,
            class_id=class_id,
            name=request.device_name,
            public_key=request.device_public_key,
            token_hash=sha256_hex(token),
            stored_through=0,
            sequenced_through=0,
            is_local=False,
            enrolled_at=now,
        )
        session.add(device)
    session.flush()
    school = session.get_one(SyncSchool, school_id)
    klass = session.get_one(SyncClass, class_id)
    return EnrollResponse(
        token=token,
        device_id=request.device_id,
        school_id=school_id,
        school_name=school.name,
        class_id=class_id,
        class_name=klass.name,
        server_id=server_id,
        stored_through=device.stored_through,
    )


def _check_public_key(text: str) -> None:
    try:
        raw = base64.b64decode(text.strip().replace("-", "+").replace("_", "/"), validate=True)
    except ValueError as exc:
        raise SyncRefused(422, "invalid_request", "device_public_key is not base64.") from exc
    if len(raw) != 32:
        raise SyncRefused(422, "invalid_request", "device_public_key must be a raw 32-byte Ed25519 key.")


def authenticate(session: Session, token: str | None) -> SyncDevice:
    """The enrolled device holding ``token``; 401 ``missing_token`` / ``invalid_token`` / ``token_revoked``."""
    if not token:
        raise SyncRefused(401, "missing_token", "Send the device token as 'Authorization: Bearer <token>'.")
    if len(token) > 100:
        raise SyncRefused(401, "invalid_token", "This token is not known here.")
    device = session.execute(select(SyncDevice).where(SyncDevice.token_hash == sha256_hex(token))).scalar_one_or_none()
    if device is None:
        raise SyncRefused(401, "invalid_token", "This token is not known here.")
    if device.revoked_at is not None:
        raise SyncRefused(401, "token_revoked", "This device was revoked by its school.")
    return device


def revoke_device(session: Session, device_id: str, now: datetime | None = None) -> bool:
    """Revoke an enrolled device: its token stops working at once. False when no such device."""
    result = session.execute(
        update(SyncDevice)
        .where(SyncDevice.device_id == device_id, SyncDevice.revoked_at.is_(None))
        .values(revoked_at=now or utc_now())
    )
    if result.rowcount:
        return True
    return session.get(SyncDevice, device_id) is not None


def register_local_device(session: Session, device_id: str, ref: ClassRef) -> SyncDevice:
    """Make the hub's own device a member of ``ref``'s class (no token: it never talks HTTP to itself).

    Its events and profile changes are then numbered into the school's change log before each pull,
    so enrolled devices receive what the teacher's own Sabil records. A device already registered
    keeps its school.
    """
    existing = session.get(SyncDevice, device_id)
    if existing is not None:
        return existing
    _ensure_device_row(session, device_id, "")
    device = SyncDevice(
        device_id=device_id,
        school_id=ref.school_id,
        class_id=ref.class_id,
        name="hub",
        public_key="",
        token_hash=None,
        stored_through=0,
        sequenced_through=0,
        is_local=True,
        enrolled_at=utc_now(),
    )
    session.add(device)
    session.flush()
    return device


def enrolment_uri(server_url: str, code: str) -> str:
    """What the QR code says: ``sabil://enroll?url=<URL>&code=<CODE>``."""
    return f"sabil://enroll?url={quote(server_url, safe='')}&code={quote(code, safe='')}"


def enrolment_qr_svg(server_url: str, code: str) -> str:
    """The enrolment URI as a QR code in SVG (pure Python: no Pillow needed)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(enrolment_uri(server_url, code), image_factory=qrcode.image.svg.SvgPathImage)
    return image.to_string(encoding="unicode")


def enrolled_device(session: Session, device_id: str) -> SyncDevice:
    """The enrolled (not revoked) device ``device_id``, e.g. the signer of a USB bundle.

    Raises ``SyncRefused`` 403 ``unknown_device`` or 401 ``token_revoked``.
    """
    device = session.get(SyncDevice, device_id)
    if device is None or device.is_local:
        raise SyncRefused(403, "unknown_device", "This device is not enrolled here.")
    if device.revoked_at is not None:
        raise SyncRefused(401, "token_revoked", "This device was revoked by its school.")
    return device
