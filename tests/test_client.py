"""The synchronous client (``openai_evals.Client``), over real HTTP against the in-memory Evals API.

Every test talks to ``tests/support/evals_server.py`` on 127.0.0.1; faults (error statuses,
malformed bodies, slow answers, dropped connections) are injected there. Retry waits are
either asked to be 0 by the server (``retry-after: 0``) or recorded by ``backoff_sleeps``
instead of slept, so nothing here waits on a clock.
"""

from __future__ import annotations

import email.utils
import logging
import math
import os
import random
import socket
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    OpenAIEvalsError,
    Page,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    models,
)
from openai_evals._base_client import encode_path_param

from tests.support import payloads as p
from tests.support.evals_server import EvalsServer, Fault

API_KEY = "sk-test"
GENERATED = Path(__file__).resolve().parent.parent / "generated"

pytestmark = pytest.mark.usefixtures("clean_openai_env")


@pytest.fixture(scope="module")
def http_pool() -> Iterator[httpx.Client]:
    with httpx.Client() as pool:
        yield pool


@pytest.fixture(params=["own pool", "caller's pool"])
def client(
    request: pytest.FixtureRequest, evals_server: EvalsServer, http_pool: httpx.Client
) -> Iterator[Client]:
    """A client of the test server, with a 10 s timeout so that a hang fails instead of stalling.

    Every test using it runs twice: with the client's own pool, whose GETs go straight to
    its transport, and with a pool passed as ``http_client=`` (shared by this module's
    tests), whose requests all go through ``httpx.Client.send``.
    """
    shared = {"http_client": http_pool} if request.param == "caller's pool" else {}
    with Client(api_key=API_KEY, base_url=evals_server.base_url, timeout=10.0, **shared) as c:
        yield c


def closed_port_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def last_json(server: EvalsServer) -> Any:
    request = server.last_request
    assert request is not None
    return request.json


def last_query(server: EvalsServer) -> dict[str, list[str]]:
    request = server.last_request
    assert request is not None
    return request.query


def create_eval(client: Client, **changes: Any) -> models.Eval:
    arguments: dict[str, Any] = {
        "name": "Flow",
        "data_source_config": p.data(p.CUSTOM_CONFIG),
        "testing_criteria": [p.data(p.STRING_GRADER)],
    }
    arguments.update(changes)
    return client.create_eval(**arguments)


# ---- the operations, end to end --------------------------------------------------------------


def test_full_flow(evals_server: EvalsServer, client: Client) -> None:
    evaluation = client.create_eval(
        name="Flow",
        data_source_config=p.data(p.CUSTOM_CONFIG),
        testing_criteria=[p.data(p.STRING_GRADER), p.data(p.LABEL_GRADER)],
        metadata={"suite": "flow"},
    )
    assert isinstance(evaluation, models.Eval)
    assert evaluation.name == "Flow" and evaluation.metadata == {"suite": "flow"}
    assert isinstance(evaluation.data_source_config, models.EvalCustomDataSourceConfig)
    assert isinstance(evaluation.testing_criteria[0], models.GraderStringCheck)
    assert evaluation.to_dict() == evals_server.get_eval(evaluation.id)

    run = client.create_eval_run(evaluation.id, name="run 1", data_source=p.data(p.JSONL_SOURCE))
    assert isinstance(run, models.EvalRun)
    assert run.eval_id == evaluation.id and run.status == "queued" and run.name == "run 1"
    expected = [item["id"] for item in evals_server.get_output_items(run.id)]
    assert len(expected) == 5  # limit=2 below: pages of 2, 2 and 1

    # Page by page: each page is fetched only when the iteration reaches it.
    count = evals_server.request_count()
    first = client.get_eval_run_output_items(evaluation.id, run.id, limit=2)
    assert isinstance(first, Page)
    assert evals_server.request_count() == count + 1
    assert first.has_more and first.first_id == expected[0] and first.last_id == expected[1]
    pages = first.iter_pages()
    assert next(pages) is first
    assert evals_server.request_count() == count + 1
    second = next(pages)
    assert evals_server.request_count() == count + 2
    assert last_query(evals_server) == {"limit": ["2"], "after": [expected[1]]}
    third = next(pages)
    assert evals_server.request_count() == count + 3
    assert last_query(evals_server) == {"limit": ["2"], "after": [expected[3]]}
    assert not third.has_more and not third.has_next_page()
    assert next(pages, None) is None
    assert evals_server.request_count() == count + 3
    by_page = [[item.id for item in page.data] for page in (first, second, third)]
    assert by_page == [expected[0:2], expected[2:4], expected[4:5]]

    # Item by item across pages, also lazily.
    count = evals_server.request_count()
    items = iter(client.get_eval_run_output_items(evaluation.id, run.id, limit=2))
    seen = [next(items).id, next(items).id]
    assert evals_server.request_count() == count + 1
    seen.append(next(items).id)
    assert evals_server.request_count() == count + 2
    seen.extend(item.id for item in items)
    assert evals_server.request_count() == count + 3
    assert seen == expected and len(set(seen)) == len(seen)

    item = client.get_eval_run_output_item(evaluation.id, run.id, expected[3])
    assert isinstance(item, models.EvalRunOutputItem)
    assert (item.id, item.run_id, item.eval_id) == (expected[3], run.id, evaluation.id)
    assert item.to_dict() == evals_server.get_output_items(run.id)[3]
    assert [result.passed for result in item.results] == [True, True]

    canceled = client.cancel_eval_run(evaluation.id, run.id)
    assert canceled.id == run.id and canceled.status == "canceled"
    assert client.get_eval_run(evaluation.id, run.id).status == "canceled"

    deleted_run = client.delete_eval_run(evaluation.id, run.id)
    assert isinstance(deleted_run, models.DeleteEvalRunResponse)
    assert deleted_run.deleted is True and deleted_run.run_id == run.id
    with pytest.raises(NotFoundError):
        client.get_eval_run(evaluation.id, run.id)

    deleted = client.delete_eval(evaluation.id)
    assert isinstance(deleted, models.DeleteEvalResponse)
    assert deleted.deleted is True and deleted.eval_id == evaluation.id
    with pytest.raises(NotFoundError):
        client.get_eval(evaluation.id)
    assert evals_server.get_eval(evaluation.id) is None


def test_list_evals_pagination(evals_server: EvalsServer, client: Client) -> None:
    seeded = [e["id"] for e in evals_server.seed_evals(7)]

    count = evals_server.request_count()
    pages = list(client.list_evals(limit=3).iter_pages())
    assert [[e.id for e in page.data] for page in pages] == [
        seeded[0:3],
        seeded[3:6],
        seeded[6:7],
    ]
    assert [page.has_more for page in pages] == [True, True, False]
    assert evals_server.request_count() == count + 3
    assert [r.query for r in evals_server.requests[-3:]] == [
        {"limit": ["3"]},
        {"limit": ["3"], "after": [seeded[2]]},
        {"limit": ["3"], "after": [seeded[5]]},
    ]

    newest_first = [e.id for e in client.list_evals(limit=2, order="desc")]
    assert newest_first == seeded[::-1]
    enum_order = client.list_evals(
        order=models.ListEvalsOrder.DESC, order_by=models.ListEvalsOrderBy.CREATED_AT
    )
    assert last_query(evals_server) == {"order": ["desc"], "order_by": ["created_at"]}
    assert [e.id for e in enum_order.data] == seeded[::-1]

    after = client.list_evals(after=seeded[4])
    assert [e.id for e in after] == seeded[5:]
    assert isinstance(after.model, models.EvalList)

    client.update_eval(seeded[1], name="touched")
    by_update = client.list_evals(order_by="updated_at", order="desc", limit=1)
    assert by_update.data[0].id == seeded[1]

    evals_server.reset()
    empty = client.list_evals()
    assert empty.data == [] and not empty.has_more and list(empty) == []


def test_get_and_update_eval(evals_server: EvalsServer, client: Client) -> None:
    evaluation = create_eval(client, metadata={"team": "a"})
    fetched = client.get_eval(evaluation.id)
    assert fetched.to_dict() == evaluation.to_dict()

    renamed = client.update_eval(evaluation.id, name="Renamed")
    assert last_json(evals_server) == {"name": "Renamed"}  # metadata was not sent
    assert renamed.name == "Renamed" and renamed.metadata == {"team": "a"}

    retagged = client.update_eval(evaluation.id, metadata={"team": "b", "tier": "1"})
    assert last_json(evals_server) == {"metadata": {"team": "b", "tier": "1"}}
    assert retagged.name == "Renamed" and retagged.metadata == {"team": "b", "tier": "1"}

    cleared = client.update_eval(evaluation.id, metadata=None)
    assert last_json(evals_server) == {"metadata": None}  # None is sent as JSON null
    assert cleared.metadata == {}

    client.update_eval(evaluation.id)
    assert last_json(evals_server) == {}
    assert client.get_eval(evaluation.id).name == "Renamed"


def test_get_and_list_runs(evals_server: EvalsServer, client: Client) -> None:
    eval_id = evals_server.seed_eval()["id"]
    runs = [
        evals_server.seed_run(eval_id, status=status, output_items=1)["id"]
        for status in ("completed", "queued", "completed", "failed")
    ]
    fetched = client.get_eval_run(eval_id, runs[0])
    assert fetched.to_dict() == evals_server.get_run(runs[0])
    assert fetched.result_counts.total == 1
    assert fetched.per_model_usage is not None and fetched.per_model_usage[0].invocation_count == 1

    count = evals_server.request_count()
    assert [r.id for r in client.get_eval_runs(eval_id, limit=1)] == runs
    assert evals_server.request_count() == count + 4

    completed = client.get_eval_runs(eval_id, status="completed", order="desc")
    assert last_query(evals_server) == {"status": ["completed"], "order": ["desc"]}
    assert [r.id for r in completed] == [runs[2], runs[0]]
    queued = client.get_eval_runs(eval_id, status=models.GetEvalRunsStatus.QUEUED)
    assert [r.id for r in queued] == [runs[1]]

    with pytest.raises(NotFoundError):
        client.get_eval_runs("eval_missing")

    items = client.get_eval_run_output_items(eval_id, runs[0], status="pass", order="desc")
    assert last_query(evals_server) == {"status": ["pass"], "order": ["desc"]}
    assert [i.status for i in items] == ["pass"]


# ---- request bodies and per-call options -----------------------------------------------------


def test_bodies_accept_models_and_dicts(evals_server: EvalsServer, client: Client) -> None:
    create_eval(
        client,
        data_source_config=p.data(p.CUSTOM_CONFIG),
        testing_criteria=[p.data(p.STRING_GRADER), p.data(p.LABEL_GRADER)],
    )
    from_dicts = last_json(evals_server)
    with_models = create_eval(
        client,
        data_source_config=p.custom_config_model(),
        testing_criteria=[p.string_grader_model(), p.label_grader_model()],
    )
    assert last_json(evals_server) == from_dicts
    create_eval(  # models inside plain lists and dicts, mixed with plain data
        client,
        data_source_config=p.data(p.CUSTOM_CONFIG),
        testing_criteria=[p.string_grader_model(), p.data(p.LABEL_GRADER)],
    )
    assert last_json(evals_server) == from_dicts

    client.create_eval_run(with_models.id, data_source=p.data(p.JSONL_SOURCE))
    run_from_dict = last_json(evals_server)
    run = client.create_eval_run(with_models.id, data_source=p.jsonl_source_model())
    assert last_json(evals_server) == run_from_dict == {"data_source": p.JSONL_SOURCE}
    assert run.data_source.to_dict() == p.JSONL_SOURCE

    # Models parsed from JSON, including response models, are sent as their to_dict().
    config = models.CreateEvalCustomDataSourceConfig.from_dict(p.data(p.CUSTOM_CONFIG))
    criteria = with_models.testing_criteria  # the response form: messages as objects
    copied = create_eval(client, data_source_config=config, testing_criteria=criteria)
    assert last_json(evals_server)["data_source_config"] == p.CUSTOM_CONFIG
    assert last_json(evals_server)["testing_criteria"] == [c.to_dict() for c in criteria]
    assert copied.to_dict()["testing_criteria"] == with_models.to_dict()["testing_criteria"]


def test_unset_arguments_are_not_sent(evals_server: EvalsServer, client: Client) -> None:
    eval_id = client.create_eval(
        data_source_config=models.CreateEvalCustomDataSourceConfig(item_schema=p.ITEM_SCHEMA),
        testing_criteria=[p.string_grader_model()],
    ).id
    body = last_json(evals_server)
    assert set(body) == {"data_source_config", "testing_criteria"}
    assert body["data_source_config"] == {"type": "custom", "item_schema": p.ITEM_SCHEMA}

    client.create_eval_run(eval_id, data_source=p.data(p.JSONL_SOURCE))
    assert set(last_json(evals_server)) == {"data_source"}
    client.create_eval_run(eval_id, data_source=p.data(p.JSONL_SOURCE), name=UNSET)
    assert set(last_json(evals_server)) == {"data_source"}

    client.list_evals()
    assert last_query(evals_server) == {}
    assert evals_server.last_request is not None and evals_server.last_request.raw_query == ""
    client.list_evals(limit=5)
    assert last_query(evals_server) == {"limit": ["5"]}
    client.get_eval(eval_id)
    request = evals_server.last_request
    assert request is not None
    assert request.body == b"" and "content-type" not in request.headers


def test_extra_headers_query_and_body(evals_server: EvalsServer, client: Client) -> None:
    evaluation = create_eval(
        client,
        extra_headers={"X-Trace": "abc", "OpenAI-Project": "proj_override"},
        extra_query={"debug": "1"},
        extra_body={"name": "From extra_body", "custom": {"x": [1, 2]}},
    )
    request = evals_server.last_request
    assert request is not None
    assert (
        request.header("x-trace") == "abc" and request.header("openai-project") == "proj_override"
    )
    assert request.query == {"debug": ["1"]}
    assert request.json["custom"] == {"x": [1, 2]} and request.json["name"] == "From extra_body"
    assert evaluation.name == "From extra_body"

    # extra_query stays on every page of a list.
    evals_server.seed_evals(2)
    assert len(list(client.list_evals(limit=2, extra_query={"debug": "1"}))) == 3
    assert [r.query.get("debug") for r in evals_server.requests[-2:]] == [["1"], ["1"]]

    client.get_eval(evaluation.id, extra_headers={"Authorization": "Bearer sk-test"})
    assert evals_server.last_request is not None
    assert evals_server.last_request.header("authorization") == "Bearer sk-test"


def test_timeouts_per_client_and_per_call(evals_server: EvalsServer) -> None:
    eval_id = evals_server.seed_eval()["id"]
    slow = Fault.slow(30.0)  # cut short when the server stops

    with Client(api_key=API_KEY, base_url=evals_server.base_url, max_retries=0) as default:
        raw = default.with_raw_response.get_eval(eval_id)
        assert raw.http_response.request.extensions["timeout"] == {
            "connect": 5.0,
            "read": 600.0,
            "write": 600.0,
            "pool": 600.0,
        }
        raw = default.with_raw_response.get_eval(eval_id, timeout=7.5)
        assert set(raw.http_response.request.extensions["timeout"].values()) == {7.5}
        raw = default.with_raw_response.get_eval(eval_id, timeout=httpx.Timeout(3.0, connect=1.0))
        assert raw.http_response.request.extensions["timeout"]["connect"] == 1.0
        raw = default.with_raw_response.get_eval(eval_id, timeout=None)
        assert set(raw.http_response.request.extensions["timeout"].values()) == {None}

        evals_server.inject(slow, method="GET")
        with pytest.raises(APITimeoutError):
            default.get_eval(eval_id, timeout=0.2)
        evals_server.inject(slow, method="GET")
        with pytest.raises(APITimeoutError):
            default.with_options(timeout=0.2).get_eval(eval_id)
        assert default.timeout != 0.2  # with_options did not change the original

    with Client(
        api_key=API_KEY, base_url=evals_server.base_url, timeout=0.2, max_retries=0
    ) as quick:
        raw = quick.with_raw_response.get_eval(eval_id)
        assert set(raw.http_response.request.extensions["timeout"].values()) == {0.2}
        evals_server.inject(slow, method="GET")
        with pytest.raises(APITimeoutError):
            quick.get_eval(eval_id)
        raw = quick.with_raw_response.get_eval(eval_id, timeout=9.0)  # per call beats client
        assert set(raw.http_response.request.extensions["timeout"].values()) == {9.0}
    assert evals_server.request_count(method="GET") == 9


# ---- errors ----------------------------------------------------------------------------------


def test_exception_tree() -> None:
    assert issubclass(MissingAPIKeyError, OpenAIEvalsError)
    assert issubclass(APIError, OpenAIEvalsError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APIResponseValidationError, APIError)
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(cls, APIStatusError) and issubclass(cls, APIError)


def test_not_found_error_details(evals_server: EvalsServer, client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.get_eval("eval_unknown")
    error = caught.value
    request = evals_server.last_request
    assert request is not None
    assert error.status_code == 404
    assert error.request_id == request.request_id and error.request_id.startswith("req_")
    assert error.body == {
        "error": {
            "message": "Eval with id 'eval_unknown' not found.",
            "type": "invalid_request_error",
            "param": None,
            "code": None,
        }
    }
    assert isinstance(error.error, models.Error)
    assert error.error.message == "Eval with id 'eval_unknown' not found."
    assert error.error.type == "invalid_request_error"
    assert error.error.param is None and error.error.code is None
    assert "404" in str(error) and "Eval with id 'eval_unknown' not found." in str(error)
    assert isinstance(error.response, httpx.Response) and error.response.status_code == 404
    assert error.request is not None and error.request.url.path == "/v1/evals/eval_unknown"
    assert evals_server.request_count() == 1  # not retried


def test_bad_request_from_the_server(evals_server: EvalsServer, client: Client) -> None:
    with pytest.raises(BadRequestError) as caught:
        create_eval(client, data_source_config={"type": "bogus"})
    assert caught.value.status_code == 400
    assert caught.value.error is not None
    assert caught.value.error.param == "data_source_config.type"
    assert evals_server.request_count() == 1


def test_authentication_error_with_a_wrong_key(evals_server: EvalsServer) -> None:
    with (
        Client(api_key="sk-wrong-key", base_url=evals_server.base_url) as wrong,
        pytest.raises(AuthenticationError) as caught,
    ):
        wrong.list_evals()
    assert caught.value.status_code == 401
    assert caught.value.error is not None and caught.value.error.code == "invalid_api_key"
    assert evals_server.request_count() == 1


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_error_class_per_status(
    evals_server: EvalsServer, client: Client, status: int, cls: type[APIStatusError]
) -> None:
    evals_server.inject(Fault.status(status, message=f"injected {status}", code="c"), times=None)
    with pytest.raises(APIStatusError) as caught:
        client.with_options(max_retries=0).list_evals()
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.error is not None and error.error.message == f"injected {status}"
    assert error.error.code == "c"
    # As the SDK has them: the fields of the body's error object.
    assert (error.code, error.param) == ("c", None)
    assert error.type is not None and error.type == error.error.type
    assert error.request_id == evals_server.requests[-1].request_id
    assert f"injected {status}" in str(error)
    assert evals_server.request_count() == 1


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"error": {"code": "insufficient_quota", "param": 3, "type": None}}, "insufficient_quota"),
        ({"code": "bare", "message": "no envelope"}, "bare"),
        ({"error": "just text"}, None),
        (["a", "list"], None),
        ("plain text", None),
    ],
)
def test_error_fields_of_any_body(
    evals_server: EvalsServer, client: Client, body: Any, code: str | None
) -> None:
    evals_server.inject(Fault.status(400, body=body), times=None)
    with pytest.raises(BadRequestError) as caught:
        client.list_evals()
    assert caught.value.code == code
    assert caught.value.param is None and caught.value.type is None  # only strings count


def test_error_with_a_non_json_body(evals_server: EvalsServer, client: Client) -> None:
    evals_server.inject(
        Fault.status(502, body="<html>Bad gateway</html>", headers={"content-type": "text/html"}),
        times=None,
    )
    with pytest.raises(InternalServerError) as caught:
        client.with_options(max_retries=0).list_evals()
    assert caught.value.body == "<html>Bad gateway</html>"
    assert caught.value.error is None
    assert "Bad gateway" in str(caught.value)


def test_connection_errors(evals_server: EvalsServer, backoff_sleeps: list[float]) -> None:
    with (
        Client(api_key=API_KEY, base_url=closed_port_url()) as nowhere,
        pytest.raises(APIConnectionError) as caught,
    ):
        nowhere.list_evals()
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.request is not None
    assert len(backoff_sleeps) == 2  # retried twice before giving up

    evals_server.inject(Fault.drop(), times=None)
    with (
        Client(api_key=API_KEY, base_url=evals_server.base_url, max_retries=0) as client,
        pytest.raises(APIConnectionError) as dropped,
    ):
        client.list_evals()
    assert type(dropped.value) is APIConnectionError
    assert evals_server.request_count() == 1


def test_timeout_error(evals_server: EvalsServer, client: Client) -> None:
    evals_server.inject(Fault.slow(30.0), times=None)
    with pytest.raises(APITimeoutError) as caught:
        client.with_options(max_retries=0).list_evals(timeout=0.2)
    assert isinstance(caught.value, APIConnectionError)
    assert evals_server.request_count() == 1


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b'{"object": "eval", "id": ', id="truncated-json"),
        pytest.param(b"<html>OK</html>", id="not-json"),
        pytest.param(b"", id="empty"),
        pytest.param({"object": "eval", "id": 123}, id="wrong-shape"),
        pytest.param(["not", "an", "object"], id="wrong-type"),
    ],
)
def test_response_validation_error(
    evals_server: EvalsServer, client: Client, body: bytes | dict[str, Any] | list[Any]
) -> None:
    evals_server.inject(Fault.malformed(body), times=None)
    with pytest.raises(APIResponseValidationError) as caught:
        client.get_eval("eval_x")
    error = caught.value
    assert error.status_code == 200
    assert error.request_id == evals_server.requests[-1].request_id
    assert str(error).startswith("Unexpected response body")
    if isinstance(body, (dict, list)):
        assert error.body == body
        assert isinstance(error.problem, openai_evals.ParseError)
        assert error.problem.path.startswith("Eval")
    assert evals_server.request_count() == 1  # a bad 2xx body is not retried


def test_response_validation_error_names_the_field(
    evals_server: EvalsServer, client: Client
) -> None:
    evaluation = evals_server.seed_eval()
    evals_server.inject(Fault.malformed({**evaluation, "created_at": "yesterday"}))
    with pytest.raises(APIResponseValidationError) as caught:
        client.get_eval(evaluation["id"])
    assert "Eval.created_at: expected integer, got str" in str(caught.value)

    evals_server.inject(Fault.malformed({"object": "list", "data": [{"id": 1}], "has_more": 0}))
    with pytest.raises(APIResponseValidationError):
        client.list_evals()


def test_missing_api_key(clean_openai_env: pytest.MonkeyPatch, evals_server: EvalsServer) -> None:
    with pytest.raises(MissingAPIKeyError, match="OPENAI_API_KEY"):
        Client(base_url=evals_server.base_url)
    with pytest.raises(MissingAPIKeyError):
        Client(api_key="", base_url=evals_server.base_url)
    clean_openai_env.setenv("OPENAI_API_KEY", "")
    with pytest.raises(MissingAPIKeyError):
        Client(base_url=evals_server.base_url)
    assert evals_server.request_count() == 0


# ---- retries ---------------------------------------------------------------------------------

RETRIED_FAULTS = {
    "429-retry-after-ms-1": Fault.status(429, retry_after_ms=1),
    "429-retry-after-ms-0": Fault.status(429, retry_after_ms=0),
    "500": Fault.status(500, retry_after_ms=1),
    "502": Fault.status(502, retry_after_ms=1),
    "503": Fault.status(503, retry_after_ms=0),
    "408": Fault.status(408, retry_after_ms=1),
    "409": Fault.status(409, retry_after_ms=1),
}


@pytest.mark.parametrize("fault", RETRIED_FAULTS.values(), ids=RETRIED_FAULTS.keys())
def test_retried_twice_then_succeeds(
    evals_server: EvalsServer, client: Client, fault: Fault, backoff_sleeps: list[float]
) -> None:
    eval_id = evals_server.seed_eval()["id"]
    evals_server.inject(fault, times=2)
    assert client.get_eval(eval_id).id == eval_id
    assert evals_server.request_count() == 3
    assert [r.path for r in evals_server.requests] == [f"/evals/{eval_id}"] * 3


@pytest.mark.parametrize("fault", RETRIED_FAULTS.values(), ids=RETRIED_FAULTS.keys())
def test_retried_twice_then_raises(
    evals_server: EvalsServer, client: Client, fault: Fault, backoff_sleeps: list[float]
) -> None:
    evals_server.inject(fault, times=None)
    with pytest.raises(APIStatusError) as caught:
        client.list_evals()
    assert caught.value.status_code == fault.status_code
    assert evals_server.request_count() == 3
    assert caught.value.request_id == evals_server.requests[-1].request_id  # the last answer


def test_post_bodies_are_resent_on_retry(evals_server: EvalsServer, client: Client) -> None:
    evals_server.inject(Fault.status(503, retry_after_ms=1), times=2, method="POST")
    evaluation = create_eval(client, name="retried")
    assert evals_server.request_count() == 3
    bodies = [r.json for r in evals_server.requests]
    assert bodies[0] == bodies[1] == bodies[2] and bodies[0]["name"] == "retried"
    assert evals_server.get_eval(evaluation.id) is not None
    assert [e.id for e in client.list_evals()] == [evaluation.id]  # created once


def test_max_retries_zero_sends_one_request(evals_server: EvalsServer) -> None:
    evals_server.inject(Fault.status(429, retry_after_ms=1), times=None)
    with (
        Client(api_key=API_KEY, base_url=evals_server.base_url, max_retries=0) as client,
        pytest.raises(RateLimitError),
    ):
        client.list_evals()
    assert evals_server.request_count() == 1
    with pytest.raises(ValueError, match="max_retries must be 0 or more"):
        Client(api_key=API_KEY, base_url=evals_server.base_url, max_retries=-1)


def test_with_options_max_retries(evals_server: EvalsServer, client: Client) -> None:
    evals_server.inject(Fault.status(429, retry_after_ms=1), times=5)
    more = client.with_options(max_retries=5)
    assert more.max_retries == 5 and client.max_retries == 2
    assert more.list_evals().data == []
    assert evals_server.request_count() == 6
    with pytest.raises(ValueError, match="max_retries must be 0 or more"):
        client.with_options(max_retries=-1)

    evals_server.clear_requests()
    evals_server.inject(Fault.status(429, retry_after_ms=1), times=None)
    with pytest.raises(RateLimitError):
        client.with_options(max_retries=0).list_evals()
    assert evals_server.request_count() == 1
    with pytest.raises(RateLimitError):
        client.list_evals()  # the original keeps its 2 retries
    assert evals_server.request_count() == 4

    evals_server.clear_faults()
    evals_server.clear_requests()
    evals_server.inject(Fault.status(500, retry_after_ms=1), times=3)
    with Client(api_key=API_KEY, base_url=evals_server.base_url, max_retries=3) as patient:
        assert patient.list_evals().data == []
    assert evals_server.request_count() == 4


def test_x_should_retry_header(evals_server: EvalsServer, client: Client) -> None:
    evals_server.inject(Fault.status(503, retry_after_ms=1, should_retry=False), times=None)
    with pytest.raises(InternalServerError):
        client.list_evals()
    assert evals_server.request_count() == 1

    evals_server.clear_faults()
    evals_server.clear_requests()
    evals_server.inject(Fault.status(400, retry_after_ms=1, should_retry=True), times=1)
    assert client.list_evals().data == []
    assert evals_server.request_count() == 2

    evals_server.clear_requests()
    evals_server.inject(Fault.status(400, retry_after_ms=1, should_retry=True), times=None)
    with pytest.raises(BadRequestError):
        client.list_evals()
    assert evals_server.request_count() == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(
    evals_server: EvalsServer, client: Client, status: int
) -> None:
    evals_server.inject(Fault.status(status, retry_after_ms=1), times=None)
    with pytest.raises(APIStatusError):
        client.list_evals()
    assert evals_server.request_count() == 1


def test_real_404_is_not_retried(evals_server: EvalsServer, client: Client) -> None:
    with pytest.raises(NotFoundError):
        client.get_eval_run("eval_nope", "evalrun_nope")
    assert evals_server.request_count() == 1


def test_dropped_connections_and_timeouts_are_retried(
    evals_server: EvalsServer, client: Client, backoff_sleeps: list[float]
) -> None:
    eval_id = evals_server.seed_eval()["id"]
    evals_server.inject(Fault.drop(), times=2)
    assert client.get_eval(eval_id).id == eval_id
    assert evals_server.request_count() == 3
    assert len(backoff_sleeps) == 2

    evals_server.clear_requests()
    evals_server.inject(Fault.slow(30.0), times=2)
    assert client.get_eval(eval_id, timeout=0.5).id == eval_id
    assert evals_server.request_count() == 3
    assert len(backoff_sleeps) == 4

    evals_server.clear_requests()
    evals_server.inject(Fault.drop(), times=None)
    with pytest.raises(APIConnectionError):
        client.get_eval(eval_id)
    assert evals_server.request_count() == 3


def test_backoff_shape(
    evals_server: EvalsServer,
    backoff_sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Client(api_key=API_KEY, base_url=evals_server.base_url, max_retries=6) as client:
        evals_server.inject(Fault.status(503), times=6)  # no retry-after: exponential backoff
        client.list_evals()
        assert evals_server.request_count() == 7
        bases = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]  # 0.5 s doubling, capped at 8 s
        assert len(backoff_sleeps) == 6
        for delay, base in zip(backoff_sleeps, bases):
            assert 0.75 * base <= delay <= base  # jitter takes off at most 25 %

        monkeypatch.setattr(random, "random", lambda: 0.0)
        backoff_sleeps.clear()
        evals_server.inject(Fault.status(503), times=6)
        client.list_evals()
        assert backoff_sleeps == bases

        monkeypatch.setattr(random, "random", lambda: 1.0)
        backoff_sleeps.clear()
        evals_server.inject(Fault.drop(), times=3)
        client.list_evals()
        assert backoff_sleeps == [0.375, 0.75, 1.5]


def http_date(offset: float) -> str:
    return email.utils.formatdate(time.time() + offset, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "low", "high"),
    [
        ({"retry-after": "2"}, 2.0, 2.0),
        ({"retry-after": "1.5"}, 1.5, 1.5),
        ({"retry-after": "120"}, 120.0, 120.0),
        ({"retry-after-ms": "250"}, 0.25, 0.25),
        ({"retry-after-ms": "100", "retry-after": "30"}, 0.1, 0.1),  # the ms header wins
        ({"retry-after-ms": "soon", "retry-after": "3"}, 3.0, 3.0),
        # Unusable, or asking for no wait at all: backoff, as the official SDK does.
        ({"retry-after": "soon"}, 0.375, 0.5),
        ({"retry-after": "0"}, 0.375, 0.5),
        ({"retry-after": "-5"}, 0.375, 0.5),
        ({"retry-after": "nan"}, 0.375, 0.5),
        ({"retry-after": "inf"}, 0.375, 0.5),
        ({"retry-after-ms": "0"}, 0.375, 0.5),
    ],
)
def test_retry_after_is_honoured(
    evals_server: EvalsServer,
    client: Client,
    backoff_sleeps: list[float],
    headers: dict[str, str],
    low: float,
    high: float,
) -> None:
    evals_server.inject(Fault.status(429, headers=headers))
    client.list_evals()
    assert evals_server.request_count() == 2
    assert len(backoff_sleeps) == 1 and low <= backoff_sleeps[0] <= high


def test_retry_after_http_date(
    evals_server: EvalsServer, client: Client, backoff_sleeps: list[float]
) -> None:
    evals_server.inject(Fault.status(503, headers={"retry-after": http_date(-3600)}))
    client.list_evals()
    assert 0.375 <= backoff_sleeps[0] <= 0.5  # a date gone by asks for nothing: backoff

    evals_server.inject(Fault.status(503, headers={"retry-after": http_date(30)}))
    client.list_evals()
    assert 25.0 <= backoff_sleeps[1] <= 31.0  # HTTP dates have a resolution of 1 s
    assert evals_server.request_count() == 4


def test_retry_after_date_without_a_zone_is_utc(
    evals_server: EvalsServer,
    client: Client,
    backoff_sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")  # not UTC: a local reading would be hours off
    time.tzset()
    try:
        zoneless = email.utils.formatdate(time.time() + 30)  # "... -0000"
        evals_server.inject(Fault.status(503, headers={"retry-after": zoneless}))
        client.list_evals()
    finally:
        monkeypatch.undo()
        time.tzset()
    assert zoneless.endswith("-0000") and 25.0 <= backoff_sleeps[0] <= 31.0


TOO_LONG_WAITS: dict[str, Callable[[], dict[str, str]]] = {
    "121 s": lambda: {"retry-after": "121"},
    "1 h": lambda: {"retry-after": "3600"},
    "120001 ms": lambda: {"retry-after-ms": "120001"},
    "date in 10 min": lambda: {"retry-after": http_date(600)},
}


@pytest.mark.parametrize("should_retry", [None, True], ids=["", "x-should-retry"])
@pytest.mark.parametrize("headers", TOO_LONG_WAITS.values(), ids=TOO_LONG_WAITS)
def test_retry_after_over_120_seconds_is_not_retried(
    evals_server: EvalsServer,
    client: Client,
    backoff_sleeps: list[float],
    headers: Callable[[], dict[str, str]],
    should_retry: bool | None,
) -> None:
    # Even when the server says to retry: it also says not before then, which is too long.
    fault = Fault.status(429, headers=headers(), should_retry=should_retry)
    evals_server.inject(fault, times=None)
    with pytest.raises(RateLimitError):
        client.list_evals()
    assert evals_server.request_count() == 1 and backoff_sleeps == []


# ---- path parameters -------------------------------------------------------------------------

ODD_IDS = {
    "a b/c?d#e%": "a%20b%2Fc%3Fd%23e%25",
    "é~._-": "%C3%A9~._-",
    "a:b@c+d!$&'()*,;=": "a%3Ab%40c%2Bd%21%24%26%27%28%29%2A%2C%3B%3D",
    "...": "...",
    ".a": ".a",
    "%2e%2e%2e": "%252e%252e%252e",
    "%41": "%2541",
}


@pytest.mark.parametrize("value", ODD_IDS, ids=list(ODD_IDS.values()))
def test_path_parameters_are_percent_encoded(
    evals_server: EvalsServer, client: Client, value: str
) -> None:
    encoded = ODD_IDS[value]
    with pytest.raises(NotFoundError) as caught:
        client.get_eval(value)
    request = evals_server.last_request
    assert request is not None
    assert request.raw_path == f"/v1/evals/{encoded}"
    assert caught.value.error is not None
    assert caught.value.error.message == f"Eval with id '{value}' not found."

    with pytest.raises(NotFoundError):
        client.get_eval_run_output_item(value, "r/1", "o 2")
    assert evals_server.last_request is not None
    assert (
        evals_server.last_request.raw_path == f"/v1/evals/{encoded}/runs/r%2F1/output_items/o%202"
    )


def test_real_ids_round_trip_through_encoding(evals_server: EvalsServer, client: Client) -> None:
    evaluation = evals_server.seed_eval()
    run = evals_server.seed_run(evaluation["id"], output_items=1)
    item = evals_server.get_output_items(run["id"])[0]
    fetched = client.get_eval_run_output_item(evaluation["id"], run["id"], item["id"])
    assert fetched.id == item["id"]
    assert evals_server.last_request is not None
    assert evals_server.last_request.raw_path == (
        f"/v1/evals/{evaluation['id']}/runs/{run['id']}/output_items/{item['id']}"
    )


DOT_SEGMENTS = ["", ".", "..", "%2e", "%2E", "%2e%2E", ".%2e", "%2E."]

OPERATIONS_WITH_PATHS: dict[str, Callable[[Client, str], Any]] = {
    "get_eval": lambda c, v: c.get_eval(v),
    "update_eval": lambda c, v: c.update_eval(v, name="x"),
    "delete_eval": lambda c, v: c.delete_eval(v),
    "get_eval_runs": lambda c, v: c.get_eval_runs(v),
    "create_eval_run": lambda c, v: c.create_eval_run(v, data_source=p.JSONL_SOURCE),
    "get_eval_run.eval_id": lambda c, v: c.get_eval_run(v, "evalrun_1"),
    "get_eval_run.run_id": lambda c, v: c.get_eval_run("eval_1", v),
    "delete_eval_run.run_id": lambda c, v: c.delete_eval_run("eval_1", v),
    "cancel_eval_run.run_id": lambda c, v: c.cancel_eval_run("eval_1", v),
    "get_eval_run_output_items.run_id": lambda c, v: c.get_eval_run_output_items("eval_1", v),
    "get_eval_run_output_item.output_item_id": lambda c, v: c.get_eval_run_output_item(
        "eval_1", "evalrun_1", v
    ),
}


@pytest.mark.parametrize("operation", OPERATIONS_WITH_PATHS.values(), ids=OPERATIONS_WITH_PATHS)
def test_none_as_a_path_parameter_is_refused(
    evals_server: EvalsServer, client: Client, operation: Callable[[Client, Any], Any]
) -> None:
    # Not "/evals/None": an id read from a null field would otherwise ask for that resource.
    with pytest.raises(TypeError, match="a path parameter cannot be None"):
        operation(client, None)
    assert evals_server.request_count() == 0


def test_booleans_in_paths_are_spelled_as_in_json() -> None:
    # For a spec with a boolean path parameter; mypy keeps booleans out of string ones.
    assert [encode_path_param(v, "flag") for v in (True, False)] == ["true", "false"]


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf])
def test_numbers_json_cannot_spell_are_refused_before_sending(
    evals_server: EvalsServer, client: Client, number: float
) -> None:
    with pytest.raises(ValueError, match="not JSON compliant"):
        client.update_eval("eval_1", name="x", extra_body={"score": number})
    with pytest.raises(ValueError, match="not JSON compliant"):
        create_eval(client, metadata={"nested": [{"x": number}]})
    assert evals_server.request_count() == 0


@pytest.mark.parametrize("value", DOT_SEGMENTS, ids=[repr(v) for v in DOT_SEGMENTS])
@pytest.mark.parametrize("operation", OPERATIONS_WITH_PATHS.values(), ids=OPERATIONS_WITH_PATHS)
def test_empty_and_dot_segment_path_parameters_are_refused(
    evals_server: EvalsServer,
    client: Client,
    operation: Callable[[Client, str], Any],
    value: str,
) -> None:
    with pytest.raises(ValueError, match="not a valid path parameter"):
        operation(client, value)
    assert evals_server.request_count() == 0


# ---- configuration from the environment, headers, closing ------------------------------------


def test_environment_fallbacks(
    clean_openai_env: pytest.MonkeyPatch, evals_server: EvalsServer
) -> None:
    clean_openai_env.setenv("OPENAI_API_KEY", API_KEY)
    clean_openai_env.setenv("OPENAI_BASE_URL", evals_server.base_url)
    clean_openai_env.setenv("OPENAI_ORG_ID", "org_env")
    clean_openai_env.setenv("OPENAI_PROJECT_ID", "proj_env")
    with Client() as client:
        assert client.base_url == evals_server.base_url
        client.list_evals()
    request = evals_server.last_request
    assert request is not None
    assert request.header("authorization") == f"Bearer {API_KEY}"
    assert request.header("openai-organization") == "org_env"
    assert request.header("openai-project") == "proj_env"

    evals_server.api_key = "sk-explicit"
    try:
        with Client(
            api_key="sk-explicit",
            base_url=evals_server.base_url + "/",  # a trailing slash is dropped
            organization="org_arg",
            project="proj_arg",
            default_headers={"X-Team": "evals"},
        ) as client:
            client.list_evals()
    finally:
        evals_server.api_key = API_KEY
    request = evals_server.last_request
    assert request is not None
    assert request.raw_path == "/v1/evals"
    assert request.header("authorization") == "Bearer sk-explicit"
    assert request.header("openai-organization") == "org_arg"
    assert request.header("openai-project") == "proj_arg"
    assert request.header("x-team") == "evals"


def test_default_headers(evals_server: EvalsServer, client: Client) -> None:
    client.list_evals()
    request = evals_server.last_request
    assert request is not None
    assert request.header("authorization") == f"Bearer {API_KEY}"
    assert request.header("accept") == "application/json"
    user_agent = request.header("user-agent") or ""
    assert "openai-evals" in user_agent and openai_evals.__version__ in user_agent
    assert request.header("openai-organization") is None
    assert request.header("openai-project") is None
    assert request.header("content-type") is None

    create_eval(client)
    assert evals_server.last_request is not None
    assert evals_server.last_request.header("content-type") == "application/json"


def test_base_url_default(clean_openai_env: pytest.MonkeyPatch) -> None:
    clean_openai_env.setenv("OPENAI_API_KEY", API_KEY)
    with Client() as client:  # no request is sent
        assert client.base_url == "https://api.openai.com/v1"


def test_context_manager_and_close(evals_server: EvalsServer) -> None:
    with Client(api_key=API_KEY, base_url=evals_server.base_url) as client:
        client.list_evals()
        assert not client._http.is_closed
    assert client._http.is_closed
    with pytest.raises(RuntimeError):
        client.list_evals()
    assert evals_server.request_count() == 1

    other = Client(api_key=API_KEY, base_url=evals_server.base_url)
    clone = other.with_options(max_retries=0)
    clone.close()  # a copy shares the pool and does not close it
    assert not other._http.is_closed
    assert other.list_evals().data == []
    other.close()
    other.close()  # closing twice is harmless
    assert other._http.is_closed

    with httpx.Client() as own:
        with Client(api_key=API_KEY, base_url=evals_server.base_url, http_client=own) as client:
            client.list_evals()
        assert not own.is_closed  # a pool passed in belongs to the caller


# ---- redirects and proxies -------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirects_are_followed(evals_server: EvalsServer, status: int) -> None:
    """By the client's own pool, as by the SDK's (a pool passed in decides for itself)."""
    eval_id = evals_server.seed_eval()["id"]
    moved = {"location": f"{evals_server.base_url}/evals/{eval_id}"}
    evals_server.inject(Fault.status(status, headers=moved), times=None, path_prefix="/evals/moved")
    with Client(api_key=API_KEY, base_url=evals_server.base_url, max_retries=0) as client:
        raw = client.with_raw_response.get_eval("moved")
        assert raw.parse().id == eval_id
        assert raw.http_response.url == moved["location"]
        assert raw.http_response.history[0].status_code == status
        # The GET that met the redirect is sent again through httpx.Client, which follows it,
        # and from then on the client sends everything.
        assert [r.path for r in evals_server.requests] == ["/evals/moved", "/evals/moved", f"/evals/{eval_id}"]
        assert client.get_eval("moved").id == eval_id
        assert [r.path for r in evals_server.requests[3:]] == ["/evals/moved", f"/evals/{eval_id}"]


def test_credentials_in_the_base_url_apply_to_every_request(evals_server: EvalsServer) -> None:
    """httpx.Client turns them into Basic auth (in place of the API key), for GETs too."""
    base_url = evals_server.base_url.replace("http://", "http://gateway:secret@")
    with Client(api_key=API_KEY, base_url=base_url, max_retries=0) as client:
        for call in (lambda: client.get_eval("eval_1"), lambda: client.delete_eval("eval_1")):
            with pytest.raises(AuthenticationError):  # the test server wants the API key
                call()
    assert [r.header("authorization") for r in evals_server.requests] == ["Basic Z2F0ZXdheTpzZWNyZXQ="] * 2


def test_requests_past_the_client_look_like_the_clients_own(
    evals_server: EvalsServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A GET sent straight to the pool's transport is logged, and fails, as httpx.Client's."""
    eval_id = evals_server.seed_eval()["id"]
    with Client(api_key=API_KEY, base_url=evals_server.base_url, max_retries=0) as client:
        with caplog.at_level(logging.INFO, logger="httpx"):
            client.get_eval(eval_id)
            client.list_evals()
        lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
        assert lines == [
            f'HTTP Request: GET {evals_server.base_url}/evals/{eval_id} "HTTP/1.1 200 OK"',
            f'HTTP Request: GET {evals_server.base_url}/evals "HTTP/1.1 200 OK"',
        ]
        evals_server.inject(Fault.drop())
        with pytest.raises(APIConnectionError) as caught:
            client.get_eval(eval_id)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert cause.request.url == f"{evals_server.base_url}/evals/{eval_id}"


def test_proxy_variables_are_honoured(evals_server: EvalsServer, test_server_as_proxy: str) -> None:
    """A pool the client makes sends through HTTP_PROXY, as a plain httpx.Client would."""
    with (
        Client(api_key=API_KEY, base_url=test_server_as_proxy, max_retries=0) as client,
        pytest.raises(NotFoundError),  # the test server is no proxy: it answers 404
    ):
        client.get_eval("eval_1")
    assert evals_server.requests[-1].raw_path == f"{test_server_as_proxy}/evals/eval_1"


# ---- raw responses ---------------------------------------------------------------------------


def test_raw_responses(evals_server: EvalsServer, client: Client) -> None:
    evaluation = create_eval(client)

    raw = client.with_raw_response.get_eval(evaluation.id)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request.url == f"{evals_server.base_url}/evals/{evaluation.id}"
    assert raw.http_response.elapsed.total_seconds() > 0
    assert raw.http_response.is_closed
    assert raw.headers["content-type"] == "application/json"
    assert raw.request_id == raw.headers["x-request-id"] == evals_server.requests[-1].request_id
    parsed = raw.parse()
    assert isinstance(parsed, models.Eval) and parsed.to_dict() == evaluation.to_dict()
    assert parsed.to_dict() == raw.http_response.json()

    created = client.with_raw_response.create_eval(
        data_source_config=p.CUSTOM_CONFIG, testing_criteria=[p.STRING_GRADER]
    )
    assert created.status_code == 201 and isinstance(created.parse(), models.Eval)

    evals_server.seed_evals(3)
    listed = client.with_raw_response.list_evals(limit=2)
    assert listed.status_code == 200 and listed.request_id == evals_server.requests[-1].request_id
    page = listed.parse()
    assert isinstance(page, Page) and len(page.data) == 2 and page.has_more
    assert listed.http_response.json()["data"][0]["id"] == page.data[0].id
    assert len(list(page)) == 5

    deleted = client.with_raw_response.delete_eval(evaluation.id)
    assert deleted.status_code == 200 and deleted.parse().deleted is True

    evals_server.inject(Fault.status(503, retry_after_ms=1))
    retried = client.with_raw_response.get_eval_runs(created.parse().id)
    assert retried.status_code == 200  # the response that succeeded, not the 503
    assert retried.request_id == evals_server.requests[-1].request_id

    with pytest.raises(NotFoundError):
        client.with_raw_response.get_eval("eval_missing")

    # A copy made by with_options has its own with_raw_response, with the copy's settings.
    evals_server.clear_requests()
    evals_server.inject(Fault.status(429, retry_after_ms=1), times=None)
    with pytest.raises(RateLimitError):
        client.with_options(max_retries=0).with_raw_response.get_eval(evaluation.id)
    assert evals_server.request_count() == 1
    assert "APIResponse" in repr(raw) and "200" in repr(raw)


# ---- the API key stays secret ----------------------------------------------------------------

SECRET = "sk-proj-VERYsecret0123456789abcdefSECRET"


def assert_no_secret(*texts: object) -> None:
    for text in texts:
        assert SECRET not in str(text), text
        assert SECRET[3:] not in str(text), text


def exception_texts(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error)), repr(error.args)]


def test_api_key_never_leaks(
    evals_server: EvalsServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    backoff_sleeps: list[float],
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(evals_server, "api_key", SECRET)
    client = Client(api_key=SECRET, base_url=evals_server.base_url)
    assert_no_secret(repr(client), repr(client.with_options(max_retries=1)), str(client))

    errors: list[BaseException] = []
    evals_server.inject(Fault.status(401, message=f"bad key {SECRET}"))
    with pytest.raises(AuthenticationError) as caught:
        client.list_evals()
    assert "bad key" in str(caught.value)
    errors.append(caught.value)

    evals_server.inject(
        Fault.status(503, message=f"overloaded for {SECRET}", retry_after_ms=1), times=None
    )
    with pytest.raises(InternalServerError) as caught_503:
        client.list_evals()
    errors.append(caught_503.value)
    evals_server.clear_faults()

    evals_server.inject(Fault.status(429, message=SECRET), times=2)  # retried, with backoff
    client.list_evals()

    evals_server.inject(Fault.malformed(b"not json " + SECRET.encode()))
    with pytest.raises(APIResponseValidationError) as invalid:
        client.list_evals()
    errors.append(invalid.value)

    evals_server.inject(Fault.drop(), times=None)
    with pytest.raises(APIConnectionError) as dropped:
        client.list_evals()
    errors.append(dropped.value)
    evals_server.clear_faults()

    evals_server.inject(Fault.slow(30.0))
    with pytest.raises(APITimeoutError) as slow:
        client.with_options(max_retries=0).list_evals(timeout=0.2)
    errors.append(slow.value)

    with (
        Client(api_key=SECRET, base_url=closed_port_url(), max_retries=1) as nowhere,
        pytest.raises(APIConnectionError) as refused,
    ):
        nowhere.list_evals()
    errors.append(refused.value)

    with pytest.raises(NotFoundError) as missing:
        client.get_eval(SECRET[:10])
    errors.append(missing.value)

    for error in errors:
        assert_no_secret(*exception_texts(error))
        if isinstance(error, APIError) and error.request is not None:
            assert_no_secret(repr(error.request), error.request.url)
    raw = client.with_raw_response.list_evals()
    assert_no_secret(repr(raw))

    records = caplog.records
    assert any(r.name == "openai_evals" and "retrying" in r.getMessage() for r in records)
    for record in records:
        assert_no_secret(record.getMessage(), repr(record.args), record.msg)
    assert_no_secret(caplog.text)
    client.close()


# ---- what the live API sends ------------------------------------------------------------------


def test_live_api_nulls_in_runs_and_items_are_accepted() -> None:
    """The spec's corrections: a run's ``error``/``per_model_usage``/... and an output item's
    ``sample.error`` may be null, as the live API sends them."""
    with EvalsServer(live_nulls=True) as server:
        eval_id = server.seed_eval()["id"]
        run_id = server.seed_run(eval_id, status="queued", output_items=2)["id"]
        with Client(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
            run = client.get_eval_run(eval_id, run_id)
            assert run.error is None and run.per_model_usage is None
            assert run.per_testing_criteria_results is None
            items = list(client.get_eval_run_output_items(eval_id, run_id))
            assert len(items) == 2 and items[0].sample.error is None
        assert server.errors == []


def list_page(items: list[dict[str, Any]], last_id: str | None, has_more: bool) -> dict[str, Any]:
    first_id = items[0]["id"] if items else None
    return {"object": "list", "data": items, "first_id": first_id, "last_id": last_id, "has_more": has_more}


def test_a_page_without_last_id_goes_on_from_its_last_item(
    evals_server: EvalsServer, client: Client
) -> None:
    # As the official SDK does: has_more with a null last_id is not the silent end of the list.
    evals = evals_server.seed_evals(3)
    ids = [e["id"] for e in evals]
    evals_server.inject(Fault.malformed(list_page(evals[:1], None, True)), times=1)
    assert [e.id for e in client.list_evals()] == ids
    assert last_query(evals_server) == {"after": [ids[0]]}


def test_a_cursor_that_does_not_move_ends_the_listing(
    evals_server: EvalsServer, client: Client
) -> None:
    evals = evals_server.seed_evals(2)
    stuck = list_page(evals[:1], evals[0]["id"], True)
    evals_server.inject(Fault.malformed(stuck), times=None)
    assert [e.id for e in client.list_evals()] == [evals[0]["id"]]
    assert evals_server.request_count() == 2  # asked once more, saw no progress, stopped


def test_live_api_empty_pages_are_accepted() -> None:
    with EvalsServer(live_nulls=True) as server:
        eval_id = server.seed_eval()["id"]
        run_id = server.seed_run(eval_id, status="queued", output_items=2)["id"]
        with Client(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
            assert list(client.get_eval_run_output_items(eval_id, run_id, status="fail")) == []
            assert list(client.get_eval_runs(eval_id, status="failed")) == []
            server.reset()
            empty = client.list_evals()
            assert empty.data == [] and empty.first_id is None and list(empty) == []


def test_api_key_not_in_a_validation_error_message(
    evals_server: EvalsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evals_server, "api_key", SECRET)
    evals_server.inject(Fault.malformed({"object": SECRET, "id": "eval_1"}))
    with (
        Client(api_key=SECRET, base_url=evals_server.base_url, max_retries=0) as client,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        client.get_eval("eval_1")
    assert "Eval.object" in str(caught.value)
    assert_no_secret(*exception_texts(caught.value))


# ---- import cost -----------------------------------------------------------------------------


def test_importing_the_package_does_not_import_httpx() -> None:
    code = (
        "import sys, openai_evals, openai_evals.models\n"
        "openai_evals.models.Eval, openai_evals.models.EvalRun\n"
        "print('httpx' in sys.modules, 'openai_evals._client' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(GENERATED)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"], result.stderr
