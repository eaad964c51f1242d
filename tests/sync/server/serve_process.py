"""Start ``sabil serve`` as a real process on a free loopback port, and stop or kill it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServeProcess:
    """``python -m app.cli_server serve`` (what ``sabil serve`` runs) over ``db_url``."""

    def __init__(self, data_dir: Path, db_url: str | None, port: int, workers: int = 1) -> None:
        self.data_dir, self.db_url, self.port, self.workers = data_dir, db_url, port, workers
        self.process: subprocess.Popen[bytes] | None = None
        self.url = f"http://127.0.0.1:{port}"

    def start(self, timeout: float = 60.0) -> None:
        command = [sys.executable, "-m", "app.cli_server", "serve", "--port", str(self.port),
                   "--workers", str(self.workers), "--data-dir", str(self.data_dir)]
        if self.db_url:
            command += ["--db", self.db_url]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                output = self.process.stdout.read().decode() if self.process.stdout else ""
                raise RuntimeError(f"sabil serve exited with {self.process.returncode}: {output}")
            try:
                if httpx.get(f"{self.url}/v1/status", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError("sabil serve did not answer in time")

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no chance to finish a request (a power cut, for the server)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
