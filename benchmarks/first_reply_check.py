"""The first reply check of the day: how long "Publish" stays off for the review the window
shows first, in a process just started (the reply checks' word lists not compiled yet).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/first_reply_check.py [--lang ru]
        [--repeat 3] [--src /work/main/src] [--cache both|cold|warm]

Each run is a child process: a store with one review in ``--lang`` (the practice's reply
language), the window as ``app.py`` opens it (the word lists compile on the checks' thread after
the first paint), then the time from the window's show to the first paint, and to the moment
"Publish" is on for that review with its check done (a site without an API: its "Copy"). A
reply typed into a review in a language not compiled yet is the same wait (its check compiles
it). ``--src`` measures another checkout (main) in the same minutes.

``--cache``: "cold" starts each run with an empty data folder, so without the guard's tables
kept from an earlier start (the first start after an install or an upgrade); "warm" runs in
one data folder that an unmeasured start filled first (every later start); "both" (the
default) prints the two.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXTS = {
    "en": "I waited an hour past my appointment and nobody told me why.",
    "ru": "Ждала приёма больше часа, никто ничего не объяснил.",
    "uk": "Чекала на прийом понад годину, ніхто нічого не пояснив.",
    "pl": "Czekałam na wizytę ponad godzinę i nikt nic nie wyjaśnił.",
    "zh": "预约了还是等了一个多小时，没有人解释原因。",
}

CHILD = r"""
import json, os, sys, time
started = time.perf_counter()
from datetime import UTC, datetime, timedelta
from PySide6.QtWidgets import QApplication
from clinicrep import paths
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.settings import Settings, save_settings
from clinicrep.store import open_database
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source

lang, text, folder = sys.argv[1], sys.argv[2], sys.argv[3]
paths.set_data_dir(folder)
app = QApplication([])
db = open_database(paths.db_path())
save_settings(db, Settings(practice_name="Family Clinic", reply_languages=[lang],
                           practice_country="other"))
source = add_source(db, Source(kind=SourceKind.MANUAL, name="Google", platform=Platform.GOOGLE))
upsert_reviews(db, [Review(source_id=source.id, external_id="r1", author="Maria",
    created_at=datetime.now(UTC) - timedelta(hours=2), rating=2, text=text)])

from clinicrep import app as app_module
from clinicrep.ui.main_window import MainWindow

t0 = time.perf_counter()
window = MainWindow(db)
window.first_paint.later(lambda: app_module._load_guidelines_in_background(app, [lang]))
window.show()
times = {}
window.first_paint.later(lambda: times.setdefault("paint", time.perf_counter() - t0))
editor = window.editor
checked = []
# the end of every check: _show_evaluation on the GUI thread and the worker's result both end
# in _apply_evaluation (the worker's path never called _show_evaluation: the run timed out)
applied = editor._apply_evaluation
editor._apply_evaluation = lambda *a: (checked.append(1), applied(*a))

def poll():
    # the review's check done and its reply may go out (a site without an API: Copy)
    if checked and not editor.checking and editor.copy_button.isEnabled():
        times["publish"] = time.perf_counter() - t0
        app.quit()
        return
    if time.perf_counter() - t0 > 60:
        app.quit()
        return
    QTimer.singleShot(5, poll)

from PySide6.QtCore import QTimer
QTimer.singleShot(0, poll)
app.exec()
print(json.dumps(times))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="ru", choices=sorted(TEXTS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--src", default=str(ROOT / "src"), help="the code to measure")
    parser.add_argument("--cache", default="both", choices=("both", "cold", "warm"))
    args = parser.parse_args()
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=args.src, PYTHONDONTWRITEBYTECODE="1"
    )
    with open("/proc/loadavg", encoding="ascii") as load:
        print(f"load: {load.read().split()[:3]}")
    for cache in ("cold", "warm") if args.cache == "both" else (args.cache,):
        paints, publishes = _measure(args, env, cache)
        with open("/proc/loadavg", encoding="ascii") as load:
            print(f"load: {load.read().split()[:3]}")
        print(
            f"{args.lang}, {cache} cache: first paint {statistics.median(paints) * 1000:.0f} ms, "
            f"Publish on for the first review {statistics.median(publishes) * 1000:.0f} ms "
            f"(median of {args.repeat}; worst {max(publishes) * 1000:.0f} ms)"
        )


def _run(args: argparse.Namespace, env: dict[str, str], folder: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, args.lang, TEXTS[args.lang], folder],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    times: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return times


def _measure(
    args: argparse.Namespace, env: dict[str, str], cache: str
) -> tuple[list[float], list[float]]:
    paints, publishes = [], []
    with tempfile.TemporaryDirectory() as shared:
        if cache == "warm":
            _run(args, env, shared)  # the start that stores the tables
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as own:
                times = _run(args, env, shared if cache == "warm" else own)
            if "publish" not in times:
                sys.exit("the first review's check did not end within 60 s")
            paints.append(times["paint"])
            publishes.append(times["publish"])
    return paints, publishes


if __name__ == "__main__":
    main()
