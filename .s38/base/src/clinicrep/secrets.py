"""The only place that touches tokens: a thin wrapper over the OS keyring.

Tokens never go to SQLite, settings, logs or exception messages. Where no keyring
backend exists, ``NoSecureStorage`` is raised and the caller may choose to keep a
token for this session only (``TokenStore.keep_for_session``), in memory.

Every secret value read or written here is also handed to ``logs.add_secret``, so the
log masks it wherever it turns up (an error body that echoes it, a URL, a JSON field).
A keyring cannot list its entries, so each owner keeps an index of the names written
under it (``<owner>:_names``): ``forget_owner`` deletes every one of them, cached access
tokens included, without the caller having to know them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import keyring
import keyring.errors

from clinicrep.errors import NoSecureStorage
from clinicrep.logs import add_secret

log = logging.getLogger(__name__)

SERVICE = "clinicrep"
_INDEX = "_names"  # the names written under an owner, comma-separated


def _key(owner: str, name: str) -> str:
    return f"{owner}:{name}"


class TokenStore:
    """Secrets by owner ("source:12", "smtp") and name ("refresh_token", "api_key")."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service
        self._session: dict[str, str] = {}

    def available(self) -> bool:
        """Whether a real keyring backend is there (not the 'fail' backend)."""
        backend = keyring.get_keyring()
        try:
            from keyring.backends import fail

            if isinstance(backend, fail.Keyring):
                return False
        except ImportError:  # pragma: no cover - keyring always ships it
            pass
        return backend.priority > 0 if hasattr(backend, "priority") else True

    def get(self, owner: str, name: str) -> str | None:
        key = _key(owner, name)
        if key in self._session:
            return self._session[key]
        value = self._read(key)
        if value and name != _INDEX:
            add_secret(value)
        return value

    def _read(self, key: str) -> str | None:
        try:
            return keyring.get_password(self._service, key)
        except keyring.errors.NoKeyringError as e:
            raise NoSecureStorage("no keyring backend") from e
        except keyring.errors.KeyringError as e:
            log.warning("keyring read failed for %s (%s)", key, type(e).__name__)
            raise NoSecureStorage("keyring locked or failing") from e

    def _write(self, key: str, value: str) -> None:
        try:
            keyring.set_password(self._service, key, value)
        except keyring.errors.KeyringError as e:
            log.warning("keyring write failed for %s (%s)", key, type(e).__name__)
            raise NoSecureStorage("keyring locked or failing") from e

    def set(self, owner: str, name: str, secret: str) -> None:
        add_secret(secret)
        key = _key(owner, name)
        self._remember_name(owner, name)  # first: a crash between leaves no orphan behind
        self._write(key, secret)
        self._session.pop(key, None)

    def _names(self, owner: str) -> frozenset[str]:
        raw = self._read(_key(owner, _INDEX)) or ""
        return frozenset(n for n in raw.split(",") if n)

    def _remember_name(self, owner: str, name: str) -> None:
        names = self._names(owner)
        if name not in names:
            self._write(_key(owner, _INDEX), ",".join(sorted(names | {name})))

    def keep_for_session(self, owner: str, name: str, secret: str) -> None:
        """The user's explicit choice where no keyring exists: memory only, gone at exit."""
        add_secret(secret)
        self._session[_key(owner, name)] = secret

    def delete(self, owner: str, name: str) -> None:
        key = _key(owner, name)
        self._session.pop(key, None)
        try:
            keyring.delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as e:
            raise NoSecureStorage("keyring locked or failing") from e

    def delete_owner(self, owner: str, names: tuple[str, ...]) -> None:
        """Delete ``names`` and every other secret ever written under ``owner``."""
        self.forget_owner(owner, names)

    def forget_owner(self, owner: str, known: Iterable[str] = ()) -> None:
        """Every secret of ``owner``: the names in its index, ``known`` (secrets written
        before the index existed), and this session's; then the index itself."""
        prefix = owner + ":"
        session = {k[len(prefix) :] for k in self._session if k.startswith(prefix)}
        for name in sorted(self._names(owner).union(known, session)):
            self.delete(owner, name)
        self.delete(owner, _INDEX)


def source_owner(source_id: int) -> str:
    return f"source:{source_id}"


_default: TokenStore | None = None


def default_store() -> TokenStore:
    """The process-wide token store (session-only secrets live as long as it does)."""
    global _default
    if _default is None:
        _default = TokenStore()
    return _default
