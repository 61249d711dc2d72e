"""Two PCs of one practice, each its own process and data folder, sharing one store.

Anna works at the desk, Boris in the consulting room. What one of them does shows on the
other's screen within two seconds; a reply is posted once whoever presses Publish; one PC
checks for reviews at a time and the other skips.
"""

from __future__ import annotations

import time

import pytest

from clinicrep.model import ReplyState
from clinicrep.store.live import last_sync_run
from clinicrep.store.replies import get_reply

from .conftest import Practice

REPLY_A = "Thank you for your kind words, we look forward to seeing you again."
REPLY_B = "Thank you for taking the time to write to us; we are glad the visit went well."


def test_a_status_changed_on_one_pc_shows_on_the_other_within_two_seconds(
    practice: Practice,
) -> None:
    review = practice.review_ids[3]
    boris = practice.pc("Boris").start("window", review)
    try:
        boris.wait_for(lambda e: e.get("event") == "ready", 60)
        boris.send("select")  # Boris is reading it
        boris.shown("status", "New")
        anna = practice.pc("Anna").run("status", review, "dismissed")
        changed_at = next(e["t"] for e in anna if e.get("event") == "status_set")
        seen = boris.shown("status", "Dismissed", timeout=10)
        assert seen["t"] - changed_at < 2.0, f"seen after {seen['t'] - changed_at:.2f} s"
        if practice.kind == "postgresql":  # on SQLite the other writer is this PC's own
            boris.shown(
                "status_bar", "Changed on another PC: this review is now “Dismissed”.", timeout=5
            )
        boris.send("close")
        assert boris.finish() == 0, boris.errors()
    finally:
        if boris.process.poll() is None:
            boris.process.kill()


def test_the_other_pc_sees_who_is_replying_and_cannot_publish_until_she_is_done(
    practice: Practice,
) -> None:
    review = practice.review_ids[5]
    anna = practice.pc("Anna").start("window", review)
    boris = practice.pc("Boris").start("window", review)
    try:
        for pc in (anna, boris):
            pc.wait_for(lambda e: e.get("event") == "ready", 60)
            pc.send("select")
        boris.shown("read_only", False)
        anna.send("type Dear patient, thank you")
        note = boris.wait_for(lambda e: e.get("what") == "replying" and e.get("value"), 5)
        assert note["value"].startswith("Anna is replying to this review on another PC.")
        boris.shown("read_only", True, timeout=5)
        # Anna closes her window: Boris may answer it now
        anna.send("close")
        assert anna.finish() == 0, anna.errors()
        cleared = boris.wait_for(
            lambda e: e.get("what") == "replying" and not e.get("value") and e["t"] > note["t"], 5
        )
        boris.wait_for(
            lambda e: e.get("what") == "read_only" and not e["value"] and e["t"] > note["t"], 5
        )
        assert cleared["t"] - note["t"] < 10
        boris.send("close")
        assert boris.finish() == 0, boris.errors()
    finally:
        for pc in (anna, boris):
            if pc.process.poll() is None:
                pc.process.kill()


def test_publishing_the_same_review_on_two_pcs_at_once_posts_one_reply(
    practice: Practice,
) -> None:
    review = practice.review_ids[7]
    go = practice.folder / "go"
    anna = practice.pc("Anna").start("publish", review, REPLY_A, go)
    boris = practice.pc("Boris").start("publish", review, REPLY_B, go)
    for pc in (anna, boris):
        pc.wait_for(lambda e: e.get("event") == "ready", 60)
    go.touch()  # both press Publish at the same moment
    for pc in (anna, boris):
        assert pc.finish() == 0, pc.errors()
    time.sleep(0.05)
    outcomes = [
        next(e for e in pc.events if e["event"] in ("published", "not_published"))
        for pc in (anna, boris)
    ]
    assert sorted(o["event"] for o in outcomes) == ["not_published", "published"]
    assert len(practice.api.replies) == 1, practice.api.replies
    loser = next(o for o in outcomes if o["event"] == "not_published")
    assert loser["code"] in ("reply_busy", "reply_changed_elsewhere")
    assert "another PC" in loser["message"] or "being sent" in loser["message"]
    posted = practice.api.replies[0][1]
    reply = get_reply(practice.db, review)
    assert reply is not None and reply.state == ReplyState.PUBLISHED
    assert reply.text == posted


@pytest.mark.parametrize("practice", ["postgresql"], indirect=True)
def test_one_pc_checks_for_reviews_while_the_other_skips_and_both_see_who_checked(
    practice: Practice,
) -> None:
    practice.api.add_reviews(practice.location, 20)
    # every page after the first waits: Anna's check is still running when Boris's starts
    practice.api.slow_from_offset = 5
    practice.api.slow_delay = 0.4
    anna = practice.pc("Anna").start("sync")
    anna.wait_for(lambda e: e.get("event") == "sync_started", 60)
    deadline = time.monotonic() + 30
    while (
        practice.db.execute("SELECT count(*) FROM sync_runs WHERE who = 'Anna'").fetchone()[0] == 0
    ):
        assert time.monotonic() < deadline, anna.errors()
        time.sleep(0.02)
    boris = practice.pc("Boris").run("sync")
    skipped = next(e for e in boris if e.get("event") == "sync_done")
    assert skipped["busy_elsewhere"] == "Anna"
    assert skipped["inserted"] == 0
    assert anna.finish() == 0, anna.errors()
    done = next(e for e in anna.events if e.get("event") == "sync_done")
    assert done["busy_elsewhere"] is None and done["inserted"] == 20
    last = last_sync_run(practice.db)
    assert last is not None and last.who == "Anna" and last.outcome == "ok"
    # the lock went with Anna's check: Boris's next one runs
    practice.api.slow_from_offset = None
    again = practice.pc("Boris").run("sync")
    assert next(e for e in again if e.get("event") == "sync_done")["busy_elsewhere"] is None
    last = last_sync_run(practice.db)
    assert last is not None and last.who == "Boris"


@pytest.mark.parametrize("practice", ["postgresql"], indirect=True)
def test_sync_now_while_another_pc_checks_says_who_is_checking(practice: Practice) -> None:
    review = practice.review_ids[0]
    practice.api.add_reviews(practice.location, 20)
    practice.api.slow_from_offset = 5
    practice.api.slow_delay = 0.4
    boris = practice.pc("Boris").start("window", review)
    try:
        boris.wait_for(lambda e: e.get("event") == "ready", 60)
        anna = practice.pc("Anna").start("sync")
        deadline = time.monotonic() + 30
        while not practice.db.execute(
            "SELECT count(*) FROM sync_runs WHERE who = 'Anna'"
        ).fetchone()[0]:
            assert time.monotonic() < deadline, anna.errors()
            time.sleep(0.02)
        boris.send("sync")
        said = boris.wait_for(
            lambda e: e.get("what") == "status_bar" and "Anna" in str(e.get("value")), 20
        )
        assert said["value"] == (
            "Anna is checking for reviews for the whole practice right now, so this check was "
            "skipped. The new reviews show up here as they arrive."
        )
        assert anna.finish() == 0, anna.errors()
        # her reviews arrive on Boris's screen, and so does who checked last
        boris.shown("rows", len(practice.review_ids) + 20, timeout=10)
        boris.wait_for(lambda e: e.get("what") == "last_sync" and "Anna" in str(e.get("value")), 10)
        boris.send("close")
        assert boris.finish() == 0, boris.errors()
    finally:
        if boris.process.poll() is None:
            boris.process.kill()


def test_a_window_shows_who_checked_for_reviews_last(practice: Practice) -> None:
    review = practice.review_ids[0]
    boris = practice.pc("Boris").start("window", review)
    try:
        boris.wait_for(lambda e: e.get("event") == "ready", 60)
        boris.shown("last_sync")
        practice.pc("Anna").run("sync")
        seen = boris.wait_for(
            lambda e: e.get("what") == "last_sync" and "Anna" in str(e.get("value")), 10
        )
        assert seen["value"].startswith("Last check: Anna, ")
        boris.send("close")
        assert boris.finish() == 0, boris.errors()
    finally:
        if boris.process.poll() is None:
            boris.process.kill()
