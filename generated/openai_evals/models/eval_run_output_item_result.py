"""Generated from the API spec: EvalRunOutputItemResult."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    Unset,
    at,
    decode_json,
    encode_json,
    extra_fields,
    wrong_type,
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
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

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
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.type = d.get("type", UNSET)
            if obj.type is not UNSET and type(obj.type) is not str:
                raise wrong_type("string", obj.type, path, "type")
            obj.score = d["score"]
            if type(obj.score) is not float and type(obj.score) is not int:
                raise wrong_type("number", obj.score, path, "score")
            obj.passed = d["passed"]
            if type(obj.passed) is not bool:
                raise wrong_type("boolean", obj.passed, path, "passed")
            obj.sample = d.get("sample", UNSET)
            if (
                obj.sample is not UNSET
                and obj.sample is not None
                and type(obj.sample) is not dict
            ):
                raise wrong_type("object", obj.sample, path, "sample")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 3 or (len(d) <= 5 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
