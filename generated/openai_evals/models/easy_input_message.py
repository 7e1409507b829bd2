"""Generated from the API spec: EasyInputMessageRole, EasyInputMessage,
EasyInputMessageContent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    StrEnum,
    Unset,
    at,
    decode_json,
    encode_json,
    enum_value,
    extra_fields,
    no_variant,
    parse_enum,
    parse_list,
    wrong_const,
    wrong_type,
)
from .input_content import InputContent, parse_input_content
from .message_phase import MessagePhase


class EasyInputMessageRole(StrEnum):
    """Who the message is from; `developer` and `system` instructions outrank `user` ones."""

    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"
    DEVELOPER = "developer"


@dataclass(slots=True, kw_only=True)
class EasyInputMessage:
    """A message given to a model. `developer` and `system` messages take precedence over
    `user` messages; `assistant` messages stand for earlier model replies.
    """

    role: EasyInputMessageRole | str
    """Who the message is from; `developer` and `system` instructions outrank `user` ones."""
    content: EasyInputMessageContent
    """The message content: a string, or a list of text, image and file parts. Assistant
    messages can carry earlier replies.
    """
    phase: MessagePhase | str | None | Unset = UNSET
    type: Literal["message"] | Unset = UNSET
    """Type discriminator; always `message`."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"role", "content", "phase", "type"})

    @classmethod
    def from_dict(cls, data: Any, path: str = "EasyInputMessage") -> EasyInputMessage:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.role = parse_enum(EasyInputMessageRole, d["role"], path, "role")
            obj.content = parse_easy_input_message_content(
                d["content"], path + ".content"
            )
            obj.phase = d.get("phase", UNSET)
            if obj.phase is not UNSET and obj.phase is not None:
                obj.phase = parse_enum(MessagePhase, obj.phase, path, "phase")
            obj.type = d.get("type", UNSET)
            if obj.type is not UNSET and (
                type(obj.type) is not str or obj.type != "message"
            ):
                raise wrong_const("message", obj.type, path, "type")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 2 or (len(d) <= 4 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EasyInputMessage:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EasyInputMessage"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "role": enum_value(self.role),
            "content": dump_easy_input_message_content(self.content),
        }
        if self.phase is not UNSET:
            data["phase"] = None if self.phase is None else enum_value(self.phase)
        if self.type is not UNSET:
            data["type"] = self.type
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


EasyInputMessageContent: TypeAlias = str | list[InputContent]
"""The message content: a string, or a list of text, image and file parts. Assistant
messages can carry earlier replies.
"""


def parse_easy_input_message_content(
    data: Any, path: str = "EasyInputMessageContent"
) -> EasyInputMessageContent:
    """Parse one EasyInputMessageContent from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        try:
            return parse_list(parse_input_content, data, path, None)
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(path, "string or array", data, problems)


def dump_easy_input_message_content(value: EasyInputMessageContent) -> Any:
    """The JSON data of a value of EasyInputMessageContent."""
    if isinstance(value, list):
        return [v0.to_dict() for v0 in value]
    return value
