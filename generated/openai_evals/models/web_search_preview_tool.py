"""Generated from the API spec: WebSearchPreviewToolType, WebSearchPreviewTool."""

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
    extra_fields,
    parse_enum,
    wrong_type,
)
from .approximate_location import ApproximateLocation
from .search_content_type import SearchContentType
from .search_context_size import SearchContextSize


class WebSearchPreviewToolType(StrEnum):
    """Tool version: `web_search_preview` or `web_search_preview_2025_03_11`."""

    WEB_SEARCH_PREVIEW = "web_search_preview"
    WEB_SEARCH_PREVIEW_2025_03_11 = "web_search_preview_2025_03_11"


@dataclass(slots=True, kw_only=True)
class WebSearchPreviewTool:
    """Preview version of the hosted web search tool."""

    type: WebSearchPreviewToolType | str
    """Tool version: `web_search_preview` or `web_search_preview_2025_03_11`.

    The API's default is ``"web_search_preview"``.
    """
    user_location: ApproximateLocation | None | Unset = UNSET
    """Rough location of the user."""
    search_context_size: SearchContextSize | str | Unset = UNSET
    """How much of the context window search results may take: `low`, `medium` (the
    default) or `high`.
    """
    search_content_types: list[SearchContentType | str] | Unset = UNSET
    """Kinds of content the search may return."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "user_location", "search_context_size", "search_content_types"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "WebSearchPreviewTool"
    ) -> WebSearchPreviewTool:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.type = parse_enum(WebSearchPreviewToolType, d["type"], path, "type")
            obj.user_location = d.get("user_location", UNSET)
            if obj.user_location is not UNSET and obj.user_location is not None:
                obj.user_location = ApproximateLocation.from_dict(
                    obj.user_location, path + ".user_location"
                )
            obj.search_context_size = d.get("search_context_size", UNSET)
            if obj.search_context_size is not UNSET:
                obj.search_context_size = parse_enum(
                    SearchContextSize,
                    obj.search_context_size,
                    path,
                    "search_context_size",
                )
            obj.search_content_types = d.get("search_content_types", UNSET)
            if obj.search_content_types is not UNSET:
                obj.search_content_types = [
                    parse_enum(
                        SearchContentType, v0, at(path, "search_content_types"), i0
                    )
                    for i0, v0 in enumerate(
                        expect_list(
                            obj.search_content_types, path, "search_content_types"
                        )
                    )
                ]
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 4 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> WebSearchPreviewTool:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "WebSearchPreviewTool"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": enum_value(self.type),
        }
        if self.user_location is not UNSET:
            data["user_location"] = (
                None if self.user_location is None else self.user_location.to_dict()
            )
        if self.search_context_size is not UNSET:
            data["search_context_size"] = enum_value(self.search_context_size)
        if self.search_content_types is not UNSET:
            data["search_content_types"] = [
                enum_value(v0) for v0 in self.search_content_types
            ]
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
