"""The shared database server goes away while the receptionist types a reply, and she closes
the window: her reply waits in the window's write queue, the window closes saying that it is
kept on this PC, and the next start stores it once the server is back (nothing typed is lost;
it used to ask her to keep the window open or lose the reply)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from clinicrep.store import open_database
from clinicrep.store.pg import PgTarget, connect
from clinicrep.store.replies import get_reply
from pg_cluster import Cluster, start_cluster
from ui.dialogs import answer_next_dialog

TYPED = "Thank you, Sophie. We are sorry about the wait; please call us so we can talk it over."


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    server = start_cluster()
    try:
        yield server
    finally:
        server.remove()


def test_closing_while_the_server_is_away_keeps_the_typed_reply_for_the_next_start(
    qtbot: Any, cluster: Cluster, data_dir: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clinicrep.demo.populate import populate
    from clinicrep.ui import write_queue
    from clinicrep.ui.main_window import MainWindow

    monkeypatch.setattr(write_queue, "CLOSE_WAIT_MS", 1_000)
    admin = PgTarget.from_url(cluster.url)
    with connect(admin) as conn:
        conn.execute("CREATE DATABASE practice")
        # a commit is on disk when it returns, as on a practice's server (the default): the
        # test clusters commit asynchronously (tests/pg_cluster.py), and a crash within about
        # 0.6 s of the demo's last commit lost every review it wrote (the reply's review
        # then "is not present in table reviews", the save failed and the window stayed)
        conn.execute("ALTER DATABASE practice SET synchronous_commit = on")
    target = replace(admin, dbname="practice")
    db = open_database(target)
    populate(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 1)
    window.select_row(1)
    review_id = window.selected_review_id()
    assert review_id is not None
    cluster.stop("immediate")
    window.editor.text.setFocus()
    window.editor.text.selectAll()
    window.editor.text.insertPlainText(TYPED)
    told = answer_next_dialog("OK", timeout_s=30)
    window.close()
    assert told.pressed and told.title == "Changes saved at the next start"
    assert told.text.startswith("The shared database server did not answer"), told.text
    assert "nothing you typed or chose is lost" in told.text
    assert window.closed
    assert window.writes.journal.exists()
    db.close()

    cluster.start()
    db = open_database(target)
    again = MainWindow(db)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: get_reply(db, review_id) is not None, timeout=30_000)
    assert get_reply(db, review_id).text == TYPED
    qtbot.waitUntil(lambda: not again.writes.journal.exists())
    again.close()
    db.close()
