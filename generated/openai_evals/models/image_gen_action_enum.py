"""Generated from the API spec: ImageGenActionEnum."""

from __future__ import annotations

from .._runtime import StrEnum


class ImageGenActionEnum(StrEnum):
    """What the image tool does: generate, edit, or decide automatically."""

    GENERATE = "generate"
    EDIT = "edit"
    AUTO = "auto"
