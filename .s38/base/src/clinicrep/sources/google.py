"""Google Business Profile reviews (API v4) -> Review records; replies through the API.

Settings: ``account_id`` and ``location_id`` (or ``location`` =
``accounts/{a}/locations/{l}``), ``client_id``, optional ``place_id`` (for the review
page link), ``page_size`` (<= 50). Secrets (keyring): ``client_secret`` and
``refresh_token`` (see ``google_oauth``). The API base is ``api_base`` /
``CLINICREP_GOOGLE_API_BASE``; a base that already ends in ``/v4`` is used as is.

Incremental sync: reviews come newest ``updateTime`` first; we stop at the first one
older than the watermark of the last complete scan. The cursor is JSON holding that
watermark, the newest time seen so far and, mid-scan, the next page token, so a sync
stopped after any page resumes where it stopped and misses nothing.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from clinicrep.errors import (
    AccessNotApproved,
    ApiDisabled,
    BadResponse,
    ClinicrepError,
    NotFound,
    SourceError,
    SourceNotConfigured,
)
from clinicrep.model import Review, Source
from clinicrep.sources.base import Page, PublishedReply, SourceContext
from clinicrep.sources.google_oauth import DEFAULT_API_BASE, GoogleAuth
from clinicrep.sources.http import ApiClient, RetryPolicy, setting_or_env
from clinicrep.sources.timestamps import parse_timestamp

log = logging.getLogger(__name__)

DEFAULT_ACCOUNTS_BASE = "https://mybusinessaccountmanagement.googleapis.com"
DEFAULT_LOCATIONS_BASE = "https://mybusinessbusinessinformation.googleapis.com"
MAX_PAGE_SIZE = 50
# A scan of more pages than this (500,000 reviews) is a server handing out new tokens for ever.
MAX_PAGES = 10_000
MAX_REPLY_BYTES = 4096

STAR_RATINGS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}

_TRANSLATED = "(Translated by Google)"
_ORIGINAL = "(Original)"


class ReplyTooLong(SourceError):
    """Google takes at most 4,096 bytes of reply; refused before any call."""

    code = "reply_too_long"


def parse_rfc3339(text: object) -> datetime:
    """A UTC datetime from RFC 3339 with 0, 3, 6 or 9 fractional digits (nanoseconds cut)."""
    return parse_timestamp(text, platform="google")


def split_translation(comment: str) -> tuple[str, str]:
    """(original, Google's translation) of a comment; ("comment", "") if not translated.

    Google writes ``(Translated by Google) <translation>\\n\\n(Original)\\n<original>``,
    and sometimes the other way round (``<original>\\n\\n(Translated by Google)\\n<...>``).
    """
    t = comment.find(_TRANSLATED)
    if t < 0:
        return comment, ""
    o = comment.find(_ORIGINAL)
    if o < 0:
        return comment[:t].strip(), comment[t + len(_TRANSLATED) :].strip()
    if t < o:
        translated = comment[t + len(_TRANSLATED) : o]
        original = comment[o + len(_ORIGINAL) :]
        head = comment[:t]
    else:
        original = comment[o + len(_ORIGINAL) : t]
        translated = comment[t + len(_TRANSLATED) :]
        head = comment[:o]
    if head.strip():  # text before both markers is the original in the second layout
        original = head + original
    return original.strip(), translated.strip()


def review_from_json(source_id: int, item: Mapping[str, Any], *, url: str = "") -> Review:
    """One v4 ``Review`` object -> Review. Absent fields are defaults (Google omits them)."""
    if not isinstance(item, Mapping):
        raise BadResponse("google: review is not an object", platform="google")
    external_id = item.get("reviewId") or str(item.get("name", "")).rsplit("/", 1)[-1]
    if not external_id:
        raise BadResponse("google: review without id", platform="google")
    raw_reviewer = item.get("reviewer")
    reviewer: Mapping[str, Any] = raw_reviewer if isinstance(raw_reviewer, Mapping) else {}
    # An anonymous reviewer may still carry a display name ("A Google user"); without one
    # the author stays empty and the UI shows its own translated "anonymous" label.
    author = str(reviewer.get("displayName", "") or "")
    created_raw = item.get("createTime") or item.get("updateTime")
    if not created_raw:
        raise BadResponse("google: review without createTime", platform="google")
    created = parse_rfc3339(created_raw)
    updated = parse_rfc3339(item["updateTime"]) if item.get("updateTime") else created
    text, translated = split_translation(str(item.get("comment", "") or ""))
    reply = item.get("reviewReply") or None
    reply_text = None
    reply_at = None
    if isinstance(reply, Mapping) and reply.get("comment") is not None:
        reply_text = str(reply["comment"])
        reply_at = parse_rfc3339(reply["updateTime"]) if reply.get("updateTime") else None
    return Review(
        source_id=source_id,
        external_id=str(external_id),
        created_at=created,
        updated_at=updated,
        author=author,
        rating=STAR_RATINGS.get(str(item.get("starRating", ""))),
        text=text,
        translated_text=translated,
        upstream_reply=reply_text,
        upstream_reply_at=reply_at,
        url=url,
    )


@dataclass(slots=True)
class _Cursor:
    since: datetime | None = None  # newest updateTime of the last complete scan
    newest: datetime | None = None  # newest seen in the scan under way
    page_token: str | None = None  # where the scan under way resumes

    def dump(self) -> str:
        def t(d: datetime | None) -> str | None:
            return d.isoformat() if d else None

        data = {"since": t(self.since), "newest": t(self.newest), "page_token": self.page_token}
        return json.dumps({k: v for k, v in data.items() if v is not None}, sort_keys=True)

    @classmethod
    def load(cls, text: str | None) -> _Cursor:
        if not text:
            return cls()
        try:
            data = json.loads(text)
            return cls(
                since=datetime.fromisoformat(data["since"]) if data.get("since") else None,
                newest=datetime.fromisoformat(data["newest"]) if data.get("newest") else None,
                page_token=data.get("page_token") or None,
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("google: unreadable cursor, starting a full scan")
            return cls()


def location_path(source: Source) -> str:
    """``accounts/{a}/locations/{l}`` from the settings (either form accepted)."""
    settings = source.settings
    full = str(settings.get("location", "") or "").strip("/")
    if full.startswith("accounts/") and "/locations/" in full:
        return full
    account = str(settings.get("account_id", "")).removeprefix("accounts/").strip("/")
    location = str(settings.get("location_id", "")).strip("/")
    location = location.rsplit("locations/", 1)[-1]
    if not account or not location:
        raise SourceNotConfigured(
            "google source lacks account_id/location_id", platform="google", reason="not_configured"
        )
    return f"accounts/{account}/locations/{location}"


_STATUS_NAME = re.compile(r"[A-Z_]{1,40}")


def _error_info(error: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
    """(reason, metadata) of the ``google.rpc.ErrorInfo`` among ``error.details``."""
    for detail in error.get("details") or []:
        if isinstance(detail, Mapping) and str(detail.get("@type", "")).endswith(
            "google.rpc.ErrorInfo"
        ):
            metadata = detail.get("metadata")
            return str(detail.get("reason") or ""), metadata if isinstance(
                metadata, Mapping
            ) else {}
    return "", {}


def google_error_mapper(response: httpx.Response, body: Any) -> ClinicrepError | None:
    """Google's ``{"error": {"code", "message", "status", "details"}}``: the HTTP status says
    most; the status name goes to the log (never the message: it may quote request data).

    Two answers mean the Cloud project, not the sign-in: a 429 whose quota limit is 0 (the
    project is not approved for the Business Profile APIs yet) and a 403 ``SERVICE_DISABLED``
    (the APIs are not enabled in the project)."""
    if response.status_code < 400 or not isinstance(body, dict):
        return None
    error = body.get("error")
    if not isinstance(error, dict):
        return None
    status = error.get("status")
    # only a status *name*: any field may echo request data back
    shown = status if isinstance(status, str) and _STATUS_NAME.fullmatch(status) else "?"
    reason, metadata = _error_info(error)
    log.info("google: HTTP %s %s %s", response.status_code, shown, reason[:40] or "-")
    if response.status_code == 429 and str(metadata.get("quota_limit_value", "")) == "0":
        return AccessNotApproved("google: quota 0, access not approved", platform="google")
    if response.status_code == 403 and reason == "SERVICE_DISABLED":
        return ApiDisabled("google: Business Profile API disabled", platform="google")
    return None


class GoogleConnector:
    kind = "google"
    can_publish = True

    def __init__(self, ctx: SourceContext, *, auth: GoogleAuth | None = None) -> None:
        self.ctx = ctx
        self.source = ctx.source
        if self.source.id is None:
            raise ValueError("source must be saved before it can sync")
        self.source_id: int = self.source.id
        self._auth = auth
        base, _ = setting_or_env(
            self.source, "api_base", "CLINICREP_GOOGLE_API_BASE", DEFAULT_API_BASE
        )
        self._v4 = base if re.search(r"/v4$", base) else base + "/v4"
        self._client: ApiClient | None = None

    # -- plumbing -------------------------------------------------------------
    @property
    def auth(self) -> GoogleAuth:
        if self._auth is None:
            self._auth = GoogleAuth.for_source(self.source, self.ctx.tokens, self.ctx.cancel)
        return self._auth

    @property
    def client(self) -> ApiClient:
        if self._client is None:
            self._client = ApiClient(
                self._v4,
                platform="google",
                cancel=self.ctx.cancel,
                timeout=float(self.source.settings.get("timeout", self.ctx.timeout)),
                retry=RetryPolicy.from_settings(self.source.settings),
                error_mapper=google_error_mapper,
                auth_headers=self.auth.headers,
                on_auth_expired=self.auth.renew,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _page_size(self) -> int:
        return max(1, min(MAX_PAGE_SIZE, int(self.source.settings.get("page_size", MAX_PAGE_SIZE))))

    # -- the protocol ---------------------------------------------------------
    def fetch(self, since_cursor: str | None, *, full: bool = False) -> Iterator[Page]:
        state = _Cursor() if full else _Cursor.load(since_cursor)
        since, newest, token = state.since, state.newest, state.page_token
        resumed = token is not None
        path = f"{location_path(self.source)}/reviews"
        url = self.review_url_for_location()
        seen_tokens: set[str] = {token} if token else set()
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"pageSize": self._page_size(), "orderBy": "updateTime desc"}
            if token:
                params["pageToken"] = token
            try:
                data = self.client.get_json(path, params)
            except BadResponse as e:
                if token and resumed and e.params.get("status") == 400:
                    # A page token from an earlier run may have expired: rescan from the top.
                    log.info("google: stored page token refused; rescanning")
                    token, resumed = None, False
                    continue
                raise
            if not isinstance(data, dict):
                raise BadResponse("google: reviews answer is not an object", platform="google")
            items = data.get("reviews") or []
            if not isinstance(items, list):
                raise BadResponse("google: reviews is not a list", platform="google")
            reviews: list[Review] = []
            reached_watermark = False
            for item in items:
                review = review_from_json(self.source_id, item, url=url)
                changed = review.updated_at or review.created_at
                if since is not None and changed < since:
                    reached_watermark = True
                    break
                newest = changed if newest is None or changed > newest else newest
                reviews.append(review)
            next_token = data.get("nextPageToken") or None
            total = data.get("totalReviewCount")
            total_hint = int(total) if isinstance(total, int | float) else None
            # A token handed out again would loop for ever: the list ends there, not known whole.
            looped = next_token is not None and next_token in seen_tokens
            if reached_watermark or not next_token or looped:
                if looped:
                    log.warning("google: page token repeated; the scan stops there")
                done = _Cursor(since=newest or since)
                yield Page(
                    reviews,
                    cursor=done.dump(),
                    complete=not resumed and since is None and not looped,
                    total_hint=total_hint,
                )
                return
            seen_tokens.add(next_token)
            yield Page(
                reviews,
                cursor=_Cursor(since=since, newest=newest, page_token=next_token).dump(),
                total_hint=total_hint,
            )
            token = next_token
        raise BadResponse("google: too many pages of reviews", platform="google")

    def publish_reply(self, review: Review, text: str) -> PublishedReply:
        size = len(text.encode("utf-8"))
        if size > MAX_REPLY_BYTES:
            raise ReplyTooLong(
                f"google reply is {size} bytes",
                platform="google",
                size=size,
                limit=MAX_REPLY_BYTES,
            )
        path = f"{location_path(self.source)}/reviews/{quote(review.external_id, safe='')}/reply"
        self.client.request("PUT", path, json_body={"comment": text})
        return PublishedReply(external_id=review.external_id)

    def delete_reply(self, review: Review) -> None:
        path = f"{location_path(self.source)}/reviews/{quote(review.external_id, safe='')}/reply"
        self.client.request("DELETE", path, allow_empty=True)

    def lookup(self, review: Review) -> Review | None:
        """``GET …/reviews/{id}`` (accounts.locations.reviews.get): the review and its reply."""
        path = f"{location_path(self.source)}/reviews/{quote(review.external_id, safe='')}"
        try:
            data = self.client.get_json(path)
        except NotFound:
            return None
        return review_from_json(
            self.source_id, data, url=review.url or self.review_url_for_location()
        )

    def review_url(self, review: Review) -> str:
        return review.url or self.review_url_for_location()

    def review_url_for_location(self) -> str:
        place_id = str(self.source.settings.get("place_id", "") or "")
        if place_id:
            return f"https://search.google.com/local/reviews?placeid={quote(place_id)}"
        return "https://business.google.com/reviews"


# -- discovery for the Sources dialog ----------------------------------------------------


@dataclass(slots=True)
class GoogleLocation:
    """One location the signed-in user manages, with what the settings need."""

    account_id: str  # "123" (from "accounts/123")
    account_name: str  # the account's display name
    location_id: str  # "456" (from "locations/456")
    title: str
    place_id: str = ""

    def settings(self) -> dict[str, str]:
        values = {"account_id": self.account_id, "location_id": self.location_id}
        if self.place_id:
            values["place_id"] = self.place_id
        return values


def _paged(client: ApiClient, path: str, key: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    token: str | None = None
    for _ in range(100):  # bounded: a platform that keeps sending tokens cannot loop us forever
        query = dict(params)
        if token:
            query["pageToken"] = token
        data = client.get_json(path, query)
        if not isinstance(data, dict):
            raise BadResponse(f"google: {key} answer is not an object", platform="google")
        found.extend(x for x in data.get(key) or [] if isinstance(x, dict))
        token = data.get("nextPageToken") or None
        if not token:
            break
    return found


def discover_locations(
    source: Source, auth: GoogleAuth, *, cancel: Any = None
) -> list[GoogleLocation]:
    """Every location of every account the user manages (Account Management v1 +
    Business Information v1). The PERSONAL account often owns none; it is simply empty.

    ``source`` gives the settings (API bases: ``accounts_api_base``, ``locations_api_base``,
    env ``CLINICREP_GOOGLE_ACCOUNTS_API_BASE`` / ``..._LOCATIONS_API_BASE``; when only
    ``api_base`` is overridden they default to it, so one test server serves all three).
    """
    base, overridden = setting_or_env(
        source, "api_base", "CLINICREP_GOOGLE_API_BASE", DEFAULT_API_BASE
    )
    base = re.sub(r"/v4$", "", base)
    accounts_base, _ = setting_or_env(
        source,
        "accounts_api_base",
        "CLINICREP_GOOGLE_ACCOUNTS_API_BASE",
        base if overridden else DEFAULT_ACCOUNTS_BASE,
    )
    locations_base, _ = setting_or_env(
        source,
        "locations_api_base",
        "CLINICREP_GOOGLE_LOCATIONS_API_BASE",
        base if overridden else DEFAULT_LOCATIONS_BASE,
    )

    def client(url: str) -> ApiClient:
        return ApiClient(
            url,
            platform="google",
            cancel=cancel,
            timeout=float(source.settings.get("timeout", 20.0)),
            retry=RetryPolicy.from_settings(source.settings),
            error_mapper=google_error_mapper,
            auth_headers=auth.headers,
            on_auth_expired=auth.renew,
        )

    result: list[GoogleLocation] = []
    with client(accounts_base) as accounts_api, client(locations_base) as locations_api:
        accounts = _paged(accounts_api, "/v1/accounts", "accounts", {"pageSize": 20})
        for account in accounts:
            account_name = str(account.get("name", ""))
            if not account_name.startswith("accounts/"):
                continue
            locations = _paged(
                locations_api,
                f"/v1/{account_name}/locations",
                "locations",
                {"readMask": "name,title,metadata", "pageSize": 100},
            )
            for loc in locations:
                name = str(loc.get("name", ""))
                metadata = loc.get("metadata") or {}
                result.append(
                    GoogleLocation(
                        account_id=account_name.removeprefix("accounts/"),
                        account_name=str(account.get("accountName", "")),
                        location_id=name.rsplit("/", 1)[-1],
                        title=str(loc.get("title", "")),
                        place_id=str(
                            metadata.get("placeId", "") if isinstance(metadata, dict) else ""
                        ),
                    )
                )
    return result
