"""An in-memory OpenAI Evals API, served over real HTTP on 127.0.0.1 for client tests.

Standard library only. Typical use::

    with EvalsServer() as server:
        client = make_client(base_url=server.base_url, api_key="sk-test")
        server.inject(Fault.status(429, retry_after_ms=1), times=1, method="GET")
        ...
        assert server.request_count(method="GET", path_prefix="/evals") == 2

What it implements (paths are relative to ``server.base_url``, which ends in ``/v1``):

    GET    /evals                                               listEvals       200 EvalList
    POST   /evals                                               createEval      201 Eval
    GET    /evals/{eval_id}                                     getEval         200 Eval
    POST   /evals/{eval_id}                                     updateEval      200 Eval
    DELETE /evals/{eval_id}                                     deleteEval      200 {object: eval.deleted}
    GET    /evals/{eval_id}/runs                                getEvalRuns     200 EvalRunList
    POST   /evals/{eval_id}/runs                                createEvalRun   201 EvalRun
    GET    /evals/{eval_id}/runs/{run_id}                       getEvalRun      200 EvalRun
    POST   /evals/{eval_id}/runs/{run_id}                       cancelEvalRun   200 EvalRun (spec path)
    POST   /evals/{eval_id}/runs/{run_id}/cancel                cancelEvalRun   200 EvalRun (SDK path)
    DELETE /evals/{eval_id}/runs/{run_id}                       deleteEvalRun   200 {object: eval.run.deleted}
    GET    /evals/{eval_id}/runs/{run_id}/output_items          getEvalRunOutputItems  200 list
    GET    /evals/{eval_id}/runs/{run_id}/output_items/{id}     getEvalRunOutputItem   200 item

Responses follow the upstream schemas (openai-openapi 2026-08-21): every required property is
present with the declared type. Where the live API is known to send ``null`` for a property the
schema declares as a non-nullable string/object/array (``EvalRun.error``,
``EvalRun.per_model_usage``, ``EvalRun.per_testing_criteria_results``, the output item's
``sample.error`` and the ``first_id``/``last_id`` of an empty list), the server sends a
schema-valid value by default; ``EvalsServer(live_nulls=True)`` sends ``null`` instead.

Errors use the OpenAI envelope ``{"error": {"message", "type", "param", "code"}}``, and every
response carries an ``x-request-id: req_<32 hex>`` header.
"""

from __future__ import annotations

import copy
import json
import re
import socket
import socketserver
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

if TYPE_CHECKING:  # annotations only: nothing outside the standard library at run time
    from typing_extensions import Self

__all__ = [
    "ApiError",
    "EvalsApi",
    "EvalsServer",
    "Fault",
    "FaultRule",
    "RecordedRequest",
]

API_PREFIX = "/v1"
MAX_PAGE_LIMIT = 100

# --------------------------------------------------------------------------------------------
# Recording and faults
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it.

    ``raw_path`` is the request-target exactly as it appeared on the request line (including
    the ``/v1`` prefix, percent-encoding and any ``?query``); ``path`` is the percent-decoded
    path without ``/v1`` and without the query. ``headers`` has lower-cased names (repeated
    headers are joined with ``", "``). ``json`` is the parsed body, or None when the body is
    empty or is not valid JSON. ``request_id`` is the ``x-request-id`` sent back to the client.
    """

    method: str
    path: str
    raw_path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    json: Any
    request_id: str = ""
    received_at: float = 0.0  # time.monotonic() when the request was read
    connection_id: int = 0  # 1, 2, ... per accepted TCP connection: equal ids = reused connection

    @property
    def raw_query(self) -> str:
        """The query string exactly as sent (without ``?``), or ``""``."""
        return self.raw_path.partition("?")[2]

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)


_DEFAULT_ERROR_MESSAGES = {
    400: "Bad request.",
    401: "Unauthorized.",
    403: "Forbidden.",
    404: "Not found.",
    408: "Request timed out.",
    409: "The resource was modified concurrently; please retry.",
    422: "Unprocessable entity.",
    429: "Rate limit reached for requests.",
    500: "The server had an error while processing your request. Sorry about that!",
    502: "Bad gateway.",
    503: "The engine is currently overloaded, please try again later.",
    504: "Gateway timeout.",
}


def _default_error_type(status: int) -> str:
    if status == 429:
        return "requests"
    if status >= 500:
        return "server_error"
    return "invalid_request_error"


def _error_body(
    message: str, error_type: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": error_type, "param": param, "code": code}}


@dataclass(frozen=True)
class Fault:
    """A misbehaviour the server performs instead of (or before) its normal answer.

    Build one with a constructor and hand it to :meth:`EvalsServer.inject`:

    - ``Fault.status(503, retry_after_ms=1, should_retry=True)`` — answer with that status, an
      OpenAI-style error body (or ``body=``) and extra ``headers``.
    - ``Fault.malformed(b"{not json")`` — answer 200 (or ``status_code=``) with arbitrary bytes;
      a dict/list ``body`` is JSON-encoded (valid JSON of the wrong shape).
    - ``Fault.slow(5.0)`` — wait that long server-side, then answer normally. The wait is cut
      short by :meth:`EvalsServer.stop`, in which case the connection is closed unanswered.
    - ``Fault.drop()`` — read the request, then close the connection without any response.
    """

    kind: str  # "status" | "malformed" | "slow" | "drop"
    status_code: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    delay: float = 0.0

    @classmethod
    def status(
        cls,
        status_code: int,
        *,
        message: str | None = None,
        error_type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        body: bytes | str | Mapping[str, Any] | list[Any] | None = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | str | None = None,
        retry_after_ms: float | str | None = None,
        should_retry: bool | None = None,
    ) -> Fault:
        """An HTTP error (or any status) with an OpenAI error body unless ``body`` is given.

        ``retry_after`` / ``retry_after_ms`` set the ``retry-after`` / ``retry-after-ms``
        headers; ``should_retry`` sets ``x-should-retry: true|false``. ``headers`` are added
        last and win over the defaults (including ``content-type`` and ``x-request-id``).
        """
        if body is None:
            text = message or _DEFAULT_ERROR_MESSAGES.get(status_code) or _phrase(status_code)
            if code is None and status_code == 429:
                code = "rate_limit_exceeded"
            payload = _error_body(text, error_type or _default_error_type(status_code), param, code)
            raw = _dumps(payload)
        else:
            raw = _to_bytes(body)
        extra: list[tuple[str, str]] = []
        if retry_after is not None:
            extra.append(("retry-after", _num(retry_after)))
        if retry_after_ms is not None:
            extra.append(("retry-after-ms", _num(retry_after_ms)))
        if should_retry is not None:
            extra.append(("x-should-retry", "true" if should_retry else "false"))
        extra.extend((headers or {}).items())
        return cls("status", status_code=status_code, headers=tuple(extra), body=raw)

    @classmethod
    def malformed(
        cls,
        body: bytes | str | Mapping[str, Any] | list[Any] = b'{"object": "list", "data": [',
        *,
        status_code: int = 200,
        content_type: str = "application/json",
        headers: Mapping[str, str] | None = None,
    ) -> Fault:
        """A response whose body is not what the client expects (default: truncated JSON)."""
        extra = [("content-type", content_type), *(headers or {}).items()]
        return cls("malformed", status_code=status_code, headers=tuple(extra), body=_to_bytes(body))

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Delay the normal answer by ``seconds`` (interruptible by ``stop()``)."""
        return cls("slow", delay=float(seconds))

    @classmethod
    def drop(cls) -> Fault:
        """Close the connection after reading the request, sending nothing."""
        return cls("drop")


@dataclass
class FaultRule:
    """An injected fault plus its matching conditions; returned by ``EvalsServer.inject``.

    ``times=None`` means "every matching request until cleared". ``hits`` counts how many
    requests the rule has been applied to.
    """

    fault: Fault
    times: int | None = 1
    method: str | None = None
    path_prefix: str | None = None
    match: Callable[[RecordedRequest], bool] | None = None
    hits: int = 0

    @property
    def remaining(self) -> int | None:
        return None if self.times is None else max(self.times - self.hits, 0)

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times

    def matches(self, request: RecordedRequest) -> bool:
        if self.exhausted:
            return False
        if self.method is not None and request.method != self.method.upper():
            return False
        if self.path_prefix is not None and not request.path.startswith(self.path_prefix):
            return False
        return self.match is None or bool(self.match(request))


# --------------------------------------------------------------------------------------------
# The API itself (transport-independent)
# --------------------------------------------------------------------------------------------


class ApiError(Exception):
    """Raised by an operation; rendered as an OpenAI error response."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        error_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.error_type = error_type or _default_error_type(status)
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return _error_body(self.message, self.error_type, self.param, self.code)


@dataclass
class _Call:
    """What an operation handler gets: path parameters, query and parsed JSON body."""

    params: dict[str, str]
    query: dict[str, list[str]]
    body: Any


@dataclass
class _EvalRecord:
    obj: dict[str, Any]  # the Eval, in response form
    seq: int
    updated_at: int
    updated_seq: int
    # Graders are reported in runs/output items by an id of the form "<name>-<uuid>", like the
    # live API does; the Eval schema has no place for it, so it is kept on the side.
    criteria_ids: list[str]


@dataclass
class _RunRecord:
    obj: dict[str, Any]  # the EvalRun, in response form
    seq: int
    items: dict[str, dict[str, Any]] = field(default_factory=dict)  # insertion-ordered


# (path template, {method: operation name}); "{x}" segments are path parameters.
ROUTES: list[tuple[tuple[str, ...], dict[str, str]]] = [
    (("evals",), {"GET": "list_evals", "POST": "create_eval"}),
    (("evals", "{eval_id}"), {"GET": "get_eval", "POST": "update_eval", "DELETE": "delete_eval"}),
    (("evals", "{eval_id}", "runs"), {"GET": "list_runs", "POST": "create_run"}),
    (
        ("evals", "{eval_id}", "runs", "{run_id}"),
        # The spec puts cancelEvalRun on POST of the run itself; the SDK (and the spec's own
        # curl example) use .../cancel. Both are served.
        {"GET": "get_run", "POST": "cancel_run", "DELETE": "delete_run"},
    ),
    (("evals", "{eval_id}", "runs", "{run_id}", "cancel"), {"POST": "cancel_run"}),
    (("evals", "{eval_id}", "runs", "{run_id}", "output_items"), {"GET": "list_output_items"}),
    (
        ("evals", "{eval_id}", "runs", "{run_id}", "output_items", "{output_item_id}"),
        {"GET": "get_output_item"},
    ),
]

# Operations that take a JSON request body.
_BODY_OPERATIONS = {"create_eval", "update_eval", "create_run"}

_DATA_SOURCE_CONFIG_TYPES = ("custom", "logs", "stored_completions")
_RUN_DATA_SOURCE_SOURCES = {
    "jsonl": ("file_content", "file_id"),
    "completions": ("file_content", "file_id", "stored_completions"),
    "responses": ("file_content", "file_id", "responses"),
}
# Required properties of each grader in CreateEvalRequest.testing_criteria.
_GRADER_REQUIRED = {
    "label_model": ("name", "model", "input", "labels", "passing_labels"),
    "string_check": ("name", "input", "reference", "operation"),
    "text_similarity": ("name", "input", "reference", "evaluation_metric", "pass_threshold"),
    "python": ("name", "source"),
    "score_model": ("name", "model", "input"),
}
_RUN_STATUSES = ("queued", "in_progress", "completed", "canceled", "failed")
_OUTPUT_ITEM_STATUSES = ("fail", "pass")

_SAMPLE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "model": {"type": "string"},
        "choices": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "message": {
                        "type": "object",
                        "properties": {
                            "role": {"type": "string", "enum": ["assistant"]},
                            "content": {"type": ["string", "null"]},
                        },
                        "required": ["role", "content"],
                    },
                    "finish_reason": {"type": "string"},
                },
                "required": ["message", "finish_reason"],
            },
        },
        "output_text": {"type": "string"},
    },
    "required": ["model", "choices"],
}

_HEADLINES = [
    ("Tech Company Launches Advanced Artificial Intelligence Platform", "Technology"),
    ("Central Bank Increases Interest Rates Amid Inflation Concerns", "Markets"),
    ("International Summit Addresses Climate Change Strategies", "World"),
    ("Major Retailer Reports Record-Breaking Holiday Sales", "Business"),
    ("National Team Qualifies for World Championship Finals", "Sports"),
]
_DEFAULT_SAMPLE_MODEL = "gpt-4o-mini"
_TEMPLATE_VAR = re.compile(r"\{\{\s*item\.([A-Za-z0-9_]+)\s*\}\}")


def _new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex}"


class EvalsApi:
    """The in-memory Evals API: state plus one method per operation.

    Operation methods take a :class:`_Call` and return ``(status, json_object)`` or raise
    :class:`ApiError`. The caller (``EvalsServer``) holds ``self.lock`` around each call and
    around serialising its result, so objects in the store may be shared with the result.
    """

    def __init__(
        self,
        *,
        output_items_per_run: int = 5,
        live_nulls: bool = False,
        clock: Callable[[], int] | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.output_items_per_run = output_items_per_run
        self.live_nulls = live_nulls
        self.clock = clock or (lambda: int(time.time()))
        self.evals: dict[str, _EvalRecord] = {}
        self.runs: dict[str, _RunRecord] = {}
        self._seq = 0

    def reset(self) -> None:
        with self.lock:
            self.evals.clear()
            self.runs.clear()
            self._seq = 0

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    # ---- evals -----------------------------------------------------------------------------

    def list_evals(self, call: _Call) -> tuple[int, Any]:
        after, limit, order = _list_params(call.query)
        order_by = _enum_param(call.query, "order_by", ("created_at", "updated_at"), "created_at")
        if order_by == "updated_at":
            records = sorted(self.evals.values(), key=lambda r: (r.updated_at, r.updated_seq))
        else:
            records = sorted(self.evals.values(), key=lambda r: (r.obj["created_at"], r.seq))
        objs = [r.obj for r in records]
        if order == "desc":
            objs.reverse()
        return 200, self._page(objs, after, limit)

    def create_eval(self, call: _Call) -> tuple[int, Any]:
        body = _require_object_body(call.body)
        return 201, self.add_eval(body).obj

    def get_eval(self, call: _Call) -> tuple[int, Any]:
        return 200, self._eval(call.params["eval_id"]).obj

    def update_eval(self, call: _Call) -> tuple[int, Any]:
        record = self._eval(call.params["eval_id"])
        body = _require_object_body(call.body)
        name = body.get("name")
        if "name" in body and not isinstance(name, str):
            raise ApiError(400, "Invalid type for 'name': expected a string.", param="name")
        metadata = _metadata(body, "metadata") if "metadata" in body else None
        updated = dict(record.obj)  # copy-on-write: earlier responses keep their snapshot
        if isinstance(name, str):
            updated["name"] = name
        if "metadata" in body:
            updated["metadata"] = metadata if metadata is not None else {}
        record.obj = updated
        record.updated_at = self.clock()
        record.updated_seq = self._next_seq()
        return 200, updated

    def delete_eval(self, call: _Call) -> tuple[int, Any]:
        eval_id = call.params["eval_id"]
        self._eval(eval_id)
        del self.evals[eval_id]
        for run_id in [rid for rid, r in self.runs.items() if r.obj["eval_id"] == eval_id]:
            del self.runs[run_id]
        return 200, {"object": "eval.deleted", "deleted": True, "eval_id": eval_id}

    # ---- runs ------------------------------------------------------------------------------

    def list_runs(self, call: _Call) -> tuple[int, Any]:
        eval_id = call.params["eval_id"]
        self._eval(eval_id)
        after, limit, order = _list_params(call.query)
        status = _enum_param(call.query, "status", _RUN_STATUSES, None)
        objs = self._ordered([r for r in self.runs.values() if r.obj["eval_id"] == eval_id], order)
        return 200, self._page(objs, after, limit, status)

    def create_run(self, call: _Call) -> tuple[int, Any]:
        record = self._eval(call.params["eval_id"])
        body = _require_object_body(call.body)
        run = self.add_run(record, body, status="queued")
        return 201, run.obj

    def get_run(self, call: _Call) -> tuple[int, Any]:
        return 200, self._run(call.params["eval_id"], call.params["run_id"]).obj

    def cancel_run(self, call: _Call) -> tuple[int, Any]:
        run = self._run(call.params["eval_id"], call.params["run_id"])
        status = run.obj["status"]
        if status in ("completed", "failed"):
            raise ApiError(
                400,
                f"Run '{run.obj['id']}' has already {status} and cannot be canceled.",
                param="run_id",
            )
        if status != "canceled":
            run.obj = {**run.obj, "status": "canceled"}
        return 200, run.obj

    def delete_run(self, call: _Call) -> tuple[int, Any]:
        run = self._run(call.params["eval_id"], call.params["run_id"])
        del self.runs[run.obj["id"]]
        return 200, {"object": "eval.run.deleted", "deleted": True, "run_id": run.obj["id"]}

    # ---- output items ----------------------------------------------------------------------

    def list_output_items(self, call: _Call) -> tuple[int, Any]:
        run = self._run(call.params["eval_id"], call.params["run_id"])
        after, limit, order = _list_params(call.query)
        status = _enum_param(call.query, "status", _OUTPUT_ITEM_STATUSES, None)
        objs = list(run.items.values())  # created in order; all share the run's timestamp
        if order == "desc":
            objs.reverse()
        return 200, self._page(objs, after, limit, status)

    def get_output_item(self, call: _Call) -> tuple[int, Any]:
        run = self._run(call.params["eval_id"], call.params["run_id"])
        item_id = call.params["output_item_id"]
        item = run.items.get(item_id)
        if item is None:
            raise ApiError(
                404,
                f"Output item with id '{item_id}' not found for run '{run.obj['id']}'.",
            )
        return 200, item

    # ---- building and seeding (also used by EvalsServer's helpers) -------------------------

    def add_eval(self, body: Mapping[str, Any], *, created_at: int | None = None) -> _EvalRecord:
        """Validate a CreateEvalRequest and store the resulting Eval."""
        if "data_source_config" not in body:
            raise ApiError(
                400,
                "Missing required parameter: 'data_source_config'.",
                param="data_source_config",
                code="missing_required_parameter",
            )
        if "testing_criteria" not in body:
            raise ApiError(
                400,
                "Missing required parameter: 'testing_criteria'.",
                param="testing_criteria",
                code="missing_required_parameter",
            )
        config = _data_source_config_response(body["data_source_config"])
        criteria = _testing_criteria_response(body["testing_criteria"])
        name = body.get("name", "")
        if not isinstance(name, str):
            raise ApiError(400, "Invalid type for 'name': expected a string.", param="name")
        metadata = _metadata(body, "metadata")
        now = self.clock() if created_at is None else created_at
        obj: dict[str, Any] = {
            "object": "eval",
            "id": _new_id("eval"),
            "name": name,
            "data_source_config": config,
            "testing_criteria": criteria,
            "created_at": now,
            "metadata": metadata if metadata is not None else {},
        }
        seq = self._next_seq()
        record = _EvalRecord(
            obj=obj,
            seq=seq,
            updated_at=now,
            updated_seq=seq,
            criteria_ids=[f"{c.get('name', c['type'])}-{uuid.uuid4()}" for c in criteria],
        )
        self.evals[obj["id"]] = record
        return record

    def add_run(
        self,
        record: _EvalRecord,
        body: Mapping[str, Any],
        *,
        status: str,
        output_items: int | None = None,
        created_at: int | None = None,
    ) -> _RunRecord:
        """Validate a CreateEvalRunRequest, store the EvalRun and seed its output items."""
        if "data_source" not in body:
            raise ApiError(
                400,
                "Missing required parameter: 'data_source'.",
                param="data_source",
                code="missing_required_parameter",
            )
        data_source = _run_data_source_response(body["data_source"])
        name = body.get("name")
        if name is not None and not isinstance(name, str):
            raise ApiError(400, "Invalid type for 'name': expected a string.", param="name")
        metadata = _metadata(body, "metadata")
        model = data_source.get("model")
        model = model if isinstance(model, str) else ""
        eval_id = record.obj["id"]
        run_id = _new_id("evalrun")
        now = self.clock() if created_at is None else created_at
        obj = {
            "object": "eval.run",
            "id": run_id,
            "eval_id": eval_id,
            "report_url": f"https://platform.openai.com/evaluations/{eval_id}?run_id={run_id}",
            "status": status,
            "model": model,
            "name": name or model or f"{data_source['type']}-run",
            "created_at": now,
            "result_counts": {"total": 0, "errored": 0, "failed": 0, "passed": 0},
            "per_model_usage": None if self.live_nulls else [],
            "per_testing_criteria_results": None if self.live_nulls else [],
            "data_source": data_source,
            "error": self._no_error(),
            "metadata": metadata if metadata is not None else {},
        }
        run = _RunRecord(obj=obj, seq=self._next_seq())
        count = self.output_items_per_run if output_items is None else output_items
        for index in range(count):
            item = self._output_item(record, obj, index)
            run.items[item["id"]] = item
        self.runs[run_id] = run
        if status in ("completed", "failed"):
            self.finish_run(run, status)
        return run

    def finish_run(
        self, run: _RunRecord, status: str, error: Mapping[str, str] | None = None
    ) -> None:
        """Set a run's status; for completed/failed runs, fill in its result summaries."""
        obj = dict(run.obj, status=status)
        if status in ("completed", "failed"):
            record = self.evals.get(obj["eval_id"])
            criteria_ids = record.criteria_ids if record else []
            items = list(run.items.values())
            passed = sum(1 for i in items if i["status"] == "pass")
            obj["result_counts"] = {
                "total": len(items),
                "errored": 0,
                "failed": len(items) - passed,
                "passed": passed,
            }
            usages = [i["sample"]["usage"] for i in items]
            obj["per_model_usage"] = [
                {
                    "model_name": obj["model"] or _DEFAULT_SAMPLE_MODEL,
                    "invocation_count": len(items),
                    "prompt_tokens": sum(u["prompt_tokens"] for u in usages),
                    "completion_tokens": sum(u["completion_tokens"] for u in usages),
                    "total_tokens": sum(u["total_tokens"] for u in usages),
                    "cached_tokens": sum(u["cached_tokens"] for u in usages),
                }
            ]
            if not items:
                obj["per_model_usage"] = None if self.live_nulls else []
            results = [r for i in items for r in i["results"]]
            obj["per_testing_criteria_results"] = [
                {
                    "testing_criteria": cid,
                    "passed": sum(1 for r in results if r["name"] == cid and r["passed"]),
                    "failed": sum(1 for r in results if r["name"] == cid and not r["passed"]),
                }
                for cid in criteria_ids
            ]
        if status == "failed":
            obj["error"] = dict(error or {"code": "run_failed", "message": "The run failed."})
        elif error is not None:
            obj["error"] = dict(error)
        run.obj = obj

    def _no_error(self) -> dict[str, str] | None:
        # EvalApiError is required and not nullable in the spec; the live API sends null.
        return None if self.live_nulls else {"code": "", "message": ""}

    def _output_item(
        self, record: _EvalRecord, run: Mapping[str, Any], index: int
    ) -> dict[str, Any]:
        data_source = run["data_source"]
        source = data_source.get("source") or {}
        content = source.get("content") if source.get("type") == "file_content" else None
        if isinstance(content, list) and content:
            datasource_item = copy.deepcopy(content[index % len(content)]["item"])
        else:
            headline, topic = _HEADLINES[index % len(_HEADLINES)]
            datasource_item = {"input": headline, "ground_truth": topic}
        passed = index % 3 != 2  # a deterministic mix: items 2, 5, 8, ... fail
        expected = str(datasource_item.get("ground_truth", "Technology"))
        answer = expected if passed else ("World" if expected != "World" else "Sports")
        sampling = data_source.get("sampling_params") or {}
        prompt_tokens = 40 + 3 * index
        results = [
            {
                "name": criterion_id,
                "type": criterion["type"],
                "score": 1.0 if passed else 0.0,
                "passed": passed,
                "sample": None,
            }
            for criterion_id, criterion in zip(record.criteria_ids, record.obj["testing_criteria"])
        ]
        return {
            "object": "eval.run.output_item",
            "id": _new_id("outputitem"),
            "run_id": run["id"],
            "eval_id": run["eval_id"],
            "created_at": run["created_at"],
            "status": "pass" if passed else "fail",
            "datasource_item_id": index,
            "datasource_item": datasource_item,
            "results": results,
            "sample": {
                "input": _sample_input(data_source, datasource_item),
                "output": [{"role": "assistant", "content": answer}],
                "finish_reason": "stop",
                "model": run["model"] or _DEFAULT_SAMPLE_MODEL,
                "usage": {
                    "total_tokens": prompt_tokens + 2,
                    "completion_tokens": 2,
                    "prompt_tokens": prompt_tokens,
                    "cached_tokens": 0,
                },
                "error": self._no_error(),
                "temperature": float(_number(sampling.get("temperature"), 1.0)),
                "max_completion_tokens": int(
                    _number(
                        sampling.get(
                            "max_completion_tokens", sampling.get("max_completions_tokens")
                        ),
                        2048,
                    )
                ),
                "top_p": float(_number(sampling.get("top_p"), 1.0)),
                "seed": int(_number(sampling.get("seed"), 42)),
            },
        }

    # ---- lookups and lists -----------------------------------------------------------------

    def _eval(self, eval_id: str) -> _EvalRecord:
        record = self.evals.get(eval_id)
        if record is None:
            raise ApiError(404, f"Eval with id '{eval_id}' not found.")
        return record

    def _run(self, eval_id: str, run_id: str) -> _RunRecord:
        self._eval(eval_id)
        run = self.runs.get(run_id)
        if run is None or run.obj["eval_id"] != eval_id:
            raise ApiError(404, f"Run with id '{run_id}' not found for eval '{eval_id}'.")
        return run

    @staticmethod
    def _ordered(runs: list[_RunRecord], order: str) -> list[dict[str, Any]]:
        objs = [r.obj for r in sorted(runs, key=lambda r: (r.obj["created_at"], r.seq))]
        if order == "desc":
            objs.reverse()
        return objs

    def _page(
        self,
        objs: list[dict[str, Any]],
        after: str | None,
        limit: int,
        status: str | None = None,
    ) -> dict[str, Any]:
        """One page of a cursor-paginated list.

        ``after`` is looked up in the unfiltered ordering (so a status filter may change
        between pages); an unknown cursor is a 400.
        """
        start = 0
        if after is not None:
            ids = [o["id"] for o in objs]
            if after not in ids:
                raise ApiError(400, f"Invalid 'after': no object with id '{after}'.", param="after")
            start = ids.index(after) + 1
        rest = [o for o in objs[start:] if status is None or o["status"] == status]
        page = rest[:limit]
        # first_id/last_id are required strings in the schema, even for an empty page.
        empty: str | None = None if self.live_nulls else ""
        return {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else empty,
            "last_id": page[-1]["id"] if page else empty,
            "has_more": len(rest) > limit,
        }


# ---- request validation and normalisation helpers ------------------------------------------


def _require_object_body(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    return body


def _query_value(query: Mapping[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _list_params(query: Mapping[str, list[str]]) -> tuple[str | None, int, str]:
    after = _query_value(query, "after") or None  # an empty ?after= is treated as absent
    raw_limit = _query_value(query, "limit")
    limit = 20
    if raw_limit is not None:
        if not re.fullmatch(r"[0-9]+", raw_limit) or not 1 <= int(raw_limit) <= MAX_PAGE_LIMIT:
            raise ApiError(
                400,
                f"Invalid 'limit': expected an integer between 1 and {MAX_PAGE_LIMIT}, "
                f"got '{raw_limit}'.",
                param="limit",
            )
        limit = int(raw_limit)
    order = _enum_param(query, "order", ("asc", "desc"), "asc")
    assert order is not None
    return after, limit, order


def _enum_param(
    query: Mapping[str, list[str]], name: str, allowed: tuple[str, ...], default: str | None
) -> str | None:
    value = _query_value(query, name)
    if value is None:
        return default
    if value not in allowed:
        raise ApiError(
            400,
            f"Invalid '{name}': expected one of {', '.join(allowed)}, got '{value}'.",
            param=name,
        )
    return value


def _metadata(body: Mapping[str, Any], param: str) -> dict[str, str] | None:
    """Validate a Metadata value (16 string pairs at most; keys <= 64, values <= 512 chars)."""
    value = body.get(param)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ApiError(400, f"Invalid type for '{param}': expected an object.", param=param)
    if len(value) > 16:
        raise ApiError(400, f"Invalid '{param}': at most 16 keys are allowed.", param=param)
    for key, item in value.items():
        if not isinstance(item, str) or len(key) > 64 or len(item) > 512:
            raise ApiError(
                400,
                f"Invalid '{param}.{key}': metadata values must be strings of at most 512 "
                "characters, with keys of at most 64 characters.",
                param=f"{param}.{key}",
            )
    return dict(value)


def _typed_object(value: Any, param: str, allowed: Iterable[str]) -> dict[str, Any]:
    allowed = tuple(allowed)
    if not isinstance(value, dict):
        raise ApiError(400, f"Invalid type for '{param}': expected an object.", param=param)
    kind = value.get("type")
    if kind not in allowed:
        raise ApiError(
            400,
            f"Invalid '{param}.type': expected one of {', '.join(allowed)}, got {kind!r}.",
            param=f"{param}.type",
        )
    return value


def _data_source_config_response(config: Any) -> dict[str, Any]:
    """CreateEval*DataSourceConfig (request form) -> Eval*DataSourceConfig (response form)."""
    config = _typed_object(config, "data_source_config", _DATA_SOURCE_CONFIG_TYPES)
    kind = config["type"]
    if kind == "custom":
        item_schema = config.get("item_schema")
        if not isinstance(item_schema, dict):
            raise ApiError(
                400,
                "Missing or invalid 'data_source_config.item_schema': expected a JSON schema object.",
                param="data_source_config.item_schema",
            )
        properties: dict[str, Any] = {"item": copy.deepcopy(item_schema)}
        required = ["item"]
        if config.get("include_sample_schema"):
            properties["sample"] = copy.deepcopy(_SAMPLE_SCHEMA)
            required.append("sample")
        return {
            "type": "custom",
            "schema": {"type": "object", "properties": properties, "required": required},
        }
    metadata = config.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise ApiError(
            400,
            "Invalid type for 'data_source_config.metadata': expected an object.",
            param="data_source_config.metadata",
        )
    return {
        "type": kind,
        "metadata": copy.deepcopy(metadata),
        "schema": {
            "type": "object",
            "properties": {"item": {"type": "object"}, "sample": {"type": "object"}},
            "required": ["item", "sample"],
        },
    }


def _testing_criteria_response(criteria: Any) -> list[dict[str, Any]]:
    if not isinstance(criteria, list):
        raise ApiError(
            400, "Invalid type for 'testing_criteria': expected an array.", param="testing_criteria"
        )
    out = []
    for index, criterion in enumerate(criteria):
        param = f"testing_criteria[{index}]"
        criterion = _typed_object(criterion, param, _GRADER_REQUIRED)
        for name in _GRADER_REQUIRED[criterion["type"]]:
            if name not in criterion:
                raise ApiError(
                    400,
                    f"Missing required parameter: '{param}.{name}'.",
                    param=f"{param}.{name}",
                    code="missing_required_parameter",
                )
        response = copy.deepcopy(criterion)
        if isinstance(response.get("input"), list):  # label_model / score_model messages
            response["input"] = [_message_response(m) for m in response["input"]]
        out.append(response)
    return out


def _message_response(message: Any) -> Any:
    """``{role, content: "text"}`` -> ``{type: message, role, content: {type: input_text, text}}``."""
    if not isinstance(message, dict) or "role" not in message:
        return message
    out = {"type": "message", **message}
    if isinstance(out.get("content"), str):
        out["content"] = {"type": "input_text", "text": out["content"]}
    return out


def _run_data_source_response(value: Any) -> dict[str, Any]:
    """Validate CreateEvalRunRequest.data_source; echo it with template messages normalised."""
    data_source = _typed_object(value, "data_source", _RUN_DATA_SOURCE_SOURCES)
    kind = data_source["type"]
    source = _typed_object(
        data_source.get("source"), "data_source.source", _RUN_DATA_SOURCE_SOURCES[kind]
    )
    if source["type"] == "file_content":
        if not isinstance(source.get("content"), list):
            raise ApiError(
                400,
                "Invalid 'data_source.source.content': expected an array.",
                param="data_source.source.content",
            )
        for index, entry in enumerate(source["content"]):
            if not isinstance(entry, dict) or not isinstance(entry.get("item"), dict):
                param = f"data_source.source.content[{index}].item"
                raise ApiError(400, f"Invalid '{param}': expected an object.", param=param)
    if source["type"] == "file_id" and not isinstance(source.get("id"), str):
        raise ApiError(
            400,
            "Missing required parameter: 'data_source.source.id'.",
            param="data_source.source.id",
            code="missing_required_parameter",
        )
    sampling_params = data_source.get("sampling_params")
    if sampling_params is not None and not isinstance(sampling_params, dict):
        raise ApiError(
            400,
            "Invalid type for 'data_source.sampling_params': expected an object.",
            param="data_source.sampling_params",
        )
    if "model" in data_source and not isinstance(data_source["model"], str):
        raise ApiError(
            400,
            "Invalid type for 'data_source.model': expected a string.",
            param="data_source.model",
        )
    response = copy.deepcopy(data_source)
    messages = response.get("input_messages")
    if isinstance(messages, dict) and isinstance(messages.get("template"), list):
        messages["template"] = [_message_response(m) for m in messages["template"]]
    return response


def _message_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text", ""))
    if isinstance(content, list):
        return "".join(_message_text(part) for part in content)
    return ""


def _sample_input(data_source: Mapping[str, Any], item: Mapping[str, Any]) -> list[dict[str, str]]:
    """The rendered prompt: the run's template with ``{{item.x}}`` filled in, or a default."""
    messages = data_source.get("input_messages")
    template = messages.get("template") if isinstance(messages, dict) else None
    if isinstance(template, list) and template:
        rendered = []
        for message in template:
            if isinstance(message, dict) and "role" in message:
                text = _TEMPLATE_VAR.sub(
                    lambda m: str(item.get(m.group(1), "")), _message_text(message.get("content"))
                )
                rendered.append({"role": str(message["role"]), "content": text})
        if rendered:
            return rendered
    return [
        {
            "role": "developer",
            "content": "Categorize a given news headline into one of the following topics: "
            "Technology, Markets, World, Business, or Sports.",
        },
        {"role": "user", "content": str(item.get("input", json.dumps(item)))},
    ]


def _number(value: Any, default: float) -> float:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else default


# --------------------------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------------------------


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj).encode("utf-8")


def _to_bytes(body: bytes | str | Mapping[str, Any] | list[Any]) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    return _dumps(body)


def _num(value: float | str) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


def _request_id() -> str:
    return f"req_{uuid.uuid4().hex}"


def _split_target(raw_target: str) -> tuple[list[str] | None, str, str]:
    """Split a request-target into (API path segments or None, decoded path, raw query).

    Segments are split on the raw path before percent-decoding, so an id containing an
    encoded ``/`` (``%2F``) stays one segment. Segments are None when the path is not under
    ``/v1``.
    """
    raw_path, _, raw_query = raw_target.partition("?")
    if raw_path == API_PREFIX or raw_path.startswith(API_PREFIX + "/"):
        raw_segments = raw_path[len(API_PREFIX) + 1 :].split("/")
        segments = [unquote(s) for s in raw_segments]
        return segments, "/" + "/".join(segments), raw_query
    return None, unquote(raw_path), raw_query


def _match_route(segments: list[str]) -> tuple[dict[str, str], dict[str, str]] | None:
    """Return (path params, {method: operation}) for the route matching ``segments``."""
    for template, methods in ROUTES:
        if len(template) != len(segments):
            continue
        params: dict[str, str] = {}
        for expected, actual in zip(template, segments):
            if expected.startswith("{"):
                if not actual:
                    break
                params[expected[1:-1]] = actual
            elif expected != actual:
                break
        else:
            return params, methods
    return None


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    app: EvalsServer

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), which can stall on a DNS lookup.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Never print to stderr; keep unexpected tracebacks for tests to inspect.
        if not isinstance(sys.exc_info()[1], OSError):
            self.app._note_error(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive; every response has a Content-Length
    server_version = "EvalsTestServer/1.0"
    sys_version = ""
    server: _HTTPServer

    connection_id = 0

    # Buffer writes so that headers and body leave in one segment (flushed per response);
    # with separate small writes, Nagle's algorithm plus delayed ACKs add ~40 ms per request.
    wbufsize = 64 * 1024

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.connection_id = self.server.app._track(self.connection, threading.current_thread())

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.app._untrack(self.connection, threading.current_thread())

    def handle(self) -> None:
        try:
            super().handle()
        except OSError:
            # The peer went away mid-request, or stop() shut the socket down.
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Framing errors detected by http.server (bad request line, 501, 414...) as JSON."""
        self.close_connection = True
        body = _dumps(_error_body(message or _phrase(code), _default_error_type(code)))
        try:
            self.send_response(code)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.send_header("x-request-id", _request_id())
            self.send_header("connection", "close")
            self.end_headers()
            if self.command != "HEAD" and code >= 200 and code not in (204, 304):
                self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            pass

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_DELETE = do_PUT = do_PATCH = do_HEAD = do_OPTIONS = do_GET

    def _handle(self) -> None:
        app = self.server.app
        body = self._read_body()
        if body is None:
            self.send_error(
                400, "Could not read the request body (bad Content-Length or chunking)."
            )
            return
        request = app._record(
            self.command, self.path, self.headers.items(), body, self.connection_id
        )
        fault = app._take_fault(request)
        if fault is not None:
            if fault.kind == "drop":
                self.close_connection = True
                return
            if fault.kind == "slow":
                if app._stopping.wait(fault.delay):
                    self.close_connection = True
                    return
            else:
                self._send(fault.status_code, fault.body, fault.headers, request.request_id)
                return
        status, headers, payload = app._respond(request)
        self._send(status, payload, headers, request.request_id)

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            return self._read_chunked()
        length = self.headers.get("content-length")
        if length is None:
            return b""
        if not length.strip().isdigit():
            return None
        return self.rfile.read(int(length))

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        while True:
            line = self.rfile.readline(65537)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                return None
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # discard trailers
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(65537)  # CRLF after the chunk

    def _send(
        self, status: int, body: bytes, headers: Iterable[tuple[str, str]], request_id: str
    ) -> None:
        merged = {"content-type": ("content-type", "application/json")}
        merged["x-request-id"] = ("x-request-id", request_id)
        for name, value in headers:
            merged[name.lower()] = (name, value)
        merged.pop("content-length", None)
        try:
            self.send_response(status)
            for name, value in merged.values():
                self.send_header(name, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            # The client gave up (e.g. after a read timeout during a slow fault).
            self.close_connection = True


class EvalsServer:
    """The Evals API on ``http://127.0.0.1:<port>/v1``, in a daemon thread.

    Args:
        api_key: the key expected in ``Authorization: Bearer <key>``.
        require_auth: when False, the Authorization header is not checked.
        output_items_per_run: output items created with each run (``POST .../runs``).
        live_nulls: send ``null`` where the live API does although the spec says otherwise
            (see the module docstring); default False = strictly schema-valid responses.
        clock: returns the Unix time used for ``created_at`` (default: ``int(time.time())``).
    """

    def __init__(
        self,
        *,
        api_key: str = "sk-test",
        require_auth: bool = True,
        output_items_per_run: int = 5,
        live_nulls: bool = False,
        clock: Callable[[], int] | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.api_key = api_key
        self.require_auth = require_auth
        self.host = host
        self.api = EvalsApi(
            output_items_per_run=output_items_per_run, live_nulls=live_nulls, clock=clock
        )
        #: Set to False to stop recording requests (e.g. for benchmarks).
        self.recording = True
        self._requests: list[RecordedRequest] = []
        self._requests_lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._rules_lock = threading.Lock()
        self._errors: list[str] = []
        self._noop_body: bytes | None = None
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._connection_count = 0
        self._connections_lock = threading.Lock()

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind a free port on 127.0.0.1 and start serving. Returns self."""
        if self._httpd is not None:
            raise RuntimeError("EvalsServer is already running")
        self._stopping.clear()
        httpd = _HTTPServer((self.host, 0), _Handler)
        httpd.app = self
        self._httpd = httpd
        # A short poll interval keeps stop() (which waits for the serve loop) fast.
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=f"EvalsServer:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving, interrupt slow faults, close open connections and join threads."""
        httpd = self._httpd
        if httpd is None:
            return
        with self._connections_lock:
            self._stopping.set()  # wakes Fault.slow waits; new connections close at once
        httpd.shutdown()
        httpd.server_close()
        with self._connections_lock:
            connections = dict(self._connections)
        # Handler threads sit in a blocking read on idle keep-alive connections: unblock them.
        for conn in connections:
            _shutdown_socket(conn)
        if self._thread is not None:
            self._thread.join(timeout)
        for thread in connections.values():
            if thread is not threading.current_thread():
                thread.join(timeout)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("EvalsServer is not running")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/v1`` (no trailing slash)."""
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    def url(self, path: str) -> str:
        """Absolute URL for an API path such as ``/evals/eval_123``."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    # ---- faults ----------------------------------------------------------------------------

    def inject(
        self,
        fault: Fault,
        *,
        times: int | None = 1,
        method: str | None = None,
        path_prefix: str | None = None,
        match: Callable[[RecordedRequest], bool] | None = None,
    ) -> FaultRule:
        """Apply ``fault`` to the next ``times`` requests matching all the given conditions.

        ``path_prefix`` is compared with ``RecordedRequest.path`` (decoded, without ``/v1``),
        e.g. ``"/evals/eval_abc/runs"``. Rules are tried in injection order; each request
        consumes at most one rule. ``times=None`` keeps the rule until ``clear_faults()``.
        """
        rule = FaultRule(fault, times=times, method=method, path_prefix=path_prefix, match=match)
        with self._rules_lock:
            self._rules.append(rule)
        return rule

    def clear_faults(self) -> None:
        with self._rules_lock:
            self._rules.clear()

    @property
    def pending_faults(self) -> list[FaultRule]:
        """Rules that can still fire."""
        with self._rules_lock:
            return [r for r in self._rules if not r.exhausted]

    def _take_fault(self, request: RecordedRequest) -> Fault | None:
        if not self._rules:
            return None
        with self._rules_lock:
            for rule in self._rules:
                if rule.matches(request):
                    rule.hits += 1
                    return rule.fault
        return None

    # ---- recording -------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of the requests received so far, oldest first."""
        with self._requests_lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest | None:
        with self._requests_lock:
            return self._requests[-1] if self._requests else None

    def clear_requests(self) -> None:
        with self._requests_lock:
            self._requests.clear()

    def request_count(self, method: str | None = None, path_prefix: str | None = None) -> int:
        with self._requests_lock:
            return sum(
                1
                for r in self._requests
                if (method is None or r.method == method.upper())
                and (path_prefix is None or r.path.startswith(path_prefix))
            )

    @property
    def errors(self) -> list[str]:
        """Tracebacks of unexpected server-side exceptions (should stay empty)."""
        with self._requests_lock:
            return list(self._errors)

    def _note_error(self, text: str) -> None:
        with self._requests_lock:
            self._errors.append(text)

    def _record(
        self,
        method: str,
        raw_target: str,
        header_items: Iterable[tuple[str, str]],
        body: bytes,
        connection_id: int,
    ) -> RecordedRequest:
        headers: dict[str, str] = {}
        for name, value in header_items:
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        _, path, raw_query = _split_target(raw_target)
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        request = RecordedRequest(
            method=method,
            path=path,
            raw_path=raw_target,
            query=parse_qs(raw_query, keep_blank_values=True),
            headers=headers,
            body=body,
            json=parsed,
            request_id=_request_id(),
            received_at=time.monotonic(),
            connection_id=connection_id,
        )
        if self.recording:
            with self._requests_lock:
                self._requests.append(request)
        return request

    # ---- routing ---------------------------------------------------------------------------

    def _respond(self, request: RecordedRequest) -> tuple[int, list[tuple[str, str]], bytes]:
        """Compute (status, extra headers, body) for a request that no fault intercepted."""
        try:
            return self._dispatch(request)
        except ApiError as error:
            return error.status, list(error.headers.items()), _dumps(error.body())
        except Exception:  # noqa: BLE001 - a bug here: answer 500, keep the traceback
            self._note_error(traceback.format_exc())
            body = _error_body(_DEFAULT_ERROR_MESSAGES[500], "server_error")
            return 500, [], _dumps(body)

    def _dispatch(self, request: RecordedRequest) -> tuple[int, list[tuple[str, str]], bytes]:
        self._check_auth(request)
        segments, _, _ = _split_target(request.raw_path)
        noop_body = self._noop_body
        if (
            noop_body is not None
            and request.method == "GET"
            and segments is not None
            and len(segments) == 2
            and segments[0] == "evals"
        ):
            return 200, [], noop_body
        route = _match_route(segments) if segments is not None else None
        if route is None:
            raise ApiError(
                404, f"Invalid URL ({request.method} {request.raw_path.partition('?')[0]})"
            )
        params, methods = route
        operation = methods.get(request.method)
        if operation is None:
            raise ApiError(
                405,
                f"Invalid method for URL ({request.method} {request.raw_path.partition('?')[0]})",
                headers={"allow": ", ".join(methods)},
            )
        body: Any = None
        if operation in _BODY_OPERATIONS:
            if request.body.strip():
                if request.json is None:
                    raise ApiError(
                        400,
                        "We could not parse the JSON body of your request. The OpenAI API "
                        "expects a JSON payload, but what was sent was not valid JSON.",
                    )
                body = request.json
            else:
                body = {}  # an absent body is an empty object; required fields then 400
        call = _Call(params=params, query=request.query, body=body)
        with self.api.lock:
            status, obj = getattr(self.api, operation)(call)
            return status, [], _dumps(obj)

    def _check_auth(self, request: RecordedRequest) -> None:
        if not self.require_auth:
            return
        header = request.headers.get("authorization")
        if not header:
            raise ApiError(
                401,
                "You didn't provide an API key. You need to provide your API key in an "
                "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            )
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or key.strip() != self.api_key:
            shown = key.strip()
            masked = (
                shown[:3] + "*" * max(len(shown) - 7, 0) + shown[-4:] if len(shown) > 7 else "***"
            )
            raise ApiError(
                401,
                f"Incorrect API key provided: {masked}. You can find your API key at "
                "https://platform.openai.com/account/api-keys.",
                code="invalid_api_key",
            )

    # ---- connections -----------------------------------------------------------------------

    def _track(self, conn: socket.socket, thread: threading.Thread) -> int:
        with self._connections_lock:
            if self._stopping.is_set():
                _shutdown_socket(conn)
            self._connections[conn] = thread
            self._connection_count += 1
            return self._connection_count

    def _untrack(self, conn: socket.socket, thread: threading.Thread) -> None:
        with self._connections_lock:
            self._connections.pop(conn, None)

    # ---- state helpers for tests -----------------------------------------------------------

    def reset(self) -> None:
        """Forget all evals/runs/items, recorded requests, faults and errors; leave no-op mode."""
        self.api.reset()
        self.clear_requests()
        self.clear_faults()
        with self._requests_lock:
            self._errors.clear()
        self._noop_body = None
        self.recording = True

    def seed_eval(
        self,
        *,
        name: str = "Seeded eval",
        data_source_config: Mapping[str, Any] | None = None,
        testing_criteria: list[Mapping[str, Any]] | None = None,
        metadata: Mapping[str, str] | None = None,
        created_at: int | None = None,
    ) -> dict[str, Any]:
        """Create an eval directly (request-form arguments, as for ``POST /evals``).

        Defaults: a ``custom`` config with an ``{input, ground_truth}`` item schema and one
        ``string_check`` grader. Returns a copy of the Eval as the API would return it.
        """
        body = {
            "name": name,
            "data_source_config": data_source_config
            or {
                "type": "custom",
                "item_schema": {
                    "type": "object",
                    "properties": {"input": {"type": "string"}, "ground_truth": {"type": "string"}},
                    "required": ["input", "ground_truth"],
                },
                "include_sample_schema": True,
            },
            "testing_criteria": (
                testing_criteria
                if testing_criteria is not None
                else [
                    {
                        "type": "string_check",
                        "name": "Match ground truth",
                        "input": "{{sample.output_text}}",
                        "reference": "{{item.ground_truth}}",
                        "operation": "eq",
                    }
                ]
            ),
            "metadata": dict(metadata) if metadata is not None else None,
        }
        with self.api.lock:
            return copy.deepcopy(self.api.add_eval(body, created_at=created_at).obj)

    def seed_evals(self, count: int, **kwargs: Any) -> list[dict[str, Any]]:
        """Seed ``count`` evals named ``"<name> <i>"``; returns them in creation order."""
        base = kwargs.pop("name", "Seeded eval")
        return [self.seed_eval(name=f"{base} {i}", **kwargs) for i in range(count)]

    def seed_run(
        self,
        eval_id: str,
        *,
        status: str = "completed",
        output_items: int | None = None,
        data_source: Mapping[str, Any] | None = None,
        name: str | None = None,
        metadata: Mapping[str, str] | None = None,
        created_at: int | None = None,
    ) -> dict[str, Any]:
        """Create a run directly, with ``output_items`` items (default: ``output_items_per_run``).

        ``completed``/``failed`` runs get result counts and usage summaries from their items.
        The default data source is a ``completions`` run on ``gpt-4o-mini`` over inline headlines.
        """
        if status not in _RUN_STATUSES:
            raise ValueError(f"status must be one of {_RUN_STATUSES}")
        body: dict[str, Any] = {
            "data_source": data_source
            or {
                "type": "completions",
                "model": _DEFAULT_SAMPLE_MODEL,
                "input_messages": {
                    "type": "template",
                    "template": [
                        {
                            "role": "developer",
                            "content": "Categorize the headline: Technology, "
                            "Markets, World, Business or Sports.",
                        },
                        {"role": "user", "content": "{{item.input}}"},
                    ],
                },
                "sampling_params": {
                    "temperature": 1.0,
                    "max_completion_tokens": 2048,
                    "top_p": 1.0,
                    "seed": 42,
                },
                "source": {
                    "type": "file_content",
                    "content": [{"item": {"input": h, "ground_truth": t}} for h, t in _HEADLINES],
                },
            },
            "metadata": dict(metadata) if metadata is not None else None,
        }
        if name is not None:
            body["name"] = name
        with self.api.lock:
            record = self.api.evals.get(eval_id)
            if record is None:
                raise KeyError(f"no eval {eval_id!r}")
            run = self.api.add_run(
                record, body, status=status, output_items=output_items, created_at=created_at
            )
            return copy.deepcopy(run.obj)

    def set_run_status(
        self, run_id: str, status: str, *, error: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """Move a run to ``status`` (completed/failed fill in result summaries)."""
        if status not in _RUN_STATUSES:
            raise ValueError(f"status must be one of {_RUN_STATUSES}")
        with self.api.lock:
            run = self.api.runs[run_id]
            self.api.finish_run(run, status, error)
            return copy.deepcopy(run.obj)

    def get_eval(self, eval_id: str) -> dict[str, Any] | None:
        with self.api.lock:
            record = self.api.evals.get(eval_id)
            return copy.deepcopy(record.obj) if record else None

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        with self.api.lock:
            run = self.api.runs.get(run_id)
            return copy.deepcopy(run.obj) if run else None

    def get_output_items(self, run_id: str) -> list[dict[str, Any]]:
        """The run's output items in creation order (empty if the run does not exist)."""
        with self.api.lock:
            run = self.api.runs.get(run_id)
            return copy.deepcopy(list(run.items.values())) if run else []

    def set_noop(self, enabled: bool = True, *, eval_obj: Mapping[str, Any] | None = None) -> None:
        """No-op mode: ``GET /evals/{anything}`` answers a fixed, pre-serialised Eval.

        Auth, recording and faults still apply (set ``recording = False`` too for a
        benchmark). The canned Eval has id ``eval_`` + 32 zeros unless ``eval_obj`` is given.
        """
        if not enabled:
            self._noop_body = None
            return
        self._noop_body = _dumps(eval_obj if eval_obj is not None else _canned_eval())


def _canned_eval() -> dict[str, Any]:
    return {
        "object": "eval",
        "id": "eval_" + "0" * 32,
        "name": "Canned eval",
        "data_source_config": {
            "type": "custom",
            "schema": {
                "type": "object",
                "properties": {
                    "item": {
                        "type": "object",
                        "properties": {
                            "input": {"type": "string"},
                            "ground_truth": {"type": "string"},
                        },
                        "required": ["input", "ground_truth"],
                    }
                },
                "required": ["item"],
            },
        },
        "testing_criteria": [
            {
                "type": "string_check",
                "name": "String check",
                "input": "{{item.input}}",
                "reference": "{{item.ground_truth}}",
                "operation": "eq",
            }
        ],
        "created_at": 1739314509,
        "metadata": {},
    }


def _shutdown_socket(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
