"""Generated from the API spec: Error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    NO_EXTRA,
    ParseError,
    at,
    decode_json,
    encode_json,
    extra_fields,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class Error:
    """Details of an API error."""

    code: str | None
    message: str
    param: str | None
    type: str
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"code", "message", "param", "type"})

    @classmethod
    def from_dict(cls, data: Any, path: str = "Error") -> Error:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.code = d["code"]
            if obj.code is not None and type(obj.code) is not str:
                raise wrong_type("string", obj.code, path, "code")
            obj.message = d["message"]
            if type(obj.message) is not str:
                raise wrong_type("string", obj.message, path, "message")
            obj.param = d["param"]
            if obj.param is not None and type(obj.param) is not str:
                raise wrong_type("string", obj.param, path, "param")
            obj.type = d["type"]
            if type(obj.type) is not str:
                raise wrong_type("string", obj.type, path, "type")
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
    def from_json(cls, text: str | bytes) -> Error:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "Error"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "code": self.code,
            "message": self.message,
            "param": self.param,
            "type": self.type,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
