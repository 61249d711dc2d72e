"""Yelp Fusion: the (at most three) review excerpts Yelp serves for a business.

``GET /v3/businesses/{id}/reviews`` with the API key as a Bearer token. Yelp has no
reply API for this key: ``publish_reply`` raises ``NotSupported`` and the user answers
on the review's page (``review_url``). Each review is marked ``is_excerpt``.

Settings: ``business_id`` (id or alias), ``locale`` (optional, e.g. ``pl_PL``),
``timezone`` (the business's IANA zone, default ``America/Los_Angeles``), ``api_base`` /
``CLINICREP_YELP_API_BASE``. Secret (keyring): ``api_key``.

``time_created`` is "YYYY-MM-DD HH:MM:SS" without a zone; Yelp documents it as Pacific
time, while some businesses' reviews read as the business's local time. We read it in
the source's ``timezone`` setting (DST included, through zoneinfo) and default to
America/Los_Angeles as documented; on a PC with no time zone data we fall back to a
fixed UTC-8 and log it.

Quota: every answer carries ``RateLimit-DailyLimit`` / ``RateLimit-Remaining``; the last
values are in ``connector.quota``. A 429 ``ACCESS_LIMIT_REACHED`` (daily quota) becomes
``RateLimited`` with the seconds until ``RateLimit-ResetTime`` (else the next UTC
midnight, when Yelp resets it); ``TOO_MANY_REQUESTS_PER_SECOND`` is waited out briefly.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from clinicrep.errors import (
    AuthExpired,
    BadResponse,
    ClinicrepError,
    NotFound,
    NotSupported,
    RateLimited,
    SourceNotConfigured,
)
from clinicrep.model import Review
from clinicrep.secrets import source_owner
from clinicrep.sources.base import Page, PublishedReply, SourceContext
from clinicrep.sources.http import ApiClient, ApiResponse, parse_retry_after

log = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.yelp.com"
DEFAULT_TIMEZONE = "America/Los_Angeles"
SECRET_API_KEY = "api_key"
PLATFORM = "yelp"


@dataclass(frozen=True, slots=True)
class DailyQuota:
    """Yelp's daily call quota as of the last answer."""

    limit: int | None
    remaining: int | None
    resets_at: datetime | None = None


def _int_header(headers: httpx.Headers, name: str) -> int | None:
    try:
        return int(headers.get(name, ""))
    except ValueError:
        return None


def quota_from_headers(headers: httpx.Headers) -> DailyQuota | None:
    limit = _int_header(headers, "RateLimit-DailyLimit")
    remaining = _int_header(headers, "RateLimit-Remaining")
    if limit is None and remaining is None:
        return None
    reset = None
    raw = headers.get("RateLimit-ResetTime")
    if raw:
        try:
            reset = datetime.fromisoformat(raw.replace("Z", "+00:00")).astimezone(UTC)
        except ValueError:
            reset = None
    return DailyQuota(limit, remaining, reset)


def _seconds_until_reset(headers: httpx.Headers, now: datetime | None = None) -> float:
    now = now or datetime.now(UTC)
    quota = quota_from_headers(headers)
    if quota is not None and quota.resets_at is not None:
        return max(0.0, (quota.resets_at - now).total_seconds())
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight - now).total_seconds()


def yelp_error_mapper(response: httpx.Response, body: Any) -> ClinicrepError | None:
    """Yelp's ``{"error": {"code", "description"}}`` onto our errors (None: use the status)."""
    if response.status_code < 400:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    code = str(error.get("code", "")) if isinstance(error, dict) else ""
    status = response.status_code
    if code == "ACCESS_LIMIT_REACHED" or (status == 429 and code == "DAILY_LIMIT_REACHED"):
        return RateLimited(
            f"yelp: daily quota used up ({code})",
            retry_after=_seconds_until_reset(response.headers),
            platform=PLATFORM,
            reason="daily_quota",
        )
    if status == 429:
        wait = parse_retry_after(response.headers.get("Retry-After"))
        return RateLimited(
            "yelp: too many requests (HTTP 429)",  # the code may echo request data
            retry_after=1.0 if wait is None else wait,
            platform=PLATFORM,
        )
    if code in ("TOKEN_INVALID", "UNAUTHORIZED_ACCESS_TOKEN", "TOKEN_MISSING"):
        return AuthExpired(f"yelp: {code}", platform=PLATFORM, status=status)
    if code in ("BUSINESS_NOT_FOUND", "BUSINESS_UNAVAILABLE"):
        return NotFound(f"yelp: {code}", platform=PLATFORM, status=status, reason=code.lower())
    return None


def business_zone(settings: Mapping[str, Any]) -> tzinfo:
    name = str(settings.get("timezone") or DEFAULT_TIMEZONE)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("yelp: time zone %r unavailable; reading review times as UTC-8", name)
        return timezone(timedelta(hours=-8))


def parse_time_created(text: object, zone: tzinfo) -> datetime:
    """UTC from Yelp's "2026-11-20 14:05:09" in the business's zone."""
    if not isinstance(text, str):
        raise BadResponse("yelp: review without time_created", platform=PLATFORM)
    try:
        local = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S")
    except ValueError as e:
        raise BadResponse("yelp: unreadable time_created", platform=PLATFORM) from e
    return local.replace(tzinfo=zone).astimezone(UTC)


def review_from_json(source_id: int, item: Any, zone: tzinfo) -> Review:
    if not isinstance(item, dict) or not item.get("id"):
        raise BadResponse("yelp: review without id", platform=PLATFORM)
    user: dict[str, Any] = item["user"] if isinstance(item.get("user"), dict) else {}
    rating: int | None = None
    raw_rating = item.get("rating")
    if (
        isinstance(raw_rating, int | float)
        and not isinstance(raw_rating, bool)
        and math.isfinite(raw_rating)  # JSON may say 1e999 (infinity): no rating, not a crash
    ):
        rating = min(5, max(1, int(raw_rating + 0.5)))
    return Review(
        source_id=source_id,
        external_id=str(item["id"]),
        created_at=parse_time_created(item.get("time_created"), zone),
        author=str(user.get("name") or ""),
        rating=rating,
        text=str(item.get("text") or ""),
        url=str(item.get("url") or ""),
        is_excerpt=True,
    )


class YelpConnector:
    kind = "yelp"
    can_publish = False

    def __init__(self, ctx: SourceContext) -> None:
        self.ctx = ctx
        self.source = ctx.source
        if self.source.id is None:
            raise ValueError("source must be saved before it can sync")
        self.source_id: int = self.source.id
        self.business_id = str(self.source.settings.get("business_id") or "").strip()
        self.zone = business_zone(self.source.settings)
        self.quota: DailyQuota | None = None
        self._client: ApiClient | None = None

    @property
    def client(self) -> ApiClient:
        if self._client is None:
            self._client = ApiClient.for_source(
                self.source,
                DEFAULT_API_BASE,
                cancel=self.ctx.cancel,
                timeout=self.ctx.timeout,
                error_mapper=yelp_error_mapper,
                auth_headers=self._auth_headers,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _auth_headers(self) -> dict[str, str]:
        key = self.ctx.tokens.get(source_owner(self.source_id), SECRET_API_KEY)
        if not key:
            raise AuthExpired("yelp: no API key", platform=PLATFORM, reason="no_key")
        return {"Authorization": f"Bearer {key}"}

    def fetch(self, since_cursor: str | None, *, full: bool = False) -> Iterator[Page]:
        """One page: the excerpts Yelp chooses to show. Never ``complete``: Yelp lists
        three of the business's reviews, so one missing from the list is not deleted."""
        if not self.business_id:
            raise SourceNotConfigured("yelp source lacks business_id", platform=PLATFORM)
        params: dict[str, str] = {}
        locale = str(self.source.settings.get("locale") or "").strip()
        if locale:
            params["locale"] = locale
        answer = self.client.request(
            "GET", f"/v3/businesses/{quote(self.business_id, safe='')}/reviews", params=params
        )
        self._note_quota(answer)
        data = answer.data
        if not isinstance(data, dict) or not isinstance(data.get("reviews", []), list):
            raise BadResponse("yelp: reviews answer is not a list", platform=PLATFORM)
        reviews = [
            review_from_json(self.source_id, r, self.zone) for r in data.get("reviews") or []
        ]
        total = data.get("total")
        yield Page(reviews, cursor=None, total_hint=total if isinstance(total, int) else None)

    def _note_quota(self, answer: ApiResponse) -> None:
        self.quota = quota_from_headers(answer.headers) or self.quota
        if self.quota and self.quota.remaining is not None and self.quota.remaining <= 10:
            log.warning("yelp: %s of %s daily calls left", self.quota.remaining, self.quota.limit)

    def publish_reply(self, review: Review, text: str) -> PublishedReply:
        raise NotSupported("yelp: answer on the review's page", platform=PLATFORM)

    def delete_reply(self, review: Review) -> None:
        raise NotSupported("yelp: answer on the review's page", platform=PLATFORM)

    def lookup(self, review: Review) -> Review | None:
        raise NotSupported("yelp: replies are not read through the API", platform=PLATFORM)

    def review_url(self, review: Review) -> str:
        if review.url:
            return review.url
        return f"https://www.yelp.com/biz/{quote(self.business_id)}"
