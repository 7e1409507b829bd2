"""Generated from the API spec: Tool."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

from .._runtime import ParseError, UnknownVariant, at, expect_object
from .apply_patch_tool_param import ApplyPatchToolParam
from .code_interpreter_tool import CodeInterpreterTool
from .computer_tool import ComputerTool
from .computer_use_preview_tool import ComputerUsePreviewTool
from .custom_tool_param import CustomToolParam
from .file_search_tool import FileSearchTool
from .function_shell_tool_param import FunctionShellToolParam
from .function_tool import FunctionTool
from .image_gen_tool import ImageGenTool
from .local_shell_tool_param import LocalShellToolParam
from .mcp_tool import MCPTool
from .namespace_tool_param import NamespaceToolParam
from .programmatic_tool_calling_param import ProgrammaticToolCallingParam
from .tool_search_tool_param import ToolSearchToolParam
from .web_search_preview_tool import WebSearchPreviewTool
from .web_search_tool import WebSearchTool

Tool: TypeAlias = (
    FunctionTool
    | FileSearchTool
    | ComputerTool
    | ComputerUsePreviewTool
    | WebSearchTool
    | MCPTool
    | CodeInterpreterTool
    | ProgrammaticToolCallingParam
    | ImageGenTool
    | LocalShellToolParam
    | FunctionShellToolParam
    | CustomToolParam
    | NamespaceToolParam
    | ToolSearchToolParam
    | WebSearchPreviewTool
    | ApplyPatchToolParam
    | UnknownVariant
)
"""A tool the model may use: a hosted OpenAI tool or one you define."""

_TOOL: dict[str, Callable[[Any, str], Tool]] = {
    "function": FunctionTool.from_dict,
    "file_search": FileSearchTool.from_dict,
    "computer": ComputerTool.from_dict,
    "computer_use_preview": ComputerUsePreviewTool.from_dict,
    "web_search": WebSearchTool.from_dict,
    "web_search_2025_08_26": WebSearchTool.from_dict,
    "mcp": MCPTool.from_dict,
    "code_interpreter": CodeInterpreterTool.from_dict,
    "programmatic_tool_calling": ProgrammaticToolCallingParam.from_dict,
    "image_generation": ImageGenTool.from_dict,
    "local_shell": LocalShellToolParam.from_dict,
    "shell": FunctionShellToolParam.from_dict,
    "custom": CustomToolParam.from_dict,
    "namespace": NamespaceToolParam.from_dict,
    "tool_search": ToolSearchToolParam.from_dict,
    "web_search_preview": WebSearchPreviewTool.from_dict,
    "web_search_preview_2025_03_11": WebSearchPreviewTool.from_dict,
    "apply_patch": ApplyPatchToolParam.from_dict,
}


def parse_tool(data: Any, path: str = "Tool") -> Tool:
    """Parse one Tool from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _TOOL.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
