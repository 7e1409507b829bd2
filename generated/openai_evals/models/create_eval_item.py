"""Generated from the API spec: CreateEvalItemVariant1, CreateEvalItem."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from .._runtime import (
    NO_EXTRA,
    ParseError,
    at,
    decode_json,
    encode_json,
    extra_fields,
    no_variant,
    wrong_type,
)
from .eval_item import EvalItem


@dataclass(slots=True, kw_only=True)
class CreateEvalItemVariant1:
    """The CreateEvalItemVariant1 object of the API."""

    role: str
    """Author of the message, such as `system`, `user` or `assistant`."""
    content: str
    """Message text; may contain template placeholders."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"role", "content"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CreateEvalItemVariant1"
    ) -> CreateEvalItemVariant1:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.role = d["role"]
            if type(obj.role) is not str:
                raise wrong_type("string", obj.role, path, "role")
            obj.content = d["content"]
            if type(obj.content) is not str:
                raise wrong_type("string", obj.content, path, "content")
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
    def from_json(cls, text: str | bytes) -> CreateEvalItemVariant1:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CreateEvalItemVariant1"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "role": self.role,
            "content": self.content,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


CreateEvalItem: TypeAlias = CreateEvalItemVariant1 | EvalItem
"""One prompt message of a label grader: either a plain role/content pair or a full eval
message. Text may contain `{{item.<field>}}` placeholders.
"""


def parse_create_eval_item(data: Any, path: str = "CreateEvalItem") -> CreateEvalItem:
    """Parse one CreateEvalItem from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, dict):
        try:
            return CreateEvalItemVariant1.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
        try:
            return EvalItem.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(path, "CreateEvalItemVariant1 or EvalItem", data, problems)
