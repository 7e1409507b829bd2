"""Generated from the API spec: RankingOptions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    NO_EXTRA,
    UNSET,
    Unset,
    decode_json,
    encode_json,
    enum_value,
    extra_fields,
    parse_enum,
    wrong_type,
)
from .hybrid_search_options import HybridSearchOptions
from .ranker_version_type import RankerVersionType


@dataclass(slots=True, kw_only=True)
class RankingOptions:
    """Controls how file search orders and cuts off its results."""

    ranker: RankerVersionType | str | Unset = UNSET
    """Ranker used to order results."""
    score_threshold: float | Unset = UNSET
    """Minimum relevance score, between 0 and 1; higher values return fewer, more relevant
    results.
    """
    hybrid_search: HybridSearchOptions | Unset = UNSET
    """Weights of semantic and keyword matches when hybrid search fuses their rankings."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"ranker", "score_threshold", "hybrid_search"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "RankingOptions") -> RankingOptions:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.ranker = d.get("ranker", UNSET)
        if obj.ranker is not UNSET:
            obj.ranker = parse_enum(RankerVersionType, obj.ranker, path, "ranker")
        obj.score_threshold = d.get("score_threshold", UNSET)
        if (
            obj.score_threshold is not UNSET
            and type(obj.score_threshold) is not float
            and type(obj.score_threshold) is not int
        ):
            raise wrong_type("number", obj.score_threshold, path, "score_threshold")
        obj.hybrid_search = d.get("hybrid_search", UNSET)
        if obj.hybrid_search is not UNSET:
            obj.hybrid_search = HybridSearchOptions.from_dict(
                obj.hybrid_search, path + ".hybrid_search"
            )
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 3 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> RankingOptions:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "RankingOptions"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.ranker is not UNSET:
            data["ranker"] = enum_value(self.ranker)
        if self.score_threshold is not UNSET:
            data["score_threshold"] = self.score_threshold
        if self.hybrid_search is not UNSET:
            data["hybrid_search"] = self.hybrid_search.to_dict()
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
