"""Our client and the official ``openai`` SDK put the same bytes on the wire and read the same data.

For each of the 12 operations the same call, with non-trivial arguments (every query
parameter, nested request bodies), is made once with the SDK and once with
``openai_evals.Client``, against the same server state (the state is snapshotted before the
SDK call and restored before ours, so deletes and cancels see the same thing twice). The test
server records both requests, which must agree on:

- the method and the raw request path (percent-encoding included),
- the query parameters, parsed and compared as a multiset (order does not matter),
- the JSON body, parsed (so whitespace and key order do not matter).

Then the response the SDK received is replayed byte for byte to our client
(``Fault.malformed(body, status_code=...)`` answers with exactly those bytes), and the data the
two clients parsed is compared with each other and with the raw JSON. The comparison is exact:

- ours: ``to_dict()`` writes back every property that was received (unknown ones are kept in
  ``extra``) and nothing that was not (absent fields are ``UNSET`` and left out);
- SDK: ``model_dump(mode="json", by_alias=True, exclude_unset=True)`` gives exactly the
  properties that were received (``exclude_unset``), under their wire names (``by_alias``:
  the SDK renames ``schema`` to ``schema_``), as JSON values (``mode="json"``);
- ours is compared with the raw JSON strictly: both are serialised with
  ``json.dumps(sort_keys=True)``, so ``1`` vs ``1.0`` and ``True`` vs ``1`` (equal under
  Python's ``==``) count as differences, while key order (meaningless in JSON) does not;
- the SDK is compared with the raw JSON (and with ours) by JSON value (``same_json``): the
  same keys, the same strings, booleans only equal to booleans, numbers equal by value.
  pydantic turns integers into floats for the fields the SDK types as ``float``
  (``"top_p": 1`` comes back as ``1.0``, a score model's ``"range": [0, 1]`` as
  ``[0.0, 1.0]``); 1 and 1.0 are the same JSON number, so that is not a difference in the data.

For the list operations the page body is compared (``page.model.to_dict()``; the SDK's page
object keeps ``object``/``first_id``/``last_id`` as extra fields), as well as the items.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import pytest
from openai_evals import Client, NotFoundError, Page

from tests.support import payloads as p
from tests.support.evals_server import EvalsServer, Fault, RecordedRequest

openai = pytest.importorskip("openai")

API_KEY = "sk-test"

pytestmark = pytest.mark.usefixtures("clean_openai_env")


SCORE_GRADER: dict[str, Any] = {
    "type": "score_model",
    "name": "Helpfulness",
    "model": "o4-mini",
    "input": [
        {"role": "system", "content": "Score the answer from 0 to 1."},
        {"role": "user", "content": {"type": "input_text", "text": "{{sample.output_text}}"}},
    ],
    "range": [0, 1],
    "sampling_params": {"temperature": 0.0, "seed": 3},
}

RESPONSES_SOURCE: dict[str, Any] = {
    "type": "responses",
    "model": "gpt-4.1-mini",
    "input_messages": {
        "type": "template",
        "template": [
            {"role": "developer", "content": "Answer in one word."},
            {
                "type": "message",
                "role": "user",
                "content": {"type": "input_text", "text": "{{item.input}}"},
            },
        ],
    },
    "sampling_params": {
        "temperature": 0.2,
        "max_completion_tokens": 64,
        "top_p": 0.9,
        "seed": 11,
        "text": {
            "format": {
                "type": "json_schema",
                "name": "answer",
                "schema": {"type": "object", "properties": {"word": {"type": "string"}}},
                "strict": True,
            }
        },
    },
    "source": {"type": "file_content", "content": p.JSONL_ITEMS},
}


@dataclass(frozen=True)
class Context:
    """Ids of the objects the operation works on (seeded before each operation)."""

    eval_ids: list[str]
    run_ids: list[str]
    item_ids: list[str]

    @property
    def eval_id(self) -> str:
        return self.eval_ids[0]

    @property
    def run_id(self) -> str:
        return self.run_ids[0]


def seed(server: EvalsServer) -> Context:
    evals = server.seed_evals(5, metadata={"owner": "wire"})
    eval_id = evals[0]["id"]
    runs = [
        server.seed_run(eval_id, status="queued", output_items=7, name="queued run"),
        server.seed_run(eval_id, status="completed", output_items=3),
        server.seed_run(eval_id, status="completed", output_items=2),
        server.seed_run(eval_id, status="failed", output_items=1),
    ]
    items = server.get_output_items(runs[0]["id"])
    return Context([e["id"] for e in evals], [r["id"] for r in runs], [i["id"] for i in items])


@dataclass(frozen=True)
class Operation:
    sdk: Callable[[Any, Context], Any]  # (sdk client, context) -> SDK raw response
    ours: Callable[[Any, Context], Any]  # (our client or its with_raw_response, context)
    deterministic: bool = True  # False: the response has fresh ids (creates)


OPERATIONS: dict[str, Operation] = {
    "list_evals": Operation(
        lambda s, c: s.evals.with_raw_response.list(
            after=c.eval_ids[4], limit=2, order="desc", order_by="updated_at"
        ),
        lambda o, c: o.list_evals(
            after=c.eval_ids[4], limit=2, order="desc", order_by="updated_at"
        ),
    ),
    "create_eval": Operation(
        lambda s, c: s.evals.with_raw_response.create(
            name="Wire eval",
            metadata={"team": "evals", "purpose": "wire ✓"},
            data_source_config=p.data(p.CUSTOM_CONFIG),
            testing_criteria=[
                p.data(p.LABEL_GRADER),
                p.data(p.STRING_GRADER),
                p.data(p.TEXT_SIMILARITY_GRADER),
                p.data(p.PYTHON_GRADER),
                p.data(SCORE_GRADER),
            ],
        ),
        lambda o, c: o.create_eval(
            name="Wire eval",
            metadata={"team": "evals", "purpose": "wire ✓"},
            data_source_config=p.data(p.CUSTOM_CONFIG),
            testing_criteria=[
                p.data(p.LABEL_GRADER),
                p.data(p.STRING_GRADER),
                p.data(p.TEXT_SIMILARITY_GRADER),
                p.data(p.PYTHON_GRADER),
                p.data(SCORE_GRADER),
            ],
        ),
        deterministic=False,
    ),
    "get_eval": Operation(
        lambda s, c: s.evals.with_raw_response.retrieve(c.eval_id),
        lambda o, c: o.get_eval(c.eval_id),
    ),
    "update_eval": Operation(
        lambda s, c: s.evals.with_raw_response.update(
            c.eval_id, name="Renamed", metadata={"owner": "someone else", "x": ""}
        ),
        lambda o, c: o.update_eval(
            c.eval_id, name="Renamed", metadata={"owner": "someone else", "x": ""}
        ),
    ),
    "delete_eval": Operation(
        lambda s, c: s.evals.with_raw_response.delete(c.eval_id),
        lambda o, c: o.delete_eval(c.eval_id),
    ),
    "get_eval_runs": Operation(
        lambda s, c: s.evals.runs.with_raw_response.list(
            c.eval_id, after=c.run_ids[3], limit=1, order="desc", status="completed"
        ),
        lambda o, c: o.get_eval_runs(
            c.eval_id, after=c.run_ids[3], limit=1, order="desc", status="completed"
        ),
    ),
    "create_eval_run": Operation(
        lambda s, c: s.evals.runs.with_raw_response.create(
            c.eval_id,
            name="Wire run",
            metadata={"k": "v"},
            data_source=p.data(p.COMPLETIONS_SOURCE),
        ),
        lambda o, c: o.create_eval_run(
            c.eval_id,
            name="Wire run",
            metadata={"k": "v"},
            data_source=p.data(p.COMPLETIONS_SOURCE),
        ),
        deterministic=False,
    ),
    "get_eval_run": Operation(
        lambda s, c: s.evals.runs.with_raw_response.retrieve(c.run_ids[1], eval_id=c.eval_id),
        lambda o, c: o.get_eval_run(c.eval_id, c.run_ids[1]),
    ),
    "cancel_eval_run": Operation(
        lambda s, c: s.evals.runs.with_raw_response.cancel(c.run_id, eval_id=c.eval_id),
        lambda o, c: o.cancel_eval_run(c.eval_id, c.run_id),
    ),
    "delete_eval_run": Operation(
        lambda s, c: s.evals.runs.with_raw_response.delete(c.run_ids[2], eval_id=c.eval_id),
        lambda o, c: o.delete_eval_run(c.eval_id, c.run_ids[2]),
    ),
    "get_eval_run_output_items": Operation(
        lambda s, c: s.evals.runs.output_items.with_raw_response.list(
            c.run_id, eval_id=c.eval_id, after=c.item_ids[0], limit=2, status="pass", order="asc"
        ),
        lambda o, c: o.get_eval_run_output_items(
            c.eval_id, c.run_id, after=c.item_ids[0], limit=2, status="pass", order="asc"
        ),
    ),
    "get_eval_run_output_item": Operation(
        lambda s, c: s.evals.runs.output_items.with_raw_response.retrieve(
            c.item_ids[2], eval_id=c.eval_id, run_id=c.run_id
        ),
        lambda o, c: o.get_eval_run_output_item(c.eval_id, c.run_id, c.item_ids[2]),
    ),
}

# More request shapes for the operations with the richest bodies.
VARIANTS: dict[str, Operation] = {
    "create_eval_run[responses]": Operation(
        lambda s, c: s.evals.runs.with_raw_response.create(
            c.eval_id, data_source=p.data(RESPONSES_SOURCE)
        ),
        lambda o, c: o.create_eval_run(c.eval_id, data_source=p.data(RESPONSES_SOURCE)),
        deterministic=False,
    ),
    "create_eval_run[jsonl]": Operation(
        lambda s, c: s.evals.runs.with_raw_response.create(
            c.eval_id, data_source=p.data(p.JSONL_SOURCE), metadata=None
        ),
        lambda o, c: o.create_eval_run(
            c.eval_id, data_source=p.data(p.JSONL_SOURCE), metadata=None
        ),
        deterministic=False,
    ),
    "create_eval[logs]": Operation(
        lambda s, c: s.evals.with_raw_response.create(
            data_source_config={"type": "logs", "metadata": {"usecase": "chatbot"}},
            testing_criteria=[p.data(p.STRING_GRADER)],
        ),
        lambda o, c: o.create_eval(
            data_source_config={"type": "logs", "metadata": {"usecase": "chatbot"}},
            testing_criteria=[p.data(p.STRING_GRADER)],
        ),
        deterministic=False,
    ),
    "update_eval[metadata only]": Operation(
        lambda s, c: s.evals.with_raw_response.update(c.eval_id, metadata={"a": "1"}),
        lambda o, c: o.update_eval(c.eval_id, metadata={"a": "1"}),
    ),
    "list_evals[no arguments]": Operation(
        lambda s, c: s.evals.with_raw_response.list(),
        lambda o, c: o.list_evals(),
    ),
    "get_eval_run_output_items[desc, fail]": Operation(
        lambda s, c: s.evals.runs.output_items.with_raw_response.list(
            c.run_id, eval_id=c.eval_id, status="fail", order="desc", limit=100
        ),
        lambda o, c: o.get_eval_run_output_items(
            c.eval_id, c.run_id, status="fail", order="desc", limit=100
        ),
    ),
}


# ---- fixtures and helpers --------------------------------------------------------------------


@pytest.fixture(scope="module")
def sdk(_evals_server_session: EvalsServer) -> Iterator[Any]:
    with openai.OpenAI(
        api_key=API_KEY, base_url=_evals_server_session.base_url, max_retries=0
    ) as client:
        yield client


@pytest.fixture(scope="module")
def ours(_evals_server_session: EvalsServer) -> Iterator[Client]:
    with Client(api_key=API_KEY, base_url=_evals_server_session.base_url, max_retries=0) as c:
        yield c


def snapshot(server: EvalsServer) -> Any:
    with server.api.lock:
        return copy.deepcopy((server.api.evals, server.api.runs, server.api._seq))


def restore(server: EvalsServer, state: Any) -> None:
    evals, runs, seq = copy.deepcopy(state)
    with server.api.lock:
        server.api.evals.clear()
        server.api.evals.update(evals)
        server.api.runs.clear()
        server.api.runs.update(runs)
        server.api._seq = seq


def only_request(server: EvalsServer) -> RecordedRequest:
    requests = server.requests
    assert len(requests) == 1, [f"{r.method} {r.raw_path}" for r in requests]
    server.clear_requests()
    return requests[0]


def wire(request: RecordedRequest) -> dict[str, Any]:
    """What must agree: method, raw path, query (as a sorted multiset) and parsed JSON body."""
    raw_path, _, raw_query = request.raw_path.partition("?")
    return {
        "method": request.method,
        "path": raw_path,
        "query": sorted(parse_qsl(raw_query, keep_blank_values=True)),
        "body": json.loads(request.body) if request.body else None,
    }


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def same_json(a: Any, b: Any) -> bool:
    """Equal as JSON values: numbers by value (1 == 1.0), but a boolean is never a number."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def sdk_data(parsed: Any) -> Any:
    return parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)


def ours_data(parsed: Any) -> Any:
    model: Any = parsed.model if isinstance(parsed, Page) else parsed  # EvalList etc.
    return model.to_dict()


def check_operation(server: EvalsServer, sdk: Any, ours: Client, operation: Operation) -> None:
    server.reset()
    context = seed(server)
    before = snapshot(server)

    sdk_response = operation.sdk(sdk, context)
    sdk_request = only_request(server)
    sdk_body = sdk_response.http_response.content
    sdk_parsed = sdk_response.parse()

    restore(server, before)
    our_response = operation.ours(ours.with_raw_response, context)
    our_request = only_request(server)

    # 1. The same request on the wire.
    assert wire(our_request) == wire(sdk_request)
    assert our_request.header("authorization") == sdk_request.header("authorization")
    assert our_request.header("accept") == sdk_request.header("accept") == "application/json"
    if sdk_request.body:
        assert our_request.header("content-type") == sdk_request.header("content-type")

    # 2. The same answer from the server (same state, same request).
    assert our_response.status_code == sdk_response.status_code
    if operation.deterministic:
        assert canonical(our_response.http_response.json()) == canonical(json.loads(sdk_body))

    # 3. The same data parsed from the same bytes.
    server.inject(Fault.malformed(sdk_body, status_code=sdk_response.status_code))
    replayed = operation.ours(ours, context)
    only_request(server)
    raw = json.loads(sdk_body)
    assert canonical(ours_data(replayed)) == canonical(raw)
    assert same_json(sdk_data(sdk_parsed), raw), (sdk_data(sdk_parsed), raw)
    assert same_json(ours_data(replayed), sdk_data(sdk_parsed))
    if isinstance(replayed, Page):
        assert len(replayed.data) == len(sdk_parsed.data)
        for our_item, sdk_item in zip(replayed.data, sdk_parsed.data):
            assert same_json(our_item.to_dict(), sdk_data(sdk_item))
        assert replayed.has_more is sdk_parsed.has_more
    assert server.errors == []


# ---- the tests -------------------------------------------------------------------------------


def test_every_operation_is_covered() -> None:
    methods = {
        name
        for name in dir(Client)
        if not name.startswith("_")
        and name not in {"with_options", "with_raw_response", "close", "api_key"}
        and callable(getattr(Client, name))
    }
    assert methods == set(OPERATIONS)


@pytest.mark.parametrize("name", OPERATIONS)
def test_operation_matches_the_sdk(
    evals_server: EvalsServer, sdk: Any, ours: Client, name: str
) -> None:
    check_operation(evals_server, sdk, ours, OPERATIONS[name])


@pytest.mark.parametrize("name", VARIANTS)
def test_variant_matches_the_sdk(
    evals_server: EvalsServer, sdk: Any, ours: Client, name: str
) -> None:
    check_operation(evals_server, sdk, ours, VARIANTS[name])


def test_next_page_requests_match_the_sdk(
    evals_server: EvalsServer, sdk: Any, ours: Client
) -> None:
    """Auto-pagination asks for the next page the same way (``after`` = the last item's id)."""
    context = seed(evals_server)
    evals_server.clear_requests()
    sdk_ids = [
        item.id
        for item in sdk.evals.runs.output_items.list(
            context.run_id, eval_id=context.eval_id, limit=3, order="desc"
        )
    ]
    sdk_requests = [wire(r) for r in evals_server.requests]
    evals_server.clear_requests()
    our_ids = [
        item.id
        for item in ours.get_eval_run_output_items(
            context.eval_id, context.run_id, limit=3, order="desc"
        )
    ]
    assert [wire(r) for r in evals_server.requests] == sdk_requests
    assert our_ids == sdk_ids == context.item_ids[::-1]
    assert len(sdk_requests) == 3


ENCODED_ALIKE = ["a b/c?d#e%", "é~._-", "eval_ÿ\u20ac", "100%25", "..."]


@pytest.mark.parametrize("value", ENCODED_ALIKE)
def test_path_parameters_are_encoded_like_the_sdk(
    evals_server: EvalsServer, sdk: Any, ours: Client, value: str
) -> None:
    with pytest.raises(openai.NotFoundError):
        sdk.evals.runs.retrieve(value, eval_id=value)
    sdk_request = only_request(evals_server)
    with pytest.raises(NotFoundError):
        ours.get_eval_run(value, value)
    assert only_request(evals_server).raw_path == sdk_request.raw_path


SUB_DELIMS = ["a:b", "a@b", "a+b", "a!$&'()*,;=b"]


@pytest.mark.parametrize("value", SUB_DELIMS)
def test_path_parameters_with_sub_delimiters(
    evals_server: EvalsServer, sdk: Any, ours: Client, value: str
) -> None:
    """A known, harmless difference: the SDK leaves RFC 3986 sub-delims, ``:`` and ``@`` as they
    are in a path segment (they are allowed there), ours encodes everything but the unreserved
    characters. Both name the same resource: the server decodes both to the same path."""
    with pytest.raises(openai.NotFoundError):
        sdk.evals.retrieve(value)
    sdk_request = only_request(evals_server)
    with pytest.raises(NotFoundError):
        ours.get_eval(value)
    our_request = only_request(evals_server)
    assert our_request.path == sdk_request.path == f"/evals/{value}"
    assert our_request.raw_path != sdk_request.raw_path  # documented difference, see the report


def test_extra_body_on_a_get_is_not_sent_like_the_sdk(
    evals_server: EvalsServer, sdk: Any, ours: Client
) -> None:
    eval_id = evals_server.seed_eval()["id"]
    sdk.evals.retrieve(eval_id, extra_body={"x": 1})
    sdk_request = only_request(evals_server)
    ours.get_eval(eval_id, extra_body={"x": 1})
    our_request = only_request(evals_server)
    assert wire(our_request) == wire(sdk_request)


NESTED_QUERY: dict[str, Any] = {
    "filter": {"a": 1, "b": [True, None, "x"], "c": None, "d": {"e": False}},
    "tags": ["t1", None, {"k": "v"}],
    "skip": None,
}


def test_nested_extra_query_is_encoded_like_the_sdk(
    evals_server: EvalsServer, sdk: Any, ours: Client
) -> None:
    sdk.evals.list(extra_query=NESTED_QUERY)
    sdk_request = only_request(evals_server)
    ours.list_evals(extra_query=NESTED_QUERY)
    our_request = only_request(evals_server)
    assert wire(our_request) == wire(sdk_request)
    assert ("filter[d][e]", "false") in wire(our_request)["query"]  # not a Python repr


def test_a_cursor_in_extra_query_gives_way_to_the_next_page_like_the_sdk(
    evals_server: EvalsServer, sdk: Any, ours: Client
) -> None:
    """``extra_query={"after": ...}`` starts the listing there; later pages go on from the
    page before them, not from that same cursor again."""
    context = seed(evals_server)
    start = context.item_ids[0]
    evals_server.clear_requests()
    sdk_ids = [
        item.id
        for item in sdk.evals.runs.output_items.list(
            context.run_id,
            eval_id=context.eval_id,
            limit=2,
            order="asc",
            extra_query={"after": start},
        )
    ]
    sdk_requests = [wire(r) for r in evals_server.requests]
    evals_server.clear_requests()
    our_ids = [
        item.id
        for item in ours.get_eval_run_output_items(
            context.eval_id, context.run_id, limit=2, order="asc", extra_query={"after": start}
        )
    ]
    assert [wire(r) for r in evals_server.requests] == sdk_requests
    assert our_ids == sdk_ids == context.item_ids[1:]
    assert len(sdk_requests) > 1


def test_same_json_is_strict_where_it_matters() -> None:
    assert same_json({"a": [1, 2.5, None, "x"]}, {"a": [1.0, 2.5, None, "x"]})
    assert not same_json({"a": True}, {"a": 1})
    assert not same_json({"a": 0}, {"a": False})
    assert not same_json({"a": 1}, {"a": 1, "b": None})  # an extra key, even null
    assert not same_json({"a": "1"}, {"a": 1})
    assert not same_json([1, 2], [2, 1])
    assert canonical({"b": 1, "a": 2}) == canonical({"a": 2, "b": 1})
    assert canonical({"a": 1}) != canonical({"a": 1.0})
