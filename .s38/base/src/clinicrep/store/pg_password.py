"""The shared database's password: in the keyring (owner "database", one entry per user,
server and database), or, when it came in a ``--db`` / ``CLINICREP_DB`` URL, in memory for
this run. Never in store.json, a log or an exception. ``store.pg`` asks ``password_for``
when it opens a server without one; ``store.chosen_store`` offers the same functions.
"""

from __future__ import annotations

import logging
from typing import Protocol

from clinicrep.errors import ClinicrepError, NoSecureStorage

log = logging.getLogger(__name__)

SECRET_OWNER = "database"

_session_passwords: dict[str, str] = {}
_told_no_keyring: list[bool] = []


class Server(Protocol):
    """What names a password: a ``store.pg.PgTarget``."""

    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int: ...
    @property
    def dbname(self) -> str: ...
    @property
    def user(self) -> str: ...


def _secret_name(target: Server) -> str:
    # one password per server, database and user (the URL holds no password)
    return f"{target.user}@{target.host}:{target.port}/{target.dbname}"


def remember_for_this_run(target: Server, password: str) -> None:
    from clinicrep.logs import add_secret

    add_secret(password)
    _session_passwords[_secret_name(target)] = password


def password_for(target: Server) -> str | None:
    """The password for ``target``: this run's (from a URL), else the keyring's, else None
    (libpq then tries PGPASSWORD and ~/.pgpass)."""
    name = _secret_name(target)
    if name in _session_passwords:
        return _session_passwords[name]
    from clinicrep.secrets import default_store

    try:
        return default_store().get(SECRET_OWNER, name)
    except NoSecureStorage:
        if not _told_no_keyring:
            _told_no_keyring.append(True)
            log.info("no keyring: libpq's own ways give the database password, if any")
        return None


def save_password(target: Server, password: str) -> None:
    """Keep the password in the keyring (raises NoSecureStorage without one)."""
    from clinicrep.secrets import default_store

    default_store().set(SECRET_OWNER, _secret_name(target), password)
    _session_passwords.pop(_secret_name(target), None)


def forget_password(target: Server) -> None:
    from clinicrep.secrets import default_store

    _session_passwords.pop(_secret_name(target), None)
    try:
        default_store().delete(SECRET_OWNER, _secret_name(target))
    except ClinicrepError:
        log.warning("the keyring could not delete the database password")


def keep_password_of_this_run(target: Server) -> bool:
    """A password given in a URL for this run goes to the keyring, so that this PC can
    open the store at its next start (False: there was none, or no keyring)."""
    password = _session_passwords.get(_secret_name(target))
    if not password:
        return False
    try:
        save_password(target, password)
    except NoSecureStorage:
        log.warning("no keyring: the database password is kept for this run only")
        _session_passwords[_secret_name(target)] = password
        return False
    return True
