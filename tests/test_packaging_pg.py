"""The installer's shared store (issue 20): the program in the .deb, no Python and no
PostgreSQL client on the PC needed, checks a PostgreSQL server over TLS (the practice's CA
file, verify-full), moves this PC's reviews onto it and back, and its window's Settings >
Database "Test connection" answers; the copyright file names psycopg, libpq and every library
that came with them.

Slow (builds the installer when the last build is older than the sources, like
tests/test_packaging.py, whose build it shares): run it with ``pytest -m packaging``. The
server is a throw-away cluster of its own (tests/pg_cluster.py) with TLS switched on, which
lets the test role in only over TLS.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import clinicrep
from pg_cluster import Cluster, start_cluster
from test_packaging import built_deb

pytestmark = pytest.mark.packaging

PASSWORD = "Tls-only 7"


@dataclass
class TlsServer:
    cluster: Cluster
    ca: Path  # the practice's CA file, as the IT provider hands it over
    other_ca: Path  # a CA that did not sign the server's certificate

    def url(self, dbname: str, sslmode: str = "verify-full", ca: Path | None = None) -> str:
        url = f"postgresql://clinic:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{self.cluster.port}"
        url += f"/{dbname}?sslmode={sslmode}"
        if sslmode == "verify-full":
            url += f"&sslrootcert={ca or self.ca}"
        return url

    def sql(self, statement: str, dbname: str = "postgres") -> list[tuple]:
        import psycopg

        with psycopg.connect(
            f"postgresql://postgres@127.0.0.1:{self.cluster.port}/{dbname}", autocommit=True
        ) as conn:
            cursor = conn.execute(statement)
            return cursor.fetchall() if cursor.description else []


def _make_ca(folder: Path, name: str) -> tuple[Path, Path]:
    key, cert = folder / f"{name}.key", folder / f"{name}.crt"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", f"/CN={name}", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return key, cert


def _server_certificate(folder: Path, ca_key: Path, ca_cert: Path) -> tuple[Path, Path]:
    """The server's certificate for 127.0.0.1 (verify-full checks the name), signed by the CA."""
    key, request, cert = folder / "server.key", folder / "server.csr", folder / "server.crt"
    names = folder / "names.ext"
    names.write_text("subjectAltName = IP:127.0.0.1, DNS:localhost\n")
    subprocess.run(
        ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(request)],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        ["openssl", "x509", "-req", "-in", str(request), "-CA", str(ca_cert), "-CAkey",
         str(ca_key), "-CAcreateserial", "-days", "2", "-extfile", str(names), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return key, cert


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    """A throw-away cluster with TLS; the role ``clinic`` may only come in over TLS."""
    cluster = start_cluster()
    try:
        certs = tmp_path_factory.mktemp("certs")
        ca_key, ca = _make_ca(certs, "practice-ca")
        _other_key, other_ca = _make_ca(certs, "someone-else")
        key, cert = _server_certificate(certs, ca_key, ca)
        data = cluster.folder / "data"
        for source, name in ((key, "server.key"), (cert, "server.crt")):
            shutil.copyfile(source, data / name)
            (data / name).chmod(0o600)
            if cluster.as_postgres:
                shutil.chown(data / name, "postgres", "postgres")
        with open(data / "postgresql.conf", "a") as conf:
            conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
        hba = data / "pg_hba.conf"
        rules = (
            "hostnossl all clinic 127.0.0.1/32 reject\n"
            "hostssl all clinic 127.0.0.1/32 scram-sha-256\n"
        )
        hba.write_text(rules + hba.read_text())
        cluster.stop()
        cluster.start()
        tls = TlsServer(cluster, ca, other_ca)
        tls.sql(f"CREATE ROLE clinic LOGIN PASSWORD '{PASSWORD}'")
        for dbname in ("checked", "moved", "opened"):
            tls.sql(f"CREATE DATABASE {dbname} OWNER clinic")
        yield tls
    finally:
        cluster.remove()


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The program of the .deb, unpacked as dpkg lays it out."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(built_deb()), str(root)], check=True)
    return root / "opt" / "clinicrep" / "package" / clinicrep.__version__ / "clinicrep"


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An empty home and data folder, headless; no PostgreSQL client settings of the PC's."""
    (tmp_path / "home").mkdir()
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "XDG_STATE_HOME": str(tmp_path / "home" / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "home" / "cache"),
        "CLINICREP_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }


def _run(program: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=240
    )


def test_bundle_carries_psycopg_with_its_own_libpq_and_not_the_ctypes_fallback(
    program: Path,
) -> None:
    internal = program.parent / "_internal"
    libs = {p.name.split("-")[0] for p in (internal / "psycopg_binary.libs").iterdir()}
    for lib in ("libpq", "libssl", "libcrypto", "libgssapi_krb5", "libldap", "libsasl2"):
        assert lib in libs, lib
    assert list((internal / "psycopg_binary").glob("pq.*.so"))
    assert list((internal / "psycopg_binary").glob("_psycopg.*.so"))
    # the ctypes implementation would load whatever libpq the PC has: not shipped
    assert not list((internal / "psycopg" / "pq").glob("*pq_ctypes*"))
    # glibc's libresolv (Kerberos and OpenLDAP need it) comes from the system, not the bundle
    assert not list(internal.glob("libresolv*"))


def test_copyright_names_psycopg_libpq_and_every_library_they_brought(program: Path) -> None:
    root = program.parents[4]
    text = (root / "usr" / "share" / "doc" / "clinicrep" / "copyright").read_text()
    paragraphs = [p for p in text.split("\n\n") if p.startswith("Files:")]

    def paragraph_naming(path: str) -> str:
        found = [p for p in paragraphs if re.search(rf"(?m)^(Files:)? *\S*{re.escape(path)}$", p)]
        assert len(found) == 1, f"{path}: {len(found)} paragraphs"
        return found[0]

    internal = program.parent / "_internal"
    expected = {
        "libpq": "PostgreSQL",
        "libssl": "Apache-2.0",
        "libcrypto": "Apache-2.0",
        "libgssapi_krb5": "MIT",
        "libkrb5": "MIT",
        "libk5crypto": "MIT",
        "libkrb5support": "MIT",
        "libldap": "OLDAP-2.8",
        "liblber": "OLDAP-2.8",
        "libsasl2": "BSD-4-clause",
        "libkeyutils": "LGPL-2.0-or-later",
        "libcom_err": "MIT",
        "libcrypt": "LGPL-2.1-or-later",
    }
    seen = set()
    for lib in sorted((internal / "psycopg_binary.libs").iterdir()):
        paragraph = paragraph_naming(f"_internal/psycopg_binary.libs/{lib.name}")
        stem = lib.name.split("-")[0]
        assert f"License: {expected[stem]}\n" in paragraph, paragraph
        seen.add(stem)
        # the link PyInstaller puts beside libpython is named with it
        if (internal / lib.name).is_symlink():
            assert f"_internal/{lib.name}\n" in paragraph
    assert seen == set(expected)
    assert "License: LGPL-3.0-only" in paragraph_naming("_internal/psycopg/*")
    assert "License: LGPL-3.0-only" in paragraph_naming("_internal/psycopg_binary/*")
    libpq = paragraph_naming(f"_internal/psycopg_binary.libs/{_one(internal, 'libpq')}")
    assert re.search(r"libpq 1[3-9]\.\d+", libpq), libpq  # the version psycopg reports
    openssl = paragraph_naming(f"_internal/psycopg_binary.libs/{_one(internal, 'libssl')}")
    assert re.search(r"OpenSSL 3\.\d+\.\d+", openssl), openssl
    # each of them with its licence text, copied into the package
    for copied in re.findall(r"/usr/share/doc/clinicrep/licences/[^<\s]+?(?=[,.]?\s)", text):
        assert (root / copied.lstrip("/")).is_file(), copied
    com_err = root / "usr/share/doc/clinicrep/licences/com_err__e2fsprogs_/com_err.txt"
    assert "M.I.T. S.I.P.B. make no representations" in com_err.read_text()
    for licence in ("PostgreSQL", "OLDAP-2.8", "BSD-4-clause", "MIT"):
        assert re.search(rf"(?m)^License: {re.escape(licence)}\n ", text), licence


def _one(internal: Path, stem: str) -> str:
    (found,) = [p.name for p in (internal / "psycopg_binary.libs").glob(f"{stem}-*")]
    return found


def test_frozen_db_check_reaches_the_server_over_tls_checked_against_the_practice_ca(
    program: Path, server: TlsServer, home: dict[str, str]
) -> None:
    checked = _run(program, home, "--db", server.url("checked"), "db", "check")
    assert checked.returncode == 0, checked.stderr
    assert re.match(r"Connected to PostgreSQL \d+\.\d+\. The database is empty", checked.stdout)
    # encrypted without the certificate checked: also in
    required = _run(program, home, "--db", server.url("checked", "require"), "db", "check")
    assert required.returncode == 0, required.stderr
    assert required.stdout.startswith("Connected to PostgreSQL")
    # the server lets clinic in only over TLS: without it, one sentence says what to do
    plain = _run(program, home, "--db", server.url("checked", "disable"), "db", "check")
    assert plain.returncode == 2
    assert "accepts only encrypted connections" in plain.stderr
    # a CA that did not sign the server's certificate: refused, and said so
    wrong = _run(
        program, home, "--db", server.url("checked", ca=server.other_ca), "db", "check"
    )  # fmt: skip
    assert wrong.returncode == 2
    assert "certificate could not be checked against the CA file" in wrong.stderr
    for done in (checked, required, plain, wrong):
        assert "Traceback" not in done.stderr and PASSWORD not in done.stderr + done.stdout


def _pc_with_reviews(home: dict[str, str]) -> int:
    """This PC's own store, as months of use leave it (the demo's reviews); their count."""
    from clinicrep.demo.populate import populate
    from clinicrep.store import open_database

    data = Path(home["CLINICREP_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    db = open_database(data / "clinicrep.sqlite3")
    try:
        populate(db)
    finally:
        db.close()
    with sqlite3.connect(data / "clinicrep.sqlite3") as conn:
        return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])


def test_frozen_db_move_puts_this_pcs_reviews_on_the_server_and_back(
    program: Path, server: TlsServer, home: dict[str, str]
) -> None:
    reviews = _pc_with_reviews(home)
    assert reviews > 20
    sqlite_file = Path(home["CLINICREP_DATA_DIR"]) / "clinicrep.sqlite3"
    before = sqlite_file.read_bytes()

    moved = _run(program, home, "db", "move", "--to", server.url("moved"))
    assert moved.returncode == 0, moved.stderr
    assert f"Copied {reviews} reviews" in moved.stdout
    assert "every table's count was checked" in moved.stdout
    assert "This PC uses moved on 127.0.0.1" in moved.stdout
    assert server.sql("SELECT count(*) FROM reviews", "moved") == [(reviews,)]
    assert sqlite_file.read_bytes() == before  # the PC's file kept as it was
    # this PC's choice is kept (store.json), the password in no file: not there, not in a log
    written = [
        f
        for folder in (home["HOME"], home["CLINICREP_DATA_DIR"])
        for f in Path(folder).rglob("*")
        if f.is_file() and f.suffix != ".sqlite3"
    ]
    assert any(f.name == "store.json" for f in written)
    for f in written:
        assert PASSWORD.encode() not in f.read_bytes(), f

    # the next run uses the server (the password from libpq's PGPASSWORD: no keyring here)
    with_password = dict(home, PGPASSWORD=PASSWORD)
    where = _run(program, with_password, "db", "where")
    assert where.stdout.startswith("Shared database: moved on 127.0.0.1"), where.stdout
    checked = _run(program, with_password, "db", "check")
    assert f"holds clinicrep's data ({reviews} reviews)" in checked.stdout, checked.stderr

    back = _run(program, with_password, "db", "move", "--to", "sqlite", "--replace")
    assert back.returncode == 0, back.stderr
    assert f"Copied {reviews} reviews" in back.stdout
    assert _run(program, home, "db", "where").stdout.startswith("This PC's own database")
    with sqlite3.connect(sqlite_file) as conn:
        assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == reviews


def test_frozen_window_tests_the_connection_in_database_settings_and_opens_on_the_server(
    program: Path, server: TlsServer, home: dict[str, str]
) -> None:
    # LD_DEBUG: which libraries the process loads (on stderr)
    done = _run(program, dict(home, LD_DEBUG="files"), "--db", server.url("opened"), "--smoke")
    assert done.returncode == 0, done.stderr[-3000:]
    # Settings > Database, filled in with this server and the CA file, Test connection clicked
    assert re.search(
        r"(?m)^smoke: Test connection: Connected to PostgreSQL \d+\.\d+\. The database holds "
        r"clinicrep's data \(0 reviews\)\.$",
        done.stdout,
    ), done.stdout
    assert "smoke: window shown, report" in done.stdout
    assert "Traceback" not in done.stderr
    # two OpenSSLs in one process, each in its own scope: libpq's from the wheel (the TLS to
    # the server above) and the system's that Python's ssl module uses (httpx, the platforms)
    loads = r"file=(libssl\S*\.so\.3) \[0\];  needed by (\S+)"
    by = {name: Path(needer).name for name, needer in re.findall(loads, done.stderr)}
    assert by.get("libssl.so.3", "").startswith("_ssl."), by
    assert any(name.startswith("libssl-") and by[name].startswith("libpq-") for name in by), by
    # the window set up clinicrep's tables on the server
    assert server.sql("SELECT count(*) FROM reviews", "opened") == [(0,)]
