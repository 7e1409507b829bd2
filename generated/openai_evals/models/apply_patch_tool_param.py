"""Generated from the API spec: ApplyPatchToolParam."""

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
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)
from .callable_tool_allowed_caller import CallableToolAllowedCaller


@dataclass(slots=True, kw_only=True)
class ApplyPatchToolParam:
    """Tool with which the model edits files by producing unified diffs."""

    type: Literal["apply_patch"] = "apply_patch"
    """Type discriminator; always `apply_patch`.

    The API's default is ``"apply_patch"``.
    """
    allowed_callers: list[CallableToolAllowedCaller | str] | None | Unset = UNSET
    """Contexts from which the tool may be invoked."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "allowed_callers"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ApplyPatchToolParam"
    ) -> ApplyPatchToolParam:
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
            if type(obj.type) is not str or obj.type != "apply_patch":
                raise wrong_const("apply_patch", obj.type, path, "type")
            obj.allowed_callers = d.get("allowed_callers", UNSET)
            if obj.allowed_callers is not UNSET and obj.allowed_callers is not None:
                obj.allowed_callers = [
                    parse_enum(
                        CallableToolAllowedCaller, v0, at(path, "allowed_callers"), i0
                    )
                    for i0, v0 in enumerate(
                        expect_list(obj.allowed_callers, path, "allowed_callers")
                    )
                ]
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 2 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ApplyPatchToolParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ApplyPatchToolParam"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
        }
        if self.allowed_callers is not UNSET:
            data["allowed_callers"] = (
                None
                if self.allowed_callers is None
                else [enum_value(v0) for v0 in self.allowed_callers]
            )
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
