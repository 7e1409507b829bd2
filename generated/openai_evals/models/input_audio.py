"""Generated from the API spec: InputAudioInputAudioFormat, InputAudio,
InputAudioInputAudio.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    NO_EXTRA,
    ParseError,
    StrEnum,
    at,
    decode_json,
    encode_json,
    enum_value,
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)


class InputAudioInputAudioFormat(StrEnum):
    """Encoding of the audio: `mp3` or `wav`."""

    MP3 = "mp3"
    WAV = "wav"


@dataclass(slots=True, kw_only=True)
class InputAudio:
    """An audio part of the input."""

    type: Literal["input_audio"] = "input_audio"
    """Type discriminator; always `input_audio`."""
    input_audio: InputAudioInputAudio
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "input_audio"})

    @classmethod
    def from_dict(cls, data: Any, path: str = "InputAudio") -> InputAudio:
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
            if type(obj.type) is not str or obj.type != "input_audio":
                raise wrong_const("input_audio", obj.type, path, "type")
            obj.input_audio = InputAudioInputAudio.from_dict(
                d["input_audio"], path + ".input_audio"
            )
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
    def from_json(cls, text: str | bytes) -> InputAudio:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "InputAudio"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "input_audio": self.input_audio.to_dict(),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class InputAudioInputAudio:
    """The InputAudioInputAudio object of the API."""

    data: str
    """The audio, base64-encoded."""
    format: InputAudioInputAudioFormat | str
    """Encoding of the audio: `mp3` or `wav`."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"data", "format"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "InputAudioInputAudio"
    ) -> InputAudioInputAudio:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.data = d["data"]
            if type(obj.data) is not str:
                raise wrong_type("string", obj.data, path, "data")
            obj.format = parse_enum(
                InputAudioInputAudioFormat, d["format"], path, "format"
            )
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
    def from_json(cls, text: str | bytes) -> InputAudioInputAudio:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "InputAudioInputAudio"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "data": self.data,
            "format": enum_value(self.format),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
