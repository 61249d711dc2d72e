"""Settings > Database's "Test connection", against a real PostgreSQL server: every usual
mistake (a wrong port, a wrong password, a missing database, a user without rights, a
database without the search extension, TLS) is one sentence that says what to do."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import psycopg
import pytest

from clinicrep import errors
from clinicrep.messages import user_message
from clinicrep.store import chosen_store
from clinicrep.store.pg import PgTarget
from clinicrep.store.pg_check import check_connection


def _target(server: Any, dbname: str, user: str, **kw: Any) -> PgTarget:
    return PgTarget(host=server.admin.host, port=server.admin.port, dbname=dbname, user=user, **kw)


def _admin(server: Any, dbname: str = "postgres") -> psycopg.Connection:
    from clinicrep.store.pg import connect

    return connect(server.target(dbname), server.password)


@pytest.fixture(autouse=True)
def _fresh_location() -> Any:
    """Each test starts as a new run: no --db, no password kept from a URL."""
    yield
    chosen_store.use_for_this_run(None)
    chosen_store._session_passwords.clear()


@pytest.fixture(scope="module")
def practice(pg_server: Any) -> Any:
    """Roles and databases as an IT provider might have left them."""
    with _admin(pg_server) as admin:
        for statement in (
            "DROP DATABASE IF EXISTS chk_owned",
            "DROP DATABASE IF EXISTS chk_no_trgm",
            "DROP DATABASE IF EXISTS chk_set_up",
            "DROP ROLE IF EXISTS chk_owner",
            "DROP ROLE IF EXISTS chk_tables_only",
            "DROP ROLE IF EXISTS chk_reader",
            "CREATE ROLE chk_owner LOGIN PASSWORD 'Right-horse-7'",
            "CREATE ROLE chk_tables_only LOGIN PASSWORD 'Tables-only-3'",
            "CREATE ROLE chk_reader LOGIN PASSWORD 'Reader-pass-5'",
            "CREATE DATABASE chk_owned OWNER chk_owner",
            "CREATE DATABASE chk_no_trgm",
            "CREATE DATABASE chk_set_up",
        ):
            admin.execute(statement)
    with _admin(pg_server, "chk_no_trgm") as admin:
        # may create tables, but not extensions (that needs CREATE on the database)
        admin.execute("GRANT CREATE ON SCHEMA public TO chk_tables_only")
    with _admin(pg_server, "chk_set_up") as admin:
        # a store set up already, where this user may only read
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        admin.execute("CREATE TABLE clinicrep_schema (version integer NOT NULL)")
        admin.execute("INSERT INTO clinicrep_schema VALUES (11)")
        admin.execute("CREATE TABLE reviews (id integer PRIMARY KEY, text text)")
        admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO chk_reader")
    return pg_server


def _fails(target: PgTarget, password: str | None) -> errors.ClinicrepError:
    with pytest.raises(errors.ClinicrepError) as caught:
        check_connection(target, password, timeout=3)
    return caught.value


def test_a_working_empty_database_is_ready_and_nothing_was_changed_on_it(practice: Any) -> None:
    target = _target(practice, "chk_owned", "chk_owner")
    result = check_connection(target, "Right-horse-7")
    assert result.schema == "empty"
    assert result.server_version.split(".")[0] >= "13"
    with _admin(practice, "chk_owned") as admin:  # the tries were rolled back
        assert admin.execute(
            "SELECT count(*) FROM pg_extension WHERE extname='pg_trgm'"
        ).fetchone() == (0,)
        assert admin.execute("SELECT to_regclass('clinicrep_connection_test')").fetchone() == (
            None,
        )


def test_clinicrep_db_check_tests_the_chosen_server_with_the_keyrings_password(
    practice: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from clinicrep.cli import main

    target = _target(practice, "chk_owned", "chk_owner")
    chosen_store.save_password(target, "Right-horse-7")
    chosen_store.save_location(target)
    assert main(["db", "check"]) == 0
    assert capsys.readouterr().out.startswith("Connected to PostgreSQL ")
    chosen_store.forget_password(target)
    assert main(["db", "check"]) == 2
    assert "needs a password for “chk_owner”" in capsys.readouterr().err


def test_a_wrong_port_says_the_server_did_not_answer(practice: Any) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    target = PgTarget(host="127.0.0.1", port=port, dbname="chk_owned", user="chk_owner")
    error = _fails(target, "Right-horse-7")
    assert isinstance(error, errors.ServerUnreachable)
    assert f"127.0.0.1:{port} did not answer" in user_message(error)


def test_an_unknown_host_name_says_no_such_computer(practice: Any) -> None:
    target = PgTarget(host="no-such-server.invalid", port=5432, dbname="x", user="y")
    error = _fails(target, "whatever-pass")
    assert isinstance(error, errors.ServerHostUnknown)
    assert "“no-such-server.invalid” was found" in user_message(error)


def test_a_wrong_password_is_one_sentence_and_the_password_is_nowhere(
    practice: Any, caplog: pytest.LogCaptureFixture
) -> None:
    target = _target(practice, "chk_owned", "chk_owner")
    error = _fails(target, "Wrong-horse-8")
    assert isinstance(error, errors.ServerLoginFailed)
    assert user_message(error).startswith(
        "The database server did not accept the user “chk_owner” with this password."
    )
    assert error.__cause__ is None and error.__suppress_context__
    for text in (str(error), error.detail, user_message(error), caplog.text):
        assert "Wrong-horse-8" not in text


def test_no_password_at_all_asks_for_one(practice: Any) -> None:
    error = _fails(_target(practice, "chk_owned", "chk_owner"), None)
    assert isinstance(error, errors.ServerPasswordMissing)
    assert "needs a password for “chk_owner”" in user_message(error)


def test_a_missing_database_names_it(practice: Any) -> None:
    error = _fails(_target(practice, "chk_typo", "chk_owner"), "Right-horse-7")
    assert isinstance(error, errors.ServerDatabaseMissing)
    assert "has no database called “chk_typo”" in user_message(error)


def test_a_user_who_may_not_create_tables_in_an_empty_database_is_read_only(
    practice: Any,
) -> None:
    error = _fails(_target(practice, "chk_owned", "chk_reader"), "Reader-pass-5")
    assert isinstance(error, errors.ServerReadOnly)
    assert "may only read the database “chk_owned”" in user_message(error)


def test_a_user_who_may_only_read_a_set_up_store_is_read_only(practice: Any) -> None:
    error = _fails(_target(practice, "chk_set_up", "chk_reader"), "Reader-pass-5")
    assert isinstance(error, errors.ServerReadOnly)
    assert "needs to write to it" in user_message(error)


def test_no_search_extension_says_what_the_it_provider_must_run(practice: Any) -> None:
    error = _fails(_target(practice, "chk_no_trgm", "chk_tables_only"), "Tables-only-3")
    assert isinstance(error, errors.ServerExtensionMissing)
    message = user_message(error)
    assert "“CREATE EXTENSION pg_trgm;”" in message and "“chk_no_trgm”" in message


def test_a_server_older_than_13_is_refused_with_its_version(
    practice: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clinicrep.store import pg_check

    # the cluster is newer than 13: the floor is raised past it to see the refusal
    monkeypatch.setattr(pg_check, "MIN_SERVER_VERSION", 990000)
    error = _fails(_target(practice, "chk_owned", "chk_owner"), "Right-horse-7")
    assert isinstance(error, errors.ServerTooOld)
    assert "runs PostgreSQL 1" in user_message(error) and "version 13 or newer" in user_message(
        error
    )


# -- TLS ----------------------------------------------------------------------------------
def _make_cert(folder: Path, name: str, cn: str) -> tuple[Path, Path]:
    key, cert = folder / f"{name}.key", folder / f"{name}.crt"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", f"/CN={cn}", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return key, cert


@pytest.fixture(scope="module")
def tls_server(practice: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The same server with TLS on (a self-signed certificate for 127.0.0.1) and one
    database that takes encrypted connections only."""
    folder = tmp_path_factory.mktemp("tls")
    key, cert = _make_cert(folder, "server", "127.0.0.1")
    _other_key, other_ca = _make_cert(folder, "other", "Another CA")
    with _admin(practice) as admin:  # the server reads its key from its own folder
        data = Path(admin.execute("SHOW data_directory").fetchone()[0])
    server_key, server_cert = data / "clinicrep-test.key", data / "clinicrep-test.crt"
    shutil.copy(key, server_key)
    shutil.copy(cert, server_cert)
    for path in (server_key, server_cert):
        if os.geteuid() == 0:  # the cluster runs as the postgres user (tests/pg_cluster.py)
            shutil.chown(path, "postgres", "postgres")
        path.chmod(0o600)
    with _admin(practice) as admin:
        hba_file = admin.execute("SHOW hba_file").fetchone()[0]
        original = Path(hba_file).read_text()
        Path(hba_file).write_text("hostnossl chk_owned all 127.0.0.1/32 reject\n" + original)
        admin.execute(f"ALTER SYSTEM SET ssl_cert_file = '{server_cert}'")
        admin.execute(f"ALTER SYSTEM SET ssl_key_file = '{server_key}'")
        admin.execute("ALTER SYSTEM SET ssl = on")
        admin.execute("SELECT pg_reload_conf()")
    import time

    time.sleep(0.5)
    practice.tls = {"ca": cert, "other_ca": other_ca}
    yield practice
    with _admin(practice) as admin:
        Path(hba_file).write_text(original)
        admin.execute("ALTER SYSTEM RESET ssl")
        admin.execute("ALTER SYSTEM RESET ssl_cert_file")
        admin.execute("ALTER SYSTEM RESET ssl_key_file")
        admin.execute("SELECT pg_reload_conf()")


def test_an_unencrypted_connection_to_a_tls_only_server_asks_for_encryption(
    tls_server: Any,
) -> None:
    target = _target(tls_server, "chk_owned", "chk_owner", sslmode="disable")
    error = _fails(target, "Right-horse-7")
    assert isinstance(error, errors.ServerTlsRequired)
    assert "accepts only encrypted connections" in user_message(error)


def test_verify_full_with_the_servers_ca_file_works(tls_server: Any) -> None:
    target = _target(
        tls_server, "chk_owned", "chk_owner", sslmode="verify-full",
        sslrootcert=str(tls_server.tls["ca"]),
    )  # fmt: skip
    assert check_connection(target, "Right-horse-7").schema == "empty"


def test_a_certificate_from_another_ca_is_not_trusted(tls_server: Any) -> None:
    target = _target(
        tls_server, "chk_owned", "chk_owner", sslmode="verify-full",
        sslrootcert=str(tls_server.tls["other_ca"]),
    )  # fmt: skip
    error = _fails(target, "Right-horse-7")
    assert isinstance(error, errors.ServerCertificateUntrusted)
    assert "certificate could not be checked" in user_message(error)


def test_a_certificate_made_for_another_name_is_not_trusted(tls_server: Any) -> None:
    target = PgTarget(
        host="localhost", port=tls_server.admin.port, dbname="chk_owned", user="chk_owner",
        sslmode="verify-full", sslrootcert=str(tls_server.tls["ca"]),
    )  # fmt: skip
    error = _fails(target, "Right-horse-7")
    assert isinstance(error, errors.ServerCertificateUntrusted)


def test_opening_the_chosen_store_says_what_test_connection_says(practice: Any) -> None:
    from clinicrep.store.opening import open_store

    target = _target(practice, "chk_owned", "chk_owner")
    chosen_store.save_password(target, "Wrong-horse-8")
    with pytest.raises(errors.ServerLoginFailed) as caught:
        open_store(target)
    assert "did not accept the user “chk_owner”" in user_message(caught.value)
    typo = _target(practice, "chk_typo", "chk_owner")
    chosen_store.save_password(typo, "Right-horse-7")
    with pytest.raises(errors.ServerDatabaseMissing):
        open_store(typo)
    # no password anywhere: asked for, not called wrong (store.pg gives both one SQLSTATE)
    chosen_store.forget_password(target)
    with pytest.raises(errors.ServerPasswordMissing) as missing:
        open_store(target)
    assert "needs a password for “chk_owner”" in user_message(missing.value)


@pytest.mark.parametrize(
    ("code", "params", "words"),
    [
        ("database_connect_failed", {"sqlstate": ""}, "“Test connection”"),
        ("database_server_too_old", {"found": 12, "needed": 13}, "PostgreSQL 12"),
        ("database_extension_missing", {"name": "pg_trgm"}, "CREATE EXTENSION pg_trgm;"),
        ("database_read_only", {}, "may only read"),
    ],
)
def test_the_shared_stores_own_failures_are_sentences(
    code: str, params: dict[str, Any], words: str
) -> None:
    from clinicrep.messages import message_for_code

    assert words in message_for_code(code, params)
