"""Generated from the API spec: ComputerEnvironment."""

from __future__ import annotations

from .._runtime import StrEnum


class ComputerEnvironment(StrEnum):
    """Kind of computer environment."""

    WINDOWS = "windows"
    MAC = "mac"
    LINUX = "linux"
    UBUNTU = "ubuntu"
    BROWSER = "browser"
