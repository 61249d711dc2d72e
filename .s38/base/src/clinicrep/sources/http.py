"""The HTTP client every platform connector shares: retries, rate limits, error mapping.

A connector builds one ``ApiClient`` (``ApiClient.for_source``) and calls ``request`` /
``get_json``. What comes back is parsed JSON; what goes wrong is one of the errors in
``clinicrep.errors``:

- 401 -> ``AuthExpired``; 403 -> ``PermissionMissing``; 404 -> ``NotFound``
- 429 -> waits out a short ``Retry-After`` (seconds or an HTTP date) and retries,
  else ``RateLimited(retry_after=seconds)``
- 5xx, timeouts, dropped connections -> retried with exponential backoff and jitter,
  then ``PlatformUnavailable`` (``NetworkDown`` when the host cannot be reached at all)
- a body that is not JSON, or is cut short -> ``BadResponse``
- an answer still arriving after ``ANSWER_DEADLINE_TIMEOUTS`` timeouts (a server that sends
  a byte a second never trips the per-read timeout) -> a timeout, as a silent server would;
  one larger than ``MAX_ANSWER_BYTES`` unpacked -> ``BadResponse``. Cancel is checked
  between the answer's chunks, so a trickling answer never holds up the Cancel button.

A platform that reports errors in its own way (Facebook's ``error.code`` in HTTP 400
bodies) passes an ``error_mapper``; whatever it returns wins over the defaults, and a
``RateLimited`` it returns is waited out like a 429 when short.

Secrets stay out of every exception and log line: ``Authorization`` headers are never
logged, and token-like query parameters are replaced by ``REDACTED`` (see ``redact_url``).
Every secret a request carries (credentials in headers, token-like parameters and form
fields) and every token an answer brings is also handed to ``logs.add_secret``, so the
log masks it wherever it turns up, e.g. echoed back in an error body.
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from clinicrep.errors import (
    AuthExpired,
    BadResponse,
    ClinicrepError,
    NetworkDown,
    NotFound,
    PermissionMissing,
    PlatformUnavailable,
    RateLimited,
    SourceError,
)
from clinicrep.logs import add_secret
from clinicrep.model import Source
from clinicrep.sources.base import CancelToken

log = logging.getLogger(__name__)

# Query parameters that may carry a secret; their values never reach a log line.
SECRET_PARAMS = frozenset(
    {
        "access_token",
        "token",
        "key",
        "apikey",
        "api_key",
        "client_secret",
        "refresh_token",
        "code",
        "code_verifier",
        "fb_exchange_token",
        "input_token",
        "password",
        "id_token",
        "access_token_secret",
    }
)


def _note_secrets(
    params: Mapping[str, Any] | None,
    form: Mapping[str, str] | None,
    headers: Mapping[str, str],
) -> None:
    """Hand every secret a request carries to the log's mask."""
    for values in (params, form):
        for key, value in (values or {}).items():
            if key.lower() in SECRET_PARAMS and value is not None:
                add_secret(str(value))
    for key, value in headers.items():
        if key.lower() in ("authorization", "apikey", "x-api-key", "api-key"):
            add_secret(value.split(" ", 1)[1] if " " in value else value)


def _note_answer_secrets(body: Any) -> None:
    """Tokens in an answer (a token endpoint's ``access_token``, ``refresh_token`` ...)."""
    if isinstance(body, dict):
        for key, value in body.items():
            if key.lower() in SECRET_PARAMS and isinstance(value, str):
                add_secret(value)


USER_AGENT = "clinicrep/0.1 (+desktop)"
# An answer must be complete within this many timeouts (80 s by default): the per-read
# timeout alone lets a server that sends one byte a second hold a sync for ever.
ANSWER_DEADLINE_TIMEOUTS = 4
MAX_ANSWER_BYTES = 32 * 1024 * 1024  # a page of reviews is well under 1 MB


class _CancelledWait(Exception):
    """Internal: the user pressed Cancel while we waited between attempts."""


class Cancelled(SourceError):
    """The user cancelled while a request was waiting to be retried."""

    code = "cancelled"


# A hook that turns a platform's own error body into one of our errors (or None to
# fall back to the HTTP status). ``body`` is the parsed JSON, or None if it was not JSON.
ErrorMapper = Callable[[httpx.Response, Any], ClinicrepError | None]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try. Tests shrink these through the source's settings."""

    attempts: int = 4  # total tries per request, the first included
    backoff_base: float = 0.5  # seconds; doubled each retry, with full jitter
    backoff_max: float = 8.0
    max_wait: float = 30.0  # the longest Retry-After we wait out instead of failing

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> RetryPolicy:
        """``retry_attempts``, ``retry_backoff``, ``retry_backoff_max``, ``max_retry_wait``."""
        default = cls()
        return cls(
            attempts=max(1, int(settings.get("retry_attempts", default.attempts))),
            backoff_base=float(settings.get("retry_backoff", default.backoff_base)),
            backoff_max=float(settings.get("retry_backoff_max", default.backoff_max)),
            max_wait=float(settings.get("max_retry_wait", default.max_wait)),
        )

    def backoff(self, retry_number: int) -> float:
        """Seconds before retry ``retry_number`` (1-based): full jitter, capped."""
        ceiling = min(self.backoff_max, self.backoff_base * (2 ** (retry_number - 1)))
        return random.uniform(0, ceiling)


@dataclass(slots=True)
class ApiResponse:
    """A successful answer: status, headers, and the parsed JSON (None for an empty body)."""

    status_code: int
    headers: httpx.Headers
    data: Any = None
    url: str = field(default="", repr=False)  # may hold a token in its query: not in repr


def env_var_for(kind: str, what: str = "API_BASE") -> str:
    """``CLINICREP_GOOGLE_API_BASE`` for ("google", "API_BASE")."""
    return f"CLINICREP_{kind.upper()}_{what.upper()}"


def setting_or_env(source: Source, setting: str, env_name: str, default: str) -> tuple[str, bool]:
    """The value from the environment, else the source's settings, else ``default``.

    The flag says whether it was overridden (connectors derive related URLs from an
    overridden API base so that a test server is never mixed with the real platform).
    """
    env = os.environ.get(env_name, "").strip()
    if env:
        return env.rstrip("/"), True
    configured = str(source.settings.get(setting) or "").strip()
    if configured:
        return configured.rstrip("/"), True
    return default.rstrip("/"), False


def api_base(source: Source, default: str) -> str:
    """Base URL for a source: env ``CLINICREP_<KIND>_API_BASE`` > settings "api_base" > default."""
    value, _ = setting_or_env(source, "api_base", env_var_for(source.kind.value), default)
    return value


def redact_url(url: str | httpx.URL) -> str:
    """The URL with the values of token-like query parameters replaced (for logs and errors)."""
    parts = urlsplit(str(url))
    if not parts.query:
        return str(url)
    query = [
        (k, "REDACTED" if k.lower() in SECRET_PARAMS else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


class _RedactingFilter(logging.Filter):
    """httpx logs every request URL at INFO; Graph API URLs carry the page token."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(
                redact_url(a) if isinstance(a, httpx.URL | str) and "?" in str(a) else a
                for a in record.args
            )
        return True


for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).addFilter(_RedactingFilter())


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def error_for_status(response: httpx.Response, *, platform: str) -> ClinicrepError | None:
    """The default mapping of an HTTP status to our errors (None for success)."""
    status = response.status_code
    if status < 400:
        return None
    detail = f"{platform}: HTTP {status}"
    if status == 401:
        return AuthExpired(detail, platform=platform, status=status)
    if status == 403:
        return PermissionMissing(detail, platform=platform, status=status)
    if status == 404:
        return NotFound(detail, platform=platform, status=status)
    if status == 429:
        wait = parse_retry_after(response.headers.get("Retry-After"))
        return RateLimited(detail, retry_after=wait, platform=platform, status=status)
    if status >= 500:
        return PlatformUnavailable(detail, platform=platform, status=status)
    return BadResponse(detail, platform=platform, status=status)


class ApiClient:
    """One platform's HTTP session: base URL, timeouts, retries, error mapping.

    ``auth_headers`` is called before every attempt, so a connector can refresh an
    access token between tries. ``on_auth_expired`` may renew credentials after a 401
    (return True to have the request tried once more).
    """

    def __init__(
        self,
        base_url: str,
        *,
        platform: str,
        cancel: CancelToken | None = None,
        timeout: float = 20.0,
        retry: RetryPolicy | None = None,
        error_mapper: ErrorMapper | None = None,
        auth_headers: Callable[[], Mapping[str, str]] | None = None,
        on_auth_expired: Callable[[], bool] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.platform = platform
        self.cancel = cancel or CancelToken()
        self.retry = retry or RetryPolicy()
        self._error_mapper = error_mapper
        self._auth_headers = auth_headers
        self._on_auth_expired = on_auth_expired
        self._timeout = timeout
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=False,  # a redirect could carry our token to another host
            transport=transport,
            trust_env=False,  # never route patients' data through a proxy picked up from env
        )

    @classmethod
    def for_source(
        cls,
        source: Source,
        default_base: str,
        *,
        cancel: CancelToken | None = None,
        timeout: float = 20.0,
        **kwargs: Any,
    ) -> ApiClient:
        """A client for ``source``: its API base (env/settings/default) and retry settings.

        ``settings["timeout"]`` overrides ``timeout`` (tests keep it short).
        """
        return cls(
            api_base(source, default_base),
            platform=source.kind.value,
            cancel=cancel,
            timeout=float(source.settings.get("timeout", timeout)),
            retry=RetryPolicy.from_settings(source.settings),
            **kwargs,
        )

    # -- public -------------------------------------------------------------
    def url(self, path_or_url: str) -> str:
        """An absolute URL: ``path_or_url`` as is if absolute, else joined to the base."""
        if path_or_url.startswith(("http://", "https://")):
            return path_or_url
        if not path_or_url:
            return self.base_url
        return self.base_url + "/" + path_or_url.lstrip("/")

    def get_json(self, path_or_url: str, params: Mapping[str, Any] | None = None) -> Any:
        """GET and return the parsed JSON body."""
        return self.request("GET", path_or_url, params=params).data

    def request(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        form: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        allow_empty: bool = False,
        retry_unsafe: bool = False,
    ) -> ApiResponse:
        """Send one request with retries; return the parsed answer or raise our error.

        POST is not retried after the request may have reached the platform (a reply
        must never be posted twice) unless ``retry_unsafe``; PUT and DELETE are idempotent.
        ``allow_empty`` accepts an empty body (``data`` is None then).
        """
        url = self.url(path_or_url)
        safe_url = redact_url(url if not params else f"{url}?{urlencode(params)}")
        idempotent = method.upper() != "POST" or retry_unsafe
        attempt = 0
        renewed_auth = False
        while True:
            attempt += 1
            if self.cancel.cancelled:
                raise Cancelled(f"{self.platform}: cancelled", platform=self.platform)
            try:
                response = self._send(method, url, params, json_body, form, headers)
            except httpx.TimeoutException as e:
                error: ClinicrepError = PlatformUnavailable(
                    f"{self.platform}: timed out ({type(e).__name__})",
                    platform=self.platform,
                    reason="timeout",
                )
                sent = not isinstance(e, httpx.ConnectTimeout)
                if self._retry_or_raise(error, attempt, safe_url, idempotent or not sent):
                    continue
            except httpx.ConnectError as e:
                error = NetworkDown(
                    f"{self.platform}: cannot connect ({type(e).__name__})",
                    platform=self.platform,
                )
                if self._retry_or_raise(error, attempt, safe_url, True):
                    continue
            except httpx.RemoteProtocolError as e:
                # The connection dropped mid-answer: a truncated body or a reset.
                error = BadResponse(
                    f"{self.platform}: answer cut short ({type(e).__name__})",
                    platform=self.platform,
                    reason="truncated",
                )
                if self._retry_or_raise(error, attempt, safe_url, idempotent):
                    continue
            except httpx.TransportError as e:
                error = PlatformUnavailable(
                    f"{self.platform}: transport error ({type(e).__name__})",
                    platform=self.platform,
                )
                if self._retry_or_raise(error, attempt, safe_url, idempotent):
                    continue
            else:
                log.debug(
                    "%s %s -> %s (%.0f ms)",
                    method,
                    safe_url,
                    response.status_code,
                    response.elapsed.total_seconds() * 1000,
                )
                body, parse_error = _parse_body(response)
                _note_answer_secrets(body)
                mapped = self._map_error(response, body)
                if mapped is None:
                    if parse_error is not None or (body is None and not allow_empty):
                        raise BadResponse(
                            f"{self.platform}: HTTP {response.status_code} body is not JSON",
                            platform=self.platform,
                            status=response.status_code,
                            reason="not_json",
                        )
                    return ApiResponse(response.status_code, response.headers, body, url)
                if (
                    isinstance(mapped, AuthExpired)
                    and not renewed_auth
                    and self._on_auth_expired is not None
                    and self._on_auth_expired()
                ):
                    renewed_auth = True
                    attempt -= 1  # a renewed token is a fresh start, not a retry
                    continue
                if isinstance(mapped, RateLimited):
                    if self._wait_rate_limit(mapped, attempt, safe_url):
                        continue
                    raise mapped
                retryable = isinstance(mapped, PlatformUnavailable) and idempotent
                if self._retry_or_raise(mapped, attempt, safe_url, retryable):
                    continue

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ----------------------------------------------------------
    def _send(
        self,
        method: str,
        url: str,
        params: Mapping[str, Any] | None,
        json_body: Any,
        form: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
    ) -> httpx.Response:
        merged: dict[str, str] = dict(self._auth_headers() if self._auth_headers else {})
        merged.update(headers or {})
        _note_secrets(params, form, merged)
        request = self._client.build_request(
            method,
            url,
            params=dict(params) if params else None,
            json=json_body,
            data=dict(form) if form is not None else None,
            headers=merged,
        )
        return read_answer(
            self._client,
            request,
            deadline_s=self._timeout * ANSWER_DEADLINE_TIMEOUTS,
            cancel=self.cancel,
            platform=self.platform,
        )

    def _map_error(self, response: httpx.Response, body: Any) -> ClinicrepError | None:
        if self._error_mapper is not None:
            mapped = self._error_mapper(response, body)
            if mapped is not None:
                return mapped
        return error_for_status(response, platform=self.platform)

    def _retry_or_raise(
        self, error: ClinicrepError, attempt: int, safe_url: str, retryable: bool
    ) -> bool:
        """True after sleeping (the caller retries); raises ``error`` when out of tries."""
        if not retryable or attempt >= self.retry.attempts:
            log.warning(
                "%s: giving up on %s after %d tries: %s",
                self.platform,
                safe_url,
                attempt,
                error.detail,
            )
            raise error
        delay = self.retry.backoff(attempt)
        log.info(
            "%s: %s; retry %d in %.2f s (%s)", self.platform, error.detail, attempt, delay, safe_url
        )
        self._sleep(delay)
        return True

    def _wait_rate_limit(self, error: RateLimited, attempt: int, safe_url: str) -> bool:
        wait = error.retry_after
        if wait is None or wait > self.retry.max_wait or attempt >= self.retry.attempts:
            log.warning("%s: rate limited on %s (retry after %s s)", self.platform, safe_url, wait)
            return False
        log.info("%s: rate limited; waiting %.1f s as asked", self.platform, wait)
        self._sleep(wait)
        return True

    def _sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        if self.cancel.wait(seconds):
            raise Cancelled(f"{self.platform}: cancelled", platform=self.platform)


def read_answer(
    client: httpx.Client,
    request: httpx.Request,
    *,
    deadline_s: float,
    cancel: CancelToken,
    platform: str,
) -> httpx.Response:
    """Send ``request`` and read its answer piece by piece, held to the limits every web
    service clinicrep talks to gets: Cancel is honoured between pieces (``Cancelled``), an
    answer over ``MAX_ANSWER_BYTES`` once unpacked is refused (``BadResponse`` "too_large":
    a gzip bomb counts in full), and the whole answer must be in within ``deadline_s``
    (``httpx.ReadTimeout``: each read of a server sending a byte at a time comes inside the
    client's timeout, so that timeout alone held a sync, or an AI draft, for ever). The
    platform connectors (``ApiClient``) and the AI drafts (``chat_completions``) use it."""
    deadline = time.monotonic() + deadline_s
    response = client.send(request, stream=True)
    try:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # unpacked: a gzip bomb counts in full
            if cancel.cancelled:
                raise Cancelled(f"{platform}: cancelled", platform=platform)
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise BadResponse(
                    f"{platform}: answer larger than {MAX_ANSWER_BYTES} bytes",
                    platform=platform,
                    status=response.status_code,
                    reason="too_large",
                )
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("answer still arriving at its deadline", request=request)
            chunks.append(chunk)
    finally:
        response.close()
    headers = response.headers.copy()
    headers.pop("Content-Encoding", None)  # the chunks are unpacked already
    answer = httpx.Response(
        response.status_code, headers=headers, content=b"".join(chunks), request=request
    )
    answer.elapsed = response.elapsed
    return answer


def _parse_body(response: httpx.Response) -> tuple[Any, Exception | None]:
    """(parsed JSON or None, the parse error if the body was there but unreadable)."""
    try:
        raw = response.read()
    except httpx.HTTPError as e:  # pragma: no cover - read happens in request()
        return None, e
    if not raw.strip():
        return None, None
    try:
        return json.loads(raw), None
    except (ValueError, UnicodeDecodeError, RecursionError) as e:  # RecursionError: [[[[…
        return None, e
