"""Generated from the API spec: EvalJsonlFileContentSource,
EvalJsonlFileContentSourceContentItem.
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
    parse_list,
    wrong_const,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class EvalJsonlFileContentSource:
    """JSONL rows given inline in the request."""

    type: Literal["file_content"] = "file_content"
    """Type discriminator; always `file_content`.

    The API's default is ``"file_content"``.
    """
    content: list[EvalJsonlFileContentSourceContentItem]
    """The rows; each has an `item` and, optionally, a `sample`."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "content"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalJsonlFileContentSource"
    ) -> EvalJsonlFileContentSource:
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
            if type(obj.type) is not str or obj.type != "file_content":
                raise wrong_const("file_content", obj.type, path, "type")
            obj.content = parse_list(
                EvalJsonlFileContentSourceContentItem.from_dict,
                d["content"],
                path,
                "content",
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
    def from_json(cls, text: str | bytes) -> EvalJsonlFileContentSource:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalJsonlFileContentSource"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "content": [v0.to_dict() for v0 in self.content],
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class EvalJsonlFileContentSourceContentItem:
    """The EvalJsonlFileContentSourceContentItem object of the API."""

    item: dict[str, Any]
    sample: dict[str, Any] | Unset = UNSET
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"item", "sample"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalJsonlFileContentSourceContentItem"
    ) -> EvalJsonlFileContentSourceContentItem:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.item = d["item"]
            if type(obj.item) is not dict:
                raise wrong_type("object", obj.item, path, "item")
            obj.sample = d.get("sample", UNSET)
            if obj.sample is not UNSET and type(obj.sample) is not dict:
                raise wrong_type("object", obj.sample, path, "sample")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 2 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalJsonlFileContentSourceContentItem:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalJsonlFileContentSourceContentItem"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "item": dict(self.item),
        }
        if self.sample is not UNSET:
            data["sample"] = dict(self.sample)
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
