"""Trustpilot: service reviews of a business unit, and the practice's public replies.

Reading uses the public API with the API key in the ``apikey`` header (never in the
query, where it would reach logs): ``GET /v1/business-units/{id}/reviews`` with
``perPage`` (<= 100), ``page`` and ``orderBy=createdat.desc``, following the ``links``
entry whose ``rel`` is ``next-page``. Replying uses the private API:
``POST /v1/private/reviews/{id}/reply`` with a business user's Bearer token and
``{"authorBusinessUserId", "message"}``; it may answer 201 with an empty body.

Tokens (``TrustpilotAuth``): ``POST /v1/oauth/oauth-business-users-for-applications/
accesstoken`` with Basic ``apikey:secret``, form-encoded ``grant_type=password`` (the
user's Trustpilot Business login, asked once and never stored) or
``grant_type=refresh_token``. ``expires_in`` comes as a string. The API secret and the
refresh token live only in the keyring; the access token (100 hours) is cached there
too, because Trustpilot answers 429 to clients that fetch new tokens too often.

Settings: ``business_unit_id``, ``business_user_id`` (author of replies), ``page_url``
(optional), ``per_page``, ``overlap_days``, ``api_base`` / ``CLINICREP_TRUSTPILOT_API_BASE``,
``token_url`` / ``CLINICREP_TRUSTPILOT_TOKEN_URL`` (default: under the API base).
Secrets: ``api_key``, ``api_secret``, ``refresh_token`` (+ the cached access token).

Incremental sync: reviews come newest first; we stop after the first page that reaches
``overlap_days`` before the newest review of the last sync, so recent edits and company
replies are seen again. A full scan reads every page and is marked complete, so the sync
can flag reviews Trustpilot no longer lists.
"""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from clinicrep.errors import (
    AuthExpired,
    BadResponse,
    ClinicrepError,
    NotFound,
    PermissionMissing,
    SourceNotConfigured,
)
from clinicrep.model import Review, Source
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.sources.base import CancelToken, Page, PublishedReply, SourceContext
from clinicrep.sources.http import ApiClient, RetryPolicy, env_var_for, setting_or_env
from clinicrep.sources.timestamps import parse_timestamp

log = logging.getLogger(__name__)

PLATFORM = "trustpilot"
DEFAULT_API_BASE = "https://api.trustpilot.com"
TOKEN_PATH = "/v1/oauth/oauth-business-users-for-applications/accesstoken"
SECRET_API_KEY = "api_key"
SECRET_API_SECRET = "api_secret"
SECRET_REFRESH_TOKEN = "refresh_token"
SECRET_ACCESS_TOKEN = "access_token"
SECRET_ACCESS_EXPIRES = "access_token_expires_at"  # epoch seconds, beside the token it dates
MAX_PER_PAGE = 100
DEFAULT_OVERLAP_DAYS = 30
MAX_PAGES = 10_000  # a server that always links a next page must not keep us forever
_EXPIRY_MARGIN = 300.0


def parse_time(value: object) -> datetime:
    """UTC from Trustpilot's ``2026-04-28T10:15:00Z`` / ``...00.000Z`` (zone-less read as UTC)."""
    if isinstance(value, str) and value and value[-1].isdigit() and "T" in value:
        value = value + "Z"
    return parse_timestamp(value, platform=PLATFORM)


def _optional_time(value: object) -> datetime | None:
    return parse_time(value) if value else None


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def review_from_json(source_id: int, item: Any) -> Review:
    if not isinstance(item, dict) or not item.get("id"):
        raise BadResponse("trustpilot: review without id", platform=PLATFORM)
    stars = item.get("stars")
    consumer = _object(item.get("consumer"))
    reply = _object(item.get("companyReply"))  # null when the practice has not replied
    review_id = str(item["id"])
    return Review(
        source_id=source_id,
        external_id=review_id,
        created_at=parse_time(item.get("createdAt")),
        updated_at=_optional_time(item.get("updatedAt")),
        author=str(consumer.get("displayName") or ""),
        rating=stars if isinstance(stars, int) and 1 <= stars <= 5 else None,
        title=str(item.get("title") or ""),
        text=str(item.get("text") or ""),
        language_hint=str(item.get("language") or ""),
        url=f"https://www.trustpilot.com/reviews/{quote(review_id, safe='')}",
        upstream_reply=str(reply.get("text")) if reply.get("text") else None,
        upstream_reply_at=_optional_time(reply.get("createdAt")),
    )


def endpoints(source: Source) -> tuple[str, str]:
    """(API base, token URL): env > settings > Trustpilot; the token URL follows the base."""
    base, _ = setting_or_env(source, "api_base", env_var_for(PLATFORM), DEFAULT_API_BASE)
    token_url, _ = setting_or_env(
        source, "token_url", env_var_for(PLATFORM, "TOKEN_URL"), base + TOKEN_PATH
    )
    return base, token_url


def _token_error_mapper(response: Any, body: Any) -> ClinicrepError | None:
    # A refused login or refresh token comes as 400/401: the user must sign in again.
    if response.status_code in (400, 401):
        return AuthExpired("trustpilot: token request refused", platform=PLATFORM,
                           status=response.status_code, reason="sign_in_again")  # fmt: skip
    return None


class TrustpilotAuth:
    """Business-user access tokens: from a one-time login, then from the refresh token."""

    def __init__(
        self,
        source: Source,
        tokens: TokenStore,
        *,
        cancel: CancelToken | None = None,
        timeout: float = 20.0,
    ) -> None:
        if source.id is None:
            raise ValueError("source must be saved first")
        self.source = source
        self.tokens = tokens
        self.owner = source_owner(source.id)
        _base, self.token_url = endpoints(source)
        self._client = ApiClient(
            self.token_url,
            platform=PLATFORM,
            cancel=cancel,
            timeout=float(source.settings.get("timeout", timeout)),
            retry=RetryPolicy.from_settings(source.settings),
            error_mapper=_token_error_mapper,
        )
        self._access: str | None = None
        self._expires_at = 0.0

    def close(self) -> None:
        self._client.close()

    def _basic(self) -> dict[str, str]:
        key = self.tokens.get(self.owner, SECRET_API_KEY)
        secret = self.tokens.get(self.owner, SECRET_API_SECRET)
        if not key or not secret:
            raise AuthExpired("trustpilot: API key or secret missing", platform=PLATFORM,
                              reason="no_key")  # fmt: skip
        raw = base64.b64encode(f"{key}:{secret}".encode()).decode("ascii")
        return {"Authorization": f"Basic {raw}"}

    def _request_token(self, form: dict[str, str]) -> str:
        answer = self._client.request("POST", self.token_url, form=form, headers=self._basic())
        data = answer.data if isinstance(answer.data, dict) else {}
        access = data.get("access_token")
        if not isinstance(access, str) or not access:
            raise BadResponse("trustpilot: token answer without access_token", platform=PLATFORM)
        try:
            lifetime = float(str(data.get("expires_in", "0")))  # documented as a string
        except ValueError:
            lifetime = 0.0
        self._access = access
        self._expires_at = time.time() + max(0.0, lifetime)
        self.tokens.set(self.owner, SECRET_ACCESS_TOKEN, access)
        self.tokens.set(self.owner, SECRET_ACCESS_EXPIRES, f"{self._expires_at:.0f}")
        refresh = data.get("refresh_token")
        if isinstance(refresh, str) and refresh:
            self.tokens.set(self.owner, SECRET_REFRESH_TOKEN, refresh)
        return access

    def sign_in(self, username: str, password: str) -> None:
        """Exchange the user's Trustpilot Business login for tokens (the password is not kept)."""
        self._request_token({"grant_type": "password", "username": username, "password": password})

    def access_token(self, *, force_refresh: bool = False) -> str:
        now = time.time()
        if not force_refresh:
            if self._access and now < self._expires_at - _EXPIRY_MARGIN:
                return self._access
            cached = self.tokens.get(self.owner, SECRET_ACCESS_TOKEN)
            try:
                expires = float(self.tokens.get(self.owner, SECRET_ACCESS_EXPIRES) or 0)
            except ValueError:
                expires = 0.0
            if cached and now < expires - _EXPIRY_MARGIN:
                self._access, self._expires_at = cached, expires
                return cached
        refresh = self.tokens.get(self.owner, SECRET_REFRESH_TOKEN)
        if not refresh:
            raise AuthExpired("trustpilot: not signed in", platform=PLATFORM,
                              reason="sign_in_again")  # fmt: skip
        return self._request_token({"grant_type": "refresh_token", "refresh_token": refresh})


class TrustpilotConnector:
    kind = "trustpilot"
    can_publish = True

    def __init__(self, ctx: SourceContext, *, auth: TrustpilotAuth | None = None) -> None:
        self.ctx = ctx
        self.source = ctx.source
        if self.source.id is None:
            raise ValueError("source must be saved before it can sync")
        self.source_id: int = self.source.id
        self.owner = source_owner(self.source_id)
        self.business_unit_id = str(self.source.settings.get("business_unit_id") or "").strip()
        self.base_url, _ = endpoints(self.source)
        self._auth = auth
        self._public: ApiClient | None = None
        self._private: ApiClient | None = None

    # -- clients ------------------------------------------------------------
    @property
    def auth(self) -> TrustpilotAuth:
        if self._auth is None:
            self._auth = TrustpilotAuth(
                self.source, self.ctx.tokens, cancel=self.ctx.cancel, timeout=self.ctx.timeout
            )
        return self._auth

    def _client(self, **kwargs: Any) -> ApiClient:
        return ApiClient(
            self.base_url,
            platform=PLATFORM,
            cancel=self.ctx.cancel,
            timeout=float(self.source.settings.get("timeout", self.ctx.timeout)),
            retry=RetryPolicy.from_settings(self.source.settings),
            **kwargs,
        )

    @property
    def public(self) -> ApiClient:
        if self._public is None:
            self._public = self._client(auth_headers=self._apikey_header)
        return self._public

    @property
    def private(self) -> ApiClient:
        if self._private is None:
            self._private = self._client(
                auth_headers=lambda: {"Authorization": f"Bearer {self.auth.access_token()}"},
                on_auth_expired=self._renew,
            )
        return self._private

    def _renew(self) -> bool:
        """After a 401 on the private API: one fresh token from the refresh token."""
        self.auth.access_token(force_refresh=True)
        return True

    def _apikey_header(self) -> dict[str, str]:
        key = self.ctx.tokens.get(self.owner, SECRET_API_KEY)
        if not key:
            raise AuthExpired("trustpilot: no API key", platform=PLATFORM, reason="no_key")
        return {"apikey": key}

    def close(self) -> None:
        for client in (self._public, self._private):
            if client is not None:
                client.close()
        if self._auth is not None:
            self._auth.close()
        self._public = self._private = None

    # -- reading ------------------------------------------------------------
    def _per_page(self) -> int:
        return max(1, min(MAX_PER_PAGE, int(self.source.settings.get("per_page", MAX_PER_PAGE))))

    def _same_host(self, href: str) -> str:
        """``href`` of a next-page link, kept on our configured host (our key goes with it)."""
        ours, theirs = urlsplit(self.base_url), urlsplit(href)
        if not theirs.scheme or (theirs.scheme, theirs.netloc) == (ours.scheme, ours.netloc):
            return self.public.url(href)
        return urlunsplit((ours.scheme, ours.netloc, theirs.path, theirs.query, ""))

    def fetch(self, since_cursor: str | None, *, full: bool = False) -> Iterator[Page]:
        if not self.business_unit_id:
            raise SourceNotConfigured("trustpilot source lacks business_unit_id", platform=PLATFORM)
        since = None if full else _load_cursor(since_cursor)
        overlap = timedelta(
            days=float(self.source.settings.get("overlap_days", DEFAULT_OVERLAP_DAYS))
        )
        stop_before = since - overlap if since else None
        newest = since
        url: str | None = f"/v1/business-units/{quote(self.business_unit_id, safe='')}/reviews"
        params: dict[str, Any] | None = {
            "perPage": self._per_page(),
            "page": 1,
            "orderBy": "createdat.desc",
        }
        seen_urls: set[str] = set()
        for _ in range(MAX_PAGES):
            assert url is not None
            data = self.public.get_json(url, params)
            if not isinstance(data, dict) or not isinstance(data.get("reviews", []), list):
                raise BadResponse("trustpilot: reviews answer is not a list", platform=PLATFORM)
            reviews = [review_from_json(self.source_id, r) for r in data.get("reviews") or []]
            for review in reviews:
                if newest is None or review.created_at > newest:
                    newest = review.created_at
            next_href = _next_page(data.get("links"))
            reached_old = stop_before is not None and any(
                r.created_at < stop_before for r in reviews
            )
            if not reviews or reached_old or not next_href or next_href in seen_urls:
                yield Page(reviews, cursor=_dump_cursor(newest), complete=since is None)
                return
            seen_urls.add(next_href)
            # Mid-scan pages keep the old cursor: a scan stopped here starts again.
            yield Page(reviews, cursor=since_cursor if not full else None)
            url, params = self._same_host(next_href), None
        raise BadResponse("trustpilot: too many pages", platform=PLATFORM)

    # -- replying -----------------------------------------------------------
    def publish_reply(self, review: Review, text: str) -> PublishedReply:
        author = str(self.source.settings.get("business_user_id") or "").strip()
        if not author:
            raise PermissionMissing("trustpilot: no business user id", platform=PLATFORM,
                                    reason="no_business_user")  # fmt: skip
        self.private.request(
            "POST",
            f"/v1/private/reviews/{quote(review.external_id, safe='')}/reply",
            json_body={"authorBusinessUserId": author, "message": text},
            allow_empty=True,
        )
        return PublishedReply()

    def delete_reply(self, review: Review) -> None:
        self.private.request(
            "DELETE",
            f"/v1/private/reviews/{quote(review.external_id, safe='')}/reply",
            allow_empty=True,
        )

    def lookup(self, review: Review) -> Review | None:
        """``GET /v1/reviews/{id}`` (public, with the API key): the review and companyReply."""
        try:
            data = self.public.get_json(f"/v1/reviews/{quote(review.external_id, safe='')}")
        except NotFound:
            return None
        return review_from_json(self.source_id, data)

    def review_url(self, review: Review) -> str:
        return review.url or str(self.source.settings.get("page_url") or "")


def _next_page(links: Any) -> str | None:
    if not isinstance(links, list):
        return None
    for link in links:
        if isinstance(link, dict) and link.get("rel") == "next-page" and link.get("href"):
            return str(link["href"])
    return None


def _dump_cursor(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def _load_cursor(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parse_time(text)
    except BadResponse:
        log.warning("trustpilot: unreadable cursor; reading everything")
        return None


# -- discovery for the Sources dialog ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrustpilotBusinessUnit:
    """The business unit of a website, as ``business-units/find`` names it."""

    unit_id: str
    display_name: str
    identifying_name: str  # the domain Trustpilot files it under ("clinic.com")

    @property
    def page_url(self) -> str:
        return f"https://www.trustpilot.com/review/{quote(self.identifying_name, safe='.-')}"


def website_domain(text: str) -> str:
    """``clinic.com`` from what a user pastes: ``https://www.clinic.com/contact`` -> the host."""
    value = text.strip()
    if "://" not in value:
        value = "//" + value
    host = urlsplit(value).hostname or ""
    return host.lower().rstrip(".")


def find_business_unit(
    source: Source, api_key: str, website: str, *, cancel: CancelToken | None = None
) -> TrustpilotBusinessUnit:
    """The business unit Trustpilot keeps for ``website`` (``GET /v1/business-units/find
    ?name=<domain>`` with the API key in the ``apikey`` header).

    ``NotFound`` when Trustpilot knows no such domain; ``AuthExpired`` / ``PermissionMissing``
    when it refuses the key. The API base comes from the settings or
    ``CLINICREP_TRUSTPILOT_API_BASE``."""
    domain = website_domain(website)
    if not domain:
        raise NotFound("trustpilot: no domain given", platform=PLATFORM)
    base, _token_url = endpoints(source)
    with ApiClient(
        base,
        platform=PLATFORM,
        cancel=cancel,
        timeout=float(source.settings.get("timeout", 20.0)),
        retry=RetryPolicy.from_settings(source.settings),
        auth_headers=lambda: {"apikey": api_key},
    ) as client:
        data = client.get_json("/v1/business-units/find", {"name": domain})
    if not isinstance(data, dict) or not data.get("id"):
        raise BadResponse("trustpilot: find answer without id", platform=PLATFORM)
    name = _object(data.get("name"))
    return TrustpilotBusinessUnit(
        unit_id=str(data["id"]),
        display_name=str(data.get("displayName") or name.get("identifying") or domain),
        identifying_name=str(name.get("identifying") or domain),
    )
