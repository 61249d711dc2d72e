"""Search and scale (issue 22): each figure beside its floor, raw SQLite on the same data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/search_scale.py \
        [--sizes 10000,100000[,1000000]] [--repeat 7] [--dir DIR] [--no-import] [--no-start] \
        [--store sqlite|pg|both] [--pg postgresql://postgres@127.0.0.1:PORT/postgres]
        [--pg-import-db NAME] [--import-only]

For each store size (``make_store`` builds and caches it; 1,000,000 takes a quarter of an
hour) it prints, as medians of ``--repeat`` runs:

- search per keystroke, typed -> rows in the model: ``InboxModel(background=True)`` as the
  window has it, from ``set_query`` to its first screen of rows (``first_rows``), for
  停, 停车, 停车场, 医生, zaparkować, parking, p, pa, п, па, парковка over every review,
  newest first; and when the
  rest of the ids was in (off the GUI thread, while the user reads);
- the first page of the inbox ("needs attention", and every review by date);
- its floor: raw SQLite on a warm connection of its own, the best of a LIKE scan in date
  order with LIMIT 64 and the trigram index (words of 3+ characters), plus reading the 64
  rows; for the first pages the same ORDER BY ... LIMIT 64 and the rows;
- start-up (process start to the first painted inbox row, ``clinicrep window``) beside a
  process that opens the file and reads the first page raw;
- import of a CSV export with analysis (``benchmarks/import_csv.py``'s file) beside the
  rows and their trigram index inserted raw, with the CPU of this process and of the
  analysis workers (the wall time two free cores would give is at least the larger of this
  process's and half of the sum); with ``--store pg`` also into a new database on the
  server (``--pg-import-db``, made and dropped), beside its own floor: the same rows by one
  COPY into reviews of the same schema, every index of reviews built after, and the CPU of
  the server's process too (a server on this machine: the three share its cores).

``--store pg`` (or ``both``): the same reviews copied into PostgreSQL (``pg_bench.py``: kept
per server, on ``--pg``, ``CLINICREP_BENCH_PG`` / ``CLINICREP_TEST_PG``, else a throw-away
cluster), the same figures through the same model, each beside its own floor: raw psycopg
on the same server, the best of one plain statement for the word's first page (pg_trgm's
LIKE, the CJK pairs' index, strpos for 1-2 letters; newest first, LIMIT 64) on three
connections whose planners differ, then its 64 rows; start-up with ``CLINICREP_DB`` on the
server, and the window's RSS. Every figure is also given painted: the rows drawn by a table
view as the window draws them (its ``InboxDelegate``; offscreen), and the GUI thread's CPU
from typed to painted (CPU: on a shared machine the wall clock waits for other programs
too). Its floor, painted (the lead's rule for "<= 2x the floor" of typed -> painted): the
raw query of the same rows, then those rows put into a plain ``QAbstractTableModel`` (their
texts, ten columns as the inbox has) and painted by a bare ``QTableView`` of the same size
and row height, in the same run; ``x`` is typed -> painted over that floor.
Start-ups run with Python's compiled modules kept, as an installed program has them
(``ui_speed.as_installed``).

The machine may be shared: the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import DEFAULT_DIR, ensure_store

SEARCHES = (
    *("停", "停车", "停车场", "医生"),
    *("zaparkować", "parking", "p", "pa"),
    *("п", "па", "парковка"),
)
PAGE = 64
TARGETS = (
    "targets: 100k search <= 20 ms typed -> painted and <= 2x its floor painted;"
    " 1M first page <= 100 ms, search <= 50 ms"
)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    return medians_ms(fn, repeat)[0]


def medians_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(by the clock, by this thread's CPU), medians in ms."""
    times, cpus = [], []
    for _ in range(repeat):
        cpu, started = time.thread_time(), time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)
    return statistics.median(times), statistics.median(cpus)


# -- the floor: raw SQLite --------------------------------------------------------------------
def raw_rows(conn: sqlite3.Connection, ids: list[int]) -> list[tuple]:
    marks = ",".join("?" * len(ids))
    return conn.execute(f"SELECT * FROM reviews WHERE id IN ({marks})", ids).fetchall()


def raw_search(conn: sqlite3.Connection, word: str) -> Callable[[], object]:
    """The fastest of what raw SQLite offers for the word's first page (timed apart)."""
    from clinicrep.search_forms import fold

    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = (
        "SELECT id FROM reviews WHERE text LIKE ?1 ESCAPE '\\' OR author LIKE ?1 ESCAPE '\\'"
        " OR title LIKE ?1 ESCAPE '\\' ORDER BY created_at DESC, id DESC LIMIT ?2"
    )
    ways = [lambda: conn.execute(like, (f"%{escaped}%", PAGE)).fetchall()]
    if len(word) >= 3:
        fts = (
            "SELECT id FROM reviews WHERE id IN (SELECT rowid FROM reviews_fts"
            " WHERE reviews_fts MATCH ?) ORDER BY created_at DESC, id DESC LIMIT ?"
        )
        # the index holds the texts folded (migration 0016): "zaparkować" as "zaparkowac"
        phrase = '"' + fold(word).replace('"', '""') + '"'
        ways.append(lambda: conn.execute(fts, (phrase, PAGE)).fetchall())
    best = min(ways, key=lambda way: median_ms(way, 3))
    return lambda: raw_rows(conn, [row[0] for row in best()])


def raw_attention_search(conn: sqlite3.Connection, word: str) -> Callable[[], object]:
    """The floor of the window's opening view ("needs attention": the open statuses, most
    urgent first, then newest) with ``word`` searched: the fastest plain statement for its
    first page (LIKE along the urgency index or the status index and a sort; the trigram or
    CJK index's ids looked up and sorted, or tested along the status index), then its rows."""
    from clinicrep.model import OPEN_STATUSES
    from clinicrep.search_forms import fold, is_short_cjk_word

    waiting = ",".join(f"'{s.value}'" for s in OPEN_STATUSES)
    order = "urgency DESC, created_at DESC, id DESC"
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = "(text LIKE ?1 ESCAPE '\\' OR author LIKE ?1 ESCAPE '\\' OR title LIKE ?1 ESCAPE '\\')"
    statements: list[tuple[str, object]] = [
        (
            f"SELECT id FROM reviews WHERE status IN ({waiting}) AND {like} ORDER BY {sort}"
            " LIMIT ?2",
            f"%{escaped}%",
        )
        for sort in (order, f"+{order}")
    ]
    index = ""
    if is_short_cjk_word(word):
        index, phrase = "reviews_cjk", '"' + " ".join(word) + '"'
    elif len(word) >= 3:
        index, phrase = "reviews_fts", '"' + fold(word).replace('"', '""') + '"'
    if index:
        found = f"IN (SELECT rowid FROM {index} WHERE {index} MATCH ?1)"
        statements += [
            (
                f"SELECT id FROM reviews WHERE status IN ({waiting}) AND id {found}"
                f" ORDER BY {order} LIMIT ?2",
                phrase,
            ),
            (
                f"SELECT id FROM reviews WHERE status IN ({waiting}) AND +id {found}"
                f" ORDER BY +{order} LIMIT ?2",
                phrase,
            ),
        ]
    ways = [
        lambda sql=sql, param=param: conn.execute(sql, (param, PAGE)).fetchall()
        for sql, param in statements
    ]
    best = min(ways, key=lambda way: median_ms(way, 3))
    return lambda: raw_rows(conn, [row[0] for row in best()])


def raw_page(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> Callable[[], object]:
    return lambda: raw_rows(conn, [r[0] for r in conn.execute(sql, (*params, PAGE)).fetchall()])


# -- the floor on PostgreSQL: raw pg_trgm queries on the same server ------------------------
def pg_order(sql: str) -> str:
    """``sql``'s descending keys in SQLite's order on PostgreSQL, NULLs last, as the store
    writes them: a plain ``DESC`` there puts NULLs first, which no sort index (NULLS FIRST,
    read backwards) gives, so the "floor" sorted every review (1,000,000: 0.25-0.5 s)."""
    return sql.replace(" DESC", " DESC NULLS LAST")


def raw_pg_rows(conn: Any, ids: list[int]) -> list[tuple]:
    return conn.execute("SELECT * FROM reviews WHERE id = ANY(%s)", (ids,)).fetchall()


def raw_pg_search(ways: list[Any], word: str) -> Callable[[], object]:
    """The fastest of one plain statement for the word's first page (the search index that
    answers it: pg_trgm's GIN for LIKE, the CJK pairs' GIN for 停车, strpos for a word with
    no whole trigram; newest first, LIMIT 64), on three connections whose planners differ
    (as it likes; no plain index scan: the search index's rows sorted; no bitmap scan: the
    date index walked, each row tested), then its 64 rows."""
    from clinicrep.search_forms import fold, is_short_cjk_word

    if is_short_cjk_word(word):
        test, param = "cjk_grams @> ARRAY[%s]::text[]", word
    elif len(word) < 3:
        test, param = "strpos(search_text, lower(%s)) > 0", word
    else:  # search_text holds the texts folded (migrations_pg/0016)
        folded = fold(word)
        escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        test, param = "search_text LIKE lower(%s)", f"%{escaped}%"
    sql = pg_order(
        f"SELECT id FROM reviews WHERE {test} ORDER BY created_at DESC, id DESC LIMIT {PAGE}"
    )
    options = [lambda conn=conn: conn.execute(sql, (param,)).fetchall() for conn in ways]
    best = min(options, key=lambda way: median_ms(way, 3))
    return lambda: raw_pg_rows(ways[0], [row[0] for row in best()])


def raw_pg_page(conn: Any, sql: str) -> Callable[[], object]:
    return lambda: raw_pg_rows(conn, [r[0] for r in conn.execute(sql, (PAGE,)).fetchall()])


# what the painted floor shows of each raw row: ten columns, as the inbox has ten
PLAIN_COLUMNS = (
    "platform", "rating", "created_at", "author", "sentiment",
    "first_topic", "urgency", "status", "language", "text",
)  # fmt: skip


class FloorPainter:
    """The painted floor: rows read raw, shown by a plain table model in a bare
    ``QTableView`` (Qt's own painting, no delegate) of the inbox view's size."""

    def __init__(self) -> None:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        display = Qt.ItemDataRole.DisplayRole

        class PlainModel(QAbstractTableModel):
            def __init__(self) -> None:
                super().__init__()
                self.rows: list[tuple[str, ...]] = []

            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else len(self.rows)

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else len(PLAIN_COLUMNS)

            def data(self, index: Any, role: int = display) -> Any:
                if role == display:
                    return self.rows[index.row()][index.column()]
                return None

            def set_rows(self, rows: list[tuple[str, ...]]) -> None:
                self.beginResetModel()
                self.rows = rows
                self.endResetModel()

        self.model = PlainModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 7)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resize(1280, 420)
        self.view.show()

    def painted(self, floor: Callable[[], Any], names: list[str]) -> Callable[[], object]:
        """``floor`` (the raw query and its rows, ``names`` their columns), then those rows
        painted."""
        shown = [names.index(name) for name in PLAIN_COLUMNS]

        def run() -> None:
            rows = floor()
            self.model.set_rows(
                [tuple("" if row[i] is None else str(row[i]) for i in shown) for row in rows]
            )
            self.view.viewport().repaint()

        return run

    def close(self) -> None:
        self.view.close()


@dataclass
class Store:
    """One store under test: how clinicrep opens it and its raw floor."""

    name: str  # "SQLite" or "PostgreSQL"
    where: Any  # the SQLite file's Path or a PgTarget
    password: str | None = None

    def open(self) -> Any:
        from clinicrep.store import open_database

        if isinstance(self.where, Path):
            return open_database(self.where, defer_check=True)
        return open_database(self.where, password=self.password)

    def columns(self) -> list[str]:
        """The column names of the raw floor's ``SELECT * FROM reviews``, in order."""
        if isinstance(self.where, Path):
            conn = sqlite3.connect(self.where)
            try:
                return [row[1] for row in conn.execute("PRAGMA table_info(reviews)")]
            finally:
                conn.close()
        from clinicrep.store.pg import connect

        with connect(self.where, self.password) as conn:
            return [d.name for d in conn.execute("SELECT * FROM reviews LIMIT 0").description]

    def floors(self) -> tuple[Callable[[str], Callable], Callable[[str], Callable], Callable]:
        """(first page floor by kind, search floor by word, close)."""
        from clinicrep.model import OPEN_STATUSES

        waiting = ",".join(f"'{s.value}'" for s in OPEN_STATUSES)
        pages = {
            "attention": f"SELECT id FROM reviews WHERE status IN ({waiting})"
            " ORDER BY urgency DESC, created_at DESC, id DESC LIMIT ?",
            "all": "SELECT id FROM reviews ORDER BY created_at DESC, id DESC LIMIT ?",
        }
        if isinstance(self.where, Path):
            conn = sqlite3.connect(self.where)
            return (
                lambda kind: raw_page(conn, pages[kind]),
                lambda word: raw_search(conn, word),
                conn.close,
            )
        from clinicrep.store.pg import connect

        ways = [connect(self.where, self.password) for _ in range(3)]
        ways[1].execute("SET enable_indexscan = off")
        ways[2].execute("SET enable_bitmapscan = off")

        def close() -> None:
            for conn in ways:
                conn.close()

        return (
            lambda kind: raw_pg_page(ways[0], pg_order(pages[kind].replace("?", "%s"))),
            lambda word: raw_pg_search(ways, word),
            close,
        )


# -- clinicrep: the inbox model as the window has it -------------------------------------------
class ModelBench:
    """One store's inbox model as the window has it (``InboxModel(background=True)``, a
    table view painting it), and its raw floor."""

    def __init__(self, store: Store) -> None:
        from PySide6.QtWidgets import QTableView

        from clinicrep.app import make_application
        from clinicrep.store.inbox import ReviewQuery
        from clinicrep.ui.inbox_delegate import InboxDelegate
        from clinicrep.ui.inbox_model import InboxModel

        make_application()
        self.store = store
        self.db = store.open()
        self.model = InboxModel(self.db, background=True)
        self.model.set_query(ReviewQuery(sort="created"))  # the window's first query, here
        self.view = QTableView()  # what paints the rows: the inbox's size at 1280x800
        self.view.setModel(self.model)
        # painted as the window paints them (ui/main_window.py): its delegate, rows as tall
        # as the text needs, no row header, no wrapping
        self.view.setItemDelegate(InboxDelegate(self.view, self.model.cells))
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 7)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.resize(1280, 420)
        self.view.show()
        self.page_floor, self.search_floor, self._close_floors = store.floors()
        self.floor_painter = FloorPainter()
        self.columns = store.columns()

    def settle(self) -> None:
        """Until the last query's ids are all in (the event loop runs; nothing polls)."""
        from PySide6.QtCore import QEventLoop

        if self.model.loading:
            loop = QEventLoop()
            self.model.loaded.connect(loop.quit)
            if self.model.loading:
                loop.exec()
            self.model.loaded.disconnect(loop.quit)

    def run(self, query: Any) -> tuple[float, float, float, float]:
        """(typed -> rows in the model, -> painted, -> every id in, the GUI thread's CPU
        from typed to painted) in ms."""
        from PySide6.QtCore import QEventLoop, QTimer

        self.settle()
        # what the last query left to do (its rest of the rows laid out and painted, on
        # the view's timers) is done now, not inside this figure's wait for its first
        # screen, where it held the GUI thread (and the GIL: the model's data()) 10-30 ms
        pause = QEventLoop()
        QTimer.singleShot(60, pause.quit)
        pause.exec()
        marks: dict[str, float] = {}
        loop = QEventLoop()

        def everything() -> None:
            marks.setdefault("all", time.perf_counter())
            loop.quit()

        def first() -> None:
            marks.setdefault("first", time.perf_counter())
            self.view.viewport().repaint()  # the rows painted (offscreen: the backing store)
            marks.setdefault("painted", time.perf_counter())
            marks.setdefault("cpu", time.thread_time())

        cpu = time.thread_time()
        started = time.perf_counter()
        self.model.set_query(query, then=everything, first_rows=first)
        if "all" not in marks:
            loop.exec()
        return (
            (marks["first"] - started) * 1000,
            (marks["painted"] - started) * 1000,
            (marks["all"] - started) * 1000,
            (marks["cpu"] - cpu) * 1000,
        )

    def painted_floor(self, floor: Callable[[], object]) -> Callable[[], object]:
        return self.floor_painter.painted(floor, self.columns)

    def close(self) -> None:
        self.view.close()
        self.floor_painter.close()
        self.model.close()
        self.db.close()
        self._close_floors()


def model_figures(
    stores: list[Store], repeat: int
) -> list[tuple[str, str, float, float, float, float, float, float, float]]:
    """(store, what, typed -> rows in model, -> painted, every id in, floor, the GUI thread's
    CPU typed -> painted, the floor painted, its CPU) in ms. The
    stores take turns run by run, so that a machine shared with others loads each alike."""
    from clinicrep.store.inbox import ReviewQuery

    benches = [ModelBench(store) for store in stores]
    figures: list[tuple[str, Any, Callable[[ModelBench], Callable[[], object]]]] = [
        (
            "first page: needs attention",
            ReviewQuery.needs_attention(),
            lambda b: b.page_floor("attention"),
        ),
        (
            "first page: all, newest first",
            ReviewQuery(sort="created"),
            lambda b: b.page_floor("all"),
        ),
    ]
    for word in SEARCHES:
        figures.append(
            (
                f"search {word}",
                ReviewQuery(sort="created", search=word),
                lambda b, word=word: b.search_floor(word),
            )
        )
    rows = []
    for what, query, floor_of in figures:
        samples: dict[int, list[tuple[float, float, float, float]]] = {
            i: [] for i in range(len(benches))
        }
        for _ in range(repeat):
            for i, bench in enumerate(benches):
                bench.run(ReviewQuery(sort="rating"))  # something else in between, as when typing
                samples[i].append(bench.run(query))
        for i, bench in enumerate(benches):
            firsts, painted, alls, cpus = zip(*samples[i], strict=True)
            floor = floor_of(bench)
            rows.append(
                (
                    bench.store.name,
                    what,
                    statistics.median(firsts),
                    statistics.median(painted),
                    statistics.median(alls),
                    median_ms(floor, repeat),
                    statistics.median(cpus),
                    *medians_ms(bench.painted_floor(floor), repeat),
                )
            )
    for bench in benches:
        bench.close()
    return rows


# -- start-up -------------------------------------------------------------------------------
RAW_START = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
ids = [r[0] for r in conn.execute("SELECT id FROM reviews ORDER BY created_at DESC LIMIT 64")]
conn.execute(f"SELECT * FROM reviews WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
"""


def start_figures(cached: Path, runs: int) -> tuple[float, float, float]:
    """(process start to the first painted row; a process that opens the file and reads the
    first page raw) in s, and the window's RSS in MB once it showed every review, scrolled to
    the end and drew the charts (2 s later, as ``start_figures_pg``)."""
    from ui_speed import measure_startup

    windows = measure_startup(cached, runs, 2000)
    ours = statistics.median(r["paint_s"] for r in windows)
    rss = max(r["rss_used"]["VmRSS"] for r in windows)
    raws = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", RAW_START, str(cached)], check=True)
        raws.append(time.perf_counter() - started)
    return ours, statistics.median(raws), rss


RAW_PG_START = r"""
import sys, psycopg
conn = psycopg.connect(sys.argv[1])
ids = [r[0] for r in conn.execute(
    "SELECT id FROM reviews ORDER BY created_at DESC NULLS LAST LIMIT 64")]
conn.execute("SELECT * FROM reviews WHERE id = ANY(%s)", (ids,)).fetchall()
"""
# the window on a shared store asks this PC's name once: chosen before it starts
NAMED = "from clinicrep import workstation\nworkstation.choose('Bench', workstation.Role.OWNER)\n"


def start_figures_pg(target: Any, runs: int) -> tuple[float, float, float]:
    """(process start to the first painted row, ``clinicrep window`` with CLINICREP_DB on
    the server; a process that connects and reads the first page raw; the window's RSS in
    MB once it showed every review, scrolled to the end and drew the charts) in s, s, MB."""
    from ui_speed import CHILD, run_child

    ours, raws, rss = [], [], []
    for run in range(runs + 1):  # the first compiles the modules, as installing did
        with tempfile.TemporaryDirectory(prefix="clinicrep-start-pg-") as tmp:
            env = dict(
                os.environ,
                CLINICREP_DB=target.url(),
                CLINICREP_DATA_DIR=str(Path(tmp) / "data"),
                XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                XDG_DATA_HOME=str(Path(tmp) / "xdg"),
                BENCH_SETTLE_MS="1500",
                QT_QPA_PLATFORM="offscreen",
                PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
            )
            started = time.time()
            marks = run_child(NAMED + CHILD, env, 180)
            if run == 0:
                continue
            ours.append(marks["paint"] - started)
            rss.append(marks["rss_used"]["VmRSS"])
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", RAW_PG_START, target.url()], check=True)
        raws.append(time.perf_counter() - started)
    return statistics.median(ours), statistics.median(raws), max(rss)


# -- import with analysis -------------------------------------------------------------------
def import_figures(rows: int) -> tuple[float, float, float, float]:
    """(wall s, the raw floor's wall s, CPU s of this process, CPU s of the analysis
    workers): on a shared machine the wall clock waits for other programs; the CPU says
    what two free cores would take at least, max(this, (this + workers) / 2)."""
    from import_csv import _workers_cpu, floor_seconds, make_file

    from clinicrep.importing import import_csv
    from clinicrep.model import Platform
    from clinicrep.store import open_database

    with tempfile.TemporaryDirectory(prefix="clinicrep-import-") as tmp:
        folder = Path(tmp)
        path = folder / "export.csv"
        make_file(path, rows)
        with open_database(folder / "ours.sqlite3") as db:
            started, cpu, workers = time.perf_counter(), time.process_time(), _workers_cpu()
            import_csv(db, path, source_name="Bench", platform=Platform.OTHER, analyse=True)
            ours = time.perf_counter() - started
            cpu, workers = time.process_time() - cpu, _workers_cpu() - workers
        raw = floor_seconds(path, folder / "raw.sqlite3")  # the same floor as import_csv.py
    return ours, raw, cpu, workers


def import_figures_pg(server: Any, rows: int, name: str) -> dict[str, float | None]:
    """The same import into a new database ``name`` on the PostgreSQL server (migrated
    before the clock starts, dropped after), beside its floor (``pg_bench.import_floor``, in
    ``name``_floor): wall s, CPU s of this process, of the analysis workers and of the server
    process that stored the rows (None for a server elsewhere), and the floor's wall and
    server CPU. Two free cores give at least max(this, (this + workers + server) / 2)."""
    from import_csv import _workers_cpu, make_file
    from pg_bench import backend_cpu, drop_database, import_floor, new_database

    from clinicrep.importing import import_csv
    from clinicrep.model import Platform
    from clinicrep.store import open_database

    with tempfile.TemporaryDirectory(prefix="clinicrep-import-pg-") as tmp:
        path = Path(tmp) / "export.csv"
        make_file(path, rows)
        target = new_database(server, name)
        try:
            with open_database(target, password=server.password) as db:
                pid = db.conn.info.backend_pid
                server_cpu = backend_cpu(pid)
                started, cpu, workers = time.perf_counter(), time.process_time(), _workers_cpu()
                import_csv(db, path, source_name="Bench", platform=Platform.OTHER, analyse=True)
                ours = time.perf_counter() - started
                cpu, workers = time.process_time() - cpu, _workers_cpu() - workers
                after = backend_cpu(pid) if db.conn.info.backend_pid == pid else None
        finally:
            drop_database(server, target)
        floor, floor_server = import_floor(server, path, f"{name}_floor")
    return {
        "wall": ours,
        "cpu": cpu,
        "workers": workers,
        "server": after - server_cpu if after is not None and server_cpu is not None else None,
        "floor": floor,
        "floor server": floor_server,
    }


def _seconds(value: float | None) -> str:
    return "?" if value is None else f"{value:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--no-import", action="store_true")
    parser.add_argument("--no-start", action="store_true")
    parser.add_argument(
        "--import-only",
        action="store_true",
        help="only the import figures (no store is built or copied to the server)",
    )
    parser.add_argument(
        "--store",
        choices=("sqlite", "pg", "both"),
        default="sqlite",
        help="pg: the same reviews copied into PostgreSQL (benchmarks/pg_bench.py)",
    )
    parser.add_argument(
        "--pg", help="postgresql://user:password@127.0.0.1:port/postgres (default: a new cluster)"
    )
    parser.add_argument(
        "--pg-import-db",
        default="clinicrep_import_bench",
        help="the database the PostgreSQL import figure makes and drops (and NAME_floor)",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(load())
    print(TARGETS)
    stores = {} if args.import_only else {size: ensure_store(args.dir, size) for size in sizes}
    server = None
    if args.store in ("pg", "both"):
        from pg_bench import bench_database, bench_server, memory_keyring

        memory_keyring()
        server = bench_server(args.pg)
        print(f"PostgreSQL: {server.describe()}; floor: raw psycopg on the same server")
    try:
        under_test: list[tuple[int, Store]] = []
        for size, path in stores.items():
            if args.store in ("sqlite", "both"):
                under_test.append((size, Store("SQLite", path)))
            if server is not None:
                target = bench_database(server, path, size)
                under_test.append((size, Store("PostgreSQL", target, server.password)))
        if stores:
            print(
                "model: typed -> rows in the model; painted: -> painted; floor: the raw query"
                " and its rows; floor painted: and those rows painted by a bare QTableView with"
                " a plain model; x: painted / floor painted (target <= 2); CPU: the GUI"
                " thread's, typed -> painted, beside the floor painted's (the same thread's)"
                " and their ratio: on a shared machine the clock waits for other programs too"
                " (ms)"
            )
            print(
                f"{'reviews':>9} {'store':<10} {'what':<30} {'model':>7} {'painted':>8}"
                f" {'floor':>7} {'floor painted':>13} {'x':>5} {'all ids':>8} {'CPU':>6}"
                f" {'floor CPU':>9} {'x CPU':>5}"
            )
        for size in stores:
            at_size = [store for s, store in under_test if s == size]
            for (
                name,
                what,
                first,
                painted,
                everything,
                floor,
                cpu,
                floor_painted,
                floor_cpu,
            ) in model_figures(at_size, args.repeat):
                ratio = painted / floor_painted if floor_painted else float("inf")
                cpu_ratio = cpu / floor_cpu if floor_cpu else float("inf")
                print(
                    f"{size:>9,} {name:<10} {what:<30} {first:7.2f} {painted:8.2f}"
                    f" {floor:7.2f} {floor_painted:13.2f} {ratio:5.1f} {everything:8.1f}"
                    f" {cpu:6.1f} {floor_cpu:9.1f} {cpu_ratio:5.1f}",
                    flush=True,
                )
        print(load())
    except BaseException:
        if server is not None:
            server.close()
        raise
    if server is not None and not args.no_start:
        for size, store in under_test:
            if store.name == "PostgreSQL":
                ours, raw, rss = start_figures_pg(store.where, 3 if size <= 100_000 else 1)
                print(
                    f"{size:>9,}  PostgreSQL start-up to first painted row: {ours:.2f} s"
                    f" (raw connect and read {raw:.2f} s); RSS after all reviews, scrolled"
                    f" to the end and the charts: {rss:.0f} MB"
                )
    if server is not None and not args.no_import:
        from clinicrep.analysis.parallel import worker_count

        try:
            for size in sizes:
                if size > 100_000:
                    continue
                workers = worker_count()
                found = import_figures_pg(server, size, args.pg_import_db)
                ratio = found["wall"] / found["floor"] if found["wall"] and found["floor"] else 0
                print(
                    f"{size:>9,}  PostgreSQL import with analysis: {found['wall']:.1f} s (floor:"
                    f" COPY into reviews, every index built after {found['floor']:.1f} s,"
                    f" {ratio:.1f}x; analysis processes: {workers}; CPU {found['cpu']:.1f} s"
                    f" here + {found['workers']:.1f} s in the workers +"
                    f" {_seconds(found['server'])} s the server's (the floor's"
                    f" {_seconds(found['floor server'])} s); {load()})",
                    flush=True,
                )
        except BaseException:
            server.close()
            raise
    if server is not None:
        server.close()
    if args.store == "pg":
        return 0
    for size, path in stores.items():
        if not args.no_start:
            ours, raw, rss = start_figures(path, 3 if size <= 100_000 else 1)
            print(
                f"{size:>9,}  start-up to first painted row: {ours:.2f} s (raw read {raw:.2f} s);"
                f" RSS after all reviews, scrolled to the end and the charts: {rss:.0f} MB"
            )
    for size in sizes:
        if not args.no_import and size <= 100_000:
            from clinicrep.analysis.parallel import worker_count

            # the pool takes the cores the load average leaves free (one: in this process)
            workers = worker_count()
            ours, raw, cpu, workers_cpu = import_figures(size)
            print(
                f"{size:>9,}  import with analysis: {ours:.1f} s"
                f" (raw insert + trigram index {raw:.1f} s, {ours / raw:.1f}x;"
                f" analysis processes: {workers}; CPU {cpu:.1f} s here"
                f" + {workers_cpu:.1f} s in the workers; {load()})"
            )
    print(load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
