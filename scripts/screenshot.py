"""Screenshots of the window on demo data, for the README and for looking at changes.

Run under a real X server: ``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python
scripts/screenshot.py --out docs/screenshots/inbox.png [--lang ru] [--theme dark] [--tab charts]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--tab", default="inbox", choices=["inbox", "charts"])
    parser.add_argument("--size", default="1280x760")
    parser.add_argument("--select", type=int, default=0, help="inbox row to select")
    parser.add_argument("--empty", action="store_true", help="no data: the welcome page")
    parser.add_argument(
        "--stale",
        action="store_true",
        help="as after an upgrade: the analysis is brought up to date",
    )
    args = parser.parse_args()

    from clinicrep import paths
    from clinicrep.app import make_application
    from clinicrep.demo.populate import populate
    from clinicrep.i18n import install_translators
    from clinicrep.store import open_database
    from clinicrep.ui.main_window import MainWindow
    from clinicrep.ui.theme import apply_theme

    folder = Path(tempfile.mkdtemp(prefix="clinicrep-shot-"))
    paths.set_data_dir(folder)
    app = make_application()
    install_translators(app, args.lang)
    apply_theme(args.theme)
    db = open_database(paths.db_path())
    if not args.empty:
        populate(db)
    if args.stale:
        with db.transaction():
            db.execute("UPDATE reviews SET analysed_with = 'older rules'")
    window = MainWindow(db, demo=not args.empty, update_analysis_after_ms=0 if args.stale else None)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if args.tab == "charts":
        window.tabs.setCurrentWidget(window.charts)
    else:
        window.select_row(args.select)

    def shoot() -> None:
        if args.tab == "charts" and (window.charts.loading or window.charts.data is None):
            QTimer.singleShot(200, shoot)
            return
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        print(args.out)
        app.quit()

    QTimer.singleShot(1500, shoot)
    app.exec()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
