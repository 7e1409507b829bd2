"""Generated from the API spec: WebSearchToolType, WebSearchToolSearchContextSize,
WebSearchTool, WebSearchToolFilters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    StrEnum,
    Unset,
    at,
    decode_json,
    encode_json,
    enum_value,
    expect_list,
    expect_str,
    extra_fields,
    parse_enum,
    wrong_type,
)
from .web_search_approximate_location import WebSearchApproximateLocation


class WebSearchToolType(StrEnum):
    """Tool version: `web_search` or `web_search_2025_08_26`."""

    WEB_SEARCH = "web_search"
    WEB_SEARCH_2025_08_26 = "web_search_2025_08_26"


class WebSearchToolSearchContextSize(StrEnum):
    """How much of the context window search results may take: `low`, `medium` (the
    default) or `high`.
    """

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(slots=True, kw_only=True)
class WebSearchTool:
    """Hosted tool that searches the web for sources for the answer."""

    type: WebSearchToolType | str
    """Tool version: `web_search` or `web_search_2025_08_26`.

    The API's default is ``"web_search"``.
    """
    external_web_access: bool | Unset = UNSET
    """When false, search only uses cached content and fetches nothing live; true when
    omitted.

    The API's default is ``true``.
    """
    filters: WebSearchToolFilters | None | Unset = UNSET
    """Restrictions on what is searched."""
    user_location: WebSearchApproximateLocation | None | Unset = UNSET
    search_context_size: WebSearchToolSearchContextSize | str | Unset = UNSET
    """How much of the context window search results may take: `low`, `medium` (the
    default) or `high`.

    The API's default is ``"medium"``.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "external_web_access",
            "filters",
            "user_location",
            "search_context_size",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "WebSearchTool") -> WebSearchTool:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.type = parse_enum(WebSearchToolType, d["type"], path, "type")
            obj.external_web_access = d.get("external_web_access", UNSET)
            if (
                obj.external_web_access is not UNSET
                and type(obj.external_web_access) is not bool
            ):
                raise wrong_type(
                    "boolean", obj.external_web_access, path, "external_web_access"
                )
            obj.filters = d.get("filters", UNSET)
            if obj.filters is not UNSET and obj.filters is not None:
                obj.filters = WebSearchToolFilters.from_dict(
                    obj.filters, path + ".filters"
                )
            obj.user_location = d.get("user_location", UNSET)
            if obj.user_location is not UNSET and obj.user_location is not None:
                obj.user_location = WebSearchApproximateLocation.from_dict(
                    obj.user_location, path + ".user_location"
                )
            obj.search_context_size = d.get("search_context_size", UNSET)
            if obj.search_context_size is not UNSET:
                obj.search_context_size = parse_enum(
                    WebSearchToolSearchContextSize,
                    obj.search_context_size,
                    path,
                    "search_context_size",
                )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 5 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> WebSearchTool:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "WebSearchTool"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": enum_value(self.type),
        }
        if self.external_web_access is not UNSET:
            data["external_web_access"] = self.external_web_access
        if self.filters is not UNSET:
            data["filters"] = None if self.filters is None else self.filters.to_dict()
        if self.user_location is not UNSET:
            data["user_location"] = (
                None if self.user_location is None else self.user_location.to_dict()
            )
        if self.search_context_size is not UNSET:
            data["search_context_size"] = enum_value(self.search_context_size)
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class WebSearchToolFilters:
    """Restrictions on what is searched."""

    allowed_domains: list[str] | None | Unset = UNSET
    """Only search these domains and their subdomains; every domain when omitted.

    The API's default is ``[]``.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"allowed_domains"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "WebSearchToolFilters"
    ) -> WebSearchToolFilters:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.allowed_domains = d.get("allowed_domains", UNSET)
        if obj.allowed_domains is not UNSET and obj.allowed_domains is not None:
            obj.allowed_domains = [
                expect_str(v0, at(path, "allowed_domains"), i0)
                for i0, v0 in enumerate(
                    expect_list(obj.allowed_domains, path, "allowed_domains")
                )
            ]
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 1 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> WebSearchToolFilters:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "WebSearchToolFilters"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.allowed_domains is not UNSET:
            data["allowed_domains"] = (
                None if self.allowed_domains is None else list(self.allowed_domains)
            )
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
