"""Generated from the API spec: FunctionToolParam."""

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
    expect_bool,
    expect_const,
    expect_list,
    expect_object,
    expect_str,
    extra_fields,
    parse_enum,
)
from .callable_tool_allowed_caller import CallableToolAllowedCaller


@dataclass(slots=True, kw_only=True)
class FunctionToolParam:
    """A function tool inside a namespace."""

    name: str
    description: str | None | Unset = UNSET
    parameters: dict[str, Any] | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    """Whether arguments are validated strictly; when omitted, strict validation is used if
    the schema allows it.
    """
    type: Literal["function"] = "function"
    """The API's default is ``"function"``."""
    output_schema: dict[str, Any] | None | Unset = UNSET
    """JSON Schema of the JSON value that string outputs of the function contain (not of
    content-array outputs).
    """
    defer_loading: bool | Unset = UNSET
    """When true, the function is found later, through tool search."""
    allowed_callers: list[CallableToolAllowedCaller | str] | None | Unset = UNSET
    """Contexts from which the tool may be invoked."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "description",
            "parameters",
            "strict",
            "type",
            "output_schema",
            "defer_loading",
            "allowed_callers",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "FunctionToolParam") -> FunctionToolParam:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        try:
            name = expect_str(d["name"], path, "name")
            description = d.get("description", UNSET)
            if description is not UNSET and description is not None:
                description = expect_str(description, path, "description")
            parameters = d.get("parameters", UNSET)
            if parameters is not UNSET and parameters is not None:
                parameters = expect_object(parameters, path, "parameters")
            strict = d.get("strict", UNSET)
            if strict is not UNSET and strict is not None:
                strict = expect_bool(strict, path, "strict")
            type: Literal["function"] = expect_const(
                d["type"], "function", path, "type"
            )
            output_schema = d.get("output_schema", UNSET)
            if output_schema is not UNSET and output_schema is not None:
                output_schema = expect_object(output_schema, path, "output_schema")
            defer_loading = d.get("defer_loading", UNSET)
            if defer_loading is not UNSET:
                defer_loading = expect_bool(defer_loading, path, "defer_loading")
            allowed_callers = d.get("allowed_callers", UNSET)
            if allowed_callers is not UNSET and allowed_callers is not None:
                allowed_callers = [
                    parse_enum(
                        CallableToolAllowedCaller, v0, at(path, "allowed_callers"), i0
                    )
                    for i0, v0 in enumerate(
                        expect_list(allowed_callers, path, "allowed_callers")
                    )
                ]
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
            type=type,
            output_schema=output_schema,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
            extra=extra_fields(d, cls._FIELDS),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> FunctionToolParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "FunctionToolParam"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
        }
        if self.description is not UNSET:
            data["description"] = self.description
        if self.parameters is not UNSET:
            data["parameters"] = (
                None if self.parameters is None else dict(self.parameters)
            )
        if self.strict is not UNSET:
            data["strict"] = self.strict
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
