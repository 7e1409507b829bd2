"""Generated from the API spec: CreateEvalCustomDataSourceConfig."""

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
class CreateEvalCustomDataSourceConfig:
    """Data source config for your own data: a JSON Schema for one item. Graders can refer
    to the item fields, and every run must supply items of this shape.
    """

    type: Literal["custom"] = "custom"
    """Type discriminator; always `custom`.

    The API's default is ``"custom"``.
    """
    item_schema: dict[str, Any]
    """JSON Schema that every item must satisfy."""
    include_sample_schema: bool | Unset = UNSET
    """Set to true when runs will also produce a model sample per item (the `sample`
    namespace), for instance by generating responses from the items.

    The API's default is ``false``.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "item_schema", "include_sample_schema"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CreateEvalCustomDataSourceConfig"
    ) -> CreateEvalCustomDataSourceConfig:
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
            if type(obj.type) is not str or obj.type != "custom":
                raise wrong_const("custom", obj.type, path, "type")
            obj.item_schema = d["item_schema"]
            if type(obj.item_schema) is not dict:
                raise wrong_type("object", obj.item_schema, path, "item_schema")
            obj.include_sample_schema = d.get("include_sample_schema", UNSET)
            if (
                obj.include_sample_schema is not UNSET
                and type(obj.include_sample_schema) is not bool
            ):
                raise wrong_type(
                    "boolean", obj.include_sample_schema, path, "include_sample_schema"
                )
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
    def from_json(cls, text: str | bytes) -> CreateEvalCustomDataSourceConfig:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CreateEvalCustomDataSourceConfig"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "item_schema": dict(self.item_schema),
        }
        if self.include_sample_schema is not UNSET:
            data["include_sample_schema"] = self.include_sample_schema
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
