"""The version of this generated package."""

__version__ = "1.0.0"
