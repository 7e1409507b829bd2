"""Generated from the API spec: ImageGenToolModel, ImageGenToolQuality, ImageGenToolSize,
ImageGenToolOutputFormat, ImageGenToolModeration, ImageGenToolBackground, ImageGenTool,
ImageGenToolInputImageMask.
"""

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
from .image_gen_action_enum import ImageGenActionEnum
from .input_fidelity import InputFidelity


class ImageGenToolModel(StrEnum):
    """One of the known image models; `gpt-image-1` when omitted."""

    GPT_IMAGE_1 = "gpt-image-1"
    GPT_IMAGE_1_MINI = "gpt-image-1-mini"
    GPT_IMAGE_1_5 = "gpt-image-1.5"
    GPT_IMAGE_2 = "gpt-image-2"
    GPT_IMAGE_2_2026_04_21 = "gpt-image-2-2026-04-21"


class ImageGenToolQuality(StrEnum):
    """Image quality: `low`, `medium`, `high` or `auto` (the default)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    AUTO = "auto"


class ImageGenToolSize(StrEnum):
    """Image size as `WIDTHxHEIGHT`, or `auto`. The GPT image models accept 1024x1024,
    1536x1024 and 1024x1536; `gpt-image-2` also accepts other sizes within its limits.
    """

    V_1024X_1024 = "1024x1024"
    V_1024X_1536 = "1024x1536"
    V_1536X_1024 = "1536x1024"
    AUTO = "auto"


class ImageGenToolOutputFormat(StrEnum):
    """File format of the image: `png` (the default), `webp` or `jpeg`."""

    PNG = "png"
    WEBP = "webp"
    JPEG = "jpeg"


class ImageGenToolModeration(StrEnum):
    """Strictness of content moderation: `auto` (the default) or `low`."""

    AUTO = "auto"
    LOW = "low"


class ImageGenToolBackground(StrEnum):
    """Background: `transparent` (needs `png` or `webp`), `opaque` or `auto` (the default)."""

    TRANSPARENT = "transparent"
    OPAQUE = "opaque"
    AUTO = "auto"


@dataclass(slots=True, kw_only=True)
class ImageGenTool:
    """Hosted tool that creates or edits images with a GPT image model."""

    type: Literal["image_generation"] = "image_generation"
    """Type discriminator; always `image_generation`."""
    model: ImageGenToolModel | str | Unset = UNSET
    """One of the known image models; `gpt-image-1` when omitted.

    The API's default is ``"gpt-image-1"``.
    """
    quality: ImageGenToolQuality | str | Unset = UNSET
    """Image quality: `low`, `medium`, `high` or `auto` (the default).

    The API's default is ``"auto"``.
    """
    size: ImageGenToolSize | str | Unset = UNSET
    """Image size as `WIDTHxHEIGHT`, or `auto`. The GPT image models accept 1024x1024,
    1536x1024 and 1024x1536; `gpt-image-2` also accepts other sizes within its limits.

    The API's default is ``"auto"``.
    """
    output_format: ImageGenToolOutputFormat | str | Unset = UNSET
    """File format of the image: `png` (the default), `webp` or `jpeg`.

    The API's default is ``"png"``.
    """
    output_compression: int | Unset = UNSET
    """Compression of the image, from 0 to 100 (the default).

    The API's default is ``100``.
    """
    moderation: ImageGenToolModeration | str | Unset = UNSET
    """Strictness of content moderation: `auto` (the default) or `low`.

    The API's default is ``"auto"``.
    """
    background: ImageGenToolBackground | str | Unset = UNSET
    """Background: `transparent` (needs `png` or `webp`), `opaque` or `auto` (the default).

    The API's default is ``"auto"``.
    """
    input_fidelity: InputFidelity | str | None | Unset = UNSET
    input_image_mask: ImageGenToolInputImageMask | Unset = UNSET
    """Mask for inpainting, given by URL or file ID."""
    partial_images: int | Unset = UNSET
    """How many partial images to stream, from 0 (the default) to 3.

    The API's default is ``0``.
    """
    action: ImageGenActionEnum | str | Unset = UNSET
    """Whether to `generate` a new image, `edit` one, or decide (`auto`, the default)."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "model",
            "quality",
            "size",
            "output_format",
            "output_compression",
            "moderation",
            "background",
            "input_fidelity",
            "input_image_mask",
            "partial_images",
            "action",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "ImageGenTool") -> ImageGenTool:
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
            if type(obj.type) is not str or obj.type != "image_generation":
                raise wrong_const("image_generation", obj.type, path, "type")
            obj.model = d.get("model", UNSET)
            if obj.model is not UNSET:
                obj.model = parse_enum(ImageGenToolModel, obj.model, path, "model")
            obj.quality = d.get("quality", UNSET)
            if obj.quality is not UNSET:
                obj.quality = parse_enum(
                    ImageGenToolQuality, obj.quality, path, "quality"
                )
            obj.size = d.get("size", UNSET)
            if obj.size is not UNSET:
                obj.size = parse_enum(ImageGenToolSize, obj.size, path, "size")
            obj.output_format = d.get("output_format", UNSET)
            if obj.output_format is not UNSET:
                obj.output_format = parse_enum(
                    ImageGenToolOutputFormat, obj.output_format, path, "output_format"
                )
            obj.output_compression = d.get("output_compression", UNSET)
            if (
                obj.output_compression is not UNSET
                and type(obj.output_compression) is not int
            ):
                raise wrong_type(
                    "integer", obj.output_compression, path, "output_compression"
                )
            obj.moderation = d.get("moderation", UNSET)
            if obj.moderation is not UNSET:
                obj.moderation = parse_enum(
                    ImageGenToolModeration, obj.moderation, path, "moderation"
                )
            obj.background = d.get("background", UNSET)
            if obj.background is not UNSET:
                obj.background = parse_enum(
                    ImageGenToolBackground, obj.background, path, "background"
                )
            obj.input_fidelity = d.get("input_fidelity", UNSET)
            if obj.input_fidelity is not UNSET and obj.input_fidelity is not None:
                obj.input_fidelity = parse_enum(
                    InputFidelity, obj.input_fidelity, path, "input_fidelity"
                )
            obj.input_image_mask = d.get("input_image_mask", UNSET)
            if obj.input_image_mask is not UNSET:
                obj.input_image_mask = ImageGenToolInputImageMask.from_dict(
                    obj.input_image_mask, path + ".input_image_mask"
                )
            obj.partial_images = d.get("partial_images", UNSET)
            if obj.partial_images is not UNSET and type(obj.partial_images) is not int:
                raise wrong_type("integer", obj.partial_images, path, "partial_images")
            obj.action = d.get("action", UNSET)
            if obj.action is not UNSET:
                obj.action = parse_enum(ImageGenActionEnum, obj.action, path, "action")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 12 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ImageGenTool:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ImageGenTool"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
        }
        if self.model is not UNSET:
            data["model"] = enum_value(self.model)
        if self.quality is not UNSET:
            data["quality"] = enum_value(self.quality)
        if self.size is not UNSET:
            data["size"] = enum_value(self.size)
        if self.output_format is not UNSET:
            data["output_format"] = enum_value(self.output_format)
        if self.output_compression is not UNSET:
            data["output_compression"] = self.output_compression
        if self.moderation is not UNSET:
            data["moderation"] = enum_value(self.moderation)
        if self.background is not UNSET:
            data["background"] = enum_value(self.background)
        if self.input_fidelity is not UNSET:
            data["input_fidelity"] = (
                None if self.input_fidelity is None else enum_value(self.input_fidelity)
            )
        if self.input_image_mask is not UNSET:
            data["input_image_mask"] = self.input_image_mask.to_dict()
        if self.partial_images is not UNSET:
            data["partial_images"] = self.partial_images
        if self.action is not UNSET:
            data["action"] = enum_value(self.action)
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class ImageGenToolInputImageMask:
    """Mask for inpainting, given by URL or file ID."""

    image_url: str | Unset = UNSET
    """The mask image, base64-encoded."""
    file_id: str | Unset = UNSET
    """ID of an uploaded file that holds the mask."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"image_url", "file_id"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ImageGenToolInputImageMask"
    ) -> ImageGenToolInputImageMask:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.image_url = d.get("image_url", UNSET)
        if obj.image_url is not UNSET and type(obj.image_url) is not str:
            raise wrong_type("string", obj.image_url, path, "image_url")
        obj.file_id = d.get("file_id", UNSET)
        if obj.file_id is not UNSET and type(obj.file_id) is not str:
            raise wrong_type("string", obj.file_id, path, "file_id")
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 2 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ImageGenToolInputImageMask:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ImageGenToolInputImageMask"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.image_url is not UNSET:
            data["image_url"] = self.image_url
        if self.file_id is not UNSET:
            data["file_id"] = self.file_id
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
