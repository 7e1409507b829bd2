"""Generated from the API spec: InputContent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

from .._runtime import ParseError, UnknownVariant, at, expect_object
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent

InputContent: TypeAlias = (
    InputTextContent | InputImageContent | InputFileContent | UnknownVariant
)
"""One content part: text, an image or a file."""

_INPUT_CONTENT: dict[str, Callable[[Any, str], InputContent]] = {
    "input_text": InputTextContent.from_dict,
    "input_image": InputImageContent.from_dict,
    "input_file": InputFileContent.from_dict,
}


def parse_input_content(data: Any, path: str = "InputContent") -> InputContent:
    """Parse one InputContent from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _INPUT_CONTENT.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
