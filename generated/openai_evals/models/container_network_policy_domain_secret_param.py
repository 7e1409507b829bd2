"""Generated from the API spec: ContainerNetworkPolicyDomainSecretParam."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime import (
    NO_EXTRA,
    ParseError,
    at,
    decode_json,
    encode_json,
    extra_fields,
    wrong_type,
)


@dataclass(slots=True, kw_only=True)
class ContainerNetworkPolicyDomainSecretParam:
    """A secret injected into requests to one domain."""

    domain: str
    """Domain the secret is for."""
    name: str
    """Name under which the secret is injected."""
    value: str
    """Value of the secret."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"domain", "name", "value"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ContainerNetworkPolicyDomainSecretParam"
    ) -> ContainerNetworkPolicyDomainSecretParam:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.domain = d["domain"]
            if type(obj.domain) is not str:
                raise wrong_type("string", obj.domain, path, "domain")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.value = d["value"]
            if type(obj.value) is not str:
                raise wrong_type("string", obj.value, path, "value")
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
    def from_json(cls, text: str | bytes) -> ContainerNetworkPolicyDomainSecretParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(
            decode_json(text, "ContainerNetworkPolicyDomainSecretParam")
        )

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "domain": self.domain,
            "name": self.name,
            "value": self.value,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
