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
    expect_list,
    expect_number,
    expect_object,
    expect_str,
    extra_fields,
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
        try:
            object: Literal["eval.run.output_item"] = expect_const(
                d["object"], "eval.run.output_item", path, "object"
            )
            id = expect_str(d["id"], path, "id")
            run_id = expect_str(d["run_id"], path, "run_id")
            eval_id = expect_str(d["eval_id"], path, "eval_id")
            created_at = expect_int(d["created_at"], path, "created_at")
            status = expect_str(d["status"], path, "status")
            datasource_item_id = expect_int(
                d["datasource_item_id"], path, "datasource_item_id"
            )
            datasource_item: dict[str, Any] = expect_object(
                d["datasource_item"], path, "datasource_item"
            )
            results = [
                EvalRunOutputItemResult.from_dict(v0, at(at(path, "results"), i0))
                for i0, v0 in enumerate(expect_list(d["results"], path, "results"))
            ]
            sample = EvalRunOutputItemSample.from_dict(d["sample"], at(path, "sample"))
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            object=object,
            id=id,
            run_id=run_id,
            eval_id=eval_id,
            created_at=created_at,
            status=status,
            datasource_item_id=datasource_item_id,
            datasource_item=datasource_item,
            results=results,
            sample=sample,
            extra=extra_fields(d, cls._FIELDS),
        )

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
        try:
            input = [
                EvalRunOutputItemSampleInputItem.from_dict(
                    v0, at(at(path, "input"), i0)
                )
                for i0, v0 in enumerate(expect_list(d["input"], path, "input"))
            ]
            output = [
                EvalRunOutputItemSampleOutputItem.from_dict(
                    v0, at(at(path, "output"), i0)
                )
                for i0, v0 in enumerate(expect_list(d["output"], path, "output"))
            ]
            finish_reason = expect_str(d["finish_reason"], path, "finish_reason")
            model = expect_str(d["model"], path, "model")
            usage = EvalRunOutputItemSampleUsage.from_dict(
                d["usage"], at(path, "usage")
            )
            error = d["error"]
            if error is not None:
                error = EvalApiError.from_dict(error, at(path, "error"))
            temperature = expect_number(d["temperature"], path, "temperature")
            max_completion_tokens = expect_int(
                d["max_completion_tokens"], path, "max_completion_tokens"
            )
            top_p = expect_number(d["top_p"], path, "top_p")
            seed = expect_int(d["seed"], path, "seed")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            input=input,
            output=output,
            finish_reason=finish_reason,
            model=model,
            usage=usage,
            error=error,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
            extra=extra_fields(d, cls._FIELDS),
        )

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
        try:
            role = expect_str(d["role"], path, "role")
            content = expect_str(d["content"], path, "content")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            role=role,
            content=content,
            extra=extra_fields(d, cls._FIELDS),
        )

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
        role = d.get("role", UNSET)
        if role is not UNSET:
            role = expect_str(role, path, "role")
        content = d.get("content", UNSET)
        if content is not UNSET:
            content = expect_str(content, path, "content")
        return cls(
            role=role,
            content=content,
            extra=extra_fields(d, cls._FIELDS),
        )

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
        try:
            total_tokens = expect_int(d["total_tokens"], path, "total_tokens")
            completion_tokens = expect_int(
                d["completion_tokens"], path, "completion_tokens"
            )
            prompt_tokens = expect_int(d["prompt_tokens"], path, "prompt_tokens")
            cached_tokens = expect_int(d["cached_tokens"], path, "cached_tokens")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            total_tokens=total_tokens,
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            cached_tokens=cached_tokens,
            extra=extra_fields(d, cls._FIELDS),
        )

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
