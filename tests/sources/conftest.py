"""Loopback platform servers and sources wired to them (short timeouts, tiny backoff)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fakes.facebook_server import FakeGraph
from fakes.google_server import FakeGoogle


@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        yield api  # type: ignore[misc]


@pytest.fixture
def graph_api() -> Iterator[FakeGraph]:
    with FakeGraph() as api:
        yield api  # type: ignore[misc]
