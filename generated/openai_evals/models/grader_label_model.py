"""Generated from the API spec: GraderLabelModel."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    NO_EXTRA,
    ParseError,
    at,
    decode_json,
    encode_json,
    expect_list,
    expect_str,
    extra_fields,
    parse_list,
    wrong_const,
    wrong_type,
)
from .eval_item import EvalItem


@dataclass(slots=True, kw_only=True)
class GraderLabelModel:
    """Grader that asks a model to put one of the given labels on each item; the item
    passes when that label is one of the passing labels.
    """

    type: Literal["label_model"] = "label_model"
    """Type discriminator; always `label_model`."""
    name: str
    """Name that identifies the grader."""
    model: str
    """Model that picks the label; it must support structured outputs."""
    input: list[EvalItem]
    """Prompt messages for the labelling model."""
    labels: list[str]
    """All labels the model can choose from."""
    passing_labels: list[str]
    """The labels that count as a pass; a subset of `labels`."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "name", "model", "input", "labels", "passing_labels"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "GraderLabelModel") -> GraderLabelModel:
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
            if type(obj.type) is not str or obj.type != "label_model":
                raise wrong_const("label_model", obj.type, path, "type")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.model = d["model"]
            if type(obj.model) is not str:
                raise wrong_type("string", obj.model, path, "model")
            obj.input = parse_list(EvalItem.from_dict, d["input"], path, "input")
            obj.labels = [
                expect_str(v0, at(path, "labels"), i0)
                for i0, v0 in enumerate(expect_list(d["labels"], path, "labels"))
            ]
            obj.passing_labels = [
                expect_str(v0, at(path, "passing_labels"), i0)
                for i0, v0 in enumerate(
                    expect_list(d["passing_labels"], path, "passing_labels")
                )
            ]
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
    def from_json(cls, text: str | bytes) -> GraderLabelModel:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "GraderLabelModel"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "name": self.name,
            "model": self.model,
            "input": [v0.to_dict() for v0 in self.input],
            "labels": list(self.labels),
            "passing_labels": list(self.passing_labels),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
