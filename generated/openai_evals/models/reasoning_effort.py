"""Generated from the API spec: ReasoningEffort."""

from __future__ import annotations

from .._runtime import StrEnum


class ReasoningEffort(StrEnum):
    """How much reasoning a reasoning model should do: `none`, `minimal`, `low`, `medium`,
    `high`, `xhigh` or `max`. Less effort is faster and uses fewer tokens; not every
    model accepts every value.
    """

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"
    MAX = "max"
