"""The version of this generated package."""

__version__ = "2.1.0"
