"""Generated from the API spec: MCPToolConnectorId, MCPToolRequireApprovalVariant2,
MCPTool, MCPToolRequireApprovalVariant1, MCPToolAllowedTools, MCPToolRequireApproval.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

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
    expect_object,
    expect_str,
    extra_fields,
    no_variant,
    parse_enum,
    wrong_const,
    wrong_type,
)
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .mcp_tool_filter import MCPToolFilter


class MCPToolConnectorId(StrEnum):
    """A built-in service connector (Dropbox, Gmail, Google Calendar, Google Drive,
    Microsoft Teams, Outlook Calendar, Outlook Email or SharePoint) used instead of a
    server URL.
    """

    CONNECTOR_DROPBOX = "connector_dropbox"
    CONNECTOR_GMAIL = "connector_gmail"
    CONNECTOR_GOOGLECALENDAR = "connector_googlecalendar"
    CONNECTOR_GOOGLEDRIVE = "connector_googledrive"
    CONNECTOR_MICROSOFTTEAMS = "connector_microsoftteams"
    CONNECTOR_OUTLOOKCALENDAR = "connector_outlookcalendar"
    CONNECTOR_OUTLOOKEMAIL = "connector_outlookemail"
    CONNECTOR_SHAREPOINT = "connector_sharepoint"


class MCPToolRequireApprovalVariant2(StrEnum):
    """One policy for all tools: `always` (every call needs approval) or `never`."""

    ALWAYS = "always"
    NEVER = "never"


@dataclass(slots=True, kw_only=True)
class MCPTool:
    """Gives the model the tools of a remote Model Context Protocol (MCP) server."""

    type: Literal["mcp"] = "mcp"
    """Type discriminator; always `mcp`."""
    server_label: str
    """Label that identifies this server in tool calls."""
    server_url: str | Unset = UNSET
    """Address of the MCP server; give this, a `connector_id` or a `tunnel_id`."""
    connector_id: MCPToolConnectorId | str | Unset = UNSET
    """A built-in service connector (Dropbox, Gmail, Google Calendar, Google Drive,
    Microsoft Teams, Outlook Calendar, Outlook Email or SharePoint) used instead of a
    server URL.
    """
    tunnel_id: str | Unset = UNSET
    """ID of a Secure MCP Tunnel, used instead of a server URL."""
    authorization: str | Unset = UNSET
    """OAuth access token for the server or connector; your application obtains it."""
    server_description: str | Unset = UNSET
    """Free-text description of the server, given to the model as context."""
    headers: dict[str, str] | None | Unset = UNSET
    """Extra HTTP headers sent to the server, e.g. for authentication."""
    allowed_tools: MCPToolAllowedTools | None | Unset = UNSET
    """Which tools of the server the model may use: a list of names or a filter."""
    allowed_callers: list[CallableToolAllowedCaller | str] | None | Unset = UNSET
    """Contexts from which the tool may be invoked."""
    require_approval: MCPToolRequireApproval | None | Unset = UNSET
    """Which tool calls need your approval before they run.

    The API's default is ``"always"``.
    """
    defer_loading: bool | Unset = UNSET
    """When true, the server's tools are found later, through tool search."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "server_label",
            "server_url",
            "connector_id",
            "tunnel_id",
            "authorization",
            "server_description",
            "headers",
            "allowed_tools",
            "allowed_callers",
            "require_approval",
            "defer_loading",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "MCPTool") -> MCPTool:
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
            if type(obj.type) is not str or obj.type != "mcp":
                raise wrong_const("mcp", obj.type, path, "type")
            obj.server_label = d["server_label"]
            if type(obj.server_label) is not str:
                raise wrong_type("string", obj.server_label, path, "server_label")
            obj.server_url = d.get("server_url", UNSET)
            if obj.server_url is not UNSET and type(obj.server_url) is not str:
                raise wrong_type("string", obj.server_url, path, "server_url")
            obj.connector_id = d.get("connector_id", UNSET)
            if obj.connector_id is not UNSET:
                obj.connector_id = parse_enum(
                    MCPToolConnectorId, obj.connector_id, path, "connector_id"
                )
            obj.tunnel_id = d.get("tunnel_id", UNSET)
            if obj.tunnel_id is not UNSET and type(obj.tunnel_id) is not str:
                raise wrong_type("string", obj.tunnel_id, path, "tunnel_id")
            obj.authorization = d.get("authorization", UNSET)
            if obj.authorization is not UNSET and type(obj.authorization) is not str:
                raise wrong_type("string", obj.authorization, path, "authorization")
            obj.server_description = d.get("server_description", UNSET)
            if (
                obj.server_description is not UNSET
                and type(obj.server_description) is not str
            ):
                raise wrong_type(
                    "string", obj.server_description, path, "server_description"
                )
            obj.headers = d.get("headers", UNSET)
            if obj.headers is not UNSET and obj.headers is not None:
                obj.headers = {
                    k0: expect_str(v0, at(path, "headers"), k0)
                    for k0, v0 in expect_object(obj.headers, path, "headers").items()
                }
            obj.allowed_tools = d.get("allowed_tools", UNSET)
            if obj.allowed_tools is not UNSET and obj.allowed_tools is not None:
                obj.allowed_tools = parse_mcp_tool_allowed_tools(
                    obj.allowed_tools, path + ".allowed_tools"
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
            obj.require_approval = d.get("require_approval", UNSET)
            if obj.require_approval is not UNSET and obj.require_approval is not None:
                obj.require_approval = parse_mcp_tool_require_approval(
                    obj.require_approval, path + ".require_approval"
                )
            obj.defer_loading = d.get("defer_loading", UNSET)
            if obj.defer_loading is not UNSET and type(obj.defer_loading) is not bool:
                raise wrong_type("boolean", obj.defer_loading, path, "defer_loading")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 2 or (len(d) <= 12 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> MCPTool:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "MCPTool"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "server_label": self.server_label,
        }
        if self.server_url is not UNSET:
            data["server_url"] = self.server_url
        if self.connector_id is not UNSET:
            data["connector_id"] = enum_value(self.connector_id)
        if self.tunnel_id is not UNSET:
            data["tunnel_id"] = self.tunnel_id
        if self.authorization is not UNSET:
            data["authorization"] = self.authorization
        if self.server_description is not UNSET:
            data["server_description"] = self.server_description
        if self.headers is not UNSET:
            data["headers"] = None if self.headers is None else dict(self.headers)
        if self.allowed_tools is not UNSET:
            data["allowed_tools"] = (
                None
                if self.allowed_tools is None
                else dump_mcp_tool_allowed_tools(self.allowed_tools)
            )
        if self.allowed_callers is not UNSET:
            data["allowed_callers"] = (
                None
                if self.allowed_callers is None
                else [enum_value(v0) for v0 in self.allowed_callers]
            )
        if self.require_approval is not UNSET:
            data["require_approval"] = (
                None
                if self.require_approval is None
                else dump_mcp_tool_require_approval(self.require_approval)
            )
        if self.defer_loading is not UNSET:
            data["defer_loading"] = self.defer_loading
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class MCPToolRequireApprovalVariant1:
    """Filters naming the tools that always or never need approval."""

    always: MCPToolFilter | Unset = UNSET
    never: MCPToolFilter | Unset = UNSET
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"always", "never"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "MCPToolRequireApprovalVariant1"
    ) -> MCPToolRequireApprovalVariant1:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.always = d.get("always", UNSET)
        if obj.always is not UNSET:
            obj.always = MCPToolFilter.from_dict(obj.always, path + ".always")
        obj.never = d.get("never", UNSET)
        if obj.never is not UNSET:
            obj.never = MCPToolFilter.from_dict(obj.never, path + ".never")
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 2 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> MCPToolRequireApprovalVariant1:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "MCPToolRequireApprovalVariant1"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.always is not UNSET:
            data["always"] = self.always.to_dict()
        if self.never is not UNSET:
            data["never"] = self.never.to_dict()
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


MCPToolAllowedTools: TypeAlias = list[str] | MCPToolFilter
"""Which tools of the server the model may use: a list of names or a filter."""


def parse_mcp_tool_allowed_tools(
    data: Any, path: str = "MCPToolAllowedTools"
) -> MCPToolAllowedTools:
    """Parse one MCPToolAllowedTools from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, list):
        try:
            return [
                expect_str(v0, at(path, None), i0)
                for i0, v0 in enumerate(expect_list(data, path, None))
            ]
        except ParseError as error:
            problems.append(str(error))
    if isinstance(data, dict):
        try:
            return MCPToolFilter.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(path, "array or MCPToolFilter", data, problems)


def dump_mcp_tool_allowed_tools(value: MCPToolAllowedTools) -> Any:
    """The JSON data of a value of MCPToolAllowedTools."""
    if isinstance(value, (MCPToolFilter,)):
        return value.to_dict()
    return value


MCPToolRequireApproval: TypeAlias = (
    MCPToolRequireApprovalVariant1 | MCPToolRequireApprovalVariant2 | str
)
"""Which tool calls need your approval before they run."""


def parse_mcp_tool_require_approval(
    data: Any, path: str = "MCPToolRequireApproval"
) -> MCPToolRequireApproval:
    """Parse one MCPToolRequireApproval from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, dict):
        try:
            return MCPToolRequireApprovalVariant1.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
    if isinstance(data, str):
        return parse_enum(MCPToolRequireApprovalVariant2, data, path, None)
    raise no_variant(
        path,
        "MCPToolRequireApprovalVariant1 or MCPToolRequireApprovalVariant2",
        data,
        problems,
    )


def dump_mcp_tool_require_approval(value: MCPToolRequireApproval) -> Any:
    """The JSON data of a value of MCPToolRequireApproval."""
    if isinstance(value, (MCPToolRequireApprovalVariant1,)):
        return value.to_dict()
    if isinstance(value, MCPToolRequireApprovalVariant2):
        return value.value
    return value
