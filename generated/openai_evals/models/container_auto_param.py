"""Generated from the API spec: ContainerAutoParam, ContainerAutoParamNetworkPolicy,
ContainerAutoParamSkillsItem.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    UnknownVariant,
    Unset,
    at,
    decode_json,
    encode_json,
    enum_value,
    expect_list,
    expect_object,
    expect_str,
    extra_fields,
    parse_enum,
    parse_list,
    wrong_const,
    wrong_type,
)
from .container_memory_limit import ContainerMemoryLimit
from .container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlistParam,
)
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from .inline_skill_param import InlineSkillParam
from .skill_reference_param import SkillReferenceParam


@dataclass(slots=True, kw_only=True)
class ContainerAutoParam:
    """A container created automatically for the request."""

    type: Literal["container_auto"] = "container_auto"
    """Type discriminator; always `container_auto`.

    The API's default is ``"container_auto"``.
    """
    file_ids: list[str] | Unset = UNSET
    """Uploaded files to place in the container."""
    memory_limit: ContainerMemoryLimit | str | None | Unset = UNSET
    """Memory available to the container."""
    network_policy: ContainerAutoParamNetworkPolicy | Unset = UNSET
    """Outbound network access of the container."""
    skills: list[ContainerAutoParamSkillsItem] | Unset = UNSET
    """Skills to install, by reference or inline."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "file_ids", "memory_limit", "network_policy", "skills"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "ContainerAutoParam"
    ) -> ContainerAutoParam:
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
            if type(obj.type) is not str or obj.type != "container_auto":
                raise wrong_const("container_auto", obj.type, path, "type")
            obj.file_ids = d.get("file_ids", UNSET)
            if obj.file_ids is not UNSET:
                obj.file_ids = [
                    expect_str(v0, at(path, "file_ids"), i0)
                    for i0, v0 in enumerate(expect_list(obj.file_ids, path, "file_ids"))
                ]
            obj.memory_limit = d.get("memory_limit", UNSET)
            if obj.memory_limit is not UNSET and obj.memory_limit is not None:
                obj.memory_limit = parse_enum(
                    ContainerMemoryLimit, obj.memory_limit, path, "memory_limit"
                )
            obj.network_policy = d.get("network_policy", UNSET)
            if obj.network_policy is not UNSET:
                obj.network_policy = parse_container_auto_param_network_policy(
                    obj.network_policy, path + ".network_policy"
                )
            obj.skills = d.get("skills", UNSET)
            if obj.skills is not UNSET:
                obj.skills = parse_list(
                    parse_container_auto_param_skills_item, obj.skills, path, "skills"
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
    def from_json(cls, text: str | bytes) -> ContainerAutoParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "ContainerAutoParam"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
        }
        if self.file_ids is not UNSET:
            data["file_ids"] = list(self.file_ids)
        if self.memory_limit is not UNSET:
            data["memory_limit"] = (
                None if self.memory_limit is None else enum_value(self.memory_limit)
            )
        if self.network_policy is not UNSET:
            data["network_policy"] = self.network_policy.to_dict()
        if self.skills is not UNSET:
            data["skills"] = [v0.to_dict() for v0 in self.skills]
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


ContainerAutoParamNetworkPolicy: TypeAlias = (
    ContainerNetworkPolicyDisabledParam
    | ContainerNetworkPolicyAllowlistParam
    | UnknownVariant
)
"""Outbound network access of the container."""

_CONTAINER_AUTO_PARAM_NETWORK_POLICY: dict[
    str, Callable[[Any, str], ContainerAutoParamNetworkPolicy]
] = {
    "disabled": ContainerNetworkPolicyDisabledParam.from_dict,
    "allowlist": ContainerNetworkPolicyAllowlistParam.from_dict,
}


def parse_container_auto_param_network_policy(
    data: Any, path: str = "ContainerAutoParamNetworkPolicy"
) -> ContainerAutoParamNetworkPolicy:
    """Parse one ContainerAutoParamNetworkPolicy from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CONTAINER_AUTO_PARAM_NETWORK_POLICY.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)


ContainerAutoParamSkillsItem: TypeAlias = (
    SkillReferenceParam | InlineSkillParam | UnknownVariant
)

_CONTAINER_AUTO_PARAM_SKILLS_ITEM: dict[
    str, Callable[[Any, str], ContainerAutoParamSkillsItem]
] = {
    "skill_reference": SkillReferenceParam.from_dict,
    "inline": InlineSkillParam.from_dict,
}


def parse_container_auto_param_skills_item(
    data: Any, path: str = "ContainerAutoParamSkillsItem"
) -> ContainerAutoParamSkillsItem:
    """Parse one ContainerAutoParamSkillsItem from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CONTAINER_AUTO_PARAM_SKILLS_ITEM.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
