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


def test_a_many_row_insert_numbers_its_markers_only_outside_literals():
    sql = (
        "INSERT INTO t (a, \"b?\") VALUES (?, '50% ?', ?), (?, ?, ?) -- who?\n"
        "ON CONFLICT DO NOTHING"
    )
    assert pg_module.numbered(sql) == (
        "INSERT INTO t (a, \"b?\") VALUES ($1, '50% ?', $2), ($3, $4, $5) -- who?\n"
        "ON CONFLICT DO NOTHING"
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

    threads = [threading.Thread(target=open_one) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert opened == [schema_version()] * 5
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


def test_a_time_limit_covers_all_the_reads_inside_it_not_each_one(pg_server, pg_target):
    """The window's first screen is several statements: none may start once the time is
    up, so the GUI thread waits about the limit, not the limit per statement."""
    with open_database(pg_target, password=pg_server.password) as db:
        read = []
        started = time.perf_counter()
        with pytest.raises(errors.QueryInterrupted), db.time_limit(0.4):
            for i in range(5):
                db.execute("SELECT pg_sleep(0.25)")  # each well within the limit
                read.append(i)
        assert read == [0, 1]  # the third was never sent: 0.5 s were gone
        assert time.perf_counter() - started < 0.8
        assert db.fetchall("SELECT 1") == [(1,)]  # no limit afterwards
        db.execute("SELECT pg_sleep(0.5)")


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


def test_a_write_cut_off_by_the_server_going_away_is_not_half_saved_and_the_next_one_works(
    pg_server, pg_target
):
    with open_database(pg_target, password=pg_server.password) as db:
        pid = db.fetchall("SELECT pg_backend_pid()")[0][0]
        with pytest.raises(errors.DatabaseConnectionLost), db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES ('first', '1')")
            with pg_server.admin_connection() as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            db.execute("INSERT INTO settings (key, value) VALUES ('second', '2')")
        # the server is back (it never left: only this PC's connection was cut)
        assert db.fetchall("SELECT key FROM settings") == []
        db.execute("INSERT INTO settings (key, value) VALUES ('again', '3')")
        assert db.fetchall("SELECT key FROM settings") == [("again",)]


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


def test_every_sort_of_the_inbox_lists_the_reviews_as_sqlite_does(pg_server, pg_target, data_dir):
    """The same reviews in both stores: each sort key, both ways, gives one order (case
    folded as NOCASE, NULLs lowest, ties newest first), and so do searches."""
    from datetime import UTC, datetime

    from clinicrep import paths
    from clinicrep.model import Analysis, Platform, Review, Sentiment, Source, SourceKind, Topic
    from clinicrep.model import Status as S
    from clinicrep.store.inbox import SORT_KEYS, ReviewQuery, review_ids
    from clinicrep.store.reviews import reviews_by_ids, upsert_reviews
    from clinicrep.store.sources import add_source

    authors = ["anna", "Anna", "Émile", "émile", "Zoë", "_under", "李医生", "", "Ćwik", "bob"]
    texts = ["Parking was hard", "парковка", "停车难", "ok", "OK!", "Зуб", "", "zebra", "Żółć"]
    statuses = [S.NEW, S.ANSWERED, S.ESCALATED, S.DISMISSED, S.IN_PROGRESS]

    def fill(db):
        source = add_source(
            db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.GOOGLE)
        )
        reviews = []
        for i in range(60):
            analysis = None
            if i % 4:
                analysis = Analysis(
                    language="en",
                    sentiment=list(Sentiment)[i % len(Sentiment)],
                    sentiment_score=(i % 7 - 3) / 3,
                    topics=(list(Topic)[i % 5],) if i % 3 else (),
                    urgency=(i * 7) % 100,
                )
            reviews.append(
                Review(
                    source_id=source.id or 0,
                    external_id=f"r{i}",
                    created_at=datetime(2026, 1 + i % 3, 1 + i % 5, 9, tzinfo=UTC),  # ties
                    author=authors[i % len(authors)],
                    rating=None if i % 6 == 0 else 1 + i % 5,
                    text=texts[i % len(texts)],
                    status=statuses[i % len(statuses)],
                    analysis=analysis,
                )
            )
        upsert_reviews(db, reviews)

    def listed(db, query):
        return [r.external_id for r in reviews_by_ids(db, review_ids(db, query))]

    lite = open_database(paths.db_path())
    pg = open_database(pg_target, password=pg_server.password)
    try:
        fill(lite)
        fill(pg)
        for sort in SORT_KEYS:
            for descending in (True, False):
                query = ReviewQuery(sort=sort, descending=descending)
                assert listed(pg, query) == listed(lite, query), (sort, descending)
                first = review_ids(pg, query, limit=7)
                assert first == review_ids(pg, query)[:7]
        for search in ("an", "ÉMILE", "парк", "停车", "ok", "_", "зуб ok"):
            query = ReviewQuery(search=search, sort="author")
            assert listed(pg, query) == listed(lite, query), search
        waiting = ReviewQuery.needs_attention()
        assert listed(pg, waiting) == listed(lite, waiting)
    finally:
        lite.close()
        pg.close()


def test_without_the_postgresql_driver_a_target_is_still_read_and_connecting_says_why():
    import subprocess
    import sys

    script = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from clinicrep.store.pg import PgTarget, PgDatabase, PgConnectError\n"
        "target = PgTarget.from_url('postgresql://desk@127.0.0.1:9/reviews')\n"
        "try:\n"
        "    PgDatabase(target)\n"
        "except PgConnectError as e:\n"
        "    print(target.display(), '|', e.params['driver_missing'])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "reviews on 127.0.0.1:9 as desk | True"


def test_two_pcs_importing_the_same_review_at_once_store_it_once(pg_server, pg_target):
    from datetime import UTC, datetime

    from clinicrep.model import Platform, Review, Source, SourceKind
    from clinicrep.store.reviews import count_reviews, upsert_reviews
    from clinicrep.store.sources import add_source

    desk = open_database(pg_target, password=pg_server.password)
    office = open_database(pg_target, password=pg_server.password)
    try:
        source = add_source(
            desk, Source(kind=SourceKind.CSV, name="Export", platform=Platform.GOOGLE)
        )

        def review() -> Review:
            created = datetime(2026, 11, 2, 9, tzinfo=UTC)
            return Review(
                source_id=source.id or 0, external_id="g-1", created_at=created, text="Kind"
            )

        outcome: list[object] = []

        def office_imports() -> None:
            try:
                outcome.append(upsert_reviews(office, [review()]))
            except Exception as e:  # reported by the assertion below
                outcome.append(e)

        with desk.transaction():
            upsert_reviews(desk, [review()])
            other = threading.Thread(target=office_imports)
            other.start()
            time.sleep(0.5)  # the office's import waits for the desk's row
            assert outcome == []
        other.join(10)
        assert [type(o).__name__ for o in outcome] == ["UpsertResult"]
        assert count_reviews(desk) == 1
    finally:
        desk.close()
        office.close()


def test_a_shared_store_made_before_0014_keeps_every_review_and_only_the_copied_indexes_go(
    pg_server, monkeypatch
):
    """reviews_source and reviews_created repeated the first columns of the unique
    (source_id, external_id) index and of reviews_sort_created: the upgrade drops them, and
    the look-ups they served read the indexes that remain."""
    from datetime import UTC, datetime

    from clinicrep.model import Platform, Review, Source, SourceKind
    from clinicrep.store.inbox import first_review_at
    from clinicrep.store.reviews import count_reviews, upsert_reviews
    from clinicrep.store.sources import add_source

    name = f"old_{time.monotonic_ns()}"
    with pg_server.admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    target = pg_server.target(name)
    real = migrations()
    monkeypatch.setattr(pg_module, "migrations", lambda: [m for m in real if m[0] < 14])

    def indexes(db: PgDatabase) -> set[str]:
        rows = db.fetchall("SELECT indexname FROM pg_indexes WHERE tablename = 'reviews'")
        return {row[0] for row in rows}

    try:
        with PgDatabase(target, pg_server.password) as db:
            assert db.user_version == 13
            assert {"reviews_source", "reviews_created"} <= indexes(db)
            source = add_source(
                db, Source(kind=SourceKind.CSV, name="Old", platform=Platform.GOOGLE)
            )
            upsert_reviews(
                db,
                [
                    Review(
                        source_id=source.id or 0,
                        external_id=f"r-{day}",
                        created_at=datetime(2026, 10, day, 9, tzinfo=UTC),
                        text=f"Visit on the {day}th",
                    )
                    for day in (1, 2, 3)
                ],
            )
            before = indexes(db)
        monkeypatch.setattr(pg_module, "migrations", lambda: [m for m in real if m[0] <= 14])
        with PgDatabase(target, pg_server.password) as db:
            assert db.user_version == 14
            assert indexes(db) == before - {"reviews_source", "reviews_created"}
            assert count_reviews(db) == 3
            assert first_review_at(db) == datetime(2026, 10, 1, 9, tzinfo=UTC)
            # with a table this small the planner would read it whole: asked to use indexes,
            # it finds the ones that remain
            db.execute("SET enable_seqscan = off")
            plan = " ".join(
                row[0]
                for row in db.fetchall(
                    "EXPLAIN SELECT count(*) FROM reviews WHERE created_at >= ? AND created_at < ?",
                    ("2026-10-02", "2026-10-03"),
                )
            )
            assert "reviews_sort_created" in plan
            plan = " ".join(
                row[0]
                for row in db.fetchall(
                    "EXPLAIN SELECT id FROM reviews WHERE source_id = ?", (source.id,)
                )
            )
            assert "reviews_source_id_external_id_key" in plan
    finally:
        pg_server.drop_database(name)


def test_a_shared_store_made_before_0015_keeps_its_reviews_and_lists_the_open_ones_by_their_index(
    pg_server, monkeypatch
):
    """0015 adds the index of the open reviews in the opening view's order: the upgrade keeps
    every review, and that view's first screen reads it."""
    from datetime import UTC, datetime

    from clinicrep.model import Analysis, Platform, Review, Source, SourceKind, Status
    from clinicrep.store.inbox import ReviewQuery, review_ids
    from clinicrep.store.reviews import count_reviews, reviews_by_ids, upsert_reviews
    from clinicrep.store.sources import add_source

    name = f"old_{time.monotonic_ns()}"
    with pg_server.admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    target = pg_server.target(name)
    real = migrations()
    monkeypatch.setattr(pg_module, "migrations", lambda: [m for m in real if m[0] < 15])
    try:
        with PgDatabase(target, pg_server.password) as db:
            assert db.user_version == 14
            source = add_source(
                db, Source(kind=SourceKind.CSV, name="Old", platform=Platform.GOOGLE)
            )
            upsert_reviews(
                db,
                [
                    Review(
                        source_id=source.id or 0,
                        external_id=f"r-{day}",
                        created_at=datetime(2026, 10, day, 9, tzinfo=UTC),
                        text=f"Visit on the {day}th",
                        status=Status.ANSWERED if day == 2 else Status.NEW,
                        analysis=Analysis(urgency=10 * day),
                    )
                    for day in (1, 2, 3)
                ],
            )
        monkeypatch.setattr(pg_module, "migrations", lambda: real)
        with PgDatabase(target, pg_server.password) as db:
            assert db.user_version == schema_version()
            assert count_reviews(db) == 3
            opening = ReviewQuery.needs_attention()
            ids = review_ids(db, opening, limit=64)
            assert [r.external_id for r in reviews_by_ids(db, ids)] == ["r-3", "r-1"]
            db.execute("SET enable_seqscan = off")
            db.execute("SET enable_sort = off")
            plan = " ".join(
                row[0]
                for row in db.fetchall(
                    "EXPLAIN SELECT id FROM reviews WHERE status IN ('new', 'in_progress',"
                    " 'escalated') ORDER BY urgency DESC NULLS LAST, created_at DESC NULLS LAST,"
                    " id DESC NULLS LAST LIMIT 64"
                )
            )
            assert "reviews_open_urgency" in plan
    finally:
        pg_server.drop_database(name)


UPGRADE_TEXTS = {
    "with": "Nie ma gdzie zaparkować. Źle zorganizowana rejestracja.",
    "without": "Nie bylo gdzie zaparkowac, zle mnie zapisali.",
    "yo": "Ещё раз спасибо врачу!",
    "other": "Parking was easy.",
}


def test_a_server_at_schema_16_upgrades_through_0017_and_finds_words_typed_without_diacritics(
    pg_server, monkeypatch, data_dir, capsys
):
    """A shared server that ran the landed, words-only 0016 (its search column not folded)
    is opened by this program, which applies 0017: the reviews stored before are found by a
    search typed without diacritics, through the CLI's 'list --search' as a user types it
    ('zaparkowac' finds 'zaparkować', 'еще' finds 'ещё'); before 0017 the first found only
    the review written without them."""
    from datetime import UTC, datetime

    from clinicrep.cli import main
    from clinicrep.model import Platform, Review, Source, SourceKind
    from clinicrep.store import chosen_store
    from clinicrep.store.inbox import ReviewQuery, review_ids
    from clinicrep.store.reviews import reviews_by_ids, upsert_reviews
    from clinicrep.store.sources import add_source

    name = f"at16_{time.monotonic_ns()}"
    with pg_server.admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    target = pg_server.target(name)
    real = migrations()
    monkeypatch.setattr(pg_module, "migrations", lambda: [m for m in real if m[0] <= 16])
    try:
        with PgDatabase(target, pg_server.password) as db:
            assert db.user_version == 16
            source = add_source(
                db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.OTHER)
            )
            upsert_reviews(
                db,
                [
                    Review(
                        source_id=source.id or 0,
                        external_id=key,
                        created_at=datetime(2026, 10, 1 + i, 9, tzinfo=UTC),
                        author="",
                        text=text,
                    )
                    for i, (key, text) in enumerate(UPGRADE_TEXTS.items())
                ],
            )
            ids = review_ids(db, ReviewQuery(search="zaparkowac", sort="created"))
            assert [r.external_id for r in reviews_by_ids(db, ids)] == ["without"]
        monkeypatch.setattr(pg_module, "migrations", lambda: real)
        url = f"postgresql://{pg_server.admin.user}@{pg_server.admin.host}:{pg_server.admin.port}/{name}"
        capsys.readouterr()
        try:
            assert main(["--db", url, "list", "--search", "zaparkowac"]) == 0
            zaparkowac = capsys.readouterr()
            assert main(["--db", url, "list", "--search", "еще"]) == 0
            yeshche = capsys.readouterr()
        finally:
            chosen_store.use_for_this_run(None)
        assert "zaparkować" in zaparkowac.out and "zaparkowac," in zaparkowac.out
        assert "2 reviews" in zaparkowac.err
        assert "Ещё раз" in yeshche.out and "1 reviews" in yeshche.err
        with PgDatabase(target, pg_server.password) as db:
            assert db.user_version == schema_version()
    finally:
        pg_server.drop_database(name)
