"""An OpenAI-compatible chat completions endpoint (``POST {base}/chat/completions``): one
request, one answer, for the AI reply drafts (drafting/ai.py). No retries: a second wait
would only keep the composed draft longer from the user.

A request carries the key in ``Authorization: Bearer`` only (registered with the log's
masking first); the answer is a ``chat.completion`` whose first choice's ``message.content``
is the draft, ``message.refusal`` or ``finish_reason: content_filter`` a refusal.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import httpx

from clinicrep.errors import AiDraftFailed, BadResponse
from clinicrep.logs import add_secret
from clinicrep.sources import http
from clinicrep.sources.base import CancelToken
from clinicrep.sources.http import read_answer

log = logging.getLogger(__name__)
PLATFORM = "ai_drafting"  # how the reader names the service in its errors and the log
_FENCE = re.compile(r"^```\w*\n?|\n?```$")


@dataclass(frozen=True, slots=True)
class AiEndpoint:
    base_url: str
    model: str
    timeout: float = 30.0
    api_key: str = field(default="", repr=False)

    @property
    def url(self) -> str:
        base = self.base_url.strip().rstrip("/")
        return base if base.endswith("/chat/completions") else base + "/chat/completions"


def complete(endpoint: AiEndpoint, body: bytes, cancel: CancelToken | None = None) -> str:
    """The draft the model wrote; raises AiDraftFailed with the reason, or ``Cancelled`` when
    ``cancel`` is set while the answer arrives (the draft is no longer wanted).

    The answer is read by the connectors' reader (``http.read_answer``): all of it within
    the practice's "Wait at most" (a server sending a byte at a time held the worker for
    ever), at most ``http.MAX_ANSWER_BYTES``, Cancel between pieces."""
    headers = {"Content-Type": "application/json"}
    if endpoint.api_key:
        add_secret(endpoint.api_key)
        headers["Authorization"] = f"Bearer {endpoint.api_key}"
    try:
        with httpx.Client(timeout=httpx.Timeout(endpoint.timeout), trust_env=False) as client:
            request = client.build_request("POST", endpoint.url, content=body, headers=headers)
            response = read_answer(
                client,
                request,
                deadline_s=endpoint.timeout,
                cancel=cancel or CancelToken(),
                platform=PLATFORM,
            )
    except httpx.TimeoutException as e:
        raise AiDraftFailed("timeout", reason="timeout", seconds=int(endpoint.timeout)) from e
    except BadResponse as e:
        log.warning("AI drafting: the answer was over %d bytes", http.MAX_ANSWER_BYTES)
        megabytes = http.MAX_ANSWER_BYTES // (1024 * 1024)
        raise AiDraftFailed("too large", reason="too_large", megabytes=megabytes) from e
    except httpx.HTTPError as e:
        log.warning("AI drafting: %s", type(e).__name__)
        raise AiDraftFailed("unreachable", reason="unreachable") from e
    if response.status_code in (401, 403):
        raise AiDraftFailed("auth", reason="auth", status=response.status_code)
    if response.status_code >= 400:
        log.warning("AI drafting: HTTP %s", response.status_code)
        raise AiDraftFailed("http", reason="http", status=response.status_code)
    try:
        data = response.json()
        choice = data["choices"][0]
        message = choice["message"]
    except (ValueError, KeyError, IndexError, TypeError) as e:
        raise AiDraftFailed("malformed", reason="malformed") from e
    if not isinstance(choice, dict) or not isinstance(message, dict):
        raise AiDraftFailed("malformed", reason="malformed")
    refusal = message.get("refusal")
    if (isinstance(refusal, str) and refusal.strip()) or choice.get("finish_reason") == (
        "content_filter"
    ):
        raise AiDraftFailed("refusal", reason="refusal")
    content = message.get("content")
    if not isinstance(content, str) or not content.strip():
        raise AiDraftFailed("malformed", reason="malformed")
    return _FENCE.sub("", content.strip()).strip().strip('"“”').strip()
