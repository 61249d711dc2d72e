"""A loopback Trustpilot API: public business-unit reviews, business-user tokens, replies.

- ``GET /v1/business-units/{id}/reviews`` with the ``apikey`` header (or query
  parameter): ``perPage`` (1-100), ``page``; ``{"reviews": [...], "links": [...]}`` with a
  ``next-page`` link (an absolute URL) while more pages exist. Absent values are ``null``.
- ``POST /v1/oauth/oauth-business-users-for-applications/accesstoken``: Basic
  ``apikey:secret``, form ``grant_type=password`` (username, password) or
  ``grant_type=refresh_token``; answers ``expires_in`` as a string, as documented.
- ``GET /v1/reviews/{id}`` with the ``apikey``: one review (the public "get review").
- ``POST /v1/private/reviews/{id}/reply`` with a Bearer access token and
  ``{"authorBusinessUserId", "message"}``: 201 with an empty body; replies are recorded
  and shown as the review's ``companyReply`` (``DELETE`` removes it).
"""

from __future__ import annotations

import base64
import itertools
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .loopback import FakeResponse, LoopbackApi, RecordedRequest

BUSINESS_UNIT_ID = "507f191e810c19729de860ea"
BUSINESS_USER_ID = "5e3de1b45fb06f0001790b99"
API_KEY = "tp-api-key-do-not-log"
API_SECRET = "tp-api-secret-do-not-log"
USERNAME = "reception@clinic.example"
PASSWORD = "tp-password-do-not-log"
TOKEN_PATH = "/v1/oauth/oauth-business-users-for-applications/accesstoken"


def tp_error(status: int, message: str = "error") -> FakeResponse:
    return FakeResponse(status, {"message": message, "errorCode": status})


@dataclass
class FakeTpReview:
    id: str
    stars: int
    text: str
    created_at: str  # "2026-11-20T10:00:00Z"
    title: str | None = None
    updated_at: str | None = None
    author: str | None = "Anna K."
    language: str | None = "en"
    reply: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "stars": self.stars,
            "title": self.title,
            "text": self.text,
            "language": self.language,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "consumer": {"id": "c-" + self.id, "displayName": self.author},
            "companyReply": self.reply,
            "businessUnit": {"id": BUSINESS_UNIT_ID},
            "status": "active",
        }


@dataclass
class RecordedReply:
    review_id: str
    author_business_user_id: str
    message: str


class FakeTrustpilot(LoopbackApi):
    def __init__(self) -> None:
        super().__init__()
        self.reviews: list[FakeTpReview] = []  # newest first, as orderBy=createdat.desc
        self.replies: list[RecordedReply] = []
        self.access_tokens: set[str] = set()
        self.refresh_tokens: set[str] = set()
        self.token_requests: list[dict[str, str]] = []
        self._counter = itertools.count(1)
        self.domains: dict[str, str] = {"familyclinic.example": "Family Clinic"}  # -> name

    # -- helpers for tests -----------------------------------------------------
    def issue_tokens(self) -> tuple[str, str]:
        n = next(self._counter)
        access, refresh = f"tp-access-{n}", f"tp-refresh-{n}"
        self.access_tokens.add(access)
        self.refresh_tokens.add(refresh)
        return access, refresh

    def revoke_access_tokens(self) -> None:
        self.access_tokens.clear()

    # -- routes ----------------------------------------------------------------
    def handle(self, request: RecordedRequest) -> FakeResponse:
        if request.path == TOKEN_PATH and request.method == "POST":
            return self._token(request)
        if request.path.startswith("/v1/private/reviews/") and request.path.endswith("/reply"):
            return self._reply(request)
        if request.path.startswith("/v1/reviews/") and request.method == "GET":
            if (request.headers.get("apikey") or request.param("apikey")) != API_KEY:
                return tp_error(401, "Unauthorized")
            review_id = request.path.removeprefix("/v1/reviews/")
            for review in self.reviews:
                if review.id == review_id:
                    return FakeResponse(200, review.to_json())
            return tp_error(404, "Review not found")
        if request.path == "/v1/business-units/find" and request.method == "GET":
            return self._find(request)
        prefix = f"/v1/business-units/{BUSINESS_UNIT_ID}/reviews"
        if request.path.startswith("/v1/business-units/") and request.method == "GET":
            if (request.headers.get("apikey") or request.param("apikey")) != API_KEY:
                return tp_error(401, "Unauthorized")
            if request.path != prefix:
                return tp_error(404, "Business unit not found")
            return self._reviews(request)
        return tp_error(404, "Not found")

    def _find(self, request: RecordedRequest) -> FakeResponse:
        """``GET /v1/business-units/find?name=<domain>`` with the ``apikey``: the unit."""
        if (request.headers.get("apikey") or request.param("apikey")) != API_KEY:
            return tp_error(401, "Unauthorized")
        name = (request.param("name") or "").lower()
        if name not in self.domains:
            return tp_error(404, "Business unit not found")
        return FakeResponse(
            200,
            {
                "id": BUSINESS_UNIT_ID,
                "displayName": self.domains[name],
                "name": {"identifying": name, "referring": [name, self.domains[name]]},
                "links": [
                    {
                        "href": f"{self.url}/v1/business-units/{BUSINESS_UNIT_ID}",
                        "method": "GET",
                        "rel": "business-units",
                    }
                ],
            },
        )

    def _reviews(self, request: RecordedRequest) -> FakeResponse:
        per_page = int(request.param("perPage", "20") or 20)
        page = int(request.param("page", "1") or 1)
        if not 1 <= per_page <= 100 or page < 1:
            return tp_error(400, "Bad paging")
        start = (page - 1) * per_page
        chunk = self.reviews[start : start + per_page]
        links = [{"href": f"{self.url}{request.path}?page={page}&perPage={per_page}",
                  "method": "GET", "rel": "self"}]  # fmt: skip
        if start + per_page < len(self.reviews):
            links.append({
                "href": f"{self.url}{request.path}?page={page + 1}&perPage={per_page}",
                "method": "GET",
                "rel": "next-page",
            })  # fmt: skip
        return FakeResponse(200, {"reviews": [r.to_json() for r in chunk], "links": links})

    def _token(self, request: RecordedRequest) -> FakeResponse:
        expected = "Basic " + base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()
        if request.headers.get("authorization") != expected:
            return tp_error(401, "invalid_client")
        if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
            return tp_error(400, "form expected")
        form = request.form()
        self.token_requests.append({k: v for k, v in form.items() if k == "grant_type"})
        grant = form.get("grant_type")
        if grant == "password":
            if (form.get("username"), form.get("password")) != (USERNAME, PASSWORD):
                return tp_error(400, "invalid_grant")
        elif grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return tp_error(400, "invalid_grant")
            self.refresh_tokens.discard(form["refresh_token"])
        else:
            return tp_error(400, "unsupported_grant_type")
        access, refresh = self.issue_tokens()
        return FakeResponse(
            200,
            {"access_token": access, "refresh_token": refresh, "expires_in": "359999",
             "token_type": "BearerToken"},
        )  # fmt: skip

    def _reply(self, request: RecordedRequest) -> FakeResponse:
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.access_tokens:
            return tp_error(401, "Unauthorized")
        review_id = request.path.split("/")[4]
        if not any(r.id == review_id for r in self.reviews):
            return tp_error(404, "Review not found")
        review = next(r for r in self.reviews if r.id == review_id)
        if request.method == "DELETE":
            self.replies = [r for r in self.replies if r.review_id != review_id]
            review.reply = None
            return FakeResponse(204)
        body = request.json()
        if (
            not isinstance(body, dict)
            or not body.get("message")
            or not body.get("authorBusinessUserId")
        ):
            return tp_error(400, "message and authorBusinessUserId are required")
        self.replies.append(RecordedReply(review_id, body["authorBusinessUserId"], body["message"]))
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        review.reply = {"text": body["message"], "createdAt": now}
        return FakeResponse(201)
