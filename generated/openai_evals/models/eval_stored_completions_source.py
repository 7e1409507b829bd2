"""Generated from the API spec: EvalStoredCompletionsSource."""

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
class EvalStoredCompletionsSource:
    """Selects stored chat completions to use as items; every field other than `type`
    narrows the selection.
    """

    type: Literal["stored_completions"] = "stored_completions"
    """Type discriminator; always `stored_completions`.

    The API's default is ``"stored_completions"``.
    """
    metadata: dict[str, str] | None | Unset = UNSET
    model: str | None | Unset = UNSET
    """Only completions produced by this model, e.g. `gpt-4o`."""
    created_after: int | None | Unset = UNSET
    """Only completions created after this Unix time (seconds)."""
    created_before: int | None | Unset = UNSET
    """Only completions created before this Unix time (seconds)."""
    limit: int | None | Unset = UNSET
    """Upper bound on the number of completions taken."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "metadata", "model", "created_after", "created_before", "limit"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalStoredCompletionsSource"
    ) -> EvalStoredCompletionsSource:
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
            obj.model = d.get("model", UNSET)
            if (
                obj.model is not UNSET
                and obj.model is not None
                and type(obj.model) is not str
            ):
                raise wrong_type("string", obj.model, path, "model")
            obj.created_after = d.get("created_after", UNSET)
            if (
                obj.created_after is not UNSET
                and obj.created_after is not None
                and type(obj.created_after) is not int
            ):
                raise wrong_type("integer", obj.created_after, path, "created_after")
            obj.created_before = d.get("created_before", UNSET)
            if (
                obj.created_before is not UNSET
                and obj.created_before is not None
                and type(obj.created_before) is not int
            ):
                raise wrong_type("integer", obj.created_before, path, "created_before")
            obj.limit = d.get("limit", UNSET)
            if (
                obj.limit is not UNSET
                and obj.limit is not None
                and type(obj.limit) is not int
            ):
                raise wrong_type("integer", obj.limit, path, "limit")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 6 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalStoredCompletionsSource:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalStoredCompletionsSource"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
        }
        if self.metadata is not UNSET:
            data["metadata"] = None if self.metadata is None else dict(self.metadata)
        if self.model is not UNSET:
            data["model"] = self.model
        if self.created_after is not UNSET:
            data["created_after"] = self.created_after
        if self.created_before is not UNSET:
            data["created_before"] = self.created_before
        if self.limit is not UNSET:
            data["limit"] = self.limit
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
