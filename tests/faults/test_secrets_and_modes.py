"""Known fake tokens go through a sync and a publish; afterwards not one byte of them is in
any file the program wrote: database, WAL, backups, logs, settings, a PDF report, a CSV export.
Every file is readable by its owner only."""

from __future__ import annotations

import logging
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.logs import setup_logging
from clinicrep.publishing import publish
from clinicrep.reports.export import export_csv
from clinicrep.reports.service import make_monthly_report
from clinicrep.secrets import TokenStore
from clinicrep.settings import load_settings, save_settings
from clinicrep.sources.base import SourceContext
from clinicrep.sources.google import GoogleConnector
from clinicrep.store import Database
from clinicrep.store.backup import make_backup
from clinicrep.store.inbox import ReviewQuery
from clinicrep.store.reviews import iter_all_reviews
from clinicrep.sync import sync_all
from fakes.facebook_server import PAGE_TOKEN, FakeGraph
from fakes.google_server import CLIENT_SECRET, REFRESH_TOKEN, FakeGoogle
from fakes.source_setup import facebook_source, google_source

REPLY = "Thank you for your kind words, we look forward to seeing you again."


@pytest.fixture
def file_logging() -> Iterator[None]:
    """The program's own log file in the data dir, at DEBUG, as with --verbose."""
    setup_logging(verbose=True)
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "").startswith(str(paths.log_dir())):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_tokens_are_in_no_file_and_every_file_is_owner_only(
    db: Database, data_dir: Path, tmp_path: Path, file_logging: None
) -> None:
    with FakeGoogle() as google, FakeGraph() as graph:
        assert isinstance(google, FakeGoogle) and isinstance(graph, FakeGraph)
        location = google.add_location("200", "300", "Family Clinic")
        google.add_reviews(location, 7)
        graph.add_ratings(5)
        tokens = TokenStore()
        source = google_source(db, google, tokens)
        facebook_source(db, graph, tokens)
        settings = load_settings(db)
        settings.practice_name = "Family Clinic"
        save_settings(db, settings)
        assert sync_all(db, tokens=tokens).ok
        google.access_tokens.clear()  # a refresh mid-way: a new access token goes through
        review = next(
            r for batch in iter_all_reviews(db) for r in batch if r.source_id == source.id
        )
        connector = GoogleConnector(SourceContext(source=source, tokens=tokens))
        try:
            publish(db, connector, review, REPLY)
        finally:
            connector.close()
        assert sync_all(db, tokens=tokens).ok
        secrets = [CLIENT_SECRET, REFRESH_TOKEN, PAGE_TOKEN, *google.access_tokens]
    assert len(secrets) >= 4

    make_backup(db, paths.backup_dir())
    exported = tmp_path / "out"
    exported.mkdir()
    pdf = make_monthly_report(db, "2026-11", exported / "report.pdf")
    csv = exported / "reviews.csv"
    export_csv(db, ReviewQuery(), csv)
    wal = Path(f"{db.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the WAL is searched while it holds data
    files = every_file(data_dir) + [pdf, csv]
    assert any(p.suffix == ".log" for p in files), "the log file was not written"
    if shutil.which("pdftotext"):
        text = exported / "report.txt"
        subprocess.run(["pdftotext", str(pdf), str(text)], check=True, timeout=60)
        files.append(text)

    for file in files:
        content = file.read_bytes()
        for secret in secrets:
            for form in (secret.encode(), secret.encode("utf-16-le")):
                assert form not in content, f"{secret[:6]}… found in {file.name}"

    for file in every_file(data_dir):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    for folder in [data_dir, *(p for p in data_dir.rglob("*") if p.is_dir())]:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
