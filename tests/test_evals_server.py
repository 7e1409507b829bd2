"""Tests of the in-memory Evals API server (tests/support/evals_server.py), over real HTTP.

Responses are also checked against the upstream OpenAPI document when it is available
(``EVALS_UPSTREAM_SPEC``, default ``/work/shared/upstream/openai-openapi-2026-08-21.yaml``);
without it those checks are skipped.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

try:
    from tests.support.evals_server import EvalsServer, Fault, RecordedRequest
except ImportError:  # without the repo root on sys.path, pytest's rootdir import adds tests/
    from support.evals_server import (  # type: ignore[import-not-found,no-redef]
        EvalsServer,
        Fault,
        RecordedRequest,
    )

API_KEY = "sk-test"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
HEX32 = "[0-9a-f]{32}"
SPEC_PATH = Path(
    os.environ.get("EVALS_UPSTREAM_SPEC", "/work/shared/upstream/openai-openapi-2026-08-21.yaml")
)

CUSTOM_CONFIG = {
    "type": "custom",
    "item_schema": {
        "type": "object",
        "properties": {"input": {"type": "string"}, "ground_truth": {"type": "string"}},
        "required": ["input", "ground_truth"],
    },
    "include_sample_schema": True,
}
LABEL_GRADER = {
    "type": "label_model",
    "name": "Sentiment grader",
    "model": "o3-mini",
    "input": [
        {"role": "developer", "content": "Classify the sentiment of the statement."},
        {"role": "user", "content": "Statement: {{item.input}}"},
    ],
    "labels": ["positive", "neutral", "negative"],
    "passing_labels": ["positive"],
}
STRING_GRADER = {
    "type": "string_check",
    "name": "Exact match",
    "input": "{{sample.output_text}}",
    "reference": "{{item.ground_truth}}",
    "operation": "eq",
}
COMPLETIONS_SOURCE: dict[str, Any] = {
    "type": "completions",
    "model": "gpt-4o-mini",
    "input_messages": {
        "type": "template",
        "template": [
            {"role": "developer", "content": "Categorize the headline."},
            {"role": "user", "content": "{{item.input}}"},
        ],
    },
    "sampling_params": {"temperature": 0.5, "max_completion_tokens": 256, "top_p": 1, "seed": 7},
    "source": {
        "type": "file_content",
        "content": [
            {"item": {"input": "Central Bank Raises Rates", "ground_truth": "Markets"}},
            {"item": {"input": "New Phone Released", "ground_truth": "Technology"}},
        ],
    },
}


# ---- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_server() -> Iterator[EvalsServer]:
    with EvalsServer(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def server(shared_server: EvalsServer) -> Iterator[EvalsServer]:
    shared_server.reset()
    yield shared_server
    assert shared_server.errors == []


@pytest.fixture
def client(server: EvalsServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=5.0) as c:
        yield c


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    if not SPEC_PATH.exists():
        pytest.skip(f"upstream spec not found at {SPEC_PATH}")
    yaml = pytest.importorskip("yaml")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC_PATH.open() as f:
        return dict(yaml.load(f, Loader=loader))


@pytest.fixture
def conforms(spec: dict[str, Any]) -> Callable[[httpx.Response, str, str], None]:
    """Check a response body against the schema the spec declares for (path, method, status)."""
    jsonschema = pytest.importorskip("jsonschema")

    def check(response: httpx.Response, path: str, method: str) -> None:
        operation = spec["paths"][path][method.lower()]
        declared = operation["responses"].get(str(response.status_code))
        assert declared is not None, f"{method} {path}: status {response.status_code} not in spec"
        if "$ref" in declared:  # a shared response such as TooManyRequests
            declared = spec["components"]["responses"][declared["$ref"].rsplit("/", 1)[1]]
        schema = declared["content"]["application/json"]["schema"]
        # Resolve "#/components/..." references against a root that carries the components.
        root = {**schema, "components": spec["components"]}
        jsonschema.Draft202012Validator(root).validate(response.json())

    return check


def _create_eval(client: httpx.Client, **overrides: Any) -> dict[str, Any]:
    body = {
        "name": "Sentiment",
        "data_source_config": CUSTOM_CONFIG,
        "testing_criteria": [LABEL_GRADER, STRING_GRADER],
        **overrides,
    }
    response = client.post("/evals", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def _create_run(client: httpx.Client, eval_id: str, **overrides: Any) -> dict[str, Any]:
    response = client.post(
        f"/evals/{eval_id}/runs", json={"data_source": COMPLETIONS_SOURCE, **overrides}
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def _walk(client: httpx.Client, path: str, **params: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """Follow ``after`` cursors; return all ids and every page, checking page invariants."""
    ids: list[str] = []
    pages = []
    after = None
    while True:
        query = dict(params, **({"after": after} if after else {}))
        page = client.get(path, params=query).json()
        pages.append(page)
        assert page["object"] == "list"
        assert len(page["data"]) <= int(params.get("limit", 20))
        if page["data"]:
            assert page["first_id"] == page["data"][0]["id"]
            assert page["last_id"] == page["data"][-1]["id"]
        ids += [o["id"] for o in page["data"]]
        if not page["has_more"]:
            return ids, pages
        after = page["last_id"]


# ---- lifecycle ------------------------------------------------------------------------------


def test_base_url_lifecycle_and_restart() -> None:
    server = EvalsServer()
    assert not server.running
    server.start()
    try:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1", server.base_url)
        assert server.url("evals") == server.base_url + "/evals"
        url = server.url("/evals")
        with httpx.Client(headers=AUTH) as c:
            assert c.get(url).status_code == 200
            # An idle keep-alive connection stays open while we stop: stop() must not hang.
            server.stop()
            assert not server.running
            server.stop()  # idempotent
            with pytest.raises(httpx.TransportError):
                c.get(url)
    finally:
        server.stop()
    with server:  # restartable, on a new port
        assert httpx.get(server.url("/evals"), headers=AUTH).status_code == 200


def test_keep_alive_and_headers(server: EvalsServer, client: httpx.Client) -> None:
    first = client.get("/evals")
    second = client.get("/evals")
    for response in (first, second):
        assert response.headers["content-type"] == "application/json"
        assert int(response.headers["content-length"]) == len(response.content)
        assert re.fullmatch(f"req_{HEX32}", response.headers["x-request-id"])
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    assert first.http_version == "HTTP/1.1"
    a, b = server.requests
    assert a.connection_id == b.connection_id  # the connection was reused
    assert a.request_id == first.headers["x-request-id"]


# ---- evals ----------------------------------------------------------------------------------


def test_create_eval_custom_config(client: httpx.Client, conforms: Any) -> None:
    response = client.post(
        "/evals",
        json={
            "name": "Sentiment",
            "data_source_config": CUSTOM_CONFIG,
            "testing_criteria": [LABEL_GRADER, STRING_GRADER],
        },
    )
    assert response.status_code == 201
    conforms(response, "/evals", "POST")
    body = response.json()
    assert re.fullmatch(f"eval_{HEX32}", body["id"])
    assert body["object"] == "eval"
    assert body["name"] == "Sentiment"
    assert isinstance(body["created_at"], int)
    assert body["metadata"] == {}
    config = body["data_source_config"]
    assert config["type"] == "custom"
    assert config["schema"]["properties"]["item"] == CUSTOM_CONFIG["item_schema"]
    assert config["schema"]["required"] == ["item", "sample"]
    assert "sample" in config["schema"]["properties"]
    label, string_check = body["testing_criteria"]
    assert label["input"][1] == {
        "type": "message",
        "role": "user",
        "content": {"type": "input_text", "text": "Statement: {{item.input}}"},
    }
    assert label["labels"] == LABEL_GRADER["labels"]
    assert string_check == STRING_GRADER


def test_create_eval_without_sample_schema(client: httpx.Client) -> None:
    config = {**CUSTOM_CONFIG, "include_sample_schema": False}
    body = _create_eval(client, data_source_config=config)
    assert body["data_source_config"]["schema"]["required"] == ["item"]
    assert "sample" not in body["data_source_config"]["schema"]["properties"]


@pytest.mark.parametrize("kind", ["logs", "stored_completions"])
def test_create_eval_logs_like_configs(client: httpx.Client, conforms: Any, kind: str) -> None:
    response = client.post(
        "/evals",
        json={
            "data_source_config": {"type": kind, "metadata": {"usecase": "chatbot"}},
            "testing_criteria": [STRING_GRADER],
            "metadata": {"team": "evals"},
        },
    )
    assert response.status_code == 201
    conforms(response, "/evals", "POST")
    body = response.json()
    assert body["name"] == ""  # optional in the request, required in the response
    assert body["metadata"] == {"team": "evals"}
    config = body["data_source_config"]
    assert config["type"] == kind
    assert config["metadata"] == {"usecase": "chatbot"}
    assert config["schema"]["required"] == ["item", "sample"]


def test_get_update_delete_eval(client: httpx.Client, conforms: Any) -> None:
    created = _create_eval(client)
    eval_id = created["id"]
    got = client.get(f"/evals/{eval_id}")
    conforms(got, "/evals/{eval_id}", "GET")
    assert got.json() == created

    updated = client.post(f"/evals/{eval_id}", json={"name": "Renamed", "metadata": {"k": "v"}})
    assert updated.status_code == 200
    conforms(updated, "/evals/{eval_id}", "POST")
    assert updated.json() == {**created, "name": "Renamed", "metadata": {"k": "v"}}
    assert client.get(f"/evals/{eval_id}").json()["name"] == "Renamed"
    assert client.post(f"/evals/{eval_id}", json={}).json()["name"] == "Renamed"
    assert client.post(f"/evals/{eval_id}", json={"metadata": None}).json()["metadata"] == {}

    deleted = client.delete(f"/evals/{eval_id}")
    conforms(deleted, "/evals/{eval_id}", "DELETE")
    assert deleted.json() == {"object": "eval.deleted", "deleted": True, "eval_id": eval_id}
    assert client.get(f"/evals/{eval_id}").status_code == 404
    assert client.delete(f"/evals/{eval_id}").status_code == 404


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_list_evals_pagination(
    server: EvalsServer, client: httpx.Client, conforms: Any, order: str
) -> None:
    seeded = [e["id"] for e in server.seed_evals(7)]
    expected = seeded if order == "asc" else seeded[::-1]
    ids, pages = _walk(client, "/evals", limit=3, order=order)
    assert ids == expected
    assert [len(p["data"]) for p in pages] == [3, 3, 1]
    assert [p["has_more"] for p in pages] == [True, True, False]
    conforms(client.get("/evals", params={"limit": 3, "order": order}), "/evals", "GET")
    # default page size and order
    default = client.get("/evals").json()
    assert [e["id"] for e in default["data"]] == seeded
    assert default["has_more"] is False


def test_list_evals_empty_page(client: httpx.Client, conforms: Any) -> None:
    response = client.get("/evals")
    conforms(response, "/evals", "GET")
    assert response.json() == {
        "object": "list",
        "data": [],
        "first_id": "",  # required strings in the schema
        "last_id": "",
        "has_more": False,
    }


def test_list_evals_order_by_updated_at(server: EvalsServer, client: httpx.Client) -> None:
    clock = iter(range(1000, 2000))
    server.api.clock = lambda: next(clock)
    first, second, third = (e["id"] for e in server.seed_evals(3))
    client.post(f"/evals/{first}", json={"name": "touched"})
    by_update = client.get("/evals", params={"order_by": "updated_at"}).json()
    assert [e["id"] for e in by_update["data"]] == [second, third, first]
    by_create = client.get("/evals", params={"order_by": "created_at", "order": "desc"}).json()
    assert [e["id"] for e in by_create["data"]] == [third, second, first]


# ---- runs -----------------------------------------------------------------------------------


def test_create_and_get_run(server: EvalsServer, client: httpx.Client, conforms: Any) -> None:
    eval_id = _create_eval(client)["id"]
    response = client.post(
        f"/evals/{eval_id}/runs",
        json={"data_source": COMPLETIONS_SOURCE, "metadata": {"batch": "1"}},
    )
    assert response.status_code == 201
    conforms(response, "/evals/{eval_id}/runs", "POST")
    run = response.json()
    assert re.fullmatch(f"evalrun_{HEX32}", run["id"])
    assert run["object"] == "eval.run"
    assert run["eval_id"] == eval_id
    assert run["status"] == "queued"
    assert run["model"] == run["name"] == "gpt-4o-mini"
    assert run["report_url"].startswith("https://platform.openai.com/evaluations/" + eval_id)
    assert run["result_counts"] == {"total": 0, "errored": 0, "failed": 0, "passed": 0}
    assert run["per_model_usage"] == [] and run["per_testing_criteria_results"] == []
    assert run["error"] == {"code": "", "message": ""}
    assert run["metadata"] == {"batch": "1"}
    assert run["data_source"]["source"] == COMPLETIONS_SOURCE["source"]
    assert run["data_source"]["input_messages"]["template"][1] == {
        "type": "message",
        "role": "user",
        "content": {"type": "input_text", "text": "{{item.input}}"},
    }
    got = client.get(f"/evals/{eval_id}/runs/{run['id']}")
    conforms(got, "/evals/{eval_id}/runs/{run_id}", "GET")
    assert got.json() == run
    assert len(server.get_output_items(run["id"])) == 5


def test_run_name_and_jsonl_defaults(client: httpx.Client) -> None:
    eval_id = _create_eval(client)["id"]
    named = _create_run(client, eval_id, name="my run")
    assert named["name"] == "my run"
    jsonl = client.post(
        f"/evals/{eval_id}/runs",
        json={"data_source": {"type": "jsonl", "source": {"type": "file_id", "id": "file-abc"}}},
    ).json()
    assert jsonl["model"] == ""
    assert jsonl["name"] == "jsonl-run"


@pytest.mark.parametrize("suffix", ["/cancel", ""], ids=["sdk-path", "spec-path"])
def test_cancel_run(client: httpx.Client, conforms: Any, suffix: str) -> None:
    eval_id = _create_eval(client)["id"]
    run_id = _create_run(client, eval_id)["id"]
    response = client.post(f"/evals/{eval_id}/runs/{run_id}{suffix}")
    assert response.status_code == 200
    conforms(response, "/evals/{eval_id}/runs/{run_id}", "POST")
    assert response.json()["status"] == "canceled"
    assert client.get(f"/evals/{eval_id}/runs/{run_id}").json()["status"] == "canceled"
    assert client.post(f"/evals/{eval_id}/runs/{run_id}{suffix}").status_code == 200


def test_cancel_finished_run_is_rejected(server: EvalsServer, client: httpx.Client) -> None:
    eval_id = server.seed_eval()["id"]
    run_id = server.seed_run(eval_id, status="completed")["id"]
    response = client.post(f"/evals/{eval_id}/runs/{run_id}/cancel")
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "run_id"


def test_delete_run(client: httpx.Client, conforms: Any) -> None:
    eval_id = _create_eval(client)["id"]
    run_id = _create_run(client, eval_id)["id"]
    response = client.delete(f"/evals/{eval_id}/runs/{run_id}")
    conforms(response, "/evals/{eval_id}/runs/{run_id}", "DELETE")
    assert response.json() == {"object": "eval.run.deleted", "deleted": True, "run_id": run_id}
    assert client.get(f"/evals/{eval_id}/runs/{run_id}").status_code == 404
    assert client.get(f"/evals/{eval_id}/runs/{run_id}/output_items").status_code == 404


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_list_runs_pagination_and_status_filter(
    server: EvalsServer, client: httpx.Client, conforms: Any, order: str
) -> None:
    eval_id = server.seed_eval()["id"]
    other_eval = server.seed_eval()["id"]
    statuses = ["completed", "queued", "completed", "failed", "completed"]
    run_ids = [server.seed_run(eval_id, status=s, output_items=1)["id"] for s in statuses]
    server.seed_run(other_eval)
    expected = run_ids if order == "asc" else run_ids[::-1]
    ids, pages = _walk(client, f"/evals/{eval_id}/runs", limit=2, order=order)
    assert ids == expected
    assert [p["has_more"] for p in pages] == [True, True, False]
    conforms(client.get(f"/evals/{eval_id}/runs"), "/evals/{eval_id}/runs", "GET")

    completed, _ = _walk(client, f"/evals/{eval_id}/runs", limit=2, order=order, status="completed")
    assert (
        completed
        == [r for r, s in zip(run_ids, statuses) if s == "completed"][
            :: 1 if order == "asc" else -1
        ]
    )
    empty = client.get(f"/evals/{eval_id}/runs", params={"status": "canceled"}).json()
    assert empty["data"] == [] and empty["has_more"] is False


def test_seeded_completed_run_summaries(server: EvalsServer, client: httpx.Client) -> None:
    eval_id = server.seed_eval()["id"]
    run = server.seed_run(eval_id, status="completed", output_items=6)
    assert run["result_counts"] == {"total": 6, "errored": 0, "failed": 2, "passed": 4}
    (usage,) = run["per_model_usage"]
    assert usage["model_name"] == "gpt-4o-mini" and usage["invocation_count"] == 6
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    (criterion,) = run["per_testing_criteria_results"]
    assert criterion["testing_criteria"].startswith("Match ground truth-")
    assert (criterion["passed"], criterion["failed"]) == (4, 2)
    failed = server.set_run_status(run["id"], "failed")
    assert failed["error"] == {"code": "run_failed", "message": "The run failed."}
    assert client.get(f"/evals/{eval_id}/runs/{run['id']}").json()["status"] == "failed"


# ---- output items ---------------------------------------------------------------------------


def test_output_items(server: EvalsServer, client: httpx.Client, conforms: Any) -> None:
    eval_id = _create_eval(client)["id"]
    run_id = _create_run(client, eval_id)["id"]
    path = f"/evals/{eval_id}/runs/{run_id}/output_items"
    listed = client.get(path)
    conforms(listed, "/evals/{eval_id}/runs/{run_id}/output_items", "GET")
    items = listed.json()["data"]
    assert len(items) == 5
    item = items[2]
    assert re.fullmatch(f"outputitem_{HEX32}", item["id"])
    assert item["object"] == "eval.run.output_item"
    assert (item["run_id"], item["eval_id"]) == (run_id, eval_id)
    assert item["datasource_item_id"] == 2
    assert item["datasource_item"] == COMPLETIONS_SOURCE["source"]["content"][0]["item"]
    assert item["status"] == "fail"
    assert [r["passed"] for r in item["results"]] == [False, False]
    assert [r["type"] for r in item["results"]] == ["label_model", "string_check"]
    sample = item["sample"]
    assert sample["input"] == [
        {"role": "developer", "content": "Categorize the headline."},
        {"role": "user", "content": "Central Bank Raises Rates"},
    ]
    assert sample["output"][0]["role"] == "assistant"
    assert (sample["temperature"], sample["max_completion_tokens"], sample["seed"]) == (0.5, 256, 7)
    assert sample["model"] == "gpt-4o-mini" and sample["finish_reason"] == "stop"

    got = client.get(f"{path}/{item['id']}")
    conforms(got, "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}", "GET")
    assert got.json() == item


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_output_items_pagination_and_status(
    server: EvalsServer, client: httpx.Client, order: str
) -> None:
    eval_id = server.seed_eval()["id"]
    run_id = server.seed_run(eval_id, output_items=7)["id"]
    all_ids = [i["id"] for i in server.get_output_items(run_id)]
    path = f"/evals/{eval_id}/runs/{run_id}/output_items"
    step = 1 if order == "asc" else -1
    ids, pages = _walk(client, path, limit=3, order=order)
    assert ids == all_ids[::step]
    assert [len(p["data"]) for p in pages] == [3, 3, 1]
    failed, _ = _walk(client, path, limit=1, order=order, status="fail")
    assert failed == [all_ids[2], all_ids[5]][::step]
    passed, _ = _walk(client, path, limit=2, order=order, status="pass")
    assert len(passed) == 5


# ---- errors ---------------------------------------------------------------------------------


def _assert_error(response: httpx.Response, status: int, param: str | None = None) -> None:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert isinstance(error["message"], str) and error["message"]
    assert error["type"] == "invalid_request_error"
    assert error["param"] == param
    assert re.fullmatch(f"req_{HEX32}", response.headers["x-request-id"])


def test_not_found(server: EvalsServer, client: httpx.Client, conforms: Any) -> None:
    eval_id = server.seed_eval()["id"]
    run_id = server.seed_run(eval_id)["id"]
    other_eval = server.seed_eval()["id"]
    for path in [
        "/evals/eval_missing",
        "/evals/eval_missing/runs",
        f"/evals/{eval_id}/runs/evalrun_missing",
        f"/evals/{other_eval}/runs/{run_id}",  # the run belongs to another eval
        f"/evals/{eval_id}/runs/{run_id}/output_items/outputitem_missing",
        "/evals/eval_missing/runs/x/output_items",
        "/files",
        "/evals/x/runs/y/unknown",
    ]:
        _assert_error(client.get(path), 404)
    response = client.delete("/evals/eval_missing")
    _assert_error(response, 404)
    assert response.json()["error"]["message"] == "Eval with id 'eval_missing' not found."
    unrouted = httpx.get(server.base_url.removesuffix("/v1") + "/evals", headers=AUTH)
    _assert_error(unrouted, 404)  # the /v1 prefix is required


def test_bad_requests(server: EvalsServer, client: httpx.Client) -> None:
    eval_id = server.seed_eval()["id"]
    run_id = server.seed_run(eval_id)["id"]
    post = client.post
    headers = {"content-type": "application/json"}
    _assert_error(post("/evals", content=b"{not json", headers=headers), 400)
    _assert_error(post("/evals", json=["not", "an", "object"]), 400)
    _assert_error(post("/evals"), 400, "data_source_config")
    _assert_error(post("/evals", json={"testing_criteria": []}), 400, "data_source_config")
    _assert_error(
        post("/evals", json={"data_source_config": CUSTOM_CONFIG}), 400, "testing_criteria"
    )
    _assert_error(
        post("/evals", json={"data_source_config": {"type": "custom"}, "testing_criteria": []}),
        400,
        "data_source_config.item_schema",
    )
    _assert_error(
        post("/evals", json={"data_source_config": {"type": "nope"}, "testing_criteria": []}),
        400,
        "data_source_config.type",
    )
    bad_grader = {**STRING_GRADER}
    del bad_grader["reference"]
    _assert_error(
        post(
            "/evals", json={"data_source_config": CUSTOM_CONFIG, "testing_criteria": [bad_grader]}
        ),
        400,
        "testing_criteria[0].reference",
    )
    _assert_error(
        post(
            "/evals",
            json={
                "data_source_config": CUSTOM_CONFIG,
                "testing_criteria": [],
                "metadata": {"k": 1},
            },
        ),
        400,
        "metadata.k",
    )
    _assert_error(post(f"/evals/{eval_id}", json={"name": 3}), 400, "name")
    _assert_error(post(f"/evals/{eval_id}/runs", json={}), 400, "data_source")
    _assert_error(
        post(f"/evals/{eval_id}/runs", json={"data_source": {"type": "jsonl", "source": {}}}),
        400,
        "data_source.source.type",
    )
    get = client.get
    _assert_error(get("/evals", params={"limit": 0}), 400, "limit")
    _assert_error(get("/evals", params={"limit": "ten"}), 400, "limit")
    _assert_error(get("/evals", params={"limit": 101}), 400, "limit")
    _assert_error(get("/evals", params={"order": "sideways"}), 400, "order")
    _assert_error(get("/evals", params={"order_by": "name"}), 400, "order_by")
    _assert_error(get("/evals", params={"after": "eval_unknown"}), 400, "after")
    _assert_error(get(f"/evals/{eval_id}/runs", params={"status": "done"}), 400, "status")
    items = f"/evals/{eval_id}/runs/{run_id}/output_items"
    _assert_error(get(items, params={"status": "failed"}), 400, "status")  # the enum is fail/pass


def test_wrong_method(server: EvalsServer, client: httpx.Client) -> None:
    eval_id = server.seed_eval()["id"]
    run_id = server.seed_run(eval_id)["id"]
    cases = [
        ("PUT", "/evals", "GET, POST"),
        ("DELETE", "/evals", "GET, POST"),
        ("PATCH", f"/evals/{eval_id}", "GET, POST, DELETE"),
        ("GET", f"/evals/{eval_id}/runs/{run_id}/cancel", "POST"),
        ("POST", f"/evals/{eval_id}/runs/{run_id}/output_items", "GET"),
    ]
    for method, path, allow in cases:
        response = client.request(method, path)
        _assert_error(response, 405)
        assert response.headers["allow"] == allow


def test_authentication(server: EvalsServer) -> None:
    url = server.url("/evals")
    missing = httpx.get(url)
    _assert_error(missing, 401)
    assert missing.json()["error"]["code"] is None
    wrong = httpx.get(url, headers={"Authorization": "Bearer sk-wrong-key"})
    _assert_error(wrong, 401)
    assert wrong.json()["error"]["code"] == "invalid_api_key"
    assert "sk-wrong-key" not in wrong.json()["error"]["message"]  # the key is masked
    _assert_error(httpx.get(url, headers={"Authorization": f"Basic {API_KEY}"}), 401)
    assert httpx.get(url, headers={"Authorization": f"bearer {API_KEY}"}).status_code == 200
    assert server.request_count() == 4  # rejected requests are recorded too


def test_auth_can_be_disabled_and_key_configured() -> None:
    with EvalsServer(require_auth=False) as open_server:
        assert httpx.get(open_server.url("/evals")).status_code == 200
    with EvalsServer(api_key="sk-other") as keyed:
        url = keyed.url("/evals")
        assert httpx.get(url, headers=AUTH).status_code == 401
        assert httpx.get(url, headers={"Authorization": "Bearer sk-other"}).status_code == 200


# ---- faults ---------------------------------------------------------------------------------


def test_fault_status_with_headers(server: EvalsServer, client: httpx.Client) -> None:
    rule = server.inject(
        Fault.status(429, retry_after=0, retry_after_ms=5, should_retry=True), times=1
    )
    limited = client.get("/evals")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "0"
    assert limited.headers["retry-after-ms"] == "5"
    assert limited.headers["x-should-retry"] == "true"
    assert limited.json()["error"]["code"] == "rate_limit_exceeded"
    assert re.fullmatch(f"req_{HEX32}", limited.headers["x-request-id"])
    assert client.get("/evals").status_code == 200  # consumed
    assert (rule.hits, rule.remaining, rule.exhausted) == (1, 0, True)
    assert server.pending_faults == []


@pytest.mark.parametrize("status", [408, 409, 500, 503])
def test_fault_status_codes(server: EvalsServer, client: httpx.Client, status: int) -> None:
    server.inject(Fault.status(status, should_retry=False, headers={"x-custom": "1"}))
    response = client.post("/evals", json={})
    assert response.status_code == status
    assert response.headers["x-should-retry"] == "false"
    assert response.headers["x-custom"] == "1"
    assert response.json()["error"]["type"] == (
        "server_error" if status >= 500 else "invalid_request_error"
    )


def test_fault_custom_body(server: EvalsServer, client: httpx.Client) -> None:
    server.inject(Fault.status(400, body={"error": {"message": "custom"}}))
    assert client.get("/evals").json() == {"error": {"message": "custom"}}


def test_fault_matching(server: EvalsServer, client: httpx.Client) -> None:
    eval_id = server.seed_eval()["id"]
    server.inject(Fault.status(500), times=2, method="POST", path_prefix="/evals/")
    assert client.get(f"/evals/{eval_id}").status_code == 200  # wrong method
    assert client.post("/evals", json={}).status_code == 400  # "/evals" lacks the prefix "/evals/"
    assert client.post(f"/evals/{eval_id}", json={}).status_code == 500
    assert client.post(f"/evals/{eval_id}/runs", json={}).status_code == 500
    assert client.post(f"/evals/{eval_id}", json={}).status_code == 200  # times=2 used up

    forever = server.inject(Fault.status(503), times=None, match=lambda r: "x-flaky" in r.headers)
    for _ in range(3):
        assert client.get("/evals", headers={"x-flaky": "1"}).status_code == 503
    assert client.get("/evals").status_code == 200
    assert forever.hits == 3 and forever.remaining is None
    server.clear_faults()
    assert client.get("/evals", headers={"x-flaky": "1"}).status_code == 200


def test_faults_apply_in_order(server: EvalsServer, client: httpx.Client) -> None:
    server.inject(Fault.status(500))
    server.inject(Fault.status(503))
    assert [client.get("/evals").status_code for _ in range(3)] == [500, 503, 200]


def test_fault_malformed(server: EvalsServer, client: httpx.Client) -> None:
    server.inject(Fault.malformed())
    server.inject(Fault.malformed({"unexpected": True}))
    server.inject(Fault.malformed(b"<html>oops</html>", status_code=502, content_type="text/html"))
    broken = client.get("/evals")
    assert broken.status_code == 200
    assert broken.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        broken.json()
    assert client.get("/evals").json() == {"unexpected": True}
    html = client.get("/evals")
    assert (html.status_code, html.headers["content-type"], html.text) == (
        502,
        "text/html",
        "<html>oops</html>",
    )


def test_fault_slow_triggers_read_timeout() -> None:
    with EvalsServer() as server:
        server.seed_eval()
        server.inject(Fault.slow(30), path_prefix="/evals")
        impatient = httpx.Client(base_url=server.base_url, headers=AUTH, timeout=0.2)
        with impatient, pytest.raises(httpx.ReadTimeout):
            impatient.get("/evals")
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=5) as c:
            assert len(c.get("/evals").json()["data"]) == 1  # the server is still responsive
        # Leaving the block stops the server while the slow handler is still waiting: stop()
        # interrupts the wait instead of sleeping out the 30 seconds.


def test_fault_slow_then_normal_answer(server: EvalsServer, client: httpx.Client) -> None:
    server.inject(Fault.slow(0.01))
    assert client.get("/evals").status_code == 200


def test_fault_drop(server: EvalsServer, client: httpx.Client) -> None:
    server.inject(Fault.drop(), method="POST")
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/evals", json={"data_source_config": CUSTOM_CONFIG, "testing_criteria": []})
    assert server.request_count(method="POST") == 1  # the request was read and recorded
    assert server.api.evals == {}  # ... but not executed
    assert client.get("/evals").status_code == 200  # a new connection works


# ---- recording ------------------------------------------------------------------------------


def test_recording(server: EvalsServer, client: httpx.Client) -> None:
    encoded = client.get("/evals/eval%2Fwith%20slash", params={"limit": "2", "x": ["a", "b"]})
    client.post("/evals", json={"name": "n"}, headers={"X-Trace": "t1"})
    client.post("/evals", content=b"not json", headers={"content-type": "application/json"})
    get, post_json, post_raw = server.requests
    assert isinstance(get, RecordedRequest)
    assert get.method == "GET"
    assert get.raw_path == "/v1/evals/eval%2Fwith%20slash?limit=2&x=a&x=b"
    assert get.raw_query == "limit=2&x=a&x=b"
    assert get.path == "/evals/eval/with slash"
    assert get.query == {"limit": ["2"], "x": ["a", "b"]}
    assert get.body == b"" and get.json is None
    assert get.headers["authorization"] == f"Bearer {API_KEY}"
    assert get.header("Authorization") == f"Bearer {API_KEY}"
    # The encoded slash stayed inside one path segment: a 404 for that eval id, not a route miss.
    assert encoded.json()["error"]["message"] == "Eval with id 'eval/with slash' not found."
    assert get.request_id == encoded.headers["x-request-id"]
    assert post_json.json == {"name": "n"}
    assert post_json.headers["x-trace"] == "t1"
    assert post_json.headers["content-type"] == "application/json"
    assert post_raw.body == b"not json" and post_raw.json is None
    assert server.request_count() == 3
    assert server.request_count(method="post") == 2
    assert server.request_count(path_prefix="/evals/") == 1
    assert server.last_request == post_raw
    server.clear_requests()
    assert server.requests == [] and server.request_count() == 0


def test_recording_can_be_switched_off(server: EvalsServer, client: httpx.Client) -> None:
    server.recording = False
    client.get("/evals")
    assert server.requests == []


# ---- state helpers --------------------------------------------------------------------------


def test_reset(server: EvalsServer, client: httpx.Client) -> None:
    eval_id = server.seed_eval()["id"]
    server.seed_run(eval_id)
    server.inject(Fault.status(500), times=None)
    server.reset()
    assert server.pending_faults == [] and server.requests == []
    assert client.get("/evals").json()["data"] == []


def test_noop_mode(server: EvalsServer, client: httpx.Client, conforms: Any) -> None:
    server.set_noop()
    canned = client.get("/evals/anything")
    assert canned.status_code == 200
    conforms(canned, "/evals/{eval_id}", "GET")
    assert canned.json()["id"] == "eval_" + "0" * 32
    assert client.get("/evals/other").content == canned.content
    assert client.get("/evals").json()["data"] == []  # other routes behave normally
    assert httpx.get(server.url("/evals/anything")).status_code == 401  # auth still applies
    server.set_noop(False)
    assert client.get("/evals/anything").status_code == 404


def test_live_nulls() -> None:
    with EvalsServer(live_nulls=True) as server, httpx.Client(headers=AUTH) as c:
        empty = c.get(server.url("/evals")).json()
        assert (empty["first_id"], empty["last_id"]) == (None, None)
        eval_id = server.seed_eval()["id"]
        run = c.post(
            server.url(f"/evals/{eval_id}/runs"), json={"data_source": COMPLETIONS_SOURCE}
        ).json()
        assert run["error"] is None
        assert run["per_model_usage"] is None and run["per_testing_criteria_results"] is None
        items = c.get(server.url(f"/evals/{eval_id}/runs/{run['id']}/output_items")).json()
        assert items["data"][0]["sample"]["error"] is None


def test_concurrent_clients(server: EvalsServer) -> None:
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=5) as c:
                for _ in range(5):
                    eval_id = _create_eval(c)["id"]
                    _create_run(c, eval_id)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(server.api.evals) == 40 and len(server.api.runs) == 40
    with httpx.Client(base_url=server.base_url, headers=AUTH) as c:
        ids, _ = _walk(c, "/evals", limit=100)
    assert len(set(ids)) == 40


# ---- the official SDK -----------------------------------------------------------------------


@pytest.fixture
def sdk(server: EvalsServer) -> Any:
    openai = pytest.importorskip("openai")
    with openai.OpenAI(base_url=server.base_url, api_key=API_KEY, max_retries=0) as c:
        yield c


def _validated(raw: Any) -> Any:
    """Parse a raw SDK response and re-validate its JSON strictly with the SDK's own model."""
    parsed = raw.parse()
    type(parsed).model_validate(raw.http_response.json())
    return parsed


def test_openai_sdk_all_operations(server: EvalsServer, sdk: Any) -> None:
    evals = sdk.evals.with_raw_response
    runs = sdk.evals.runs.with_raw_response
    items = sdk.evals.runs.output_items.with_raw_response

    created = _validated(
        evals.create(
            name="SDK eval",
            data_source_config=CUSTOM_CONFIG,
            testing_criteria=[LABEL_GRADER, STRING_GRADER],
            metadata={"suite": "sdk"},
        )
    )
    assert created.name == "SDK eval" and created.data_source_config.type == "custom"
    assert created.testing_criteria[0].input[0].content.type == "input_text"
    assert _validated(evals.retrieve(created.id)).id == created.id
    assert _validated(evals.update(created.id, name="Renamed")).name == "Renamed"
    server.seed_evals(4)
    listed = sdk.evals.list(limit=2, order="desc", order_by="created_at")
    assert len(list(listed)) == 5  # auto-pagination across three pages

    run = _validated(runs.create(created.id, data_source=COMPLETIONS_SOURCE, name="r1"))
    assert run.status == "queued" and run.data_source.type == "completions"
    assert _validated(runs.retrieve(run.id, eval_id=created.id)).id == run.id
    seeded = server.seed_run(created.id, status="completed")
    assert [r.id for r in sdk.evals.runs.list(created.id, limit=1)] == [run.id, seeded["id"]]
    assert len(list(sdk.evals.runs.list(created.id, status="completed"))) == 1
    assert _validated(runs.cancel(run.id, eval_id=created.id)).status == "canceled"

    output_items = list(sdk.evals.runs.output_items.list(run.id, eval_id=created.id, limit=2))
    assert len(output_items) == 5
    assert (
        len(list(sdk.evals.runs.output_items.list(run.id, eval_id=created.id, status="fail"))) == 1
    )
    item = _validated(items.retrieve(output_items[0].id, eval_id=created.id, run_id=run.id))
    assert item.sample.usage.total_tokens > 0 and item.results[0].passed is True

    assert _validated(runs.delete(run.id, eval_id=created.id)).deleted is True
    deleted = _validated(evals.delete(created.id))
    assert deleted.deleted is True and deleted.eval_id == created.id

    seen = {
        (r.method, re.sub(r"(eval|evalrun|outputitem)_\w+", "{id}", r.path))
        for r in server.requests
    }
    assert seen == {
        ("POST", "/evals"),
        ("GET", "/evals"),
        ("GET", "/evals/{id}"),
        ("POST", "/evals/{id}"),
        ("DELETE", "/evals/{id}"),
        ("POST", "/evals/{id}/runs"),
        ("GET", "/evals/{id}/runs"),
        ("GET", "/evals/{id}/runs/{id}"),
        ("POST", "/evals/{id}/runs/{id}/cancel"),  # the SDK's cancel path
        ("DELETE", "/evals/{id}/runs/{id}"),
        ("GET", "/evals/{id}/runs/{id}/output_items"),
        ("GET", "/evals/{id}/runs/{id}/output_items/{id}"),
    }
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in server.requests)


def test_openai_sdk_errors_and_retries(server: EvalsServer, sdk: Any) -> None:
    import openai

    with pytest.raises(openai.NotFoundError) as not_found:
        sdk.evals.retrieve("no such/id")
    assert server.last_request is not None
    assert server.last_request.raw_path == "/v1/evals/no%20such%2Fid"
    assert not_found.value.request_id == server.last_request.request_id

    server.inject(Fault.status(429, retry_after=0))
    with pytest.raises(openai.RateLimitError):
        sdk.evals.list()

    server.inject(Fault.status(503, retry_after_ms=1), times=2)
    retrying = sdk.with_options(max_retries=2)
    assert retrying.evals.list().data == []
    assert [r.header("x-stainless-retry-count") for r in server.requests[-3:]] == ["0", "1", "2"]

    with pytest.raises(openai.AuthenticationError):
        sdk.with_options(api_key="sk-wrong").evals.list()


def test_openai_sdk_with_live_nulls() -> None:
    """The SDK's lenient parsing accepts the live API's nulls (its strict models do not)."""
    openai = pytest.importorskip("openai")
    with EvalsServer(live_nulls=True) as server:
        eval_id = server.seed_eval()["id"]
        run_id = server.seed_run(eval_id, status="queued")["id"]
        with openai.OpenAI(base_url=server.base_url, api_key=API_KEY, max_retries=0) as sdk:
            run = sdk.evals.runs.retrieve(run_id, eval_id=eval_id)
            assert run.error is None and run.per_model_usage is None
            assert len(list(sdk.evals.runs.output_items.list(run_id, eval_id=eval_id))) == 5
