"""Command line: ``clinicrep`` opens the window; verbs run the same services without one."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from clinicrep import __version__, paths
from clinicrep.errors import ClinicrepError, DataDirNotWritable
from clinicrep.logs import setup_logging
from clinicrep.model import OPEN_STATUSES, Platform, Status
from clinicrep.reports.destination import check_destination, is_utf8, printable

log = logging.getLogger(__name__)

_STATUS_CHOICES = ("new", "in_progress", "answered", "escalated", "dismissed", "open")


class CommandLineError(ClinicrepError):
    """The command line has a mistake; ``code`` says which, in one sentence."""

    code = "bad_command_line"

    def __init__(self, code: str = "bad_command_line", detail: str = "", **params: object) -> None:
        super().__init__(detail or code, **params)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one translated sentence, not usage and a traceback."""

    def error(self, message: str) -> NoReturn:
        raise CommandLineError(detail=printable(message), detail_text=printable(message))


# --platform values for a file import (every platform but hand-entered feedback)
IMPORT_PLATFORMS = [
    "znanylekarz", "prodoctorov", "yandex", "2gis", "docua", "helsi", "dianping", "google",
    "ratemds", "facebook", "yelp", "trustpilot", "other",
]  # fmt: skip
MAP_FIELDS = ("text", "rating", "date", "author", "reply", "title", "url", "id", "language")


def _whole_number(text: str) -> int:
    """A number typed on the command line; a mistake says so in the user's words, not as
    argparse's "invalid int value" (a programmer's type name)."""
    try:
        return int(text)
    except ValueError:
        from PySide6.QtCore import QCoreApplication

        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("CommandLine", "“{value}” is not a whole number").format(
                value=text
            )
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    parser.add_argument(
        "--db",
        metavar="URL",
        help="use this database for this run: postgresql://user@server:5432/database, or "
        "'sqlite' for this PC's own file (also: CLINICREP_DB)",
    )
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    # the installer's upgrade test: write a draft, wait for an upgrade underneath, load late
    # modules, restart into the new version (tests/test_packaging.py)
    parser.add_argument("--smoke-upgrade", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--tray", action="store_true", help="start with the window hidden in the tray (at login)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("window", help="open the window (the default)")

    p = sub.add_parser("list", help="print reviews from the inbox")
    p.add_argument(
        "--status",
        help="only reviews with this status: "
        + ", ".join(_STATUS_CHOICES)
        + " ('open': not answered or dismissed)",
    )
    p.add_argument("--search", default="", help="only reviews containing this text")
    p.add_argument("--limit", type=_whole_number, default=50, help="at most this many (default 50)")

    p = sub.add_parser(
        "import",
        help="import reviews from a file saved from a platform (CSV, JSON, JSON Lines, .xlsx)",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--source", required=True, help="name of the source, e.g. 'ZnanyLekarz'")
    p.add_argument(
        "--platform",
        default="other",
        choices=IMPORT_PLATFORMS,
        metavar="PLATFORM",
        help="platform the file comes from: " + ", ".join(IMPORT_PLATFORMS),
    )
    p.add_argument("--language", default="", help="language of the reviews, if known")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="take FIELD from COLUMN (fields: " + ", ".join(MAP_FIELDS) + "), e.g. "
        "--map text=comment --map date=comment_at; the other fields are guessed",
    )
    p.add_argument(
        "--no-id", action="store_true", help="ignore the file's id column (ids from the content)"
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="read the file and print what would be imported, with 5 sample rows; save nothing",
    )
    p.add_argument(
        "--encoding",
        help="the file's text encoding, e.g. utf-8, cp1250, cp1251, gbk (default: detected)",
    )
    p.add_argument(
        "--export-date",
        metavar="YYYY-MM-DD",
        help="the day the file was saved: dates like '3 days ago' count back from it "
        "(default: the file's modification time)",
    )
    p.add_argument(
        "--date-unknown",
        action="store_true",
        help="import rows whose date cannot be read with the export date (default: skip them)",
    )

    p = sub.add_parser(
        "paste", help="add reviews copied off a review page (saved as text or HTML, or on stdin)"
    )
    p.add_argument("file", help="the copied page as a .txt or .html file, or - for stdin")
    p.add_argument("--platform", required=True, help="site the reviews come from, e.g. yandex")
    p.add_argument("--source", default="", help="name of the source (default: the site's name)")
    p.add_argument("--language", default="", help="language of the reviews, if known")
    p.add_argument("--dry-run", action="store_true", help="print what was found, save nothing")

    # "check" is the window's word (Check for new reviews); "sync" stays for scripts and the
    # scheduled checks already installed
    p = sub.add_parser(
        "check",
        aliases=["sync"],
        help="check for new reviews on the connected platforms now",
    )
    p.add_argument("--source", help="only this source (its name or number)")
    p.add_argument("--full", action="store_true", help="re-read everything, not only what changed")
    p.add_argument("--quiet", action="store_true", help="print only errors (for scheduled runs)")

    p = sub.add_parser(
        "monitor",
        help="check for new reviews also while the window is closed: status, install, remove",
    )
    p.add_argument(
        "action",
        choices=["status", "install", "remove"],
        help="status: what is set up and how the last checks went; install: start checking; "
        "remove: stop checking",
    )
    p.add_argument(
        "--every", type=_whole_number, metavar="MINUTES", help="check every MINUTES (install)"
    )
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
    p.add_argument(
        "--location", default=None, help="one location's report (its name); default: all"
    )

    p = sub.add_parser("source", help="the connected sources: list, remove")
    p.add_argument(
        "action",
        choices=["list", "remove"],
        help="list: print each source with its number; remove: remove one and its reviews",
    )
    p.add_argument("name", nargs="?", help="the source's name or number (remove)")

    p = sub.add_parser("draft", help="print a reply draft for a review (nothing is published)")
    p.add_argument("review", type=_whole_number, help="the review's number, as 'list' prints it")
    p.add_argument(
        "--ai", action="store_true", help="ask the AI service of File → Settings… → Drafting for it"
    )

    p = sub.add_parser(
        "db", help="where the reviews are kept: where, check, move to a server or back, export"
    )
    db_sub = p.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    db_sub.add_parser("where", help="print which database this PC uses")
    db_sub.add_parser("check", help="test the connection to the database's server")
    q = db_sub.add_parser(
        "move",
        help="copy every table to another database, check the counts, then use it on this PC "
        "(the old database is kept as it was)",
    )
    q.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql://user@server:5432/database, or 'sqlite' (this PC's own file)",
    )
    q.add_argument(
        "--replace",
        action="store_true",
        help="replace the reviews the target holds already (a SQLite file is kept aside)",
    )
    q = db_sub.add_parser(
        "export", help="copy the database into a SQLite file (this PC keeps using its own)"
    )
    q.add_argument("--out", type=Path, required=True, help="the new SQLite file")
    q.add_argument("--replace", action="store_true", help="replace the file if it exists")

    p = sub.add_parser("export", help="export reviews to a CSV file")
    p.add_argument("--out", type=Path, required=True, help="where to write the CSV file")
    p.add_argument("--status", default=None, help="only reviews with this status (as in list)")
    p.add_argument("--search", default="", help="only reviews containing this text")
    p.add_argument("--location", default=None, help="only reviews of this location (its name)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    command = ""  # nothing is logged before the log's folder is known and made
    try:
        args = parse_arguments(argv)
        check_arguments(args)
        if args.demo and not args.data_dir:
            paths.set_data_dir(paths.demo_data_dir())
            # owner-only like the real one, also when an older version made it 0755
            paths.data_dir().chmod(0o700)
        elif args.data_dir:
            paths.set_data_dir(args.data_dir)
        paths.data_dir()  # made owner-only first of all (the logs go inside it)
        setup_logging(verbose=False)
        from clinicrep.store import chosen_store

        chosen_store.use_for_this_run(args.db or None)  # each run chooses afresh
        command = args.command or "window"
        if command == "window":
            from clinicrep.app import run_window

            return run_window(
                demo=args.demo, smoke=args.smoke, tray=args.tray, smoke_upgrade=args.smoke_upgrade
            )
        if args.demo:
            _ensure_demo()
        handler = _COMMANDS[command]
        return handler(args)
    except ClinicrepError as e:
        if command:
            log.error("%s failed: %s (%s)", command, type(e).__name__, printable(e.detail))
        _print_error(e)
        return 2
    except OSError as e:  # the data folder itself cannot be made
        _print_error(DataDirNotWritable(printable(str(e))))
        return 2


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line read; a mistake in it is said in the language of the user's system
    (argparse's own words included: the line is read again for them, on the error path only,
    so that a command that is right loads no translation)."""
    try:
        return build_parser().parse_args(argv)
    except CommandLineError:
        from clinicrep.argparse_messages import argparse_in_user_language

        _speak_system_language()
        with argparse_in_user_language():
            build_parser().parse_args(argv)  # the same mistake, in the user's words
        raise


def _speak_system_language() -> None:
    """What the command prints from here on is in the language of the user's system
    (English too: its file holds the plural forms, "1 review found", "2 reviews found")."""
    from PySide6.QtCore import QLocale

    from clinicrep.i18n import install_translators
    from clinicrep.reports.qt_runtime import ensure_gui_application

    install_translators(ensure_gui_application(), QLocale.system().name())


def _print_error(error: ClinicrepError) -> None:
    """One sentence on stderr, in the language of the user's system."""
    from clinicrep.messages import user_message

    _speak_system_language()
    print(printable(user_message(error)), file=sys.stderr)


def check_arguments(args: argparse.Namespace) -> None:
    """Refuse, before anything runs, what would fail half-way: a name that is not UTF-8, an
    unknown status or platform, a month out of range, a file that must not be written."""
    for name, value in vars(args).items():
        if args.command == "import" and name == "file":
            continue  # the importer opens any name the system gives it
        if isinstance(value, str | Path) and not is_utf8(str(value)):
            if isinstance(value, Path) or name == "data_dir":
                raise CommandLineError("name_not_utf8", path=printable(str(value)))
            raise CommandLineError("argument_not_utf8", value=printable(str(value)))
    status = getattr(args, "status", None)
    if status is not None and status not in _STATUS_CHOICES:
        raise CommandLineError("unknown_status", value=status, choices=", ".join(_STATUS_CHOICES))
    platform = getattr(args, "platform", None)
    if platform is not None and platform not in {p.value for p in Platform}:
        raise CommandLineError(
            "unknown_platform", value=platform, choices=", ".join(p.value for p in Platform)
        )
    if args.command == "report":
        from clinicrep.i18n import SUPPORTED
        from clinicrep.reports.monthly import parse_month

        parse_month(args.month)
        if args.lang is not None and args.lang not in SUPPORTED:
            raise CommandLineError(
                "unknown_language", value=args.lang, choices=", ".join(SUPPORTED)
            )
    if args.command in ("report", "export") or (
        args.command == "db" and args.db_action == "export"
    ):
        check_destination(args.out)


def _open_store():  # type: ignore[no-untyped-def]
    from clinicrep.store.opening import open_store

    return open_store()  # --db, CLINICREP_DB, this PC's choice, or its SQLite file


def _ensure_demo() -> None:
    from clinicrep.demo.populate import populate

    with _open_store() as db:
        populate(db)


def _statuses(status: str | None) -> tuple[Status, ...]:
    if status == "open":
        return OPEN_STATUSES
    return (Status(status),) if status else ()


def _cmd_list(args: argparse.Namespace) -> int:
    from clinicrep.store.inbox import ReviewQuery, review_ids
    from clinicrep.store.reviews import reviews_by_ids

    query = ReviewQuery(statuses=_statuses(args.status), search=args.search, sort="created")
    with _open_store() as db:
        ids = review_ids(db, query)
        for review in reviews_by_ids(db, ids[: max(0, args.limit)]):
            stars = f"{review.rating}★" if review.rating else "–"
            first_line = " ".join(review.text.split())[:80]
            when = review.created_at.astimezone()  # stored in UTC, shown in local time
            print(
                f"{review.id}\t{when:%Y-%m-%d %H:%M}\t{review.platform}\t{stars}\t"
                f"{review.status}\t{review.author}\t{first_line}"
            )
        print(f"{len(ids)} reviews", file=sys.stderr)
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from clinicrep.importing import import_csv
    from clinicrep.model import Platform, Review

    _speak_system_language()  # the report, the dry run's columns and notes
    mapping = None
    if args.map or args.no_id:
        mapping = _mapping_from_args(args)
        if mapping is None:
            return 2
    export_date = None
    if args.export_date:
        try:
            export_date = datetime.fromisoformat(args.export_date).replace(hour=12).astimezone()
        except ValueError:
            print(
                QCoreApplication.translate(
                    "ImportCli", "--export-date: “{value}” is not a date like 2026-03-31."
                ).format(value=args.export_date),
                file=sys.stderr,
            )
            return 2
    sample: list[Review] = []
    with _open_store() as db:
        report = import_csv(
            db,
            args.file,
            source_name=args.source,
            platform=Platform(args.platform),
            language=args.language,
            mapping=mapping,
            encoding=args.encoding,
            export_date=export_date,
            unknown_dates=args.date_unknown,
            use_ids=not args.no_id,
            dry_run=args.dry_run,
            sample=sample,
        )
        if not args.dry_run:
            from clinicrep.settings import load_settings
            from clinicrep.store.reviews import mark_imported_history

            mark_imported_history(db, load_settings(db).imported_history_days)
    _print_import_report(report, sample if args.dry_run else None)
    # 1 only when no row of the file could be used; a re-import that adds nothing is fine
    return 1 if report.rows and report.skipped >= report.rows else 0


def _cmd_paste(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from clinicrep.labels import platform_label
    from clinicrep.model import Platform
    from clinicrep.pasting import paste_summary, store_pasted
    from clinicrep.sources.paste import parse_paste

    platform = Platform(args.platform)  # check_arguments refused a platform there is not
    _speak_system_language()  # the count found and the summary
    if args.file == "-":
        content = sys.stdin.read()
    else:
        content = Path(args.file).read_text(encoding="utf-8", errors="replace")
    is_html = args.file.lower().endswith((".html", ".htm")) or "<div" in content[:5000].lower()
    from clinicrep.settings import load_settings

    with _open_store() as db:  # the practice's own name: its chat messages are answers
        own_names = (load_settings(db).practice_name,)
    result = parse_paste(
        content if is_html else None, "" if is_html else content, own_names=own_names
    )
    for review in result.reviews:
        when = review.created.strftime("%Y-%m-%d") if review.created else "?"
        approx = "~" if review.approximate else ""
        stars = f"{review.rating}★" if review.rating else "–"
        replied = "\t" + QCoreApplication.translate("PasteCli", "replied") if review.reply else ""
        text = " ".join(review.text.split())[:80]
        print(f"{approx}{when}\t{stars}\t{review.author}\t{text}{replied}")
    found = QCoreApplication.translate("PasteCli", "%n review(s) found.", "", len(result.reviews))
    print(found, file=sys.stderr)
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


def _mapping_from_args(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The columns named by --map (the rest guessed when the file is read), or None after
    printing what is wrong."""
    from PySide6.QtCore import QCoreApplication

    from clinicrep.sources.csv_mapping import guess_mapping, recognise_preset
    from clinicrep.sources.table_files import read_table

    table = read_table(args.file, args.encoding)
    sample = [cells for _line, cells in table.sample if cells]
    mapping = guess_mapping(table.header, sample, preset=recognise_preset(table.header, sample))
    names = {h.casefold(): h for h in table.header}
    for item in args.map:
        field_name, sep, column = item.partition("=")
        field_name = field_name.strip().casefold()
        if not sep or field_name not in MAP_FIELDS:
            print(
                QCoreApplication.translate(
                    "ImportCli", "--map {item}: write FIELD=COLUMN with FIELD one of {fields}."
                ).format(item=item, fields=", ".join(MAP_FIELDS)),
                file=sys.stderr,
            )
            return None
        if column.strip() in ("", "-", "none"):
            setattr(mapping, field_name, None)
            continue
        header = names.get(column.strip().casefold())
        if header is None:
            unnamed = QCoreApplication.translate("ImportCli", "(unnamed)")
            print(
                QCoreApplication.translate(
                    "ImportCli",
                    "--map {item}: the file has no column “{column}”. Its columns: {columns}",
                ).format(
                    item=item,
                    column=column,
                    columns=", ".join(h or unnamed for h in table.header),
                ),
                file=sys.stderr,
            )
            return None
        for other in MAP_FIELDS:  # a column means one thing
            if other != field_name and getattr(mapping, other) == header:
                setattr(mapping, other, None)
        setattr(mapping, field_name, header)
    if args.no_id:
        mapping.id = None
    return mapping


def _print_import_report(report, sample) -> None:  # type: ignore[no-untyped-def]
    """What an import read (with ``sample``: what a dry run would import), in the language
    of the user's system; the field names are --map's."""
    from PySide6.QtCore import QCoreApplication

    from clinicrep.sources.csv_mapping import FIELDS, preset_label

    if sample is not None:
        kind = report.kind + (
            f", {report.encoding}" if report.kind in ("csv", "jsonl", "html") else ""
        )
        print(f"{report.path} ({kind})")
        if report.preset:
            print(
                QCoreApplication.translate("ImportCli", "Recognised: {export}").format(
                    export=preset_label(report.preset)
                )
            )
        mapping = report.mapping
        for field_name in FIELDS:
            column = getattr(mapping, field_name)
            reason = next(
                (r.text() for r in mapping.reasons if r.chosen and r.field == field_name), ""
            )
            why = f"  ({reason})" if column and reason else ""
            print(f"  {field_name:<9} <- {column or '–'}{why}")
        for r in mapping.reasons:
            if not r.chosen:
                print(
                    "  "
                    + QCoreApplication.translate("ImportCli", "note: {text}").format(text=r.text())
                )
        would = report.rows - report.skipped
        print(
            # "label: number": right for any number in every language (no plural forms)
            QCoreApplication.translate(
                "ImportCli",
                "Rows that would be imported: {would} of {rows} (dry run: nothing was saved).",
            ).format(would=would, rows=report.rows)
        )
        answered = QCoreApplication.translate("ImportCli", "[answered]")
        for review in sample:
            stars = f"{review.rating}★" if review.rating else "–"
            when = review.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = " ".join(review.text.split())[:70]
            reply = f" {answered}" if review.upstream_reply else ""
            print(f"  {when}  {stars:<3} {review.author[:24]:<24} {text}{reply}")
    else:
        print(report.summary())
    for warning in report.warnings:
        print(
            "  "
            + QCoreApplication.translate("ImportCli", "note: {text}").format(text=warning.text),
            file=sys.stderr,
        )
    for problem in report.problems[:50]:
        print(
            "  "
            + QCoreApplication.translate("ImportCli", "line {line}: {reason}").format(
                line=problem.line, reason=problem.reason
            ),
            file=sys.stderr,
        )
    if any(p.code in ("date_missing", "date_unreadable") for p in report.problems):
        print(
            "  "
            + QCoreApplication.translate(
                "ImportCli",
                "Rows without a readable date were skipped; --date-unknown imports them with "
                "the export date.",
            ),
            file=sys.stderr,
        )
    if len(report.problems) > 50:
        print(
            "  "
            + QCoreApplication.translate("ImportCli", "… and {count} more.").format(
                count=len(report.problems) - 50
            ),
            file=sys.stderr,
        )


def _cmd_sync(args: argparse.Namespace) -> int:
    # under the sync lock; --quiet (scheduled) also raises alerts, mails them, checks staleness
    from clinicrep.monitoring.unattended import run_sync_command
    from clinicrep.store.sources import find_source

    if args.source is not None:
        with _open_store() as db:
            if find_source(db, args.source) is None:
                raise CommandLineError("unknown_source", name=args.source)

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
                log.error("monitor %s failed: %s", args.action, e.detail)
                _print_error(e)
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
            db,
            args.month,
            args.out,
            page_size=args.page_size,
            language=args.lang,
            location_id=_location_id(db, args.location),
        )
    print(out)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from clinicrep.reports.export import export_csv
    from clinicrep.store.inbox import ReviewQuery

    query = ReviewQuery(statuses=_statuses(args.status), search=args.search, sort="created")
    with _open_store() as db:
        query.location_id = _location_id(db, args.location)
        count = export_csv(db, query, args.out)
    _speak_system_language()
    written = QCoreApplication.translate("ExportCli", "%n review(s) written to {path}.", "", count)
    print(written.format(path=printable(str(args.out))))
    return 0


def _location_id(db, name: str | None) -> int | None:  # type: ignore[no-untyped-def]
    """The location called ``name`` (case aside); None for the whole practice."""
    if name is None:
        return None
    from clinicrep.store.locations import UnknownLocation, find_location, list_locations

    found = find_location(db, name)
    if found is None:
        names = ", ".join(p.name for p in list_locations(db))
        raise UnknownLocation(f"no location {name!r}", name=name, names=names)
    return found.id


def _cmd_source(args: argparse.Namespace) -> int:
    """``clinicrep source list`` / ``clinicrep source remove NAME``."""
    from PySide6.QtCore import QCoreApplication

    from clinicrep.monitoring.health import describe_source_full_check
    from clinicrep.secrets import default_store
    from clinicrep.source_removal import remove_source
    from clinicrep.sources.registry import kind_info
    from clinicrep.store.sources import find_source, list_sources

    _speak_system_language()  # the list's notes, the hints and what was removed
    with _open_store() as db:
        if args.action == "list":
            sources = list_sources(db)
            for source in sources:
                # the kind as the window's Sources names it, in her language (not "csv")
                print(f"{source.id}\t{kind_info(source.kind.value).display_name}\t{source.name}")
                full_check = describe_source_full_check(source)
                if full_check:
                    print(f"\t{full_check}")
            if not sources:  # not a blank line: what to do first
                print(
                    QCoreApplication.translate(
                        "SourceCli",
                        "No sources yet. Connect a platform in the window (File → Sources…) "
                        "or import a file: clinicrep import FILE --source NAME",
                    ),
                    file=sys.stderr,
                )
            return 0
        if not args.name:
            print(
                QCoreApplication.translate(
                    "SourceCli", "Say which source to remove: its name or number."
                ),
                file=sys.stderr,
            )
            return 2
        if find_source(db, args.name) is None:  # said as the window's Sources names it
            raise CommandLineError("unknown_source", name=args.name)
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


def _cmd_draft(args: argparse.Namespace) -> int:
    """The draft the editor's "Draft reply" makes, on stdout; why an AI draft was not used,
    on stderr. Nothing is saved or published."""
    from clinicrep.drafting.service import draft_for_review, recent_texts, with_aspects
    from clinicrep.settings import load_settings
    from clinicrep.store.reviews import get_review

    with _open_store() as db:
        review = get_review(db, args.review)
        if review is None:
            raise CommandLineError("unknown_review", value=args.review)
        settings = load_settings(db)
        if args.ai:
            from clinicrep.drafting.ai import ai_draft, read_api_key

            draft = ai_draft(
                with_aspects(db, review),
                settings,
                api_key=read_api_key(),
                recent=recent_texts(db, review),
            )
        else:
            draft = draft_for_review(db, review, settings)
    print(draft.text)
    if draft.note:
        print(draft.note, file=sys.stderr)
    return 0


def _cmd_db(args: argparse.Namespace) -> int:
    """``clinicrep db where|check|move|export``."""
    from PySide6.QtCore import QCoreApplication

    from clinicrep.store import chosen_store

    _speak_system_language()  # where it is, the check, the copy's progress and its summary
    current = chosen_store.current_location()
    if args.db_action == "where":
        if chosen_store.is_shared(current):
            print(
                QCoreApplication.translate("DbCli", "Shared database: {where}").format(
                    where=chosen_store.describe(current)
                )
            )
        else:
            print(
                QCoreApplication.translate("DbCli", "This PC's own database: {where}").format(
                    where=chosen_store.describe(current)
                )
            )
        return 0
    if args.db_action == "check":
        if not chosen_store.is_shared(current):
            with _open_store():
                pass
            print(QCoreApplication.translate("DbCli", "This PC's own database opens."))
            return 0
        from clinicrep.store.pg_check import check_connection, describe_result

        password = chosen_store.password_for(current)  # type: ignore[arg-type]
        print(describe_result(check_connection(current, password)))  # type: ignore[arg-type]
        return 0
    from clinicrep.store.move import move_store

    def show(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    if args.db_action == "export":
        target = args.out.expanduser().resolve()
        report = move_store(current, target, replace=args.replace, progress=show)
        print(report.summary())
        return 0
    from clinicrep.errors import DatabaseLocked
    from clinicrep.monitoring.lock import sync_lock

    target_location = chosen_store.parse_location(args.to)
    # no sync of this PC's window or scheduled check writes while the copy is made
    with sync_lock(paths.data_dir(), wait_seconds=30, holder="clinicrep db move") as held:
        if not held:
            raise DatabaseLocked("a sync of this PC holds the sync lock")
        report = move_store(current, target_location, replace=args.replace, progress=show)
    kept = True
    if chosen_store.is_shared(target_location):
        kept = chosen_store.keep_password_of_this_run(target_location)  # type: ignore[arg-type]
    chosen_store.save_location(target_location)
    print(report.summary())
    print(
        QCoreApplication.translate(
            "DbCli", "This PC uses {where} from now on; the old database was kept as it was."
        ).format(where=chosen_store.describe(target_location))
    )
    if not kept and chosen_store.password_for(target_location) is not None:  # type: ignore[arg-type]
        # the URL's password could not be kept (no keyring on this PC): said now, not at
        # the next start as a refused password
        print(
            QCoreApplication.translate(
                "DbCli",
                "This PC has no keyring to keep the database password, so it was used for "
                "this copy only. Enter it in Settings → Database, or ask your IT provider to "
                "keep it in ~/.pgpass.",
            )
        )
    return 0


_COMMANDS = {
    "db": _cmd_db,
    "draft": _cmd_draft,
    "list": _cmd_list,
    "import": _cmd_import,
    "paste": _cmd_paste,
    "check": _cmd_sync,  # also "sync", its old name
    "sync": _cmd_sync,
    "monitor": _cmd_monitor,
    "reanalyse": _cmd_reanalyse,
    "learn": _cmd_learn,
    "report": _cmd_report,
    "export": _cmd_export,
    "source": _cmd_source,
}
