"""Generated from the API spec: CompoundFilterType, CompoundFilter,
CompoundFilterFiltersItem.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from .._runtime import (
    NO_EXTRA,
    ParseError,
    StrEnum,
    UnknownVariant,
    at,
    decode_json,
    encode_json,
    enum_value,
    expect_object,
    extra_fields,
    parse_enum,
    parse_list,
    wrong_type,
)
from .comparison_filter import ComparisonFilter


class CompoundFilterType(StrEnum):
    """Logical operator joining the filters: `and` or `or`."""

    AND = "and"
    OR = "or"


@dataclass(slots=True, kw_only=True)
class CompoundFilter:
    """Joins several filters with a logical `and` or `or`."""

    type: CompoundFilterType | str
    """Logical operator joining the filters: `and` or `or`."""
    filters: list[CompoundFilterFiltersItem]
    """The filters to join; each is a comparison filter or, recursively, another compound
    filter.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "filters"})

    @classmethod
    def from_dict(cls, data: Any, path: str = "CompoundFilter") -> CompoundFilter:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.type = parse_enum(CompoundFilterType, d["type"], path, "type")
            obj.filters = parse_list(
                parse_compound_filter_filters_item, d["filters"], path, "filters"
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 2:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> CompoundFilter:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CompoundFilter"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": enum_value(self.type),
            "filters": [v0.to_dict() for v0 in self.filters],
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


CompoundFilterFiltersItem: TypeAlias = (
    ComparisonFilter | CompoundFilter | UnknownVariant
)

_COMPOUND_FILTER_FILTERS_ITEM: dict[
    str, Callable[[Any, str], CompoundFilterFiltersItem]
] = {
    "eq": ComparisonFilter.from_dict,
    "ne": ComparisonFilter.from_dict,
    "gt": ComparisonFilter.from_dict,
    "gte": ComparisonFilter.from_dict,
    "lt": ComparisonFilter.from_dict,
    "lte": ComparisonFilter.from_dict,
    "in": ComparisonFilter.from_dict,
    "nin": ComparisonFilter.from_dict,
    "and": CompoundFilter.from_dict,
    "or": CompoundFilter.from_dict,
}


def parse_compound_filter_filters_item(
    data: Any, path: str = "CompoundFilterFiltersItem"
) -> CompoundFilterFiltersItem:
    """Parse one CompoundFilterFiltersItem from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _COMPOUND_FILTER_FILTERS_ITEM.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
