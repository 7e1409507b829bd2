"""Generated from the API spec: PromptCacheBreakpointConfig."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    NO_EXTRA,
    ParseError,
    at,
    decode_json,
    encode_json,
    extra_fields,
    wrong_const,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class PromptCacheBreakpointConfig:
    """Explicit end of a prompt prefix that can be reused from the cache. Its lifetime
    comes from the request's prompt cache TTL; the position is exact, not rounded to a
    token block.
    """

    mode: Literal["explicit"] = "explicit"
    """How the breakpoint is set; only `explicit` exists.

    The API's default is ``"explicit"``.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"mode"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "PromptCacheBreakpointConfig"
    ) -> PromptCacheBreakpointConfig:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.mode = d["mode"]
            if type(obj.mode) is not str or obj.mode != "explicit":
                raise wrong_const("explicit", obj.mode, path, "mode")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 1:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> PromptCacheBreakpointConfig:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "PromptCacheBreakpointConfig"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "mode": self.mode,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
