"""Generated from the API spec: WebSearchApproximateLocation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    NO_EXTRA,
    UNSET,
    Unset,
    decode_json,
    encode_json,
    extra_fields,
    wrong_const,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class WebSearchApproximateLocation:
    """Rough location of the user, used to localize results."""

    type: Literal["approximate"] | Unset = UNSET
    """Type discriminator; always `approximate`.

    The API's default is ``"approximate"``.
    """
    country: str | None | Unset = UNSET
    """Country as a two-letter ISO 3166-1 code, e.g. `US`."""
    region: str | None | Unset = UNSET
    """Region, free text, e.g. `California`."""
    city: str | None | Unset = UNSET
    """City, free text, e.g. `San Francisco`."""
    timezone: str | None | Unset = UNSET
    """IANA time zone name, e.g. `America/Los_Angeles`."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "country", "region", "city", "timezone"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "WebSearchApproximateLocation"
    ) -> WebSearchApproximateLocation:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.type = d.get("type", UNSET)
        if obj.type is not UNSET and (
            type(obj.type) is not str or obj.type != "approximate"
        ):
            raise wrong_const("approximate", obj.type, path, "type")
        obj.country = d.get("country", UNSET)
        if (
            obj.country is not UNSET
            and obj.country is not None
            and type(obj.country) is not str
        ):
            raise wrong_type("string", obj.country, path, "country")
        obj.region = d.get("region", UNSET)
        if (
            obj.region is not UNSET
            and obj.region is not None
            and type(obj.region) is not str
        ):
            raise wrong_type("string", obj.region, path, "region")
        obj.city = d.get("city", UNSET)
        if obj.city is not UNSET and obj.city is not None and type(obj.city) is not str:
            raise wrong_type("string", obj.city, path, "city")
        obj.timezone = d.get("timezone", UNSET)
        if (
            obj.timezone is not UNSET
            and obj.timezone is not None
            and type(obj.timezone) is not str
        ):
            raise wrong_type("string", obj.timezone, path, "timezone")
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 5 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> WebSearchApproximateLocation:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "WebSearchApproximateLocation"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.type is not UNSET:
            data["type"] = self.type
        if self.country is not UNSET:
            data["country"] = self.country
        if self.region is not UNSET:
            data["region"] = self.region
        if self.city is not UNSET:
            data["city"] = self.city
        if self.timezone is not UNSET:
            data["timezone"] = self.timezone
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
