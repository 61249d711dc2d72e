"""Two PCs of one practice: processes with their own data folders sharing one store.

``practice`` is the shared store (a fresh PostgreSQL database, or a SQLite file for the
single-PC case) with a Google source on the loopback fake and a few reviews in it; each
``practice.pc("Anna")`` runs ``live/pc.py`` in a process of its own.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from clinicrep.secrets import TokenStore
from clinicrep.store import open_database
from clinicrep.sync import sync_all
from fakes.google_server import FakeGoogle, FakeLocation
from fakes.source_setup import google_source

TESTS = Path(__file__).resolve().parent.parent
SRC = TESTS.parent / "src"
REVIEWS = 12


class Running:
    """A PC's process: its JSON lines arrive in ``events`` as it prints them."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.events: list[dict[str, Any]] = []
        self._lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self.stderr = ""
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            line = line.strip()
            if line.startswith("{"):
                event = json.loads(line)
                self.events.append(event)
                self._lines.put(event)

    def wait_for(
        self, check: Callable[[dict[str, Any]], bool], timeout: float = 30.0
    ) -> dict[str, Any]:
        """The first event (already seen or coming) that ``check`` accepts."""
        for event in list(self.events):
            if check(event):
                return event
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                event = self._lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if check(event):
                return event
        raise AssertionError(
            f"not seen within {timeout} s; the PC printed {self.events}\n{self.errors()}"
        )

    def shown(self, what: str, value: Any = None, *, timeout: float = 30.0) -> dict[str, Any]:
        return self.wait_for(
            lambda e: (
                e.get("event") == "shown"
                and e.get("what") == what
                and (value is None or e.get("value") == value)
            ),
            timeout,
        )

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def finish(self, timeout: float = 60.0) -> int:
        if self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except BrokenPipeError:
                pass
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise

    def errors(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return ""
        if not self.stderr:
            self.stderr = self.process.stderr.read()
        return self.stderr[-3000:]


@dataclass
class Pc:
    name: str
    folder: Path
    where: str

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(TESTS), str(SRC), env.get("PYTHONPATH", "")])
        env["QT_QPA_PLATFORM"] = "offscreen"
        # A crash of a PC's process (one segmentation fault at exit was seen once in CI and not
        # reproduced) prints every thread's Python stack to stderr, which the failure shows.
        env["PYTHONFAULTHANDLER"] = "1"
        env["CLINICREP_DATA_DIR"] = str(self.folder)
        env["PYTHON_KEYRING_BACKEND"] = "fakes.file_keyring.FileKeyring"
        env["CLINICREP_TEST_KEYRING_FILE"] = str(self.folder / "keyring.json")
        return env

    def start(self, verb: str, *args: object) -> Running:
        process = subprocess.Popen(
            [sys.executable, "-m", "live.pc", self.where, self.name, verb, *map(str, args)],
            env=self.env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=str(TESTS),
        )
        return Running(process)

    def run(self, verb: str, *args: object, timeout: float = 120.0) -> list[dict[str, Any]]:
        running = self.start(verb, *args)
        code = running.finish(timeout)
        time.sleep(0.05)  # the reader thread takes the last lines
        assert code == 0, running.errors()
        return running.events


@dataclass
class Practice:
    kind: str
    where: str
    db: Any
    api: FakeGoogle
    location: FakeLocation
    folder: Path
    review_ids: list[int] = field(default_factory=list)

    def pc(self, name: str) -> Pc:
        folder = self.folder / f"pc-{name}"
        folder.mkdir(mode=0o700, exist_ok=True)
        return Pc(name, folder, self.where)


@pytest.fixture(params=["sqlite", "postgresql"])
def practice(
    request: pytest.FixtureRequest, tmp_path: Path, memory_keyring: object
) -> Iterator[Practice]:
    """The practice's shared store with a Google source and its first reviews synced."""
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        target = request.getfixturevalue("pg_target")
        where = target.url()
        db = open_database(target, password=server.password)
    else:
        path = tmp_path / "shared" / "clinicrep.sqlite3"
        path.parent.mkdir(mode=0o700)
        where = str(path)
        db = open_database(path)
    with FakeGoogle() as api:
        assert isinstance(api, FakeGoogle)
        location = api.add_location("200", "300", "Clinic")
        api.add_reviews(location, REVIEWS)
        tokens = TokenStore()
        google_source(db, api, tokens)
        sync_all(db, tokens=tokens, who="setup")
        ids = [int(r[0]) for r in db.execute("SELECT id FROM reviews ORDER BY id").fetchall()]
        assert len(ids) == REVIEWS
        yield Practice(request.param, where, db, api, location, tmp_path, ids)
    db.close()
