"""The practice's database server goes away in the middle of things, then comes back.

Each test has a server of its own (it is stopped the hard way: ``pg_ctl stop -m immediate``,
as a power cut or a crash would), with commits that wait for the disk as a real server's do.
Nothing stored is lost, nothing is posted twice, and the window says one clear sentence while
the server is away and goes on by itself when it is back.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from clinicrep.model import ReplyState
from clinicrep.secrets import TokenStore
from clinicrep.store import open_database
from clinicrep.store.pg import PgTarget, connect
from clinicrep.store.replies import get_reply
from clinicrep.sync import sync_all
from fakes.google_server import FakeGoogle, FakeLocation
from fakes.loopback import FakeResponse, RecordedRequest
from fakes.source_setup import google_source
from pg_cluster import Cluster, start_cluster

from .conftest import Practice

REPLY = "Thank you for your kind words, we look forward to seeing you again."
AWAY = "The connection to the shared database server was lost"


class GoogleThatOutlivesTheServer(FakeGoogle):
    """Takes a reply, then (before answering) the database server dies: the reply is on the
    platform, and the PC that posted it cannot record that."""

    def __init__(self) -> None:
        super().__init__()
        self.on_reply: Any = None

    def _reply(self, request: RecordedRequest, parent: str, review_id: str) -> FakeResponse:
        response = super()._reply(request, parent, review_id)
        if request.method == "PUT" and self.on_reply is not None:
            self.on_reply()
        return response


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    server = start_cluster()
    try:
        with connect(PgTarget.from_url(server.url)) as conn:
            # what is committed is on disk before the commit returns, as on a real server
            conn.execute("ALTER SYSTEM SET synchronous_commit = on")
        server.stop()
        server.start()
        yield server
    finally:
        server.remove()


@pytest.fixture
def shared(cluster: Cluster, tmp_path: Path) -> Iterator[Practice]:
    admin = PgTarget.from_url(cluster.url)
    with connect(admin) as conn:
        conn.execute("CREATE DATABASE practice")
    target = replace(admin, dbname="practice")
    db = open_database(target)
    with GoogleThatOutlivesTheServer() as api:
        assert isinstance(api, FakeGoogle)
        location: FakeLocation = api.add_location("200", "300", "Clinic")
        api.add_reviews(location, 6)
        # the platform answers a reply after the server died: no client timeout before that
        google_source(db, api, TokenStore(), timeout=15.0)
        sync_all(db, tokens=TokenStore(), who="setup")
        ids = [int(r[0]) for r in db.execute("SELECT id FROM reviews ORDER BY id").fetchall()]
        yield Practice("postgresql", target.url(), db, api, location, tmp_path, ids)
    db.close()


def _count(cluster: Cluster, sql: str) -> int:
    target = replace(PgTarget.from_url(cluster.url), dbname="practice")
    with connect(target) as conn:
        row = conn.execute(sql).fetchone()
    return int(row[0]) if row else 0


def test_a_sync_cut_off_by_the_server_resumes_without_losing_or_doubling_a_review(
    shared: Practice, cluster: Cluster
) -> None:
    shared.api.add_reviews(shared.location, 30)
    shared.api.slow_from_offset = 15  # the pages after the third wait: time to pull the plug
    shared.api.slow_delay = 0.5
    anna = shared.pc("Anna").start("sync")
    deadline = time.monotonic() + 60
    while _count(cluster, "SELECT count(*) FROM reviews") < 6 + 15:
        assert time.monotonic() < deadline, anna.errors()
        time.sleep(0.05)
    cluster.stop("immediate")
    failed = anna.wait_for(lambda e: e.get("event") in ("sync_failed", "sync_done"), 60)
    assert anna.finish() == 0, anna.errors()
    assert failed["event"] == "sync_failed", failed
    assert failed["message"].startswith(AWAY)  # what the person at that PC reads
    cluster.start()
    stored_before = _count(cluster, "SELECT count(*) FROM reviews")
    assert stored_before >= 6 + 15  # every page stored before the cut is still there
    shared.api.slow_from_offset = None
    events = shared.pc("Anna").run("sync")
    done = next(e for e in events if e.get("event") == "sync_done")
    assert done["busy_elsewhere"] is None  # the dead session's lock went with it
    assert done["errors"] == []
    assert _count(cluster, "SELECT count(*) FROM reviews") == 36
    assert _count(cluster, "SELECT count(DISTINCT external_id) FROM reviews") == 36
    assert _count(cluster, "SELECT count(*) FROM sync_runs WHERE outcome = 'ok'") == 2


def test_a_publish_cut_off_by_the_server_is_settled_by_the_next_sync_and_never_posted_twice(
    shared: Practice, cluster: Cluster
) -> None:
    review = shared.review_ids[2]
    shared.api.on_reply = lambda: cluster.stop("immediate")  # type: ignore[attr-defined]
    go = shared.folder / "go"
    go.touch()
    anna = shared.pc("Anna").start("publish", review, REPLY, go)
    outcome = anna.wait_for(lambda e: e.get("event") in ("published", "not_published"), 60)
    assert anna.finish() == 0, anna.errors()
    assert outcome["event"] == "not_published"
    assert outcome["message"].startswith(AWAY)
    assert len(shared.api.replies) == 1  # the platform has it
    shared.api.on_reply = None  # type: ignore[attr-defined]
    cluster.start()
    # the reply stayed 'sending' (stored before the post): Boris cannot send another
    boris = shared.pc("Boris").run("publish", review, REPLY + " Again.", go)
    refused = next(e for e in boris if e.get("event") == "not_published")
    assert refused["code"] == "reply_busy"
    assert len(shared.api.replies) == 1
    # the next check finds it on the platform: published, and nothing was posted again
    events = shared.pc("Boris").run("sync")
    assert next(e for e in events if e.get("event") == "sync_done")["errors"] == []
    db = open_database(replace(PgTarget.from_url(cluster.url), dbname="practice"))
    try:
        reply = get_reply(db, review)
    finally:
        db.close()
    assert reply is not None and reply.state == ReplyState.PUBLISHED
    assert reply.text == REPLY
    assert len(shared.api.replies) == 1


def test_the_window_says_the_server_is_away_and_goes_on_by_itself_when_it_is_back(
    shared: Practice, cluster: Cluster
) -> None:
    review = shared.review_ids[1]
    boris = shared.pc("Boris").start("window", review)
    try:
        boris.wait_for(lambda e: e.get("event") == "ready", 60)
        boris.shown("status", "New")
        cluster.stop("immediate")
        away = boris.shown("server_away", True, timeout=10)
        banner = [e for e in boris.events if e.get("what") == "banner"][-1]["value"]
        assert banner.startswith(AWAY)
        cluster.start()
        back = boris.wait_for(
            lambda e: e.get("what") == "server_away" and e["value"] is False and e["t"] > away["t"],
            20,
        )
        # and it listens again: Anna's change after the restart shows on Boris's screen
        events = shared.pc("Anna").run("status", review, "escalated")
        changed_at = next(e["t"] for e in events if e.get("event") == "status_set")
        seen = boris.shown("status", "Escalated", timeout=10)
        assert seen["t"] - changed_at < 2.0
        assert back["t"] < seen["t"]
        boris.send("close")
        assert boris.finish() == 0, boris.errors()
    finally:
        if boris.process.poll() is None:
            boris.process.kill()
