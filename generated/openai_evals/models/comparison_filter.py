"""Generated from the API spec: ComparisonFilterType, ComparisonFilter,
ComparisonFilterValueVariant4Item, ComparisonFilterValue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from .._runtime import (
    NO_EXTRA,
    ParseError,
    StrEnum,
    at,
    decode_json,
    encode_json,
    enum_value,
    extra_fields,
    no_variant,
    parse_enum,
    parse_list,
    wrong_type,
)


class ComparisonFilterType(StrEnum):
    """Operator: `eq` (equal), `ne` (not equal), `gt`, `gte`, `lt`, `lte` (greater/less
    than, or equal), `in` (value is in the list), `nin` (value is not in the list).
    """

    EQ = "eq"
    NE = "ne"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
    IN = "in"
    NIN = "nin"


@dataclass(slots=True, kw_only=True)
class ComparisonFilter:
    """Tests one attribute, named by `key`, against `value` with the operator in `type`."""

    type: ComparisonFilterType | str
    """Operator: `eq` (equal), `ne` (not equal), `gt`, `gte`, `lt`, `lte` (greater/less
    than, or equal), `in` (value is in the list), `nin` (value is not in the list).

    The API's default is ``"eq"``.
    """
    key: str
    """Name of the attribute to test."""
    value: ComparisonFilterValue
    """Operand to compare the attribute with: a string, number or boolean, or a list of
    strings or numbers for `in` and `nin`.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "key", "value"})

    @classmethod
    def from_dict(cls, data: Any, path: str = "ComparisonFilter") -> ComparisonFilter:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.type = parse_enum(ComparisonFilterType, d["type"], path, "type")
            obj.key = d["key"]
            if type(obj.key) is not str:
                raise wrong_type("string", obj.key, path, "key")
            obj.value = parse_comparison_filter_value(d["value"], path + ".value")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 3:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ComparisonFilter:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ComparisonFilter"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": enum_value(self.type),
            "key": self.key,
            "value": self.value,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


ComparisonFilterValueVariant4Item: TypeAlias = str | float


def parse_comparison_filter_value_variant4_item(
    data: Any, path: str = "ComparisonFilterValueVariant4Item"
) -> ComparisonFilterValueVariant4Item:
    """Parse one ComparisonFilterValueVariant4Item from decoded JSON: the first variant that fits, in order."""
    if isinstance(data, str):
        return data
    if isinstance(data, (int, float)) and not isinstance(data, bool):
        return data
    raise no_variant(path, "string or number", data, [])


ComparisonFilterValue: TypeAlias = (
    str | float | bool | list[ComparisonFilterValueVariant4Item]
)
"""Operand to compare the attribute with: a string, number or boolean, or a list of strings
or numbers for `in` and `nin`.
"""


def parse_comparison_filter_value(
    data: Any, path: str = "ComparisonFilterValue"
) -> ComparisonFilterValue:
    """Parse one ComparisonFilterValue from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, str):
        return data
    if isinstance(data, (int, float)) and not isinstance(data, bool):
        return data
    if isinstance(data, bool):
        return data
    if isinstance(data, list):
        try:
            return parse_list(
                parse_comparison_filter_value_variant4_item, data, path, None
            )
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(path, "string or number or boolean or array", data, problems)
