"""Facebook Page recommendations (Graph API ``/{page-id}/ratings``) -> Review records.

Settings: ``page_id``, ``graph_version`` (default ``v21.0``: Facebook retired this edge
from v22.0, queries there answer error code 12, so the version is pinned and the UI says
it is deprecated), ``page_size``. Secret (keyring): ``page_access_token``. API base:
``api_base`` / ``CLINICREP_FACEBOOK_API_BASE`` (default ``https://graph.facebook.com``;
a base already ending in a version such as ``/v21.0`` is used as is).

Graph reports errors as HTTP 400 with ``{"error": {"code", ...}}``: ``error.code`` decides.
Recommendations have no update time, so every sync reads the list whole (a Page's list is
small): edits and deletions are noticed on the next sync, and each scan is complete.
The practice's answer to a recommendation is a comment on its story: for every story we
read ``GET /{story-id}/comments`` (fields from, message, created_time) and the newest
comment whose ``from`` is the Page is the reply (``upstream_reply``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx

from clinicrep.errors import (
    AuthExpired,
    BadResponse,
    ClinicrepError,
    FeatureRetired,
    NotFound,
    NotSupported,
    PermissionMissing,
    PlatformUnavailable,
    RateLimited,
    SourceNotConfigured,
)
from clinicrep.logs import add_secret
from clinicrep.model import Review, Source
from clinicrep.secrets import source_owner
from clinicrep.sources.base import Page, PublishedReply, SourceContext
from clinicrep.sources.http import ApiClient, RetryPolicy, setting_or_env
from clinicrep.sources.timestamps import parse_timestamp

log = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://graph.facebook.com"
DEFAULT_GRAPH_VERSION = "v21.0"
SECRET_PAGE_TOKEN = "page_access_token"
FIELDS = (
    "created_time,recommendation_type,review_text,rating,has_rating,has_review,"
    "reviewer{id,name},open_graph_story{id}"
)
DEFAULT_PAGE_SIZE = 25
COMMENT_FIELDS = "from{id,name},message,created_time"
COMMENTS_PAGE_SIZE = 100
MAX_RATING_PAGES = 20_000  # 500,000 recommendations: past that, a server inventing cursors
MAX_COMMENT_PAGES = 20  # a story with thousands of comments is not a recommendation's

RATE_LIMIT_CODES = frozenset({4, 17, 32, 613, 80001})
_VERSION_SUFFIX = re.compile(r"/v\d+\.\d+$")


def _usage_wait_seconds(response: httpx.Response) -> float | None:
    """``X-Business-Use-Case-Usage``: {"<id>": [{"estimated_time_to_regain_access": minutes}]}."""
    raw = response.headers.get("X-Business-Use-Case-Usage")
    if not raw:
        return None
    try:
        usage = json.loads(raw)
    except ValueError:
        return None
    minutes: list[float] = []
    if isinstance(usage, dict):
        for entries in usage.values():
            for entry in entries if isinstance(entries, list) else [entries]:
                if isinstance(entry, dict):
                    value = entry.get("estimated_time_to_regain_access")
                    if isinstance(value, int | float):
                        minutes.append(float(value))
    if not minutes:
        return None
    return max(minutes) * 60.0


_TRACE_ID = re.compile(r"[A-Za-z0-9_-]{1,40}")


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def facebook_error_mapper(response: httpx.Response, body: Any) -> ClinicrepError | None:
    """Map Graph's ``error.code`` (not the HTTP status) onto our errors."""
    if response.status_code < 400 or not isinstance(body, dict):
        return None
    error = body.get("error")
    if not isinstance(error, dict):
        return None
    # Any field can echo request data (a token, even): only numbers go on, and the log's
    # mask (logs.add_secret) still covers the trace id.
    code = _number(error.get("code"))
    subcode = _number(error.get("error_subcode"))
    trace = error.get("fbtrace_id")
    log.info(
        "facebook: HTTP %s error code %s subcode %s (fbtrace_id %s)",
        response.status_code,
        code,
        subcode,
        trace if isinstance(trace, str) and _TRACE_ID.fullmatch(trace) else "?",
    )
    params = {"platform": "facebook", "platform_code": code, "platform_subcode": subcode}
    detail = f"facebook: error code {code}/{subcode}"
    if code is None:
        return None
    if code == 190 or code == 102:
        return AuthExpired(detail, **params)
    if code in RATE_LIMIT_CODES:
        return RateLimited(detail, retry_after=_usage_wait_seconds(response), **params)
    if code == 10 or 200 <= code <= 299:
        return PermissionMissing(detail, **params)
    if code == 12:
        return FeatureRetired(detail, **params)
    if code in (1, 2):  # "API unknown" / "API service": temporary on Facebook's side
        return PlatformUnavailable(detail, **params)
    if code == 100 and subcode == 33:  # the object does not exist (deleted page or story)
        return NotFound(detail, **params)
    return BadResponse(detail, **params)


@dataclass(slots=True)
class _Cursor:
    """Where a scan under way resumes (``after``); none between scans: each reads it all.

    Cursors of earlier versions also held a ``since`` watermark; it is ignored now.
    """

    after: str | None = None

    def dump(self) -> str:
        return json.dumps({"after": self.after} if self.after else {}, sort_keys=True)

    @classmethod
    def load(cls, text: str | None) -> _Cursor:
        if not text:
            return cls()
        try:
            data = json.loads(text)
            return cls(after=str(data["after"]) if data.get("after") else None)
        except (ValueError, TypeError, AttributeError):
            log.warning("facebook: unreadable cursor, starting a full scan")
            return cls()


def review_from_json(source_id: int, page_id: str, item: Mapping[str, Any]) -> Review:
    """One Recommendation -> Review. Old ratings (before Aug 2018) have ``rating`` and no story."""
    if not isinstance(item, Mapping):
        raise BadResponse("facebook: rating is not an object", platform="facebook")
    created = parse_timestamp(item.get("created_time"), platform="facebook")
    raw_reviewer = item.get("reviewer")
    reviewer: Mapping[str, Any] = raw_reviewer if isinstance(raw_reviewer, Mapping) else {}
    raw_story = item.get("open_graph_story")
    story: Mapping[str, Any] = raw_story if isinstance(raw_story, Mapping) else {}
    story_id = str(story.get("id", "") or "")
    if story_id:
        external_id = story_id
    else:
        # No id of its own: the reviewer and the second they rated identify it.
        who = str(reviewer.get("id") or reviewer.get("name") or "")
        digest = hashlib.sha256(f"{who}|{item.get('created_time')}".encode()).hexdigest()
        external_id = "rating-" + digest[:24]
    rating = item.get("rating")
    recommendation = item.get("recommendation_type")
    return Review(
        source_id=source_id,
        external_id=external_id,
        created_at=created,
        updated_at=created,
        author=str(reviewer.get("name", "") or ""),
        rating=int(rating) if isinstance(rating, int) and 1 <= rating <= 5 else None,
        recommendation=recommendation if recommendation in ("positive", "negative") else None,
        text=str(item.get("review_text", "") or ""),
        reply_target=story_id,
        url=(
            f"https://www.facebook.com/{quote(story_id)}"
            if story_id
            else f"https://www.facebook.com/{quote(page_id)}/reviews"
        ),
    )


class FacebookConnector:
    kind = "facebook"
    can_publish = True

    def __init__(self, ctx: SourceContext) -> None:
        self.ctx = ctx
        self.source = ctx.source
        if self.source.id is None:
            raise ValueError("source must be saved before it can sync")
        self.source_id: int = self.source.id
        self.page_id = str(self.source.settings.get("page_id", "") or "").strip()
        base, _ = setting_or_env(
            self.source, "api_base", "CLINICREP_FACEBOOK_API_BASE", DEFAULT_API_BASE
        )
        version = str(self.source.settings.get("graph_version") or DEFAULT_GRAPH_VERSION)
        self._root = base if _VERSION_SUFFIX.search(base) else f"{base}/{version.strip('/')}"
        self._client: ApiClient | None = None

    @property
    def client(self) -> ApiClient:
        if self._client is None:
            self._client = ApiClient(
                self._root,
                platform="facebook",
                cancel=self.ctx.cancel,
                timeout=float(self.source.settings.get("timeout", self.ctx.timeout)),
                retry=RetryPolicy.from_settings(self.source.settings),
                error_mapper=facebook_error_mapper,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _token(self) -> str:
        token = self.ctx.tokens.get(source_owner(self.source_id), SECRET_PAGE_TOKEN)
        if not token:
            raise AuthExpired("facebook: no page access token", platform="facebook")
        return token

    def _page_size(self) -> int:
        return max(1, min(100, int(self.source.settings.get("page_size", DEFAULT_PAGE_SIZE))))

    def fetch(self, since_cursor: str | None, *, full: bool = False) -> Iterator[Page]:
        """The whole list, every sync; a scan stopped mid-way resumes at its page.

        The cursor only holds ``after`` while a scan is under way; a resumed scan is not
        ``complete`` (the pages before it were read by another run).
        """
        if not self.page_id:
            raise SourceNotConfigured("facebook source lacks page_id", platform="facebook")
        state = _Cursor() if full else _Cursor.load(since_cursor)
        after = state.after
        resumed = after is not None
        seen_afters: set[str] = {after} if after else set()
        for _ in range(MAX_RATING_PAGES):
            params: dict[str, Any] = {
                "fields": FIELDS,
                "limit": self._page_size(),
                "access_token": self._token(),
            }
            if after:
                params["after"] = after
            data = self.client.get_json(f"{quote(self.page_id, safe='')}/ratings", params)
            if not isinstance(data, dict) or not isinstance(data.get("data", []), list):
                raise BadResponse("facebook: ratings answer is not a list", platform="facebook")
            reviews = [
                self._with_reply(review_from_json(self.source_id, self.page_id, item))
                for item in data.get("data") or []
            ]
            next_after = _next_after(data.get("paging"))
            # A cursor handed out again would loop for ever: the list ends there, not known whole.
            looped = next_after is not None and next_after in seen_afters
            if not next_after or looped:
                if looped:
                    log.warning("facebook: paging cursor repeated; the scan stops there")
                yield Page(reviews, cursor=None, complete=not resumed and not looped)
                return
            seen_afters.add(next_after)
            yield Page(reviews, cursor=_Cursor(after=next_after).dump())
            after = next_after
        raise BadResponse("facebook: too many pages of ratings", platform="facebook")

    # -- the Page's answers ---------------------------------------------------
    def _with_reply(self, review: Review) -> Review:
        """``review`` with the Page's own comment on its story as ``upstream_reply``."""
        if not review.reply_target:
            return review  # an old rating without a story: nothing can answer it
        try:
            comment = self._page_comment(review.reply_target)
        except NotFound:  # the story went between the two requests: the next sync sees
            log.info("facebook: a story vanished while its comments were read")
            return review
        if comment is not None:
            review.upstream_reply, review.upstream_reply_at = comment
        return review

    def _page_comment(self, story_id: str) -> tuple[str, datetime | None] | None:
        """(message, time) of the newest comment by the Page on ``story_id``, if any."""
        found: tuple[str, datetime | None] | None = None
        after: str | None = None
        for _ in range(MAX_COMMENT_PAGES):
            params: dict[str, Any] = {
                "fields": COMMENT_FIELDS,
                "filter": "toplevel",
                "limit": COMMENTS_PAGE_SIZE,
                "access_token": self._token(),
            }
            if after:
                params["after"] = after
            data = self.client.get_json(f"{quote(story_id, safe='')}/comments", params)
            if not isinstance(data, dict) or not isinstance(data.get("data", []), list):
                raise BadResponse("facebook: comments answer is not a list", platform="facebook")
            for item in data.get("data") or []:
                if not isinstance(item, Mapping):
                    continue
                author = item.get("from")
                if not isinstance(author, Mapping) or str(author.get("id", "")) != self.page_id:
                    continue
                raw_time = item.get("created_time")
                when = parse_timestamp(raw_time, platform="facebook") if raw_time else None
                if found is None or (when is not None and (found[1] is None or when > found[1])):
                    found = (str(item.get("message", "") or ""), when)
            after = _next_after(data.get("paging"))
            if not after:
                break
        return found

    def lookup(self, review: Review) -> Review | None:
        """The review with the Page's current comment on its story (the story is its id)."""
        if not review.reply_target:
            raise NotSupported(
                "facebook: this rating has no story", platform="facebook", reason="no_story"
            )
        try:
            comment = self._page_comment(review.reply_target)
        except NotFound:
            return None  # the story (and the recommendation) is gone
        found = dataclasses.replace(review, upstream_reply=None, upstream_reply_at=None)
        if comment is not None:
            found.upstream_reply, found.upstream_reply_at = comment
        return found

    def publish_reply(self, review: Review, text: str) -> PublishedReply:
        if not review.reply_target:
            raise NotSupported(
                "facebook: this rating has no story to comment on",
                platform="facebook",
                reason="no_story",
            )
        answer = self.client.request(
            "POST",
            f"{quote(review.reply_target, safe='')}/comments",
            form={"message": text, "access_token": self._token()},
        )
        data = answer.data if isinstance(answer.data, dict) else {}
        return PublishedReply(external_id=str(data.get("id", "")))

    def delete_reply(self, review: Review) -> None:
        # Deleting needs the comment's id, which lives with the reply, not the review:
        # the practice removes it on Facebook itself.
        raise NotSupported("facebook: delete the comment on Facebook", platform="facebook")

    def review_url(self, review: Review) -> str:
        if review.url:
            return review.url
        return f"https://www.facebook.com/{quote(self.page_id)}/reviews"


def _next_after(paging: Any) -> str | None:
    """The ``after`` cursor of the next page; None on the last page (no ``paging.next``).

    We never follow ``paging.next`` itself: it is a full URL with our token in it, and
    we keep our requests on the configured host.
    """
    if not isinstance(paging, dict) or not paging.get("next"):
        return None
    cursors = paging.get("cursors")
    if isinstance(cursors, dict) and cursors.get("after"):
        return str(cursors["after"])
    values = parse_qs(urlsplit(str(paging["next"])).query).get("after")
    return values[0] if values else None


# -- discovery for the Sources dialog ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class FacebookPage:
    """A Page the user has a role on, with its Page access token (``/me/accounts``)."""

    page_id: str
    name: str
    access_token: str = dataclasses.field(repr=False)  # empty: the role gives no token
    tasks: tuple[str, ...] = ()


MAX_ACCOUNT_PAGES = 20  # 20 x 100 Pages: no practice has more


def discover_pages(source: Source, user_token: str, *, cancel: Any = None) -> list[FacebookPage]:
    """The Pages a user access token's owner manages (``GET /{version}/me/accounts``), each
    with its Page access token, which is what the connector keeps.

    ``source`` gives the Graph version and the API base (settings or
    ``CLINICREP_FACEBOOK_API_BASE``). The user token is used for this call only. Errors are
    Graph's: 190 (expired or revoked token) -> ``AuthExpired``, 200-299 (no
    ``pages_show_list``) -> ``PermissionMissing``.
    """
    base, _ = setting_or_env(source, "api_base", "CLINICREP_FACEBOOK_API_BASE", DEFAULT_API_BASE)
    version = str(source.settings.get("graph_version") or DEFAULT_GRAPH_VERSION)
    root = base if _VERSION_SUFFIX.search(base) else f"{base}/{version.strip('/')}"
    found: list[FacebookPage] = []
    with ApiClient(
        root,
        platform="facebook",
        cancel=cancel,
        timeout=float(source.settings.get("timeout", 20.0)),
        retry=RetryPolicy.from_settings(source.settings),
        error_mapper=facebook_error_mapper,
    ) as client:
        after: str | None = None
        for _ in range(MAX_ACCOUNT_PAGES):
            params: dict[str, Any] = {
                "fields": "id,name,access_token,tasks",
                "limit": 100,
                "access_token": user_token,
            }
            if after:
                params["after"] = after
            data = client.get_json("me/accounts", params)
            if not isinstance(data, dict) or not isinstance(data.get("data", []), list):
                raise BadResponse("facebook: accounts answer is not a list", platform="facebook")
            for item in data.get("data") or []:
                if not isinstance(item, dict) or not item.get("id"):
                    continue
                tasks = item.get("tasks")
                if item.get("access_token"):
                    add_secret(str(item["access_token"]))  # the log masks every Page token
                found.append(
                    FacebookPage(
                        page_id=str(item["id"]),
                        name=str(item.get("name") or item["id"]),
                        access_token=str(item.get("access_token") or ""),
                        tasks=tuple(str(t) for t in tasks) if isinstance(tasks, list) else (),
                    )
                )
            paging = data.get("paging")
            cursors = paging.get("cursors") if isinstance(paging, dict) else None
            after = cursors.get("after") if isinstance(cursors, dict) else None
            if not (isinstance(paging, dict) and paging.get("next") and after):
                break
    return found
