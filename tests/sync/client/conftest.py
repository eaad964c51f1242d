"""Fixtures for the sync client tests: devices (data directories) with the mini pack installed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.services.app_services import AppServices

from .devices import LiveHub, build_mini_pack, open_device


@pytest.fixture(scope="session")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini fixture pack built once into a .sabilpack file."""
    return build_mini_pack(tmp_path_factory.mktemp("packs"))


@pytest.fixture
def make_device(tmp_path: Path, mini_pack: Path) -> Iterator[Callable[[str], AppServices]]:
    """Open a device (its own data directory under tmp_path) with the mini pack; closed at the end."""
    opened: list[AppServices] = []

    def make(name: str) -> AppServices:
        services = open_device(tmp_path / name, mini_pack)
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def hub(tmp_path: Path, mini_pack: Path) -> Iterator[LiveHub]:
    """A class hub (the teacher's data directory) with the real sync server on a loopback port."""
    live = LiveHub(tmp_path / "hub", mini_pack)
    yield live
    live.close()
