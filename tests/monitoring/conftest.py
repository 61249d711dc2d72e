"""Monitoring tests: a temp HOME, a recording command runner, a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from clinicrep.monitoring import install
from clinicrep.monitoring.install import RunResult


@dataclass
class RecordingRunner:
    """Stands in for systemctl / crontab / schtasks / reg / launchctl: records, never runs."""

    systemd: bool = True
    crontab: str | None = None
    calls: list[tuple[list[str], str | None]] = field(default_factory=list)
    registered: set[str] = field(default_factory=set)

    def __call__(self, args: list[str], stdin: str | None = None) -> RunResult:
        self.calls.append((list(args), stdin))
        if args[:3] == ["systemctl", "--user", "show-environment"]:
            return RunResult(0 if self.systemd else 1)
        if args[0] == "crontab":
            if args[1:] == ["-l"]:
                if self.crontab is None:
                    return RunResult(1, "", "no crontab for tester")
                return RunResult(0, self.crontab)
            self.crontab = stdin or ""
            return RunResult(0)
        if args[0] in ("schtasks", "reg"):
            name = args[1]
            target = "task" if args[0] == "schtasks" else "run-key"
            if name in ("/Create", "add"):
                self.registered.add(target)
            elif name in ("/Delete", "delete"):
                self.registered.discard(target)
            elif name in ("/Query", "query"):
                return RunResult(0 if target in self.registered else 1)
        return RunResult(0)

    def commands(self) -> list[str]:
        return [" ".join(args) for args, _ in self.calls]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> RecordingRunner:
    """Also replaces the default runner, so nothing in a test can reach the real OS tools."""
    recorder = RecordingRunner()
    monkeypatch.setattr(install, "subprocess_runner", recorder)
    return recorder


@pytest.fixture(autouse=True)
def _no_real_os_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(args: list[str], stdin: str | None = None) -> RunResult:
        raise AssertionError(f"a test tried to run {args!r} for real")

    monkeypatch.setattr(install, "subprocess_runner", refuse)


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.logins: list[tuple[str, str]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[Controller, Inbox]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()
