"""A loopback Yelp Fusion API: ``GET /v3/businesses/{id}/reviews`` as documented.

Answers ``{"reviews": [...], "total", "possible_languages"}`` with at most three
excerpts; ``time_created`` is "YYYY-MM-DD HH:MM:SS" (Pacific time). Every answer carries
``RateLimit-DailyLimit`` / ``RateLimit-Remaining`` / ``RateLimit-ResetTime``; when the
daily quota is used up it answers 429 ``ACCESS_LIMIT_REACHED``. Errors are
``{"error": {"code", "description"}}``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from .loopback import FakeResponse, LoopbackApi, RecordedRequest

BUSINESS_ID = "kind-clinic-san-francisco"
API_KEY = "yelp-api-key-do-not-log"
RESET_TIME = "2026-11-24T00:00:00+00:00"


def yelp_error(status: int, code: str, headers: dict[str, str] | None = None) -> FakeResponse:
    body = {"error": {"code": code, "description": f"test {code.lower()}"}}
    return FakeResponse(status, body, headers or {})


@dataclass
class FakeYelpReview:
    id: str
    text: str
    rating: int
    time_created: str  # "2026-11-20 10:00:00", Pacific time
    user_name: str = "Jane D."

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": f"https://www.yelp.com/biz/{BUSINESS_ID}?hrid={self.id}",
            "text": self.text,
            "rating": self.rating,
            "time_created": self.time_created,
            "user": {
                "id": "u-" + self.id,
                "profile_url": "https://www.yelp.com/user_details?userid=u",
                "image_url": None,
                "name": self.user_name,
            },
        }


class FakeYelp(LoopbackApi):
    def __init__(self, daily_limit: int = 500) -> None:
        super().__init__()
        self.reviews: list[FakeYelpReview] = []
        self.total = 0
        self.daily_limit = daily_limit
        self.remaining = daily_limit
        self._quota_lock = threading.Lock()

    def _quota_headers(self) -> dict[str, str]:
        return {
            "RateLimit-DailyLimit": str(self.daily_limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-ResetTime": RESET_TIME,
        }

    def handle(self, request: RecordedRequest) -> FakeResponse:
        if request.headers.get("authorization") != f"Bearer {API_KEY}":
            return yelp_error(401, "TOKEN_INVALID")
        with self._quota_lock:
            if self.remaining <= 0:
                return yelp_error(429, "ACCESS_LIMIT_REACHED", self._quota_headers())
            self.remaining -= 1
        parts = request.path.strip("/").split("/")
        if len(parts) != 4 or parts[:2] != ["v3", "businesses"] or parts[3] != "reviews":
            return yelp_error(404, "NOT_FOUND")
        if parts[2] != BUSINESS_ID:
            return yelp_error(404, "BUSINESS_NOT_FOUND")
        body = {
            "reviews": [r.to_json() for r in self.reviews[:3]],
            "total": self.total or len(self.reviews),
            "possible_languages": ["en"],
        }
        return FakeResponse(200, body, self._quota_headers())
