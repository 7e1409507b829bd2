"""Generated from the API spec: FileSearchTool."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    Unset,
    at,
    decode_json,
    encode_json,
    expect_list,
    expect_str,
    extra_fields,
    wrong_const,
    wrong_type,
)
from .filters import Filters, parse_filters
from .ranking_options import RankingOptions


@dataclass(slots=True, kw_only=True)
class FileSearchTool:
    """Hosted tool that searches your vector stores for relevant content."""

    type: Literal["file_search"] = "file_search"
    """Type discriminator; always `file_search`.

    The API's default is ``"file_search"``.
    """
    vector_store_ids: list[str]
    """Vector stores to search."""
    max_num_results: int | Unset = UNSET
    """Largest number of results to return, from 1 to 50."""
    ranking_options: RankingOptions | Unset = UNSET
    """How results are ranked."""
    filters: Filters | None | Unset = UNSET
    """Attribute filter applied to the files."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "vector_store_ids", "max_num_results", "ranking_options", "filters"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "FileSearchTool") -> FileSearchTool:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.type = d["type"]
            if type(obj.type) is not str or obj.type != "file_search":
                raise wrong_const("file_search", obj.type, path, "type")
            obj.vector_store_ids = [
                expect_str(v0, at(path, "vector_store_ids"), i0)
                for i0, v0 in enumerate(
                    expect_list(d["vector_store_ids"], path, "vector_store_ids")
                )
            ]
            obj.max_num_results = d.get("max_num_results", UNSET)
            if (
                obj.max_num_results is not UNSET
                and type(obj.max_num_results) is not int
            ):
                raise wrong_type(
                    "integer", obj.max_num_results, path, "max_num_results"
                )
            obj.ranking_options = d.get("ranking_options", UNSET)
            if obj.ranking_options is not UNSET:
                obj.ranking_options = RankingOptions.from_dict(
                    obj.ranking_options, path + ".ranking_options"
                )
            obj.filters = d.get("filters", UNSET)
            if obj.filters is not UNSET and obj.filters is not None:
                obj.filters = parse_filters(obj.filters, path + ".filters")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 2 or (len(d) <= 5 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> FileSearchTool:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "FileSearchTool"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "vector_store_ids": list(self.vector_store_ids),
        }
        if self.max_num_results is not UNSET:
            data["max_num_results"] = self.max_num_results
        if self.ranking_options is not UNSET:
            data["ranking_options"] = self.ranking_options.to_dict()
        if self.filters is not UNSET:
            data["filters"] = None if self.filters is None else self.filters.to_dict()
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
