"""Generated from the API spec: ToolSearchExecutionType."""

from __future__ import annotations

from .._runtime import StrEnum


class ToolSearchExecutionType(StrEnum):
    """Who runs a tool search."""

    SERVER = "server"
    CLIENT = "client"
