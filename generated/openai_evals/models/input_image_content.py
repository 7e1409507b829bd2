"""Generated from the API spec: InputImageContent."""

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
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)
from .image_detail import ImageDetail
from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


@dataclass(slots=True, kw_only=True)
class InputImageContent:
    """An image part of the input, given by URL (or data URL) or by file ID."""

    type: Literal["input_image"] = "input_image"
    """Type discriminator; always `input_image`.

    The API's default is ``"input_image"``.
    """
    image_url: str | None | Unset = UNSET
    """Address of the image: a full URL, or the image itself as a base64 data URL."""
    file_id: str | None | Unset = UNSET
    """ID of an uploaded file that holds the image."""
    detail: ImageDetail | str
    """Resolution at which the model looks at the image: `low`, `high`, `original` or
    `auto` (the default).
    """
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "image_url", "file_id", "detail", "prompt_cache_breakpoint"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "InputImageContent") -> InputImageContent:
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
            if type(obj.type) is not str or obj.type != "input_image":
                raise wrong_const("input_image", obj.type, path, "type")
            obj.image_url = d.get("image_url", UNSET)
            if (
                obj.image_url is not UNSET
                and obj.image_url is not None
                and type(obj.image_url) is not str
            ):
                raise wrong_type("string", obj.image_url, path, "image_url")
            obj.file_id = d.get("file_id", UNSET)
            if (
                obj.file_id is not UNSET
                and obj.file_id is not None
                and type(obj.file_id) is not str
            ):
                raise wrong_type("string", obj.file_id, path, "file_id")
            obj.detail = parse_enum(ImageDetail, d["detail"], path, "detail")
            obj.prompt_cache_breakpoint = d.get("prompt_cache_breakpoint", UNSET)
            if obj.prompt_cache_breakpoint is not UNSET:
                obj.prompt_cache_breakpoint = PromptCacheBreakpointConfig.from_dict(
                    obj.prompt_cache_breakpoint, path + ".prompt_cache_breakpoint"
                )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 2 or (len(d) <= 5 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> InputImageContent:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "InputImageContent"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "detail": enum_value(self.detail),
        }
        if self.image_url is not UNSET:
            data["image_url"] = self.image_url
        if self.file_id is not UNSET:
            data["file_id"] = self.file_id
        if self.prompt_cache_breakpoint is not UNSET:
            data["prompt_cache_breakpoint"] = self.prompt_cache_breakpoint.to_dict()
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
