"""How long the window's GUI thread stalls while another program holds the store for writing
and the user types a reply, then marks the review "in progress".

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src .venv/bin/python benchmarks/held_store_writes.py

A demo practice (SQLite) in a temporary folder; another connection takes BEGIN IMMEDIATE and
keeps it for ``--hold`` seconds while 40 letters are typed 25 ms apart, the draft's automatic
save comes, and Ctrl+2 is pressed. A 5 ms timer on the GUI thread records the longest gap
between its ticks (by the clock, and the GUI thread's CPU in that gap); then, after the lock
is released, how long until the draft and the status are in the store. Runs on any version
of the window (it only presses keys and reads the store).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = "Thank you for telling us; please call us. "


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", type=float, default=6.0, help="seconds the store is held")
    parser.add_argument(
        "--free", action="store_true", help="the same steps with the store not held (the floor)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(Path(folder) / name.lower())
        from clinicrep import paths

        paths.set_data_dir(Path(folder) / "data")
        measure(args.hold, held=not args.free)
    return 0


def measure(hold_s: float, *, held: bool = True) -> None:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from clinicrep import paths
    from clinicrep.app import make_application
    from clinicrep.demo.populate import populate
    from clinicrep.model import Status
    from clinicrep.store import open_database
    from clinicrep.store.replies import get_reply
    from clinicrep.store.reviews import get_review
    from clinicrep.ui.main_window import MainWindow

    make_application()
    db = open_database(paths.db_path())
    populate(db)
    window = MainWindow(db)
    window.show()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    while window.model.rowCount() < 2 or window.model.loading:
        wait(50)
    wait(3_000)  # after the first paint's work (the alerts check, the guard's word lists)
    window.select_row(0)
    wait(300)
    review_id = window.selected_review_id()
    assert review_id is not None
    longest = [0.0, 0.0, ""]  # by the clock, the GUI thread's CPU in that gap (ms), when
    phase = ["typing"]
    clock = QElapsedTimer()
    cpu = [time.thread_time()]

    def tick() -> None:
        gap = clock.restart()
        now = time.thread_time()
        if gap > longest[0]:
            longest[:] = [gap, (now - cpu[0]) * 1000, phase[0]]
        cpu[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    dialogs: list[str] = []  # a modal dialog (the old window's "Status not changed") is read

    def close_dialogs() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialogs.append(dialog.windowTitle())
            dialog.close()

    closer = QTimer()
    closer.setInterval(200)
    closer.timeout.connect(close_dialogs)
    closer.start()
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    if held:
        other.execute("BEGIN IMMEDIATE")
    held_at = time.perf_counter()
    clock.start()
    timer.start()
    window.editor.text.setFocus()
    window.editor.text.selectAll()
    for letter in TYPED:
        QTest.keyClick(window.editor.text, letter)
        wait(25)
    phase[0] = "the automatic save"
    wait(800)
    phase[0] = "the status (Ctrl+2)"
    window.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    phase[0] = "after the status"
    while time.perf_counter() - held_at < hold_s:
        wait(20)
    timer.stop()
    if held:
        other.execute("ROLLBACK")
    released = time.perf_counter()
    landed = None
    while time.perf_counter() - released < 30:
        reply = get_reply(db, review_id)
        status = get_review(db, review_id).status
        if reply is not None and reply.text == TYPED and status == Status.IN_PROGRESS:
            landed = time.perf_counter() - released
            break
        wait(20)
    other.close()
    print(
        f"longest GUI-thread gap while held: {longest[0]:.0f} ms by the clock "
        f"({longest[1]:.0f} ms of its CPU, {longest[2]}); both writes stored "
        + (f"{landed * 1000:.0f} ms after the release" if landed is not None else "NEVER")
        + f"; dialogs {dialogs}; load {os.getloadavg()[0]:.1f}"
    )
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
