"""kill -9 in the middle of saving a draft and of publishing: after a restart nothing is lost
and nothing is posted twice. (Killing a sync is in tests/test_sync.py.)"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.model import ReplyState
from clinicrep.publishing import publish
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.store import Database, open_database
from clinicrep.store.replies import ReplyBusy, get_reply, sending_review_ids
from clinicrep.store.reviews import get_review, get_review_by_external_id
from clinicrep.sync import sync_source
from fakes.google_server import CLIENT_SECRET, REFRESH_TOKEN, FakeGoogle
from fakes.loopback import FakeResponse, RecordedRequest
from fakes.source_setup import google_source

from .conftest import add_reviews, subprocess_env
from .crash_child import draft_text

REPLY = "Thank you, Maria. We are sorry about the wait and have changed how we book."


def child(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "faults.crash_child", str(data_dir), *args],
        env=env or subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL


def quick_check(path: Path) -> list[tuple]:
    with open_database(path) as db:  # open_database itself refuses a damaged file
        return db.execute("PRAGMA integrity_check").fetchall()


@pytest.mark.parametrize("saves_before_kill", [1, 25, 60])
def test_a_draft_killed_while_saving_holds_the_last_completed_save(
    data_dir: Path, saves_before_kill: int
) -> None:
    with open_database(paths.db_path()) as db:
        [review_id] = add_reviews(db, ["I waited an hour."])
    proc = child(data_dir, "drafts", str(review_id))
    last = 0
    try:
        assert proc.stdout is not None
        while last < saves_before_kill:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "the child died"
            last = int(line)
    finally:
        kill(proc)  # somewhere inside the next save: before, during or after its COMMIT
    assert proc.stdout is not None
    for line in proc.stdout.read().split():  # what it reported done before it died
        last = int(line)
    assert quick_check(paths.db_path()) == [("ok",)]
    with open_database(paths.db_path()) as db:
        reply = get_reply(db, review_id)
        assert reply is not None and reply.state == ReplyState.DRAFT
        # the save that was reported done is there; the one killed half-way is all or nothing
        assert reply.text in (draft_text(last), draft_text(last + 1))
        assert db.execute("SELECT count(*) FROM replies").fetchone()[0] == 1


class StallingGoogle(FakeGoogle):
    """Takes the reply (it is live on the platform) and then never answers in time."""

    def handle(self, request: RecordedRequest) -> FakeResponse:
        response = super().handle(request)
        if request.method == "PUT" and request.path.endswith("/reply"):
            response.delay = 60.0
        return response


@pytest.fixture
def stalling_google() -> Iterator[StallingGoogle]:
    with StallingGoogle() as api:
        yield api  # type: ignore[misc]


def test_a_publish_killed_while_sending_is_never_posted_again_and_the_next_sync_settles_it(
    db: Database, stalling_google: StallingGoogle, data_dir: Path, tmp_path: Path
) -> None:
    api = stalling_google
    location = api.add_location("200", "300", "Family Clinic")
    [fake_review] = api.add_reviews(location, 1, star="TWO", comment="I waited an hour.")
    tokens = TokenStore()
    source = google_source(db, api, tokens, timeout=60.0)
    assert source.id is not None
    assert sync_source(db, source, tokens=tokens).ok
    stored = get_review_by_external_id(db, source.id, fake_review.review_id)
    assert stored is not None and stored.id is not None
    keyring_file = tmp_path / "keyring.json"
    owner = f"clinicrep|{source_owner(source.id)}"
    keyring_file.write_text(
        json.dumps(
            {f"{owner}:client_secret": CLIENT_SECRET, f"{owner}:refresh_token": REFRESH_TOKEN}
        )
    )
    env = subprocess_env(
        PYTHON_KEYRING_BACKEND="fakes.file_keyring.FileKeyring",
        CLINICREP_TEST_KEYRING_FILE=str(keyring_file),
    )
    proc = child(data_dir, "publish", str(stored.id), REPLY, env=env)
    try:
        deadline = time.monotonic() + 30
        while not api.requests_to("/reply", "PUT"):
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the reply never went out"
            time.sleep(0.02)
        reply = get_reply(db, stored.id)
        assert reply is not None and reply.state == ReplyState.SENDING  # stored before the call
    finally:
        kill(proc)

    # The program starts again. The reply may be live: it is not sent again, by anyone.
    db.close()
    db = open_database(paths.db_path())
    try:
        assert sending_review_ids(db) == [stored.id]
        review = get_review(db, stored.id)
        assert review is not None
        with pytest.raises(ReplyBusy):
            publish(db, google_connector(db, source.id, tokens), review, REPLY)
        # The next sync sees the reply on Google and settles it as published.
        fresh_source = source
        assert sync_source(db, fresh_source, tokens=tokens, full=True).ok
        reply = get_reply(db, stored.id)
        assert reply is not None and reply.state == ReplyState.PUBLISHED
        assert sending_review_ids(db) == []
        assert len(api.requests_to("/reply", "PUT")) == 1
        assert api.replies == [(f"{location.parent}/reviews/{fake_review.review_id}", REPLY)]
    finally:
        db.close()


def google_connector(db: Database, source_id: int, tokens: TokenStore):  # type: ignore[no-untyped-def]
    from clinicrep.sources.base import SourceContext
    from clinicrep.sources.google import GoogleConnector
    from clinicrep.store.sources import get_source

    source = get_source(db, source_id)
    assert source is not None
    return GoogleConnector(SourceContext(source=source, tokens=tokens))
