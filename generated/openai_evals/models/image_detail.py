"""Generated from the API spec: ImageDetail."""

from __future__ import annotations

from .._runtime import StrEnum


class ImageDetail(StrEnum):
    """Resolution at which a model looks at an image."""

    LOW = "low"
    HIGH = "high"
    AUTO = "auto"
    ORIGINAL = "original"
