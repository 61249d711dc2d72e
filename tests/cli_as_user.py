"""The command line as a practice runs it: `clinicrep --data-dir DIR …` in a process of its
own, under a system language (LANG), for the tests that read what it says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_as_user(data_dir: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`clinicrep --data-dir DATA_DIR ARGS` under the system language ``lang``."""
    env = dict(
        os.environ,
        LANG=lang,
        LC_ALL="",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(Path("src").resolve()),
    )
    return subprocess.run(
        [sys.executable, "-m", "clinicrep", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
