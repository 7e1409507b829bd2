"""Generated from the API spec: ResponseFormatJsonSchema,
ResponseFormatJsonSchemaJsonSchema.
"""

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
class ResponseFormatJsonSchema:
    """Structured Outputs: the output is JSON that follows the given JSON Schema."""

    type: Literal["json_schema"] = "json_schema"
    """Type discriminator; always `json_schema`."""
    json_schema: ResponseFormatJsonSchemaJsonSchema
    """The schema and how strictly it is applied."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "json_schema"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ResponseFormatJsonSchema"
    ) -> ResponseFormatJsonSchema:
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
            if type(obj.type) is not str or obj.type != "json_schema":
                raise wrong_const("json_schema", obj.type, path, "type")
            obj.json_schema = ResponseFormatJsonSchemaJsonSchema.from_dict(
                d["json_schema"], path + ".json_schema"
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 2:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ResponseFormatJsonSchema:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ResponseFormatJsonSchema"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "json_schema": self.json_schema.to_dict(),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class ResponseFormatJsonSchemaJsonSchema:
    """The schema and how strictly it is applied."""

    description: str | Unset = UNSET
    """What the format is for; helps the model decide how to answer."""
    name: str
    """Name of the format: letters, digits, `_` and `-`, at most 64 characters."""
    schema: dict[str, Any] | Unset = UNSET
    strict: bool | None | Unset = UNSET
    """When true, the output follows the schema exactly; only part of JSON Schema is
    allowed in that mode.

    The API's default is ``false``.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"description", "name", "schema", "strict"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ResponseFormatJsonSchemaJsonSchema"
    ) -> ResponseFormatJsonSchemaJsonSchema:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.description = d.get("description", UNSET)
            if obj.description is not UNSET and type(obj.description) is not str:
                raise wrong_type("string", obj.description, path, "description")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.schema = d.get("schema", UNSET)
            if obj.schema is not UNSET and type(obj.schema) is not dict:
                raise wrong_type("object", obj.schema, path, "schema")
            obj.strict = d.get("strict", UNSET)
            if (
                obj.strict is not UNSET
                and obj.strict is not None
                and type(obj.strict) is not bool
            ):
                raise wrong_type("boolean", obj.strict, path, "strict")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 4 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ResponseFormatJsonSchemaJsonSchema:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ResponseFormatJsonSchemaJsonSchema"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "name": self.name,
        }
        if self.description is not UNSET:
            data["description"] = self.description
        if self.schema is not UNSET:
            data["schema"] = dict(self.schema)
        if self.strict is not UNSET:
            data["strict"] = self.strict
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
