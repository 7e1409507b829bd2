"""Generated from the API spec: EvalItemRole, EvalItem."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

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
    parse_enum,
    wrong_const,
    wrong_type,
)
from .eval_item_content import (
    EvalItemContent,
    dump_eval_item_content,
    parse_eval_item_content,
)


class EvalItemRole(StrEnum):
    """Who the message is from; `developer` and `system` instructions outrank `user` ones."""

    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"
    DEVELOPER = "developer"


@dataclass(slots=True, kw_only=True)
class EvalItem:
    """A message given to a model. `developer` and `system` messages take precedence over
    `user` messages; `assistant` messages stand for earlier model replies.
    """

    role: EvalItemRole | str
    """Who the message is from; `developer` and `system` instructions outrank `user` ones."""
    content: EvalItemContent
    type: Literal["message"] | Unset = UNSET
    """Type discriminator; always `message`."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"role", "content", "type"})

    @classmethod
    def from_dict(cls, data: Any, path: str = "EvalItem") -> EvalItem:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.role = parse_enum(EvalItemRole, d["role"], path, "role")
            obj.content = parse_eval_item_content(d["content"], path + ".content")
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
        if len(d) == 2 or (len(d) <= 3 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalItem:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalItem"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "role": enum_value(self.role),
            "content": dump_eval_item_content(self.content),
        }
        if self.type is not UNSET:
            data["type"] = self.type
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
