"""Importing a hostile pack changes nothing: every corpus pack is refused and the data stays byte-identical.

The data directory already holds version 0.9.0 of the mini pack (same id as the corpus packs, so each
hostile file is also an attempted update to 1.0.0) and a learner with answers. Every case is imported with
``allow_unsigned=True`` — the teacher said yes to an unsigned pack — because the checks must hold
even then; the publisher key of the corpus is trusted, so a tampered signature is judged too.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.content_packs.answer_oracle import right_response, wrong_response
from app.content_packs.errors import PackError
from app.services.app_services import AppServices
from tests.content_packs.hostile_corpus import (
    CASES,
    GoodPack,
    HostileCase,
    assert_human_message,
    good_pack,
    write_case,
    zip_bytes,
)
from tests.content_packs.media_samples import png

Snapshot = tuple[dict[str, list[tuple[Any, ...]]], dict[str, bytes]]


@pytest.fixture(scope="module")
def corpus_good_pack(tmp_path_factory: pytest.TempPathFactory) -> GoodPack:
    return good_pack(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def lived_in(tmp_path_factory: pytest.TempPathFactory, corpus_good_pack: GoodPack) -> Iterator[AppServices]:
    """A data directory with the mini pack 0.9.0, the corpus publisher's key and a learner who has practised."""
    folder = tmp_path_factory.mktemp("lived-in")
    older = folder / "mini-0.9.0.sabilpack"
    older.write_bytes(zip_bytes(corpus_good_pack.with_document(lambda d: d.update(version="0.9.0"))))
    services = AppServices.open(folder / "data", install_bundled=False)
    services.packs.install_file(older, allow_unsigned=True)
    services.packs.trust_key(corpus_good_pack.public_key_file)
    learner = services.learners.create("Amina", "owl")
    session_id = services.practice.start_session(learner.id)
    for answer in (right_response, wrong_response, right_response, right_response):
        services.practice.next_item(session_id)
        services.practice.submit(session_id, answer(services.practice.shown_rendering(session_id)), 3000)
    services.practice.end_session(session_id)
    yield services
    services.close()


def snapshot(services: AppServices) -> Snapshot:
    """Every row of every table, and every file (hidden ones too) under the media folder with its bytes."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with services.db.session() as session:
        names = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).scalars()
        for name in list(names):
            rows = session.execute(text(f'SELECT * FROM "{name}"')).all()
            tables[name] = sorted((tuple(row) for row in rows), key=repr)
    media_root = services.paths.media
    files = {str(path.relative_to(media_root)): path.read_bytes()
             for path in sorted(media_root.rglob("*")) if path.is_file()}
    return tables, files


def test_the_lived_in_data_directory_has_something_to_lose(lived_in: AppServices) -> None:
    tables, files = snapshot(lived_in)
    assert tables["attempt_events"] and tables["items"] and tables["packs"]
    assert any(name.endswith(".svg") for name in files)


def test_the_snapshot_sees_a_real_update(services: AppServices, corpus_good_pack: GoodPack, tmp_path: Path) -> None:
    """The comparison is not blind: a good new version with a new picture changes rows and files."""
    tables, files = snapshot(services)
    update = HostileCase("good update", "", lambda g: g.with_media("photo.png", png(4, 4)))
    path = write_case(update, GoodPack(corpus_good_pack.entries, {**corpus_good_pack.document, "version": "1.1.0"},
                                       corpus_good_pack.private_key, corpus_good_pack.public_key_file), tmp_path)
    assert services.packs.install_file(path, allow_unsigned=True).version == "1.1.0"
    after_tables, after_files = snapshot(services)
    assert after_tables["packs"] != tables["packs"]
    assert len(after_files) == len(files) + 1


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_hostile_pack_is_refused_and_changes_nothing(case: HostileCase, lived_in: AppServices,
                                                       corpus_good_pack: GoodPack, tmp_path: Path) -> None:
    before = snapshot(lived_in)
    path = write_case(case, corpus_good_pack, tmp_path)
    with pytest.raises(PackError) as info:
        lived_in.packs.install_file(path, allow_unsigned=True)
    assert info.value.code == case.code, str(info.value)
    assert_human_message(info.value)
    tables, files = snapshot(lived_in)
    assert files == before[1], "the media folder changed"
    for name, rows in before[0].items():
        assert tables[name] == rows, f"table {name} changed"
    assert tables.keys() == before[0].keys()


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_quick_look_at_a_hostile_pack_never_raises(case: HostileCase, lived_in: AppServices,
                                                     corpus_good_pack: GoodPack, tmp_path: Path) -> None:
    """The Packs screen peeks at every file on a stick: a hostile one must show as a row, not crash the screen."""
    info = lived_in.packs.inspect_file(write_case(case, corpus_good_pack, tmp_path))
    if info.trust == "invalid":
        assert info.problem
        assert_human_message(PackError("invalid", info.problem))


def test_damaged_files_are_refused_with_a_pack_error(services: AppServices, corpus_good_pack: GoodPack,
                                                     tmp_path: Path) -> None:
    """Random byte damage anywhere in a pack: the quick look never raises, an import raises only PackError."""
    data = zip_bytes(corpus_good_pack.plus())
    rng = random.Random(4)
    for attempt in range(60):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"damaged-{attempt}.sabilpack"
        path.write_bytes(bytes(damaged))
        info = services.packs.inspect_file(path)
        assert info.trust in ("trusted", "unknown_key", "unsigned", "bad_signature", "invalid")
        try:
            services.packs.install_file(path, allow_unsigned=True)
        except PackError as error:
            assert_human_message(error)


@pytest.mark.parametrize("name", ["missing media", "unlisted media", "path traversal", "symlink"])
def test_a_damaged_copy_of_the_installed_pack_is_refused_too(name: str, services: AppServices,
                                                             corpus_good_pack: GoodPack, tmp_path: Path) -> None:
    """The very same pack.json in a damaged or malicious zip: the file is bad, whatever is installed."""
    (case,) = [case for case in CASES if case.name == name]
    path = write_case(case, corpus_good_pack, tmp_path)
    with pytest.raises(PackError) as info:
        services.packs.install_file(path, allow_unsigned=True)
    assert info.value.code == case.code
