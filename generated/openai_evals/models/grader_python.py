"""Generated from the API spec: GraderPython."""

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
class GraderPython:
    """Grader that scores each item by running your Python code."""

    type: Literal["python"] = "python"
    """Type discriminator; always `python`."""
    name: str
    """Name that identifies the grader."""
    source: str
    """Python source code of the grading script."""
    image_tag: str | Unset = UNSET
    """Tag of the runtime image the script runs in."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "name", "source", "image_tag"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "GraderPython") -> GraderPython:
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
            if type(obj.type) is not str or obj.type != "python":
                raise wrong_const("python", obj.type, path, "type")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.source = d["source"]
            if type(obj.source) is not str:
                raise wrong_type("string", obj.source, path, "source")
            obj.image_tag = d.get("image_tag", UNSET)
            if obj.image_tag is not UNSET and type(obj.image_tag) is not str:
                raise wrong_type("string", obj.image_tag, path, "image_tag")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 3 or (len(d) <= 4 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> GraderPython:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "GraderPython"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "name": self.name,
            "source": self.source,
        }
        if self.image_tag is not UNSET:
            data["image_tag"] = self.image_tag
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
