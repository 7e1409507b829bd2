"""Generated from the API spec: TextResponseFormatConfiguration."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

from .._runtime import ParseError, UnknownVariant, at, expect_object
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_text import ResponseFormatText
from .text_response_format_json_schema import TextResponseFormatJsonSchema

TextResponseFormatConfiguration: TypeAlias = (
    ResponseFormatText
    | TextResponseFormatJsonSchema
    | ResponseFormatJsonObject
    | UnknownVariant
)
"""Format of the text output: `text` (the default), `json_schema` for Structured Outputs,
or `json_object` for the older JSON mode, which newer models should not use.
"""

_TEXT_RESPONSE_FORMAT_CONFIGURATION: dict[
    str, Callable[[Any, str], TextResponseFormatConfiguration]
] = {
    "text": ResponseFormatText.from_dict,
    "json_schema": TextResponseFormatJsonSchema.from_dict,
    "json_object": ResponseFormatJsonObject.from_dict,
}


def parse_text_response_format_configuration(
    data: Any, path: str = "TextResponseFormatConfiguration"
) -> TextResponseFormatConfiguration:
    """Parse one TextResponseFormatConfiguration from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _TEXT_RESPONSE_FORMAT_CONFIGURATION.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
