"""The report screens' test data: the demo class (30 learners, an 18-week semester of answers from
the engine's simulator on the bundled maths pack), generated once and copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.app_services import AppServices
from app.services.demo_class import generate_demo_class

MATHS_PACK = "org.sabil.numbers-and-operations"
CLASS_SIZE = 30


@pytest.fixture(scope="session")
def class_template(template_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo class; its semester ends now, so nothing is months old."""
    folder = tmp_path_factory.mktemp("sabil-class") / "data"
    shutil.copytree(template_data_dir, folder)
    services = AppServices.open(folder)
    try:
        generate_demo_class(services, MATHS_PACK, learners=CLASS_SIZE, attempts_per_learner=300, seed=11)
    finally:
        services.close()
    return folder


@pytest.fixture
def services(class_template: Path, tmp_path: Path) -> Iterator[AppServices]:
    """The class's data in a folder of this test's own (it may write: exports, classes)."""
    data_dir = tmp_path / "data"
    shutil.copytree(class_template, data_dir)
    opened = AppServices.open(data_dir)
    yield opened
    opened.close()
