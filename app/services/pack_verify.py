"""Every check an import makes, with nothing written: what `sabil pack verify` and ``PackService.check_file`` run.

The media files are read and hashed (and their content sniffed) on a helper thread while the
calling thread validates pack.json, as the import does, so verifying a 300 MB pack takes about as
long as validating its pack.json.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path

from app.content_packs.errors import PackError
from app.content_packs.media_sniff import sniff_problem, svg_problem
from app.content_packs.model import PackManifest
from app.content_packs.reader import read_pack
from app.content_packs.signing import PublicKey, SignatureCheck, verify_signature
from app.services.import_media_pass import MediaPass, claimed_pack
from app.services.media_import import MediaImport
from app.services.media_store import MediaStore
from app.services.pack_files import read_raw


def verify_pack_file(path: Path, trusted: Mapping[str, PublicKey]) -> tuple[PackManifest, SignatureCheck]:
    """The validated manifest and what the signature says; PackError for anything wrong (bad signature included)."""
    path = Path(path)
    raw = read_raw(path)
    check = verify_signature(raw.signature, raw.pack_json, trusted)
    claims = claimed_pack(raw.pack_json)
    if claims is None:
        return read_pack(path), check  # the reader says precisely what is wrong (or it is fine after all)
    with tempfile.TemporaryDirectory(prefix="sabil-verify-") as nowhere:
        # Nothing is copied: the store only gives the checker a folder it never writes to.
        checker = MediaImport(MediaStore(Path(nowhere)), head_check=sniff_problem, full_check=svg_problem,
                              check_content_when_not_copying=True)
        plan = [(entry, False) for entry in claims.media]
        media_pass = MediaPass(path, plan, checker, lambda _entry: _ignore, lambda _entry: None).start()
        try:
            manifest = read_pack(path, media_hashes=False)
        except BaseException:
            media_pass.stop()
            media_pass.join_quietly()
            raise
        media_pass.join()
    if manifest.media != claims.media or read_raw(path).pack_json != raw.pack_json:
        raise PackError("changed", "the pack file changed while it was being read; try again", path.name)
    return manifest, check


def _ignore(_count: int) -> None:
    """No progress to report while verifying."""
