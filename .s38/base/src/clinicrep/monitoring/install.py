"""Install, remove and list the entries that run clinicrep without the window, per OS.

For the current user only and without admin rights: systemd user units (or a crontab line
where there is no user systemd) and an XDG autostart file on Linux; a Task Scheduler task
and the user's Run key on Windows; LaunchAgents on macOS. Every external command goes
through a ``CommandRunner``, which tests replace by a recorder.
"""

from __future__ import annotations

import logging
import os
import platform
import shlex
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clinicrep import paths
from clinicrep.errors import ClinicrepError
from clinicrep.monitoring import scheduler_entries as entries

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunResult:
    returncode: int
    stdout: str = ""
    stderr: str = ""
    missing_program: str = ""  # the program is not installed on this computer


CommandRunner = Callable[[list[str], str | None], RunResult]


def subprocess_runner(args: list[str], stdin: str | None = None) -> RunResult:
    """Run a command with a timeout; a missing program is a failed run, not a crash."""
    try:
        done = subprocess.run(
            args, input=stdin, capture_output=True, text=True, timeout=30, check=False
        )
    except FileNotFoundError:
        return RunResult(127, "", f"{args[0]}: not found", missing_program=args[0])
    except (OSError, subprocess.TimeoutExpired) as e:
        return RunResult(127, "", f"{args[0]}: {type(e).__name__}")
    return RunResult(done.returncode, done.stdout, done.stderr)


@dataclass(frozen=True, slots=True)
class InstalledEntry:
    """One OS entry as the user sees it in Settings and ``clinicrep monitor status``."""

    purpose: str  # "sync" | "tray"
    mechanism: str  # systemd-timer | cron | xdg-autostart | task-scheduler | run-key | launch-agent
    location: str  # a file, or the task / registry value's name
    command: str  # the exact command line it runs


class MonitorInstaller:
    """The current user's entries on ``system`` ("Linux", "Windows", "Darwin")."""

    def __init__(
        self,
        *,
        system: str | None = None,
        runner: CommandRunner | None = None,
        home: Path | None = None,
        data_dir: Path | None = None,
    ) -> None:
        self.system = system or platform.system()
        self.run = runner or subprocess_runner
        self.home = Path(home) if home else Path.home()
        self.data_dir = Path(data_dir) if data_dir else paths.data_dir()

    # -- where things go -------------------------------------------------------
    def _xdg_config(self) -> Path:
        env = os.environ.get("XDG_CONFIG_HOME")
        return Path(env) if env else self.home / ".config"

    @property
    def systemd_dir(self) -> Path:
        return self._xdg_config() / "systemd" / "user"

    @property
    def autostart_file(self) -> Path:
        return self._xdg_config() / "autostart" / "clinicrep.desktop"

    @property
    def launch_agents_dir(self) -> Path:
        return self.home / "Library" / "LaunchAgents"

    @property
    def task_xml_file(self) -> Path:
        return paths.config_dir() / f"{entries.TASK_NAME}.xml"

    def _service_file(self) -> Path:
        return self.systemd_dir / f"{entries.SYNC_UNIT}.service"

    def _timer_file(self) -> Path:
        return self.systemd_dir / f"{entries.SYNC_UNIT}.timer"

    def _plist(self, label: str) -> Path:
        return self.launch_agents_dir / f"{label}.plist"

    def sync_command(self) -> list[str]:
        return entries.sync_command(self.data_dir, windowless=self.system == "Windows")

    def tray_command(self) -> list[str]:
        return entries.tray_command(self.data_dir, windowless=self.system == "Windows")

    # -- the scheduled check ---------------------------------------------------
    def install_sync(self, interval_minutes: int) -> InstalledEntry:
        """Install (or update) the scheduled ``clinicrep sync --quiet``."""
        command = self.sync_command()
        if self.system == "Windows":
            xml = entries.windows_task_xml(command, interval_minutes)
            self.task_xml_file.write_text(xml, encoding="utf-16")
            self._run_checked(entries.schtasks_create(self.task_xml_file), None)
            return self._sync_entry_windows()
        if self.system == "Darwin":
            plist = self._plist(entries.LAUNCH_SYNC_LABEL)
            data = entries.launch_agent_plist(
                entries.LAUNCH_SYNC_LABEL,
                command,
                interval_minutes=interval_minutes,
                log_dir=paths.log_dir(),
            )
            self._load_launch_agent(plist, data)
            return InstalledEntry(
                "sync", "launch-agent", str(plist), entries.windows_command_line(command)
            )
        if self.has_user_systemd():
            self.systemd_dir.mkdir(parents=True, exist_ok=True)
            self._service_file().write_text(entries.systemd_service(command), encoding="utf-8")
            self._timer_file().write_text(entries.systemd_timer(interval_minutes), encoding="utf-8")
            self._remove_cron_line()  # one mechanism at a time
            self._run_checked(["systemctl", "--user", "daemon-reload"], None)
            self._run_checked(
                ["systemctl", "--user", "enable", "--now", f"{entries.SYNC_UNIT}.timer"], None
            )
            return self._systemd_entry()
        lines = [ln for ln in self._crontab_lines() if entries.CRON_MARKER not in ln]
        lines.append(entries.cron_line(command, interval_minutes))
        self._run_checked(["crontab", "-"], "\n".join(lines) + "\n")
        return InstalledEntry("sync", "cron", "crontab", lines[-1])

    def remove_sync(self) -> None:
        if self.system == "Windows":
            if self.run(entries.schtasks_query(), None).returncode == 0:
                self._run_checked(entries.schtasks_delete(), None)
            self.task_xml_file.unlink(missing_ok=True)
            return
        if self.system == "Darwin":
            self._unload_launch_agent(self._plist(entries.LAUNCH_SYNC_LABEL))
            return
        if self._timer_file().exists() or self._service_file().exists():
            self.run(
                ["systemctl", "--user", "disable", "--now", f"{entries.SYNC_UNIT}.timer"], None
            )
            self._timer_file().unlink(missing_ok=True)
            self._service_file().unlink(missing_ok=True)
            self.run(["systemctl", "--user", "daemon-reload"], None)
        self._remove_cron_line()

    # -- the tray at login -----------------------------------------------------
    def install_tray(self) -> InstalledEntry:
        command = self.tray_command()
        if self.system == "Windows":
            self._run_checked(entries.startup_add(command), None)
            return InstalledEntry(
                "tray",
                "run-key",
                f"{entries.RUN_KEY}\\{entries.RUN_VALUE}",
                entries.windows_command_line(command),
            )
        if self.system == "Darwin":
            plist = self._plist(entries.LAUNCH_TRAY_LABEL)
            data = entries.launch_agent_plist(
                entries.LAUNCH_TRAY_LABEL, command, interval_minutes=None, log_dir=paths.log_dir()
            )
            self._load_launch_agent(plist, data, start_now=False)
            return InstalledEntry(
                "tray", "launch-agent", str(plist), entries.windows_command_line(command)
            )
        self.autostart_file.parent.mkdir(parents=True, exist_ok=True)
        self.autostart_file.write_text(entries.autostart_desktop(command), encoding="utf-8")
        return InstalledEntry(
            "tray", "xdg-autostart", str(self.autostart_file), entries.desktop_exec_line(command)
        )

    def remove_tray(self) -> None:
        if self.system == "Windows":
            if self.run(entries.startup_query(), None).returncode == 0:
                self._run_checked(entries.startup_delete(), None)
            return
        if self.system == "Darwin":
            self._unload_launch_agent(self._plist(entries.LAUNCH_TRAY_LABEL))
            return
        self.autostart_file.unlink(missing_ok=True)

    # -- what is there ---------------------------------------------------------
    def status(self) -> list[InstalledEntry]:
        found: list[InstalledEntry] = []
        if self.system == "Windows":
            if self.run(entries.schtasks_query(), None).returncode == 0:
                found.append(self._sync_entry_windows())
            if self.run(entries.startup_query(), None).returncode == 0:
                found.append(
                    InstalledEntry(
                        "tray",
                        "run-key",
                        f"{entries.RUN_KEY}\\{entries.RUN_VALUE}",
                        entries.windows_command_line(self.tray_command()),
                    )
                )
            return found
        if self.system == "Darwin":
            for purpose, label in (
                ("sync", entries.LAUNCH_SYNC_LABEL),
                ("tray", entries.LAUNCH_TRAY_LABEL),
            ):
                plist = self._plist(label)
                if plist.exists():
                    found.append(
                        InstalledEntry(purpose, "launch-agent", str(plist), _plist_command(plist))
                    )
            return found
        if self._timer_file().exists():
            found.append(self._systemd_entry())
        else:
            for line in self._crontab_lines():
                if entries.CRON_MARKER in line:
                    found.append(InstalledEntry("sync", "cron", "crontab", line))
        if self.autostart_file.exists():
            exec_line = next(
                (
                    ln[5:]
                    for ln in self.autostart_file.read_text("utf-8").splitlines()
                    if ln.startswith("Exec=")
                ),
                "",
            )
            found.append(
                InstalledEntry("tray", "xdg-autostart", str(self.autostart_file), exec_line)
            )
        return found

    def has_user_systemd(self) -> bool:
        """A user systemd instance to talk to (not in many containers, WSL1, or under cron)."""
        return self.run(["systemctl", "--user", "show-environment"], None).returncode == 0

    # -- pieces ----------------------------------------------------------------
    def _systemd_entry(self) -> InstalledEntry:
        exec_line = ""
        if self._service_file().exists():
            for line in self._service_file().read_text("utf-8").splitlines():
                if line.startswith("ExecStart="):
                    exec_line = line[len("ExecStart=") :]
        return InstalledEntry("sync", "systemd-timer", str(self._timer_file()), exec_line)

    def _sync_entry_windows(self) -> InstalledEntry:
        return InstalledEntry(
            "sync",
            "task-scheduler",
            entries.TASK_NAME,
            entries.windows_command_line(self.sync_command()),
        )

    def _crontab_lines(self) -> list[str]:
        result = self.run(["crontab", "-l"], None)
        if result.returncode != 0:  # "no crontab for user", or no cron at all
            return []
        return [ln for ln in result.stdout.splitlines() if ln.strip()]

    def _remove_cron_line(self) -> None:
        lines = self._crontab_lines()
        kept = [ln for ln in lines if entries.CRON_MARKER not in ln]
        if len(kept) != len(lines):
            self._run_checked(["crontab", "-"], "\n".join(kept) + "\n" if kept else "")

    def _load_launch_agent(self, plist: Path, data: bytes, *, start_now: bool = True) -> None:
        domain = f"gui/{os.getuid()}" if hasattr(os, "getuid") else "gui"
        if plist.exists():
            self.run(["launchctl", "bootout", domain, str(plist)], None)
        plist.parent.mkdir(parents=True, exist_ok=True)
        plist.write_bytes(data)
        if start_now:
            self._run_checked(["launchctl", "bootstrap", domain, str(plist)], None)

    def _unload_launch_agent(self, plist: Path) -> None:
        if not plist.exists():
            return
        domain = f"gui/{os.getuid()}" if hasattr(os, "getuid") else "gui"
        self.run(["launchctl", "bootout", domain, str(plist)], None)
        plist.unlink(missing_ok=True)

    def _run_checked(self, args: list[str], stdin: str | None) -> None:
        result = self.run(args, stdin)
        if result.returncode != 0:
            log.warning(
                "scheduler command failed (%d): %s", result.returncode, result.stderr.strip()[:300]
            )
            detail = result.stderr.strip()[:300] or f"exit {result.returncode}"
            command = (
                entries.windows_command_line(args) if self.system == "Windows" else shlex.join(args)
            )
            where = {"command": command, "output": result.stderr.strip()[:300]}
            if result.missing_program:
                raise SchedulerError(
                    detail,
                    code="scheduler_missing",
                    program=result.missing_program,
                    returncode=result.returncode,
                    **where,
                )
            raise SchedulerError(detail, detail_text=detail, returncode=result.returncode, **where)


class SchedulerError(ClinicrepError):
    """The OS refused an entry, or its scheduler is not installed: the exact command that
    failed and what the OS tool said (for the log, the details, and to try by hand)."""

    code = "scheduler_failed"

    def __init__(self, detail: str = "", *, code: str = "scheduler_failed", **params: Any):
        super().__init__(detail, **params)
        self.code = code
        self.command = str(params.get("command", ""))
        self.output = str(params.get("output", ""))
        self.returncode = int(params.get("returncode", 0))
        # a runner reports a program that is not there as 127 (the shell's code)
        self.program_missing = code == "scheduler_missing" or (
            self.returncode == 127 and self.output in ("", "FileNotFoundError")
        )


def _plist_command(plist: Path) -> str:
    import plistlib

    try:
        args = plistlib.loads(plist.read_bytes()).get("ProgramArguments", [])
    except Exception:  # a file someone edited by hand: show it as unreadable, do not crash
        return ""
    return entries.windows_command_line([str(a) for a in args])


def apply_monitoring(
    *,
    monitor_enabled: bool,
    interval_minutes: int,
    start_in_tray: bool,
    installer: MonitorInstaller | None = None,
) -> list[InstalledEntry]:
    """Make the OS entries match the two checkboxes; returns what is installed afterwards."""
    installer = installer or MonitorInstaller()
    if monitor_enabled:
        installer.install_sync(interval_minutes)
    else:
        installer.remove_sync()
    if start_in_tray:
        installer.install_tray()
    else:
        installer.remove_tray()
    return installer.status()
