"""The version of this generated package."""

__version__ = "2.0.0"
