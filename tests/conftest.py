"""Every test gets its own data dir and an in-memory keyring; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest

from clinicrep import paths
from clinicrep.model import Analysis, Review
from clinicrep.store import Database, open_database
from memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):  # type: ignore[no-untyped-def]
    """A QApplication (widgets) before anything else: a QGuiApplication made first by a
    report-only test would leave the window tests without one. English is installed as the
    program does at start-up: its file holds the plural forms ("1 hour", "2 hours"); and
    every dialog is fitted to its screen, as the program's start-up has it (``ui/screen_fit``)."""
    from clinicrep.i18n import install_translators
    from clinicrep.ui.screen_fit import install_screen_fit

    install_translators(qapp, "en")
    install_screen_fit(qapp)
    yield qapp


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A throw-away data dir; the user's real folders are never touched."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    paths.set_data_dir(folder)
    # the system's locale as on a machine set to none (C): what the practice's country
    # defaults to does not hang on the machine that runs the tests
    monkeypatch.setattr("clinicrep.settings.system_locale_name", lambda: "C")
    yield folder
    paths.set_data_dir(None)


# Tests that time the wall clock or the window's answering (gaps between timer ticks), need
# the machine's cores to themselves (the analysis pool), or read the query planner's choice on
# a database whose history is this session's: marked ``serial``. scripts/test.sh runs the rest
# on every core (pytest-xdist) and then these, one at a time, on a quiet machine. A new module
# whose tests time the wall clock or count the window's timer ticks belongs here.
_SERIAL_MODULES = frozenset(
    {
        "tests/analysis/test_parallel_analysis.py",
        "tests/drafting/test_ai_drafts.py",
        "tests/drafting/test_composed_drafts.py",
        "tests/faults/test_big_import.py",
        "tests/faults/test_concurrent_starts.py",
        "tests/faults/test_environment_faults.py",
        "tests/faults/test_hostile_content.py",
        "tests/faults/test_sigkill.py",
        "tests/faults/test_store_way_out.py",
        "tests/live/test_server_away.py",
        "tests/live/test_two_pcs.py",
        "tests/monitoring/test_unattended_runs.py",
        "tests/sources/test_http.py",
        "tests/sources/test_paste.py",
        "tests/test_store_interrupt.py",
        "tests/test_store_pg.py",
        "tests/test_sync.py",
        "tests/ui/test_approval_flow.py",
        "tests/ui/test_file_held_elsewhere.py",
        "tests/ui/test_locations_window.py",
        "tests/ui/test_offline_feedback_dialog.py",
        "tests/ui/test_paste_dialog.py",
        "tests/ui/test_reply_editor.py",
        "tests/ui/test_status_during_big_import.py",
        "tests/ui/test_this_pc.py",
        "tests/ui/test_window_sync.py",
    }
)
_SERIAL_TESTS = frozenset(
    {
        "test_the_opening_view_reads_the_open_reviews_in_display_order_from_their_own_index",
        # the first screen of a search painted before its query thread reads the rest: on a
        # two-worker CI run at load 4 the whole list came at once (no row inserted below)
        "test_a_search_paints_the_screen_once_while_the_rest_of_its_list_comes_below_it",
        # a hover on a chart whose window's first check may show a banner meanwhile: one
        # timeout in a two-worker CI run at load 3 (stop 41), none in ten runs alone
        "test_polish_hover_and_summary_count_reviews_as_polish_counts_them",
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        module = item.path.relative_to(config.rootpath).as_posix()
        name = getattr(item, "originalname", item.name)
        if module in _SERIAL_MODULES or name in _SERIAL_TESTS:
            item.add_marker(pytest.mark.serial)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A module marked ``both_stores`` runs each test that takes ``db`` twice: on SQLite and
    on PostgreSQL (the same test, parametrised; UI tests stay on SQLite)."""
    definition = metafunc.definition
    if (
        "db" in metafunc.fixturenames
        and definition.get_closest_marker("both_stores")
        and not definition.get_closest_marker("sqlite_only")
    ):
        metafunc.parametrize("store_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def analysed_ids(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The external id of every review analysed from now on (an import's, a sync's), in
    order: what ``analysis.pipeline.analyse_review`` was called with in this process."""
    from clinicrep.analysis import pipeline

    seen: list[str] = []
    analyse = pipeline.analyse_review

    def counting(review: Review, **options: Any) -> Analysis:
        seen.append(review.external_id)
        return analyse(review, **options)

    monkeypatch.setattr(pipeline, "analyse_review", counting)
    return seen


@pytest.fixture
def store_kind(request: pytest.FixtureRequest) -> str:
    """Which store ``db`` opens: "sqlite" unless the module is marked ``both_stores``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db(data_dir: Path, store_kind: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if store_kind == "postgresql":
        server = request.getfixturevalue("pg_server")
        database = open_database(request.getfixturevalue("pg_target"), password=server.password)
    else:
        database = open_database(paths.db_path())
    yield database
    database.close()


# -- PostgreSQL (issue 20): the shared store ---------------------------------------------
# what a test may have changed in its database: tables, columns, functions, triggers, the
# schema version (a test that changes any of them gets a new database, not an emptied one)
_SCHEMA_FINGERPRINT = """
SELECT
  (SELECT string_agg(c.relname || ':' || c.relkind::text, ',' ORDER BY c.relname) FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'),
  (SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'),
  (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal),
  (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public'),
  (SELECT string_agg(version::text, ',') FROM clinicrep_schema)
"""
_ANY_ROWS = """
SELECT coalesce(sum((xpath('/row/n/text()', query_to_xml(
  format('SELECT count(*) AS n FROM %I', tablename), false, true, '')))[1]::text::int), 0)
FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'clinicrep_schema'
"""
# every table but the version emptied, every identity counting from 1 again
_EMPTY_TABLES = """
DO $$
DECLARE t text;
BEGIN
  EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I', tablename), ', ')
           || ' RESTART IDENTITY CASCADE'
           FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'clinicrep_schema');
END $$
"""


class PgServer:
    """A PostgreSQL server for the session: a throw-away cluster (tests/pg_cluster.py), or
    the one ``CLINICREP_TEST_PG`` names (postgresql://user:password@127.0.0.1:port/db)."""

    def __init__(self, url: str, cluster: object | None = None) -> None:
        from clinicrep.store.pg import PgTarget, password_in_url

        self.admin = PgTarget.from_url(url)
        self.password = password_in_url(url)
        self.cluster = cluster
        self._template: str | None = None
        self._counter = 0
        self._free: list[str] = []
        self._fingerprint: object = None
        self._seeded = False
        self._run_id = os.urandom(3).hex()  # several runs may share CLINICREP_TEST_PG

    def admin_connection(self):  # type: ignore[no-untyped-def]
        from clinicrep.store.pg import connect

        return connect(self.admin, self.password)

    def target(self, dbname: str):  # type: ignore[no-untyped-def]
        from dataclasses import replace

        return replace(self.admin, dbname=dbname)

    def template(self) -> str:
        """A database migrated to this program's schema, copied for each test (made once)."""
        if self._template is None:
            from clinicrep.store.pg import PgDatabase

            name = f"clinicrep_template_{self._run_id}"
            with self.admin_connection() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
                conn.execute(f'CREATE DATABASE "{name}"')
            PgDatabase(self.target(name), self.password).close()
            self._template = name
            self._fingerprint, self._seeded = self._look_at(name)
        return self._template

    def new_database(self) -> str:
        """A fresh database holding the migrated schema and nothing else: one a finished
        test left and that was emptied (20 ms), or a copy of the template (500 ms)."""
        template = self.template()
        if self._free:
            return self._free.pop()
        self._counter += 1
        name = f"clinicrep_test_{self._run_id}_{self._counter}"
        with self.admin_connection() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def release(self, name: str) -> None:
        """After a test: empty its database for the next one, or drop it when the test
        changed the schema (or the migrations write rows of their own, which emptying
        would lose)."""
        with self.admin_connection() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
        if not self._seeded:
            fingerprint, _rows = self._look_at(name)
            if fingerprint == self._fingerprint:
                with self._connection(name) as conn:
                    conn.execute(_EMPTY_TABLES)
                self._free.append(name)
                return
        self.drop_database(name)

    def _connection(self, name: str):  # type: ignore[no-untyped-def]
        from clinicrep.store.pg import connect

        return connect(self.target(name), self.password)

    def _look_at(self, name: str) -> tuple[object, bool]:
        """(the schema's fingerprint, whether any table but the version holds rows)."""
        with self._connection(name) as conn:
            fingerprint = conn.execute(_SCHEMA_FINGERPRINT).fetchone()
            rows = conn.execute(_ANY_ROWS).fetchone()[0]
        return fingerprint, bool(rows)

    def drop_database(self, name: str) -> None:
        with self.admin_connection() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.cluster is None:  # a shared server: leave nothing behind
            for name in [*self._free, *([self._template] if self._template else [])]:
                self.drop_database(name)
        if self.cluster is not None:
            self.cluster.remove()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server for this test session. Never skipped: without one, the tests
    that need it fail saying what to install."""
    url = os.environ.get("CLINICREP_TEST_PG", "").strip()
    if url:
        server = PgServer(url)
    else:
        from pg_cluster import start_cluster

        cluster = start_cluster()
        server = PgServer(cluster.url, cluster)
    previous = os.environ.get("PGPASSWORD")
    if server.password:  # connections the code under test opens itself find it there
        os.environ["PGPASSWORD"] = server.password
    try:
        yield server
    finally:
        if server.password:
            if previous is None:
                os.environ.pop("PGPASSWORD", None)
            else:
                os.environ["PGPASSWORD"] = previous
        server.stop()


@pytest.fixture
def pg_target(pg_server: PgServer):  # type: ignore[no-untyped-def]
    """A fresh, migrated, empty database of its own for one test (a ``PgTarget``)."""
    name = pg_server.new_database()
    yield pg_server.target(name)
    pg_server.release(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_db(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Database]:
    """A store, once on SQLite and once on PostgreSQL, for a test that takes it by name (a
    module of store tests marks itself ``both_stores`` instead, and its ``db`` runs twice)."""
    if request.param == "sqlite":
        database = open_database(paths.db_path())
    else:
        server = request.getfixturevalue("pg_server")
        target = request.getfixturevalue("pg_target")
        database = open_database(target, password=server.password)
    yield database
    database.close()
