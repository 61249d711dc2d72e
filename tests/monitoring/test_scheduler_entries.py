"""The OS entries: written under the user's own config dirs, valid, listed, and removed again."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from clinicrep.monitoring import scheduler_entries as entries
from clinicrep.monitoring.install import MonitorInstaller, apply_monitoring

from .conftest import RecordingRunner

NS = {"t": entries.TASK_NAMESPACE}


def installer(system: str, runner: RecordingRunner, home: Path, data_dir: Path) -> MonitorInstaller:
    return MonitorInstaller(system=system, runner=runner, home=home, data_dir=data_dir)


def test_linux_timer_is_installed_for_the_user_and_verified_by_systemd(
    home: Path, runner: RecordingRunner, data_dir: Path
) -> None:
    inst = installer("Linux", runner, home, data_dir)
    entry = inst.install_sync(20)
    unit_dir = home / ".config" / "systemd" / "user"
    service = (unit_dir / "clinicrep-sync.service").read_text()
    timer = (unit_dir / "clinicrep-sync.timer").read_text()
    assert (
        f'"{sys.executable}" "-m" "clinicrep" "--data-dir" "{data_dir}" "sync" "--quiet"' in service
    )
    assert "Type=oneshot" in service
    assert "OnUnitActiveSec=20min" in timer and "Unit=clinicrep-sync.service" in timer
    assert "WantedBy=timers.target" in timer
    assert "systemctl --user daemon-reload" in runner.commands()
    assert "systemctl --user enable --now clinicrep-sync.timer" in runner.commands()
    assert not any(c.startswith("sudo") or " --system" in c for c in runner.commands())
    # what Settings and `clinicrep monitor status` show: the exact command
    assert inst.status() == [entry]
    assert entry.mechanism == "systemd-timer" and "sync" in entry.command

    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed here")
    verify = subprocess.run(
        ["systemd-analyze", "verify", "clinicrep-sync.service", "clinicrep-sync.timer"],
        cwd=unit_dir, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stderr
    # the validator is live: a broken unit fails it
    broken = unit_dir / "broken.service"
    broken.write_text("[Service]\nExecStart=not-an-absolute-path\nType=sometimes\n")
    bad = subprocess.run(
        ["systemd-analyze", "verify", "broken.service"], cwd=unit_dir, capture_output=True,
        text=True, check=False,
    )  # fmt: skip
    assert bad.returncode != 0


def test_unit_file_quoting_survives_spaces_percent_and_dollar(tmp_path: Path) -> None:
    odd = tmp_path / "Dr Nowak's 100% $data"
    line = entries.systemd_exec_line(entries.sync_command(odd))
    assert '"' + str(odd).replace("%", "%%").replace("$", "$$") + '"' in line


def test_turning_the_check_off_removes_the_timer(
    home: Path, runner: RecordingRunner, data_dir: Path
) -> None:
    inst = installer("Linux", runner, home, data_dir)
    inst.install_sync(30)
    inst.remove_sync()
    assert not (home / ".config" / "systemd" / "user" / "clinicrep-sync.timer").exists()
    assert not (home / ".config" / "systemd" / "user" / "clinicrep-sync.service").exists()
    assert "systemctl --user disable --now clinicrep-sync.timer" in runner.commands()
    assert inst.status() == []


def test_without_user_systemd_a_cron_line_is_added_and_removed_keeping_the_others(
    home: Path, runner: RecordingRunner, data_dir: Path
) -> None:
    runner.systemd = False
    runner.crontab = "0 3 * * * /usr/bin/backup-photos\n"
    inst = installer("Linux", runner, home, data_dir)
    entry = inst.install_sync(15)
    assert entry.mechanism == "cron"
    lines = runner.crontab.splitlines()
    assert lines[0] == "0 3 * * * /usr/bin/backup-photos"
    assert lines[1].startswith("*/15 * * * * ") and lines[1].endswith(entries.CRON_MARKER)
    assert "'sync' '--quiet'" in lines[1]
    inst.install_sync(90)  # changing the interval replaces the line, never adds a second
    assert sum(entries.CRON_MARKER in ln for ln in runner.crontab.splitlines()) == 1
    assert "0 */1 * * * " in runner.crontab
    assert [e.mechanism for e in inst.status()] == ["cron"]
    inst.remove_sync()
    assert runner.crontab == "0 3 * * * /usr/bin/backup-photos\n"
    assert not (home / ".config" / "systemd").exists()


def test_start_in_tray_writes_an_xdg_autostart_file(
    home: Path, runner: RecordingRunner, data_dir: Path
) -> None:
    inst = installer("Linux", runner, home, data_dir)
    entry = inst.install_tray()
    desktop = home / ".config" / "autostart" / "clinicrep.desktop"
    text = desktop.read_text()
    assert text.startswith("[Desktop Entry]\n") and "Type=Application" in text
    assert f"Exec={sys.executable} -m clinicrep --data-dir {data_dir} --tray" in text
    assert entry.command in text and inst.status() == [entry]
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    inst.remove_tray()
    assert not desktop.exists() and inst.status() == []


def test_the_windows_task_is_valid_task_scheduler_xml_for_the_current_user(
    home: Path, runner: RecordingRunner, data_dir: Path
) -> None:
    inst = installer("Windows", runner, home, data_dir)
    inst.install_sync(45)
    raw = inst.task_xml_file.read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with a BOM, as schtasks /XML wants
    root = ET.fromstring(raw.decode("utf-16").replace('encoding="UTF-16"', ""))
    assert root.tag == f"{{{entries.TASK_NAMESPACE}}}Task" and root.get("version") == "1.2"
    for path in (
        "t:RegistrationInfo/t:URI",
        "t:Triggers/t:TimeTrigger/t:StartBoundary",
        "t:Principals/t:Principal/t:LogonType",
        "t:Settings/t:MultipleInstancesPolicy",
        "t:Actions/t:Exec/t:Command",
    ):
        assert root.find(path, NS) is not None, path
    assert root.findtext("t:Triggers/t:TimeTrigger/t:Repetition/t:Interval", None, NS) == "PT45M"
    assert root.findtext("t:Principals/t:Principal/t:RunLevel", None, NS) == "LeastPrivilege"
    assert root.findtext("t:Principals/t:Principal/t:LogonType", None, NS) == "InteractiveToken"
    args = root.findtext("t:Actions/t:Exec/t:Arguments", None, NS) or ""
    assert args.endswith("sync --quiet") and "--data-dir" in args
    assert f"schtasks /Create /TN clinicrep-sync /XML {inst.task_xml_file} /F" in runner.commands()
    inst.install_tray()
    add = runner.calls[-1][0]
    assert add[:3] == ["reg", "add", entries.RUN_KEY] and add[-2].endswith("--tray")
    assert [e.mechanism for e in inst.status()] == ["task-scheduler", "run-key"]
    apply_monitoring(monitor_enabled=False, interval_minutes=45, start_in_tray=False,
                     installer=inst)  # fmt: skip
    assert "schtasks /Delete /TN clinicrep-sync /F" in runner.commands()
    assert inst.status() == [] and not inst.task_xml_file.exists()


def test_the_macos_launch_agents_are_valid_plists(
    home: Path, runner: RecordingRunner, data_dir: Path
) -> None:
    inst = installer("Darwin", runner, home, data_dir)
    inst.install_sync(30)
    inst.install_tray()
    agents = home / "Library" / "LaunchAgents"
    sync_plist = plistlib.loads((agents / "com.clinicrep.sync.plist").read_bytes())
    assert sync_plist["Label"] == "com.clinicrep.sync"
    assert sync_plist["ProgramArguments"][-2:] == ["sync", "--quiet"]
    assert sync_plist["StartInterval"] == 1800 and sync_plist["RunAtLoad"] is False
    tray_plist = plistlib.loads((agents / "com.clinicrep.tray.plist").read_bytes())
    assert tray_plist["RunAtLoad"] is True and tray_plist["ProgramArguments"][-1] == "--tray"
    assert any(c.startswith("launchctl bootstrap gui/") for c in runner.commands())
    assert [e.purpose for e in inst.status()] == ["sync", "tray"]
    inst.remove_sync()
    inst.remove_tray()
    assert not list(agents.iterdir()) and inst.status() == []
