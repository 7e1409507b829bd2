"""Generated from the API spec: DeleteEvalResponse."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    ParseError,
    at,
    decode_json,
    encode_json,
    expect_bool,
    expect_object,
    expect_str,
    extra_fields,
)


@dataclass(slots=True, kw_only=True)
class DeleteEvalResponse:
    """Confirmation that an eval was deleted."""

    object: str
    """Kind of object, `eval.deleted`."""
    deleted: bool
    """True when the eval is gone."""
    eval_id: str
    """ID of the deleted eval."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"object", "deleted", "eval_id"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "DeleteEvalResponse"
    ) -> DeleteEvalResponse:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.object = expect_str(d["object"], path, "object")
            obj.deleted = expect_bool(d["deleted"], path, "deleted")
            obj.eval_id = expect_str(d["eval_id"], path, "eval_id")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        obj.extra = {} if cls._FIELDS.issuperset(d) else extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> DeleteEvalResponse:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "DeleteEvalResponse"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "object": self.object,
            "deleted": self.deleted,
            "eval_id": self.eval_id,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
