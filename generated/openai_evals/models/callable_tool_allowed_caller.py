"""Generated from the API spec: CallableToolAllowedCaller."""

from __future__ import annotations

from .._runtime import StrEnum


class CallableToolAllowedCaller(StrEnum):
    """Context from which a tool may be invoked."""

    DIRECT = "direct"
    PROGRAMMATIC = "programmatic"
