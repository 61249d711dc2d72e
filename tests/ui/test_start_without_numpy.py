"""The window's first screen waits for no numpy (0.3 s of CPU on either store): the guard's
learned reader, which needs it, is imported at the first reply check, on its worker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

START = r"""
import sys
from clinicrep.app import make_application
from clinicrep.store import open_database
from clinicrep.ui.main_window import MainWindow

app = make_application()
db = open_database(sys.argv[1])
window = MainWindow(db)
window.show()
window.repaint()  # the first screen, painted
print("numpy imported:", "numpy" in sys.modules, flush=True)
window.close()
"""


def test_the_window_paints_its_first_screen_without_importing_numpy(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[2] / "src"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(src),
        CLINICREP_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "xdg"),
    )
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "clinicrep.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "numpy imported: False" in done.stdout, done.stdout + done.stderr[-2000:]
