"""The reply checks' rule packs, compiled after the first paint, are moved out of the garbage
collector's way as the start-up's objects are (app.settle_heap): every full pass of the
collector holds the interpreter, the window's thread too, and walked all of them (five
languages: 100,000-180,000 objects, 40-110 ms a pass)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import clinicrep

COMPILE = r"""
import gc, json, sys
from clinicrep import app
from clinicrep.guidelines.confidentiality import LANGUAGES

app.settle_heap()  # the window, once built
app._prepare_languages(tuple(LANGUAGES[:2]), None)
for code in LANGUAGES:
    app._compile_language(code, None)
gc.collect()
json.dump({"frozen": gc.get_freeze_count(), "walked": len(gc.get_objects())}, sys.stdout)
"""


def test_the_compiled_rule_packs_are_not_walked_by_a_full_collection(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        PYTHONPATH=str(Path(clinicrep.__file__).resolve().parents[1]),
        CLINICREP_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    done = subprocess.run(
        [sys.executable, "-c", COMPILE], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    # five languages' rule packs: some 100,000 objects frozen, a full pass walks a few
    assert counts["frozen"] > 50_000
    assert counts["walked"] < counts["frozen"] // 10
