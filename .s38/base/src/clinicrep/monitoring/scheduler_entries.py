"""The text of the operating-system entries that run clinicrep without the window.

Pure functions: systemd user units, a cron line, an XDG autostart file, a Windows Task
Scheduler XML and its schtasks / reg command lines, macOS LaunchAgent plists. ``install.py``
writes them and runs the commands; tests read them.
"""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from clinicrep import paths

SYNC_UNIT = "clinicrep-sync"
TASK_NAME = "clinicrep-sync"
RUN_VALUE = "clinicrep"
LAUNCH_SYNC_LABEL = "com.clinicrep.sync"
LAUNCH_TRAY_LABEL = "com.clinicrep.tray"
CRON_MARKER = "# clinicrep-sync"
TASK_NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task"


def start_command(*, windowless: bool = False) -> list[str]:
    """How to start clinicrep: the bundle's own executable, or ``python -m clinicrep``.

    The same rule as the welcome page's demo button. ``windowless`` picks pythonw.exe on
    Windows, so a scheduled check does not flash a console window.
    """
    executable = sys.executable
    if windowless and sys.platform == "win32" and not paths.is_frozen():
        candidate = Path(executable).with_name("pythonw.exe")
        if candidate.exists():
            executable = str(candidate)
    if paths.is_frozen():
        return [executable]
    return [executable, "-m", "clinicrep"]


def sync_command(data_dir: Path, *, windowless: bool = False) -> list[str]:
    """The scheduled check: ``clinicrep --data-dir DIR sync --quiet``."""
    return [*start_command(windowless=windowless), "--data-dir", str(data_dir), "sync", "--quiet"]


def tray_command(data_dir: Path, *, windowless: bool = False) -> list[str]:
    """The login entry: the window, started hidden in the tray."""
    return [*start_command(windowless=windowless), "--data-dir", str(data_dir), "--tray"]


# -- Linux ----------------------------------------------------------------------
def _systemd_quote(arg: str) -> str:
    # systemd unquotes "..." with C escapes, expands %specifiers and $VARIABLES: neutralise all
    text = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
    return f'"{text}"'


def systemd_exec_line(command: list[str]) -> str:
    return " ".join(_systemd_quote(a) for a in command)


def systemd_service(command: list[str]) -> str:
    return (
        "[Unit]\n"
        "Description=clinicrep: check for new reviews (no window)\n"
        "After=network-online.target\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={systemd_exec_line(command)}\n"
        "Nice=10\n"
        "TimeoutStartSec=30min\n"
    )


def systemd_timer(interval_minutes: int) -> str:
    minutes = max(1, int(interval_minutes))
    return (
        "[Unit]\n"
        f"Description=clinicrep: check for new reviews every {minutes} minutes\n"
        "\n"
        "[Timer]\n"
        "OnBootSec=5min\n"
        f"OnUnitActiveSec={minutes}min\n"
        "AccuracySec=1min\n"
        f"Unit={SYNC_UNIT}.service\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


def _sh_quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


def cron_line(command: list[str], interval_minutes: int) -> str:
    """One crontab line (where there is no user systemd), marked so it can be found again."""
    minutes = max(1, int(interval_minutes))
    if minutes < 60:
        schedule = f"*/{minutes} * * * *"
    else:
        hours = max(1, min(23, minutes // 60))
        schedule = f"0 */{hours} * * *"
    # cron treats a bare % as a line break
    shell = " ".join(_sh_quote(a) for a in command).replace("%", "\\%")
    return f"{schedule} {shell} >/dev/null 2>&1 {CRON_MARKER}"


def _desktop_quote(arg: str) -> str:
    # the Desktop Entry spec: quote arguments with reserved characters, escape " ` $ \, and %%
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    text = arg.replace("%", "%%")
    if not any(c in reserved for c in text):
        return text
    for c in ("\\", '"', "`", "$"):
        text = text.replace(c, "\\" + c)
    return f'"{text}"'


def desktop_exec_line(command: list[str]) -> str:
    return " ".join(_desktop_quote(a) for a in command)


def autostart_desktop(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=clinicrep\n"
        "Comment=Reviews of your practice, watched from the tray\n"
        f"Exec={desktop_exec_line(command)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


# -- Windows --------------------------------------------------------------------
def windows_command_line(command: list[str]) -> str:
    return subprocess.list2cmdline(command)


def windows_task_xml(command: list[str], interval_minutes: int, *, author: str = "") -> str:
    """A Task Scheduler 1.2 task for the current user, least privilege, every N minutes."""
    minutes = max(1, int(interval_minutes))
    program, arguments = command[0], subprocess.list2cmdline(command[1:])
    author_xml = f"    <Author>{escape(author)}</Author>\n" if author else ""
    return (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        f'<Task version="1.2" xmlns="{TASK_NAMESPACE}">\n'
        "  <RegistrationInfo>\n"
        f"{author_xml}"
        "    <Description>clinicrep: check for new reviews (no window)</Description>\n"
        f"    <URI>\\{TASK_NAME}</URI>\n"
        "  </RegistrationInfo>\n"
        "  <Triggers>\n"
        "    <TimeTrigger>\n"
        "      <Repetition>\n"
        f"        <Interval>PT{minutes}M</Interval>\n"
        "        <StopAtDurationEnd>false</StopAtDurationEnd>\n"
        "      </Repetition>\n"
        "      <StartBoundary>2020-01-01T00:00:00</StartBoundary>\n"
        "      <Enabled>true</Enabled>\n"
        "    </TimeTrigger>\n"
        "  </Triggers>\n"
        "  <Principals>\n"
        '    <Principal id="Author">\n'
        "      <LogonType>InteractiveToken</LogonType>\n"
        "      <RunLevel>LeastPrivilege</RunLevel>\n"
        "    </Principal>\n"
        "  </Principals>\n"
        "  <Settings>\n"
        "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
        "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
        "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
        "    <StartWhenAvailable>true</StartWhenAvailable>\n"
        "    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>\n"
        "    <ExecutionTimeLimit>PT30M</ExecutionTimeLimit>\n"
        "    <Hidden>true</Hidden>\n"
        "    <Enabled>true</Enabled>\n"
        "  </Settings>\n"
        '  <Actions Context="Author">\n'
        "    <Exec>\n"
        f"      <Command>{escape(program)}</Command>\n"
        f"      <Arguments>{escape(arguments)}</Arguments>\n"
        "    </Exec>\n"
        "  </Actions>\n"
        "</Task>\n"
    )


def schtasks_create(xml_path: Path) -> list[str]:
    return ["schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(xml_path), "/F"]


def schtasks_delete() -> list[str]:
    return ["schtasks", "/Delete", "/TN", TASK_NAME, "/F"]


def schtasks_query() -> list[str]:
    return ["schtasks", "/Query", "/TN", TASK_NAME]


RUN_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"


def startup_add(command: list[str]) -> list[str]:
    """The current user's Run key: starts the tray at login, no admin rights."""
    return [
        "reg",
        "add",
        RUN_KEY,
        "/v",
        RUN_VALUE,
        "/t",
        "REG_SZ",
        "/d",
        windows_command_line(command),
        "/f",
    ]


def startup_delete() -> list[str]:
    return ["reg", "delete", RUN_KEY, "/v", RUN_VALUE, "/f"]


def startup_query() -> list[str]:
    return ["reg", "query", RUN_KEY, "/v", RUN_VALUE]


# -- macOS ----------------------------------------------------------------------
def launch_agent_plist(
    label: str, command: list[str], *, interval_minutes: int | None, log_dir: Path
) -> bytes:
    """A LaunchAgent: every N minutes (the check) or at login (the tray)."""
    agent: dict[str, object] = {
        "Label": label,
        "ProgramArguments": list(command),
        "ProcessType": "Background" if interval_minutes else "Interactive",
        "StandardOutPath": str(log_dir / f"{label}.out.log"),
        "StandardErrorPath": str(log_dir / f"{label}.err.log"),
    }
    if interval_minutes:
        agent["StartInterval"] = max(1, int(interval_minutes)) * 60
        agent["RunAtLoad"] = False
    else:
        agent["RunAtLoad"] = True
    return plistlib.dumps(agent, fmt=plistlib.FMT_XML, sort_keys=True)
