"""Generated from the API spec: ChatCompletionTool."""

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
from .function_object import FunctionObject


@dataclass(slots=True, kw_only=True)
class ChatCompletionTool:
    """A function the model may call during a chat completion."""

    type: Literal["function"] = "function"
    """Type discriminator; always `function`."""
    function: FunctionObject
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "function"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ChatCompletionTool"
    ) -> ChatCompletionTool:
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
            obj.function = FunctionObject.from_dict(d["function"], path + ".function")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 2:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ChatCompletionTool:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ChatCompletionTool"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "function": self.function.to_dict(),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
