"""Generated from the API spec: ContainerNetworkPolicyAllowlistParam."""

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
    parse_list,
    wrong_const,
    wrong_type,
)
from .container_network_policy_domain_secret_param import (
    ContainerNetworkPolicyDomainSecretParam,
)


@dataclass(slots=True, kw_only=True)
class ContainerNetworkPolicyAllowlistParam:
    """Outbound network access limited to listed domains."""

    type: Literal["allowlist"] = "allowlist"
    """Type discriminator; always `allowlist`.

    The API's default is ``"allowlist"``.
    """
    allowed_domains: list[str]
    """Domains the container may reach."""
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | Unset = UNSET
    """Secrets to inject for requests to some of the allowed domains."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "allowed_domains", "domain_secrets"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ContainerNetworkPolicyAllowlistParam"
    ) -> ContainerNetworkPolicyAllowlistParam:
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
            if type(obj.type) is not str or obj.type != "allowlist":
                raise wrong_const("allowlist", obj.type, path, "type")
            obj.allowed_domains = [
                expect_str(v0, at(path, "allowed_domains"), i0)
                for i0, v0 in enumerate(
                    expect_list(d["allowed_domains"], path, "allowed_domains")
                )
            ]
            obj.domain_secrets = d.get("domain_secrets", UNSET)
            if obj.domain_secrets is not UNSET:
                obj.domain_secrets = parse_list(
                    ContainerNetworkPolicyDomainSecretParam.from_dict,
                    obj.domain_secrets,
                    path,
                    "domain_secrets",
                )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 2 or (len(d) <= 3 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> ContainerNetworkPolicyAllowlistParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ContainerNetworkPolicyAllowlistParam"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "allowed_domains": list(self.allowed_domains),
        }
        if self.domain_secrets is not UNSET:
            data["domain_secrets"] = [v0.to_dict() for v0 in self.domain_secrets]
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
