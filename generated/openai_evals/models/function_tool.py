"""Generated from the API spec: FunctionTool."""

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
class FunctionTool:
    """A function in your code that the model may call."""

    type: Literal["function"] = "function"
    """Type discriminator; always `function`.

    The API's default is ``"function"``.
    """
    name: str
    """Name of the function."""
    description: str | None | Unset = UNSET
    """What the function does; the model uses it to decide whether to call it."""
    parameters: dict[str, Any] | None
    """JSON Schema of the function arguments."""
    output_schema: dict[str, Any] | None | Unset = UNSET
    """JSON Schema of the JSON value that string outputs of the function contain."""
    strict: bool | None
    """Whether the arguments are validated strictly against `parameters`."""
    defer_loading: bool | Unset = UNSET
    """When true, the function is loaded later, through tool search."""
    allowed_callers: list[CallableToolAllowedCaller | str] | None | Unset = UNSET
    """Contexts from which the tool may be invoked."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "name",
            "description",
            "parameters",
            "output_schema",
            "strict",
            "defer_loading",
            "allowed_callers",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "FunctionTool") -> FunctionTool:
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
            if type(obj.type) is not str or obj.type != "function":
                raise wrong_const("function", obj.type, path, "type")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.description = d.get("description", UNSET)
            if (
                obj.description is not UNSET
                and obj.description is not None
                and type(obj.description) is not str
            ):
                raise wrong_type("string", obj.description, path, "description")
            obj.parameters = d["parameters"]
            if obj.parameters is not None and type(obj.parameters) is not dict:
                raise wrong_type("object", obj.parameters, path, "parameters")
            obj.output_schema = d.get("output_schema", UNSET)
            if (
                obj.output_schema is not UNSET
                and obj.output_schema is not None
                and type(obj.output_schema) is not dict
            ):
                raise wrong_type("object", obj.output_schema, path, "output_schema")
            obj.strict = d["strict"]
            if obj.strict is not None and type(obj.strict) is not bool:
                raise wrong_type("boolean", obj.strict, path, "strict")
            obj.defer_loading = d.get("defer_loading", UNSET)
            if obj.defer_loading is not UNSET and type(obj.defer_loading) is not bool:
                raise wrong_type("boolean", obj.defer_loading, path, "defer_loading")
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
        if len(d) == 4 or (len(d) <= 8 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> FunctionTool:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "FunctionTool"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "name": self.name,
            "parameters": None if self.parameters is None else dict(self.parameters),
            "strict": self.strict,
        }
        if self.description is not UNSET:
            data["description"] = self.description
        if self.output_schema is not UNSET:
            data["output_schema"] = (
                None if self.output_schema is None else dict(self.output_schema)
            )
        if self.defer_loading is not UNSET:
            data["defer_loading"] = self.defer_loading
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
