"""Generated from the API spec: EvalRun, EvalRunResultCounts, EvalRunPerModelUsageItem,
EvalRunPerTestingCriteriaResultsItem, EvalRunDataSource.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    ParseError,
    UnknownVariant,
    at,
    decode_json,
    encode_json,
    expect_const,
    expect_int,
    expect_object,
    expect_str,
    extra_fields,
    parse_list,
)
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
from .eval_api_error import EvalApiError


@dataclass(slots=True, kw_only=True)
class EvalRun:
    """One run of an eval: its data source, status and aggregated results."""

    object: Literal["eval.run"] = "eval.run"
    """Kind of object; always `eval.run`.

    The API's default is ``"eval.run"``.
    """
    id: str
    """ID of the run."""
    eval_id: str
    """ID of the eval this run belongs to."""
    status: str
    """Current state of the run, such as `queued`, `in_progress` or `completed`."""
    model: str
    """The model under evaluation, when the run samples one."""
    name: str
    """Human-readable name of the run."""
    created_at: int
    """Creation time, as a Unix timestamp in seconds."""
    report_url: str
    """Link to the report of this run in the OpenAI dashboard."""
    result_counts: EvalRunResultCounts
    """How many items ended in each outcome."""
    per_model_usage: list[EvalRunPerModelUsageItem] | None
    """Token usage of the run, broken down by model; null when there is none yet."""
    per_testing_criteria_results: list[EvalRunPerTestingCriteriaResultsItem] | None
    """Pass and fail counts for each grader of the eval; null when there are none yet."""
    data_source: EvalRunDataSource
    """The data source the run was started with."""
    metadata: dict[str, str] | None
    error: EvalApiError | None
    """Why the run failed; null when there was no error."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "id",
            "eval_id",
            "status",
            "model",
            "name",
            "created_at",
            "report_url",
            "result_counts",
            "per_model_usage",
            "per_testing_criteria_results",
            "data_source",
            "metadata",
            "error",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "EvalRun") -> EvalRun:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.object = expect_const(d["object"], "eval.run", path, "object")
            obj.id = expect_str(d["id"], path, "id")
            obj.eval_id = expect_str(d["eval_id"], path, "eval_id")
            obj.status = expect_str(d["status"], path, "status")
            obj.model = expect_str(d["model"], path, "model")
            obj.name = expect_str(d["name"], path, "name")
            obj.created_at = expect_int(d["created_at"], path, "created_at")
            obj.report_url = expect_str(d["report_url"], path, "report_url")
            obj.result_counts = EvalRunResultCounts.from_dict(
                d["result_counts"], path + ".result_counts"
            )
            obj.per_model_usage = d["per_model_usage"]
            if obj.per_model_usage is not None:
                obj.per_model_usage = parse_list(
                    EvalRunPerModelUsageItem.from_dict,
                    obj.per_model_usage,
                    path,
                    "per_model_usage",
                )
            obj.per_testing_criteria_results = d["per_testing_criteria_results"]
            if obj.per_testing_criteria_results is not None:
                obj.per_testing_criteria_results = parse_list(
                    EvalRunPerTestingCriteriaResultsItem.from_dict,
                    obj.per_testing_criteria_results,
                    path,
                    "per_testing_criteria_results",
                )
            obj.data_source = parse_eval_run_data_source(
                d["data_source"], path + ".data_source"
            )
            obj.metadata = d["metadata"]
            if obj.metadata is not None:
                obj.metadata = {
                    k0: expect_str(v0, at(path, "metadata"), k0)
                    for k0, v0 in expect_object(obj.metadata, path, "metadata").items()
                }
            obj.error = d["error"]
            if obj.error is not None:
                obj.error = EvalApiError.from_dict(obj.error, path + ".error")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRun:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRun"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "object": self.object,
            "id": self.id,
            "eval_id": self.eval_id,
            "status": self.status,
            "model": self.model,
            "name": self.name,
            "created_at": self.created_at,
            "report_url": self.report_url,
            "result_counts": self.result_counts.to_dict(),
            "per_model_usage": (
                None
                if self.per_model_usage is None
                else [v0.to_dict() for v0 in self.per_model_usage]
            ),
            "per_testing_criteria_results": (
                None
                if self.per_testing_criteria_results is None
                else [v0.to_dict() for v0 in self.per_testing_criteria_results]
            ),
            "data_source": self.data_source.to_dict(),
            "metadata": None if self.metadata is None else dict(self.metadata),
            "error": None if self.error is None else self.error.to_dict(),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class EvalRunResultCounts:
    """How many items ended in each outcome."""

    total: int
    """Number of items processed."""
    errored: int
    """Number of items that hit an error."""
    failed: int
    """Number of items that did not pass."""
    passed: int
    """Number of items that passed."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"total", "errored", "failed", "passed"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunResultCounts"
    ) -> EvalRunResultCounts:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.total = expect_int(d["total"], path, "total")
            obj.errored = expect_int(d["errored"], path, "errored")
            obj.failed = expect_int(d["failed"], path, "failed")
            obj.passed = expect_int(d["passed"], path, "passed")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunResultCounts:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunResultCounts"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "total": self.total,
            "errored": self.errored,
            "failed": self.failed,
            "passed": self.passed,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class EvalRunPerModelUsageItem:
    """The EvalRunPerModelUsageItem object of the API."""

    model_name: str
    """Model the usage figures are for."""
    invocation_count: int
    """How many times the model was called."""
    prompt_tokens: int
    """Input tokens consumed."""
    completion_tokens: int
    """Output tokens produced."""
    total_tokens: int
    """Input plus output tokens."""
    cached_tokens: int
    """Input tokens served from the prompt cache."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "model_name",
            "invocation_count",
            "prompt_tokens",
            "completion_tokens",
            "total_tokens",
            "cached_tokens",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunPerModelUsageItem"
    ) -> EvalRunPerModelUsageItem:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.model_name = expect_str(d["model_name"], path, "model_name")
            obj.invocation_count = expect_int(
                d["invocation_count"], path, "invocation_count"
            )
            obj.prompt_tokens = expect_int(d["prompt_tokens"], path, "prompt_tokens")
            obj.completion_tokens = expect_int(
                d["completion_tokens"], path, "completion_tokens"
            )
            obj.total_tokens = expect_int(d["total_tokens"], path, "total_tokens")
            obj.cached_tokens = expect_int(d["cached_tokens"], path, "cached_tokens")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunPerModelUsageItem:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunPerModelUsageItem"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "model_name": self.model_name,
            "invocation_count": self.invocation_count,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
            "cached_tokens": self.cached_tokens,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class EvalRunPerTestingCriteriaResultsItem:
    """The EvalRunPerTestingCriteriaResultsItem object of the API."""

    testing_criteria: str
    """Identifier of the grader these counts are for."""
    passed: int
    """Items this grader passed."""
    failed: int
    """Items this grader failed."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"testing_criteria", "passed", "failed"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunPerTestingCriteriaResultsItem"
    ) -> EvalRunPerTestingCriteriaResultsItem:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.testing_criteria = expect_str(
                d["testing_criteria"], path, "testing_criteria"
            )
            obj.passed = expect_int(d["passed"], path, "passed")
            obj.failed = expect_int(d["failed"], path, "failed")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunPerTestingCriteriaResultsItem:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunPerTestingCriteriaResultsItem"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "testing_criteria": self.testing_criteria,
            "passed": self.passed,
            "failed": self.failed,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


EvalRunDataSource: TypeAlias = (
    CreateEvalJsonlRunDataSource
    | CreateEvalCompletionsRunDataSource
    | CreateEvalResponsesRunDataSource
    | UnknownVariant
)
"""The data source the run was started with."""

_EVAL_RUN_DATA_SOURCE: dict[str, Callable[[Any, str], EvalRunDataSource]] = {
    "jsonl": CreateEvalJsonlRunDataSource.from_dict,
    "completions": CreateEvalCompletionsRunDataSource.from_dict,
    "responses": CreateEvalResponsesRunDataSource.from_dict,
}


def parse_eval_run_data_source(
    data: Any, path: str = "EvalRunDataSource"
) -> EvalRunDataSource:
    """Parse one EvalRunDataSource from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _EVAL_RUN_DATA_SOURCE.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
