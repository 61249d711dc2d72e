"""Starting the window: the Qt application, translations, the store, the main window."""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from clinicrep import __version__, paths
from clinicrep.errors import ClinicrepError
from clinicrep.store.db import is_damage

log = logging.getLogger(__name__)


GIL_SWITCH_SECONDS = 0.001
# Reviews analysed by older rules (after an upgrade) are analysed again from this long after the
# window opens: late enough not to slow the first paint.
UPDATE_ANALYSIS_AFTER_MS = 3_000


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    _quiet_qt_notes()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    # Workers (sync, analysis, queries) run Python too: the GUI thread gets the interpreter
    # back within 1 ms instead of 5 ms when it needs it (GUI-thread gaps during a sync of
    # 10,000 reviews: see benchmarks/sync_speed.py).
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    app.setApplicationName("clinicrep")
    app.setApplicationDisplayName("clinicrep")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("clinicrep")
    app.setDesktopFileName("clinicrep")
    _add_bundled_fonts()
    from clinicrep.ui.screen_fit import install_screen_fit

    install_screen_fit(app)  # a dialog larger than a small screen scrolls inside it
    return app


# Qt's notes that are no news to the person at the terminal: the locale one (4 lines, when the
# system's locale is not generated: Qt uses C.UTF-8 for text, the language still comes from
# LANG), and the offscreen platform's "no size hints" for every window of a headless run.
QUIET_QT_NOTES = ("Detected locale ", "This plugin does not support propagateSizeHints()")


def _quiet_qt_notes() -> None:
    """Keep Qt's messages, less QUIET_QT_NOTES (those go to our log, once)."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    logged: set[str] = set()

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        for note in QUIET_QT_NOTES:
            if message.startswith(note):
                if note not in logged:
                    logged.add(note)
                    log.info("Qt: %s", message.splitlines()[0])
                return
        if previous is not None:
            previous(kind, context, message)
            return
        category = getattr(context, "category", None)
        prefix = f"{category}: " if category and category != "default" else ""
        print(prefix + message, file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)


def settle_heap() -> None:
    """Move what start-up built (Qt wrappers, settings, word lists) out of the collector's way.

    A worker that analyses thousands of reviews makes the collector run full passes, and a pass
    holds the interpreter while it walks every object: 50-60 ms pauses of the window on a
    100,000-review re-analysis (benchmarks/reanalysis_speed.py), none over 32 ms after this.
    """
    import gc

    gc.freeze()  # no collection first: a pass over everything now would delay the first paint


def _add_bundled_fonts() -> None:
    """The shipped CJK font, so Chinese reviews show on a PC that has no Chinese font."""
    from PySide6.QtGui import QFontDatabase

    for font in sorted(paths.resource("fonts").glob("*.tt[cf]")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("could not load the font %s", font.name)


def run_window(
    *, demo: bool = False, smoke: bool = False, tray: bool = False, smoke_upgrade: bool = False
) -> int:
    """Open the main window (on the demo folder with ``demo``) and run until it closes.

    ``smoke`` opens the window, renders a report, and quits: the installer's self-test.
    ``smoke_upgrade`` writes a draft, waits for a newer version to be installed underneath,
    then opens the charts and restarts into it: the installer's upgrade test.
    """
    app = make_application()
    from clinicrep.i18n import install_translators

    # -- the store, with a way out (restore a backup / another folder) when it fails --
    from clinicrep.ui.store_recovery import open_store_with_way_out, swap_in_backup

    install_translators(app, QLocale.system().name())  # the way out speaks the user's language
    # the integrity check (0.5 s on a big store) runs beside the window; writes wait for it
    opened = open_store_with_way_out(defer_check=True)
    if opened is None:
        return 2
    db = opened
    from clinicrep.settings import load_settings

    settings = load_settings(db)
    install_translators(app, settings.ui_language or QLocale.system().name())
    from clinicrep.store.aspects import has_learned_models

    if has_learned_models(db):  # (else no numpy before the first paint: 0.3 s of the start)
        from clinicrep.analysis.practice import install_from_store

        install_from_store(db)  # what the analysis learned from this practice (if switched on)
    if demo:
        from clinicrep.demo.populate import populate

        populate(db)
    from clinicrep.ui.theme import apply_theme

    apply_theme(settings.theme)
    smoke = smoke or smoke_upgrade
    if not smoke and getattr(db, "dialect", "sqlite") != "sqlite":
        from clinicrep import workstation

        if not workstation.current().chosen:
            # a store shared with other PCs: this PC says once who uses it (issue 20); the
            # dialog's module imported only then (its settings forms import the unattended
            # checks, the analysis and multiprocessing: 0.3-0.4 s of a start at load 10,
            # paid by every start on a server while only the first asks)
            from clinicrep.ui.this_pc_settings import ask_name_on_shared_store

            ask_name_on_shared_store(True)
    holder: dict[str, object] = {"start_in_tray": tray and not smoke}
    # a newer version installed while the window is open: say so, offer a restart into it
    from clinicrep.installation import UpgradeWatch, running_installation

    installation = running_installation()
    watch = UpgradeWatch(installation, __version__) if installation is not None else None

    def open_window(sync_on_start: bool) -> None:
        from clinicrep.ui.main_window import MainWindow

        old = holder.get("window")
        window = MainWindow(
            db,
            demo=demo,
            sync_on_start=sync_on_start,
            update_analysis_after_ms=UPDATE_ANALYSIS_AFTER_MS,
        )
        window.language_changed.connect(lambda lang: switch_language(lang))
        window.restore_requested.connect(lambda path: restore_from(path))
        window.store_switch_requested.connect(lambda: switch_store())
        if isinstance(old, MainWindow):
            window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        holder["window"] = window
        from clinicrep.ui.store_recovery import local_for_now

        standing_in_for = local_for_now()
        if standing_in_for is not None:  # the shared server could not be used at the start
            window.show_local_for_now(standing_in_for)
        if watch is not None:
            from clinicrep.ui.upgrade_notice import offer_restart_on_upgrade

            holder["upgrades"] = offer_restart_on_upgrade(window, watch, restart_into_new_version)
        if holder.pop("start_in_tray", False):
            # started at login: hidden behind the tray icon, or minimised where there is no tray
            if window.tray.tray is None:
                window.showMinimized()
        else:
            window.show()
        QTimer.singleShot(0, settle_heap)  # once the window is built

    def switch_language(lang: str) -> None:
        # every widget is built in the new language: rebuild the window, keep the data
        install_translators(app, lang or QLocale.system().name())
        QTimer.singleShot(0, lambda: open_window(sync_on_start=False))

    def restore_from(backup: str) -> None:
        # -- File > Restore from backup: close the window and the store, restore, reopen --
        nonlocal db
        app.setQuitOnLastWindowClosed(False)  # no window for a moment: that is not a quit
        try:
            old = holder.pop("window", None)
            if isinstance(old, QWidget):
                old.close()  # saves the draft, stops the sync
                old.deleteLater()
            db = swap_in_backup(None, db, Path(backup))
            open_window(sync_on_start=False)
        finally:
            app.setQuitOnLastWindowClosed(True)

    def switch_store() -> None:
        # -- Settings > Database chose another store: close the window (its draft is saved
        # into the store it came from), open the chosen store, a new window on it --
        nonlocal db
        from clinicrep.ui.workers import finish_background_work

        app.setQuitOnLastWindowClosed(False)
        try:
            old = holder.pop("window", None)
            if isinstance(old, QWidget):
                old.close()  # saves the draft, stops the sync
                old.deleteLater()
            finish_background_work()  # workers on the old store, with the GUI awake
            previous = db
            reopened = open_store_with_way_out()
            previous.close()
            if reopened is None:
                app.quit()
                return
            db = reopened
            open_window(sync_on_start=True)
        finally:
            app.setQuitOnLastWindowClosed(True)

    def restart_into_new_version() -> None:
        # -- the banner's Restart now: save the draft, close the store, start the new version --
        from clinicrep.ui.upgrade_notice import restart_after_upgrade

        assert watch is not None
        app.setQuitOnLastWindowClosed(False)
        old = holder.pop("window", None)
        if isinstance(old, QWidget):
            restart_after_upgrade(
                old,
                watch,
                sys.argv[1:],
                close_store=db.close,
                extra_options=("--smoke",) if smoke_upgrade else (),
            )
            old.deleteLater()
        app.quit()

    def check_in_background() -> None:
        from clinicrep.ui.workers import Op

        checked = db

        def check(_progress: object) -> None:
            checked.finish_integrity_check()  # its own connection: safe beside the GUI's

        Op(app, check).on_failure(lambda e: found_damage(checked, e)).start()

    recovering: list[bool] = []

    def found_damage(checked: object, error: BaseException) -> None:
        if checked is not db or recovering:
            return
        if not is_damage(error):
            log.error("integrity check failed: %s", type(error).__name__)
            return
        log.error("the store is damaged: %s", type(error).__name__)
        recovering.append(True)
        QTimer.singleShot(0, recover)  # out of whichever read or check came upon it

    def recover() -> None:
        # -- the file is damaged after all: close everything, offer the way out, reopen --
        nonlocal db
        app.setQuitOnLastWindowClosed(False)
        try:
            from clinicrep.ui.main_window import MainWindow

            holder.pop("window", None)
            # every window on this store, a half-built one too (a read failed in its start)
            for window in QApplication.topLevelWidgets():
                if isinstance(window, MainWindow):
                    try:
                        window.close()
                    except Exception as e:  # its draft cannot be saved to a damaged file
                        if not (isinstance(e, ClinicrepError) or is_damage(e)):
                            raise
                    window.deleteLater()
            db.close()
            reopened = open_store_with_way_out()
            if reopened is None:
                app.quit()
                return
            db = reopened
            open_window(sync_on_start=False)
        finally:
            recovering.clear()
            app.setQuitOnLastWindowClosed(True)

    # a damaged page met by any read of the window (a slot, a paint) leads to the way out;
    # any other exception there is a bug: logged with its traceback and shown
    from clinicrep.ui.bug_report import install_bug_hook

    def took_damage(error: BaseException) -> bool:
        if is_damage(error):
            found_damage(db, error)
            return True
        from clinicrep.store.live import is_connection_lost

        if is_connection_lost(error):  # the shared server went away: no bug, one sentence
            from clinicrep.ui.main_window import MainWindow

            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, MainWindow) and not widget.closed:
                    widget.server_is_away()
            return True
        return False

    previous_hook = install_bug_hook(took_damage)

    try:
        open_window(sync_on_start=not smoke)
    except Exception as e:
        if not is_damage(e):
            raise
        found_damage(db, e)  # a damaged page read before the check had finished
    # once the first screen is painted (ui/first_paint.py): the integrity check, on the other
    # core, and the reply checks' word lists
    from clinicrep.ui.main_window import MainWindow

    window = holder.get("window")
    after_paint = window.first_paint.later if isinstance(window, MainWindow) else _at_once
    if db.check_pending:
        after_paint(check_in_background)
    languages = window.settings.reply_languages if isinstance(window, MainWindow) else []
    after_paint(
        lambda: _load_guidelines_in_background(
            app, languages, window.inbox_languages() if isinstance(window, MainWindow) else ()
        )
    )
    _start_daily_backup(app)
    if smoke_upgrade:
        QTimer.singleShot(0, lambda: _smoke_upgrade(holder))
    elif smoke:
        QTimer.singleShot(0, lambda: _smoke_and_quit(holder["window"]))
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        from clinicrep.ui.workers import wait_before_exit

        wait_before_exit()  # the workers use the store and the application: both go next
    db.close()
    return code


def _at_once(fn: Callable[[], object]) -> None:
    fn()


def _load_guidelines_in_background(
    parent: QObject, first: Sequence[str] = (), inbox: Sequence[str] = ()
) -> None:
    """The reply checks' word lists compile after the first paint, one step at a time on
    the checks' own thread: the languages in ``first`` (the practice's), then those of
    ``inbox`` (the languages of the rows the window shows, in their order), then the others;
    a reply's check, should one be asked meanwhile, runs before any step still waiting.

    First the tables of the practice's languages and of English (names, e-mails and the
    practice's name are in Latin letters, so a Russian reply needs it too) are built, a
    fraction of a second each, and the practice's languages are compiled whole; then the
    tables of each other inbox language, one task each (a Polish desk's first reply to a
    Chinese review waited for the check itself to build them: ``first_check_language.py``);
    then the other languages are compiled whole. The first reply's check waits only for the
    step running when it is asked (``benchmarks/first_reply_check.py``)."""
    from clinicrep.guidelines.confidentiality import LANGUAGES
    from clinicrep.ui.workers import Op, checks_pool

    own = [code for code in dict.fromkeys(first) if code in LANGUAGES]
    needed = list(dict.fromkeys([*own, "en"]))
    met = [code for code in dict.fromkeys(inbox) if code in LANGUAGES and code not in needed]
    rest = [code for code in [*inbox, *LANGUAGES] if code in LANGUAGES and code not in own]
    Op(parent, partial(_prepare_languages, tuple(needed))).start(checks_pool())
    # the practice's own languages whole next: until then each of its checks waits on this
    # thread behind the step running (a Ukrainian desk's own reply: 1.2 s -> 14 s at load 9
    # when the inbox's other languages came first)
    for code in own:
        Op(parent, partial(_compile_language, code)).start(checks_pool())
    for code in met:
        Op(parent, partial(_prepare_languages, (code,))).start(checks_pool())
    for code in dict.fromkeys(rest):
        Op(parent, partial(_compile_language, code)).start(checks_pool())


def _prepare_languages(codes: tuple[str, ...], _progress: object) -> None:
    from clinicrep.guidelines.confidentiality import prepare_guidelines

    prepare_guidelines(codes)
    settle_heap()


def _compile_language(code: str, _progress: object) -> None:
    from clinicrep.guidelines.confidentiality import load_guidelines

    load_guidelines((code,))
    # The rule packs live as long as the window, and they come after settle_heap's first call:
    # each full pass of the collector walked them all while it held the interpreter, the
    # window's thread too (five languages compiled: 180,000 objects, 109 ms a pass, compiled
    # wheel; 102,000 and 40 ms pure); moved out of its way, a pass walks what came since.
    settle_heap()


BACKUP_DELAY_MS = 20_000  # copying 200 MB reads the disk hard: not while the window starts


def _start_daily_backup(parent: QObject) -> None:
    """Today's rolling copy of the database, if it is not there yet, off the GUI thread.

    It starts a little after the window, so that it does not slow the start-up.
    """
    from clinicrep.store.chosen_store import current_location, is_shared

    db_path = current_location()
    if is_shared(db_path) or not isinstance(db_path, Path):
        return  # a shared store on a server: the server's own backups apply
    folder = paths.backup_dir() if db_path == paths.db_path() else db_path.parent / "backups"
    QTimer.singleShot(BACKUP_DELAY_MS, parent, lambda: _daily_backup(parent, db_path, folder))


def _daily_backup(parent: QObject, db_path: Path, folder: Path) -> None:
    from clinicrep.store.backup import make_daily_backup_if_due
    from clinicrep.ui.workers import Op

    def backup(_progress: object) -> Path | None:
        return make_daily_backup_if_due(db_path, folder)  # its own connection (own thread)

    op = Op(parent, backup)
    op.on_success(lambda made: log.info("daily backup: %s", made.name if made else "not due"))
    op.on_failure(lambda e: log.warning("daily backup failed: %s", type(e).__name__))
    op.start()


def _smoke_upgrade(holder: dict[str, object]) -> None:
    """Upgrade self-test: a draft is written; once an upgrade underneath is noticed, the charts
    (modules loaded late) open and Restart now is pressed. Prints what the user would see."""
    from clinicrep.ui.main_window import MainWindow
    from clinicrep.ui.upgrade_notice import UpgradeMonitor

    window, monitor = holder.get("window"), holder.get("upgrades")
    if not isinstance(window, MainWindow) or not isinstance(monitor, UpgradeMonitor):
        print("smoke-upgrade: not an installed bundle", flush=True)
        QApplication.exit(1)
        return
    window.table.selectRow(0)
    window.editor.text.setPlainText("smoke draft: written before the upgrade")
    window.editor.save_now()
    print(f"smoke-upgrade: window shown, draft on review {window.editor.review.id}", flush=True)  # type: ignore[union-attr]
    monitor.timer.setInterval(200)

    def noticed() -> None:
        if not monitor.banner.isVisible():
            QTimer.singleShot(100, noticed)
            return
        print(f"smoke-upgrade: notice: {monitor.banner.text.text()}", flush=True)
        window.tabs.setCurrentIndex(1)  # the charts: pyqtgraph and numpy load only now
        charts = window.tabs.currentWidget()
        print(f"smoke-upgrade: charts shown after the upgrade: {type(charts).__name__}", flush=True)
        monitor.banner.restart_button.click()

    noticed()


def _smoke_and_quit(window: object) -> None:
    """Installer self-test: the window is up; on a shared store, Settings > Database's Test
    connection first; make a report; exit 0 only if it all worked."""
    if getattr(getattr(window, "db", None), "dialect", "sqlite") == "sqlite":
        _smoke_report_and_quit(window)
        return
    _smoke_test_connection(lambda ok: _smoke_report_and_quit(window, failed=not ok))


def _smoke_test_connection(then: Callable[[bool], None]) -> None:
    """Settings > Database filled in with the server this run uses, Test connection clicked
    (its worker, psycopg and libpq as the user's click runs them); prints the answer."""
    from clinicrep.store import chosen_store
    from clinicrep.ui.database_settings import DatabasePage

    target = chosen_store.current_location()
    page = DatabasePage()
    page.shared.setChecked(True)
    page.host.setText(getattr(target, "host", ""))
    page.port.setValue(int(getattr(target, "port", 5432)))
    page.dbname.setText(getattr(target, "dbname", ""))
    page.user.setText(getattr(target, "user", ""))
    page.tls.setCurrentIndex(max(0, page.tls.findData(getattr(target, "sslmode", "prefer"))))
    page.ca_file.setText(getattr(target, "sslrootcert", None) or "")
    page.test_button.click()

    def answered() -> None:
        if page.testing:
            QTimer.singleShot(50, answered)
            return
        ok = page.result.property("ok") is True
        print(f"smoke: Test connection: {page.result.text()}", flush=True)
        page.deleteLater()
        then(ok)

    answered()


def _smoke_report_and_quit(window: object, *, failed: bool = False) -> None:
    app = QApplication.instance()
    code = 0
    try:
        from clinicrep.reports.service import make_monthly_report

        with tempfile.TemporaryDirectory() as folder:
            out = make_monthly_report(
                window.db,  # type: ignore[attr-defined]
                None,
                Path(folder) / "smoke.pdf",
            )
            size = out.stat().st_size
        from clinicrep.secrets import default_store

        keyring_state = "available" if default_store().available() else "none (session only)"
        print(
            f"smoke: window shown, report {size} bytes, keyring {keyring_state},"
            f" program {Path(sys.executable).resolve()}",
            flush=True,
        )
    except Exception:
        log.exception("smoke test failed")
        code = 1
    if failed:
        code = 1
    if app is not None:
        app.exit(code)
