"""Finding the class hub again when its address changed.

A hub is the teacher's laptop: it gets a new address from the school's router from one day to the
next, or the teacher picks another port. The learner PCs enrolled with the old URL would then say
"cannot reach the hub" for ever. Instead, when the hub cannot be reached, a PC looks for it on the
LAN (zeroconf) and moves to the address where **the same hub** now answers: the same server id and
the same certificate fingerprint that the enrolment code pinned. The fingerprint check is what makes
this safe — any machine can publish an advert, but only the real hub holds the pinned certificate's
key, and the client refuses any other certificate on every connection anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from app.services.sync_state import SyncState, load, save
from app.storage.database import Database
from app.sync.discovery import HubAdvert

log = logging.getLogger(__name__)

BROWSE_SECONDS = 3.0


def moved_hub_url(state: SyncState, adverts: Iterable[HubAdvert]) -> str | None:
    """The URL where this device's own hub is advertised now, when it differs from the stored one.

    Only hubs enrolled with a pinned certificate (a fingerprint in the code) are followed: a district
    server with a CA certificate is reached by its name, not found on the LAN, and a plain-HTTP hub
    only ever runs on loopback. An advert must match both the server id and the fingerprint, and use
    HTTPS, so an advert cannot lead the device to another server or to an unencrypted one.
    """
    if not (state.enrolled and state.server_id and state.fingerprint):
        return None
    for advert in adverts:
        if (
            advert.server_id == state.server_id
            and advert.fingerprint == state.fingerprint
            and advert.url.startswith("https://")
            and advert.url != state.server_url
        ):
            return advert.url
    return None


def _browse_lan(timeout: float) -> list[HubAdvert]:
    # Imported here: zeroconf costs start-up time and is only needed after a failed sync.
    from app.sync.discovery import browse

    return browse(timeout)


class HubRelocator:
    """Looks for the enrolled hub on the LAN and stores its new URL (``relocate()``)."""

    def __init__(
        self,
        db: Database,
        browse: Callable[[float], Iterable[HubAdvert]] = _browse_lan,
        timeout: float = BROWSE_SECONDS,
    ) -> None:
        self._db = db
        self._browse = browse
        self._timeout = timeout

    def relocate(self) -> str | None:
        """Browse the LAN; if the same hub answers at another URL, store that URL and return it."""
        state = load(self._db)
        if not (state.enrolled and state.server_id and state.fingerprint):
            return None
        try:
            adverts = list(self._browse(self._timeout))
        except OSError as exc:  # no network interface at all, multicast refused …
            log.info("could not look for the hub on the LAN: %s", exc)
            return None
        url = moved_hub_url(state, adverts)
        if url is not None:
            log.info("the class hub %s moved from %s to %s", state.server_id, state.server_url, url)
            save(self._db, server_url=url)
        return url
