"""A search typed into the real window: typed -> its rows painted, beside the floor.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/window_keystroke.py \
        [--size 100000] [--repeat 5] [--words 停,parking,p,zaparkować,парковка] [--dir DIR]
        [--view all|attention]

``search_scale.py`` measures the inbox model and a bare table view; this is the whole
``MainWindow`` (1280x800, on a working copy of ``make_store``'s store; every review, newest
first, as the floor's statement reads them, or with ``--view attention`` the window's opening
view, the open reviews most urgent first, beside that view's own floor): the search box's
debounce fires (``apply_filters``) and the figure ends when the table has painted the new
query's rows (the first paint of its viewport after the model's reset). Printed for each word,
as medians of ``--repeat`` keystrokes (each after another search, so that every one is new):
that time by the clock and the GUI thread's CPU for it (on a shared machine the clock waits
for other programs too), the GUI thread's CPU until the window is idle again (the review shown
in the pane, the rest of the ids in, their rows inserted and painted), and the floor: raw
SQLite's fastest statement for the word's first 64 rows in that view
(``search_scale.raw_search`` / ``raw_attention_search``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import DEFAULT_DIR, ensure_store, working_copy

WORDS = "停,parking,p,zaparkować,парковка"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--words", default=WORDS)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--view", choices=("all", "attention"), default="all")
    args = parser.parse_args()
    cached = ensure_store(args.dir, args.size)
    with tempfile.TemporaryDirectory(prefix="clinicrep-keystroke-") as tmp:
        data = working_copy(cached, Path(tmp) / "data").parent
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        measure(data, args.words.split(","), args.repeat, cached, args.view)
    return 0


def measure(data: Path, words: list[str], repeat: int, cached: Path, view: str) -> None:
    import sqlite3

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from search_scale import load, median_ms, raw_attention_search, raw_search

    from clinicrep import paths
    from clinicrep.app import make_application
    from clinicrep.store import open_database
    from clinicrep.ui.main_window import MainWindow

    paths.set_data_dir(data)
    app = make_application()
    db = open_database(paths.db_path())
    window = MainWindow(db, sync_on_start=False)
    window.resize(1280, 800)
    window.show()
    for _ in range(30):
        app.processEvents()
    # "all": every review, newest first (raw_search's query); "attention": the view the
    # window opens on, as it opens (raw_attention_search's query)
    from PySide6.QtCore import Qt

    from clinicrep.ui.inbox_model import Column

    if view == "all":
        window.filters.view.setCurrentIndex(window.filters.view.findData("all"))
        window.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
    for _ in range(30):
        app.processEvents()
    floor_of = raw_search if view == "all" else raw_attention_search
    viewport = window.table.viewport()

    class Painted(QObject):
        """The first paint of the table after the model's reset: handled here, timed."""

        def __init__(self) -> None:
            super().__init__()
            self.after_reset = self.armed = False
            self.mark = (0.0, 0.0)
            self.loop: QEventLoop | None = None

        def reset(self) -> None:
            if self.after_reset:
                self.after_reset, self.armed = False, True

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not (self.armed and event.type() == QEvent.Type.Paint):
                return False
            self.armed = False
            watched.removeEventFilter(self)
            QApplication.sendEvent(watched, event)  # the paint itself, then the time
            self.mark = (time.perf_counter(), time.thread_time())
            watched.installEventFilter(self)
            if self.loop is not None:
                QTimer.singleShot(0, self.loop.quit)
            return True

    class Paints(QObject):
        """Every paint of the table (issue 22: a second one, the same pixels, after the rest
        of the ids came below the screen, about every other keystroke)."""

        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    paints = Paints()
    viewport.installEventFilter(paints)  # first: it sees the paint Painted sends itself
    painted = Painted()
    viewport.installEventFilter(painted)
    window.model.modelReset.connect(painted.reset)

    def idle() -> None:
        if window.model.loading:
            loop = QEventLoop()
            window.model.loaded.connect(loop.quit)
            if window.model.loading:
                loop.exec()
            window.model.loaded.disconnect(loop.quit)
        pause = QEventLoop()
        QTimer.singleShot(80, pause.quit)
        pause.exec()

    def keystroke(word: str) -> tuple[float, float, float, int]:
        idle()
        paints.count = 0
        window.search.blockSignals(True)  # as typed, its debounce fired: apply_filters
        window.search.setText(word)
        window.search.blockSignals(False)
        painted.loop, painted.after_reset = QEventLoop(), True
        started, cpu = time.perf_counter(), time.thread_time()
        window.apply_filters()
        QTimer.singleShot(5000, painted.loop.quit)  # a search that shows no table
        painted.loop.exec()
        wall, to_paint = painted.mark[0] - started, painted.mark[1] - cpu
        idle()  # the pane, the rest of the ids and their paint: until the window is idle
        return wall * 1000, to_paint * 1000, (time.thread_time() - cpu) * 1000, paints.count

    conn = sqlite3.connect(cached)
    print(load(), f"view: {view}")
    print(
        f"{'search':<12} {'painted':>8} {'CPU':>6} {'floor':>6} {'x':>5}"
        f" {'CPU to idle':>12} {'paints':>6}   (ms; medians of {repeat}; paints: all of them)"
    )
    for word in words:
        runs = []
        for _ in range(repeat):
            keystroke("a")  # another search first: each keystroke is a new one
            runs.append(keystroke(word))
        floor = median_ms(floor_of(conn, word), repeat)
        wall, cpu, busy = (statistics.median(r[i] for r in runs) for i in range(3))
        count = sum(r[3] for r in runs)
        print(
            f"{word:<12} {wall:8.1f} {cpu:6.1f} {floor:6.2f} {wall / floor:5.1f} {busy:12.1f}"
            f" {count:6d}",
            flush=True,
        )
    print(load())
    conn.close()
    window.close()
    db.close()


if __name__ == "__main__":
    sys.exit(main())
