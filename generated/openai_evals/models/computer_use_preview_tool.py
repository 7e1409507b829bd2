"""Generated from the API spec: ComputerUsePreviewTool."""

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
    enum_value,
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)
from .computer_environment import ComputerEnvironment


@dataclass(slots=True, kw_only=True)
class ComputerUsePreviewTool:
    """Preview version of the hosted computer tool, for a given environment and screen
    size.
    """

    type: Literal["computer_use_preview"] = "computer_use_preview"
    """Type discriminator; always `computer_use_preview`.

    The API's default is ``"computer_use_preview"``.
    """
    environment: ComputerEnvironment | str
    """Kind of computer environment the model operates."""
    display_width: int
    """Screen width, in pixels."""
    display_height: int
    """Screen height, in pixels."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "environment", "display_width", "display_height"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ComputerUsePreviewTool"
    ) -> ComputerUsePreviewTool:
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
            if type(obj.type) is not str or obj.type != "computer_use_preview":
                raise wrong_const("computer_use_preview", obj.type, path, "type")
            obj.environment = parse_enum(
                ComputerEnvironment, d["environment"], path, "environment"
            )
            obj.display_width = d["display_width"]
            if type(obj.display_width) is not int:
                raise wrong_type("integer", obj.display_width, path, "display_width")
            obj.display_height = d["display_height"]
            if type(obj.display_height) is not int:
                raise wrong_type("integer", obj.display_height, path, "display_height")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 4:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ComputerUsePreviewTool:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ComputerUsePreviewTool"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "environment": enum_value(self.environment),
            "display_width": self.display_width,
            "display_height": self.display_height,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
