"""Generated from the API spec: FileInputDetail."""

from __future__ import annotations

from .._runtime import StrEnum


class FileInputDetail(StrEnum):
    """Rendering quality for a file input."""

    AUTO = "auto"
    LOW = "low"
    HIGH = "high"
