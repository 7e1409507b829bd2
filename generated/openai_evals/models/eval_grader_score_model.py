"""Generated from the API spec: EvalGraderScoreModel, EvalGraderScoreModelSamplingParams."""

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
    enum_value,
    expect_list,
    expect_number,
    extra_fields,
    parse_enum,
    parse_list,
    wrong_const,
    wrong_type,
)
from .eval_item import EvalItem
from .reasoning_effort import ReasoningEffort


@dataclass(slots=True, kw_only=True)
class EvalGraderScoreModel:
    """Grader that asks a model for a numeric score of each item."""

    type: Literal["score_model"] = "score_model"
    """Type discriminator; always `score_model`."""
    name: str
    """Name that identifies the grader."""
    model: str
    """Model that produces the score."""
    sampling_params: EvalGraderScoreModelSamplingParams | Unset = UNSET
    """Sampling settings for the scoring model."""
    input: list[EvalItem]
    """Prompt messages for the scoring model. Content can be text, output text, images or
    audio, and may contain template placeholders.
    """
    range: list[float] | Unset = UNSET
    """Lowest and highest possible score; `[0, 1]` when omitted."""
    pass_threshold: float | Unset = UNSET
    """Lowest score that counts as a pass."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "name", "model", "sampling_params", "input", "range", "pass_threshold"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalGraderScoreModel"
    ) -> EvalGraderScoreModel:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.type = d["type"]
            if type(obj.type) is not str or obj.type != "score_model":
                raise wrong_const("score_model", obj.type, path, "type")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.model = d["model"]
            if type(obj.model) is not str:
                raise wrong_type("string", obj.model, path, "model")
            obj.sampling_params = d.get("sampling_params", UNSET)
            if obj.sampling_params is not UNSET:
                obj.sampling_params = EvalGraderScoreModelSamplingParams.from_dict(
                    obj.sampling_params, path + ".sampling_params"
                )
            obj.input = parse_list(EvalItem.from_dict, d["input"], path, "input")
            obj.range = d.get("range", UNSET)
            if obj.range is not UNSET:
                obj.range = [
                    expect_number(v0, at(path, "range"), i0)
                    for i0, v0 in enumerate(expect_list(obj.range, path, "range"))
                ]
            obj.pass_threshold = d.get("pass_threshold", UNSET)
            if (
                obj.pass_threshold is not UNSET
                and type(obj.pass_threshold) is not float
                and type(obj.pass_threshold) is not int
            ):
                raise wrong_type("number", obj.pass_threshold, path, "pass_threshold")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 4 or (len(d) <= 7 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalGraderScoreModel:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalGraderScoreModel"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "name": self.name,
            "model": self.model,
            "input": [v0.to_dict() for v0 in self.input],
        }
        if self.sampling_params is not UNSET:
            data["sampling_params"] = self.sampling_params.to_dict()
        if self.range is not UNSET:
            data["range"] = list(self.range)
        if self.pass_threshold is not UNSET:
            data["pass_threshold"] = self.pass_threshold
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class EvalGraderScoreModelSamplingParams:
    """Sampling settings for the scoring model."""

    seed: int | None | Unset = UNSET
    """Seed for the random sampler."""
    top_p: float | None | Unset = UNSET
    """Nucleus sampling: only tokens within this cumulative probability are considered (1 =
    all).

    The API's default is ``1``.
    """
    temperature: float | None | Unset = UNSET
    """Sampling temperature; larger values give more varied output."""
    max_completions_tokens: int | None | Unset = UNSET
    """Upper bound on the number of tokens the scoring model may generate."""
    reasoning_effort: ReasoningEffort | str | None | Unset = UNSET
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"seed", "top_p", "temperature", "max_completions_tokens", "reasoning_effort"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalGraderScoreModelSamplingParams"
    ) -> EvalGraderScoreModelSamplingParams:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.seed = d.get("seed", UNSET)
        if obj.seed is not UNSET and obj.seed is not None and type(obj.seed) is not int:
            raise wrong_type("integer", obj.seed, path, "seed")
        obj.top_p = d.get("top_p", UNSET)
        if (
            obj.top_p is not UNSET
            and obj.top_p is not None
            and type(obj.top_p) is not float
            and type(obj.top_p) is not int
        ):
            raise wrong_type("number", obj.top_p, path, "top_p")
        obj.temperature = d.get("temperature", UNSET)
        if (
            obj.temperature is not UNSET
            and obj.temperature is not None
            and type(obj.temperature) is not float
            and type(obj.temperature) is not int
        ):
            raise wrong_type("number", obj.temperature, path, "temperature")
        obj.max_completions_tokens = d.get("max_completions_tokens", UNSET)
        if (
            obj.max_completions_tokens is not UNSET
            and obj.max_completions_tokens is not None
            and type(obj.max_completions_tokens) is not int
        ):
            raise wrong_type(
                "integer", obj.max_completions_tokens, path, "max_completions_tokens"
            )
        obj.reasoning_effort = d.get("reasoning_effort", UNSET)
        if obj.reasoning_effort is not UNSET and obj.reasoning_effort is not None:
            obj.reasoning_effort = parse_enum(
                ReasoningEffort, obj.reasoning_effort, path, "reasoning_effort"
            )
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 5 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalGraderScoreModelSamplingParams:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalGraderScoreModelSamplingParams"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.seed is not UNSET:
            data["seed"] = self.seed
        if self.top_p is not UNSET:
            data["top_p"] = self.top_p
        if self.temperature is not UNSET:
            data["temperature"] = self.temperature
        if self.max_completions_tokens is not UNSET:
            data["max_completions_tokens"] = self.max_completions_tokens
        if self.reasoning_effort is not UNSET:
            data["reasoning_effort"] = (
                None
                if self.reasoning_effort is None
                else enum_value(self.reasoning_effort)
            )
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
