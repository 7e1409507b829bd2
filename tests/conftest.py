"""Shared fixtures: spec files for the generator's tests, the Evals API server for the client's."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.evals_server import EvalsServer


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[..., Path]:
    """Write a spec into ``tmp_path`` and return its path.

    ``content`` is either text (dedented, written as is) or data (dumped as JSON
    when ``name`` ends in ``.json``, else as YAML in insertion order).
    """

    def write(content: str | bytes | dict[str, Any], name: str = "spec.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(textwrap.dedent(content), encoding="utf-8")
        elif name.endswith(".json"):
            path.write_text(json.dumps(content, indent=2), encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
        return path

    return write


# ---- the in-memory Evals API, for the client tests ------------------------------------------

TEST_API_KEY = "sk-test"


@pytest.fixture(scope="session")
def _evals_server_session() -> Iterator[EvalsServer]:
    with EvalsServer(api_key=TEST_API_KEY) as server:
        yield server


@pytest.fixture
def evals_server(_evals_server_session: EvalsServer) -> Iterator[EvalsServer]:
    """The shared Evals API server, reset for this test; fails the test on a server-side bug."""
    server = _evals_server_session
    server.reset()
    yield server
    server.clear_faults()
    assert server.errors == [], "the test server raised:\n" + "\n".join(server.errors)


@pytest.fixture
def backoff_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the client's retry sleeps (sync and async) instead of sleeping.

    Only the client's own waits are replaced: ``openai_evals._base_client`` gets a ``time``
    whose ``sleep`` records, and ``asyncio.sleep`` records positive delays and yields once.
    """
    import asyncio
    import time
    import types

    from openai_evals import _base_client

    sleeps: list[float] = []
    fake_time = types.SimpleNamespace(sleep=sleeps.append, time=time.time)
    monkeypatch.setattr(_base_client, "time", fake_time)
    real_async_sleep = asyncio.sleep

    async def fake_async_sleep(delay: float, result: Any = None) -> Any:
        sleeps.append(delay)
        return await real_async_sleep(0, result)

    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return sleeps


OPENAI_ENV_VARS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID")


@pytest.fixture
def test_server_as_proxy(evals_server: EvalsServer, monkeypatch: pytest.MonkeyPatch) -> str:
    """HTTP_PROXY is the test server (which answers proxied requests with 404), and no other
    proxy variable is set. Returns the base URL to ask for through it."""
    for name in ("NO_PROXY", "no_proxy", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", evals_server.base_url.removesuffix("/v1"))
    return "http://evals.invalid/v1"


@pytest.fixture
def clean_openai_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No OPENAI_* variable from the environment running the tests reaches the client."""
    for name in OPENAI_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch
