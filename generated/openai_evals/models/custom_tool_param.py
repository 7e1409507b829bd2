"""Generated from the API spec: CustomToolParam, CustomToolParamFormat."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    UnknownVariant,
    Unset,
    at,
    decode_json,
    encode_json,
    enum_value,
    expect_list,
    expect_object,
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .custom_grammar_format_param import CustomGrammarFormatParam
from .custom_text_format_param import CustomTextFormatParam


@dataclass(slots=True, kw_only=True)
class CustomToolParam:
    """A tool you define whose input is free text or text following a grammar."""

    type: Literal["custom"] = "custom"
    """Type discriminator; always `custom`.

    The API's default is ``"custom"``.
    """
    name: str
    """Name that identifies the tool in tool calls."""
    description: str | Unset = UNSET
    """What the tool does, given to the model as context."""
    format: CustomToolParamFormat | Unset = UNSET
    """Format of the tool input; free text when omitted."""
    defer_loading: bool | Unset = UNSET
    """When true, the tool is found later, through tool search."""
    allowed_callers: list[CallableToolAllowedCaller | str] | None | Unset = UNSET
    """Contexts from which the tool may be invoked."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "name", "description", "format", "defer_loading", "allowed_callers"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "CustomToolParam") -> CustomToolParam:
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
            if type(obj.type) is not str or obj.type != "custom":
                raise wrong_const("custom", obj.type, path, "type")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.description = d.get("description", UNSET)
            if obj.description is not UNSET and type(obj.description) is not str:
                raise wrong_type("string", obj.description, path, "description")
            obj.format = d.get("format", UNSET)
            if obj.format is not UNSET:
                obj.format = parse_custom_tool_param_format(
                    obj.format, path + ".format"
                )
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
        if len(d) == 2 or (len(d) <= 6 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> CustomToolParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CustomToolParam"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "name": self.name,
        }
        if self.description is not UNSET:
            data["description"] = self.description
        if self.format is not UNSET:
            data["format"] = self.format.to_dict()
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


CustomToolParamFormat: TypeAlias = (
    CustomTextFormatParam | CustomGrammarFormatParam | UnknownVariant
)
"""Format of the tool input; free text when omitted."""

_CUSTOM_TOOL_PARAM_FORMAT: dict[str, Callable[[Any, str], CustomToolParamFormat]] = {
    "text": CustomTextFormatParam.from_dict,
    "grammar": CustomGrammarFormatParam.from_dict,
}


def parse_custom_tool_param_format(
    data: Any, path: str = "CustomToolParamFormat"
) -> CustomToolParamFormat:
    """Parse one CustomToolParamFormat from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CUSTOM_TOOL_PARAM_FORMAT.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
