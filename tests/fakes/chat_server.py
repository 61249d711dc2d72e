"""A loopback OpenAI-compatible chat completions server (``POST /v1/chat/completions``),
written from the public API reference.

A request is ``{"model", "messages": [{"role", "content"}], "temperature", "stream"}`` with
``Authorization: Bearer <key>``. The answer is a ``chat.completion`` object: ``id``,
``object``, ``created``, ``model``, ``choices: [{"index", "message": {"role": "assistant",
"content", "refusal"}, "finish_reason"}]`` and ``usage``. A refusal is a message whose
``content`` is null and ``refusal`` says why. Errors are ``{"error": {"message", "type",
"param", "code"}}`` with the HTTP status (401 for a wrong key, 404 for an unknown model).
Tests queue the drafts the "model" writes with ``say``; each request takes the next one.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from .loopback import FakeResponse, LoopbackApi, RecordedRequest

API_KEY = "sk-test-draft-key-never-logged"
MODEL = "local-model"


def completion(content: str | None, *, refusal: str | None = None, finish: str = "stop") -> Any:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "logprobs": None,
                "finish_reason": finish,
            }
        ],
        "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
    }


def api_error(status: int, message: str, type_: str, code: str | None = None) -> FakeResponse:
    return FakeResponse(
        status, {"error": {"message": message, "type": type_, "param": None, "code": code}}
    )


def refusal() -> FakeResponse:
    return FakeResponse(200, completion(None, refusal="I can't help with that request."))


class FakeChatServer(LoopbackApi):
    def __init__(self, api_key: str = API_KEY) -> None:
        super().__init__()
        self.api_key = api_key
        self._drafts: list[str] = []
        self._draft_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return self.url + "/v1"

    def say(self, *drafts: str) -> None:
        """The drafts the model writes, one per request, in order."""
        with self._draft_lock:
            self._drafts.extend(drafts)

    def chat_requests(self) -> list[RecordedRequest]:
        return self.requests_to("/v1/chat/completions", "POST")

    def handle(self, request: RecordedRequest) -> FakeResponse:
        if request.path != "/v1/chat/completions" or request.method != "POST":
            return api_error(404, "Not found", "invalid_request_error")
        if self.api_key and request.headers.get("authorization") != f"Bearer {self.api_key}":
            return api_error(401, "Incorrect API key provided.", "invalid_request_error",
                             "invalid_api_key")  # fmt: skip
        body = request.json()
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return api_error(400, "'messages' is a required property", "invalid_request_error")
        if body.get("model") != MODEL:
            return api_error(404, "The model does not exist.", "invalid_request_error",
                             "model_not_found")  # fmt: skip
        with self._draft_lock:
            draft = self._drafts.pop(0) if self._drafts else "Thank you for your review."
        return FakeResponse(200, completion(draft))
