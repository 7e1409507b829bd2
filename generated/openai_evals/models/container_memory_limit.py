"""Generated from the API spec: ContainerMemoryLimit."""

from __future__ import annotations

from .._runtime import StrEnum


class ContainerMemoryLimit(StrEnum):
    """Memory size of a container."""

    V_1G = "1g"
    V_4G = "4g"
    V_16G = "16g"
    V_64G = "64g"
