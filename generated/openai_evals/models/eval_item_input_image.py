"""Generated from the API spec: EvalItemInputImage."""

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
class EvalItemInputImage:
    """An image in the content of an eval message."""

    type: Literal["input_image"] = "input_image"
    """Type discriminator; always `input_image`."""
    image_url: str
    """Where the image can be fetched."""
    detail: str | Unset = UNSET
    """How much detail the model should use for the image: `low`, `high` or `auto` (the
    default).
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "image_url", "detail"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalItemInputImage"
    ) -> EvalItemInputImage:
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
            if type(obj.type) is not str or obj.type != "input_image":
                raise wrong_const("input_image", obj.type, path, "type")
            obj.image_url = d["image_url"]
            if type(obj.image_url) is not str:
                raise wrong_type("string", obj.image_url, path, "image_url")
            obj.detail = d.get("detail", UNSET)
            if obj.detail is not UNSET and type(obj.detail) is not str:
                raise wrong_type("string", obj.detail, path, "detail")
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
    def from_json(cls, text: str | bytes) -> EvalItemInputImage:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalItemInputImage"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "image_url": self.image_url,
        }
        if self.detail is not UNSET:
            data["detail"] = self.detail
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
