"""Generated from the API spec: NamespaceToolParam, NamespaceToolParamToolsItem."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    NO_EXTRA,
    ParseError,
    UnknownVariant,
    at,
    decode_json,
    encode_json,
    expect_object,
    extra_fields,
    parse_list,
    wrong_const,
    wrong_type,
)
from .custom_tool_param import CustomToolParam
from .function_tool_param import FunctionToolParam


@dataclass(slots=True, kw_only=True)
class NamespaceToolParam:
    """A named group of function and custom tools."""

    type: Literal["namespace"] = "namespace"
    """Type discriminator; always `namespace`.

    The API's default is ``"namespace"``.
    """
    name: str
    """Namespace used in tool calls, e.g. `crm`."""
    description: str
    """What the namespace is for, shown to the model."""
    tools: list[NamespaceToolParamToolsItem]
    """The tools in the namespace."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "name", "description", "tools"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "NamespaceToolParam"
    ) -> NamespaceToolParam:
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
            if type(obj.type) is not str or obj.type != "namespace":
                raise wrong_const("namespace", obj.type, path, "type")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.description = d["description"]
            if type(obj.description) is not str:
                raise wrong_type("string", obj.description, path, "description")
            obj.tools = parse_list(
                parse_namespace_tool_param_tools_item, d["tools"], path, "tools"
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 4:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> NamespaceToolParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "NamespaceToolParam"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "name": self.name,
            "description": self.description,
            "tools": [v0.to_dict() for v0 in self.tools],
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


NamespaceToolParamToolsItem: TypeAlias = (
    FunctionToolParam | CustomToolParam | UnknownVariant
)
"""A function tool or a custom tool."""

_NAMESPACE_TOOL_PARAM_TOOLS_ITEM: dict[
    str, Callable[[Any, str], NamespaceToolParamToolsItem]
] = {
    "function": FunctionToolParam.from_dict,
    "custom": CustomToolParam.from_dict,
}


def parse_namespace_tool_param_tools_item(
    data: Any, path: str = "NamespaceToolParamToolsItem"
) -> NamespaceToolParamToolsItem:
    """Parse one NamespaceToolParamToolsItem from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _NAMESPACE_TOOL_PARAM_TOOLS_ITEM.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
