"""Generated from the API spec: EvalRunOutputItem, EvalRunOutputItemSample,
EvalRunOutputItemSampleInputItem, EvalRunOutputItemSampleOutputItem,
EvalRunOutputItemSampleUsage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    UNSET,
    ParseError,
    Unset,
    at,
    decode_json,
    encode_json,
    expect_const,
    expect_int,
    expect_number,
    expect_object,
    expect_str,
    extra_fields,
    parse_list,
)
from .eval_api_error import EvalApiError
from .eval_run_output_item_result import EvalRunOutputItemResult


@dataclass(slots=True, kw_only=True)
class EvalRunOutputItem:
    """The outcome of one item in a run: the item, the model sample and the grader results."""

    object: Literal["eval.run.output_item"] = "eval.run.output_item"
    """Kind of object; always `eval.run.output_item`.

    The API's default is ``"eval.run.output_item"``.
    """
    id: str
    """ID of the output item."""
    run_id: str
    """ID of the run that produced this item."""
    eval_id: str
    """ID of the eval the run belongs to."""
    created_at: int
    """Creation time, as a Unix timestamp in seconds."""
    status: str
    """Outcome of the item, such as `pass` or `fail`."""
    datasource_item_id: int
    """Numeric identifier of the item within the data source."""
    datasource_item: dict[str, Any]
    """The data source item, as given to the graders."""
    results: list[EvalRunOutputItemResult]
    """What each grader decided for this item."""
    sample: EvalRunOutputItemSample
    """What the model was sent and what it returned for this item."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "id",
            "run_id",
            "eval_id",
            "created_at",
            "status",
            "datasource_item_id",
            "datasource_item",
            "results",
            "sample",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "EvalRunOutputItem") -> EvalRunOutputItem:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.object = expect_const(
                d["object"], "eval.run.output_item", path, "object"
            )
            obj.id = expect_str(d["id"], path, "id")
            obj.run_id = expect_str(d["run_id"], path, "run_id")
            obj.eval_id = expect_str(d["eval_id"], path, "eval_id")
            obj.created_at = expect_int(d["created_at"], path, "created_at")
            obj.status = expect_str(d["status"], path, "status")
            obj.datasource_item_id = expect_int(
                d["datasource_item_id"], path, "datasource_item_id"
            )
            obj.datasource_item = expect_object(
                d["datasource_item"], path, "datasource_item"
            )
            obj.results = parse_list(
                EvalRunOutputItemResult.from_dict, d["results"], path, "results"
            )
            obj.sample = EvalRunOutputItemSample.from_dict(
                d["sample"], path + ".sample"
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunOutputItem:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunOutputItem"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "object": self.object,
            "id": self.id,
            "run_id": self.run_id,
            "eval_id": self.eval_id,
            "created_at": self.created_at,
            "status": self.status,
            "datasource_item_id": self.datasource_item_id,
            "datasource_item": dict(self.datasource_item),
            "results": [v0.to_dict() for v0 in self.results],
            "sample": self.sample.to_dict(),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class EvalRunOutputItemSample:
    """What the model was sent and what it returned for this item."""

    input: list[EvalRunOutputItemSampleInputItem]
    """Messages sent to the model."""
    output: list[EvalRunOutputItemSampleOutputItem]
    """Messages the model returned."""
    finish_reason: str
    """Why generation stopped, e.g. `stop`."""
    model: str
    """Model that produced the sample."""
    usage: EvalRunOutputItemSampleUsage
    """Tokens spent on this sample."""
    error: EvalApiError | None
    """Error raised while producing the sample; null when there was none."""
    temperature: float
    """Temperature used to sample."""
    max_completion_tokens: int
    """Output token limit used to sample."""
    top_p: float
    """`top_p` used to sample."""
    seed: int
    """Seed used to sample."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "input",
            "output",
            "finish_reason",
            "model",
            "usage",
            "error",
            "temperature",
            "max_completion_tokens",
            "top_p",
            "seed",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunOutputItemSample"
    ) -> EvalRunOutputItemSample:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.input = parse_list(
                EvalRunOutputItemSampleInputItem.from_dict, d["input"], path, "input"
            )
            obj.output = parse_list(
                EvalRunOutputItemSampleOutputItem.from_dict, d["output"], path, "output"
            )
            obj.finish_reason = expect_str(d["finish_reason"], path, "finish_reason")
            obj.model = expect_str(d["model"], path, "model")
            obj.usage = EvalRunOutputItemSampleUsage.from_dict(
                d["usage"], path + ".usage"
            )
            obj.error = d["error"]
            if obj.error is not None:
                obj.error = EvalApiError.from_dict(obj.error, path + ".error")
            obj.temperature = expect_number(d["temperature"], path, "temperature")
            obj.max_completion_tokens = expect_int(
                d["max_completion_tokens"], path, "max_completion_tokens"
            )
            obj.top_p = expect_number(d["top_p"], path, "top_p")
            obj.seed = expect_int(d["seed"], path, "seed")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunOutputItemSample:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunOutputItemSample"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "input": [v0.to_dict() for v0 in self.input],
            "output": [v0.to_dict() for v0 in self.output],
            "finish_reason": self.finish_reason,
            "model": self.model,
            "usage": self.usage.to_dict(),
            "error": None if self.error is None else self.error.to_dict(),
            "temperature": self.temperature,
            "max_completion_tokens": self.max_completion_tokens,
            "top_p": self.top_p,
            "seed": self.seed,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class EvalRunOutputItemSampleInputItem:
    """A message sent to the model."""

    role: str
    """Author of the message, such as `system`, `developer` or `user`."""
    content: str
    """Message text as sent."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"role", "content"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunOutputItemSampleInputItem"
    ) -> EvalRunOutputItemSampleInputItem:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.role = expect_str(d["role"], path, "role")
            obj.content = expect_str(d["content"], path, "content")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunOutputItemSampleInputItem:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunOutputItemSampleInputItem"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "role": self.role,
            "content": self.content,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class EvalRunOutputItemSampleOutputItem:
    """The EvalRunOutputItemSampleOutputItem object of the API."""

    role: str | Unset = UNSET
    """Author of the message, normally `assistant`."""
    content: str | Unset = UNSET
    """Message text as returned."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"role", "content"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunOutputItemSampleOutputItem"
    ) -> EvalRunOutputItemSampleOutputItem:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.role = d.get("role", UNSET)
        if obj.role is not UNSET:
            obj.role = expect_str(obj.role, path, "role")
        obj.content = d.get("content", UNSET)
        if obj.content is not UNSET:
            obj.content = expect_str(obj.content, path, "content")
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunOutputItemSampleOutputItem:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunOutputItemSampleOutputItem"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.role is not UNSET:
            data["role"] = self.role
        if self.content is not UNSET:
            data["content"] = self.content
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class EvalRunOutputItemSampleUsage:
    """Tokens spent on this sample."""

    total_tokens: int
    """Input plus output tokens."""
    completion_tokens: int
    """Output tokens produced."""
    prompt_tokens: int
    """Input tokens consumed."""
    cached_tokens: int
    """Input tokens served from the prompt cache."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"total_tokens", "completion_tokens", "prompt_tokens", "cached_tokens"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunOutputItemSampleUsage"
    ) -> EvalRunOutputItemSampleUsage:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.total_tokens = expect_int(d["total_tokens"], path, "total_tokens")
            obj.completion_tokens = expect_int(
                d["completion_tokens"], path, "completion_tokens"
            )
            obj.prompt_tokens = expect_int(d["prompt_tokens"], path, "prompt_tokens")
            obj.cached_tokens = expect_int(d["cached_tokens"], path, "cached_tokens")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunOutputItemSampleUsage:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunOutputItemSampleUsage"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "total_tokens": self.total_tokens,
            "completion_tokens": self.completion_tokens,
            "prompt_tokens": self.prompt_tokens,
            "cached_tokens": self.cached_tokens,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
