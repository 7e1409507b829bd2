"""Generated from the API spec: FunctionShellToolParam, FunctionShellToolParamEnvironment."""

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
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .container_auto_param import ContainerAutoParam
from .container_reference_param import ContainerReferenceParam
from .local_environment_param import LocalEnvironmentParam


@dataclass(slots=True, kw_only=True)
class FunctionShellToolParam:
    """Tool with which the model runs shell commands in a container or a local environment."""

    type: Literal["shell"] = "shell"
    """Type discriminator; always `shell`.

    The API's default is ``"shell"``.
    """
    environment: FunctionShellToolParamEnvironment | None | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller | str] | None | Unset = UNSET
    """Contexts from which the tool may be invoked."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "environment", "allowed_callers"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "FunctionShellToolParam"
    ) -> FunctionShellToolParam:
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
            if type(obj.type) is not str or obj.type != "shell":
                raise wrong_const("shell", obj.type, path, "type")
            obj.environment = d.get("environment", UNSET)
            if obj.environment is not UNSET and obj.environment is not None:
                obj.environment = parse_function_shell_tool_param_environment(
                    obj.environment, path + ".environment"
                )
            obj.allowed_callers = d.get("allowed_callers", UNSET)
            if obj.allowed_callers is not UNSET and obj.allowed_callers is not None:
                obj.allowed_callers = [
                    parse_enum(
                        CallableToolAllowedCaller, v0, at(path, "allowed_callers"), i0
                    )
                    for i0, v0 in enumerate(
                        expect_list(obj.allowed_callers, path, "allowed_callers")
                    )
                ]
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 3 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> FunctionShellToolParam:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "FunctionShellToolParam"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
        }
        if self.environment is not UNSET:
            data["environment"] = (
                None if self.environment is None else self.environment.to_dict()
            )
        if self.allowed_callers is not UNSET:
            data["allowed_callers"] = (
                None
                if self.allowed_callers is None
                else [enum_value(v0) for v0 in self.allowed_callers]
            )
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


FunctionShellToolParamEnvironment: TypeAlias = (
    ContainerAutoParam
    | LocalEnvironmentParam
    | ContainerReferenceParam
    | UnknownVariant
)

_FUNCTION_SHELL_TOOL_PARAM_ENVIRONMENT: dict[
    str, Callable[[Any, str], FunctionShellToolParamEnvironment]
] = {
    "container_auto": ContainerAutoParam.from_dict,
    "local": LocalEnvironmentParam.from_dict,
    "container_reference": ContainerReferenceParam.from_dict,
}


def parse_function_shell_tool_param_environment(
    data: Any, path: str = "FunctionShellToolParamEnvironment"
) -> FunctionShellToolParamEnvironment:
    """Parse one FunctionShellToolParamEnvironment from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _FUNCTION_SHELL_TOOL_PARAM_ENVIRONMENT.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
