"""Generated from the API spec: CodeInterpreterTool, CodeInterpreterToolContainer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    Unset,
    at,
    decode_json,
    encode_json,
    enum_value,
    expect_list,
    extra_fields,
    no_variant,
    parse_enum,
    wrong_const,
    wrong_type,
)
from .auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam
from .callable_tool_allowed_caller import CallableToolAllowedCaller


@dataclass(slots=True, kw_only=True)
class CodeInterpreterTool:
    """Hosted tool that runs Python code while the answer is produced."""

    type: Literal["code_interpreter"] = "code_interpreter"
    """Type discriminator; always `code_interpreter`."""
    container: CodeInterpreterToolContainer
    """Where the code runs: the ID of an existing container, or settings for an
    automatically created one (files, memory limit).
    """
    allowed_callers: list[CallableToolAllowedCaller | str] | None | Unset = UNSET
    """Contexts from which the tool may be invoked."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "container", "allowed_callers"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CodeInterpreterTool"
    ) -> CodeInterpreterTool:
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
            if type(obj.type) is not str or obj.type != "code_interpreter":
                raise wrong_const("code_interpreter", obj.type, path, "type")
            obj.container = parse_code_interpreter_tool_container(
                d["container"], path + ".container"
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
        if len(d) == 2 or (len(d) <= 3 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> CodeInterpreterTool:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CodeInterpreterTool"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "container": dump_code_interpreter_tool_container(self.container),
        }
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


CodeInterpreterToolContainer: TypeAlias = str | AutoCodeInterpreterToolParam
"""Where the code runs: the ID of an existing container, or settings for an automatically
created one (files, memory limit).
"""


def parse_code_interpreter_tool_container(
    data: Any, path: str = "CodeInterpreterToolContainer"
) -> CodeInterpreterToolContainer:
    """Parse one CodeInterpreterToolContainer from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        try:
            return AutoCodeInterpreterToolParam.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(path, "string or AutoCodeInterpreterToolParam", data, problems)


def dump_code_interpreter_tool_container(value: CodeInterpreterToolContainer) -> Any:
    """The JSON data of a value of CodeInterpreterToolContainer."""
    if isinstance(value, (AutoCodeInterpreterToolParam,)):
        return value.to_dict()
    return value
