"""A learner PC finds its class hub again after the hub's address changed (new port, new DHCP lease).

The end-to-end test runs a real TLS hub with a real zeroconf advert: the PC enrols, the hub restarts
on another port, and the PC's background sync — which gets "unreachable" at the old address — looks
on the LAN, moves to the new address of the same hub and syncs there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.app_services import AppServices
from app.services.hub_relocation import HubRelocator, moved_hub_url
from app.services.sync_dto import SyncError
from app.services.sync_scheduler import BackgroundSync
from app.services.sync_state import SyncState, load
from app.sync.discovery import HubAdvert

from .devices import build_mini_pack, open_device, practise

SERVER = "0193f1a0-0000-7000-8000-0000000000aa"
FP = "5W3HQ0M8C9R1T2VX"


def _state(**changes: object) -> SyncState:
    values: dict[str, object] = {
        "server_url": "https://10.0.0.5:8765", "token": "t" * 43, "server_id": SERVER, "fingerprint": FP,
    }
    values.update(changes)
    return SyncState(**values)  # type: ignore[arg-type]


def _advert(url: str = "https://10.0.0.9:8765", server_id: str = SERVER, fingerprint: str = FP) -> HubAdvert:
    return HubAdvert(name="Teacher", url=url, server_id=server_id, school="Al Noor", fingerprint=fingerprint,
                     protocol_version=1)


def test_the_same_hub_at_a_new_address_is_followed() -> None:
    others = [_advert(url="https://10.0.0.7:8765", server_id="0193f1a0-0000-7000-8000-0000000000bb")]
    assert moved_hub_url(_state(), [*others, _advert()]) == "https://10.0.0.9:8765"


@pytest.mark.parametrize(
    ("state", "advert"),
    [
        (_state(), _advert(fingerprint="0000000000000000")),  # someone else's certificate
        (_state(), _advert(server_id="0193f1a0-0000-7000-8000-0000000000bb")),  # another hub
        (_state(), _advert(url="http://10.0.0.9:8765")),  # never downgrade to plain HTTP
        (_state(), _advert(url="https://10.0.0.5:8765")),  # it has not moved
        (_state(fingerprint=""), _advert(fingerprint="")),  # a district server is not looked for on the LAN
        (_state(token=""), _advert()),  # not enrolled
    ],
)
def test_adverts_that_are_not_this_devices_hub_are_ignored(state: SyncState, advert: HubAdvert) -> None:
    assert moved_hub_url(state, [advert]) is None


@pytest.fixture(scope="module")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini_pack(tmp_path_factory.mktemp("packs"))


@pytest.fixture
def teacher(tmp_path: Path, mini_pack: Path) -> Iterator[AppServices]:
    services = open_device(tmp_path / "teacher", mini_pack)
    yield services
    services.close()


@pytest.fixture
def learner_pc(tmp_path: Path, mini_pack: Path) -> Iterator[AppServices]:
    services = open_device(tmp_path / "learner-pc", mini_pack)
    yield services
    services.close()


def test_a_pc_follows_its_hub_to_a_new_port_found_on_the_lan(teacher: AppServices, learner_pc: AppServices) -> None:
    first = teacher.hub.start(host="0.0.0.0", port=0, advertise=True)
    klass = teacher.hub.create_class("Al Noor", "5B")
    learner_pc.sync.enroll(first.url, klass.code)
    kid = learner_pc.learners.create("Yusuf", "owl")
    practise(learner_pc, kid.id, "10")
    assert learner_pc.sync.sync_now().pushed == 2

    teacher.hub.stop()
    moved = teacher.hub.start(host="0.0.0.0", port=0, advertise=True)
    assert moved.port != first.port and moved.server_id == first.server_id
    answered = practise(learner_pc, kid.id, "111")

    # Without looking on the LAN the PC only knows the old address.
    with pytest.raises(SyncError) as failure:
        learner_pc.sync.sync_now()
    assert failure.value.code == "unreachable"

    background = BackgroundSync(learner_pc.sync, interval=3600, relocate=HubRelocator(learner_pc.db).relocate)
    report = background.run_once()
    assert report is not None and report.pushed == len(answered) and report.answers_waiting == 0
    assert background.failures == 0
    assert load(learner_pc.db).server_url == moved.url
    assert teacher.hub.wait_rebuilt(60)


def test_without_the_hub_on_the_lan_the_pc_stays_put_and_backs_off(
    teacher: AppServices, learner_pc: AppServices
) -> None:
    address = teacher.hub.start(host="0.0.0.0", port=0, advertise=False)
    learner_pc.sync.enroll(address.url, teacher.hub.create_class("Al Noor", "5B").code)
    teacher.hub.stop()
    looked: list[float] = []

    def browse(timeout: float) -> list[HubAdvert]:
        looked.append(timeout)
        return [_advert(url="https://10.0.0.9:1", server_id=address.server_id, fingerprint="0000000000000000")]

    background = BackgroundSync(learner_pc.sync, interval=3600, relocate=HubRelocator(learner_pc.db, browse).relocate)
    assert background.run_once() is None
    assert looked and background.failures == 1
    assert load(learner_pc.db).server_url == address.url
