"""Generated from the API spec: EvalRunOutputItemList."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    NO_EXTRA,
    ParseError,
    at,
    decode_json,
    encode_json,
    extra_fields,
    parse_list,
    wrong_const,
    wrong_type,
)
from .eval_run_output_item import EvalRunOutputItem


@dataclass(slots=True, kw_only=True)
class EvalRunOutputItemList:
    """A page of output items of one run."""

    object: Literal["list"] = "list"
    """Kind of object; always `list`.

    The API's default is ``"list"``.
    """
    data: list[EvalRunOutputItem]
    """The output items on this page."""
    first_id: str | None
    """ID of the first output item on this page; null when the page is empty."""
    last_id: str | None
    """ID of the last output item on this page; pass it as `after` to get the next page;
    null when the page is empty.
    """
    has_more: bool
    """True when more output items follow this page."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"object", "data", "first_id", "last_id", "has_more"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "EvalRunOutputItemList"
    ) -> EvalRunOutputItemList:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.object = d["object"]
            if type(obj.object) is not str or obj.object != "list":
                raise wrong_const("list", obj.object, path, "object")
            obj.data = parse_list(EvalRunOutputItem.from_dict, d["data"], path, "data")
            obj.first_id = d["first_id"]
            if obj.first_id is not None and type(obj.first_id) is not str:
                raise wrong_type("string", obj.first_id, path, "first_id")
            obj.last_id = d["last_id"]
            if obj.last_id is not None and type(obj.last_id) is not str:
                raise wrong_type("string", obj.last_id, path, "last_id")
            obj.has_more = d["has_more"]
            if type(obj.has_more) is not bool:
                raise wrong_type("boolean", obj.has_more, path, "has_more")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 5:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunOutputItemList:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunOutputItemList"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "object": self.object,
            "data": [v0.to_dict() for v0 in self.data],
            "first_id": self.first_id,
            "last_id": self.last_id,
            "has_more": self.has_more,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
