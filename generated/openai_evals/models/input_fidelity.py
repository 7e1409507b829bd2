"""Generated from the API spec: InputFidelity."""

from __future__ import annotations

from .._runtime import StrEnum


class InputFidelity(StrEnum):
    """How closely the output keeps the look of the input images, faces in particular:
    `low` (the default) or `high`. Not supported by `gpt-image-1-mini`.
    """

    HIGH = "high"
    LOW = "low"
