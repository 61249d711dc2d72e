"""The only place that touches tokens: a thin wrapper over the OS keyring.

Tokens never go to SQLite, settings, logs or exception messages. Where no keyring
backend exists, ``NoSecureStorage`` is raised and the caller may choose to keep a
token for this session only (``TokenStore.keep_for_session``), in memory.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors

from clinicrep.errors import NoSecureStorage

log = logging.getLogger(__name__)

SERVICE = "clinicrep"


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
        try:
            return keyring.get_password(self._service, key)
        except keyring.errors.NoKeyringError as e:
            raise NoSecureStorage("no keyring backend") from e
        except keyring.errors.KeyringError as e:
            log.warning("keyring read failed for %s (%s)", key, type(e).__name__)
            raise NoSecureStorage("keyring locked or failing") from e

    def set(self, owner: str, name: str, secret: str) -> None:
        key = _key(owner, name)
        try:
            keyring.set_password(self._service, key, secret)
        except keyring.errors.KeyringError as e:
            log.warning("keyring write failed for %s (%s)", key, type(e).__name__)
            raise NoSecureStorage("keyring locked or failing") from e
        self._session.pop(key, None)

    def keep_for_session(self, owner: str, name: str, secret: str) -> None:
        """The user's explicit choice where no keyring exists: memory only, gone at exit."""
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
        for name in names:
            self.delete(owner, name)


def source_owner(source_id: int) -> str:
    return f"source:{source_id}"


_default: TokenStore | None = None


def default_store() -> TokenStore:
    """The process-wide token store (session-only secrets live as long as it does)."""
    global _default
    if _default is None:
        _default = TokenStore()
    return _default
