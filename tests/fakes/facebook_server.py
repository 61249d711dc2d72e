"""A loopback Graph API serving ``/{version}/{page-id}/ratings`` and story comments.

Errors come as HTTP 400 with ``{"error": {"message", "type", "code", "error_subcode",
"fbtrace_id"}}``; versions from v22.0 answer code 12 (the edge is retired there).
Paging: ``paging.cursors.after`` and ``paging.next`` (a full URL with the token in it),
``next`` absent on the last page. JSON is written with ``\\uXXXX`` escapes, as Graph does.
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


class FakeGraph(LoopbackApi):
    def __init__(self) -> None:
        super().__init__()
        self.ratings: list[FakeRating] = []
        self.comments: list[tuple[str, str]] = []  # (story id, message)
        self.token = PAGE_TOKEN
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

    def handle(self, request: RecordedRequest) -> FakeResponse:
        match = re.fullmatch(r"/v(\d+)\.(\d+)/(.+)", request.path)
        if not match:
            return graph_error(100, 33)
        major, rest = int(match.group(1)), match.group(3)
        token = request.param("access_token") or request.form().get("access_token")
        if token != self.token:
            return graph_error(190, 460)
        if rest == f"{PAGE_ID}/ratings" and request.method == "GET":
            if major >= 22:
                return graph_error(12)
            return self._ratings(request, f"v{match.group(1)}.{match.group(2)}")
        story = re.fullmatch(r"([0-9_]+)/comments", rest)
        if story and request.method == "POST":
            message = request.form().get("message", "")
            with self._state_lock:
                self.comments.append((story.group(1), message))
                comment_id = f"{story.group(1)}_{len(self.comments)}"
            return FakeResponse(200, {"id": comment_id})
        return graph_error(100, 33)

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
