"""Generated from the API spec: EvalRun, EvalRunResultCounts, EvalRunPerModelUsageItem,
EvalRunPerTestingCriteriaResultsItem, EvalRunDataSource.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    NO_EXTRA,
    ParseError,
    UnknownVariant,
    at,
    decode_json,
    encode_json,
    expect_object,
    expect_str,
    extra_fields,
    parse_list,
    wrong_const,
    wrong_type,
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

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
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.object = d["object"]
            if type(obj.object) is not str or obj.object != "eval.run":
                raise wrong_const("eval.run", obj.object, path, "object")
            obj.id = d["id"]
            if type(obj.id) is not str:
                raise wrong_type("string", obj.id, path, "id")
            obj.eval_id = d["eval_id"]
            if type(obj.eval_id) is not str:
                raise wrong_type("string", obj.eval_id, path, "eval_id")
            obj.status = d["status"]
            if type(obj.status) is not str:
                raise wrong_type("string", obj.status, path, "status")
            obj.model = d["model"]
            if type(obj.model) is not str:
                raise wrong_type("string", obj.model, path, "model")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.created_at = d["created_at"]
            if type(obj.created_at) is not int:
                raise wrong_type("integer", obj.created_at, path, "created_at")
            obj.report_url = d["report_url"]
            if type(obj.report_url) is not str:
                raise wrong_type("string", obj.report_url, path, "report_url")
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
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 14:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

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
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.total = d["total"]
            if type(obj.total) is not int:
                raise wrong_type("integer", obj.total, path, "total")
            obj.errored = d["errored"]
            if type(obj.errored) is not int:
                raise wrong_type("integer", obj.errored, path, "errored")
            obj.failed = d["failed"]
            if type(obj.failed) is not int:
                raise wrong_type("integer", obj.failed, path, "failed")
            obj.passed = d["passed"]
            if type(obj.passed) is not int:
                raise wrong_type("integer", obj.passed, path, "passed")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 4:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

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
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.model_name = d["model_name"]
            if type(obj.model_name) is not str:
                raise wrong_type("string", obj.model_name, path, "model_name")
            obj.invocation_count = d["invocation_count"]
            if type(obj.invocation_count) is not int:
                raise wrong_type(
                    "integer", obj.invocation_count, path, "invocation_count"
                )
            obj.prompt_tokens = d["prompt_tokens"]
            if type(obj.prompt_tokens) is not int:
                raise wrong_type("integer", obj.prompt_tokens, path, "prompt_tokens")
            obj.completion_tokens = d["completion_tokens"]
            if type(obj.completion_tokens) is not int:
                raise wrong_type(
                    "integer", obj.completion_tokens, path, "completion_tokens"
                )
            obj.total_tokens = d["total_tokens"]
            if type(obj.total_tokens) is not int:
                raise wrong_type("integer", obj.total_tokens, path, "total_tokens")
            obj.cached_tokens = d["cached_tokens"]
            if type(obj.cached_tokens) is not int:
                raise wrong_type("integer", obj.cached_tokens, path, "cached_tokens")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 6:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

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
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.testing_criteria = d["testing_criteria"]
            if type(obj.testing_criteria) is not str:
                raise wrong_type(
                    "string", obj.testing_criteria, path, "testing_criteria"
                )
            obj.passed = d["passed"]
            if type(obj.passed) is not int:
                raise wrong_type("integer", obj.passed, path, "passed")
            obj.failed = d["failed"]
            if type(obj.failed) is not int:
                raise wrong_type("integer", obj.failed, path, "failed")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 3:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
