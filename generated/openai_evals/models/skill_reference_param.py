"""Generated from the API spec: SkillReferenceParam."""

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
    extra_fields,
    wrong_const,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class SkillReferenceParam:
    """A skill created earlier through the skills endpoint, by ID."""

    type: Literal["skill_reference"] = "skill_reference"
    """Type discriminator; always `skill_reference`.

    The API's default is ``"skill_reference"``.
    """
    skill_id: str
    """ID of the skill."""
    version: str | Unset = UNSET
    """Version to use: a positive integer or `latest`; the default version when omitted."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "skill_id", "version"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "SkillReferenceParam"
    ) -> SkillReferenceParam:
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
            if type(obj.type) is not str or obj.type != "skill_reference":
                raise wrong_const("skill_reference", obj.type, path, "type")
            obj.skill_id = d["skill_id"]
            if type(obj.skill_id) is not str:
                raise wrong_type("string", obj.skill_id, path, "skill_id")
            obj.version = d.get("version", UNSET)
            if obj.version is not UNSET and type(obj.version) is not str:
                raise wrong_type("string", obj.version, path, "version")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 2 or (len(d) <= 3 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> SkillReferenceParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "SkillReferenceParam"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "skill_id": self.skill_id,
        }
        if self.version is not UNSET:
            data["version"] = self.version
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
