"""Generated from the API spec: Error."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    ParseError,
    at,
    decode_json,
    encode_json,
    expect_object,
    expect_str,
    extra_fields,
)


@dataclass(slots=True, kw_only=True)
class Error:
    """Details of an API error."""

    code: str | None
    message: str
    param: str | None
    type: str
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"code", "message", "param", "type"})

    @classmethod
    def from_dict(cls, data: Any, path: str = "Error") -> Error:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        try:
            code = d["code"]
            if code is not None:
                code = expect_str(code, path, "code")
            message = expect_str(d["message"], path, "message")
            param = d["param"]
            if param is not None:
                param = expect_str(param, path, "param")
            type = expect_str(d["type"], path, "type")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            code=code,
            message=message,
            param=param,
            type=type,
            extra=extra_fields(d, cls._FIELDS),
        )

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
