"""Logging to a rotating file in the log dir, readable by its owner only.

Log lines are English and for support; they never hold tokens (a filter masks
anything that looks like a bearer token or a token query parameter, as a last line).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re

from clinicrep import paths

_SECRET_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(
        r"(?i)((?:access_token|refresh_token|apikey|api_key|client_secret|password)[\"']?\s*[=:]\s*[\"']?)[^\s&\"',}]+"
    ),
)


def redact(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1***", text)
    return text


class RedactingFormatter(logging.Formatter):
    """Masks secrets in the formatted line only (records are shared by every handler)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        os.close(fd)
        return super()._open()


def setup_logging(*, verbose: bool = False) -> None:
    root = logging.getLogger()
    target = str(paths.log_dir() / "clinicrep.log")
    for existing in list(root.handlers):
        if isinstance(existing, _PrivateRotatingFileHandler):
            if existing.baseFilename == target:
                return
            root.removeHandler(existing)  # the data dir changed (tests, --data-dir)
            existing.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        handler: logging.Handler = _PrivateRotatingFileHandler(
            target, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
