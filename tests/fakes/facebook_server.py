"""A loopback Graph API serving ``/{version}/{page-id}/ratings`` and story comments.

``GET /{story-id}/comments`` (fields ``from{id,name}``, ``message``, ``created_time``;
cursor paging like the ratings) lists a story's comments, oldest first as Graph's
default ``chronological`` order; a comment POSTed with the Page token is by the Page
(``from`` = the Page), as on Facebook. Other people's comments come from
``comment_as_visitor``. A story that does not exist answers code 100 subcode 33.

Errors come as HTTP 400 with ``{"error": {"message", "type", "code", "error_subcode",
"fbtrace_id"}}``; versions from v22.0 answer code 12 (the edge is retired there).
Paging: ``paging.cursors.after`` and ``paging.next`` (a full URL with the token in it),
``next`` absent on the last page. JSON is written with ``\\u0410``-style escapes, as Graph does.

``GET /{version}/me/accounts`` (the User Accounts edge) answers, for the *user* access token
``USER_TOKEN``, the Pages that user has a role on: ``id``, ``name``, ``access_token`` (the
Page token) and ``tasks``, with cursor paging; a token without ``pages_show_list`` answers
code 200, an unknown or revoked one code 190 (subcode 460).
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from .loopback import FakeResponse, LoopbackApi, RecordedRequest

PAGE_ID = "1029384756"
PAGE_TOKEN = "EAAGpage-token-do-not-log"
USER_TOKEN = "EAAGuser-token-do-not-log"


def graph_error(
    code: int, subcode: int | None = None, headers: dict[str, str] | None = None
) -> FakeResponse:
    error: dict[str, Any] = {
        "message": f"(#{code}) test error",
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": "AbCdEf123",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return FakeResponse(400, json.dumps({"error": error}).encode(), headers or {})


@dataclass
class FakeRating:
    created: datetime
    recommendation: str | None = "positive"
    text: str | None = None
    rating: int | None = None
    reviewer: dict[str, str] | None = None
    story_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "created_time": self.created.strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "has_rating": self.rating is not None,
            "has_review": bool(self.text),
        }
        if self.recommendation:
            data["recommendation_type"] = self.recommendation
        if self.text is not None:
            data["review_text"] = self.text
        if self.rating is not None:
            data["rating"] = self.rating
        if self.reviewer is not None:
            data["reviewer"] = self.reviewer
        if self.story_id is not None:
            data["open_graph_story"] = {"id": self.story_id}
        return data


@dataclass
class FakeComment:
    story_id: str
    id: str
    author: dict[str, str]
    message: str
    created: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "from": self.author,
            "message": self.message,
            "created_time": self.created.strftime("%Y-%m-%dT%H:%M:%S+0000"),
        }


PAGE_AUTHOR = {"id": PAGE_ID, "name": "Clinic Page"}


class FakeGraph(LoopbackApi):
    def __init__(self) -> None:
        super().__init__()
        self.ratings: list[FakeRating] = []
        self.comments: list[tuple[str, str]] = []  # (story id, message) posted through the API
        self.story_comments: list[FakeComment] = []  # every comment, whoever wrote it
        self.comment_answer_delay = 0.0  # the comment is made, the answer comes this late
        self.token = PAGE_TOKEN
        self.user_token = USER_TOKEN
        self.user_can_list_pages = True  # the token was granted pages_show_list
        # the Pages the user has a role on (/me/accounts); the practice's Page first
        self.managed_pages: list[dict[str, Any]] = [
            {
                "id": PAGE_ID,
                "name": "Clinic Page",
                "access_token": PAGE_TOKEN,
                "category": "Medical Center",
                "tasks": ["ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"],
            }
        ]
        self.clock = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
        self._ids = itertools.count(1)
        self._state_lock = threading.Lock()

    def add_ratings(self, count: int, **overrides: Any) -> list[FakeRating]:
        made = []
        for _ in range(count):
            n = next(self._ids)
            self.clock += timedelta(minutes=13)
            rating = FakeRating(
                created=self.clock,
                recommendation="negative" if n % 4 == 0 else "positive",
                text=f"Отзыв {n}: всё хорошо" if n % 2 else f"Review {n}: friendly staff",
                reviewer={"id": str(5000 + n), "name": f"Reviewer {n}"},
                story_id=f"{PAGE_ID}_{9000 + n}",
            )
            for key, value in overrides.items():
                setattr(rating, key, value)
            with self._state_lock:
                self.ratings.append(rating)
            made.append(rating)
        return made

    def _story_exists(self, story_id: str) -> bool:
        return any(r.story_id == story_id for r in self.ratings)

    def _add_comment(self, story_id: str, author: dict[str, str], message: str) -> FakeComment:
        with self._state_lock:
            self.clock += timedelta(minutes=1)
            comment = FakeComment(
                story_id, f"{story_id}_{len(self.story_comments) + 1}", author, message, self.clock
            )
            self.story_comments.append(comment)
        return comment

    def answer_on_page(self, story_id: str, message: str) -> FakeComment:
        """The practice answered on Facebook itself (not through clinicrep)."""
        return self._add_comment(story_id, dict(PAGE_AUTHOR), message)

    def comment_as_visitor(self, story_id: str, message: str, name: str = "Jan K.") -> FakeComment:
        return self._add_comment(story_id, {"id": "77" + str(len(name)), "name": name}, message)

    def delete_rating(self, story_id: str) -> None:
        with self._state_lock:
            self.ratings = [r for r in self.ratings if r.story_id != story_id]

    def handle(self, request: RecordedRequest) -> FakeResponse:
        match = re.fullmatch(r"/v(\d+)\.(\d+)/(.+)", request.path)
        if not match:
            return graph_error(100, 33)
        major, rest = int(match.group(1)), match.group(3)
        token = request.param("access_token") or request.form().get("access_token")
        if rest == "me/accounts" and request.method == "GET":
            return self._accounts(request, token)
        if token != self.token:
            return graph_error(190, 460)
        if rest == f"{PAGE_ID}/ratings" and request.method == "GET":
            if major >= 22:
                return graph_error(12)
            return self._ratings(request, f"v{match.group(1)}.{match.group(2)}")
        story = re.fullmatch(r"([0-9_]+)/comments", rest)
        if story and not self._story_exists(story.group(1)):
            return graph_error(100, 33)
        if story and request.method == "POST":
            message = request.form().get("message", "")
            with self._state_lock:
                self.comments.append((story.group(1), message))
            comment = self._add_comment(story.group(1), dict(PAGE_AUTHOR), message)
            return FakeResponse(200, {"id": comment.id}, delay=self.comment_answer_delay)
        if story and request.method == "GET":
            return self._comments(request, story.group(1))
        return graph_error(100, 33)

    def _accounts(self, request: RecordedRequest, token: str | None) -> FakeResponse:
        if token == self.token:  # a Page token asks for a Page's edge that does not exist
            return graph_error(100)
        if token != self.user_token:
            return graph_error(190, 460)
        if not self.user_can_list_pages:
            return graph_error(200)
        limit = int(request.param("limit") or 25)
        after = request.param("after")
        offset = int(base64.b64decode(after).decode()) if after else 0
        chunk = self.managed_pages[offset : offset + limit]
        wanted = set((request.param("fields") or "id,name").split(","))
        body: dict[str, Any] = {
            "data": [{k: v for k, v in p.items() if k in wanted} for p in chunk]
        }
        if chunk:
            cursors = {
                "before": base64.b64encode(str(offset).encode()).decode(),
                "after": base64.b64encode(str(offset + len(chunk)).encode()).decode(),
            }
            body["paging"] = {"cursors": cursors}
            if offset + len(chunk) < len(self.managed_pages):
                query = urlencode(
                    {"access_token": token, "limit": limit, "after": cursors["after"]}
                )
                body["paging"]["next"] = f"{self.url}/v21.0/me/accounts?{query}"
        return FakeResponse(200, json.dumps(body, ensure_ascii=True).encode())

    def _comments(self, request: RecordedRequest, story_id: str) -> FakeResponse:
        limit = int(request.param("limit") or 25)
        after = request.param("after")
        offset = int(base64.b64decode(after).decode()) if after else 0
        with self._state_lock:
            ordered = [c for c in self.story_comments if c.story_id == story_id]
        chunk = ordered[offset : offset + limit]
        fields = (request.param("fields") or "").split(",")
        wanted = {f.split("{", 1)[0] for f in fields if f} or {"id", "message", "created_time"}
        data = [{k: v for k, v in c.to_json().items() if k in wanted | {"id"}} for c in chunk]
        body: dict[str, Any] = {"data": data}
        if chunk:
            cursors = {
                "before": base64.b64encode(str(offset).encode()).decode(),
                "after": base64.b64encode(str(offset + len(chunk)).encode()).decode(),
            }
            body["paging"] = {"cursors": cursors}
            if offset + len(chunk) < len(ordered):
                query = urlencode({"access_token": request.param("access_token"),
                                   "limit": limit, "after": cursors["after"]})  # fmt: skip
                body["paging"]["next"] = f"{self.url}/v21.0/{story_id}/comments?{query}"
        return FakeResponse(200, json.dumps(body, ensure_ascii=True).encode())

    def _ratings(self, request: RecordedRequest, version: str) -> FakeResponse:
        limit = int(request.param("limit") or 25)
        after = request.param("after")
        offset = int(base64.b64decode(after).decode()) if after else 0
        with self._state_lock:
            ordered = sorted(self.ratings, key=lambda r: r.created, reverse=True)
        chunk = ordered[offset : offset + limit]
        body: dict[str, Any] = {"data": [r.to_json() for r in chunk]}
        if chunk:
            cursors = {
                "before": base64.b64encode(str(offset).encode()).decode(),
                "after": base64.b64encode(str(offset + len(chunk)).encode()).decode(),
            }
            body["paging"] = {"cursors": cursors}
            if offset + len(chunk) < len(ordered):
                query = urlencode(
                    {
                        "access_token": request.param("access_token"),
                        "fields": request.param("fields"),
                        "limit": limit,
                        "after": cursors["after"],
                    }
                )
                body["paging"]["next"] = f"{self.url}/{version}/{PAGE_ID}/ratings?{query}"
        # Graph escapes every non-ASCII character.
        return FakeResponse(200, json.dumps(body, ensure_ascii=True).encode())
