"""Generated from the API spec: Filters."""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime import ParseError, no_variant
from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter

Filters: TypeAlias = ComparisonFilter | CompoundFilter
"""A comparison filter or a compound filter."""


def parse_filters(data: Any, path: str = "Filters") -> Filters:
    """Parse one Filters from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, dict):
        try:
            return ComparisonFilter.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
        try:
            return CompoundFilter.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(path, "ComparisonFilter or CompoundFilter", data, problems)
