"""Generated from the API spec: GraderStringCheckOperation, GraderStringCheck."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    NO_EXTRA,
    ParseError,
    StrEnum,
    at,
    decode_json,
    encode_json,
    enum_value,
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)


class GraderStringCheckOperation(StrEnum):
    """Comparison: `eq` (equal), `ne` (not equal), `like` (input contains the reference) or
    `ilike` (the same, ignoring case).
    """

    EQ = "eq"
    NE = "ne"
    LIKE = "like"
    ILIKE = "ilike"


@dataclass(slots=True, kw_only=True)
class GraderStringCheck:
    """Grader that compares an input string with a reference string."""

    type: Literal["string_check"] = "string_check"
    """Type discriminator; always `string_check`."""
    name: str
    """Name that identifies the grader."""
    input: str
    """The string under test; may contain template placeholders."""
    reference: str
    """The string to compare with; may contain template placeholders."""
    operation: GraderStringCheckOperation | str
    """Comparison: `eq` (equal), `ne` (not equal), `like` (input contains the reference) or
    `ilike` (the same, ignoring case).
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "name", "input", "reference", "operation"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "GraderStringCheck") -> GraderStringCheck:
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
            if type(obj.type) is not str or obj.type != "string_check":
                raise wrong_const("string_check", obj.type, path, "type")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.input = d["input"]
            if type(obj.input) is not str:
                raise wrong_type("string", obj.input, path, "input")
            obj.reference = d["reference"]
            if type(obj.reference) is not str:
                raise wrong_type("string", obj.reference, path, "reference")
            obj.operation = parse_enum(
                GraderStringCheckOperation, d["operation"], path, "operation"
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 5:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> GraderStringCheck:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "GraderStringCheck"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "name": self.name,
            "input": self.input,
            "reference": self.reference,
            "operation": enum_value(self.operation),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
