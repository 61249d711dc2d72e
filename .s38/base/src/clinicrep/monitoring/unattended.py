"""The scheduled run (``clinicrep sync --quiet``) and ``clinicrep monitor``.

A scheduled run takes the sync lock (or skips, saying why), syncs, raises alerts, queues
and sends their e-mails, checks that monitoring is not stale, and records its outcome as an
``unattended_run`` event, so nothing fails silently.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from clinicrep import paths
from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.analysis.triage import TriageSettings, raise_alerts
from clinicrep.errors import ClinicrepError
from clinicrep.model import utc_now
from clinicrep.monitoring import mailer
from clinicrep.monitoring.health import (
    describe_full_check,
    describe_last_success,
    source_health,
    stale_warning,
)
from clinicrep.monitoring.install import InstalledEntry, MonitorInstaller
from clinicrep.monitoring.lock import sync_lock
from clinicrep.secrets import TokenStore, default_store
from clinicrep.settings import Settings, load_settings
from clinicrep.store.chosen_store import current_location
from clinicrep.store.db import Database
from clinicrep.store.opening import open_store
from clinicrep.store.outbox import log_unattended_run, pending_messages, recent_unattended_runs

log = logging.getLogger(__name__)

LOCK_WAIT_SECONDS = 120.0  # the window's sync usually ends well within this

_app: QCoreApplication | None = None


def triage_settings(settings: Settings) -> TriageSettings:
    return TriageSettings(
        spike_threshold=settings.spike_threshold, urgent_threshold=settings.urgent_threshold
    )


def use_ui_language(settings: Settings) -> None:
    """E-mails in the UI language: a window-less Qt core app with the translators."""
    global _app
    from clinicrep.i18n import install_translators, normalise

    language = settings.ui_language or QLocale.system().name()
    app = QCoreApplication.instance()
    if app is None:
        if normalise(language) == "en":
            return  # the source strings are English: no translator, no Qt application needed
        _app = app = QCoreApplication(sys.argv[:1])
    install_translators(app, language)


def run_sync_command(
    source_name: str | None, full: bool, quiet: bool, *, wait_seconds: float = LOCK_WAIT_SECONDS
) -> int:
    """``clinicrep sync``: under the sync lock; ``--quiet`` runs the unattended follow-up."""
    from clinicrep.sync import run_sync_cli

    started = utc_now()
    with sync_lock(paths.data_dir(), wait_seconds=wait_seconds, holder="clinicrep sync") as held:
        if not held:
            reason = "another sync (the window or a scheduled check) is still running"
            log.warning("sync skipped: %s", reason)
            if quiet:
                _record(started, {"result": "skipped", "reason": reason})
            else:
                print(
                    QCoreApplication.translate(
                        "SyncCli", "Another check is running right now; this one was skipped."
                    ),
                    file=sys.stderr,
                )
            return 0
        code = run_sync_cli(source_name, full, quiet)
        if quiet:
            after_unattended_sync(code, started=started)
    return code


@dataclass(slots=True)
class UnattendedOutcome:
    sync_exit: int
    new_alerts: int = 0
    mails_sent: int = 0
    mails_waiting: int = 0
    stale: bool = False
    source_errors: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def after_unattended_sync(
    sync_exit: int,
    *,
    started: datetime,
    tokens: TokenStore | None = None,
    now: datetime | None = None,
    send: mailer.Sender = mailer.send_mail,
) -> UnattendedOutcome:
    """Alerts, e-mails, staleness, and the run's record (after the sync, under its lock)."""
    outcome = UnattendedOutcome(sync_exit=sync_exit)
    now = now or utc_now()
    tokens = tokens or default_store()
    try:
        with open_store() as db:
            settings = load_settings(db)
            use_ui_language(settings)
            from clinicrep.analysis.practice import install_from_store

            install_from_store(db)
            # after an upgrade, as the window does: alerts count today's verdicts
            reanalyse_store(db, only_stale=True)
            outcome = follow_up(db, settings, tokens, sync_exit=sync_exit, now=now, send=send)
            log_unattended_run(db, _detail(outcome, started), at=now)
    except ClinicrepError as e:  # the store cannot be used: only the log file can say so
        outcome.error = e.code
        log.error("unattended run could not finish: %s (%s)", e.code, e.detail)
        return outcome
    _daily_backup()
    return outcome


def _daily_backup() -> None:
    """Today's rolling copy, as the window makes: a practice that only runs the scheduled
    checks (the window closed for days) keeps its backups too."""
    from clinicrep.store.backup import make_daily_backup_if_due

    where = current_location()
    if not isinstance(where, Path):
        return  # a shared store on a server: the server's own backups apply
    folder = paths.backup_dir() if where == paths.db_path() else where.parent / "backups"
    try:
        made = make_daily_backup_if_due(where, folder)
    except (ClinicrepError, OSError) as e:
        log.warning("daily backup failed: %s", type(e).__name__)
    else:
        if made is not None:
            log.info("daily backup: %s", made.name)


def follow_up(
    db: Database,
    settings: Settings,
    tokens: TokenStore | None,
    *,
    sync_exit: int,
    now: datetime,
    send: mailer.Sender = mailer.send_mail,
) -> UnattendedOutcome:
    """Raise alerts, queue and send their e-mails, warn when monitoring is stale."""
    outcome = UnattendedOutcome(sync_exit=sync_exit)
    new = raise_alerts(db, now=now, settings=triage_settings(settings))
    outcome.new_alerts = len(new)
    mailer.queue_alerts(db, new, settings)
    warning = stale_warning(db, now=now, stale_hours=settings.stale_hours)
    if warning is not None:
        outcome.stale = True
        log.warning("monitoring is stale: no source succeeded for %d h", warning.hours)
        mailer.queue_stale_warning(db, warning, settings)
    flushed = mailer.flush_outbox(db, settings, tokens, now=now, send=send)
    outcome.mails_sent = flushed.sent
    outcome.mails_waiting = flushed.failed + flushed.held
    if flushed.error is not None:
        outcome.error = flushed.error.code
    outcome.source_errors = {
        h.name: h.last_error for h in source_health(db) if h.last_error is not None
    }
    return outcome


def _detail(outcome: UnattendedOutcome, started: datetime) -> dict:
    result = "ok" if outcome.sync_exit == 0 and outcome.error is None else "failed"
    return {
        "result": result,
        "started": started.isoformat(),
        "sync_exit": outcome.sync_exit,
        "new_alerts": outcome.new_alerts,
        "mails_sent": outcome.mails_sent,
        "mails_waiting": outcome.mails_waiting,
        "stale": outcome.stale,
        "source_errors": outcome.source_errors,
        "error": outcome.error,
    }


def _record(started: datetime, detail: dict) -> None:
    try:
        with open_store() as db:
            log_unattended_run(db, {"started": started.isoformat(), **detail})
    except ClinicrepError as e:
        log.error("could not record the skipped run: %s", e.code)


# -- clinicrep monitor status | install | remove -----------------------------------
def describe_entry(entry: InstalledEntry) -> str:
    if entry.purpose == "sync":
        what = QCoreApplication.translate("Monitoring", "Scheduled check ({mechanism})")
    else:
        what = QCoreApplication.translate("Monitoring", "Start in the tray at login ({mechanism})")
    return what.format(mechanism=entry.mechanism) + f"\n  {entry.location}\n  {entry.command}"


def status_report(db: Database, installer: MonitorInstaller) -> str:
    """What ``clinicrep monitor status`` prints."""
    lines: list[str] = []
    installed = installer.status()
    if installed:
        lines.extend(describe_entry(e) for e in installed)
    else:
        lines.append(
            QCoreApplication.translate(
                "Monitoring",
                "Nothing is installed: reviews are checked only while the window is open.",
            )
        )
    lines.append("")
    health = source_health(db)
    for h in health:
        lines.append(describe_last_success(h))
        full_check = describe_full_check(h.name, h.kind, h.last_full_scan_at)
        if full_check:
            lines.append(full_check)
    settings = load_settings(db)
    warning = stale_warning(db, now=utc_now(), stale_hours=settings.stale_hours)
    if warning is not None:
        from clinicrep.monitoring.health import describe_stale

        lines.extend(["", describe_stale(warning)])
    runs = recent_unattended_runs(db, limit=5)
    if runs:
        lines.extend(["", QCoreApplication.translate("Monitoring", "Last scheduled runs:")])
        for at, detail in runs:
            why = detail.get("reason") or detail.get("error") or ""
            lines.append(f"  {at.astimezone():%Y-%m-%d %H:%M}  {detail.get('result', '?')}  {why}")
    waiting = len(pending_messages(db, digest=False)) + len(pending_messages(db, digest=True))
    if waiting:
        lines.append(
            QCoreApplication.translate(
                "Monitoring", "%n e-mail(s) waiting to be sent.", "", waiting
            )
        )
    return "\n".join(lines)
