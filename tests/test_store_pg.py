"""The store on a PostgreSQL server: what differs from SQLite underneath (connecting,
placeholders, migrations, time limits, a server that goes away). Store behaviour itself is
tested on both stores by the store tests (``store_db``)."""

from __future__ import annotations

import threading
import time

import pytest

from clinicrep import errors
from clinicrep.store import open_database
from clinicrep.store import pg as pg_module
from clinicrep.store.db import migrations as sqlite_migrations
from clinicrep.store.db import schema_version
from clinicrep.store.pg import PgDatabase, PgTarget, migrations, translate


def test_a_url_names_the_server_and_never_keeps_a_password():
    url = "postgresql://desk%40clinic:s3cret@db.clinic.lan:5433/reviews?sslmode=verify-full&sslrootcert=/etc/ca.pem"
    target = PgTarget.from_url(url)
    assert target == PgTarget(
        host="db.clinic.lan",
        port=5433,
        dbname="reviews",
        user="desk@clinic",
        sslmode="verify-full",
        sslrootcert="/etc/ca.pem",
    )
    assert "s3cret" not in target.url() and "s3cret" not in repr(target)
    assert PgTarget.from_url(target.url()) == target
    assert target.display() == "reviews on db.clinic.lan:5433 as desk@clinic"
    assert pg_module.password_in_url(url) == "s3cret"


def test_question_marks_become_placeholders_only_outside_literals():
    sql = "SELECT '50% off?', \"a?b\", x FROM t WHERE y LIKE 'a%' AND z = ? -- why?\nAND w = ?"
    assert translate(sql) == (
        "SELECT '50%% off?', \"a?b\", x FROM t WHERE y LIKE 'a%%' AND z = %s -- why?\nAND w = %s"
    )


def test_every_sqlite_migration_from_the_baseline_on_has_a_postgresql_twin():
    pg_numbers = [number for number, _name, _sql in migrations()]
    sqlite_numbers = [n for n, _name, _sql in sqlite_migrations() if n >= pg_numbers[0]]
    assert pg_numbers[0] == 11  # the baseline: SQLite's schema after 0011
    assert pg_numbers == sqlite_numbers


def test_a_new_database_is_migrated_once_and_a_newer_one_is_refused(pg_server, pg_target):
    with open_database(pg_target, password=pg_server.password) as db:
        assert db.user_version == schema_version()
        assert db.dialect == "postgresql" and db.path == pg_target
        db.execute("UPDATE clinicrep_schema SET version = ?", (schema_version() + 1,))
    with pytest.raises(errors.DatabaseTooNew):
        open_database(pg_target, password=pg_server.password)


def test_two_pcs_migrating_an_empty_database_at_once_both_open_it(pg_server):
    name = f"race_{time.monotonic_ns()}"
    with pg_server.admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    target = pg_server.target(name)
    opened: list[object] = []

    def open_one() -> None:
        try:
            with PgDatabase(target, pg_server.password) as db:
                opened.append(db.user_version)
        except Exception as e:  # the test reports it below
            opened.append(e)

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert opened == [schema_version()] * 3
    finally:
        pg_server.drop_database(name)


def test_a_transaction_commits_together_or_not_at_all(pg_server, pg_target):
    with open_database(pg_target, password=pg_server.password) as db:
        with pytest.raises(RuntimeError), db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", ("a", "1"))
            with db.transaction():  # nested: part of the outer one
                db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", ("b", "2"))
            raise RuntimeError("something failed half way")
        assert db.fetchall("SELECT count(*) FROM settings") == [(0,)]
        with db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", ("a", "1"))
        assert db.fetchall("SELECT key FROM settings") == [("a",)]


def test_a_slow_read_stops_at_its_time_limit(pg_server, pg_target):
    with open_database(pg_target, password=pg_server.password) as db:
        started = time.perf_counter()
        with pytest.raises(errors.QueryInterrupted), db.time_limit(0.2):
            db.execute("SELECT pg_sleep(5)")
        assert time.perf_counter() - started < 2
        assert db.fetchall("SELECT 1 + ?", (1,)) == [(2,)]  # the limit is gone afterwards
        db.execute("SELECT pg_sleep(0.3)")


def test_a_read_is_interrupted_from_another_thread(pg_server, pg_target):
    with open_database(pg_target, password=pg_server.password) as db:
        timer = threading.Timer(0.3, db.interrupt)
        timer.start()
        started = time.perf_counter()
        with pytest.raises(errors.QueryInterrupted):
            db.execute("SELECT pg_sleep(5)")
        assert time.perf_counter() - started < 3
        assert db.fetchall("SELECT 1") == [(1,)]


def test_a_server_that_goes_away_is_reported_as_a_lost_connection(pg_server, pg_target):
    with open_database(pg_target, password=pg_server.password) as db:
        pid = db.fetchall("SELECT pg_backend_pid()")[0][0]
        with pg_server.admin_connection() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(errors.DatabaseConnectionLost) as raised:
            db.execute("SELECT 1")
        assert raised.value.code == "database_connection_lost"


def test_a_wrong_password_fails_with_its_sqlstate_and_never_the_password(pg_server, pg_target):
    with pg_server.admin_connection() as admin:
        admin.execute("DROP ROLE IF EXISTS desk")
        admin.execute("CREATE ROLE desk LOGIN PASSWORD 'right-one'")
    try:
        wrong = PgTarget(pg_target.host, pg_target.port, pg_target.dbname, "desk")
        with pytest.raises(pg_module.PgConnectError) as raised:
            PgDatabase(wrong, "wrong-horse-battery")
        assert raised.value.sqlstate == "28P01"  # invalid password
        assert "wrong-horse-battery" not in str(raised.value)
        assert raised.value.__cause__ is None and raised.value.__suppress_context__
    finally:
        with pg_server.admin_connection() as admin:
            admin.execute("DROP ROLE IF EXISTS desk")


def test_an_unreachable_server_fails_as_a_connect_error():
    from pg_cluster import free_port

    nobody = PgTarget("127.0.0.1", free_port(), "clinicrep", "clinicrep")
    with pytest.raises(pg_module.PgConnectError) as raised:
        PgDatabase(nobody)
    assert raised.value.sqlstate == ""
    assert raised.value.code == "database_connect_failed"


def test_an_old_server_is_refused_by_name(pg_server, pg_target, monkeypatch):
    monkeypatch.setattr(pg_module, "MIN_SERVER_VERSION", 990000)
    with pytest.raises(errors.DatabaseServerTooOld) as raised:
        PgDatabase(pg_target, pg_server.password)
    assert raised.value.params["needed"] == 99


def test_a_role_without_write_permission_is_told_apart(pg_server, pg_target):
    with pg_server.admin_connection() as admin:
        admin.execute("DROP ROLE IF EXISTS reader")
        admin.execute("CREATE ROLE reader LOGIN PASSWORD 'r'")
    try:
        with pg_server.admin_connection() as admin:
            admin.execute(f'GRANT CONNECT ON DATABASE "{pg_target.dbname}" TO reader')
        with open_database(pg_target, password=pg_server.password) as db:
            db.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
        reader = PgTarget(pg_target.host, pg_target.port, pg_target.dbname, "reader")
        with PgDatabase(reader, "r") as db:
            assert db.fetchall("SELECT count(*) FROM settings") == [(0,)]
            with pytest.raises(errors.DatabaseReadOnly):
                db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
    finally:
        with open_database(pg_target, password=pg_server.password) as db:
            db.execute("DROP OWNED BY reader")  # its grants in the test's database
        with pg_server.admin_connection() as admin:
            admin.execute("DROP OWNED BY reader")
            admin.execute("DROP ROLE IF EXISTS reader")
