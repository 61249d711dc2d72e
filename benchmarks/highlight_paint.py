"""The inbox's screen painted after a search, what the search found drawn two ways, in turns.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/highlight_paint.py \
        [--size 100000] [--rounds 30] [--words parking,zaparkować,停,парковка,p] [--dir DIR]

The window (1280x800, a working copy of ``make_store``'s store) on its opening view with each
word searched; its table's viewport is repainted by the inbox's delegate as it is
(``InboxDelegate``: the Review cell's line laid out with its matches formatted) and as it was
(an HTML document of the line, ``highlighted_html``), one after the other, ``--rounds``
times, each paint cold as after a keystroke (the delegate's kept lines and documents
dropped first) and then warm (drawn again from them). Printed: the GUI thread's CPU for each
paint, medians, and the differing pixels of the two (0: the same picture). One process, the
two ways in turns: the machine's load falls on both alike.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--words", default="parking,zaparkować,停,парковка,p")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    cached = ensure_store(args.dir, args.size)
    with tempfile.TemporaryDirectory(prefix="clinicrep-highlight-") as tmp:
        data = working_copy(cached, Path(tmp) / "data").parent
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        measure(data, args.words.split(","), args.rounds)
    return 0


def measure(data: Path, words: list[str], rounds: int) -> None:
    from PySide6.QtCore import QEventLoop, QRectF, QTimer
    from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
    from search_scale import load

    from clinicrep import paths
    from clinicrep.app import make_application
    from clinicrep.search_forms import match_spans
    from clinicrep.store import open_database
    from clinicrep.ui.inbox_delegate import InboxDelegate
    from clinicrep.ui.main_window import MainWindow
    from clinicrep.ui.search_highlight import highlighted_html

    class AsADocument(InboxDelegate):
        """The delegate as it drew what the search found before: an HTML document."""

        def _document(self, text):  # type: ignore[no-untyped-def,override]
            key = (text, self.query)
            if key in self._documents:
                return self._documents[key]
            document = None
            if match_spans(text, self.query):
                document = QTextDocument()
                document.setDefaultFont(self._font)
                document.setDocumentMargin(0)
                document.setHtml(highlighted_html(text, self.query))
            self._documents[key] = document  # type: ignore[assignment]
            return document

        def _draw_document(self, painter, document, area, pen):  # type: ignore[no-untyped-def,override]
            painter.save()
            painter.translate(
                area.left() + 3, area.top() + (area.height() - document.size().height()) / 2
            )
            painter.setClipRect(QRectF(0, 0, area.width() - 3, area.height()))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, pen)
            document.documentLayout().draw(painter, context)
            painter.restore()

    paths.set_data_dir(data)
    app = make_application()
    db = open_database(paths.db_path())
    window = MainWindow(db, sync_on_start=False)
    window.resize(1280, 800)
    window.show()
    for _ in range(30):
        app.processEvents()
    ours = window.table.itemDelegate()
    before = AsADocument(window.table, window.model.cells)
    viewport = window.table.viewport()

    def settle() -> None:
        while window.model.loading:
            app.processEvents()
        pause = QEventLoop()
        QTimer.singleShot(50, pause.quit)
        pause.exec()

    def paint(delegate: InboxDelegate, cold: bool) -> float:
        if cold:
            delegate._documents.clear()
            delegate._layouts.clear()
        started = time.thread_time()
        viewport.repaint()
        return (time.thread_time() - started) * 1000

    print(load(), "view: needs attention; GUI-thread CPU of one paint, ms (medians)")
    print(f"{'search':<12} {'cold doc':>9} {'cold now':>9} {'warm doc':>9} {'warm now':>9}  pixels")
    for word in words:
        window.search.setText(word)
        window.apply_filters()
        settle()
        before.query = ours.query
        times: dict[str, list[float]] = {"cd": [], "cn": [], "wd": [], "wn": []}
        for _ in range(rounds):
            for delegate, name in ((before, "d"), (ours, "n")):
                window.table.setItemDelegate(delegate)
                times["c" + name].append(paint(delegate, True))
                times["w" + name].append(paint(delegate, False))
        window.table.setItemDelegate(before)
        image_before = viewport.grab().toImage()
        window.table.setItemDelegate(ours)
        image_now = viewport.grab().toImage()
        differing = sum(
            1
            for y in range(image_now.height())
            for x in range(image_now.width())
            if image_now.pixel(x, y) != image_before.pixel(x, y)
        )
        cells = " ".join(f"{statistics.median(times[k]):9.2f}" for k in ("cd", "cn", "wd", "wn"))
        print(f"{word:<12} {cells}  {differing}", flush=True)
    print(load())
    window.close()
    db.close()


if __name__ == "__main__":
    sys.exit(main())
