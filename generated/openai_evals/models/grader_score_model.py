"""Generated from the API spec: GraderScoreModel, GraderScoreModelSamplingParams."""

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
    enum_value,
    expect_const,
    expect_int,
    expect_list,
    expect_number,
    expect_object,
    expect_str,
    extra_fields,
    parse_enum,
)
from .eval_item import EvalItem
from .reasoning_effort import ReasoningEffort


@dataclass(slots=True, kw_only=True)
class GraderScoreModel:
    """Grader that asks a model for a numeric score of each item."""

    type: Literal["score_model"] = "score_model"
    """Type discriminator; always `score_model`."""
    name: str
    """Name that identifies the grader."""
    model: str
    """Model that produces the score."""
    sampling_params: GraderScoreModelSamplingParams | Unset = UNSET
    """Sampling settings for the scoring model."""
    input: list[EvalItem]
    """Prompt messages for the scoring model. Content can be text, output text, images or
    audio, and may contain template placeholders.
    """
    range: list[float] | Unset = UNSET
    """Lowest and highest possible score; `[0, 1]` when omitted."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "name", "model", "sampling_params", "input", "range"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "GraderScoreModel") -> GraderScoreModel:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        try:
            type: Literal["score_model"] = expect_const(
                d["type"], "score_model", path, "type"
            )
            name = expect_str(d["name"], path, "name")
            model = expect_str(d["model"], path, "model")
            sampling_params = d.get("sampling_params", UNSET)
            if sampling_params is not UNSET:
                sampling_params = GraderScoreModelSamplingParams.from_dict(
                    sampling_params, at(path, "sampling_params")
                )
            input = [
                EvalItem.from_dict(v0, at(at(path, "input"), i0))
                for i0, v0 in enumerate(expect_list(d["input"], path, "input"))
            ]
            range = d.get("range", UNSET)
            if range is not UNSET:
                range = [
                    expect_number(v0, at(path, "range"), i0)
                    for i0, v0 in enumerate(expect_list(range, path, "range"))
                ]
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            type=type,
            name=name,
            model=model,
            sampling_params=sampling_params,
            input=input,
            range=range,
            extra=extra_fields(d, cls._FIELDS),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> GraderScoreModel:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "GraderScoreModel"))

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
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class GraderScoreModelSamplingParams:
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
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"seed", "top_p", "temperature", "max_completions_tokens", "reasoning_effort"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "GraderScoreModelSamplingParams"
    ) -> GraderScoreModelSamplingParams:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        seed = d.get("seed", UNSET)
        if seed is not UNSET and seed is not None:
            seed = expect_int(seed, path, "seed")
        top_p = d.get("top_p", UNSET)
        if top_p is not UNSET and top_p is not None:
            top_p = expect_number(top_p, path, "top_p")
        temperature = d.get("temperature", UNSET)
        if temperature is not UNSET and temperature is not None:
            temperature = expect_number(temperature, path, "temperature")
        max_completions_tokens = d.get("max_completions_tokens", UNSET)
        if max_completions_tokens is not UNSET and max_completions_tokens is not None:
            max_completions_tokens = expect_int(
                max_completions_tokens, path, "max_completions_tokens"
            )
        reasoning_effort = d.get("reasoning_effort", UNSET)
        if reasoning_effort is not UNSET and reasoning_effort is not None:
            reasoning_effort = parse_enum(
                ReasoningEffort, reasoning_effort, path, "reasoning_effort"
            )
        return cls(
            seed=seed,
            top_p=top_p,
            temperature=temperature,
            max_completions_tokens=max_completions_tokens,
            reasoning_effort=reasoning_effort,
            extra=extra_fields(d, cls._FIELDS),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> GraderScoreModelSamplingParams:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "GraderScoreModelSamplingParams"))

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
