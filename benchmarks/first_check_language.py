"""The first check in a language the desk has not met yet: a Polish desk's window opens on an
inbox holding a review in each language; soon after the first paint she opens the review in
``--lang``, reads it for ``--read`` seconds and types a reply. How long from her keystroke to
the check's findings painted (the checklist says "Checking the reply…" meanwhile), wall and
the process's CPU, in a process just started.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/first_check_language.py
        [--lang uk zh] [--repeat 3] [--open 1] [--read 3] [--cache both|cold|warm]
        [--src /work/main/src]

The floor, in the same run: her next keystroke in that review (everything it needs compiled:
what a check costs once warm). ``--cache cold`` starts with an empty data folder (the first
start after an install or an upgrade: the guard's tables are built); ``warm`` with the tables
kept by an earlier start. ``--src`` measures another checkout (main) in the same minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from first_reply_check import TEXTS  # the same reviews

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "ru", "uk", "pl", "zh")

CHILD = r"""
import json, sys, time
from datetime import UTC, datetime, timedelta
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from clinicrep import paths
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.settings import Settings, save_settings
from clinicrep.store import open_database
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source

lang, folder, opened, read = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
TEXTS = json.loads(sys.argv[5])  # one review a language
REPLY = {"en": "Thank you", "ru": "Спасибо", "uk": "Дякуємо", "pl": "Dziękujemy", "zh": "谢谢您"}
paths.set_data_dir(folder)
app = QApplication([])
db = open_database(paths.db_path())
save_settings(db, Settings(practice_name="Family Clinic", reply_languages=["pl"],
                           practice_country="other"))
source = add_source(db, Source(kind=SourceKind.MANUAL, name="Google", platform=Platform.GOOGLE))
now = datetime.now(UTC)
upsert_reviews(db, [
    Review(source_id=source.id, external_id=f"r{code}", author="Maria",
           created_at=now - timedelta(hours=2 + i), rating=2, text=TEXTS[code],
           language_hint=code)
    for i, code in enumerate(["pl", "en", "ru", "uk", "zh"])
])

from clinicrep import app as app_module
from clinicrep.ui.main_window import MainWindow

window = MainWindow(db)
inbox = getattr(window, "inbox_languages", None)  # an older checkout warms up without it
window.first_paint.later(lambda: app_module._load_guidelines_in_background(
    app, ["pl"], *([inbox()] if inbox else [])))
window.show()
editor = window.editor
painted = []
apply = editor._apply_evaluation  # the findings and the checklist painted
editor._apply_evaluation = lambda *a: (painted.append(time.perf_counter()), apply(*a))
times = {}
typed = {}

def open_review():
    row = next(r for r in range(window.model.rowCount())
               if window.model.review_at(r).language_hint == lang)
    window.select_row(row)
    QTimer.singleShot(int(read * 1000), lambda: type_reply("first"))

def type_reply(name):
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    typed[name] = (time.perf_counter(), time.process_time())
    editor.text.insertPlainText(REPLY[lang] if name == "first" else "!")  # an input method
    QTimer.singleShot(0, lambda: wait(name))

def wait(name):
    wall0, cpu0 = typed[name]
    if not editor.checking and painted and painted[-1] >= wall0:
        times[name] = (painted[-1] - wall0, time.process_time() - cpu0)
        if name == "first":
            QTimer.singleShot(300, lambda: type_reply("floor"))
        else:
            app.quit()
        return
    if time.perf_counter() - wall0 > 120:
        app.quit()
        return
    QTimer.singleShot(5, lambda: wait(name))

window.first_paint.later(lambda: QTimer.singleShot(int(opened * 1000), open_review))
app.exec()
print(json.dumps(times))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["uk", "zh"], choices=LANGUAGES)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--open", type=float, default=1.0, help="seconds after the first paint")
    parser.add_argument("--read", type=float, default=3.0, help="seconds before she types")
    parser.add_argument("--src", default=str(ROOT / "src"), help="the code to measure")
    parser.add_argument("--cache", default="both", choices=("both", "cold", "warm"))
    args = parser.parse_args()
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=args.src, PYTHONDONTWRITEBYTECODE="1"
    )
    print(f"load: {_load()}; {args.src}; open {args.open} s after the paint, read {args.read} s")
    with tempfile.TemporaryDirectory() as kept:
        for cache in ("cold", "warm") if args.cache == "both" else (args.cache,):
            if cache == "warm":  # an earlier start that kept every language's tables
                _keep_tables(env, kept)
            for lang in args.lang:
                runs = []
                for _ in range(args.repeat):
                    with tempfile.TemporaryDirectory() as own:
                        if cache == "warm":
                            shutil.copytree(Path(kept, "cache"), Path(own, "cache"))
                        runs.append(_run(args, env, lang, own, read=args.read))
                first = [r["first"] for r in runs]
                floor = [r["floor"] for r in runs]
                print(
                    f"{lang}, {cache}: first check {_ms(first, 0)} ms wall, {_ms(first, 1)} ms CPU;"
                    f" floor (next keystroke) {_ms(floor, 0)} ms wall, {_ms(floor, 1)} ms CPU"
                    f" (median of {args.repeat}; worst first {max(f[0] for f in first):.1f} s;"
                    f" load {_load()})"
                )


def _ms(runs: list[list[float]], which: int) -> str:
    return f"{statistics.median(r[which] for r in runs) * 1000:.0f}"


def _load() -> str:
    with open("/proc/loadavg", encoding="ascii") as load:
        return " ".join(load.read().split()[:3])


def _keep_tables(env: dict[str, str], folder: str) -> None:
    """What an earlier start leaves in the cache folder: every language's tables."""
    subprocess.run(
        [sys.executable, "-c", KEEP_TABLES, folder], env=env, check=True, capture_output=True
    )


KEEP_TABLES = (
    "import sys; from clinicrep import paths; paths.set_data_dir(sys.argv[1]); "
    "from clinicrep.guidelines.confidentiality import LANGUAGES, prepare_guidelines; "
    "prepare_guidelines(LANGUAGES)"
)


def _run(
    args: argparse.Namespace, env: dict[str, str], lang: str, folder: str, *, read: float
) -> dict[str, list[float]]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, lang, folder, str(args.open), str(read), json.dumps(TEXTS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    times: dict[str, list[float]] = json.loads(out.stdout.strip().splitlines()[-1])
    if "floor" not in times:
        raise SystemExit(f"{lang}: no check painted within two minutes")
    return times


if __name__ == "__main__":
    main()
