"""Generated from the API spec: DeleteEvalResponse."""

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
class DeleteEvalResponse:
    """Confirmation that an eval was deleted."""

    object: str
    """Kind of object, `eval.deleted`."""
    deleted: bool
    """True when the eval is gone."""
    eval_id: str
    """ID of the deleted eval."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"object", "deleted", "eval_id"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "DeleteEvalResponse"
    ) -> DeleteEvalResponse:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.object = d["object"]
            if type(obj.object) is not str:
                raise wrong_type("string", obj.object, path, "object")
            obj.deleted = d["deleted"]
            if type(obj.deleted) is not bool:
                raise wrong_type("boolean", obj.deleted, path, "deleted")
            obj.eval_id = d["eval_id"]
            if type(obj.eval_id) is not str:
                raise wrong_type("string", obj.eval_id, path, "eval_id")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 3:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
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
