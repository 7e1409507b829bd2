"""Generated from the API spec: EvalResponsesSource."""

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
    enum_value,
    expect_list,
    expect_str,
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)
from .reasoning_effort import ReasoningEffort


@dataclass(slots=True, kw_only=True)
class EvalResponsesSource:
    """Selects stored responses to use as items; every field other than `type` narrows the
    selection.
    """

    type: Literal["responses"] = "responses"
    """Type discriminator; always `responses`."""
    metadata: dict[str, Any] | None | Unset = UNSET
    """Only responses whose metadata matches these pairs."""
    model: str | None | Unset = UNSET
    """Only responses produced by this model."""
    instructions_search: str | None | Unset = UNSET
    """Only responses whose `instructions` contain this text."""
    created_after: int | None | Unset = UNSET
    """Only responses created at or after this Unix time (seconds)."""
    created_before: int | None | Unset = UNSET
    """Only responses created at or before this Unix time (seconds)."""
    reasoning_effort: ReasoningEffort | str | None | Unset = UNSET
    """Only responses made with this reasoning effort."""
    temperature: float | None | Unset = UNSET
    """Only responses made with this temperature."""
    top_p: float | None | Unset = UNSET
    """Only responses made with this `top_p`."""
    users: list[str] | None | Unset = UNSET
    """Only responses made for one of these user identifiers."""
    tools: list[str] | None | Unset = UNSET
    """Only responses that used these tools (by name)."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "metadata",
            "model",
            "instructions_search",
            "created_after",
            "created_before",
            "reasoning_effort",
            "temperature",
            "top_p",
            "users",
            "tools",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalResponsesSource"
    ) -> EvalResponsesSource:
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
            if type(obj.type) is not str or obj.type != "responses":
                raise wrong_const("responses", obj.type, path, "type")
            obj.metadata = d.get("metadata", UNSET)
            if (
                obj.metadata is not UNSET
                and obj.metadata is not None
                and type(obj.metadata) is not dict
            ):
                raise wrong_type("object", obj.metadata, path, "metadata")
            obj.model = d.get("model", UNSET)
            if (
                obj.model is not UNSET
                and obj.model is not None
                and type(obj.model) is not str
            ):
                raise wrong_type("string", obj.model, path, "model")
            obj.instructions_search = d.get("instructions_search", UNSET)
            if (
                obj.instructions_search is not UNSET
                and obj.instructions_search is not None
                and type(obj.instructions_search) is not str
            ):
                raise wrong_type(
                    "string", obj.instructions_search, path, "instructions_search"
                )
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
            obj.reasoning_effort = d.get("reasoning_effort", UNSET)
            if obj.reasoning_effort is not UNSET and obj.reasoning_effort is not None:
                obj.reasoning_effort = parse_enum(
                    ReasoningEffort, obj.reasoning_effort, path, "reasoning_effort"
                )
            obj.temperature = d.get("temperature", UNSET)
            if (
                obj.temperature is not UNSET
                and obj.temperature is not None
                and type(obj.temperature) is not float
                and type(obj.temperature) is not int
            ):
                raise wrong_type("number", obj.temperature, path, "temperature")
            obj.top_p = d.get("top_p", UNSET)
            if (
                obj.top_p is not UNSET
                and obj.top_p is not None
                and type(obj.top_p) is not float
                and type(obj.top_p) is not int
            ):
                raise wrong_type("number", obj.top_p, path, "top_p")
            obj.users = d.get("users", UNSET)
            if obj.users is not UNSET and obj.users is not None:
                obj.users = [
                    expect_str(v0, at(path, "users"), i0)
                    for i0, v0 in enumerate(expect_list(obj.users, path, "users"))
                ]
            obj.tools = d.get("tools", UNSET)
            if obj.tools is not UNSET and obj.tools is not None:
                obj.tools = [
                    expect_str(v0, at(path, "tools"), i0)
                    for i0, v0 in enumerate(expect_list(obj.tools, path, "tools"))
                ]
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 11 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalResponsesSource:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalResponsesSource"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
        }
        if self.metadata is not UNSET:
            data["metadata"] = None if self.metadata is None else dict(self.metadata)
        if self.model is not UNSET:
            data["model"] = self.model
        if self.instructions_search is not UNSET:
            data["instructions_search"] = self.instructions_search
        if self.created_after is not UNSET:
            data["created_after"] = self.created_after
        if self.created_before is not UNSET:
            data["created_before"] = self.created_before
        if self.reasoning_effort is not UNSET:
            data["reasoning_effort"] = (
                None
                if self.reasoning_effort is None
                else enum_value(self.reasoning_effort)
            )
        if self.temperature is not UNSET:
            data["temperature"] = self.temperature
        if self.top_p is not UNSET:
            data["top_p"] = self.top_p
        if self.users is not UNSET:
            data["users"] = None if self.users is None else list(self.users)
        if self.tools is not UNSET:
            data["tools"] = None if self.tools is None else list(self.tools)
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
