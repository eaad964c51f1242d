"""`sabil pack …`: the command-line contract of issue 4, run on real zip files and real data folders."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.cli import main

MINI_SOURCE = Path(__file__).resolve().parent / "fixtures" / "packs" / "mini"
MINI_ID = "org.sabil.test.mini"


@pytest.fixture(scope="module")
def initialised_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder after its first start (bundled packs installed), copied by each test: starts are slow."""
    data = tmp_path_factory.mktemp("template") / "data"
    assert main(["pack", "list", "--data-dir", str(data)]) == 0
    return data


@pytest.fixture
def data(tmp_path: Path, initialised_data: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(initialised_data, target)
    return target


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, f"expected one line, got {lines!r}"
    return lines[0]


def keygen(tmp_path: Path, capsys: pytest.CaptureFixture[str], publisher: str = "Ecole Al Amal") -> Path:
    key = tmp_path / "keys" / "school.key"
    status, out, _ = run(capsys, "pack", "keygen", "-o", str(key), "--publisher", publisher)
    assert status == 0 and out.startswith("sabil-ed25519 ")
    return key


def build(tmp_path: Path, capsys: pytest.CaptureFixture[str], key: Path | None = None, name: str = "mini") -> Path:
    out = tmp_path / "usb" / f"{name}.sabilpack"
    args = ["pack", "build", str(MINI_SOURCE), "-o", str(out)] + (["--key", str(key)] if key else [])
    status, printed, err = run(capsys, *args)
    assert status == 0, err
    assert printed.strip() == str(out)
    return out


def installed(capsys: pytest.CaptureFixture[str], data: Path) -> dict[str, dict]:
    status, out, _ = run(capsys, "pack", "list", "--json", "--data-dir", str(data))
    assert status == 0
    return {p["id"]: p for p in json.loads(out)}


def test_keygen_writes_a_private_key_only_its_owner_reads_and_the_public_key_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = keygen(tmp_path, capsys)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.read_bytes().startswith(b"-----BEGIN " b"PRIVATE KEY-----")
    public = key.with_name("school.key.pub").read_text("utf-8")
    assert public.startswith("sabil-ed25519 ") and public.strip().endswith(" Ecole Al Amal")
    status, _, err = run(capsys, "pack", "keygen", "-o", str(key))
    assert status == 2 and "already exists" in one_line(err)
    assert key.with_name("school.key.pub").read_text("utf-8") == public


def test_verify_judges_trust_by_the_data_dirs_keys(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = keygen(tmp_path, capsys)
    pack = build(tmp_path, capsys, key=key)
    status, _, err = run(capsys, "pack", "verify", str(pack), "--data-dir", str(data))
    assert status == 3 and "unverified" in one_line(err) and "unknown key" in err

    status, out, _ = run(capsys, "pack", "trust", str(key.with_name("school.key.pub")), "--data-dir", str(data))
    assert status == 0 and json.loads(out)["publisher"] == "Ecole Al Amal"
    status, out, _ = run(capsys, "pack", "verify", str(pack), "--data-dir", str(data))
    assert status == 0
    line = one_line(out)
    assert "good" in line and MINI_ID in line and "signed by Ecole Al Amal" in line


def test_verify_an_unsigned_pack_is_unverified(tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = build(tmp_path, capsys)
    status, out, err = run(capsys, "pack", "verify", str(pack), "--data-dir", str(data))
    assert (status, out) == (3, "")
    assert "not signed" in one_line(err)


@pytest.mark.parametrize("damage", ["pack.json altered", "media altered", "not a zip", "missing file"])
def test_verify_and_import_refuse_a_bad_pack_in_one_line(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    key = keygen(tmp_path, capsys)
    run(capsys, "pack", "trust", str(key.with_name("school.key.pub")), "--data-dir", str(data))
    good = build(tmp_path, capsys, key=key)
    bad = tmp_path / "bad.sabilpack"
    if damage == "not a zip":
        bad.write_bytes(b"this is a holiday photo")
    elif damage != "missing file":
        name = "pack.json" if damage == "pack.json altered" else "media/dots-5.svg"
        with zipfile.ZipFile(good) as old, zipfile.ZipFile(bad, "w") as new:
            for info in old.infolist():
                content = old.read(info)
                if info.filename == name:
                    changed = content.replace(b"8", b"9", 1)  # same size: only the hash can tell
                    assert changed != content
                    content = changed
                new.writestr(info, content)
    expected = {"pack.json altered": "altered after it was signed", "media altered": "differs from pack.json",
                "not a zip": "not a zip", "missing file": "does not exist"}[damage]
    before = installed(capsys, data)
    status, out, err = run(capsys, "pack", "verify", str(bad), "--data-dir", str(data))
    assert status == 1 and out == "" and expected in one_line(err)
    for flags in ([], ["--allow-unsigned"]):
        status, out, err = run(capsys, "pack", "import", str(bad), *flags, "--data-dir", str(data))
        assert status == 1 and out == "" and expected in one_line(err)
    assert installed(capsys, data) == before


def test_import_needs_allow_unsigned_for_an_unsigned_pack(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = build(tmp_path, capsys)
    status, out, err = run(capsys, "pack", "import", str(pack), "--data-dir", str(data))
    assert status == 3 and out == "" and "--allow-unsigned" in one_line(err)
    assert MINI_ID not in installed(capsys, data)
    status, out, _ = run(capsys, "pack", "import", str(pack), "--allow-unsigned", "--data-dir", str(data))
    assert status == 0 and json.loads(out)["verified"] is False
    listed = installed(capsys, data)[MINI_ID]
    assert (listed["verified"], listed["items"], listed["source"]) == (False, 10, "file")
    assert listed["size_bytes"] > 0


def test_install_is_an_alias_of_import(tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = keygen(tmp_path, capsys)
    run(capsys, "pack", "trust", str(key.with_name("school.key.pub")), "--data-dir", str(data))
    status, out, _ = run(capsys, "pack", "install", str(build(tmp_path, capsys, key=key)), "--data-dir", str(data))
    assert status == 0 and json.loads(out)["publisher"] == "Ecole Al Amal"
    assert installed(capsys, data)[MINI_ID]["verified"] is True


def test_export_signed_by_a_teacher_then_remove(tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = build(tmp_path, capsys)
    assert run(capsys, "pack", "import", str(pack), "--allow-unsigned", "--data-dir", str(data))[0] == 0
    teacher = keygen(tmp_path, capsys, "Mme Haddad")
    out_file = tmp_path / "usb2" / "mini-export.sabilpack"
    status, out, _ = run(capsys, "pack", "export", MINI_ID, "-o", str(out_file), "--key", str(teacher),
                         "--data-dir", str(data))
    assert status == 0 and out.strip() == str(out_file)

    colleague = tmp_path / "colleague"
    shutil.copytree(data, colleague)
    run(capsys, "pack", "remove", MINI_ID, "--data-dir", str(colleague))
    run(capsys, "pack", "trust", str(teacher.with_name("school.key.pub")), "--data-dir", str(colleague))
    status, out, _ = run(capsys, "pack", "verify", str(out_file), "--data-dir", str(colleague))
    assert status == 0 and "signed by Mme Haddad" in out
    assert run(capsys, "pack", "import", str(out_file), "--data-dir", str(colleague))[0] == 0
    assert installed(capsys, colleague)[MINI_ID]["verified"] is True

    status, out, _ = run(capsys, "pack", "remove", MINI_ID, "--data-dir", str(data))
    assert status == 0 and MINI_ID not in installed(capsys, data)
    status, _, err = run(capsys, "pack", "remove", MINI_ID, "--data-dir", str(data))
    assert status == 2 and "No pack" in one_line(err)
    status, _, err = run(capsys, "pack", "export", MINI_ID, "-o", str(out_file), "--data-dir", str(data))
    assert status == 2 and "No pack" in one_line(err)


def test_build_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "pack", "build", str(tmp_path / "nothing"), "-o", str(tmp_path / "x.sabilpack"))
    assert status == 2 and "could not be built" in one_line(err)
    not_a_key = tmp_path / "k"
    not_a_key.write_text("hello")
    status, _, err = run(capsys, "pack", "build", str(MINI_SOURCE), "-o", str(tmp_path / "x.sabilpack"),
                         "--key", str(not_a_key))
    assert status == 2 and "private key" in one_line(err)
    assert not (tmp_path / "x.sabilpack").exists()


def test_trusting_a_file_that_is_not_a_key_fails(tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "bogus.pub"
    bogus.write_text("ssh-ed25519 AAAA someone\n")
    status, _, err = run(capsys, "pack", "trust", str(bogus), "--data-dir", str(data))
    assert status == 2 and "not a Sabil public key" in one_line(err)


def test_the_real_command_exit_statuses(tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = build(tmp_path, capsys)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    def sabil(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", "pack", *args, "--data-dir", str(data)],
                              capture_output=True, text=True, timeout=300, env=env)

    result = sabil("verify", str(pack))
    assert result.returncode == 3 and len(result.stderr.strip().splitlines()) == 1
    result = sabil("import", str(pack), "--allow-unsigned")
    assert result.returncode == 0, result.stderr
    result = sabil("list", "--json")
    assert MINI_ID in {p["id"] for p in json.loads(result.stdout)}
