"""Generated from the API spec: GrammarSyntax1."""

from __future__ import annotations

from .._runtime import StrEnum


class GrammarSyntax1(StrEnum):
    """Language of a grammar definition."""

    LARK = "lark"
    REGEX = "regex"
