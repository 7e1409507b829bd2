"""Generated from the API spec: SearchContentType."""

from __future__ import annotations

from .._runtime import StrEnum


class SearchContentType(StrEnum):
    """Kind of content a web search may return."""

    TEXT = "text"
    IMAGE = "image"
