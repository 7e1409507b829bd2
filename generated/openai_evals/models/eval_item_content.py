"""Generated from the API spec: EvalItemContent."""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime import ParseError, no_variant, parse_list
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
        return parse_eval_item_content_item(data, path)
    except ParseError as error:
        problems.append(str(error))
    if isinstance(data, list):
        try:
            return parse_list(parse_eval_item_content_item, data, path, None)
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(path, "EvalItemContentItem or array", data, problems)


def dump_eval_item_content(value: EvalItemContent) -> Any:
    """The JSON data of a value of EvalItemContent."""
    if isinstance(value, list):
        return [dump_eval_item_content_item(v0) for v0 in value]
    return dump_eval_item_content_item(value)
