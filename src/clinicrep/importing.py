"""Importing a saved review table into the store (the CLI's ``import`` and the GUI's dialog).

Reading is ``sources.csvfile``'s job; this joins it to the store: it creates the source
if needed, stores the reviews in batches of 5,000 (one transaction each, rows and search
index together, so a cancelled, failed or killed import keeps what it stored and a second
run adds only the rest), and remembers the column mapping in the source's settings for
the next file from the same place. Only its new and changed rows are analysed: a row
stored before, unchanged, keeps its analysis (``_AnalysesToMake``). A file big against the
store whose first batch was all new stores the rest in one transaction, the indexes built
again in it while the analysis workers have its last pages, else at its end
(``indexes_built_at_end``: SQLite's ``Database`` for 50,000 rows or more into at most 1.5
times as many reviews; PostgreSQL's ``PgDatabase`` only for a first import into a new shared
store, since the other desks' reads of reviews wait for its COMMIT): a kill then keeps the
first batch only.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from clinicrep.model import AnalysisValues, Platform, Review, Source, SourceKind
from clinicrep.sources.base import CancelToken
from clinicrep.sources.csvfile import (
    PAGE_SIZE,
    ColumnMapping,
    CsvReviewReader,
    ImportReport,
    day_first_for,
    zone_from_settings,
)
from clinicrep.store.db import Database, DroppedIndexes
from clinicrep.store.reviews import analyses_kept, source_holds_reviews, upsert_reviews
from clinicrep.store.sources import add_source, find_source, update_source

if TYPE_CHECKING:
    from clinicrep.analysis.parallel import AnalysisPool, CoreReading

log = logging.getLogger(__name__)

# (rows handled so far, rows in the file): for a progress bar.
Progress = Callable[[int, int], None]

STORE_BATCH = 5000  # reviews per transaction: about 0.6 s of writing, well inside busy_timeout
STORE_BATCH_CHARS = 2_000_000  # or fewer, when they are long letters: memory stays bounded


def analyse_for_inbox(reviews: list[Review], fallback_language: str) -> None:
    """Language, sentiment, topics and urgency, as a sync adds them (here: a few reviews)."""
    for _page in _analysis_pool(len(reviews)).analysed([reviews], fallback_language):
        pass


def _analysis_pool(reviews_expected: int, since: CoreReading | None = None) -> AnalysisPool:
    # numpy and the lexicons: imported when a review is analysed, not when the window starts
    from clinicrep.analysis.parallel import AnalysisPool
    from clinicrep.analysis.pipeline import analyse_review

    return AnalysisPool(analyse_review, reviews_expected, since=since)


def _core_reading() -> CoreReading | None:
    from clinicrep.analysis.parallel import CoreReading

    return CoreReading.now()


def _rules_version() -> str:
    from clinicrep.analysis.pipeline import rules_version

    return rules_version()


def _full_path(path: Path) -> str:
    """The file's full path, kept with the source; a link that leads nowhere (a loop of
    links) is kept as given, and reading it then says the file is not there."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # RuntimeError: Python 3.11's "Symlink loop"
        return str(path.absolute())


class _AnalysesToMake:
    """Which rows of a file the analysis must read: the new and changed ones. A row stored
    before with what the analysis reads unchanged, analysed by these rules, keeps its
    analysis (``store.reviews.analyses_kept``): a practice imports its whole export every
    month, and every row already stored was analysed again for nothing (100,000 rows: 10-20 s
    of CPU). A review read twice before the first copy is stored (a file that holds it twice,
    the pages read ahead) is analysed each time: what is stored when its second copy comes
    may be the first copy's text. Into a source that held no review when the import began
    (a practice's first import), only a row this import stored can have been kept: the store
    is asked only about a page that holds one (100,000 rows: 0.2 s of CPU less)."""

    def __init__(self, db: Database, rules: str, *, source_empty: bool) -> None:
        self._db = db
        self._rules = rules
        self._unstored: Counter[tuple[int, str]] = Counter()  # read, not yet stored
        # what this import stored, while every stored row of the source is one of them
        self._stored: set[tuple[int, str]] | None = set() if source_empty else None

    def of(self, page: list[Review]) -> list[Review]:
        """Those of ``page`` (read next) to analyse."""
        keys = [(review.source_id, review.external_id) for review in page]
        if self._stored is not None and self._stored.isdisjoint(keys):
            kept = [False] * len(page)
        else:
            kept = analyses_kept(self._db, page, self._rules)
        found = []
        for review, key, was_kept in zip(page, keys, kept, strict=True):
            if not was_kept or self._unstored[key]:
                found.append(review)
            self._unstored[key] += 1
        return found

    def stored(self, reviews: list[Review]) -> None:
        for review in reviews:
            key = (review.source_id, review.external_id)
            self._unstored[key] -= 1
            if not self._unstored[key]:
                del self._unstored[key]
            if self._stored is not None:
                self._stored.add(key)


def _analysed(
    pool: AnalysisPool, pages: Iterable[list[Review]], language: str, to_make: _AnalysesToMake
) -> Iterator[tuple[list[Review], list[AnalysisValues | None]]]:
    """The pages in their order, each with its reviews' analyses as values (None: a review
    kept its analysis, or its analysis failed), each review that needs it analysed by
    ``pool``."""
    read: deque[list[Review]] = deque()

    def parts() -> Iterator[list[Review]]:
        for page in pages:
            read.append(page)
            yield to_make.of(page)

    for part, values in pool.analysed_values(parts(), language):  # a part per page, in order
        page = read.popleft()
        if len(part) == len(page):  # all of it (``of`` keeps the page's order)
            yield page, values
            continue
        by_review = {id(review): found for review, found in zip(part, values, strict=True)}
        yield page, [by_review.get(id(review)) for review in page]


def _not_analysed(
    pages: Iterable[list[Review]],
) -> Iterator[tuple[list[Review], list[AnalysisValues | None]]]:
    for page in pages:
        yield page, [None] * len(page)


# The collector during a big import: a young pass every 200,000 objects instead of 700 and the
# older generations almost never. A batch's rows live until it is stored (5,000 reviews,
# their analyses, the rows made of them), so every pass of generation 1 or 2 walked them
# again (100,000 rows at load 23: 0.73 s of this process's CPU, holding the interpreter from
# the window's thread meanwhile; ``benchmarks/import_split.py``). A young pass at 50,000 still
# came about once a batch and walked its rows in flight (30,000 rows, load 20: 0.10 s); the
# young count is of objects made less those freed, and a batch with its pages read ahead
# holds fewer than 200,000 (0.00 s). What dies in a cycle is still freed by the young passes
# (at most 200,000 objects' worth waits for one: a few MB), or at the first pass after the
# import.
_IMPORT_THRESHOLDS = (200_000, 20, 100)
_settled_imports = 0  # imports running with them (the window may run two at once)
_settled_lock = threading.Lock()
_thresholds_before: tuple[int, int, int] = gc.get_threshold()


@contextlib.contextmanager
def _settled_heap() -> Iterator[None]:
    """What the program built before a big import lives on through it: out of the garbage
    collector's way (``gc.freeze``, as the window does once built: ``app.settle_heap``, and
    the analysis once its word lists are: ``lexicon.settle``). The rows in flight (each
    batch's reviews and analyses) age into the oldest generation, so the collector made a
    full pass about once a batch, and each pass walked everything the process held: with the
    analysis on two workers, nothing froze it in this process (100,000 rows: 24 full passes,
    0.91-0.96 s of this process's CPU, holding the interpreter, the window's thread too,
    for the length of each; ``benchmarks/import_split.py``). No collection first: a pass over
    everything now would be one more. Only objects in cycles that die later stay unfreed.
    While it runs, the collector's thresholds are ``_IMPORT_THRESHOLDS``; then as before."""
    global _settled_imports, _thresholds_before
    gc.freeze()
    with _settled_lock:
        if not _settled_imports:
            _thresholds_before = gc.get_threshold()
            gc.set_threshold(*_IMPORT_THRESHOLDS)
        _settled_imports += 1
    try:
        yield
    finally:
        with _settled_lock:
            _settled_imports -= 1
            if not _settled_imports:
                gc.set_threshold(*_thresholds_before)


def _store(
    db: Database,
    reviews: list[Review],
    analyses: list[AnalysisValues | None],
    report: ImportReport,
    to_make: _AnalysesToMake | None,
) -> None:
    if reviews:
        result = upsert_reviews(db, reviews, analyses=analyses)
        report.imported += result.inserted
        report.updated += result.updated
        report.unchanged += result.unchanged
        if to_make is not None:
            to_make.stored(reviews)


def import_csv(
    db: Database,
    path: str | os.PathLike[str],
    *,
    source_name: str,
    platform: Platform = Platform.OTHER,
    mapping: ColumnMapping | None = None,
    language: str = "",
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
    analyse: bool = True,
    encoding: str | None = None,
    export_date: datetime | None = None,
    unknown_dates: bool = False,
    use_ids: bool = True,
    dry_run: bool = False,
    sample: list[Review] | None = None,
) -> ImportReport:
    """Import the reviews in ``path`` into the source called ``source_name``.

    The source is created (a file source of ``platform``) if there is none by that name.
    ``mapping`` overrides the remembered or guessed columns. ``analyse`` runs the same
    analysis as a sync (about a fifth of a millisecond per review; off, the reviews wait
    for ``clinicrep reanalyse``). ``encoding``, ``export_date``, ``unknown_dates`` and
    ``use_ids`` are the reader's (``CsvReviewReader``). ``dry_run`` reads the whole file
    and fills the report but stores nothing (the first reviews go to ``sample`` if given).
    Raises ``ImportFileError`` when the file cannot be read or is not a table of reviews;
    bad rows are listed in the report instead.
    """
    path = Path(path)
    # what the cores do while the file is surveyed: whether the analysis gets workers
    # (``parallel.free_cores``), read without a wait of its own
    cores_read = _core_reading() if analyse and not dry_run else None
    source = find_source(db, source_name)
    created = source is None
    if source is None:
        source = Source(
            kind=SourceKind.CSV,
            name=source_name,
            platform=platform,
            language=language,
            settings={"path": _full_path(path)},
        )
    reader = CsvReviewReader(
        path,
        source_id=source.id or 0,  # set below once the file proved readable
        mapping=mapping,
        remembered=source.settings.get("csv_mapping") if source.kind == SourceKind.CSV else None,
        day_first_default=day_first_for(source.platform),
        zone=zone_from_settings(source.settings),
        language_hint=language or source.language,
        encoding=encoding,
        export_date=export_date,
        unknown_dates=unknown_dates,
        use_ids=use_ids,
    )
    if dry_run:
        for review in reader:
            if sample is not None and len(sample) < 5:
                sample.append(review)
        return reader.report
    if created:  # only now: a file that cannot be read leaves no empty source behind
        source = add_source(db, source)
    assert source.id is not None
    reader.source_id = source.id
    report = reader.report
    report.source_id = source.id
    total = reader.total_rows
    # Read and analyse in pages (progress, cancel), store in bigger batches: each commit
    # writes out the index pages the batch touched (CPU for 100,000 rows stored 500 at a
    # time: 20.7 s; 1,000: 18.6 s; 5,000: 16.5 s).
    batch: list[Review] = []
    batch_analyses: list[AnalysisValues | None] = []  # the batch's analyses, as values
    batch_chars = 0
    # analysed when stored, as a sync does: on every core, the file read on meanwhile
    # (100,000 rows: 16.6 s with the analysis here, one core)
    # (not made without the analysis: numpy and the lexicons cost 0.4 s to import)
    pool = _analysis_pool(total, cores_read) if analyse else None
    to_make = (
        _AnalysesToMake(db, _rules_version(), source_empty=not source_holds_reviews(db, source.id))
        if analyse
        else None
    )
    # A big import into a small store whose first batch was all new: the rest is one
    # transaction, the indexes built once at its end (a killed one then keeps only the
    # first batch, and the next stores the rest). A file stored before stays batch by batch.
    # The indexes are built when the workers have the file's last pages (all_read), not after
    # them: the workers analyse those while this process sorts, where at the end they stood
    # idle through it (100,000 rows: about 1 s of CPU), and only the last few thousand rows
    # are added to the indexes one by one. The batches stay as they were: a batch's new rows
    # get their ids in date order.
    dropped: DroppedIndexes | None = None
    with (
        _settled_heap() if total > STORE_BATCH else contextlib.nullcontext(),
        db.bulk_writes(),
        pool if pool is not None else contextlib.nullcontext(),
        contextlib.ExitStack() as rest_in_one,
    ):
        first = True
        pages: Iterator[tuple[list[Review], list[AnalysisValues | None]]]
        if pool is not None and to_make is not None:
            pages = _analysed(pool, reader.pages(PAGE_SIZE), source.language, to_make)
        else:
            pages = _not_analysed(reader.pages(PAGE_SIZE))
        for page, analyses in pages:
            if dropped is not None and pool is not None and pool.all_read:
                dropped.build()  # once
            batch.extend(page)
            batch_analyses.extend(analyses)
            batch_chars += sum(len(r.text) for r in page)
            cancelled = cancel is not None and cancel.cancelled
            if len(batch) >= STORE_BATCH or batch_chars >= STORE_BATCH_CHARS or cancelled:
                _store(db, batch, batch_analyses, report, to_make)
                if first and not cancelled and report.imported == len(batch):
                    # the rows left after this batch: report.rows may already count pages
                    # the analysis pool read ahead (all of a small file)
                    dropped = rest_in_one.enter_context(db.indexes_built_at_end(total - len(batch)))
                first = False
                batch = []
                batch_analyses = []
                batch_chars = 0
            if progress is not None:
                progress(report.rows, total)
            if cancelled:
                log.info("import of %s cancelled after %d rows", path.name, report.rows)
                break
        _store(db, batch, batch_analyses, report, to_make)
    if source.kind == SourceKind.CSV:
        source.settings["csv_mapping"] = reader.mapping.to_settings()
        if encoding:  # chosen by the user: the scheduled re-read uses it too
            source.settings["encoding"] = encoding
        source.settings["path"] = _full_path(path)
        update_source(db, source)
    log.info(
        "imported %s (%s, %r): %d rows, %d new, %d updated, %d unchanged, %d skipped",
        path.name,
        report.encoding,
        report.delimiter,
        report.rows,
        report.imported,
        report.updated,
        report.unchanged,
        report.skipped,
    )
    return report
