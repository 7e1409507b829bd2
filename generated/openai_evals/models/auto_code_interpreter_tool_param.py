"""Generated from the API spec: AutoCodeInterpreterToolParam,
AutoCodeInterpreterToolParamNetworkPolicy.
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
    wrong_const,
    wrong_type,
)
from .container_memory_limit import ContainerMemoryLimit
from .container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlistParam,
)
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam


@dataclass(slots=True, kw_only=True)
class AutoCodeInterpreterToolParam:
    """Settings for a container created automatically for the code interpreter."""

    type: Literal["auto"] = "auto"
    """Kind of container setting; always `auto`.

    The API's default is ``"auto"``.
    """
    file_ids: list[str] | Unset = UNSET
    """Uploaded files to place in the container."""
    memory_limit: ContainerMemoryLimit | str | None | Unset = UNSET
    """Memory available to the container."""
    network_policy: AutoCodeInterpreterToolParamNetworkPolicy | Unset = UNSET
    """Outbound network access of the container."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "file_ids", "memory_limit", "network_policy"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "AutoCodeInterpreterToolParam"
    ) -> AutoCodeInterpreterToolParam:
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
            if type(obj.type) is not str or obj.type != "auto":
                raise wrong_const("auto", obj.type, path, "type")
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
                obj.network_policy = (
                    parse_auto_code_interpreter_tool_param_network_policy(
                        obj.network_policy, path + ".network_policy"
                    )
                )
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
    def from_json(cls, text: str | bytes) -> AutoCodeInterpreterToolParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "AutoCodeInterpreterToolParam"))

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
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


AutoCodeInterpreterToolParamNetworkPolicy: TypeAlias = (
    ContainerNetworkPolicyDisabledParam
    | ContainerNetworkPolicyAllowlistParam
    | UnknownVariant
)
"""Outbound network access of the container."""

_AUTO_CODE_INTERPRETER_TOOL_PARAM_NETWORK_POLICY: dict[
    str, Callable[[Any, str], AutoCodeInterpreterToolParamNetworkPolicy]
] = {
    "disabled": ContainerNetworkPolicyDisabledParam.from_dict,
    "allowlist": ContainerNetworkPolicyAllowlistParam.from_dict,
}


def parse_auto_code_interpreter_tool_param_network_policy(
    data: Any, path: str = "AutoCodeInterpreterToolParamNetworkPolicy"
) -> AutoCodeInterpreterToolParamNetworkPolicy:
    """Parse one AutoCodeInterpreterToolParamNetworkPolicy from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _AUTO_CODE_INTERPRETER_TOOL_PARAM_NETWORK_POLICY.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
