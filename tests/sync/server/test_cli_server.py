"""`sabil hub init`, `sabil hub revoke` and `sabil serve`, through their handlers and one real server."""

from __future__ import annotations

import argparse
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import cli_server
from app.storage.models import Setting
from app.storage.sync_models import SyncDevice
from app.sync.enrolment import split_code
from app.sync.server.database import open_server_engine
from tests.sync.server.helpers import public_key_b64
from tests.sync.server.serve_process import ServeProcess, free_port


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="sabil")
    cli_server.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return cli_server.HANDLERS[(args.command, getattr(args, f"{args.command}_command", None))](args)


def _code(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_hub_init_prints_a_code_last_and_joins_the_hubs_own_device(tmp_path: Path, capsys) -> None:
    assert run(["hub", "init", "--school", "Al Noor", "--class", "5B", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0] == "School: Al Noor" and out[1] == "Class: 5B"
    assert len(out[-1]) == 14 and "@" not in out[-1]
    engine = open_server_engine(f"sqlite:///{tmp_path / 'sabil.sqlite3'}")
    try:
        with Session(engine) as session:
            own = session.scalar(select(Setting.value).where(Setting.key == "device.id"))
            local = session.get(SyncDevice, own)
            assert local is not None and local.is_local and local.token_hash is None
    finally:
        engine.dispose()


def test_hub_init_with_tls_carries_the_certificate_fingerprint_and_a_qr_code(tmp_path: Path, capsys) -> None:
    argv = ["hub", "init", "--school", "S", "--class", "C", "--tls", "--url", "https://10.0.0.5:8470",
            "--data-dir", str(tmp_path)]
    assert run(argv) == 0
    out = capsys.readouterr().out.strip().splitlines()
    code, fingerprint = split_code(out[-1])
    from app.sync.server.tls import fingerprint_of

    assert fingerprint == fingerprint_of(tmp_path / "sync-tls" / "cert.pem")
    assert (tmp_path / "sync-tls" / "key.pem").stat().st_mode & 0o777 == 0o600
    qr = next(line for line in out if line.startswith("QR code: ")).removeprefix("QR code: ")
    assert "<svg" in Path(qr).read_text()


def test_hub_init_refuses_an_empty_class_name(tmp_path: Path, capsys) -> None:
    assert run(["hub", "init", "--school", "S", "--class", "  ", "--data-dir", str(tmp_path)]) == 2
    assert "class name is empty" in capsys.readouterr().err


def test_serve_refuses_a_network_address_without_tls(tmp_path: Path, capsys) -> None:
    assert run(["serve", "--host", "0.0.0.0", "--data-dir", str(tmp_path)]) == 2
    assert "--tls" in capsys.readouterr().err


def test_revoke_an_unknown_device_says_so(tmp_path: Path, capsys) -> None:
    assert run(["hub", "revoke", "0193f1c0-0000-7000-8000-000000000009", "--data-dir", str(tmp_path)]) == 1
    assert "no device" in capsys.readouterr().err


@pytest.mark.slow
def test_a_real_sabil_serve_enrols_pushes_and_revokes(server_db: str, tmp_path: Path, capsys) -> None:
    db = ["--db", server_db]
    assert run(["hub", "init", "--school", "S", "--class", "C", "--data-dir", str(tmp_path), *db]) == 0
    code = _code(capsys)
    server = ServeProcess(tmp_path, server_db, free_port())
    server.start()
    try:
        device_id = "0193f1c0-0000-7000-8000-0000000000c1"
        answer = httpx.post(f"{server.url}/v1/enroll", json={"code": code, "device_id": device_id,
                                                             "device_public_key": public_key_b64()})
        assert answer.status_code == 200, answer.text
        headers = {"Authorization": f"Bearer {answer.json()['token']}"}
        status = httpx.get(f"{server.url}/v1/status", headers=headers).json()
        assert status["device"]["device_id"] == device_id
        assert httpx.get(f"{server.url}/openapi.json").json()["info"]["title"] == "Sabil sync server"
        assert run(["hub", "revoke", device_id, "--data-dir", str(tmp_path), *db]) == 0
        assert httpx.get(f"{server.url}/v1/pull", headers=headers).json()["error"] == "token_revoked"
    finally:
        server.stop()


def test_serve_announces_itself_on_the_lan_with_its_school(tmp_path: Path) -> None:
    """`sabil serve` beyond loopback is found by devices' "Join a class hub", like the hub in the app."""
    from app.cli import main
    from app.cli_server import advertise_server
    from app.services.app_services import AppServices
    from app.sync.discovery import browse

    data = tmp_path / "district"
    AppServices.open(data, install_bundled=False).close()
    assert main(["hub", "init", "--school", "Al Noor", "--class", "5B", "--data-dir", str(data)]) == 0
    url = f"sqlite:///{data / 'sabil.sqlite3'}"
    assert advertise_server(url, "127.0.0.1", 18471, None) is None  # loopback: nobody else could reach it
    advert = advertise_server(url, "0.0.0.0", 18471, None)
    assert advert is not None
    try:
        found = [h for h in browse(timeout=4.0) if h.url.endswith(":18471")]
        assert found and found[0].school == "Al Noor" and found[0].url.startswith("http://")
    finally:
        advert.close()
    assert not [h for h in browse(timeout=2.0) if h.url.endswith(":18471")]
