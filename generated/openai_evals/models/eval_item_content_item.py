"""Generated from the API spec: EvalItemContentItem."""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime import ParseError, no_variant
from .eval_item_content_output_text import EvalItemContentOutputText
from .eval_item_input_image import EvalItemInputImage
from .input_audio import InputAudio
from .input_text_content import InputTextContent

EvalItemContentItem: TypeAlias = (
    str | InputTextContent | EvalItemContentOutputText | EvalItemInputImage | InputAudio
)
"""One piece of content: text, output text, an image or audio."""


def parse_eval_item_content_item(
    data: Any, path: str = "EvalItemContentItem"
) -> EvalItemContentItem:
    """Parse one EvalItemContentItem from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        try:
            return InputTextContent.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
        try:
            return EvalItemContentOutputText.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
        try:
            return EvalItemInputImage.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
        try:
            return InputAudio.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(
        path,
        "string or InputTextContent or EvalItemContentOutputText or EvalItemInputImage or InputAudio",
        data,
        problems,
    )


def dump_eval_item_content_item(value: EvalItemContentItem) -> Any:
    """The JSON data of a value of EvalItemContentItem."""
    if isinstance(
        value,
        (
            InputTextContent,
            EvalItemContentOutputText,
            EvalItemInputImage,
            InputAudio,
        ),
    ):
        return value.to_dict()
    return value
