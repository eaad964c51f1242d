"""Finding a class hub on the LAN without typing addresses: zeroconf (mDNS / DNS-SD).

A hub advertises ``<name>._sabil._tcp.local.`` with TXT properties ``v`` (protocol version),
``scheme`` (``https`` off loopback), ``server_id``, ``school`` and ``fp`` (the certificate fingerprint
the enrolment code also carries). A device browses for that type and turns each answer into a URL.
An advert only says where a hub is: trust still comes from the enrolment code (its fingerprint pins
the certificate), so a rogue advert on the LAN can waste a try but never receive a token.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass

from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, ServiceListener, Zeroconf

from app.sync.protocol import PROTOCOL_VERSION

SERVICE_TYPE = "_sabil._tcp.local."
MAX_NAME = 60


@dataclass(frozen=True)
class HubAdvert:
    """A hub found on the network."""

    name: str
    url: str
    server_id: str
    school: str
    fingerprint: str
    protocol_version: int


def _text(properties: dict[bytes, bytes | None], key: str) -> str:
    value = properties.get(key.encode("ascii"))
    return value.decode("utf-8", "replace") if value else ""


def service_info(
    name: str,
    port: int,
    addresses: list[str],
    *,
    tls: bool,
    server_id: str,
    school: str = "",
    fingerprint: str = "",
    host: str | None = None,
) -> ServiceInfo:
    """The DNS-SD record a hub publishes."""
    label = (" ".join(name.split()) or "Sabil hub")[:MAX_NAME].replace(".", " ")
    return ServiceInfo(
        SERVICE_TYPE,
        f"{label}.{SERVICE_TYPE}",
        port=port,
        addresses=[ipaddress.ip_address(address).packed for address in addresses],
        properties={
            "v": str(PROTOCOL_VERSION),
            "scheme": "https" if tls else "http",
            "server_id": server_id,
            "school": school[:100],
            "fp": fingerprint,
        },
        server=host or f"{socket.gethostname().split('.')[0] or 'sabil-hub'}.local.",
    )


def hub_from_info(info: ServiceInfo) -> HubAdvert | None:
    """The hub an mDNS answer describes, or None when it is not a usable Sabil hub record."""
    if info.port is None or not info.port:
        return None
    addresses = info.parsed_scoped_addresses(IPVersion.All)
    if not addresses:
        return None
    # Prefer IPv4: link-local IPv6 addresses need a zone that URLs handle badly.
    address = next((a for a in addresses if ":" not in a), addresses[0])
    host = f"[{address}]" if ":" in address else address
    properties = info.properties or {}
    scheme = _text(properties, "scheme") or "https"
    if scheme not in ("http", "https"):
        return None
    try:
        version = int(_text(properties, "v") or 0)
    except ValueError:
        return None
    name = info.name[: -len(SERVICE_TYPE) - 1] if info.name.endswith("." + SERVICE_TYPE) else info.name
    return HubAdvert(
        name=name,
        url=f"{scheme}://{host}:{info.port}",
        server_id=_text(properties, "server_id"),
        school=_text(properties, "school"),
        fingerprint=_text(properties, "fp"),
        protocol_version=version,
    )


class HubAdvertiser:
    """Publishes this hub on the LAN until ``close()``."""

    def __init__(self, info: ServiceInfo, zeroconf: Zeroconf | None = None) -> None:
        self._own = zeroconf is None
        self._zeroconf = zeroconf or Zeroconf()
        self.info = info
        self._zeroconf.register_service(info, allow_name_change=True)

    def close(self) -> None:
        """Withdraw the advert (and close the zeroconf instance if this object made it)."""
        self._zeroconf.unregister_service(self.info)
        if self._own:
            self._zeroconf.close()


class _Collector(ServiceListener):
    def __init__(self) -> None:
        self.found: dict[str, HubAdvert] = {}
        self.changed = threading.Event()

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        info = zc.get_service_info(type_, name, timeout=2000)
        advert = hub_from_info(info) if info is not None else None
        if advert is not None and advert.protocol_version == PROTOCOL_VERSION:
            self.found[name] = advert
            self.changed.set()

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.add_service(zc, type_, name)

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.found.pop(name, None)


def browse(timeout: float = 3.0, zeroconf: Zeroconf | None = None, *, stop_at_first: bool = False) -> list[HubAdvert]:
    """Hubs speaking this protocol version found within ``timeout`` seconds, sorted by name."""
    own = zeroconf is None
    zc = zeroconf or Zeroconf()
    collector = _Collector()
    browser = ServiceBrowser(zc, SERVICE_TYPE, listener=collector)
    try:
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            if collector.changed.wait(remaining) and stop_at_first:
                break
            collector.changed.clear()
    finally:
        browser.cancel()
        if own:
            zc.close()
    return sorted(collector.found.values(), key=lambda advert: advert.name)
