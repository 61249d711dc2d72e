"""The way out when the review database cannot be used: restore a backup, choose another
folder, or quit; and putting a backup in place of the store the window is using. When the
store is a shared server that cannot be used: try again, this PC's own store for now, the
Database settings, or quit.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEventLoop, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from clinicrep import paths
from clinicrep.errors import (
    ClinicrepError,
    DatabaseLocked,
    DataDirNotWritable,
    DiskFull,
)
from clinicrep.i18n import short_date_text
from clinicrep.logs import redact
from clinicrep.messages import user_message
from clinicrep.store import Database, chosen_store, opening
from clinicrep.store.backup import BackupInfo, list_backups, restore_backup
from clinicrep.store.db import update_pending
from clinicrep.ui.workers import Op, Progress

log = logging.getLogger(__name__)

RESTORE = "restore"
OTHER_FOLDER = "folder"
RETRY = "retry"
QUIT = "quit"
LOCAL = "local"
SETTINGS = "settings"

# errors that may go away by themselves (the other program closes, space is freed)
_TRANSIENT = (DatabaseLocked, DiskFull, DataDirNotWritable)


def ask_way_out(parent: QWidget | None, error: BaseException, db_path: Path | None) -> str:
    """Say what went wrong with the store and ask what to do: one of RESTORE, OTHER_FOLDER,
    RETRY, QUIT."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("clinicrep")
    box.setText(user_message(error))
    if db_path is not None:
        box.setInformativeText(
            QCoreApplication.translate("StoreRecovery", "The database file: {path}").format(
                path=str(db_path)
            )
        )
    box.setDetailedText(redact(f"{type(error).__name__}: {getattr(error, 'detail', error)}"))
    buttons = {}
    if isinstance(error, _TRANSIENT):
        buttons[RETRY] = box.addButton(
            QCoreApplication.translate("StoreRecovery", "Try again"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    if db_path is not None:  # without a folder there are no copies to offer
        buttons[RESTORE] = box.addButton(
            QCoreApplication.translate("StoreRecovery", "Restore a backup…"),
            QMessageBox.ButtonRole.ActionRole,
        )
    buttons[OTHER_FOLDER] = box.addButton(
        QCoreApplication.translate("StoreRecovery", "Choose another folder…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    buttons[QUIT] = box.addButton(
        QCoreApplication.translate("StoreRecovery", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    return _choice(box, buttons, buttons.get(RESTORE, buttons[OTHER_FOLDER]))


def describe_backup(backup: BackupInfo) -> str:
    """One line naming a copy by when it was made, in the user's language."""
    moment = QDateTime.fromSecsSinceEpoch(int(backup.made_at.timestamp()))  # local time
    when = short_date_text(moment)
    if backup.kind == "daily" and backup.day is not None:
        day = QLocale().toString(
            QDate(backup.day.year, backup.day.month, backup.day.day),
            QLocale.FormatType.LongFormat,
        )
        return QCoreApplication.translate("StoreRecovery", "Daily copy of {day}").format(day=day)
    if backup.kind == "migration":
        return QCoreApplication.translate(
            "StoreRecovery", "Copy made before an update, {when}"
        ).format(when=when)
    return QCoreApplication.translate("StoreRecovery", "Copy made before a restore, {when}").format(
        when=when
    )


def _copy_elsewhere_label() -> str:
    # a copy made with File → Export a copy… on the old PC: moving to a new one
    return QCoreApplication.translate(
        "StoreRecovery", "A copy saved elsewhere (from another PC, a USB stick)…"
    )


def _pick_copy_elsewhere(parent: QWidget | None) -> Path | None:
    """A file picker for a copy outside the backups folder (None: cancelled)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("StoreRecovery", "Restore a backup"),
        str(paths.documents_dir()),
        QCoreApplication.translate(
            "StoreRecovery", "clinicrep database (*.sqlite3);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None


def choose_backup(parent: QWidget | None, folder: Path, *, from_menu: bool = False) -> Path | None:
    """List the copies with their dates and let the user pick one (None: cancelled).

    ``from_menu``: asked from File → Restore from backup…, with the data open and nothing
    wrong; else from the start-up screen that could not open the data (whose own buttons
    offer another folder)."""
    backups = list_backups(folder)
    if not backups:
        # none in the backups folder: the copy on a USB stick is still one click away
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("clinicrep")
        if from_menu:  # no folder to choose here, and no file to copy by hand into one
            text = QCoreApplication.translate(
                "StoreRecovery",
                "There are no backup copies of this data yet: clinicrep makes one each day it "
                "is used and before each update. To restore a copy from another PC or a USB "
                "stick, choose “A copy saved elsewhere”.",
            )
        else:
            text = QCoreApplication.translate(
                "StoreRecovery",
                "No backup copies were found in {folder}. Choose another folder instead, or "
                "copy a backup file there.",
            ).format(folder=str(folder))
        box.setText(text)
        elsewhere = box.addButton(_copy_elsewhere_label(), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
        box.exec()
        return _pick_copy_elsewhere(parent) if box.clickedButton() is elsewhere else None
    labels = [describe_backup(b) for b in backups]
    for i, label in enumerate(labels):  # two copies made the same minute stay distinct
        if labels.count(label) > 1:
            labels[i] = f"{label} ({backups[i].path.name})"
    elsewhere_label = _copy_elsewhere_label()
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("StoreRecovery", "Restore a backup"),
        QCoreApplication.translate(
            "StoreRecovery",
            "Choose the copy to restore. The data there now is kept as a copy first.",
        ),
        [*labels, elsewhere_label],
        0,
        False,
    )
    if ok and label == elsewhere_label:
        return _pick_copy_elsewhere(parent)
    if not ok or label not in labels:
        return None
    return backups[labels.index(label)].path


def restore_chosen(parent: QWidget | None, backup: Path, db_path: Path) -> bool:
    """Restore ``backup`` over ``db_path`` (nothing may have it open); False if refused."""
    try:
        restore_backup(backup, db_path, keep_folder=db_path.parent / "backups")
    except ClinicrepError as e:
        log.error("restore refused: %s (%s)", type(e).__name__, e.detail)
        QMessageBox.critical(
            parent,
            "clinicrep",
            QCoreApplication.translate(
                "StoreRecovery", "That copy was not restored; nothing was changed. {reason}"
            ).format(reason=user_message(e)),
        )
        return False
    return True


def choose_other_folder(parent: QWidget | None) -> Path | None:
    """Ask for a folder and use it as the data dir for this run, saying how to keep it."""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("StoreRecovery", "Choose a folder for clinicrep's data"),
        str(Path.home()),
    )
    if not folder:
        return None
    paths.set_data_dir(folder)
    QMessageBox.information(
        parent,
        "clinicrep",
        QCoreApplication.translate(
            "StoreRecovery",
            "clinicrep uses {folder} until it is closed. To use this folder every time, start "
            'clinicrep with --data-dir "{folder}", or set the environment variable '
            "CLINICREP_DATA_DIR to it.",
        ).format(folder=folder),
    )
    return Path(folder)


@contextlib.contextmanager
def _update_notice(parent: QWidget | None) -> Iterator[None]:
    """While a store written by an older version is brought up to date (once, up to a minute
    on a big practice, before the window can open), a small window says so: without it the
    first start after an update looked like nothing happening."""
    notice = QLabel(
        QCoreApplication.translate(
            "StoreRecovery",
            "clinicrep is bringing your reviews up to date for this version. This happens "
            "once and can take a minute on a large practice. Please wait…",
        ),
        parent,
    )
    notice.setObjectName("updateNotice")
    notice.setWindowTitle("clinicrep")
    notice.setWindowFlag(Qt.WindowType.Window)
    notice.setWordWrap(True)
    notice.setMargin(24)
    notice.setFixedWidth(420)
    notice.show()
    try:
        yield
    finally:
        notice.close()
        notice.deleteLater()


def _open_file_store(parent: QWidget | None, where: Path, *, defer_check: bool) -> Database:
    """Open the SQLite file at ``where``. When opening it will rebuild part of it
    (``update_pending``: 0016 took about 10 s on 100,000 reviews), the migration runs on a
    worker with a connection of its own while the notice says so and the GUI thread keeps
    its events (the notice repaints and can be moved; the system never calls it "not
    responding"); the file is then opened here, already current. An error in the
    migration is raised here, for the usual way out."""
    if update_pending(where):
        with _update_notice(parent):
            _run_keeping_events(
                lambda _progress: opening.open_store(where, defer_check=defer_check).close()
            )
    return opening.open_store(where, defer_check=defer_check)  # type: ignore[no-any-return]


def _run_keeping_events(fn: Callable[[Progress], object]) -> None:
    """Run ``fn`` on a worker; the GUI thread runs a nested event loop until it ends.
    What it raised is raised here."""
    outcome: list[BaseException | None] = []
    loop = QEventLoop()

    def ended(error: BaseException | None) -> None:
        outcome.append(error)
        loop.quit()

    Op(None, fn).on_success(lambda _result: ended(None)).on_failure(ended).start()
    if not outcome:  # the result comes through the queue, so it cannot have come yet
        loop.exec()
    if outcome[0] is not None:
        raise outcome[0]


def open_store_with_way_out(
    parent: QWidget | None = None, *, defer_check: bool = False
) -> Database | None:
    """Open the store; while that fails, offer the ways out. None when the user quits.

    ``defer_check``: see ``open_database``; the caller runs the check in the background.
    """
    while True:
        db_path: Path | None = None
        try:
            where = chosen_store.current_location()
            if not isinstance(where, Path):
                opened = _open_shared_with_way_out(parent, where)
                if opened is _SWITCHED:
                    continue  # this PC's own store for now, or new settings: open that
                return opened  # type: ignore[return-value]  # the store, or None: quit
            db_path = where
            return _open_file_store(parent, where, defer_check=defer_check)
        except ClinicrepError as e:
            error: ClinicrepError = e
        except OSError as e:  # the data dir itself cannot be created
            error = DataDirNotWritable(str(e), path=str(db_path or ""))
        log.error("cannot open the store: %s (%s)", type(error).__name__, error.detail)
        choice = ask_way_out(parent, error, db_path)
        if choice == QUIT:
            return None
        if choice == RESTORE:
            assert db_path is not None  # only offered when the folder exists
            backup = choose_backup(parent, db_path.parent / "backups")
            if backup is not None:
                restore_chosen(parent, backup, db_path)
        elif choice == OTHER_FOLDER:
            choose_other_folder(parent)


def swap_in_backup(parent: QWidget | None, db: Database, backup: Path) -> Database:
    """Close ``db``, restore ``backup`` over its file and open it again.

    The window using ``db`` must be closed first. Background jobs hold their own
    connections, so they are waited for. If the restore is refused, the current file is
    opened again unchanged. Returns the connection to use from now on.
    """
    from clinicrep.ui.workers import finish_background_work

    finish_background_work(parent)
    db_path = db.path
    db.close()
    restore_chosen(parent, backup, db_path)
    reopened = open_store_with_way_out(parent)
    if reopened is None:
        raise SystemExit(2)
    return reopened


_SWITCHED = object()  # the user chose another store: open_store_with_way_out opens it
_local_for_now: list[object] = []  # the shared store this run could not use, if any


def local_for_now() -> object | None:
    """The shared store this run stands in for with this PC's own (None: it does not)."""
    return _local_for_now[-1] if _local_for_now else None


def ask_server_way_out(parent: QWidget | None, error: BaseException, target: object) -> str:
    """A shared server cannot be used at start-up: one of RETRY, LOCAL, SETTINGS, QUIT."""
    box = QMessageBox(parent)
    box.setObjectName("serverWayOut")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("clinicrep")
    box.setText(user_message(error))
    box.setInformativeText(
        QCoreApplication.translate(
            "StoreRecovery",
            "The shared database: {where}. You can use this PC's own database until the "
            "server is back; what you write there stays on this PC.",
        ).format(where=chosen_store.describe(target))  # type: ignore[arg-type]
    )
    box.setDetailedText(redact(f"{type(error).__name__}: {getattr(error, 'detail', error)}"))
    buttons = {
        RETRY: box.addButton(
            QCoreApplication.translate("StoreRecovery", "Try again"),
            QMessageBox.ButtonRole.AcceptRole,
        ),
        LOCAL: box.addButton(
            QCoreApplication.translate("StoreRecovery", "Use this PC only for now"),
            QMessageBox.ButtonRole.ActionRole,
        ),
        SETTINGS: box.addButton(
            QCoreApplication.translate("StoreRecovery", "Database settings…"),
            QMessageBox.ButtonRole.ActionRole,
        ),
        QUIT: box.addButton(
            QCoreApplication.translate("StoreRecovery", "Quit"), QMessageBox.ButtonRole.RejectRole
        ),
    }
    return _choice(box, buttons, buttons[RETRY])


def _open_shared_with_way_out(parent: QWidget | None, target: object) -> object:
    """The shared store, or _SWITCHED (another store chosen), or None (quit)."""
    while True:
        try:
            return opening.open_store(target)  # type: ignore[arg-type]
        except ClinicrepError as e:
            error = e
        log.error(
            "cannot open the shared store: %s (%s)", type(error).__name__, redact(error.detail)
        )
        choice = ask_server_way_out(parent, error, target)
        if choice == QUIT:
            return None
        if choice == LOCAL:
            # for this run only: the PC's choice stays the server, tried again next start
            chosen_store.use_for_this_run(paths.db_path())
            _local_for_now.append(target)
            log.info("using this PC's own store for now: the shared one cannot be used")
            return _SWITCHED
        if choice == SETTINGS:
            from clinicrep.ui.database_settings import DatabaseSettingsDialog

            dialog = DatabaseSettingsDialog(parent)
            if dialog.exec() == DatabaseSettingsDialog.DialogCode.Accepted:
                dialog.page.save()
                return _SWITCHED
        # RETRY, or settings cancelled: try again


def _choice(box: QMessageBox, buttons: dict[str, QPushButton], default: QPushButton) -> str:
    """Ask, with Quit on Escape and ``default`` on Enter; the choice clicked (Quit if none)."""
    box.setEscapeButton(buttons[QUIT])
    box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    for choice, button in buttons.items():
        if clicked is button:
            return choice
    return QUIT
