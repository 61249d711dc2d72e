"""Who is using this PC: a name chosen once, and whether that person approves replies.

It belongs to the PC, not to the store: on a shared PostgreSQL store every PC has its own
(the desk, the consulting room, a second location), so it lives in this PC's config folder,
never in the database. It is not a password system: it says who did what ("Anna is
replying", "approved by Dr Nowak"), and a real access-control list is out of scope.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from clinicrep import paths

log = logging.getLogger(__name__)

FILE_NAME = "workstation.json"
MAX_NAME = 60


class Role(StrEnum):
    OWNER = "owner"  # approves replies (when approval is on) and sees everything
    STAFF = "staff"  # a receptionist: replies wait for the owner's approval when it is on


@dataclass(frozen=True)
class Workstation:
    name: str  # shown to the other PCs: "Anna (desk)"
    role: Role
    chosen: bool  # False until the person chose a name (the default is the login name)


def _file() -> Path:
    return paths.config_dir() / FILE_NAME


def _default_name() -> str:
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        login = ""
    return clean_name(login) or clean_name(socket.gethostname()) or "PC"


def clean_name(text: str) -> str:
    """A name as shown: one line, no control characters, at most MAX_NAME characters."""
    kept = "".join(ch if ch.isprintable() else " " for ch in text or "")
    return " ".join(kept.split())[:MAX_NAME]


def current() -> Workstation:
    """This PC's name and role (the defaults when none was chosen or the file is unreadable)."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Workstation(_default_name(), Role.OWNER, False)
    except (OSError, ValueError) as e:
        log.warning("workstation file unreadable, using defaults: %s", type(e).__name__)
        return Workstation(_default_name(), Role.OWNER, False)
    if not isinstance(data, dict):
        return Workstation(_default_name(), Role.OWNER, False)
    name = clean_name(str(data.get("name") or ""))
    try:
        role = Role(str(data.get("role") or Role.OWNER))
    except ValueError:
        role = Role.OWNER
    return Workstation(name or _default_name(), role, bool(name))


def name() -> str:
    return current().name


def role() -> Role:
    return current().role


def choose(name: str, role: Role | None = None) -> Workstation:
    """Keep this PC's name (and role); written atomically, owner-only."""
    cleaned = clean_name(name)
    if not cleaned:
        raise ValueError("a name is needed")
    chosen_role = role if role is not None else current().role
    target = _file()
    tmp = target.with_suffix(".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"name": cleaned, "role": str(chosen_role)}, f, ensure_ascii=False)
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    return Workstation(cleaned, chosen_role, True)
