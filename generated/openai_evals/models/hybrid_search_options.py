"""Generated from the API spec: HybridSearchOptions."""

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
class HybridSearchOptions:
    """Weights for reciprocal rank fusion in hybrid search."""

    embedding_weight: float
    """Weight of the semantic (embedding) ranking."""
    text_weight: float
    """Weight of the keyword (text) ranking."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"embedding_weight", "text_weight"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "HybridSearchOptions"
    ) -> HybridSearchOptions:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.embedding_weight = d["embedding_weight"]
            if (
                type(obj.embedding_weight) is not float
                and type(obj.embedding_weight) is not int
            ):
                raise wrong_type(
                    "number", obj.embedding_weight, path, "embedding_weight"
                )
            obj.text_weight = d["text_weight"]
            if type(obj.text_weight) is not float and type(obj.text_weight) is not int:
                raise wrong_type("number", obj.text_weight, path, "text_weight")
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
    def from_json(cls, text: str | bytes) -> HybridSearchOptions:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "HybridSearchOptions"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "embedding_weight": self.embedding_weight,
            "text_weight": self.text_weight,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
