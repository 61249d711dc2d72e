"""Removing a source leaves nothing of it in the keyring, and no later source gets its id."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from clinicrep import paths
from clinicrep.cli import main
from clinicrep.model import Platform, Source, SourceKind
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.source_removal import remove_source
from clinicrep.sources.base import SourceContext
from clinicrep.sources.registry import KINDS, opened_connector
from clinicrep.store import Database, open_database
from clinicrep.store.db import migrations
from clinicrep.store.reviews import count_reviews
from clinicrep.store.sources import add_source, get_source, list_sources
from clinicrep.sync import sync_source
from fakes.source_setup import trustpilot_source
from fakes.trustpilot_server import FakeTpReview, FakeTrustpilot

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL


def entries_of(keyring: Any, source_id: int) -> list[str]:
    owner = source_owner(source_id) + ":"
    return sorted(user for (_service, user) in keyring.passwords if user.startswith(owner))


def a_source(db: Database, kind: str, name: str) -> Source:
    platform = {"google": Platform.GOOGLE, "facebook": Platform.FACEBOOK, "yelp": Platform.YELP,
                "trustpilot": Platform.TRUSTPILOT}.get(kind, Platform.OTHER)  # fmt: skip
    return add_source(db, Source(kind=SourceKind(kind), name=name, platform=platform))


def test_removing_a_trustpilot_source_deletes_its_cached_access_token_too(
    db: Database, memory_keyring: Any
) -> None:
    tokens = TokenStore()
    with FakeTrustpilot() as api:
        assert isinstance(api, FakeTrustpilot)
        api.reviews = [FakeTpReview("tp1", 2, "Long wait", "2026-11-20T10:00:00.000Z")]
        source = trustpilot_source(db, api, tokens)
        assert source.id is not None
        assert sync_source(db, source, tokens=tokens).ok
        # replying signs in: Trustpilot's access token and its expiry are cached
        from clinicrep.store.reviews import get_review_by_external_id

        review = get_review_by_external_id(db, source.id, "tp1")
        assert review is not None
        with opened_connector(SourceContext(source, tokens)) as connector:
            connector.publish_reply(review, "We are sorry about the wait.")
    cached = entries_of(memory_keyring, source.id)
    assert any(e.endswith(":access_token") for e in cached)
    assert any(e.endswith(":access_token_expires_at") for e in cached)

    removed = remove_source(db, "Clinic on Trustpilot", tokens)

    assert removed.secrets_removed and removed.name == "Clinic on Trustpilot"
    assert entries_of(memory_keyring, source.id) == []
    assert get_source(db, source.id) is None and count_reviews(db) == 0


@pytest.mark.parametrize("kind", sorted(k for k, info in KINDS.items() if info.secrets))
def test_every_secret_a_source_ever_wrote_is_gone_when_it_is_removed(
    db: Database, memory_keyring: Any, kind: str
) -> None:
    tokens = TokenStore()
    source = a_source(db, kind, f"My {kind}")
    assert source.id is not None
    owner = source_owner(source.id)
    for secret in KINDS[kind].secrets:
        tokens.set(owner, secret.name, f"{kind}-{secret.name}-value")
    # whatever a connector caches, now or in a later version, under any name
    tokens.set(owner, "access_token", "cached-access-token")
    tokens.set(owner, "some_future_cache", "future-secret-value")
    tokens.keep_for_session(owner, "typed_this_session", "session-only-value")
    memory_keyring.passwords[("clinicrep", f"{owner}:refresh_token")] = "written-by-an-old-version"

    remove_source(db, source.id, tokens)

    assert entries_of(memory_keyring, source.id) == []
    assert tokens.get(owner, "typed_this_session") is None


def test_a_new_source_never_gets_the_number_of_a_removed_one_nor_its_token(
    db: Database, memory_keyring: Any
) -> None:
    tokens = TokenStore()
    first = a_source(db, "facebook", "Old page")
    last = a_source(db, "facebook", "Page we gave up")
    assert first.id is not None and last.id is not None
    tokens.set(source_owner(last.id), "page_access_token", "old-page-token-secret")
    # a keyring that could not delete it (locked): the entry stays behind
    memory_keyring.passwords[("clinicrep", f"{source_owner(last.id)}:page_access_token")] = "x"
    remove_source(db, last.id, tokens)
    memory_keyring.passwords[("clinicrep", f"{source_owner(last.id)}:page_access_token")] = (
        "old-page-token-secret"
    )

    new = a_source(db, "facebook", "New page")

    assert new.id is not None and new.id > last.id
    assert tokens.get(source_owner(new.id), "page_access_token") is None


def test_upgrading_a_store_keeps_every_review_and_never_reuses_a_number_afterwards(
    data_dir: Path,
) -> None:
    """A store made before source ids were kept unique: the upgrade rebuilds the sources
    table and must not take one review with it (their foreign keys cascade)."""
    path = data_dir / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    for number, _name, sql in migrations()[:7]:
        conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
    now = "2026-11-01T10:00:00+00:00"
    for i in (1, 2, 3):
        conn.execute(
            "INSERT INTO sources (id, kind, name, platform, created_at)"
            " VALUES (?, 'manual', ?, 'offline', ?)",
            (i, f"Desk {i}", now),
        )
        conn.execute(
            "INSERT INTO reviews (source_id, external_id, text, created_at, fetched_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (i, f"r{i}", f"Review at desk {i}", now, now),
        )
        conn.execute(  # the search index, as that version's store wrote it
            "INSERT INTO reviews_fts (rowid, author, title, text)"
            " SELECT id, author, title, text FROM reviews WHERE source_id = ?",
            (i,),
        )
    conn.commit()
    conn.close()

    with open_database(path) as db:
        assert [s.name for s in list_sources(db)] == ["Desk 1", "Desk 2", "Desk 3"]
        assert count_reviews(db) == 3
        remove_source(db, "Desk 3", TokenStore())
        assert count_reviews(db) == 2
        new = a_source(db, "manual", "New desk")
        assert new.id == 4
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_clinicrep_source_remove_on_the_command_line(
    data_dir: Path, memory_keyring: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_database(paths.db_path()) as db:
        source = a_source(db, "yelp", "Yelp page")
        assert source.id is not None
        TokenStore().set(source_owner(source.id), "api_key", "yelp-key-to-forget")
    assert main(["source", "list"]) == 0
    assert "Yelp page" in capsys.readouterr().out
    assert main(["source", "remove", "Yelp page"]) == 0
    assert "Removed Yelp page, its reviews and its sign-in." in capsys.readouterr().out
    assert entries_of(memory_keyring, source.id) == []
    assert main(["source", "remove", "Yelp page"]) == 2  # gone: said, not crashed
    assert capsys.readouterr().err.strip()
