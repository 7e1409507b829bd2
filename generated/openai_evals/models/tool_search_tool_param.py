"""Generated from the API spec: ToolSearchToolParam."""

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
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)
from .tool_search_execution_type import ToolSearchExecutionType


@dataclass(slots=True, kw_only=True)
class ToolSearchToolParam:
    """Tool search, hosted or run by your client, that finds tools marked for deferred
    loading.
    """

    type: Literal["tool_search"] = "tool_search"
    """Type discriminator; always `tool_search`.

    The API's default is ``"tool_search"``.
    """
    execution: ToolSearchExecutionType | str | Unset = UNSET
    """Who runs the search: the `server` or the `client`."""
    description: str | None | Unset = UNSET
    """Description shown to the model when your client runs the search."""
    parameters: dict[str, Any] | None | Unset = UNSET
    """Parameters schema when your client runs the search."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "execution", "description", "parameters"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ToolSearchToolParam"
    ) -> ToolSearchToolParam:
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
            if type(obj.type) is not str or obj.type != "tool_search":
                raise wrong_const("tool_search", obj.type, path, "type")
            obj.execution = d.get("execution", UNSET)
            if obj.execution is not UNSET:
                obj.execution = parse_enum(
                    ToolSearchExecutionType, obj.execution, path, "execution"
                )
            obj.description = d.get("description", UNSET)
            if (
                obj.description is not UNSET
                and obj.description is not None
                and type(obj.description) is not str
            ):
                raise wrong_type("string", obj.description, path, "description")
            obj.parameters = d.get("parameters", UNSET)
            if (
                obj.parameters is not UNSET
                and obj.parameters is not None
                and type(obj.parameters) is not dict
            ):
                raise wrong_type("object", obj.parameters, path, "parameters")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 4 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ToolSearchToolParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ToolSearchToolParam"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
        }
        if self.execution is not UNSET:
            data["execution"] = enum_value(self.execution)
        if self.description is not UNSET:
            data["description"] = self.description
        if self.parameters is not UNSET:
            data["parameters"] = (
                None if self.parameters is None else dict(self.parameters)
            )
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
