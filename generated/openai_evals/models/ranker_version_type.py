"""Generated from the API spec: RankerVersionType."""

from __future__ import annotations

from .._runtime import StrEnum


class RankerVersionType(StrEnum):
    """Ranker version for file search."""

    AUTO = "auto"
    DEFAULT_2024_11_15 = "default-2024-11-15"
