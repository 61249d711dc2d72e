"""Syncing: platforms -> inbox, page by page, resumable, one source's failure contained."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.errors import NotFound
from clinicrep.model import Source
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.sources.base import CancelToken
from clinicrep.store import Database
from clinicrep.store.reviews import (
    count_reviews,
    get_review_by_external_id,
    iter_all_reviews,
    review_versions,
)
from clinicrep.store.sources import get_source
from clinicrep.sync import SyncProgress, run_sync_cli, sync_all, sync_source
from fakes.facebook_server import PAGE_TOKEN, FakeGraph
from fakes.google_server import CLIENT_SECRET, REFRESH_TOKEN, FakeGoogle, FakeLocation
from fakes.loopback import FakeResponse, RecordedRequest
from fakes.source_setup import facebook_source, google_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

TESTS = Path(__file__).resolve().parent


@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        yield api  # type: ignore[misc]


@pytest.fixture
def graph_api() -> Iterator[FakeGraph]:
    with FakeGraph() as api:
        yield api  # type: ignore[misc]


@pytest.fixture
def clinic(google_api: FakeGoogle) -> FakeLocation:
    loc = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(loc, 12)
    return loc


def all_external_ids(db: Database) -> list[str]:
    return [r.external_id for batch in iter_all_reviews(db) for r in batch]


def reload(db: Database, source: Source) -> Source:
    assert source.id is not None
    fresh = get_source(db, source.id)
    assert fresh is not None
    return fresh


def test_the_first_sync_fills_the_inbox_and_records_success(
    db: Database, google_api: FakeGoogle, clinic: FakeLocation
) -> None:
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)
    seen: list[SyncProgress] = []
    result = sync_source(db, source, tokens=tokens, progress=seen.append)
    assert result.ok
    assert (result.inserted, result.updated, result.pages) == (12, 0, 3)
    assert sorted(all_external_ids(db)) == sorted(clinic.reviews)
    stored_reviews = [r for batch in iter_all_reviews(db) for r in batch]
    assert all(r.analysis is not None and r.analysis.language for r in stored_reviews)
    assert [(p.pages, p.reviews, p.total_hint) for p in seen] == [
        (1, 5, 12),
        (2, 10, 12),
        (3, 12, 12),
    ]
    stored = reload(db, source)
    assert stored.last_error is None and stored.last_success_at is not None
    assert stored.cursor


def test_a_review_edited_between_two_syncs_is_updated_and_the_earlier_text_kept(
    db: Database, google_api: FakeGoogle, clinic: FakeLocation
) -> None:
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)
    sync_source(db, source, tokens=tokens)
    google_api.edit_review(clinic, "rev0003", "Changed my mind: waited two hours.", "ONE")
    google_api.requests.clear()
    result = sync_source(db, reload(db, source), tokens=tokens)
    assert (result.inserted, result.updated) == (0, 1)
    assert len(google_api.requests_to("/reviews")) == 1  # only the changed top of the list
    assert source.id is not None
    review = get_review_by_external_id(db, source.id, "rev0003")
    assert review is not None and review.id is not None
    assert (review.rating, review.text, review.edited) == (
        1,
        "Changed my mind: waited two hours.",
        True,
    )
    assert [v.text for v in review_versions(db, review.id)] == ["Visit number 3 went well."]


def test_a_review_deleted_upstream_is_flagged_after_a_full_sync_never_deleted(
    db: Database, google_api: FakeGoogle, clinic: FakeLocation
) -> None:
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)
    sync_source(db, source, tokens=tokens)
    google_api.delete_review(clinic, "rev0005")
    incremental = sync_source(db, reload(db, source), tokens=tokens)
    assert incremental.marked_missing == 0  # a partial read proves nothing
    full = sync_source(db, reload(db, source), tokens=tokens, full=True)
    assert full.marked_missing == 1
    assert source.id is not None
    gone = get_review_by_external_id(db, source.id, "rev0005")
    assert gone is not None and gone.missing_upstream
    assert count_reviews(db) == 12


def test_one_failing_platform_does_not_stop_the_others(
    db: Database, google_api: FakeGoogle, graph_api: FakeGraph, clinic: FakeLocation
) -> None:
    tokens = TokenStore()
    google = google_source(db, google_api, tokens)
    facebook = facebook_source(db, graph_api, tokens)
    graph_api.add_ratings(6)
    google_api.refresh_tokens.clear()  # the practice revoked clinicrep's Google access
    report = sync_all(db, tokens=tokens)
    assert not report.ok
    assert [(r.source_name, r.error_code) for r in report.results] == [
        ("Clinic on Google", "auth_expired"),
        ("Clinic on Facebook", None),
    ]
    assert report.inserted == 6
    assert reload(db, google).last_error == "auth_expired"
    assert reload(db, facebook).last_error is None


def test_a_platform_failing_mid_sync_keeps_the_pages_already_stored(
    db: Database, google_api: FakeGoogle, clinic: FakeLocation
) -> None:
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)
    # the first page succeeds; from the second on, the platform is down for good
    original = google_api.handle

    def down_after_first_page(request: RecordedRequest) -> FakeResponse:
        if request.param("pageToken"):
            return FakeResponse(503, b"busy")
        return original(request)

    google_api.handle = down_after_first_page  # type: ignore[method-assign]
    result = sync_source(db, source, tokens=tokens)
    assert result.error_code == "platform_unavailable"
    assert count_reviews(db) == 5
    google_api.handle = original  # type: ignore[method-assign]
    again = sync_source(db, reload(db, source), tokens=tokens)
    assert again.ok
    assert sorted(all_external_ids(db)) == sorted(clinic.reviews)


def test_cancel_between_pages_keeps_what_was_stored_and_the_next_sync_finishes(
    db: Database, google_api: FakeGoogle, clinic: FakeLocation
) -> None:
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)
    cancel = CancelToken()

    def cancel_after_first_page(progress: SyncProgress) -> None:
        cancel.cancel()

    result = sync_source(db, source, tokens=tokens, cancel=cancel, progress=cancel_after_first_page)
    assert result.cancelled and result.error_code is None
    assert count_reviews(db) == 5
    assert reload(db, source).last_error is None  # a cancel is not a failure
    rest = sync_source(db, reload(db, source), tokens=tokens)
    assert rest.inserted == 7
    assert sorted(all_external_ids(db)) == sorted(clinic.reviews)


def test_naming_a_source_that_does_not_exist_is_reported(db: Database) -> None:
    with pytest.raises(NotFound):
        sync_all(db, tokens=TokenStore(), source_name="Nope")


@pytest.mark.sqlite_only(
    "a child process runs the command line on this PC's store (--db is pg-connect's)"
)
def test_sync_killed_in_the_middle_resumes_with_every_review_exactly_once(
    db: Database, google_api: FakeGoogle, tmp_path: Path
) -> None:
    loc = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(loc, 30)
    keyring_file = tmp_path / "keyring.json"
    env = dict(os.environ)
    env.update(
        {
            "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")]),
            "PYTHON_KEYRING_BACKEND": "fakes.file_keyring.FileKeyring",
            "CLINICREP_TEST_KEYRING_FILE": str(keyring_file),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    source = google_source(db, google_api, TokenStore())
    assert source.id is not None
    owner = f"clinicrep|{source_owner(source.id)}"
    keyring_file.write_text(
        json.dumps(
            {f"{owner}:client_secret": CLIENT_SECRET, f"{owner}:refresh_token": REFRESH_TOKEN}
        )
    )
    google_api.slow_from_offset, google_api.slow_delay = 10, 30.0  # page 3 hangs
    data_dir = paths.data_dir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "clinicrep", "--data-dir", str(data_dir), "sync"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while count_reviews(db) < 10:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the sync never stored two pages"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert count_reviews(db) == 10
    interrupted = reload(db, source)
    assert interrupted.cursor and "page_token" in interrupted.cursor

    google_api.slow_from_offset = None
    result = sync_source(db, interrupted, tokens=TokenStore())
    assert result.ok
    ids = all_external_ids(db)
    assert len(ids) == len(set(ids)) == 30
    assert set(ids) == set(loc.reviews)
    # pages were not all read again: the sync resumed at the stored page token
    assert result.inserted == 20

    log_text = "".join(p.read_text(errors="replace") for p in paths.log_dir().glob("*.log*"))
    for secret in (CLIENT_SECRET, REFRESH_TOKEN, *google_api.access_tokens):
        assert secret not in log_text


@pytest.mark.sqlite_only("reads the SQLite file and its WAL byte by byte")
def test_tokens_never_reach_the_database_file_its_wal_or_the_log(
    db: Database,
    google_api: FakeGoogle,
    graph_api: FakeGraph,
    clinic: FakeLocation,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    tokens = TokenStore()
    google_source(db, google_api, tokens)
    facebook_source(db, graph_api, tokens)
    graph_api.add_ratings(9)
    google_api.access_tokens.clear()  # force a token refresh, logged as it happens
    report = sync_all(db, tokens=tokens)
    assert report.ok and report.inserted == 21
    secrets = [CLIENT_SECRET, REFRESH_TOKEN, PAGE_TOKEN, *google_api.access_tokens]
    files = [db.path, Path(f"{db.path}-wal"), Path(f"{db.path}-shm")]
    assert Path(f"{db.path}-wal").exists()
    for file in files:
        if file.exists():
            content = file.read_bytes()
            for secret in secrets:
                assert secret.encode() not in content, f"{secret[:6]}… found in {file.name}"
    for secret in secrets:
        assert secret not in caplog.text
    assert "REDACTED" in caplog.text  # the Graph URLs were logged, with the token blanked


@pytest.mark.sqlite_only("the command line opens the store of this PC (--db is pg-connect's)")
def test_the_sync_command_prints_a_summary_and_exits_by_outcome(
    db: Database,
    google_api: FakeGoogle,
    clinic: FakeLocation,
    capsys: pytest.CaptureFixture[str],
) -> None:
    google_source(db, google_api, TokenStore())
    assert run_sync_cli(None, False, False) == 0
    out = capsys.readouterr()
    assert "Clinic on Google: 12 new, 0 changed" in out.out
    assert "12 of about 12 reviews read" in out.err

    google_api.refresh_tokens.clear()
    assert run_sync_cli("Clinic on Google", False, True) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert "Clinic on Google:" in out.err  # the translated "connect again" sentence

    assert run_sync_cli("No such clinic", False, True) == 2


def test_the_daily_full_check_analyses_only_new_and_edited_reviews(
    db: Database, google_api: FakeGoogle, clinic: FakeLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daily full check fetches every review of the source again: those stored unchanged
    keep their analysis (the import's rule), only the edited and the new are read again."""
    import clinicrep.sync as sync_module

    analysed: list[str] = []
    analyse = sync_module.analyse_review

    def counting(review, **options):  # type: ignore[no-untyped-def]
        analysed.append(review.external_id)
        return analyse(review, **options)

    monkeypatch.setattr(sync_module, "analyse_review", counting)
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)
    sync_source(db, source, tokens=tokens)
    assert sorted(analysed) == sorted(clinic.reviews)  # the first sync reads every review
    analysed.clear()
    google_api.edit_review(clinic, "rev0003", "Changed my mind: waited two hours.", "ONE")
    (added,) = google_api.add_reviews(clinic, 1)
    result = sync_source(db, reload(db, source), tokens=tokens, full=True)
    assert result.ok and result.fetched == 13
    assert sorted(analysed) == sorted(["rev0003", added.review_id])  # was all 13
    assert source.id is not None
    edited = get_review_by_external_id(db, source.id, "rev0003")
    assert edited is not None and edited.analysis is not None
    assert edited.analysis.sentiment.value == "negative"  # read again, not the old praise
    kept = get_review_by_external_id(db, source.id, "rev0005")
    assert kept is not None and kept.analysis is not None and kept.analysis.language
