"""The publisher keys this installation trusts: those shipped with the app and those a teacher added.

Shipped keys live in ``resources/keys/*.pub`` (public keys only: no private key is ever part of
the app). A teacher adds a key with ``sabil pack trust KEYFILE`` or from the Packs screen; it is
copied to ``<data dir>/trusted-keys/<key id>.pub``, so the trust survives the original file
being on a USB stick that leaves the building.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from app.content_packs.errors import PackError
from app.content_packs.signing import MAX_PUBLIC_KEY_FILE_BYTES, PublicKey, parse_public_key
from app.services.dto import TrustedKey

log = logging.getLogger(__name__)


class TrustStore:
    """Reads shipped and teacher-added public keys; adds teacher keys."""

    def __init__(self, user_keys_dir: Path, shipped_keys_dir: Path) -> None:
        self.user_keys_dir = user_keys_dir
        self.shipped_keys_dir = shipped_keys_dir

    def public_keys(self) -> dict[str, PublicKey]:
        """Every trusted key by key id (shipped keys win when a teacher added the same key)."""
        keys = {key.key_id: key for key in self._read_folder(self.user_keys_dir)}
        keys.update({key.key_id: key for key in self._read_folder(self.shipped_keys_dir)})
        return keys

    def trusted_keys(self) -> list[TrustedKey]:
        """The trusted keys for display: shipped first, then by publisher name."""
        shipped = {key.key_id for key in self._read_folder(self.shipped_keys_dir)}
        keys = [TrustedKey(key_id=k.key_id, publisher=k.publisher, shipped=k.key_id in shipped)
                for k in self.public_keys().values()]
        return sorted(keys, key=lambda k: (not k.shipped, k.publisher.casefold(), k.key_id))

    def trust_key(self, public_key_file: Path) -> TrustedKey:
        """Trust the public key in ``public_key_file`` from now on (PackError ``bad_key`` if it is not one)."""
        path = Path(public_key_file)
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_PUBLIC_KEY_FILE_BYTES + 1)
        except OSError as exc:
            raise PackError("bad_key", f"the key file cannot be read ({exc.strerror or exc})", str(path)) from exc
        try:
            key = parse_public_key(data)
        except PackError as exc:
            raise exc.at(path.name) from exc
        shipped = key.key_id in {k.key_id for k in self._read_folder(self.shipped_keys_dir)}
        if not shipped:
            self._write_atomically(self.user_keys_dir / f"{key.key_id}.pub", key.to_file_bytes())
            log.info("trusted publisher key %s (%s)", key.key_id, key.publisher)
        return TrustedKey(key_id=key.key_id, publisher=key.publisher, shipped=shipped)

    @staticmethod
    def _read_folder(folder: Path) -> list[PublicKey]:
        if not folder.is_dir():
            return []
        keys = []
        for path in sorted(folder.glob("*.pub")):
            try:
                with open(path, "rb") as handle:
                    keys.append(parse_public_key(handle.read(MAX_PUBLIC_KEY_FILE_BYTES + 1)))
            except (OSError, PackError) as exc:
                # One damaged key file must not stop every other key (and so every pack) working.
                log.warning("ignoring key file %s: %s", path, exc)
        return keys

    @staticmethod
    def _write_atomically(target: Path, data: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".key-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
