"""Signing in to Google with the user's own OAuth client (installed-app flow), and tokens.

Business Profile APIs are gated per Google Cloud project, so the practice brings its own
OAuth client id and secret. ``sign_in`` opens the system browser at Google's consent page
with a loopback redirect on 127.0.0.1 (state + PKCE S256), catches the code and exchanges
it. The refresh token is the secret to keep (``save_sign_in`` puts it in the keyring);
``GoogleAuth`` turns it into short-lived access tokens, in memory only.

URLs are settings so that tests (and a future Google change) need no code change:
``auth_url``, ``token_url``; env ``CLINICREP_GOOGLE_AUTH_URL`` / ``CLINICREP_GOOGLE_TOKEN_URL``.
When only the API base is overridden, the token URL defaults to ``{api_base}/token`` so a
test server is never mixed with the real Google.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import secrets as pysecrets
import threading
import time
import webbrowser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
from PySide6.QtCore import QCoreApplication

from clinicrep.errors import AuthExpired, BadResponse, ClinicrepError, SourceError
from clinicrep.model import Source
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.sources.base import CancelToken
from clinicrep.sources.http import (
    ApiClient,
    Cancelled,
    RetryPolicy,
    env_var_for,
    setting_or_env,
)

log = logging.getLogger(__name__)

SCOPE = "https://www.googleapis.com/auth/business.manage"
DEFAULT_AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"
DEFAULT_TOKEN_URL = "https://oauth2.googleapis.com/token"
DEFAULT_API_BASE = "https://mybusiness.googleapis.com"

# Names under which the keyring keeps this source's secrets.
SECRET_CLIENT_SECRET = "client_secret"
SECRET_REFRESH_TOKEN = "refresh_token"
SECRET_ACCESS_TOKEN = "access_token"  # optional: a token pasted by hand, used as is

_EXPIRY_MARGIN = 60.0  # refresh a minute early: a request may take that long


class SignInFailed(SourceError):
    """The browser sign-in did not complete (denied, wrong state, timed out)."""

    code = "sign_in_failed"


class ClientDetailsWrong(SourceError):
    """The client ID or secret typed for Google cannot be right (``reason``: "swapped",
    "id", "secret"), or Google refused them ("rejected")."""

    code = "client_details_wrong"


CLIENT_ID_ENDING = ".apps.googleusercontent.com"
CLIENT_SECRET_START = "GOCSPX-"


def check_client_details(client_id: str, client_secret: str | None) -> None:
    """Refuse what cannot be a Google client ID or secret before a browser opens: Google
    would show its own error ("invalid_client") there and never come back to clinicrep.
    ``client_secret`` None: kept from before, not typed again."""
    client_id = client_id.strip()
    secret = (client_secret or "").strip()
    if client_id.startswith(CLIENT_SECRET_START) or secret.endswith(CLIENT_ID_ENDING):
        raise ClientDetailsWrong(
            "google client details swapped", platform="google", reason="swapped"
        )
    if not client_id.endswith(CLIENT_ID_ENDING) or " " in client_id:
        raise ClientDetailsWrong(
            "google client id: not a client id", platform="google", reason="id"
        )
    if client_secret is not None and (len(secret) < 16 or " " in secret):
        raise ClientDetailsWrong(
            "google client secret: too short", platform="google", reason="secret"
        )


def endpoint_urls(source: Source) -> tuple[str, str]:
    """(auth URL, token URL) for ``source``: env > settings > derived from API base > Google."""
    base, base_overridden = setting_or_env(
        source, "api_base", env_var_for("google"), DEFAULT_API_BASE
    )
    auth_default = f"{base}/o/oauth2/v2/auth" if base_overridden else DEFAULT_AUTH_URL
    token_default = f"{base}/token" if base_overridden else DEFAULT_TOKEN_URL
    auth_url, _ = setting_or_env(
        source, "auth_url", env_var_for("google", "AUTH_URL"), auth_default
    )
    token_url, _ = setting_or_env(
        source, "token_url", env_var_for("google", "TOKEN_URL"), token_default
    )
    return auth_url, token_url


@dataclass(slots=True)
class SignInResult:
    """What the code exchange gave. Only ``refresh_token`` is worth keeping."""

    refresh_token: str = field(repr=False)
    access_token: str = field(repr=False)
    expires_at: float = 0.0  # time.monotonic() clock
    scope: str = ""


def _oauth_error_mapper(response: httpx.Response, body: Any) -> ClinicrepError | None:
    """OAuth token endpoint errors: ``{"error": "invalid_grant", ...}`` with 400/401."""
    if response.status_code < 400 or not isinstance(body, dict):
        return None
    error = body.get("error")
    if isinstance(error, str):
        if error in ("invalid_grant", "invalid_client", "unauthorized_client"):
            return AuthExpired(f"google token endpoint: {error}", platform="google", reason=error)
        return BadResponse(f"google token endpoint: {error}", platform="google", reason=error)
    return None


def _token_client(
    token_url: str, *, cancel: CancelToken | None, settings: Mapping[str, Any]
) -> ApiClient:
    return ApiClient(
        token_url,
        platform="google",
        cancel=cancel,
        timeout=float(settings.get("timeout", 20.0)),
        retry=RetryPolicy.from_settings(settings),
        error_mapper=_oauth_error_mapper,
    )


def _token_request(
    token_url: str,
    form: dict[str, str],
    *,
    cancel: CancelToken | None,
    settings: Mapping[str, Any],
) -> dict[str, Any]:
    with _token_client(token_url, cancel=cancel, settings=settings) as client:
        # A token request changes nothing on the platform: safe to retry.
        data = client.request("POST", "", form=form, retry_unsafe=True).data
    if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
        raise BadResponse("google token endpoint: no access_token", platform="google")
    return data


def _expiry(data: Mapping[str, Any]) -> float:
    try:
        seconds = float(data.get("expires_in", 3600))
    except (TypeError, ValueError):
        seconds = 3600.0
    return time.monotonic() + max(0.0, seconds - _EXPIRY_MARGIN)


class GoogleAuth:
    """Access tokens for one Google source, refreshed when expired; never written anywhere."""

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str | None,
        refresh_token: str | None,
        token_url: str,
        settings: Mapping[str, Any] | None = None,
        cancel: CancelToken | None = None,
        access_token: str | None = None,
        expires_at: float | None = None,
    ) -> None:
        self._client_id = client_id
        self._client_secret = client_secret
        self._refresh_token = refresh_token
        self._token_url = token_url
        self._settings = dict(settings or {})
        self._cancel = cancel
        self._access_token = access_token
        # A token given without an expiry (pasted by hand) is used until a 401.
        self._expires_at = expires_at if expires_at is not None else float("inf")
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"GoogleAuth(client_id={self._client_id!r})"

    @classmethod
    def for_source(
        cls, source: Source, tokens: TokenStore, cancel: CancelToken | None = None
    ) -> GoogleAuth:
        """From the source's settings (client id) and its secrets in the keyring."""
        if source.id is None:
            raise AuthExpired("google source has no id yet", platform="google")
        owner = source_owner(source.id)
        _, token_url = endpoint_urls(source)
        return cls(
            client_id=str(source.settings.get("client_id", "")),
            client_secret=tokens.get(owner, SECRET_CLIENT_SECRET),
            refresh_token=tokens.get(owner, SECRET_REFRESH_TOKEN),
            token_url=token_url,
            settings=source.settings,
            cancel=cancel,
            access_token=tokens.get(owner, SECRET_ACCESS_TOKEN),
        )

    @classmethod
    def from_sign_in(
        cls,
        result: SignInResult,
        *,
        client_id: str,
        client_secret: str,
        source: Source,
        cancel: CancelToken | None = None,
    ) -> GoogleAuth:
        """Right after ``sign_in``, before anything is saved (account discovery)."""
        _, token_url = endpoint_urls(source)
        return cls(
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=result.refresh_token,
            token_url=token_url,
            settings=source.settings,
            cancel=cancel,
            access_token=result.access_token,
            expires_at=result.expires_at,
        )

    def headers(self) -> dict[str, str]:
        """The Authorization header, refreshing the access token first if it expired."""
        return {"Authorization": f"Bearer {self.access_token()}"}

    def access_token(self) -> str:
        with self._lock:
            if self._access_token and time.monotonic() < self._expires_at:
                return self._access_token
            self._refresh()
            assert self._access_token is not None
            return self._access_token

    def renew(self) -> bool:
        """After a 401: drop the access token and get a new one if we can (True)."""
        with self._lock:
            if not self._refresh_token:
                self._access_token = None
                return False
            self._refresh()
            return True

    def _refresh(self) -> None:
        if not self._refresh_token:
            raise AuthExpired("google: no refresh token; sign in again", platform="google")
        form = {
            "grant_type": "refresh_token",
            "refresh_token": self._refresh_token,
            "client_id": self._client_id,
        }
        if self._client_secret:
            form["client_secret"] = self._client_secret
        data = _token_request(self._token_url, form, cancel=self._cancel, settings=self._settings)
        self._access_token = str(data["access_token"])
        self._expires_at = _expiry(data)
        log.info("google: access token refreshed")


# -- the browser sign-in --------------------------------------------------------------


def _pkce_pair() -> tuple[str, str]:
    verifier = base64.urlsafe_b64encode(pysecrets.token_bytes(48)).rstrip(b"=").decode()
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    return verifier, challenge


@dataclass
class _Callback:
    params: dict[str, str] | None = None
    done: threading.Event = field(default_factory=threading.Event)


def _page(title: str, body: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>clinicrep</title></head>"
        f"<body style='font-family:sans-serif'><h2>{html.escape(title)}</h2>"
        f"<p>{html.escape(body)}</p></body></html>"
    ).encode()


def _start_loopback(callback: _Callback) -> HTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass  # the query carries the authorisation code

        def do_GET(self) -> None:
            query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
            if "code" not in query and "error" not in query:
                self.send_response(404)
                self.end_headers()
                return
            callback.params = query
            ok = "code" in query
            title = (
                QCoreApplication.translate("GoogleSignIn", "clinicrep is connected to Google")
                if ok
                else QCoreApplication.translate("GoogleSignIn", "Google sign-in was not completed")
            )
            text = QCoreApplication.translate(
                "GoogleSignIn", "You can close this browser tab and return to clinicrep."
            )
            payload = _page(title, text)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            callback.done.set()

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True).start()
    return server


def sign_in(
    source: Source,
    *,
    client_id: str,
    client_secret: str,
    open_browser: Callable[[str], object] = webbrowser.open,
    cancel: CancelToken | None = None,
    timeout: float = 300.0,
) -> SignInResult:
    """Run the installed-app flow; blocks until the browser comes back (run it off the GUI thread).

    Raises ``SignInFailed`` (denied, state mismatch, timed out), ``Cancelled``, or the
    token endpoint's errors (``AuthExpired`` for a wrong client).
    """
    cancel = cancel or CancelToken()
    auth_url, token_url = endpoint_urls(source)
    verifier, challenge = _pkce_pair()
    state = pysecrets.token_urlsafe(24)
    callback = _Callback()
    server = _start_loopback(callback)
    try:
        redirect_uri = f"http://127.0.0.1:{server.server_address[1]}/"
        query = {
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": SCOPE,
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "access_type": "offline",  # ask for a refresh token
            "prompt": "consent",  # ... every time, even if consented before
        }
        open_browser(f"{auth_url}?{urlencode(query)}")
        deadline = time.monotonic() + timeout
        while not callback.done.wait(0.1):
            if cancel.cancelled:
                raise Cancelled("google sign-in cancelled", platform="google")
            if time.monotonic() > deadline:
                raise SignInFailed("google sign-in timed out", platform="google", reason="timeout")
    finally:
        server.shutdown()
        server.server_close()
    params = callback.params or {}
    if params.get("state") != state:
        raise SignInFailed("google sign-in: state mismatch", platform="google", reason="state")
    if "code" not in params:
        reason = params.get("error", "denied")
        raise SignInFailed(f"google sign-in: {reason}", platform="google", reason=reason)
    try:
        data = _token_request(
            token_url,
            {
                "grant_type": "authorization_code",
                "code": params["code"],
                "code_verifier": verifier,
                "redirect_uri": redirect_uri,
                "client_id": client_id,
                "client_secret": client_secret,
            },
            cancel=cancel,
            settings=source.settings,
        )
    except AuthExpired as error:
        if error.params.get("reason") not in ("invalid_client", "unauthorized_client"):
            raise
        # at sign-in this is no expired connection: the ID and secret do not belong together
        raise ClientDetailsWrong(str(error), platform="google", reason="rejected") from None
    refresh = data.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        raise SignInFailed(
            "google sign-in: no refresh token", platform="google", reason="no_refresh"
        )
    return SignInResult(
        refresh_token=refresh,
        access_token=str(data["access_token"]),
        expires_at=_expiry(data),
        scope=str(data.get("scope", "")),
    )


def save_sign_in(
    tokens: TokenStore, source_id: int, *, client_secret: str, result: SignInResult
) -> None:
    """Keep the client secret and refresh token in the keyring (never the access token)."""
    owner = source_owner(source_id)
    tokens.set(owner, SECRET_CLIENT_SECRET, client_secret)
    tokens.set(owner, SECRET_REFRESH_TOKEN, result.refresh_token)
