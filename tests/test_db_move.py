"""A practice moves its store onto the shared server and back: ``clinicrep db move``,
``clinicrep db export``, ``--db`` and ``CLINICREP_DB``. Every table comes across with its
counts checked, ids and id counters kept, search works on the copy, the old store is kept
as it was, and a target that holds reviews is refused unless --replace."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from clinicrep import paths
from clinicrep.cli import main
from clinicrep.demo.populate import populate
from clinicrep.store import chosen_store, open_database
from clinicrep.store import db as store_db
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.opening import open_store


def _url(server: Any, dbname: str) -> str:
    return f"postgresql://{server.admin.user}@{server.admin.host}:{server.admin.port}/{dbname}"


@pytest.fixture(autouse=True)
def _fresh_location() -> Any:
    """Each test starts as a new run: no --db, no password kept from a URL."""
    yield
    chosen_store.use_for_this_run(None)
    chosen_store._session_passwords.clear()


@pytest.fixture
def practice_store(data_dir: Path) -> Path:
    """This PC's own store with the demo practice's reviews in it."""
    with open_database(paths.db_path()) as db:
        populate(db)
        # a source added and removed again: its id is never handed out again
        db.execute(
            "INSERT INTO sources (kind, platform, name, settings, created_at) "
            "VALUES ('csv', 'other', 'Removed', '{}', '2026-01-01T00:00:00Z')"
        )
        db.execute("DELETE FROM sources WHERE name = 'Removed'")
    return paths.db_path()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _indexes(db: Any) -> list[str]:
    """The server's indexes and constraints (a move drops some and makes them again)."""
    rows = db.execute(
        "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() UNION ALL "
        "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
        "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace ORDER BY 1"
    ).fetchall()
    return [r[0] for r in rows]


def _counts(db: Any) -> dict[str, int]:
    names = ("sources", "reviews", "review_topics", "replies", "events", "settings")
    return {n: int(db.execute(f"SELECT count(*) FROM {n}").fetchone()[0]) for n in names}


def test_moving_to_the_server_copies_everything_and_the_pc_uses_it(
    practice_store: Path,
    pg_server: Any,
    pg_target: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with open_database(practice_store) as db:
        before = _counts(db)
        highest_source = db.execute("SELECT seq FROM sqlite_sequence WHERE name='sources'")
        highest_source = highest_source.fetchone()[0]
        found_before = review_ids(db, ReviewQuery(search="парковк"))
    file_before = _digest(practice_store)

    url = _url(pg_server, pg_target.dbname)
    assert main(["db", "move", "--to", url]) == 0
    out, err = capsys.readouterr()
    assert f"Copied {before['reviews']} reviews" in out and "every table's count" in out
    assert "Copying reviews:" in err  # progress, table by table
    assert chosen_store.current_location() == pg_target  # this PC uses the server now
    assert json.loads((paths.config_dir() / "store.json").read_text())["kind"] == "postgresql"
    assert _digest(practice_store) == file_before  # the SQLite file kept as it was

    with open_store() as shared:
        assert shared.dialect == "postgresql"
        assert _counts(shared) == before
        assert review_ids(shared, ReviewQuery(search="парковк")) == found_before
        # a new source never gets the id of one removed before the move
        shared.execute(
            "INSERT INTO sources (kind, platform, name, settings, created_at) "
            "VALUES ('csv', 'other', 'New', '{}', '2026-01-01T00:00:00Z')"
        )
        new_id = shared.execute("SELECT max(id) FROM sources").fetchone()[0]
        assert new_id > highest_source

    assert main(["source", "list"]) == 0  # every verb now reads the server
    assert "\tNew\n" in capsys.readouterr().out


def test_a_target_that_holds_reviews_is_refused_unless_replace(
    practice_store: Path, pg_server: Any, pg_target: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(pg_server, pg_target.dbname)
    assert main(["db", "move", "--to", url]) == 0
    chosen_store.clear_location()
    capsys.readouterr()
    assert main(["db", "move", "--to", url]) == 2
    err = capsys.readouterr().err
    assert "The target already holds" in err and "--replace" in err
    assert main(["db", "move", "--to", url, "--replace"]) == 0


def test_moving_back_to_sqlite_keeps_the_old_file_aside(
    practice_store: Path, pg_server: Any, pg_target: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(pg_server, pg_target.dbname)
    with open_database(pg_target) as fresh:
        indexes = _indexes(fresh)
    assert any("gin" in index for index in indexes)
    assert main(["db", "move", "--to", url]) == 0
    with open_database(pg_target) as shared:  # built again after the rows went in
        assert _indexes(shared) == indexes
    with open_database(practice_store) as db:
        found = {w: review_ids(db, ReviewQuery(search=w)) for w in ("парковк", "医生", "停")}
    assert all(found.values())
    with open_store() as shared:  # work goes on on the server
        shared.execute("UPDATE reviews SET status = 'dismissed' WHERE id = 1")
        before = _counts(shared)
    capsys.readouterr()
    # the old file is still there, with its reviews: refused without --replace
    assert main(["db", "move", "--to", "sqlite"]) == 2
    assert "The target already holds" in capsys.readouterr().err
    assert main(["db", "move", "--to", "sqlite", "--replace"]) == 0
    out = capsys.readouterr().out
    assert "kept as" in out and "before-move-" in out
    assert chosen_store.current_location() == paths.db_path()
    assert not (paths.config_dir() / "store.json").exists()
    with open_store() as db:
        assert _counts(db) == before
        assert db.execute("SELECT status FROM reviews WHERE id = 1").fetchone()[0] == "dismissed"
        for word, ids in found.items():  # the search indexes rebuilt, Chinese too
            assert review_ids(db, ReviewQuery(search=word)) == ids
    kept = list((paths.data_dir() / "backups").glob("before-move-*.sqlite3"))
    assert len(kept) == 1


def test_export_copies_into_a_file_without_switching(
    practice_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "copy.sqlite3"
    out_file.write_text("notes the practice keeps\n")
    assert main(["db", "export", "--out", str(out_file)]) == 2
    assert "is a file, but not a clinicrep store" in capsys.readouterr().err
    assert out_file.read_text() == "notes the practice keeps\n"
    out_file.unlink()
    assert main(["db", "export", "--out", str(out_file)]) == 0
    assert chosen_store.current_location() == paths.db_path()
    conn = sqlite3.connect(out_file)
    with open_database(practice_store) as db:
        assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == _counts(db)["reviews"]
    conn.close()


def test_an_exported_file_finds_what_the_store_finds_and_indexes_new_reviews_as_before(
    practice_store: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "copy.sqlite3"
    assert main(["db", "export", "--out", str(out_file)]) == 0
    with open_database(practice_store) as db, open_database(out_file) as copy:
        words = {
            word
            for (text,) in db.fetchall("SELECT text FROM reviews ORDER BY id LIMIT 40")
            for word in text.split()[:3]
            if len(word) >= 3
        }
        assert len(words) > 10
        assert {w: review_ids(copy, ReviewQuery(search=w)) for w in words} == {
            w: review_ids(db, ReviewQuery(search=w)) for w in words
        }
        # the search index was made in a big import's buffer; later writes use FTS5's default
        assert copy.fetchall("SELECT v FROM reviews_fts_config WHERE k = 'hashsize'") in (
            [],
            [(store_db.FTS_BUFFER,)],
        )
        copy.execute("INSERT INTO reviews_fts (reviews_fts, rank) VALUES ('integrity-check', 1)")


def test_a_failed_copy_leaves_the_server_database_as_it_was(
    practice_store: Path, pg_server: Any, pg_target: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clinicrep.errors import MoveCountMismatch
    from clinicrep.store import move

    real = move._verify

    def wrong_count(table: str, expected: int, copied: int) -> None:
        real(table, expected, copied - 1 if table == "reviews" else copied)

    monkeypatch.setattr(move, "_verify", wrong_count)
    with open_database(pg_target) as fresh:
        indexes = _indexes(fresh)
    with pytest.raises(MoveCountMismatch) as caught:
        move.move_store(practice_store, pg_target)
    assert "“reviews”" in __import__("clinicrep.messages").messages.user_message(caught.value)
    with open_database(pg_target) as shared:
        assert shared.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
        assert shared.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
        assert _indexes(shared) == indexes  # the dropped indexes came back with the rollback
    assert chosen_store.current_location() == paths.db_path()


def test_db_and_clinicrep_db_choose_the_store_for_one_run(
    practice_store: Path,
    pg_server: Any,
    pg_target: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = _url(pg_server, pg_target.dbname)
    assert main(["--db", url, "db", "where"]) == 0
    assert capsys.readouterr().out.startswith(f"Shared database: {pg_target.dbname} on ")
    chosen_store.use_for_this_run(None)
    monkeypatch.setenv("CLINICREP_DB", url)
    assert main(["db", "check"]) == 0  # the empty server store, not the practice's file
    assert "Connected to PostgreSQL" in capsys.readouterr().out
    assert not (paths.config_dir() / "store.json").exists()  # nothing saved for the PC
    monkeypatch.delenv("CLINICREP_DB")
    assert chosen_store.current_location() == paths.db_path()


def test_a_password_in_an_unreadable_address_is_not_repeated(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", "postgresql://anna:Sekret-pass-1@server:port/clinicrep", "list"]) == 2
    err = capsys.readouterr().err
    assert "names no store" in err and "postgresql://anna@server" in err
    assert "Sekret-pass-1" not in err
    for log_file in paths.log_dir().glob("*.log*"):
        assert "Sekret-pass-1" not in log_file.read_text(errors="replace")


def test_a_store_address_that_is_no_address_is_one_sentence(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", "mysql://somewhere/db", "list"]) == 2
    err = capsys.readouterr().err
    assert "names no store" in err and "Traceback" not in err


def _mover(pg_server: Any, pg_target: Any) -> str:
    """A role of the shared database with a password; the URL that names it with it."""
    with pg_server.admin_connection() as admin:
        admin.execute("DROP ROLE IF EXISTS mover")
        admin.execute("CREATE ROLE mover LOGIN PASSWORD 'Mover-secret-42'")
    from clinicrep.store.pg import connect

    with connect(pg_server.target(pg_target.dbname), pg_server.password) as conn:
        for statement in (
            "GRANT ALL ON ALL TABLES IN SCHEMA public TO mover",
            "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO mover",
        ):
            conn.execute(statement)
    return (
        f"postgresql://mover:Mover-secret-42@{pg_server.admin.host}:"
        f"{pg_server.admin.port}/{pg_target.dbname}"
    )


def _drop_mover(pg_server: Any, pg_target: Any) -> None:
    from clinicrep.store.pg import connect

    with connect(pg_server.target(pg_target.dbname), pg_server.password) as conn:
        conn.execute("DROP OWNED BY mover")  # its rights, so that the role can go
    with pg_server.admin_connection() as admin:
        admin.execute("DROP ROLE mover")


def test_a_password_in_the_url_goes_to_the_keyring_not_to_store_json(
    practice_store: Path, pg_server: Any, pg_target: Any, memory_keyring: Any
) -> None:

    url = _mover(pg_server, pg_target)
    assert main(["db", "move", "--to", url]) == 0
    assert "Mover-secret-42" not in (paths.config_dir() / "store.json").read_text()
    assert "Mover-secret-42" in memory_keyring.passwords.values()
    for log_file in paths.log_dir().glob("*.log*"):
        assert "Mover-secret-42" not in log_file.read_text(errors="replace")
    chosen_store._session_passwords.clear()  # a new start: only the keyring knows it
    with open_store() as shared:
        assert shared.execute("SELECT current_user").fetchone()[0] == "mover"
    _drop_mover(pg_server, pg_target)


def test_progress_and_summary_say_how_long(practice_store: Path, tmp_path: Path) -> None:
    from clinicrep.store.move import move_store

    lines: list[str] = []
    report = move_store(practice_store, tmp_path / "x.sqlite3", progress=lines.append)
    assert any(line.startswith("Copying reviews:") for line in lines)
    assert report.reviews > 0 and report.seconds < 60


def test_a_pc_without_a_keyring_is_told_at_once_that_the_password_was_not_kept(
    practice_store: Path, pg_server: Any, pg_target: Any, capsys: Any
) -> None:
    import keyring
    from keyring.backends import fail

    url = _mover(pg_server, pg_target)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert main(["db", "move", "--to", url]) == 0
    finally:
        keyring.set_keyring(previous)
    said = capsys.readouterr().out
    assert "no keyring to keep the database password" in said
    assert "Settings → Database" in said
    assert "Mover-secret-42" not in said + (paths.config_dir() / "store.json").read_text()
    chosen_store._session_passwords.clear()
    _drop_mover(pg_server, pg_target)
