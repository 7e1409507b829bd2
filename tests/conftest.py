"""Shared fixtures for the generator's unit tests."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[..., Path]:
    """Write a spec into ``tmp_path`` and return its path.

    ``content`` is either text (dedented, written as is) or data (dumped as JSON
    when ``name`` ends in ``.json``, else as YAML in insertion order).
    """

    def write(content: str | bytes | dict[str, Any], name: str = "spec.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(textwrap.dedent(content), encoding="utf-8")
        elif name.endswith(".json"):
            path.write_text(json.dumps(content, indent=2), encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
        return path

    return write
