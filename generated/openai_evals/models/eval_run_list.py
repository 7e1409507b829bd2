"""Generated from the API spec: EvalRunList."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    ParseError,
    at,
    decode_json,
    encode_json,
    expect_bool,
    expect_const,
    expect_list,
    expect_object,
    expect_str,
    extra_fields,
)
from .eval_run import EvalRun


@dataclass(slots=True, kw_only=True)
class EvalRunList:
    """A page of runs of one eval."""

    object: Literal["list"] = "list"
    """Kind of object; always `list`.

    The API's default is ``"list"``.
    """
    data: list[EvalRun]
    """The runs on this page."""
    first_id: str | None
    """ID of the first run on this page; null when the page is empty."""
    last_id: str | None
    """ID of the last run on this page; pass it as `after` to get the next page; null when
    the page is empty.
    """
    has_more: bool
    """True when more runs follow this page."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"object", "data", "first_id", "last_id", "has_more"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "EvalRunList") -> EvalRunList:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        try:
            object: Literal["list"] = expect_const(d["object"], "list", path, "object")
            data_2 = [
                EvalRun.from_dict(v0, at(at(path, "data"), i0))
                for i0, v0 in enumerate(expect_list(d["data"], path, "data"))
            ]
            first_id = d["first_id"]
            if first_id is not None:
                first_id = expect_str(first_id, path, "first_id")
            last_id = d["last_id"]
            if last_id is not None:
                last_id = expect_str(last_id, path, "last_id")
            has_more = expect_bool(d["has_more"], path, "has_more")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            object=object,
            data=data_2,
            first_id=first_id,
            last_id=last_id,
            has_more=has_more,
            extra=extra_fields(d, cls._FIELDS),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> EvalRunList:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "EvalRunList"))

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
