"""One "PC" of a practice, for the two-process tests: ``python -m live.pc STORE NAME VERB ...``.

Each PC runs in its own process with its own data folder (CLINICREP_DATA_DIR: its config,
its logs, its workstation name) and its own keyring file; they share only the store: a
PostgreSQL URL or, for two windows of one PC, a SQLite file. Every line printed on stdout is
one JSON object, so the test reads what this PC saw, with the time it saw it.

Verbs:
  sync                    check for reviews (sync_all) and say what happened
  publish ID TEXT GO      wait for the file GO, then publish TEXT as the reply to review ID
  status ID STATUS        set a review's status (what the window's buttons do)
  window ID               the real window, watching review ID; commands on stdin:
                          "select", "type TEXT", "sync" (Sync now), "close"
"""

from __future__ import annotations

import json
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any


def say(**fields: Any) -> None:
    print(json.dumps({"t": time.time(), **fields}, ensure_ascii=False), flush=True)


def open_store(where: str) -> Any:
    from clinicrep.store import open_database

    if where.startswith("postgresql://"):
        from clinicrep.store.pg import PgTarget

        return open_database(PgTarget.from_url(where))
    return open_database(Path(where))


def give_keys(db: Any) -> None:
    """This PC's keyring holds the tokens of every Google source of the store (as after
    signing in on each PC)."""
    from clinicrep.model import SourceKind
    from clinicrep.secrets import default_store, source_owner
    from clinicrep.store.sources import list_sources
    from fakes.google_server import CLIENT_SECRET, REFRESH_TOKEN

    tokens = default_store()
    for source in list_sources(db):
        if source.kind == SourceKind.GOOGLE and source.id is not None:
            tokens.set(source_owner(source.id), "client_secret", CLIENT_SECRET)
            tokens.set(source_owner(source.id), "refresh_token", REFRESH_TOKEN)


def do_sync(db: Any) -> None:
    from clinicrep.secrets import default_store
    from clinicrep.sync import sync_all

    say(event="sync_started")
    try:
        report = sync_all(db, tokens=default_store())
    except Exception as e:  # the store went away: say which sentence the user would read
        from clinicrep.messages import user_message

        say(event="sync_failed", code=getattr(e, "code", type(e).__name__), message=user_message(e))
        return
    say(
        event="sync_done",
        busy_elsewhere=report.busy_elsewhere,
        inserted=report.inserted,
        errors=[r.error_code for r in report.failed],
    )


def do_publish(db: Any, review_id: int, text: str, go: Path) -> None:
    from clinicrep.publishing import publish_to_platform
    from clinicrep.store.replies import get_reply
    from clinicrep.store.reviews import get_review

    review = get_review(db, review_id)
    assert review is not None
    reply = get_reply(db, review_id)
    seen = reply.published_at if reply is not None else None  # what this PC's editor showed
    say(event="ready")
    while not go.exists():
        time.sleep(0.002)
    try:
        publish_to_platform(db, review, text, session=uuid.uuid4().hex, seen_published_at=seen)
    except Exception as e:
        from clinicrep.messages import user_message

        say(
            event="not_published",
            code=getattr(e, "code", type(e).__name__),
            message=user_message(e),
        )
    else:
        say(event="published")


def do_status(db: Any, review_id: int, status: str) -> None:
    from clinicrep.model import Status
    from clinicrep.store.reviews import set_status

    set_status(db, review_id, Status(status))
    say(event="status_set", status=status)


def do_window(db: Any, review_id: int) -> int:
    """The real window, watching one review; what it shows of it is printed as it changes."""
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    from clinicrep.i18n import install_translators
    from clinicrep.ui.inbox_model import Column
    from clinicrep.ui.main_window import MainWindow
    from clinicrep.ui.workers import wait_before_exit

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "en")
    window = MainWindow(db)
    window.show()
    # every review, not only those that need attention: a dismissed one stays in the list
    window.filters.view.setCurrentIndex(window.filters.view.findData("all"))

    class Commands(QObject):
        arrived = Signal(str)

    commands = Commands()

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.arrived.emit(line.rstrip("\n"))
        commands.arrived.emit("close")

    seen: dict[str, Any] = {}

    def look() -> None:
        row = window.model.row_of(review_id)
        status = None
        if row is not None:
            status = window.model.data(window.model.index(row, Column.STATUS))
        shown = {
            "status": status,
            "replying": window.editor.replying_note.text()
            if window.editor.replying_note.isVisibleTo(window)
            else "",
            "read_only": window.editor.text.isReadOnly(),
            "server_away": window.server_banner.isVisibleTo(window),
            "banner": window.server_banner.text(),
            "last_sync": window.last_sync.text(),
            "status_bar": window.statusBar().currentMessage(),
            "rows": window.model.rowCount(),
        }
        for key, value in shown.items():
            if seen.get(key, object()) != value:
                seen[key] = value
                say(event="shown", what=key, value=value)

    def run(command: str) -> None:
        verb, _, rest = command.partition(" ")
        if verb == "select":
            window.show_review(review_id)
        elif verb == "type":
            window.editor.text.setFocus()
            window.editor.text.insertPlainText(rest)
        elif verb == "sync":
            window.sync.sync_now()  # "Sync now"
        elif verb == "close":
            window.close()
            app.quit()
        say(event="done", command=verb)

    commands.arrived.connect(run)
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)

    def ready() -> None:
        look()
        say(event="ready")

    window.model.loaded.connect(lambda: None)
    QTimer.singleShot(300, ready)
    threading.Thread(target=read_stdin, daemon=True).start()
    try:
        return app.exec()
    finally:
        wait_before_exit()  # as the program does: no task may outlive the application


def main(argv: list[str]) -> int:
    where, name, verb, *rest = argv
    from clinicrep import workstation

    workstation.choose(name)
    db = open_store(where)
    try:
        give_keys(db)
        if verb == "sync":
            do_sync(db)
        elif verb == "publish":
            do_publish(db, int(rest[0]), rest[1], Path(rest[2]))
        elif verb == "status":
            do_status(db, int(rest[0]), rest[1])
        elif verb == "window":
            return do_window(db, int(rest[0]))
        else:
            raise SystemExit(f"unknown verb {verb!r}")
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
