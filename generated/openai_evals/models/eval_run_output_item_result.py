"""Generated from the API spec: EvalRunOutputItemResult."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    UNSET,
    ParseError,
    Unset,
    at,
    decode_json,
    encode_json,
    expect_bool,
    expect_number,
    expect_object,
    expect_str,
    extra_fields,
)


@dataclass(slots=True, kw_only=True)
class EvalRunOutputItemResult:
    """What one grader decided for one output item; may carry extra grader-specific fields."""

    name: str
    """Which grader produced this result."""
    type: str | Unset = UNSET
    """Kind of grader, e.g. `string-check-grader`."""
    score: float
    """Score the grader gave."""
    passed: bool
    """True when the grader counted the item as a pass."""
    sample: dict[str, Any] | None | Unset = UNSET
    """Intermediate data the grader produced, if any."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"name", "type", "score", "passed", "sample"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunOutputItemResult"
    ) -> EvalRunOutputItemResult:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.name = expect_str(d["name"], path, "name")
            obj.type = d.get("type", UNSET)
            if obj.type is not UNSET:
                obj.type = expect_str(obj.type, path, "type")
            obj.score = expect_number(d["score"], path, "score")
            obj.passed = expect_bool(d["passed"], path, "passed")
            obj.sample = d.get("sample", UNSET)
            if obj.sample is not UNSET and obj.sample is not None:
                obj.sample = expect_object(obj.sample, path, "sample")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunOutputItemResult:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunOutputItemResult"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "name": self.name,
            "score": self.score,
            "passed": self.passed,
        }
        if self.type is not UNSET:
            data["type"] = self.type
        if self.sample is not UNSET:
            data["sample"] = None if self.sample is None else dict(self.sample)
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
