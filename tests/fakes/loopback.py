"""A real HTTP server on 127.0.0.1 for platform fakes, with scripted failures.

Subclass ``LoopbackApi`` and implement ``handle(request) -> FakeResponse``. Tests can
queue failures in front of the normal answers with ``fail_next`` (a 500, a 429 with
Retry-After, a slow answer, a truncated body ...) and read ``requests`` afterwards.

    with MyFake() as api:          # or api.start() / api.stop()
        api.fail_next(FakeResponse(500), path="/v4/")
        ... api.url ...
"""

from __future__ import annotations

import json
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class RecordedRequest:
    method: str
    path: str  # without the query
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def param(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}


@dataclass
class FakeResponse:
    status: int = 200
    body: Any = None  # dict/list -> JSON; bytes/str sent as is; None -> empty
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (slow platform)
    truncate: bool = False  # announce the full length, send half, close (cut-short body)
    drip: float = 0.0  # seconds between the body's bytes (a "slow-loris" server)

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


@dataclass
class _Scripted:
    response: FakeResponse
    path: str | None
    method: str | None
    times: int


class LoopbackApi(ABC):
    """Base of every fake platform server."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._scripted: list[_Scripted] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- to override ----------------------------------------------------------
    @abstractmethod
    def handle(self, request: RecordedRequest) -> FakeResponse:
        """Answer one request as the platform would."""

    # -- scripting ------------------------------------------------------------
    def fail_next(
        self,
        response: FakeResponse,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` requests whose path contains ``path`` with ``response``."""
        with self._lock:
            self._scripted.append(_Scripted(response, path, method, times))

    def _take_scripted(self, request: RecordedRequest) -> FakeResponse | None:
        with self._lock:
            for item in self._scripted:
                if item.path is not None and item.path not in request.path:
                    continue
                if item.method is not None and item.method != request.method:
                    continue
                item.times -= 1
                if item.times <= 0:
                    self._scripted.remove(item)
                return item.response
        return None

    def requests_to(self, fragment: str, method: str | None = None) -> list[RecordedRequest]:
        with self._lock:
            return [
                r
                for r in self.requests
                if fragment in r.path and (method is None or r.method == method)
            ]

    # -- lifecycle ------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> LoopbackApi:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else each small answer waits ~40 ms for an ACK

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

            def handle(self) -> None:
                try:
                    super().handle()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up mid-answer (a limit test): nothing to report

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                request = RecordedRequest(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                with fake._lock:
                    fake.requests.append(request)
                response = fake._take_scripted(request) or fake.handle(request)
                if response.delay:
                    time.sleep(response.delay)
                payload = response.encoded()
                try:
                    self.send_response(response.status)
                    headers = {"Content-Type": "application/json; charset=UTF-8"}
                    headers.update(response.headers)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    if response.truncate:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    if response.truncate:
                        self.wfile.write(payload[: len(payload) // 2])
                        self.wfile.flush()
                        self.close_connection = True
                        return
                    if response.drip:
                        for i in range(len(payload)):
                            self.wfile.write(payload[i : i + 1])
                            self.wfile.flush()
                            time.sleep(response.drip)
                        return
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (a timeout test)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> LoopbackApi:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def json_error(status: int, body: Any, headers: dict[str, str] | None = None) -> FakeResponse:
    return FakeResponse(status=status, body=body, headers=headers or {})
