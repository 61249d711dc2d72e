"""Command line: ``clinicrep`` opens the window; verbs run the same services without one."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from clinicrep import __version__, paths
from clinicrep.errors import ClinicrepError
from clinicrep.logs import setup_logging

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clinicrep",
        description="Reviews of your practice from every platform, answered well and in time.",
    )
    parser.add_argument("--version", action="version", version=f"clinicrep {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the database, settings and logs in DIR (also: CLINICREP_DATA_DIR)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a separate demo folder filled with made-up reviews (never your real data)",
    )
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--tray", action="store_true", help="start with the window hidden in the tray (at login)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("window", help="open the window (the default)")

    p = sub.add_parser("list", help="print reviews from the inbox")
    p.add_argument(
        "--status",
        choices=["new", "in_progress", "answered", "escalated", "dismissed", "open"],
        help="only reviews with this status ('open': not answered or dismissed)",
    )
    p.add_argument("--search", default="", help="only reviews containing this text")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")

    p = sub.add_parser("import", help="import reviews from a CSV file saved from a platform")
    p.add_argument("file", type=Path)
    p.add_argument("--source", required=True, help="name of the source, e.g. 'ZnanyLekarz'")
    p.add_argument("--platform", default="other", help="platform the file comes from")
    p.add_argument("--language", default="", help="language of the reviews, if known")

    p = sub.add_parser(
        "paste", help="add reviews copied off a review page (saved as text or HTML, or on stdin)"
    )
    p.add_argument("file", help="the copied page as a .txt or .html file, or - for stdin")
    p.add_argument("--platform", required=True, help="site the reviews come from, e.g. yandex")
    p.add_argument("--source", default="", help="name of the source (default: the site's name)")
    p.add_argument("--language", default="", help="language of the reviews, if known")
    p.add_argument("--dry-run", action="store_true", help="print what was found, store nothing")

    p = sub.add_parser("sync", help="fetch new reviews from the connected platforms")
    p.add_argument("--source", help="only this source (its name or number)")
    p.add_argument("--full", action="store_true", help="re-read everything, not only what changed")
    p.add_argument("--quiet", action="store_true", help="print only errors (for scheduled runs)")

    p = sub.add_parser("monitor", help="checks while the window is closed: status, install, remove")
    p.add_argument("action", choices=["status", "install", "remove"])
    p.add_argument("--every", type=int, metavar="MINUTES", help="check every MINUTES (install)")
    p.add_argument("--tray", action="store_true", help="also start in the tray at login (install)")

    p = sub.add_parser(
        "learn",
        help="learn from the practice's corrections and stars, then analyse every review again",
    )
    p.add_argument("--reset", action="store_true", help="delete what was learned")

    p = sub.add_parser(
        "reanalyse", help="re-run language, sentiment, topics and urgency on all reviews"
    )
    p.add_argument(
        "--only-stale",
        action="store_true",
        help="only the reviews that older rules analysed, or none did (the window does this)",
    )

    p = sub.add_parser("report", help="make the monthly PDF summary")
    p.add_argument("--month", required=True, help="the month as YYYY-MM")
    p.add_argument("--out", type=Path, required=True, help="where to write the PDF")
    p.add_argument("--page-size", choices=["A4", "Letter"], default=None)
    p.add_argument("--lang", default=None, help="language of the report (en, ru, uk, pl, zh_CN)")

    p = sub.add_parser("source", help="the connected sources: list, remove")
    p.add_argument("action", choices=["list", "remove"])
    p.add_argument("name", nargs="?", help="the source's name or number (remove)")

    p = sub.add_parser("export", help="export reviews to a CSV file")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--status", default=None)
    p.add_argument("--search", default="")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.demo and not args.data_dir:
        paths.set_data_dir(paths.demo_data_dir())
    elif args.data_dir:
        paths.set_data_dir(args.data_dir)
    setup_logging(verbose=False)
    command = args.command or "window"
    try:
        if command == "window":
            from clinicrep.app import run_window

            return run_window(demo=args.demo, smoke=args.smoke, tray=args.tray)
        if args.demo:
            _ensure_demo()
        handler = _COMMANDS[command]
        return handler(args)
    except ClinicrepError as e:
        from clinicrep.messages import user_message

        log.error("%s failed: %s (%s)", command, type(e).__name__, e.detail)
        print(user_message(e), file=sys.stderr)
        return 2


def _open_store():  # type: ignore[no-untyped-def]
    from clinicrep.store import open_database

    return open_database(paths.db_path(), backup_dir=paths.backup_dir())


def _ensure_demo() -> None:
    from clinicrep.demo.populate import populate

    with _open_store() as db:
        populate(db)


def _cmd_list(args: argparse.Namespace) -> int:
    from clinicrep.model import OPEN_STATUSES, Status
    from clinicrep.store.inbox import ReviewQuery, review_ids
    from clinicrep.store.reviews import reviews_by_ids

    if args.status == "open":
        statuses: tuple[Status, ...] = OPEN_STATUSES
    elif args.status:
        statuses = (Status(args.status),)
    else:
        statuses = ()
    query = ReviewQuery(statuses=statuses, search=args.search, sort="created")
    with _open_store() as db:
        ids = review_ids(db, query)
        for review in reviews_by_ids(db, ids[: max(0, args.limit)]):
            stars = f"{review.rating}★" if review.rating else "–"
            first_line = " ".join(review.text.split())[:80]
            print(
                f"{review.id}\t{review.created_at:%Y-%m-%d}\t{review.platform}\t{stars}\t"
                f"{review.status}\t{review.author}\t{first_line}"
            )
        print(f"{len(ids)} reviews", file=sys.stderr)
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from clinicrep.importing import import_csv
    from clinicrep.model import Platform

    with _open_store() as db:
        report = import_csv(
            db,
            args.file,
            source_name=args.source,
            platform=Platform(args.platform),
            language=args.language,
        )
    print(report.summary())
    for problem in report.problems[:50]:
        print(f"  line {problem.line}: {problem.reason}", file=sys.stderr)
    # 1 only when no row of the file could be used; a re-import that adds nothing is fine
    return 1 if report.rows and report.skipped >= report.rows else 0


def _cmd_paste(args: argparse.Namespace) -> int:
    from clinicrep.labels import platform_label
    from clinicrep.model import Platform
    from clinicrep.pasting import paste_summary, store_pasted
    from clinicrep.sources.paste import parse_paste

    try:
        platform = Platform(args.platform)
    except ValueError:
        names = ", ".join(p.value for p in Platform)
        print(f"unknown platform {args.platform!r}; one of: {names}", file=sys.stderr)
        return 2
    if args.file == "-":
        content = sys.stdin.read()
    else:
        content = Path(args.file).read_text(encoding="utf-8", errors="replace")
    is_html = args.file.lower().endswith((".html", ".htm")) or "<div" in content[:5000].lower()
    result = parse_paste(content if is_html else None, "" if is_html else content)
    for review in result.reviews:
        when = review.created.strftime("%Y-%m-%d") if review.created else "?"
        approx = "~" if review.approximate else ""
        stars = f"{review.rating}★" if review.rating else "–"
        replied = "\treplied" if review.reply else ""
        text = " ".join(review.text.split())[:80]
        print(f"{approx}{when}\t{stars}\t{review.author}\t{text}{replied}")
    print(f"{len(result.reviews)} reviews found", file=sys.stderr)
    if args.dry_run or not result.reviews:
        return 0 if result.reviews else 1
    with _open_store() as db:
        report = store_pasted(
            db,
            result.reviews,
            source_name=args.source or platform_label(platform),
            platform=platform,
            language=args.language,
        )
    print(paste_summary(report))
    return 0


def _cmd_sync(args: argparse.Namespace) -> int:
    # under the sync lock; --quiet (scheduled) also raises alerts, mails them, checks staleness
    from clinicrep.monitoring.unattended import run_sync_command

    return run_sync_command(args.source, args.full, args.quiet)


def _cmd_monitor(args: argparse.Namespace) -> int:
    from clinicrep.monitoring.install import MonitorInstaller, SchedulerError, apply_monitoring
    from clinicrep.monitoring.unattended import status_report
    from clinicrep.settings import load_settings, save_settings

    installer = MonitorInstaller()
    with _open_store() as db:
        if args.action != "status":
            settings = load_settings(db)
            settings.monitor_enabled = args.action == "install"
            settings.start_in_tray = args.action == "install" and (
                args.tray or settings.start_in_tray
            )
            if args.every:
                settings.monitor_interval_minutes = max(5, args.every)
            try:
                apply_monitoring(
                    monitor_enabled=settings.monitor_enabled,
                    interval_minutes=settings.monitor_interval_minutes,
                    start_in_tray=settings.start_in_tray,
                    installer=installer,
                )
            except SchedulerError as e:
                log.error("monitor %s failed: %s", args.action, e)
                print(e, file=sys.stderr)
                return 1
            save_settings(db, settings)
        print(status_report(db, installer))
    return 0


def _cmd_reanalyse(args: argparse.Namespace) -> int:
    from clinicrep.analysis.pipeline import reanalyse_store
    from clinicrep.analysis.practice import install_from_store

    with _open_store() as db:
        install_from_store(db)
        count = reanalyse_store(db, only_stale=args.only_stale)
    print(f"{count} reviews analysed")
    return 0


def _cmd_learn(args: argparse.Namespace) -> int:
    from clinicrep.analysis.pipeline import reanalyse_store
    from clinicrep.analysis.practice import learn_from_practice, reset_learning

    with _open_store() as db:
        if args.reset:
            reset_learning(db)
        else:
            for outcome in learn_from_practice(db):
                kept = "kept" if outcome.model is not None else f"not kept ({outcome.reason})"
                print(
                    f"{outcome.language}: {outcome.examples} examples, {kept};"
                    f" held out: rules {outcome.holdout_rules:.3f},"
                    f" with the model {outcome.holdout_combined:.3f}"
                )
        count = reanalyse_store(db)
    print(f"{count} reviews analysed")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from clinicrep.reports.service import make_monthly_report

    with _open_store() as db:
        out = make_monthly_report(
            db, args.month, args.out, page_size=args.page_size, language=args.lang
        )
    print(out)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from clinicrep.model import Status
    from clinicrep.reports.export import export_csv
    from clinicrep.store.inbox import ReviewQuery

    query = ReviewQuery(
        statuses=(Status(args.status),) if args.status else (), search=args.search, sort="created"
    )
    with _open_store() as db:
        count = export_csv(db, query, args.out)
    print(f"{count} reviews written to {args.out}")
    return 0


def _cmd_source(args: argparse.Namespace) -> int:
    """``clinicrep source list`` / ``clinicrep source remove NAME``."""
    from PySide6.QtCore import QCoreApplication

    from clinicrep.monitoring.health import describe_source_full_check
    from clinicrep.secrets import default_store
    from clinicrep.source_removal import remove_source
    from clinicrep.store.sources import list_sources

    with _open_store() as db:
        if args.action == "list":
            for source in list_sources(db):
                print(f"{source.id}\t{source.kind.value}\t{source.name}")
                full_check = describe_source_full_check(source)
                if full_check:
                    print(f"\t{full_check}")
            return 0
        if not args.name:
            print(
                QCoreApplication.translate(
                    "SourceCli", "Say which source to remove: its name or number."
                ),
                file=sys.stderr,
            )
            return 2
        removed = remove_source(db, args.name, default_store())
    print(
        QCoreApplication.translate(
            "SourceCli", "Removed {name}, its reviews and its sign-in."
        ).format(name=removed.name)
        if removed.secrets_removed
        else QCoreApplication.translate(
            "SourceCli",
            "Removed {name} and its reviews, but the keyring could not delete its sign-in: "
            "unlock the keyring and remove the entries \u201csource:{number}\u201d of "
            "\u201cclinicrep\u201d.",
        ).format(name=removed.name, number=removed.source_id)
    )
    return 0


_COMMANDS = {
    "list": _cmd_list,
    "import": _cmd_import,
    "paste": _cmd_paste,
    "sync": _cmd_sync,
    "monitor": _cmd_monitor,
    "reanalyse": _cmd_reanalyse,
    "learn": _cmd_learn,
    "report": _cmd_report,
    "export": _cmd_export,
    "source": _cmd_source,
}
