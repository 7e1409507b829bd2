"""Generated from the API spec: DeleteEvalRunResponse."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    NO_EXTRA,
    UNSET,
    Unset,
    decode_json,
    encode_json,
    extra_fields,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class DeleteEvalRunResponse:
    """Confirmation that a run was deleted."""

    object: str | Unset = UNSET
    """Kind of object, `eval.run.deleted`."""
    deleted: bool | Unset = UNSET
    """True when the run is gone."""
    run_id: str | Unset = UNSET
    """ID of the deleted run."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"object", "deleted", "run_id"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "DeleteEvalRunResponse"
    ) -> DeleteEvalRunResponse:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.object = d.get("object", UNSET)
        if obj.object is not UNSET and type(obj.object) is not str:
            raise wrong_type("string", obj.object, path, "object")
        obj.deleted = d.get("deleted", UNSET)
        if obj.deleted is not UNSET and type(obj.deleted) is not bool:
            raise wrong_type("boolean", obj.deleted, path, "deleted")
        obj.run_id = d.get("run_id", UNSET)
        if obj.run_id is not UNSET and type(obj.run_id) is not str:
            raise wrong_type("string", obj.run_id, path, "run_id")
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 3 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> DeleteEvalRunResponse:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "DeleteEvalRunResponse"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.object is not UNSET:
            data["object"] = self.object
        if self.deleted is not UNSET:
            data["deleted"] = self.deleted
        if self.run_id is not UNSET:
            data["run_id"] = self.run_id
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
