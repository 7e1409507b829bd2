"""Generated from the API spec: EvalStoredCompletionsDataSourceConfig."""

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
    expect_object,
    expect_str,
    extra_fields,
    wrong_const,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class EvalStoredCompletionsDataSourceConfig:
    """Deprecated: stored-completions data source config as returned by the API; superseded
    by the logs config.

    Deprecated by the API.
    """

    type: Literal["stored_completions"] = "stored_completions"
    """Type discriminator; always `stored_completions`.

    The API's default is ``"stored_completions"``.
    """
    metadata: dict[str, str] | None | Unset = UNSET
    schema: dict[str, Any]
    """JSON Schema of the variables that graders can use (see https://json-schema.org/)."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "metadata", "schema"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalStoredCompletionsDataSourceConfig"
    ) -> EvalStoredCompletionsDataSourceConfig:
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
            if type(obj.type) is not str or obj.type != "stored_completions":
                raise wrong_const("stored_completions", obj.type, path, "type")
            obj.metadata = d.get("metadata", UNSET)
            if obj.metadata is not UNSET and obj.metadata is not None:
                obj.metadata = {
                    k0: expect_str(v0, at(path, "metadata"), k0)
                    for k0, v0 in expect_object(obj.metadata, path, "metadata").items()
                }
            obj.schema = d["schema"]
            if type(obj.schema) is not dict:
                raise wrong_type("object", obj.schema, path, "schema")
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
    def from_json(cls, text: str | bytes) -> EvalStoredCompletionsDataSourceConfig:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalStoredCompletionsDataSourceConfig"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "schema": dict(self.schema),
        }
        if self.metadata is not UNSET:
            data["metadata"] = None if self.metadata is None else dict(self.metadata)
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
