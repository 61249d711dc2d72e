"""Logging to a rotating file in the log dir, readable by its owner only.

Log lines are English and for support; they never hold tokens. Every line is masked as
it is written: each secret value the program knows (``add_secret``: everything read from or
written to the keyring, tokens fetched from a platform) in every form it may take in a line
(as is, URL-escaped, JSON-escaped, base64 inside a Basic header), and, as a last line,
anything shaped like a bearer token or a token parameter.
"""

from __future__ import annotations

import base64
import json
import logging
import logging.handlers
import os
import re
import threading
from urllib.parse import quote, quote_plus

from clinicrep import paths

_SECRET_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(
        r"(?i)((?:access_token|refresh_token|apikey|api_key|client_secret|password)[\"']?\s*[=:]\s*[\"']?)[^\s&\"',}]+"
    ),
)


_MIN_SECRET_LENGTH = 6  # shorter values would mask ordinary words; no real token is that short
_known_forms: set[str] = set()
_known_pattern: re.Pattern[str] | None = None
_known_lock = threading.Lock()


def _forms(secret: str) -> set[str]:
    """The ways ``secret`` can appear in a line: as is, URL-escaped (both styles, any case),
    JSON-escaped (with and without ``ensure_ascii``), and inside ``user:secret`` base64."""
    forms = {
        secret,
        quote(secret, safe=""),
        quote_plus(secret, safe=""),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
    }
    forms |= {f.lower() for f in forms if "%" in f} | {f.upper() for f in forms if "%" in f}
    return {f for f in forms if len(f) >= _MIN_SECRET_LENGTH}


def add_secret(secret: str | None) -> None:
    """From now on, mask ``secret`` in every log line (in each of its written forms)."""
    global _known_pattern
    if not secret or len(secret) < _MIN_SECRET_LENGTH:
        return
    forms = _forms(secret)
    with _known_lock:
        if forms <= _known_forms:
            return
        _known_forms.update(forms)
        # longest first, so a form that contains another is masked whole
        alternatives = sorted(_known_forms, key=len, reverse=True)
        _known_pattern = re.compile("|".join(re.escape(f) for f in alternatives))


def _mask_basic(match: re.Match[str]) -> str:
    """``Basic <base64 of user:secret>``: masked when a known secret is inside."""
    try:
        decoded = base64.b64decode(match.group(2), validate=True).decode("utf-8", "replace")
    except ValueError:
        return match.group(0)
    pattern = _known_pattern
    if pattern is not None and pattern.search(decoded):
        return match.group(1) + "***"
    return match.group(0)


_BASIC = re.compile(r"(?i)(basic\s+)([A-Za-z0-9+/=]{8,})")


def redact(text: str) -> str:
    pattern = _known_pattern
    if pattern is not None:
        text = pattern.sub("***", text)
        text = _BASIC.sub(_mask_basic, text)
    for shape in _SECRET_PATTERNS:
        text = shape.sub(r"\1***", text)
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
