"""PIN hashing (salted scrypt) and the throttling schedule for wrong PINs.

A 4–8 digit PIN has at most 10^8 values, so the hash alone cannot stop a determined guesser with
the database file; the point is that the PIN is never stored readable and that guessing at the PIN
pad is slowed down: after 3 wrong PINs each further try waits twice as long (5 s, 10 s, 20 s …,
capped at 5 minutes). The waiting state lives in the database so restarting the app does not reset it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

from app.services.errors import ValidationError

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
FREE_FAILURES = 3
FIRST_WAIT_SECONDS = 5.0
MAX_WAIT_SECONDS = 300.0

# scrypt cost: N=2^14, r=8 uses 16 MiB and ~50 ms on an old PC — slow for guessing, quick for a person.
_N, _R, _P, _DKLEN = 2**14, 8, 1, 32
_MAXMEM = 64 * 1024 * 1024


@dataclass(frozen=True)
class PinHash:
    """What is stored for a PIN: the hash, its salt and the scrypt parameters used."""

    hash: bytes
    salt: bytes
    params: str


def normalize_pin(pin: str) -> str:
    """The PIN as ASCII digits; Arabic-Indic and other decimal digits are accepted.

    Raises ValidationError("bad_pin") unless it is 4 to 8 digits.
    """
    digits = []
    for ch in pin.strip():
        value = unicodedata.digit(ch, None) if unicodedata.category(ch) == "Nd" else None
        if value is None:
            raise ValidationError("bad_pin", f"A PIN is {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits.")
        digits.append(str(value))
    if not PIN_MIN_DIGITS <= len(digits) <= PIN_MAX_DIGITS:
        raise ValidationError("bad_pin", f"A PIN is {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits.")
    return "".join(digits)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=_MAXMEM)


def hash_pin(pin: str) -> PinHash:
    """Hash a (normalised) PIN with a fresh random salt."""
    salt = os.urandom(16)
    params = f"scrypt:n={_N},r={_R},p={_P},dklen={_DKLEN}"
    return PinHash(hash=_derive(normalize_pin(pin), salt, _N, _R, _P, _DKLEN), salt=salt, params=params)


def _parse_params(params: str) -> tuple[int, int, int, int]:
    scheme, _, rest = params.partition(":")
    if scheme != "scrypt":
        raise ValueError(f"unknown PIN hash scheme {scheme!r}")
    values = dict(part.split("=", 1) for part in rest.split(","))
    return int(values["n"]), int(values["r"]), int(values["p"]), int(values["dklen"])


def pin_matches(pin: str, stored: PinHash) -> bool:
    """True when ``pin`` hashes to ``stored`` (constant-time comparison; bad input is just wrong)."""
    try:
        candidate = normalize_pin(pin)
    except ValidationError:
        return False
    n, r, p, dklen = _parse_params(stored.params)
    return hmac.compare_digest(_derive(candidate, stored.salt, n, r, p, dklen), stored.hash)


def wait_after_failures(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong PINs in a row."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS)
