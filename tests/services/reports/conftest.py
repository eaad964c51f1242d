"""Fixtures for the report tests: a generated class on the bundled maths pack (built once), and a
fresh data folder with the mini pack for exact, hand-written histories."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.services.app_services import AppServices
from app.services.demo_class import DemoClass, generate_demo_class

MATHS_PACK = "org.sabil.numbers-and-operations"
CLASS_END = datetime(2026, 6, 26, 15, 0, tzinfo=UTC)  # a Friday afternoon: the semester's last lesson


@pytest.fixture(scope="session")
def class_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppServices, DemoClass]]:
    """12 learners with a semester (18 weeks) of about 150 answers each on the bundled maths pack.

    Shared by many tests: they only read it.
    """
    services = AppServices.open(tmp_path_factory.mktemp("class") / "data")
    demo = generate_demo_class(services, MATHS_PACK, learners=12, attempts_per_learner=150, seed=7, end=CLASS_END)
    yield services, demo
    services.close()


@pytest.fixture
def class_services(class_data: tuple[AppServices, DemoClass]) -> AppServices:
    return class_data[0]


@pytest.fixture
def demo(class_data: tuple[AppServices, DemoClass]) -> DemoClass:
    return class_data[1]


@pytest.fixture
def mini(tmp_path: Path, mini_pack: Path) -> Iterator[AppServices]:
    """A fresh data folder with only the mini pack (3 skills in a chain) installed."""
    opened = AppServices.open(tmp_path / "data", install_bundled=False)
    opened.packs.install_file(mini_pack, allow_unsigned=True)
    yield opened
    opened.close()
