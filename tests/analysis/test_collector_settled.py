"""The word lists an analysis loads are moved out of the garbage collector's way.

They live as long as the process (a few hundred thousand objects once four languages were
read), and every full pass of the cyclic collector walked them all: a fifth of an import's
analysis. After the import below, in a fresh process as the program runs one, most objects
are frozen (``gc.freeze``, lexicon.settle) and a full pass walks only the rest.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import clinicrep

IMPORT = r"""
import gc, json, sys, tempfile
from pathlib import Path
from clinicrep.importing import import_csv
from clinicrep.model import Platform
from clinicrep.store import open_database

texts = [
    "Доктор внимательно выслушал, всё объяснил. Но ждать пришлось почти час.",
    "Bardzo miła obsługa w rejestracji, lekarz konkretny i rzeczowy.",
    "医生很耐心，服务很好，就是排队时间有点长。",
    "Rude receptionist, and nobody called me back about my results.",
    "Лікар уважний, але черга довга і ніхто не відповідає на дзвінки.",
]
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Date;Author;Rating;Review\n")
        for i in range(200):
            out.write(f'{1 + i % 28:02d}.03.2026;Patient {i};{1 + i % 5};"{texts[i % 5]} #{i}"\n')
    with open_database(Path(tmp) / "store.sqlite3") as db:
        result = import_csv(db, path, source_name="Export", platform=Platform.OTHER, analyse=True)
    gc.collect()
    json.dump({"frozen": gc.get_freeze_count(), "walked": len(gc.get_objects())}, sys.stdout)
"""


def test_an_import_leaves_the_word_lists_frozen_and_a_full_collection_walks_few_objects(
    tmp_path: Path,
) -> None:
    env = dict(
        os.environ,
        PYTHONPATH=str(Path(clinicrep.__file__).resolve().parents[1]),
        CLINICREP_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [sys.executable, "-c", IMPORT], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    # five languages' lexicons: about 230,000 objects, none of them walked by a full pass
    assert counts["frozen"] > 200_000, counts
    assert counts["walked"] < counts["frozen"] / 3, counts
