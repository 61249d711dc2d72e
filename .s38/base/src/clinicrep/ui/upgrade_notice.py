"""The notice shown when a newer clinicrep was installed while the window was open.

The running window goes on working from its own folder (installations.py); the notice says
so and offers a restart into the new version, which saves the draft reply first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QProcess,
    QProcessEnvironment,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicrep.installation import UpgradeWatch

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30_000  # one stat of a small file: an upgrade is noticed within half a minute


class UpgradeBanner(QFrame):
    """A strip above the window's pages: "updated to X; restart" with Restart now / Later."""

    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeBanner")
        self.setStyleSheet(
            "#upgradeBanner { background: #e8f1fd; border: 1px solid #7aa7e0;"
            " border-radius: 4px; } #upgradeBanner QLabel { color: #0d2f5c; }"
        )
        self.setAccessibleName(self.tr("Update installed"))
        self.text = QLabel()
        self.text.setObjectName("upgradeText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.setObjectName("upgradeRestart")
        self.restart_button.setToolTip(
            self.tr("Close this window, keeping your draft, and open the new version")
        )
        self.restart_button.clicked.connect(self.restart_requested)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restart_button)
        layout.addWidget(self.later_button)
        self.version = ""
        self.hide()

    def show_upgrade(self, version: str) -> None:
        if version == self.version:
            return  # "Later" keeps it hidden until yet another version comes
        self.version = version
        self.text.setText(
            self.tr(
                "clinicrep {version} was installed while this window was open. This window "
                "keeps working as before; restart to use the new version. Your draft reply is "
                "kept."
            ).format(version=version)
        )
        self.show()


class UpgradeMonitor(QObject):
    """Asks the watch every ``interval_ms`` and shows the banner when a new version appears."""

    def __init__(
        self,
        watch: UpgradeWatch,
        banner: UpgradeBanner,
        *,
        interval_ms: int = CHECK_EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.watch = watch
        self.banner = banner
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> str | None:
        found = self.watch.newer_installed()
        if found is not None:
            if found != self.banner.version:
                log.info("clinicrep %s was installed under the running %s", found,
                         self.watch.running)  # fmt: skip
            self.banner.show_upgrade(found)
        return found


def offer_restart_on_upgrade(
    window: QMainWindow, watch: UpgradeWatch, restart: Callable[[], None]
) -> UpgradeMonitor:
    """The window shows the banner when ``watch`` finds a newer version; Restart now calls
    ``restart``. The monitor lives as long as the window."""
    banner = UpgradeBanner()
    attach_upgrade_banner(window, banner)
    banner.restart_requested.connect(restart)
    return UpgradeMonitor(watch, banner, parent=window)


def attach_upgrade_banner(window: QMainWindow, banner: UpgradeBanner) -> None:
    """Put the banner above whatever the window shows (the welcome page or the inbox)."""
    central = window.takeCentralWidget()
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(box)


def tell_restart_failed() -> None:
    """The new version could not be started: the draft is saved, the menu opens it."""
    QMessageBox.warning(
        None,
        QCoreApplication.translate("UpgradeBanner", "clinicrep"),
        QCoreApplication.translate(
            "UpgradeBanner",
            "The new version of clinicrep could not be started. Your draft reply is saved: open "
            "clinicrep again from the applications menu.",
        ),
    )


def start_detached(command: list[str]) -> bool:
    """Start ``command`` as a program of its own, outliving this one."""
    process = QProcess()
    process.setProgram(command[0])
    process.setArguments(command[1:])
    env = QProcessEnvironment.systemEnvironment()
    # a bundle started by a bundle is an instance of its own, not a helper of this one
    env.insert("PYINSTALLER_RESET_ENVIRONMENT", "1")
    process.setProcessEnvironment(env)
    started = process.startDetached()  # PySide6: a bool (other bindings: (bool, pid))
    return bool(started[0] if isinstance(started, tuple) else started)


def restart_after_upgrade(
    window: QWidget,
    watch: UpgradeWatch,
    argv: list[str],
    *,
    close_store: Callable[[], None],
    start: Callable[[list[str]], bool] = start_detached,
    extra_options: tuple[str, ...] = (),
) -> bool:
    """Restart now: close the window (it saves the draft and stops the sync), close the store,
    and start the installed version with this one's data folder (and ``extra_options``: the
    upgrade self-test's --smoke). Says so when it cannot."""
    command = watch.restart_command(argv) + list(extra_options)
    window.close()
    close_store()
    log.info("restarting into clinicrep %s", watch.newer_installed() or "?")
    if start(command):
        return True
    log.error("could not start %s after an upgrade", command[0])
    tell_restart_failed()
    return False
