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
    parser.add_argument(
        "--range",
        default="",
        help="the charts' period: 30d, 90d, 365d, month (last calendar month), all",
    )
    parser.add_argument("--size", default="1280x760")
    parser.add_argument("--select", type=int, default=0, help="inbox row to select")
    parser.add_argument("--empty", action="store_true", help="no data: the welcome page")
    parser.add_argument(
        "--stale",
        action="store_true",
        help="as after an upgrade: the analysis is brought up to date",
    )
    parser.add_argument(
        "--locations",
        default="",
        help="comma-separated location names: the demo's sources are shared out among them "
        "and the inbox shows the first",
    )
    parser.add_argument(
        "--approval",
        choices=["", "owner", "staff"],
        default="",
        help="approval on; this PC is the owner's (a reply from the desk waits) or the "
        "desk's (the owner sent the reply back with a comment)",
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
    places = _share_out_locations(db, args.locations) if args.locations else []
    waiting = _reply_in_approval(db, args.approval, args.lang, places) if args.approval else None
    window = MainWindow(db, demo=not args.empty, update_analysis_after_ms=0 if args.stale else None)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if places:
        # the first location named
        window.filters.location.setCurrentIndex(window.filters.location.findData(places[0]))
    if args.tab == "charts":
        window.tabs.setCurrentWidget(window.charts)
        if args.range:
            window.charts.range.setCurrentIndex(window.charts.range.findData(args.range))
    elif waiting is not None:
        # every review of the first location, the one in the approval's hands selected
        window.filters.view.setCurrentIndex(window.filters.view.findData("all"))
        window.apply_filters(then=lambda: window.show_review(waiting))
    else:
        window.select_row(args.select)

    waited = [0]

    def shoot() -> None:
        if args.tab == "charts" and (window.charts.loading or window.charts.data is None):
            QTimer.singleShot(200, shoot)
            return
        if window.editor.checking and waited[0] < 75:
            # the reply's guard and checklist run off the GUI thread: show what the user
            # sees once they have come (a loaded machine takes more than the first 1.5 s)
            waited[0] += 1
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


def _share_out_locations(db, names: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Name the locations and give each of the demo's sources one, in turn."""
    from clinicrep.store.locations import add_location, set_source_location
    from clinicrep.store.sources import list_sources

    places = [add_location(db, name.strip()).id for name in names.split(",") if name.strip()]
    for i, source in enumerate(list_sources(db)):
        set_source_location(db, source.id or 0, places[i % len(places)])
    return places


def _reply_in_approval(db, pc: str, lang: str, places: list[int]) -> int:  # type: ignore[no-untyped-def]
    """Approval on; a reply written at the desk on an open review of the first location:
    waiting (this PC the owner's) or sent back with a comment (this PC the desk's)."""
    from clinicrep import approval, workstation
    from clinicrep.model import OPEN_STATUSES
    from clinicrep.settings import load_settings, save_settings
    from clinicrep.store.inbox import ReviewQuery, review_ids

    russian = lang.startswith("ru")
    desk = workstation.Workstation(
        "Анна (регистратура)" if russian else "Anna (reception)", workstation.Role.STAFF, True
    )
    owner = workstation.Workstation(
        "Д-р Новак" if russian else "Dr Nowak", workstation.Role.OWNER, True
    )
    settings = load_settings(db)
    settings.approval_required = True
    save_settings(db, settings)
    query = ReviewQuery(statuses=OPEN_STATUSES, location_id=places[0] if places else None)
    review_id = review_ids(db, query)[0]
    text = (
        "Спасибо за отзыв. Нам жаль, что вам пришлось ждать. Позвоните нам, пожалуйста, "
        "чтобы мы во всём разобрались. — Анна, администратор"
        if russian
        else "Thank you for your review. We are sorry you had to wait. Please call us so "
        "we can look into it. — Anna, reception"
    )
    approval.ask_for_approval(db, review_id, text, desk)
    if pc == "staff":
        comment = (
            "Добавьте, пожалуйста, наш номер телефона."
            if russian
            else "Please add our phone number."
        )
        approval.send_back(db, review_id, comment, station=owner)
    chosen = owner if pc == "owner" else desk
    workstation.choose(chosen.name, chosen.role)
    return review_id


if __name__ == "__main__":
    sys.exit(main())
