"""The asynchronous client (``openai_evals.AsyncClient``), over real HTTP against the Evals API.

The same ground as ``test_client.py``, awaited. Each test is a coroutine run by ``asyncio.run``
(the ``run_async`` decorator below), so no pytest plugin is needed; each makes its own
``AsyncClient`` inside its event loop.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import logging
import random
import socket
import time
import traceback
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

import httpx
import openai_evals
import pytest
from openai_evals import (
    UNSET,
    APIConnectionError,
    APIError,
    APIResponse,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AsyncPage,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    models,
)

from tests.support import payloads as p
from tests.support.evals_server import EvalsServer, Fault

API_KEY = "sk-test"

pytestmark = pytest.mark.usefixtures("clean_openai_env")

R = TypeVar("R")


def run_async(test: Callable[..., Coroutine[Any, Any, R]]) -> Callable[..., R]:
    """Run an ``async def`` test with ``asyncio.run`` (fixtures are passed through)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> R:
        return asyncio.run(test(*args, **kwargs))

    return run


def make_client(server: EvalsServer, **options: Any) -> AsyncClient:
    arguments: dict[str, Any] = {"api_key": API_KEY, "base_url": server.base_url, "timeout": 10.0}
    arguments.update(options)
    return AsyncClient(**arguments)


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def last_json(server: EvalsServer) -> Any:
    assert server.last_request is not None
    return server.last_request.json


def last_query(server: EvalsServer) -> dict[str, list[str]]:
    assert server.last_request is not None
    return server.last_request.query


async def create_eval(client: AsyncClient, **changes: Any) -> models.Eval:
    arguments: dict[str, Any] = {
        "name": "Flow",
        "data_source_config": p.data(p.CUSTOM_CONFIG),
        "testing_criteria": [p.data(p.STRING_GRADER)],
    }
    arguments.update(changes)
    return await client.create_eval(**arguments)


async def raises(cls: type[BaseException], call: Awaitable[Any]) -> Any:
    """Await ``call`` and return the exception of type ``cls`` it raises."""
    with pytest.raises(cls) as caught:
        await call
    return caught.value


# ---- the operations, end to end --------------------------------------------------------------


@run_async
async def test_full_flow(evals_server: EvalsServer) -> None:
    async with make_client(evals_server) as client:
        evaluation = await client.create_eval(
            name="Flow",
            data_source_config=p.data(p.CUSTOM_CONFIG),
            testing_criteria=[p.data(p.STRING_GRADER), p.data(p.LABEL_GRADER)],
            metadata={"suite": "flow"},
        )
        assert isinstance(evaluation, models.Eval)
        assert evaluation.to_dict() == evals_server.get_eval(evaluation.id)

        run = await client.create_eval_run(
            evaluation.id, name="run 1", data_source=p.data(p.JSONL_SOURCE)
        )
        assert isinstance(run, models.EvalRun) and run.status == "queued"
        expected = [item["id"] for item in evals_server.get_output_items(run.id)]
        assert len(expected) == 5

        count = evals_server.request_count()
        first = await client.get_eval_run_output_items(evaluation.id, run.id, limit=2)
        assert isinstance(first, AsyncPage)
        assert evals_server.request_count() == count + 1
        assert first.has_more and first.first_id == expected[0] and first.last_id == expected[1]
        pages = first.iter_pages()
        assert await anext(pages) is first
        assert evals_server.request_count() == count + 1
        second = await anext(pages)
        assert evals_server.request_count() == count + 2
        assert last_query(evals_server) == {"limit": ["2"], "after": [expected[1]]}
        third = await anext(pages)
        assert evals_server.request_count() == count + 3
        assert last_query(evals_server) == {"limit": ["2"], "after": [expected[3]]}
        assert await anext(pages, None) is None
        assert evals_server.request_count() == count + 3
        by_page = [[item.id for item in page.data] for page in (first, second, third)]
        assert by_page == [expected[0:2], expected[2:4], expected[4:5]]

        count = evals_server.request_count()
        page = await client.get_eval_run_output_items(evaluation.id, run.id, limit=2)
        items = aiter(page)
        seen = [(await anext(items)).id, (await anext(items)).id]
        assert evals_server.request_count() == count + 1
        seen.append((await anext(items)).id)
        assert evals_server.request_count() == count + 2
        seen.extend([item.id async for item in items])
        assert evals_server.request_count() == count + 3
        assert seen == expected and len(set(seen)) == len(seen)
        assert [item.id async for item in page] == expected  # a page can be iterated again

        item = await client.get_eval_run_output_item(evaluation.id, run.id, expected[3])
        assert isinstance(item, models.EvalRunOutputItem)
        assert item.to_dict() == evals_server.get_output_items(run.id)[3]

        canceled = await client.cancel_eval_run(evaluation.id, run.id)
        assert canceled.status == "canceled"
        assert (await client.get_eval_run(evaluation.id, run.id)).status == "canceled"

        deleted_run = await client.delete_eval_run(evaluation.id, run.id)
        assert deleted_run.deleted is True and deleted_run.run_id == run.id
        await raises(NotFoundError, client.get_eval_run(evaluation.id, run.id))

        deleted = await client.delete_eval(evaluation.id)
        assert deleted.deleted is True and deleted.eval_id == evaluation.id
        await raises(NotFoundError, client.get_eval(evaluation.id))


@run_async
async def test_list_evals_pagination(evals_server: EvalsServer) -> None:
    seeded = [e["id"] for e in evals_server.seed_evals(7)]
    async with make_client(evals_server) as client:
        count = evals_server.request_count()
        first = await client.list_evals(limit=3)
        pages = [page async for page in first.iter_pages()]
        assert [[e.id for e in page.data] for page in pages] == [
            seeded[0:3],
            seeded[3:6],
            seeded[6:7],
        ]
        assert evals_server.request_count() == count + 3
        assert [r.query for r in evals_server.requests[-3:]] == [
            {"limit": ["3"]},
            {"limit": ["3"], "after": [seeded[2]]},
            {"limit": ["3"], "after": [seeded[5]]},
        ]
        newest_first = [e.id async for e in await client.list_evals(limit=2, order="desc")]
        assert newest_first == seeded[::-1]
        after = await client.list_evals(
            after=seeded[4], order_by=models.ListEvalsOrderBy.CREATED_AT
        )
        assert last_query(evals_server) == {"after": [seeded[4]], "order_by": ["created_at"]}
        assert [e.id async for e in after] == seeded[5:]

        # has_more with a null last_id goes on from the last item; a stuck cursor stops.
        first_only = {
            "object": "list",
            "data": [evals_server.get_eval(seeded[0])],
            "first_id": seeded[0],
        }
        evals_server.inject(Fault.malformed({**first_only, "last_id": None, "has_more": True}))
        assert [e.id async for e in await client.list_evals()] == seeded
        evals_server.clear_requests()
        stuck = {**first_only, "last_id": seeded[0], "has_more": True}
        evals_server.inject(Fault.malformed(stuck), times=None)
        assert [e.id async for e in await client.list_evals()] == seeded[:1]
        assert evals_server.request_count() == 2


@run_async
async def test_get_update_and_runs(evals_server: EvalsServer) -> None:
    async with make_client(evals_server) as client:
        evaluation = await create_eval(client, metadata={"team": "a"})
        assert (await client.get_eval(evaluation.id)).to_dict() == evaluation.to_dict()

        renamed = await client.update_eval(evaluation.id, name="Renamed")
        assert last_json(evals_server) == {"name": "Renamed"}
        assert renamed.name == "Renamed" and renamed.metadata == {"team": "a"}
        cleared = await client.update_eval(evaluation.id, metadata=None)
        assert last_json(evals_server) == {"metadata": None} and cleared.metadata == {}

        runs = [
            evals_server.seed_run(evaluation.id, status=status, output_items=1)["id"]
            for status in ("completed", "queued", "completed")
        ]
        fetched = await client.get_eval_run(evaluation.id, runs[0])
        assert fetched.to_dict() == evals_server.get_run(runs[0])
        assert [r.id async for r in await client.get_eval_runs(evaluation.id, limit=1)] == runs
        completed = await client.get_eval_runs(evaluation.id, status="completed", order="desc")
        assert last_query(evals_server) == {"status": ["completed"], "order": ["desc"]}
        assert [r.id for r in completed.data] == [runs[2], runs[0]]


@run_async
async def test_concurrent_requests(evals_server: EvalsServer) -> None:
    # 4 at a time: the test server's listen backlog is 5 (socketserver's default), and a
    # connection refused by a full backlog is only retried by the kernel after a second.
    ids = [e["id"] for e in evals_server.seed_evals(4)]
    for eval_id in ids[:3]:  # one failure for each of three of the requests
        evals_server.inject(Fault.status(503, retry_after_ms=1), path_prefix=f"/evals/{eval_id}")
    async with make_client(evals_server) as client:
        fetched = await asyncio.gather(*(client.get_eval(eval_id) for eval_id in ids))
    assert [e.id for e in fetched] == ids
    assert evals_server.request_count() == 7


# ---- request bodies and per-call options -----------------------------------------------------


@run_async
async def test_bodies_accept_models_and_dicts(evals_server: EvalsServer) -> None:
    async with make_client(evals_server) as client:
        await create_eval(
            client, testing_criteria=[p.data(p.STRING_GRADER), p.data(p.LABEL_GRADER)]
        )
        from_dicts = last_json(evals_server)
        evaluation = await create_eval(
            client,
            data_source_config=p.custom_config_model(),
            testing_criteria=[p.string_grader_model(), p.label_grader_model()],
        )
        assert last_json(evals_server) == from_dicts

        await client.create_eval_run(evaluation.id, data_source=p.jsonl_source_model())
        assert last_json(evals_server) == {"data_source": p.JSONL_SOURCE}

        await client.create_eval(
            data_source_config=models.CreateEvalCustomDataSourceConfig(item_schema=p.ITEM_SCHEMA),
            testing_criteria=[p.string_grader_model()],
            name=UNSET,
        )
        body = last_json(evals_server)
        assert set(body) == {"data_source_config", "testing_criteria"}
        assert set(body["data_source_config"]) == {"type", "item_schema"}
        await client.list_evals()
        assert last_query(evals_server) == {}


@run_async
async def test_extra_headers_query_body_and_timeouts(evals_server: EvalsServer) -> None:
    async with make_client(evals_server, max_retries=0) as client:
        evaluation = await create_eval(
            client,
            extra_headers={"X-Trace": "abc"},
            extra_query={"debug": "1"},
            extra_body={"custom": {"x": 1}},
        )
        request = evals_server.last_request
        assert request is not None
        assert request.header("x-trace") == "abc" and request.query == {"debug": ["1"]}
        assert request.json["custom"] == {"x": 1} and request.json["name"] == "Flow"

        raw = await client.with_raw_response.get_eval(evaluation.id, timeout=7.5)
        assert set(raw.http_response.request.extensions["timeout"].values()) == {7.5}
        raw = await client.with_options(timeout=3.0).with_raw_response.get_eval(evaluation.id)
        assert set(raw.http_response.request.extensions["timeout"].values()) == {3.0}
        raw = await client.with_raw_response.get_eval(evaluation.id)
        assert set(raw.http_response.request.extensions["timeout"].values()) == {10.0}

        evals_server.inject(Fault.slow(30.0))
        await raises(APITimeoutError, client.get_eval(evaluation.id, timeout=0.2))
        evals_server.inject(Fault.slow(30.0))
        await raises(APITimeoutError, client.with_options(timeout=0.2).get_eval(evaluation.id))
    async with make_client(evals_server, timeout=0.2, max_retries=0) as quick:
        evals_server.inject(Fault.slow(30.0))
        await raises(APITimeoutError, quick.get_eval(evaluation.id))


# ---- errors ----------------------------------------------------------------------------------


@run_async
async def test_not_found_error_details(evals_server: EvalsServer) -> None:
    async with make_client(evals_server) as client:
        error = await raises(NotFoundError, client.get_eval("eval_unknown"))
    assert error.status_code == 404
    assert error.request_id == evals_server.requests[-1].request_id
    assert isinstance(error.error, models.Error)
    assert error.error.message == "Eval with id 'eval_unknown' not found."
    assert error.body["error"]["type"] == "invalid_request_error"
    assert evals_server.request_count() == 1


@run_async
async def test_error_class_per_status(evals_server: EvalsServer) -> None:
    classes: dict[int, type[APIStatusError]] = {
        400: BadRequestError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
        422: UnprocessableEntityError,
        429: RateLimitError,
        500: InternalServerError,
        503: InternalServerError,
        418: APIStatusError,
    }
    async with make_client(evals_server, max_retries=0) as client:
        for status, cls in classes.items():
            evals_server.clear_requests()
            evals_server.inject(Fault.status(status, message=f"injected {status}"))
            error = await raises(APIStatusError, client.list_evals())
            assert type(error) is cls, status
            assert error.status_code == status and f"injected {status}" in str(error)
            assert error.error is not None and error.error.message == f"injected {status}"
            assert error.request_id == evals_server.requests[-1].request_id
            assert evals_server.request_count() == 1

        await raises(BadRequestError, create_eval(client, data_source_config={"type": "bogus"}))

    async with make_client(evals_server, api_key="sk-wrong") as wrong:
        error = await raises(AuthenticationError, wrong.list_evals())
    assert error.error is not None and error.error.code == "invalid_api_key"


@run_async
async def test_connection_timeout_and_validation_errors(
    evals_server: EvalsServer, backoff_sleeps: list[float]
) -> None:
    async with make_client(evals_server, base_url=closed_port_url()) as nowhere:
        error = await raises(APIConnectionError, nowhere.list_evals())
    assert not isinstance(error, APITimeoutError)
    assert len(backoff_sleeps) == 2

    async with make_client(evals_server, max_retries=0) as client:
        evals_server.inject(Fault.drop())
        error = await raises(APIConnectionError, client.list_evals())
        assert type(error) is APIConnectionError

        evals_server.inject(Fault.slow(30.0))
        await raises(APITimeoutError, client.list_evals(timeout=0.2))

        evals_server.inject(Fault.malformed(b'{"object": "list", "data": ['))
        error = await raises(APIResponseValidationError, client.list_evals())
        assert error.status_code == 200 and str(error).startswith("Unexpected response body")

        evals_server.inject(Fault.malformed({"object": "eval", "id": 123}))
        error = await raises(APIResponseValidationError, client.get_eval("eval_x"))
        assert error.body == {"object": "eval", "id": 123}
        assert isinstance(error.problem, openai_evals.ParseError)
    assert evals_server.request_count() == 4


@run_async
async def test_missing_api_key(evals_server: EvalsServer) -> None:
    with pytest.raises(MissingAPIKeyError):
        AsyncClient(base_url=evals_server.base_url)


# ---- retries ---------------------------------------------------------------------------------


@run_async
async def test_retries(evals_server: EvalsServer) -> None:
    faults = [
        Fault.status(429, retry_after_ms=1),
        Fault.status(429, retry_after_ms=0),
        Fault.status(500, retry_after_ms=1),
        Fault.status(503, retry_after_ms=1),
        Fault.status(408, retry_after_ms=1),
        Fault.status(409, retry_after_ms=1),
    ]
    eval_id = evals_server.seed_eval()["id"]
    async with make_client(evals_server) as client:
        for fault in faults:
            evals_server.clear_requests()
            evals_server.inject(fault, times=2)
            assert (await client.get_eval(eval_id)).id == eval_id
            assert evals_server.request_count() == 3, fault

            evals_server.clear_requests()
            evals_server.inject(fault, times=3)
            error = await raises(APIStatusError, client.get_eval(eval_id))
            assert error.status_code == fault.status_code
            assert evals_server.request_count() == 3, fault

        evals_server.clear_requests()
        evals_server.inject(Fault.status(429, retry_after_ms=1), times=None)
        await raises(RateLimitError, client.with_options(max_retries=0).get_eval(eval_id))
        assert evals_server.request_count() == 1
        evals_server.clear_faults()

        evals_server.clear_requests()
        evals_server.inject(Fault.status(429, retry_after_ms=1), times=4)
        assert (await client.with_options(max_retries=4).get_eval(eval_id)).id == eval_id
        assert evals_server.request_count() == 5

        evals_server.clear_requests()
        evals_server.inject(Fault.status(503, retry_after_ms=1, should_retry=False))
        await raises(InternalServerError, client.get_eval(eval_id))
        assert evals_server.request_count() == 1

        evals_server.clear_requests()
        evals_server.inject(Fault.status(400, retry_after_ms=1, should_retry=True))
        assert (await client.get_eval(eval_id)).id == eval_id
        assert evals_server.request_count() == 2

        for status in (400, 404):
            evals_server.clear_requests()
            evals_server.inject(Fault.status(status, retry_after_ms=1))
            await raises(APIStatusError, client.get_eval(eval_id))
            assert evals_server.request_count() == 1

    async with make_client(evals_server, max_retries=0) as client:
        evals_server.clear_requests()
        evals_server.inject(Fault.status(500, retry_after_ms=1))
        await raises(InternalServerError, client.get_eval(eval_id))
        assert evals_server.request_count() == 1


@run_async
async def test_dropped_connections_timeouts_and_backoff(
    evals_server: EvalsServer,
    backoff_sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eval_id = evals_server.seed_eval()["id"]
    async with make_client(evals_server) as client:
        evals_server.inject(Fault.drop(), times=2)
        assert (await client.get_eval(eval_id)).id == eval_id
        assert evals_server.request_count() == 3 and len(backoff_sleeps) == 2

        evals_server.clear_requests()
        evals_server.inject(Fault.slow(30.0), times=2)
        assert (await client.get_eval(eval_id, timeout=0.5)).id == eval_id
        assert evals_server.request_count() == 3 and len(backoff_sleeps) == 4

        backoff_sleeps.clear()
        evals_server.inject(Fault.status(503), times=6)
        assert (await client.with_options(max_retries=6).get_eval(eval_id)).id == eval_id
        bases = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
        assert len(backoff_sleeps) == 6
        for delay, base in zip(backoff_sleeps, bases):
            assert 0.75 * base <= delay <= base

        monkeypatch.setattr(random, "random", lambda: 0.0)
        backoff_sleeps.clear()
        evals_server.inject(Fault.status(503), times=6)
        await client.with_options(max_retries=6).get_eval(eval_id)
        assert backoff_sleeps == bases

        backoff_sleeps.clear()
        evals_server.inject(Fault.status(429, headers={"retry-after-ms": "250"}))
        evals_server.inject(Fault.status(429, headers={"retry-after": "2"}))
        date = email.utils.formatdate(time.time() - 60, usegmt=True)
        evals_server.inject(Fault.status(429, headers={"retry-after": date}))
        await client.with_options(max_retries=3).get_eval(eval_id)
        assert backoff_sleeps == [0.25, 2.0, 2.0]  # a date gone by asks for nothing: backoff

        evals_server.clear_requests()
        backoff_sleeps.clear()
        evals_server.inject(Fault.status(429, headers={"retry-after": "121"}))
        await raises(RateLimitError, client.get_eval(eval_id))
        date = email.utils.formatdate(time.time() + 600, usegmt=True)
        evals_server.inject(Fault.status(503, headers={"retry-after": date}, should_retry=True))
        await raises(InternalServerError, client.get_eval(eval_id))
        assert evals_server.request_count() == 2 and backoff_sleeps == []


# ---- path parameters, environment, raw responses, closing ------------------------------------


@run_async
async def test_path_parameters(evals_server: EvalsServer) -> None:
    async with make_client(evals_server) as client:
        await raises(NotFoundError, client.get_eval("a b/c?d#e%"))
        assert evals_server.last_request is not None
        assert evals_server.last_request.raw_path == "/v1/evals/a%20b%2Fc%3Fd%23e%25"
        await raises(NotFoundError, client.get_eval_run_output_item("é", "r/1", "o 2"))
        assert (
            evals_server.requests[-1].raw_path == "/v1/evals/%C3%A9/runs/r%2F1/output_items/o%202"
        )

        count = evals_server.request_count()
        calls: list[Callable[[str], Awaitable[Any]]] = [
            lambda v: client.get_eval(v),
            lambda v: client.update_eval(v, name="x"),
            lambda v: client.delete_eval(v),
            lambda v: client.get_eval_runs(v),
            lambda v: client.create_eval_run(v, data_source=p.JSONL_SOURCE),
            lambda v: client.get_eval_run("eval_1", v),
            lambda v: client.delete_eval_run(v, "evalrun_1"),
            lambda v: client.cancel_eval_run("eval_1", v),
            lambda v: client.get_eval_run_output_items("eval_1", v),
            lambda v: client.get_eval_run_output_item("eval_1", "evalrun_1", v),
        ]
        for call in calls:
            for value in ("", ".", "..", "%2e", "%2e%2E", ".%2E"):
                with pytest.raises(ValueError, match="not a valid path parameter"):
                    await call(value)
        assert evals_server.request_count() == count


@run_async
async def test_environment_and_headers(
    clean_openai_env: pytest.MonkeyPatch, evals_server: EvalsServer
) -> None:
    clean_openai_env.setenv("OPENAI_API_KEY", API_KEY)
    clean_openai_env.setenv("OPENAI_BASE_URL", evals_server.base_url)
    clean_openai_env.setenv("OPENAI_ORG_ID", "org_env")
    clean_openai_env.setenv("OPENAI_PROJECT_ID", "proj_env")
    async with AsyncClient() as client:
        await client.list_evals()
    request = evals_server.last_request
    assert request is not None
    assert request.header("authorization") == f"Bearer {API_KEY}"
    assert request.header("openai-organization") == "org_env"
    assert request.header("openai-project") == "proj_env"
    user_agent = request.header("user-agent") or ""
    assert "openai-evals" in user_agent and openai_evals.__version__ in user_agent
    assert client._http.is_closed

    async with AsyncClient(organization="org_arg", project="proj_arg") as client:
        await client.list_evals()
    assert evals_server.last_request is not None
    assert evals_server.last_request.header("openai-organization") == "org_arg"
    assert evals_server.last_request.header("openai-project") == "proj_arg"


@run_async
async def test_close(evals_server: EvalsServer) -> None:
    client = make_client(evals_server)
    clone = client.with_options(max_retries=0)
    await clone.list_evals()
    await clone.close()
    assert not client._http.is_closed
    await client.list_evals()
    await client.close()
    assert client._http.is_closed
    with pytest.raises(RuntimeError):
        await client.list_evals()

    async with httpx.AsyncClient() as own:
        async with make_client(evals_server, http_client=own) as client:
            await client.list_evals()
        assert not own.is_closed


@run_async
async def test_redirects_are_followed(evals_server: EvalsServer) -> None:
    eval_id = evals_server.seed_eval()["id"]
    moved = {"location": f"{evals_server.base_url}/evals/{eval_id}"}
    evals_server.inject(Fault.status(301, headers=moved), times=None, path_prefix="/evals/moved")
    async with make_client(evals_server, max_retries=0) as client:
        raw = await client.with_raw_response.get_eval("moved")
        assert [r.path for r in evals_server.requests] == ["/evals/moved", "/evals/moved", f"/evals/{eval_id}"]
        assert (await client.get_eval("moved")).id == eval_id
        assert [r.path for r in evals_server.requests[3:]] == ["/evals/moved", f"/evals/{eval_id}"]
    assert raw.parse().id == eval_id
    assert raw.http_response.url == moved["location"]
    assert raw.http_response.history[0].status_code == 301


def test_requests_past_the_client_look_like_the_clients_own(
    evals_server: EvalsServer, caplog: pytest.LogCaptureFixture
) -> None:
    eval_id = evals_server.seed_eval()["id"]

    async def calls() -> BaseException:
        async with make_client(evals_server, max_retries=0) as client:
            await client.get_eval(eval_id)
            evals_server.inject(Fault.drop())
            return await raises(APIConnectionError, client.get_eval(eval_id))

    with caplog.at_level(logging.INFO, logger="httpx"):
        error = asyncio.run(calls())
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines == [f'HTTP Request: GET {evals_server.base_url}/evals/{eval_id} "HTTP/1.1 200 OK"']
    cause = error.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert cause.request.url == f"{evals_server.base_url}/evals/{eval_id}"


def test_proxy_variables_are_honoured(evals_server: EvalsServer, test_server_as_proxy: str) -> None:
    async def get() -> None:
        async with make_client(evals_server, base_url=test_server_as_proxy, max_retries=0) as client:
            await raises(NotFoundError, client.get_eval("eval_1"))  # the test server is no proxy

    asyncio.run(get())
    assert evals_server.requests[-1].raw_path == f"{test_server_as_proxy}/evals/eval_1"


@run_async
async def test_raw_responses(evals_server: EvalsServer) -> None:
    async with make_client(evals_server) as client:
        evaluation = await create_eval(client)
        raw = await client.with_raw_response.get_eval(evaluation.id)
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200 and isinstance(raw.http_response, httpx.Response)
        assert raw.http_response.request.url == f"{evals_server.base_url}/evals/{evaluation.id}"
        assert raw.http_response.elapsed.total_seconds() > 0 and raw.http_response.is_closed
        assert raw.request_id == raw.headers["x-request-id"] == evals_server.requests[-1].request_id
        assert raw.parse().to_dict() == evaluation.to_dict() == raw.http_response.json()

        evals_server.seed_evals(2)
        listed = await client.with_raw_response.list_evals(limit=2)
        assert listed.status_code == 200
        page = listed.parse()
        assert isinstance(page, AsyncPage) and len(page.data) == 2 and page.has_more
        assert len([e async for e in page]) == 3

        created = await client.with_raw_response.create_eval_run(
            evaluation.id, data_source=p.JSONL_SOURCE
        )
        assert created.status_code == 201 and created.parse().eval_id == evaluation.id


# ---- the API key stays secret ----------------------------------------------------------------

SECRET = "sk-proj-VERYsecret0123456789abcdefSECRET"


@run_async
async def test_api_key_never_leaks(
    evals_server: EvalsServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    backoff_sleeps: list[float],
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(evals_server, "api_key", SECRET)
    errors: list[BaseException] = []
    async with make_client(evals_server, api_key=SECRET) as client:
        assert SECRET not in repr(client) and SECRET not in repr(client.with_options(timeout=1))
        evals_server.inject(Fault.status(401, message=f"bad key {SECRET}"))
        errors.append(await raises(AuthenticationError, client.list_evals()))
        evals_server.inject(Fault.status(500, message=SECRET), times=2)
        await client.list_evals()
        evals_server.inject(Fault.drop(), times=3)
        errors.append(await raises(APIConnectionError, client.list_evals()))
        evals_server.inject(Fault.malformed(SECRET))
        errors.append(await raises(APIResponseValidationError, client.list_evals()))
    for error in errors:
        for text in (str(error), repr(error), "".join(traceback.format_exception(error))):
            assert SECRET not in text
        if isinstance(error, APIError) and error.request is not None:
            assert SECRET not in repr(error.request)
    assert any(r.name == "openai_evals" for r in caplog.records)
    assert SECRET not in caplog.text
    for record in caplog.records:
        assert SECRET not in record.getMessage() and SECRET not in repr(record.args)
