"""Generated from the API spec: EvalItemContent."""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime import ParseError, at, expect_list
from .eval_item_content_item import (
    EvalItemContentItem,
    dump_eval_item_content_item,
    parse_eval_item_content_item,
)

EvalItemContent: TypeAlias = EvalItemContentItem | list[EvalItemContentItem]
"""Content of an eval message: one content item or a list of them. Text may contain
template placeholders.
"""


def parse_eval_item_content(
    data: Any, path: str = "EvalItemContent"
) -> EvalItemContent:
    """Parse one EvalItemContent from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    try:
        return parse_eval_item_content_item(data, at(path, None))
    except ParseError as error:
        problems.append(str(error))
    try:
        return [
            parse_eval_item_content_item(v0, at(at(path, None), i0))
            for i0, v0 in enumerate(expect_list(data, path, None))
        ]
    except ParseError as error:
        problems.append(str(error))
    raise ParseError(
        path,
        "fits no variant of EvalItemContent ("
        + "; ".join(problems or ["wrong JSON type"])
        + ")",
    )


def dump_eval_item_content(value: EvalItemContent) -> Any:
    """A EvalItemContent value as JSON data."""
    if isinstance(value, list):
        return [dump_eval_item_content_item(v0) for v0 in value]
    return dump_eval_item_content_item(value)
