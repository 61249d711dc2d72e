"""Is clinicrep still watching? The last successful check per source, and stale detection.

A warning is due when no watched source has succeeded for longer than ``stale_hours``; it
names each failing source with the translated sentence for its error code (what failed and
what to do), so the window, the tray and the e-mail say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from clinicrep.messages import message_for_code
from clinicrep.model import Source
from clinicrep.store.db import Database
from clinicrep.store.outbox import source_added_times
from clinicrep.store.sources import list_sources

# Sources read from this PC (files, offline feedback) always "succeed": they prove nothing
# about whether the platforms are still being watched.
UNWATCHED_KINDS = frozenset({"manual", "csv"})


@dataclass(frozen=True, slots=True)
class SourceHealth:
    source_id: int
    name: str
    platform: str
    last_sync_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    added_at: datetime | None = None
    kind: str = ""
    last_full_scan_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StaleWarning:
    hours: int
    last_success_at: datetime | None  # the newest success of any watched source
    failing: list[SourceHealth] = field(default_factory=list)

    @property
    def key(self) -> str:
        """One warning (and one e-mail) per stale episode: it ends with the next success."""
        last = self.last_success_at.isoformat() if self.last_success_at else "never"
        return f"stale:{last}"


def source_health(db: Database) -> list[SourceHealth]:
    """Every enabled source checked from the internet, with its last outcomes."""
    added = source_added_times(db)
    return [
        SourceHealth(
            source_id=s.id or 0,
            name=s.name,
            platform=s.platform.value,
            last_sync_at=s.last_sync_at,
            last_success_at=s.last_success_at,
            last_error=s.last_error,
            added_at=added.get(s.id or 0),
            kind=s.kind.value,
            last_full_scan_at=s.last_full_scan_at,
        )
        for s in list_sources(db)
        if s.enabled and s.kind.value not in UNWATCHED_KINDS
    ]


def stale_warning(
    db: Database,
    *,
    now: datetime,
    stale_hours: int,
    health: list[SourceHealth] | None = None,
) -> StaleWarning | None:
    """A warning when no watched source has succeeded within ``stale_hours``, else None.
    ``health``: ``source_health(db)`` when the caller has just read it (on a server, each
    read of the sources is a round trip)."""
    if health is None:
        health = source_health(db)
    if not health or stale_hours <= 0:
        return None
    limit = now - timedelta(hours=stale_hours)
    successes = [h.last_success_at for h in health if h.last_success_at is not None]
    newest = max(successes) if successes else None
    if newest is not None and newest >= limit:
        return None
    if newest is None:
        # never succeeded: stale only once the sources have had the whole threshold to try
        oldest_added = min((h.added_at for h in health if h.added_at is not None), default=None)
        if oldest_added is not None and oldest_added >= limit:
            return None
    return StaleWarning(hours=stale_hours, last_success_at=newest, failing=health)


def describe_stale(warning: StaleWarning) -> str:
    """The warning as sentences in the user's language: what failed and what to do."""
    lines = [
        QCoreApplication.translate(
            "Monitoring",
            "clinicrep has not been able to check for new reviews for more than {hours} hours.",
        ).format(hours=warning.hours)
    ]
    for h in warning.failing:
        if h.last_error:
            reason = message_for_code(h.last_error)
        elif h.last_sync_at is None:
            reason = QCoreApplication.translate(
                "Monitoring",
                "Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.",
            )
        else:
            reason = QCoreApplication.translate(
                "Monitoring",
                "The last check did not finish. Open clinicrep and press Check for new reviews.",
            )
        lines.append(
            QCoreApplication.translate("Monitoring", "{source}: {reason}").format(
                source=h.name, reason=reason
            )
        )
    return "\n".join(lines)


def describe_last_success(h: SourceHealth) -> str:
    """ "Google: last successful check 2026-11-23 14:05" in local time, or "never"."""
    if h.last_success_at is None:
        return QCoreApplication.translate("Monitoring", "{source}: no successful check yet").format(
            source=h.name
        )
    when = h.last_success_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate(
        "Monitoring", "{source}: last successful check {when}"
    ).format(source=h.name, when=when)


def has_full_check(kind: str) -> bool:
    """Whether syncs of this kind scan the whole list (and so notice edits and deletions)."""
    from clinicrep.sources.registry import KINDS

    info = KINDS.get(kind)
    return bool(info and info.full_scan_daily)


def describe_full_check(name: str, kind: str, last_full_scan_at: datetime | None) -> str:
    """ "Google: last full check 2026-11-23 14:05" (local time); "" where there is none."""
    if not has_full_check(kind):
        return ""
    if last_full_scan_at is None:
        return QCoreApplication.translate(
            "Monitoring",
            "{source}: no full check yet (edits and deletions are noticed after the first one)",
        ).format(source=name)
    when = last_full_scan_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate(
        "Monitoring", "{source}: last full check (edits and deletions) {when}"
    ).format(source=name, when=when)


def describe_source_full_check(source: Source) -> str:
    return describe_full_check(source.name, source.kind.value, source.last_full_scan_at)
