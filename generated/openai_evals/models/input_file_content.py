"""Generated from the API spec: InputFileContent."""

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
from .file_input_detail import FileInputDetail
from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


@dataclass(slots=True, kw_only=True)
class InputFileContent:
    """A file part of the input."""

    type: Literal["input_file"] = "input_file"
    """Type discriminator; always `input_file`.

    The API's default is ``"input_file"``.
    """
    file_id: str | None | Unset = UNSET
    """ID of an uploaded file."""
    filename: str | Unset = UNSET
    """Name of the file."""
    file_data: str | Unset = UNSET
    """The file itself, as inline data."""
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    file_url: str | Unset = UNSET
    """Where the file can be fetched."""
    detail: FileInputDetail | str | Unset = UNSET
    """Rendering quality for the file: `low` (cheaper), `high`, or `auto` (the default),
    which lets the service decide; on newer models `auto` can mean more input tokens.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "file_id",
            "filename",
            "file_data",
            "prompt_cache_breakpoint",
            "file_url",
            "detail",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "InputFileContent") -> InputFileContent:
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
            if type(obj.type) is not str or obj.type != "input_file":
                raise wrong_const("input_file", obj.type, path, "type")
            obj.file_id = d.get("file_id", UNSET)
            if (
                obj.file_id is not UNSET
                and obj.file_id is not None
                and type(obj.file_id) is not str
            ):
                raise wrong_type("string", obj.file_id, path, "file_id")
            obj.filename = d.get("filename", UNSET)
            if obj.filename is not UNSET and type(obj.filename) is not str:
                raise wrong_type("string", obj.filename, path, "filename")
            obj.file_data = d.get("file_data", UNSET)
            if obj.file_data is not UNSET and type(obj.file_data) is not str:
                raise wrong_type("string", obj.file_data, path, "file_data")
            obj.prompt_cache_breakpoint = d.get("prompt_cache_breakpoint", UNSET)
            if obj.prompt_cache_breakpoint is not UNSET:
                obj.prompt_cache_breakpoint = PromptCacheBreakpointConfig.from_dict(
                    obj.prompt_cache_breakpoint, path + ".prompt_cache_breakpoint"
                )
            obj.file_url = d.get("file_url", UNSET)
            if obj.file_url is not UNSET and type(obj.file_url) is not str:
                raise wrong_type("string", obj.file_url, path, "file_url")
            obj.detail = d.get("detail", UNSET)
            if obj.detail is not UNSET:
                obj.detail = parse_enum(FileInputDetail, obj.detail, path, "detail")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 7 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> InputFileContent:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "InputFileContent"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
        }
        if self.file_id is not UNSET:
            data["file_id"] = self.file_id
        if self.filename is not UNSET:
            data["filename"] = self.filename
        if self.file_data is not UNSET:
            data["file_data"] = self.file_data
        if self.prompt_cache_breakpoint is not UNSET:
            data["prompt_cache_breakpoint"] = self.prompt_cache_breakpoint.to_dict()
        if self.file_url is not UNSET:
            data["file_url"] = self.file_url
        if self.detail is not UNSET:
            data["detail"] = enum_value(self.detail)
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
