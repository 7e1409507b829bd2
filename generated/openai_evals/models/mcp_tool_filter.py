"""Generated from the API spec: MCPToolFilter."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    NO_EXTRA,
    UNSET,
    Unset,
    at,
    decode_json,
    encode_json,
    expect_list,
    expect_str,
    extra_fields,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class MCPToolFilter:
    """Selects MCP tools by name and/or by whether they are read-only."""

    tool_names: list[str] | Unset = UNSET
    """Names of the tools selected."""
    read_only: bool | Unset = UNSET
    """Select tools by their read-only flag (the server's `readOnlyHint` annotation)."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"tool_names", "read_only"})

    @classmethod
    def from_dict(cls, data: Any, path: str = "MCPToolFilter") -> MCPToolFilter:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.tool_names = d.get("tool_names", UNSET)
        if obj.tool_names is not UNSET:
            obj.tool_names = [
                expect_str(v0, at(path, "tool_names"), i0)
                for i0, v0 in enumerate(expect_list(obj.tool_names, path, "tool_names"))
            ]
        obj.read_only = d.get("read_only", UNSET)
        if obj.read_only is not UNSET and type(obj.read_only) is not bool:
            raise wrong_type("boolean", obj.read_only, path, "read_only")
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 2 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> MCPToolFilter:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "MCPToolFilter"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.tool_names is not UNSET:
            data["tool_names"] = list(self.tool_names)
        if self.read_only is not UNSET:
            data["read_only"] = self.read_only
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
