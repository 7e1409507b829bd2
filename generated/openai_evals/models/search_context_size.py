"""Generated from the API spec: SearchContextSize."""

from __future__ import annotations

from .._runtime import StrEnum


class SearchContextSize(StrEnum):
    """Share of the context window that search results may use."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
