"""A throw-away PostgreSQL cluster for tests and benchmarks (initdb + pg_ctl, loopback).

Run as root (a container), the cluster belongs to the ``postgres`` system user (PostgreSQL
refuses to run as root); its data dir is a temporary folder that user owns. The superuser
``postgres`` connects from 127.0.0.1 without a password; every other role needs its
password (scram), so a test can meet a wrong one.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = (
    "PostgreSQL server binaries were not found (initdb, pg_ctl under /usr/lib/postgresql/*/bin)."
    " Install them: apt-get install postgresql postgresql-contrib (scripts/test.sh does),"
    " or point CLINICREP_TEST_PG at a server: postgresql://user:password@127.0.0.1:port/postgres"
)


def server_bin() -> Path:
    """The newest PostgreSQL's bin folder, or an AssertionError saying what to install."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if not found:
        on_path = shutil.which("initdb")
        if on_path:
            return Path(on_path).parent
        raise AssertionError(INSTALL_HINT)
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path
    as_postgres: bool

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        log = self.folder / "server.log"
        result = self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.folder / "data"),
            "-l",
            str(log),
            "-w",
            "-t",
            "60",
            "-o",
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1",
            "start",
            check=False,
        )
        if result.returncode != 0:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise AssertionError(f"PostgreSQL did not start: {result.stderr}\n{text[-2000:]}")

    def stop(self, mode: str = "fast") -> None:
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.folder / "data"),
            "-m",
            mode,
            "-w",
            "stop",
            check=False,
        )

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb a new cluster in a temporary folder and start it on a free loopback port."""
    binaries = server_bin()
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="clinicrep-pg-"))
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
    os.chmod(folder, 0o700)
    cluster = Cluster(folder, free_port(), binaries, as_postgres)
    result = cluster._run(
        str(binaries / "initdb"),
        "-D",
        str(folder / "data"),
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        "--no-sync",
        check=False,
    )
    if result.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise AssertionError(f"initdb failed: {result.stderr[-2000:]}")
    data = folder / "data"
    hba = data / "pg_hba.conf"
    text = hba.read_text() if not as_postgres else cluster._run("cat", str(hba)).stdout
    # the superuser from loopback without a password; any other role with its own
    text = "host all postgres 127.0.0.1/32 trust\n" + text
    conf = (
        "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
        "max_connections = 200\nshared_buffers = 128MB\n"
    )
    for name, content, mode in (("pg_hba.conf", text, "w"), ("postgresql.conf", conf, "a")):
        with open(data / name, mode) as f:
            f.write(content)
    if as_postgres:
        shutil.chown(hba, "postgres", "postgres")
    for _attempt in range(5):
        try:
            cluster.start()
            return cluster
        except AssertionError:
            cluster.port = free_port()  # taken between the look and the start
            time.sleep(0.2)
    with contextlib.suppress(Exception):
        cluster.remove()
    raise AssertionError("PostgreSQL did not start on any free port")
