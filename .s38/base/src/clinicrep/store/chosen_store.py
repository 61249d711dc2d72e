"""Which store this run uses: this PC's SQLite file, or a PostgreSQL server shared by PCs.

In order: ``--db`` (``use_for_this_run``), the environment variable ``CLINICREP_DB``, this
PC's choice in ``store.json`` of the config folder (Settings > Database, ``clinicrep db
move``), else the SQLite file ``paths.db_path()``. A location is a ``Path`` (SQLite) or a
``PgTarget``; ``store.open_database`` opens either.

The database password lives in the keyring only (owner "database", one entry per server,
database and user); never in store.json, the log or an exception. A password written in a
``--db`` / ``CLINICREP_DB`` URL is kept in memory for this run only. Without one, libpq's own
ways apply (``PGPASSWORD``, ``~/.pgpass``).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from clinicrep import paths
from clinicrep.errors import StoreLocationInvalid
from clinicrep.store.pg_password import (
    _session_passwords,
    forget_password,
    keep_password_of_this_run,
    password_for,
    remember_for_this_run,
    save_password,
)

if TYPE_CHECKING:
    from clinicrep.store.pg import PgTarget

    Location = Path | PgTarget
else:
    Location = Any

log = logging.getLogger(__name__)

ENV_DB = "CLINICREP_DB"
STORE_FILE = "store.json"
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")

_override: Location | None = None


# -- reading a location from text (--db, CLINICREP_DB, db move --to) --------------------------
def parse_location(text: str) -> Location:
    """``postgresql://user@host:port/db?sslmode=...``, ``sqlite`` (this PC's usual file),
    ``sqlite:PATH`` or a file path. A password in the URL is kept for this run only."""
    text = text.strip()
    if not text:
        raise StoreLocationInvalid("empty store location", value="")
    lowered = text.lower()
    if lowered.startswith(("postgresql://", "postgres://")):
        return _parse_pg_url(text)
    if lowered == "sqlite":
        return paths.db_path()
    if lowered.startswith("sqlite:"):
        rest = text[len("sqlite:") :]
        if rest.startswith("///"):
            rest = rest[2:]
        elif rest.startswith("//"):
            rest = rest[2:]
        if not rest:
            return paths.db_path()
        return Path(rest).expanduser().resolve()
    if "://" in text:
        raise StoreLocationInvalid(
            f"unknown store location scheme: {text.split('://')[0]}", value=_safe(text)
        )
    return Path(text).expanduser().resolve()


def _parse_pg_url(text: str) -> PgTarget:
    from clinicrep.store.pg import PgTarget

    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a port that is no number
    except ValueError as e:
        raise StoreLocationInvalid("unreadable server address", value=_safe(text)) from e
    if not parts.hostname or not parts.path.strip("/"):
        raise StoreLocationInvalid("server address without host or database", value=_safe(text))
    password = unquote(parts.password) if parts.password else None
    clean = parts._replace(netloc=_netloc_without_password(parts)).geturl()
    try:
        target = PgTarget.from_url(clean)
    except (ValueError, TypeError) as e:
        raise StoreLocationInvalid("unreadable server address", value=_safe(text)) from e
    if target.sslmode not in SSLMODES:
        raise StoreLocationInvalid("unknown sslmode", value=_safe(text))
    if password:
        remember_for_this_run(target, password)
    return target


def _netloc_without_password(parts: Any) -> str:
    user = parts.username or ""
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    netloc = f"{user}@{host}" if user else host
    if parts.port:
        netloc += f":{parts.port}"
    return netloc


def _safe(text: str) -> str:
    """The text of a location for a message: any password in it left out."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return "…"
    if "@" not in parts.netloc:
        return text
    userinfo, host = parts.netloc.rsplit("@", 1)
    return parts._replace(netloc=f"{userinfo.split(':', 1)[0]}@{host}").geturl()


def describe(location: Location) -> str:
    """One line a person reads: the file, or "db on host:port as user"."""
    if isinstance(location, Path):
        return str(location)
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "StoreLocation", "{dbname} on {host}:{port} as {user}"
    ).format(dbname=location.dbname, host=location.host, port=location.port, user=location.user)


def is_shared(location: Location) -> bool:
    return not isinstance(location, Path)


# -- which store this run uses ----------------------------------------------------------------
def use_for_this_run(location: Location | str | None) -> None:
    """``--db``: this run uses ``location`` whatever this PC has chosen (None: forget it)."""
    global _override
    _override = parse_location(location) if isinstance(location, str) else location


def current_location() -> Location:
    """The store this run uses: --db, CLINICREP_DB, this PC's choice, or the SQLite file."""
    if _override is not None:
        return _override
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return parse_location(env)
    saved = saved_location()
    return saved if saved is not None else paths.db_path()


def chosen_by_this_run() -> bool:
    """True when --db or CLINICREP_DB decide the store (Settings cannot change it then)."""
    return _override is not None or bool(os.environ.get(ENV_DB, "").strip())


def _store_file() -> Path:
    return paths.config_dir() / STORE_FILE


def saved_location() -> Location | None:
    """This PC's choice (store.json), or None for the default SQLite file."""
    path = _store_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as e:
        log.warning("store.json cannot be read (%s): using this PC's own store", type(e).__name__)
        return None
    if not isinstance(data, dict):
        return None
    kind = data.get("kind")
    if kind == "sqlite":
        file = data.get("path")
        return Path(file) if isinstance(file, str) and file else None
    if kind == "postgresql":
        from clinicrep.store.pg import PgTarget

        try:
            return PgTarget(
                host=str(data["host"]),
                port=int(data.get("port") or 5432),
                dbname=str(data["dbname"]),
                user=str(data["user"]),
                sslmode=str(data.get("sslmode") or "prefer"),
                sslrootcert=str(data["sslrootcert"]) if data.get("sslrootcert") else None,
            )
        except (KeyError, TypeError, ValueError):
            log.warning("store.json names an incomplete server: using this PC's own store")
            return None
    return None


def save_location(location: Location) -> None:
    """Make ``location`` this PC's store from the next start (or reopen) on. The default
    SQLite file removes the choice; no password is ever written here."""
    path = _store_file()
    if isinstance(location, Path):
        if location == paths.db_path():
            clear_location()
            return
        data: dict[str, object] = {"kind": "sqlite", "path": str(location)}
    else:
        data = {
            "kind": "postgresql",
            "host": location.host,
            "port": location.port,
            "dbname": location.dbname,
            "user": location.user,
            "sslmode": location.sslmode,
            "sslrootcert": location.sslrootcert,
        }
    temporary = path.with_name(path.name + ".new")
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
        handle.write("\n")
    os.replace(temporary, path)
    log.info("this PC now uses the store %s", describe(location))


def clear_location() -> None:
    """Back to this PC's own SQLite file."""
    try:
        _store_file().unlink()
    except FileNotFoundError:
        pass


# the password: kept apart (store.pg reads it too, and location imports store.pg)
__all__ = [
    "_session_passwords",
    "forget_password",
    "keep_password_of_this_run",
    "password_for",
    "remember_for_this_run",
    "save_password",
]
