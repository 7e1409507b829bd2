"""Comparing IRs in tests: what two IRs share once their documentation is set aside."""

from __future__ import annotations

import dataclasses
from typing import Any


def without_docs(value: Any) -> Any:
    """An IR with every description, summary and pointer removed: what code depends on."""
    return _strip(value, ("description", "summary", "pointer"))


def _strip(value: Any, names: tuple[str, ...]) -> Any:
    if isinstance(value, tuple):
        return tuple(_strip(item, names) for item in value)
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(value):
        item = getattr(value, field.name)
        if field.name in names:
            changes[field.name] = "" if field.name == "pointer" else None
        elif isinstance(item, tuple) or dataclasses.is_dataclass(item):
            changes[field.name] = _strip(item, names)
    return dataclasses.replace(value, **changes)
