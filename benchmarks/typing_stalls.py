"""How long the GUI thread stalls while a user types a search into a big inbox.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/typing_stalls.py STORE.sqlite3
    ... typing_stalls.py --store pg [--pg postgresql://postgres@127.0.0.1:PORT/postgres]
    ... typing_stalls.py --store both     (the cached 100,000-review store, then its copy
                                           on PostgreSQL: benchmarks/pg_bench.py)

A 5 ms timer on the GUI thread records the gaps between its ticks while ten searches are
typed 150 ms apart (p ... parking, then 停车) into ``InboxModel(background=True)``: a gap
past 5 ms is time the GUI thread could not answer (a first screen read here, a model
reset, the query thread holding the GIL).

    ... typing_stalls.py --editor   (the reply editor: a 1 MB reply pasted into a complaint's
                                     reply, then five letters typed 150 ms apart; the same
                                     timer's gaps until its check has been shown)
    ... typing_stalls.py --checklist (no window: a complaint's guard and checklist over the
                                     1 MB paste on a thread, their CPU, and the longest time
                                     a watcher thread waited for the interpreter meanwhile)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = ("p", "pa", "par", "park", "parki", "parkin", "parking", "", "停", "停车")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="a SQLite store (default: make_store's)")
    parser.add_argument("--store", choices=("sqlite", "pg", "both"), default="sqlite")
    parser.add_argument("--pg", help="postgresql://user:password@127.0.0.1:port/postgres")
    parser.add_argument("--editor", action="store_true", help="the reply editor, a 1 MB paste")
    parser.add_argument(
        "--checklist", action="store_true", help="the 1 MB checklist's CPU and GIL holds"
    )
    args = parser.parse_args()
    if args.checklist:
        measure_checklist()
        return 0
    if args.editor:
        measure_editor()
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_store import DEFAULT_DIR, ensure_store

    path = args.path or ensure_store(DEFAULT_DIR)
    if args.store in ("sqlite", "both"):
        measure("SQLite", path)
    if args.store in ("pg", "both"):
        from pg_bench import bench_database, bench_server, memory_keyring

        memory_keyring()
        server = bench_server(args.pg)
        try:
            target = bench_database(server, path, count_in(path))
            measure("PostgreSQL", target, server.password)
        finally:
            server.close()
    return 0


def count_in(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])


def measure(name: str, where: object, password: str | None = None) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from clinicrep.app import make_application
    from clinicrep.store import open_database
    from clinicrep.store.inbox import ReviewQuery
    from clinicrep.ui.inbox_model import InboxModel

    make_application()
    if isinstance(where, Path):
        db = open_database(where, defer_check=True)
    else:
        db = open_database(where, password=password)  # type: ignore[arg-type]
    model = InboxModel(db, background=True)
    model.set_query(ReviewQuery(sort="created"))
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    spin(3000)  # the first query's rest of the ids
    gaps.clear()
    last[0] = time.perf_counter()
    for typed in TYPED:
        model.set_query(ReviewQuery(sort="created", search=typed))
        spin(150)  # a quick typist
    while model.loading:
        spin(50)
    gaps.sort()
    print(
        f"{name}: GUI timer gaps over {len(gaps)} ticks: median {gaps[len(gaps) // 2]:.1f} ms,"
        f" 99th {gaps[int(len(gaps) * 0.99)]:.1f} ms, max {gaps[-1]:.1f} ms;"
        f" load average {os.getloadavg()[0]:.1f}"
    )
    model.close()
    db.close()


PASTE = "Thank you for your kind words, we shared them with the team. " * 17_000


def measure_checklist() -> None:
    """The guard and a complaint's checklist over the 1 MB paste, on a thread as in the editor,
    while a watcher thread asks for the interpreter every millisecond: the longest it waited
    is how long the window would freeze (the re module never lets go of it during a scan)."""
    import threading
    from datetime import UTC, datetime, timedelta

    from clinicrep.guidelines.checklists import ReplyContext, evaluate_checklist
    from clinicrep.guidelines.confidentiality import guard_reply, prepare_guidelines
    from clinicrep.guidelines.kinds import ReplyKind
    from clinicrep.model import Review
    from clinicrep.settings import Settings

    sys.setswitchinterval(0.001)  # as the application sets it
    prepare_guidelines(["en"])
    review = Review(
        source_id=1,
        external_id="1",
        created_at=datetime.now(UTC) - timedelta(hours=3),
        author="Maria Gonzalez",
        rating=1,
        text="I waited for an hour and nobody told me why.",
    )
    text = PASTE + "Your biopsy was clear."
    settings = Settings(contact_phone="+48 22 123 45 67", contact_email="office@clinic.example")
    cpu: dict[str, float] = {}
    longest = [0.0]
    done = threading.Event()

    def watch() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.001)
            now = time.perf_counter()
            longest[0] = max(longest[0], now - last)
            last = now

    def check() -> None:
        started = time.thread_time()
        findings = guard_reply(text, review, settings)
        cpu["guard"] = time.thread_time() - started
        started = time.thread_time()
        context = ReplyContext(settings=settings, findings=findings)
        evaluate_checklist(ReplyKind.COMPLAINT, text, review, context=context)
        cpu["checklist"] = time.thread_time() - started
        done.set()

    watcher = threading.Thread(target=watch)
    worker = threading.Thread(target=check)
    watcher.start()
    worker.start()
    worker.join()
    watcher.join()
    print(
        f"1 MB paste, a complaint: guard {cpu['guard']:.2f} s, checklist {cpu['checklist']:.2f} s"
        f" of CPU; longest wait of a watcher thread for the interpreter {longest[0] * 1000:.0f} ms;"
        f" load average {os.getloadavg()[0]:.1f}"
    )


def measure_editor() -> None:
    """The GUI timer's gaps while a 1 MB reply is pasted and typed on: the guard and the
    checklist of each edit (2 s of CPU for a complaint's checklist on this text)."""
    import tempfile
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QTextCursor

    with tempfile.TemporaryDirectory() as folder:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(Path(folder) / name.lower())
        from clinicrep import paths

        paths.set_data_dir(Path(folder) / "data")
        from clinicrep.app import make_application
        from clinicrep.guidelines.confidentiality import prepare_guidelines
        from clinicrep.model import Platform, Review, Source, SourceKind
        from clinicrep.settings import Settings
        from clinicrep.store import open_database
        from clinicrep.store.reviews import get_review, upsert_reviews
        from clinicrep.store.sources import add_source
        from clinicrep.ui.reply_editor import ReplyEditor

        make_application()
        db = open_database(paths.db_path())
        source = add_source(
            db, Source(kind=SourceKind.MANUAL, name="Maps", platform=Platform.GOOGLE)
        )
        review = Review(
            source_id=source.id or 0,
            external_id="1",
            created_at=datetime.now(UTC) - timedelta(hours=3),
            author="Maria Gonzalez",
            rating=1,
            text="I waited for an hour and nobody told me why.",
        )
        upsert_reviews(db, [review])
        prepare_guidelines(["en"])  # compiled before, as the window does after its first paint
        editor = ReplyEditor(db, Settings())
        editor.resize(900, 700)
        editor.show()
        editor.show_review(get_review(db, review.id or 0))
        ticks: list[tuple[float, float]] = []  # (the tick before, this one)
        edits: list[tuple[float, float]] = []  # when the text itself was being changed
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            ticks.append((last[0], now))
            last[0] = now

        def spin(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        def edit(change: object) -> None:
            began = time.perf_counter()
            change()  # type: ignore[operator]
            edits.append((began, time.perf_counter()))

        def at_end(letter: str) -> None:
            cursor = editor.text.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(letter)

        spin(300)
        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(5)
        started = time.perf_counter()
        edit(lambda: editor.text.setPlainText(PASTE + "Your biopsy was clear."))
        for letter in "Anna.":
            spin(150)
            edit(lambda letter=letter: at_end(letter))
        spin(200)
        while editor.checking or editor._check_timer.isActive():
            spin(20)
        spin(100)
        took = time.perf_counter() - started
        timer.stop()
        # a gap holding one of the edits is Qt laying out the 1 MB paragraph (the typing's own
        # cost, whatever is checked after it); the others are the checks' and the rest's
        apart = sorted(
            (now - before) * 1000
            for before, now in ticks
            if not any(before <= began and end <= now for began, end in edits)
        )
        every = sorted((now - before) * 1000 for before, now in ticks)
        typed = [(end - began) * 1000 for began, end in edits]
        print(
            f"reply editor, 1 MB paste and 5 letters: GUI timer gaps over {len(every)} ticks:"
            f" max {every[-1]:.0f} ms; without the edits themselves (paste"
            f" {typed[0]:.0f} ms, letters up to {max(typed[1:]):.0f} ms): median"
            f" {apart[len(apart) // 2]:.1f} ms, 99th {apart[int(len(apart) * 0.99)]:.0f} ms,"
            f" max {apart[-1]:.0f} ms, over 100 ms {sum(g > 100 for g in apart)};"
            f" checked in {took:.1f} s; findings {len(editor.findings)},"
            f" checklist items {len(editor.checklist)}; load average {os.getloadavg()[0]:.1f}"
        )
        editor.closed = True
        db.close()


if __name__ == "__main__":
    sys.exit(main())
