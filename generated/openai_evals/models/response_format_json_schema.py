"""Generated from the API spec: ResponseFormatJsonSchema,
ResponseFormatJsonSchemaJsonSchema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    UNSET,
    ParseError,
    Unset,
    at,
    decode_json,
    encode_json,
    expect_bool,
    expect_const,
    expect_object,
    expect_str,
    extra_fields,
)


@dataclass(slots=True, kw_only=True)
class ResponseFormatJsonSchema:
    """Structured Outputs: the output is JSON that follows the given JSON Schema."""

    type: Literal["json_schema"] = "json_schema"
    """Type discriminator; always `json_schema`."""
    json_schema: ResponseFormatJsonSchemaJsonSchema
    """The schema and how strictly it is applied."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "json_schema"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ResponseFormatJsonSchema"
    ) -> ResponseFormatJsonSchema:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        try:
            type: Literal["json_schema"] = expect_const(
                d["type"], "json_schema", path, "type"
            )
            json_schema = ResponseFormatJsonSchemaJsonSchema.from_dict(
                d["json_schema"], at(path, "json_schema")
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            type=type,
            json_schema=json_schema,
            extra=extra_fields(d, cls._FIELDS),
        )

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
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

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
        d = expect_object(data, path, None)
        try:
            description = d.get("description", UNSET)
            if description is not UNSET:
                description = expect_str(description, path, "description")
            name = expect_str(d["name"], path, "name")
            schema = d.get("schema", UNSET)
            if schema is not UNSET:
                schema = expect_object(schema, path, "schema")
            strict = d.get("strict", UNSET)
            if strict is not UNSET and strict is not None:
                strict = expect_bool(strict, path, "strict")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            description=description,
            name=name,
            schema=schema,
            strict=strict,
            extra=extra_fields(d, cls._FIELDS),
        )

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
