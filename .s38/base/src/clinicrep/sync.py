"""Fetching reviews: connector -> analysis -> store, one page per transaction.

Each page is stored together with the cursor that resumes *after* it, in one
transaction: a sync stopped at any moment (Cancel, a crash, a power cut) resumes where
it stopped, and a review is never stored twice. One source failing never stops the
others; each source's outcome (success, or the error *code* only) is recorded.

The GUI runs ``sync_all`` / ``sync_source`` on its worker pool; the CLI verb
``clinicrep sync`` calls ``run_sync_cli``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from clinicrep import workstation
from clinicrep.analysis.pipeline import analyse_review, rules_version
from clinicrep.errors import ClinicrepError, NotFound, StoreError
from clinicrep.model import Event, Review, Source, utc_now
from clinicrep.publishing import reconcile_sending, settle_sending
from clinicrep.secrets import TokenStore
from clinicrep.sources.base import CancelToken, SourceContext
from clinicrep.sources.http import Cancelled
from clinicrep.sources.registry import KINDS, opened_connector
from clinicrep.store.db import Database
from clinicrep.store.events import log_event
from clinicrep.store.live import practice_sync
from clinicrep.store.reviews import analyses_kept, mark_missing_upstream, upsert_reviews
from clinicrep.store.sources import (
    find_source,
    list_sources,
    record_full_scan,
    record_sync_outcome,
    set_cursor,
)

log = logging.getLogger(__name__)

# Edits that move no date, and deletions, show only in a scan of the whole list: at least
# this often for every kind that syncs incrementally, whoever runs the sync.
FULL_SCAN_EVERY = timedelta(days=1)


def full_scan_due(source: Source, now: datetime | None = None) -> bool:
    """Whether this sync of ``source`` must read its whole list (the daily full check)."""
    info = KINDS.get(source.kind.value)
    if info is None or not info.full_scan_daily:
        return False
    last = source.last_full_scan_at
    return last is None or (now or utc_now()) - last >= FULL_SCAN_EVERY


@dataclass(slots=True)
class SyncProgress:
    """Sent after every stored page (plain data: safe to pass through a Qt signal)."""

    source_id: int
    source_name: str
    pages: int
    reviews: int  # fetched so far in this sync of this source
    total_hint: int | None = None  # what the platform says it holds, if it says


ProgressCallback = Callable[[SyncProgress], None]


@dataclass(slots=True)
class SourceSyncResult:
    source_id: int
    source_name: str
    kind: str
    pages: int = 0
    fetched: int = 0
    inserted: int = 0
    updated: int = 0  # edited upstream since the last sync
    marked_missing: int = 0  # no longer listed by the platform (after a complete scan)
    complete_scan: bool = False
    full_check_at: datetime | None = None  # when the last complete scan ended (this one or before)
    settled_replies: int = 0  # replies left 'sending' that this sync settled
    cancelled: bool = False
    skipped: bool = False  # nothing to fetch for this kind (manual entry ...)
    error_code: str | None = None
    error: ClinicrepError | None = field(default=None, repr=False)  # for messages.user_message
    inserted_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error_code is None and not self.cancelled


@dataclass(slots=True)
class SyncReport:
    results: list[SourceSyncResult] = field(default_factory=list)
    cancelled: bool = False
    # another PC of the practice was syncing (its name, '' if unknown): this one skipped
    busy_elsewhere: str | None = None

    @property
    def ok(self) -> bool:
        return all(r.error_code is None for r in self.results) and not self.cancelled

    @property
    def inserted(self) -> int:
        return sum(r.inserted for r in self.results)

    @property
    def updated(self) -> int:
        return sum(r.updated for r in self.results)

    @property
    def failed(self) -> list[SourceSyncResult]:
        return [r for r in self.results if r.error_code is not None]


def _analyse_page(db: Database, reviews: list[Review], source: Source, rules: str) -> None:
    """Analyse the page's new and changed reviews. One stored with what the analysis reads
    unchanged, by these rules, keeps its analysis (``store.reviews.analyses_kept``, as an
    import of a file stored before): the daily full check fetches every review of the
    source again, and a platform without a cursor its newest page at every sync."""
    kept = analyses_kept(db, reviews, rules)
    for review, keep in zip(reviews, kept, strict=True):
        if keep:
            continue
        try:
            review.analysis = analyse_review(review, fallback_language=source.language)
        except Exception:  # one odd review must not stop the sync; the log has the trace
            log.exception("analysis failed for %s review %s", source.kind, review.external_id)


def sync_source(
    db: Database,
    source: Source,
    *,
    tokens: TokenStore,
    full: bool = False,
    cancel: CancelToken | None = None,
    progress: ProgressCallback | None = None,
    timeout: float | None = None,
) -> SourceSyncResult:
    """Fetch one source's new and changed reviews and store them page by page.

    Platform failures end up in the result (``error_code``) and in the source's
    ``last_error``; a failing database (``StoreError``) is raised, since every other
    source would fail the same way.
    """
    if source.id is None:
        raise ValueError("sync_source needs a saved source")
    source_id = source.id
    cancel = cancel or CancelToken()
    result = SourceSyncResult(source_id=source_id, source_name=source.name, kind=source.kind.value)
    if source.kind.value not in KINDS:
        result.skipped = True
        return result
    ctx = SourceContext(source=source, tokens=tokens, cancel=cancel)
    if timeout is not None:
        ctx.timeout = timeout
    seen: set[str] = set()
    result.full_check_at = source.last_full_scan_at
    if not full and full_scan_due(source):
        full = True
        log.info("sync %s #%d: daily full check due", source.kind, source_id)
    log.info("sync %s #%d (%s) started%s", source.kind, source_id, source.name,
             " (full)" if full else "")  # fmt: skip
    try:
        with opened_connector(ctx) as connector:
            rules = rules_version()
            for page in connector.fetch(None if full else source.cursor, full=full):
                _analyse_page(db, page.reviews, source, rules)
                with db.transaction():
                    stored = upsert_reviews(db, page.reviews)
                    set_cursor(db, source_id, page.cursor)
                    # a reply left 'sending' by a crash is settled by what the platform shows
                    settled = reconcile_sending(db, page.reviews)
                source.cursor = page.cursor
                result.pages += 1
                result.fetched += len(page.reviews)
                result.inserted += stored.inserted
                result.updated += stored.updated
                result.settled_replies += len(settled)
                result.inserted_ids.extend(stored.inserted_ids)
                result.updated_ids.extend(stored.updated_ids)
                seen.update(r.external_id for r in page.reviews)
                result.complete_scan = result.complete_scan or page.complete
                if progress is not None:
                    progress(
                        SyncProgress(
                            source_id, source.name, result.pages, result.fetched, page.total_hint
                        )
                    )
                if cancel.cancelled:
                    raise Cancelled("sync cancelled between pages", platform=source.kind.value)
            # Replies still 'sending' whose review no page showed: look each one up.
            result.settled_replies += len(settle_sending(db, connector, source_id, cancel=cancel))
        if result.complete_scan:
            result.marked_missing = mark_missing_upstream(db, source_id, seen)
            result.full_check_at = source.last_full_scan_at = utc_now()
            record_full_scan(db, source_id, result.full_check_at)
        if result.inserted or result.updated or result.marked_missing:
            log_event(
                db,
                Event(
                    kind="fetched",
                    at=utc_now(),
                    source_id=source_id,
                    detail={
                        "inserted": result.inserted,
                        "updated": result.updated,
                        "missing": result.marked_missing,
                    },
                ),
            )
        record_sync_outcome(db, source_id, error_code=None)
    except Cancelled:
        result.cancelled = True
        log.info("sync %s #%d cancelled after %d pages", source.kind, source_id, result.pages)
    except StoreError:
        raise
    except ClinicrepError as e:
        result.error_code = e.code
        result.error = e
        log.warning("sync %s #%d failed: %s (%s)", source.kind, source_id, e.code, e.detail)
        record_sync_outcome(db, source_id, error_code=e.saved_code)
    except Exception as e:  # a connector bug must not take the other sources down
        result.error_code = ClinicrepError.code
        result.error = ClinicrepError(f"unexpected {type(e).__name__}")
        log.exception("sync %s #%d crashed", source.kind, source_id)
        record_sync_outcome(db, source_id, error_code=ClinicrepError.code)
    else:
        log.info(
            "sync %s #%d done: %d pages, %d fetched, %d new, %d changed, %d missing",
            source.kind, source_id, result.pages, result.fetched, result.inserted,
            result.updated, result.marked_missing,
        )  # fmt: skip
    return result


def sync_all(
    db: Database,
    *,
    tokens: TokenStore,
    source_name: str | None = None,
    full: bool = False,
    cancel: CancelToken | None = None,
    progress: ProgressCallback | None = None,
    who: str | None = None,
) -> SyncReport:
    """Sync every enabled source (or only ``source_name``: its name or number), in turn.

    ``NotFound`` if ``source_name`` matches no source. While another PC of the practice
    syncs (a shared store), nothing is fetched and ``busy_elsewhere`` names it; each run is
    recorded with ``who`` (default: this PC's name) for "last synced by".
    """
    cancel = cancel or CancelToken()
    if source_name is not None:
        found = find_source(db, source_name)
        if found is None:
            raise NotFound(f"no source named {source_name!r}", name=source_name)
        sources = [found]
    else:
        sources = [s for s in list_sources(db) if s.enabled]
    report = SyncReport()
    if not sources:
        return report
    # one sync at a time for the whole practice (every PC on a shared store): the others skip
    with practice_sync(db, who=who if who is not None else workstation.name()) as turn:
        if not turn.held:
            log.info("sync skipped: %s is syncing the practice", turn.holder or "another PC")
            report.busy_elsewhere = turn.holder
            return report
        for source in sources:
            if cancel.cancelled:
                report.cancelled = True
                break
            result = sync_source(
                db, source, tokens=tokens, full=full, cancel=cancel, progress=progress
            )
            if not result.skipped:
                report.results.append(result)
            if result.cancelled:
                report.cancelled = True
                break
        turn.outcome = "cancelled" if report.cancelled else ("ok" if report.ok else "failed")
    return report


def busy_elsewhere_message(holder: str) -> str:
    """The sentence for a sync skipped because another PC of the practice was syncing."""
    if holder:
        return QCoreApplication.translate(
            "SyncCli",
            "{name} is checking for reviews for the whole practice right now, so this check "
            "was skipped. The new reviews show up here as they arrive.",
        ).format(name=holder)
    return QCoreApplication.translate(
        "SyncCli",
        "Another PC is checking for reviews for the whole practice right now, so this check "
        "was skipped. The new reviews show up here as they arrive.",
    )


def run_sync_cli(source_name: str | None, full: bool, quiet: bool) -> int:
    """``clinicrep sync [--source NAME] [--full] [--quiet]``.

    Prints progress (stderr) and a summary (stdout); errors always, as translated
    sentences. Exit 0 when every source synced, 1 when one failed, 2 when the source
    named does not exist or the database cannot be used, 130 on Ctrl+C.
    """
    from clinicrep.messages import user_message
    from clinicrep.monitoring.health import describe_full_check
    from clinicrep.secrets import default_store
    from clinicrep.store.opening import open_store

    def show_progress(p: SyncProgress) -> None:
        if quiet:
            return
        if p.total_hint:
            line = QCoreApplication.translate(
                "SyncCli", "{source}: {n} of about {total} reviews read"
            ).format(source=p.source_name, n=p.reviews, total=p.total_hint)
        else:
            line = QCoreApplication.translate("SyncCli", "{source}: {n} reviews read").format(
                source=p.source_name, n=p.reviews
            )
        print(line, file=sys.stderr, flush=True)

    cancel = CancelToken()
    try:
        with open_store() as db:  # --db, CLINICREP_DB, this PC's choice, or its file
            from clinicrep.analysis.practice import install_from_store

            install_from_store(db)
            report = sync_all(
                db,
                tokens=default_store(),
                source_name=source_name,
                full=full,
                cancel=cancel,
                progress=show_progress,
            )
    except KeyboardInterrupt:
        cancel.cancel()
        print(
            QCoreApplication.translate("SyncCli", "Stopped. What was already fetched is kept."),
            file=sys.stderr,
        )
        return 130
    except NotFound:
        print(
            QCoreApplication.translate(
                "SyncCli", "No source is called \u201c{name}\u201d. Check the name in Sources."
            ).format(name=source_name),
            file=sys.stderr,
        )
        return 2
    except StoreError as e:
        print(user_message(e), file=sys.stderr)
        return 2
    if report.busy_elsewhere is not None:
        if not quiet:
            print(busy_elsewhere_message(report.busy_elsewhere), file=sys.stderr)
        return 0
    for result in report.results:
        if result.error is not None:
            print(
                QCoreApplication.translate("SyncCli", "{source}: {message}").format(
                    source=result.source_name, message=user_message(result.error)
                ),
                file=sys.stderr,
            )
        elif not quiet:
            print(
                QCoreApplication.translate(
                    "SyncCli", "{source}: {new} new, {changed} changed"
                ).format(source=result.source_name, new=result.inserted, changed=result.updated)
            )
            if result.marked_missing:
                print(
                    QCoreApplication.translate(
                        "SyncCli", "{source}: %n review(s) no longer shown by the platform", "",
                        result.marked_missing,
                    ).format(source=result.source_name)
                )  # fmt: skip
            full_check = describe_full_check(result.source_name, result.kind, result.full_check_at)
            if full_check:
                print(full_check)
    if not report.results and not quiet:
        print(
            QCoreApplication.translate(
                "SyncCli",
                "No platform is connected, so there is nothing to check. Connect one in the "
                "window: File → Sources….",
            )
        )
    return 0 if report.ok else 1
