"""Scheduled checks and the window never collide, every run leaves a record, staleness is told."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.analysis.pipeline import rules_version
from clinicrep.cli import main as cli_main
from clinicrep.messages import message_for_code
from clinicrep.model import Analysis, Platform, Review, Sentiment, Source, SourceKind
from clinicrep.monitoring.health import describe_stale, stale_warning
from clinicrep.monitoring.lock import SyncLock, sync_lock
from clinicrep.monitoring.unattended import follow_up, run_sync_command
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.settings import Settings
from clinicrep.store import Database
from clinicrep.store.backup import list_backups
from clinicrep.store.outbox import all_messages, recent_unattended_runs
from clinicrep.store.reviews import (
    count_reviews,
    count_reviews_to_analyse,
    iter_all_reviews,
    upsert_reviews,
)
from clinicrep.store.sources import add_source, record_sync_outcome
from fakes.google_server import CLIENT_SECRET, REFRESH_TOKEN, FakeGoogle
from fakes.source_setup import google_source

from .conftest import RecordingRunner

TESTS = Path(__file__).resolve().parent.parent
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        yield api  # type: ignore[misc]


def cli_env(tmp_path: Path, db: Database, source_id: int) -> dict[str, str]:
    keyring_file = tmp_path / "keyring.json"
    owner = f"clinicrep|{source_owner(source_id)}"
    keyring_file.write_text(json.dumps(
        {f"{owner}:client_secret": CLIENT_SECRET, f"{owner}:refresh_token": REFRESH_TOKEN}
    ))  # fmt: skip
    env = dict(os.environ)
    env.update({
        "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")]),
        "PYTHON_KEYRING_BACKEND": "fakes.file_keyring.FileKeyring",
        "CLINICREP_TEST_KEYRING_FILE": str(keyring_file),
        "QT_QPA_PLATFORM": "offscreen",
    })  # fmt: skip
    return env


def test_two_syncs_started_at_once_end_with_every_review_once(
    db: Database, google_api: FakeGoogle, tmp_path: Path
) -> None:
    loc = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(loc, 12)
    google_api.slow_from_offset, google_api.slow_delay = 5, 0.3  # each sync takes a while
    source = google_source(db, google_api, TokenStore())
    assert source.id is not None
    env = cli_env(tmp_path, db, source.id)
    command = [sys.executable, "-m", "clinicrep", "--data-dir", str(paths.data_dir()),
               "sync", "--quiet"]  # fmt: skip
    procs = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    ids = [r.external_id for batch in iter_all_reviews(db) for r in batch]
    assert len(ids) == 12 == len(set(ids)) == count_reviews(db)
    runs = recent_unattended_runs(db)
    assert [detail["result"] for _, detail in runs] == ["ok", "ok"]  # one waited, then ran


def test_a_sync_that_cannot_get_the_lock_skips_and_says_why(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    with sync_lock(paths.data_dir(), wait_seconds=0) as held:
        assert held
        assert not SyncLock(paths.data_dir()).acquire(wait_seconds=0.2)
        with caplog.at_level("INFO"):
            assert run_sync_command(None, False, True, wait_seconds=0.2) == 0
    assert "held by another process" in caplog.text
    ((_at, detail),) = recent_unattended_runs(db)
    assert detail["result"] == "skipped" and "still running" in detail["reason"]
    with sync_lock(paths.data_dir(), wait_seconds=0) as held_again:  # released: free again
        assert held_again


def test_every_unattended_run_records_its_outcome_with_the_failing_sources(
    db: Database, google_api: FakeGoogle, qapp
) -> None:
    source = google_source(db, google_api, TokenStore())  # no location: the platform says 404
    assert run_sync_command(None, False, True) == 1
    ((_at, detail),) = recent_unattended_runs(db)
    assert detail["result"] == "failed" and detail["sync_exit"] == 1
    assert detail["source_errors"] == {source.name: "not_found"}


def test_an_unattended_run_makes_the_days_backup_once(
    db: Database, google_api: FakeGoogle, qapp
) -> None:
    google_source(db, google_api, TokenStore())
    run_sync_command(None, False, True)
    run_sync_command(None, False, True)
    daily = [b for b in list_backups(paths.backup_dir()) if b.kind == "daily"]
    assert len(daily) == 1  # the window closed for days: the scheduled checks keep a copy
    assert daily[0].path.stat().st_mode & 0o077 == 0


def test_an_unattended_run_after_an_upgrade_analyses_old_reviews_again_before_alerts(
    db: Database, google_api: FakeGoogle, qapp
) -> None:
    source = google_source(db, google_api, TokenStore())
    old = Analysis(language="en", sentiment=Sentiment.POSITIVE, rules="older-rules")
    complaint = Review(
        source_id=source.id or 0,
        external_id="before-upgrade",
        created_at=NOW - timedelta(days=3),
        text="Rude receptionist, waited two hours, never again.",
        analysis=old,
    )
    upsert_reviews(db, [complaint])
    run_sync_command(None, False, True)
    assert count_reviews_to_analyse(db, rules_version()) == 0
    [stored] = [r for batch in iter_all_reviews(db) for r in batch]
    assert stored.analysis is not None and stored.analysis.sentiment is Sentiment.NEGATIVE


def watched_source(db: Database, *, ok_hours_ago: float | None, error: str | None) -> Source:
    source = add_source(db, Source(kind=SourceKind.GOOGLE, name="Google", platform=Platform.GOOGLE))
    assert source.id is not None
    if ok_hours_ago is not None:
        record_sync_outcome(db, source.id, error_code=None, at=NOW - timedelta(hours=ok_hours_ago))
    if error:
        record_sync_outcome(db, source.id, error_code=error, at=NOW - timedelta(minutes=5))
    return source


def test_a_stale_warning_appears_when_the_last_success_is_older_than_the_threshold(
    db: Database, qapp
) -> None:
    watched_source(db, ok_hours_ago=7, error="auth_expired")
    warning = stale_warning(db, now=NOW, stale_hours=6)
    assert warning is not None
    text = describe_stale(warning)
    assert "not been able to check for new reviews for more than 6 hours" in text
    assert "Google: " + message_for_code("auth_expired") in text  # what failed, what to do
    assert stale_warning(db, now=NOW, stale_hours=8) is None


def test_no_stale_warning_while_a_source_succeeds(db: Database) -> None:
    watched_source(db, ok_hours_ago=1, error=None)
    assert stale_warning(db, now=NOW, stale_hours=6) is None


def test_the_stale_warning_is_mailed_once_per_episode(db: Database, smtp_server, qapp) -> None:
    controller, inbox = smtp_server
    watched_source(db, ok_hours_ago=9, error="network_down")
    settings = Settings(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_security="none",
                        alert_recipients=["owner@clinic.example"])  # fmt: skip
    for minutes in (0, 30, 60):
        follow_up(db, settings, TokenStore(), sync_exit=1, now=NOW + timedelta(minutes=minutes))
    (mail,) = inbox.messages
    assert mail["Subject"] == "clinicrep: reviews are not being checked"
    assert message_for_code("network_down") in mail.get_payload(decode=True).decode()
    assert [m.kind for m in all_messages(db)] == ["stale"]


def test_monitor_install_status_and_remove_from_the_command_line(
    db: Database, home: Path, runner: RecordingRunner, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    watched_source(db, ok_hours_ago=1, error=None)
    assert cli_main(["monitor", "install", "--every", "20", "--tray"]) == 0
    out = capsys.readouterr().out
    assert "Scheduled check (systemd-timer)" in out and "sync" in out and "--quiet" in out
    assert "Start in the tray at login (xdg-autostart)" in out
    assert "Google: last successful check" in out
    assert (home / ".config" / "systemd" / "user" / "clinicrep-sync.timer").exists()
    assert cli_main(["monitor", "status"]) == 0
    assert (
        "OnUnitActiveSec=20min"
        in (home / ".config" / "systemd" / "user" / "clinicrep-sync.timer").read_text()
    )
    assert cli_main(["monitor", "remove"]) == 0
    out = capsys.readouterr().out
    assert "Nothing is installed" in out
    assert not (home / ".config" / "autostart" / "clinicrep.desktop").exists()
