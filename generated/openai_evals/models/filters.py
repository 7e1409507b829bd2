"""Generated from the API spec: Filters."""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime import ParseError, at
from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter

Filters: TypeAlias = ComparisonFilter | CompoundFilter
"""A comparison filter or a compound filter."""


def parse_filters(data: Any, path: str = "Filters") -> Filters:
    """Parse one Filters from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    try:
        return ComparisonFilter.from_dict(data, at(path, None))
    except ParseError as error:
        problems.append(str(error))
    try:
        return CompoundFilter.from_dict(data, at(path, None))
    except ParseError as error:
        problems.append(str(error))
    raise ParseError(
        path,
        "fits no variant of Filters ("
        + "; ".join(problems or ["wrong JSON type"])
        + ")",
    )
