"""Fixtures for the sync client tests: devices (data directories) with the mini pack installed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.content_packs.answer_oracle import right_response, wrong_response
from app.services.app_services import AppServices

MINI_SOURCE = Path(__file__).resolve().parents[2] / "fixtures" / "packs" / "mini"


@pytest.fixture(scope="session")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini fixture pack built once into a .sabilpack file."""
    from app.content_packs.builder import build_pack

    return build_pack(MINI_SOURCE, tmp_path_factory.mktemp("packs") / "mini-1.0.0.sabilpack")


@pytest.fixture
def make_device(tmp_path: Path, mini_pack: Path) -> Iterator[Callable[[str], AppServices]]:
    """Open a device (its own data directory under tmp_path) with the mini pack; closed at the end."""
    opened: list[AppServices] = []

    def make(name: str) -> AppServices:
        services = AppServices.open(tmp_path / name, install_bundled=False)
        services.packs.install_file(mini_pack, allow_unsigned=True)
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


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
