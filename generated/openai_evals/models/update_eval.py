"""Generated from the API spec: UpdateEvalRequest."""

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
    expect_object,
    expect_str,
    extra_fields,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class UpdateEvalRequest:
    """Fields of an eval that can be changed."""

    name: str | Unset = UNSET
    """New name for the eval."""
    metadata: dict[str, str] | None | Unset = UNSET
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"name", "metadata"})

    @classmethod
    def from_dict(cls, data: Any, path: str = "UpdateEvalRequest") -> UpdateEvalRequest:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.name = d.get("name", UNSET)
        if obj.name is not UNSET and type(obj.name) is not str:
            raise wrong_type("string", obj.name, path, "name")
        obj.metadata = d.get("metadata", UNSET)
        if obj.metadata is not UNSET and obj.metadata is not None:
            obj.metadata = {
                k0: expect_str(v0, at(path, "metadata"), k0)
                for k0, v0 in expect_object(obj.metadata, path, "metadata").items()
            }
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 2 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> UpdateEvalRequest:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "UpdateEvalRequest"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.name is not UNSET:
            data["name"] = self.name
        if self.metadata is not UNSET:
            data["metadata"] = None if self.metadata is None else dict(self.metadata)
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
