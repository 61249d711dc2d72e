"""A loopback Google: OAuth token endpoint, Account Management v1, Business Information v1
and the Business Profile v4 reviews API, speaking the documented JSON shapes.

- reviews: ``GET /v4/accounts/{a}/locations/{l}/reviews`` (pageSize <= 50, pageToken,
  orderBy=updateTime desc), default values left out (``{}`` for an empty location);
  ``PUT``/``DELETE .../reviews/{id}/reply``
- ``POST /token`` (refresh_token and authorization_code with PKCE S256)
- ``GET /o/oauth2/v2/auth`` redirects to the loopback redirect_uri with code and state
- ``GET /v1/accounts``; ``GET /v1/accounts/{a}/locations?readMask=...`` (readMask required)
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from .loopback import FakeResponse, LoopbackApi, RecordedRequest

CLIENT_ID = "1234-test.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-client-secret-do-not-log"
REFRESH_TOKEN = "1//refresh-token-do-not-log"

STARS = ["ONE", "TWO", "THREE", "FOUR", "FIVE"]
_FRACTIONS = ["", ".123", ".123456", ".123456789"]  # Google sends 0, 3, 6 or 9 digits


def rfc3339(moment: datetime, variant: int = 0) -> str:
    """``moment`` as Google writes it, with one of the four fraction lengths."""
    base = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return base + _FRACTIONS[variant % 4] + "Z"


def _error(status: int, name: str, message: str) -> FakeResponse:
    return FakeResponse(status, {"error": {"code": status, "message": message, "status": name}})


@dataclass
class FakeReview:
    review_id: str
    star: str
    created: datetime
    updated: datetime
    display_name: str | None = "Patient"
    anonymous: bool = False
    comment: str | None = None
    reply: dict[str, str] | None = None
    variant: int = 0

    def to_json(self, parent: str) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": f"{parent}/reviews/{self.review_id}",
            "reviewId": self.review_id,
            "reviewer": {},
            "starRating": self.star,
            "createTime": rfc3339(self.created, self.variant),
            "updateTime": rfc3339(self.updated, self.variant + 1),
        }
        if self.display_name is not None:
            data["reviewer"]["displayName"] = self.display_name
        if self.anonymous:  # absent when false: proto3 JSON leaves defaults out
            data["reviewer"]["isAnonymous"] = True
        if self.comment is not None:
            data["comment"] = self.comment
        if self.reply is not None:
            data["reviewReply"] = self.reply
        return data


@dataclass
class FakeLocation:
    account: str
    location: str
    title: str
    reviews: dict[str, FakeReview] = field(default_factory=dict)

    @property
    def parent(self) -> str:
        return f"accounts/{self.account}/locations/{self.location}"


class FakeGoogle(LoopbackApi):
    """Holds locations with reviews; issues and checks tokens; records replies."""

    def __init__(self) -> None:
        super().__init__()
        self.locations: dict[str, FakeLocation] = {}
        self.accounts: list[dict[str, str]] = [
            {"name": "accounts/100", "accountName": "Anna Kowalska", "type": "PERSONAL"}
        ]
        self.access_tokens: set[str] = set()
        self.refresh_tokens: set[str] = {REFRESH_TOKEN}
        self.codes: dict[str, dict[str, str]] = {}  # code -> challenge, redirect_uri
        self.replies: list[tuple[str, str]] = []  # (review name, comment)
        self.token_lifetime = 3600
        # Pages from this offset on answer only after ``slow_delay`` seconds (a sync to kill).
        self.slow_from_offset: int | None = None
        self.slow_delay = 0.0
        self._ids = itertools.count(1)
        self._state_lock = threading.Lock()
        self.clock = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

    # -- test data ----------------------------------------------------------------
    def add_location(self, account: str, location: str, title: str) -> FakeLocation:
        loc = FakeLocation(account, location, title)
        self.locations[loc.parent] = loc
        if not any(a["name"] == f"accounts/{account}" for a in self.accounts):
            self.accounts.append(
                {"name": f"accounts/{account}", "accountName": title, "type": "LOCATION_GROUP"}
            )
        return loc

    def add_reviews(self, loc: FakeLocation, count: int, **overrides: Any) -> list[FakeReview]:
        made = []
        for _ in range(count):
            n = next(self._ids)
            self.clock += timedelta(minutes=7)
            review = FakeReview(
                review_id=f"rev{n:04d}",
                star=STARS[n % 5],
                created=self.clock,
                updated=self.clock,
                display_name=f"Patient {n}",
                comment=f"Visit number {n} went well.",
                variant=n,
            )
            for key, value in overrides.items():
                setattr(review, key, value)
            with self._state_lock:
                loc.reviews[review.review_id] = review
            made.append(review)
        return made

    def edit_review(self, loc: FakeLocation, review_id: str, comment: str, star: str) -> None:
        self.clock += timedelta(hours=1)
        with self._state_lock:
            review = loc.reviews[review_id]
            review.comment, review.star, review.updated = comment, star, self.clock

    def delete_review(self, loc: FakeLocation, review_id: str) -> None:
        with self._state_lock:
            del loc.reviews[review_id]

    # -- serving ------------------------------------------------------------------
    def handle(self, request: RecordedRequest) -> FakeResponse:
        path = request.path
        if path == "/token" and request.method == "POST":
            return self._token(request)
        if path == "/o/oauth2/v2/auth":
            return self._authorize(request)
        if not self._authorised(request):
            return _error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.")
        if path == "/v1/accounts":
            return FakeResponse(200, {"accounts": self.accounts})
        match = re.fullmatch(r"/v1/accounts/([^/]+)/locations", path)
        if match:
            return self._locations(request, match.group(1))
        match = re.fullmatch(r"/v4/(accounts/[^/]+/locations/[^/]+)/reviews", path)
        if match and request.method == "GET":
            return self._list(request, match.group(1))
        match = re.fullmatch(r"/v4/(accounts/[^/]+/locations/[^/]+)/reviews/([^/]+)/reply", path)
        if match:
            return self._reply(request, match.group(1), match.group(2))
        match = re.fullmatch(r"/v4/(accounts/[^/]+/locations/[^/]+)/reviews/([^/]+)", path)
        if match and request.method == "GET":  # accounts.locations.reviews.get
            loc = self.locations.get(match.group(1))
            review = loc.reviews.get(match.group(2)) if loc else None
            if review is None:
                return _error(404, "NOT_FOUND", "Requested entity was not found.")
            return FakeResponse(200, review.to_json(match.group(1)))
        return _error(404, "NOT_FOUND", "Requested entity was not found.")

    def _authorised(self, request: RecordedRequest) -> bool:
        header = request.headers.get("authorization", "")
        return header.startswith("Bearer ") and header[7:] in self.access_tokens

    def _new_access_token(self) -> dict[str, Any]:
        token = "ya29." + secrets.token_urlsafe(16)
        self.access_tokens.add(token)
        return {
            "access_token": token,
            "expires_in": self.token_lifetime,
            "scope": "https://www.googleapis.com/auth/business.manage",
            "token_type": "Bearer",
        }

    def _token(self, request: RecordedRequest) -> FakeResponse:
        form = request.form()
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return FakeResponse(
                401, {"error": "invalid_client", "error_description": "Unauthorized"}
            )
        grant = form.get("grant_type")
        if grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return FakeResponse(
                    400, {"error": "invalid_grant", "error_description": "Token has been revoked."}
                )
            return FakeResponse(200, self._new_access_token())
        if grant == "authorization_code":
            issued = self.codes.pop(form.get("code", ""), None)
            verifier = form.get("code_verifier", "")
            challenge = (
                base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
                .rstrip(b"=")
                .decode()
            )
            if (
                issued is None
                or issued["challenge"] != challenge
                or issued["redirect_uri"] != form.get("redirect_uri")
            ):
                return FakeResponse(
                    400, {"error": "invalid_grant", "error_description": "Bad code"}
                )
            answer = self._new_access_token()
            refresh = "1//" + secrets.token_urlsafe(16)
            self.refresh_tokens.add(refresh)
            answer["refresh_token"] = refresh
            return FakeResponse(200, answer)
        return FakeResponse(400, {"error": "unsupported_grant_type"})

    def _authorize(self, request: RecordedRequest) -> FakeResponse:
        """The consent page, already consented: straight back to the app with a code."""
        redirect = request.param("redirect_uri") or ""
        if (
            request.param("client_id") != CLIENT_ID
            or request.param("code_challenge_method") != "S256"
            or not redirect.startswith("http://127.0.0.1:")
        ):
            return FakeResponse(400, "invalid_request", {"Content-Type": "text/plain"})
        code = "4/" + secrets.token_urlsafe(12)
        self.codes[code] = {
            "challenge": request.param("code_challenge") or "",
            "redirect_uri": redirect,
        }
        query = urlencode({"code": code, "state": request.param("state") or ""})
        return FakeResponse(302, b"", {"Location": f"{redirect}?{query}"})

    def _locations(self, request: RecordedRequest, account: str) -> FakeResponse:
        if not request.param("readMask"):
            return _error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")
        found = [
            {"name": f"locations/{loc.location}", "title": loc.title,
             "metadata": {"placeId": f"ChIJ{loc.location}"}}
            for loc in self.locations.values()
            if loc.account == account
        ]  # fmt: skip
        return FakeResponse(200, {"locations": found} if found else {})

    def _list(self, request: RecordedRequest, parent: str) -> FakeResponse:
        loc = self.locations.get(parent)
        if loc is None:
            return _error(404, "NOT_FOUND", "Requested entity was not found.")
        size = int(request.param("pageSize") or 50)
        if size > 50 or size < 1:
            return _error(400, "INVALID_ARGUMENT", "pageSize must be at most 50.")
        token = request.param("pageToken")
        try:
            offset = (
                int(base64.urlsafe_b64decode(token).decode().removeprefix("o:")) if token else 0
            )
        except ValueError:
            return _error(400, "INVALID_ARGUMENT", "Invalid page token.")
        if self.slow_from_offset is not None and offset >= self.slow_from_offset:
            time.sleep(self.slow_delay)
        with self._state_lock:
            ordered = sorted(loc.reviews.values(), key=lambda r: r.updated, reverse=True)
        if not ordered:
            return FakeResponse(200, {})  # an empty location: every field is a default
        chunk = ordered[offset : offset + size]
        body: dict[str, Any] = {
            "reviews": [r.to_json(parent) for r in chunk],
            "averageRating": round(sum(STARS.index(r.star) + 1 for r in ordered) / len(ordered), 1),
            "totalReviewCount": len(ordered),
        }
        if offset + size < len(ordered):
            body["nextPageToken"] = base64.urlsafe_b64encode(f"o:{offset + size}".encode()).decode()
        return FakeResponse(200, body)

    def _reply(self, request: RecordedRequest, parent: str, review_id: str) -> FakeResponse:
        loc = self.locations.get(parent)
        review = loc.reviews.get(review_id) if loc else None
        if review is None:
            return _error(404, "NOT_FOUND", "Requested entity was not found.")
        if request.method == "DELETE":
            review.reply = None
            return FakeResponse(200, {})
        if request.method != "PUT":
            return _error(405, "METHOD_NOT_ALLOWED", "Method not allowed.")
        comment = request.json().get("comment", "")
        if len(comment.encode()) > 4096:
            return _error(400, "INVALID_ARGUMENT", "Reply too long.")
        self.replies.append((f"{parent}/reviews/{review_id}", comment))
        review.reply = {"comment": comment, "updateTime": rfc3339(self.clock, 2)}
        return FakeResponse(200, review.reply)
