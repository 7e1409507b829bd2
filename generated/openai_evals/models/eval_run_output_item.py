"""Generated from the API spec: EvalRunOutputItem, EvalRunOutputItemSample,
EvalRunOutputItemSampleInputItem, EvalRunOutputItemSampleOutputItem,
EvalRunOutputItemSampleUsage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    Unset,
    at,
    decode_json,
    encode_json,
    extra_fields,
    parse_list,
    wrong_const,
    wrong_type,
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

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
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.object = d["object"]
            if type(obj.object) is not str or obj.object != "eval.run.output_item":
                raise wrong_const("eval.run.output_item", obj.object, path, "object")
            obj.id = d["id"]
            if type(obj.id) is not str:
                raise wrong_type("string", obj.id, path, "id")
            obj.run_id = d["run_id"]
            if type(obj.run_id) is not str:
                raise wrong_type("string", obj.run_id, path, "run_id")
            obj.eval_id = d["eval_id"]
            if type(obj.eval_id) is not str:
                raise wrong_type("string", obj.eval_id, path, "eval_id")
            obj.created_at = d["created_at"]
            if type(obj.created_at) is not int:
                raise wrong_type("integer", obj.created_at, path, "created_at")
            obj.status = d["status"]
            if type(obj.status) is not str:
                raise wrong_type("string", obj.status, path, "status")
            obj.datasource_item_id = d["datasource_item_id"]
            if type(obj.datasource_item_id) is not int:
                raise wrong_type(
                    "integer", obj.datasource_item_id, path, "datasource_item_id"
                )
            obj.datasource_item = d["datasource_item"]
            if type(obj.datasource_item) is not dict:
                raise wrong_type("object", obj.datasource_item, path, "datasource_item")
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
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 10:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

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
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.input = parse_list(
                EvalRunOutputItemSampleInputItem.from_dict, d["input"], path, "input"
            )
            obj.output = parse_list(
                EvalRunOutputItemSampleOutputItem.from_dict, d["output"], path, "output"
            )
            obj.finish_reason = d["finish_reason"]
            if type(obj.finish_reason) is not str:
                raise wrong_type("string", obj.finish_reason, path, "finish_reason")
            obj.model = d["model"]
            if type(obj.model) is not str:
                raise wrong_type("string", obj.model, path, "model")
            obj.usage = EvalRunOutputItemSampleUsage.from_dict(
                d["usage"], path + ".usage"
            )
            obj.error = d["error"]
            if obj.error is not None:
                obj.error = EvalApiError.from_dict(obj.error, path + ".error")
            obj.temperature = d["temperature"]
            if type(obj.temperature) is not float and type(obj.temperature) is not int:
                raise wrong_type("number", obj.temperature, path, "temperature")
            obj.max_completion_tokens = d["max_completion_tokens"]
            if type(obj.max_completion_tokens) is not int:
                raise wrong_type(
                    "integer", obj.max_completion_tokens, path, "max_completion_tokens"
                )
            obj.top_p = d["top_p"]
            if type(obj.top_p) is not float and type(obj.top_p) is not int:
                raise wrong_type("number", obj.top_p, path, "top_p")
            obj.seed = d["seed"]
            if type(obj.seed) is not int:
                raise wrong_type("integer", obj.seed, path, "seed")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 10:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"role", "content"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunOutputItemSampleInputItem"
    ) -> EvalRunOutputItemSampleInputItem:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.role = d["role"]
            if type(obj.role) is not str:
                raise wrong_type("string", obj.role, path, "role")
            obj.content = d["content"]
            if type(obj.content) is not str:
                raise wrong_type("string", obj.content, path, "content")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 2:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"role", "content"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunOutputItemSampleOutputItem"
    ) -> EvalRunOutputItemSampleOutputItem:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.role = d.get("role", UNSET)
        if obj.role is not UNSET and type(obj.role) is not str:
            raise wrong_type("string", obj.role, path, "role")
        obj.content = d.get("content", UNSET)
        if obj.content is not UNSET and type(obj.content) is not str:
            raise wrong_type("string", obj.content, path, "content")
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 2 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

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
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.total_tokens = d["total_tokens"]
            if type(obj.total_tokens) is not int:
                raise wrong_type("integer", obj.total_tokens, path, "total_tokens")
            obj.completion_tokens = d["completion_tokens"]
            if type(obj.completion_tokens) is not int:
                raise wrong_type(
                    "integer", obj.completion_tokens, path, "completion_tokens"
                )
            obj.prompt_tokens = d["prompt_tokens"]
            if type(obj.prompt_tokens) is not int:
                raise wrong_type("integer", obj.prompt_tokens, path, "prompt_tokens")
            obj.cached_tokens = d["cached_tokens"]
            if type(obj.cached_tokens) is not int:
                raise wrong_type("integer", obj.cached_tokens, path, "cached_tokens")
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
