"""generator.format: black's output, and its cache."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.format import CACHE_ENV, format_files

ROOT = Path(__file__).resolve().parents[1]
SOURCE = {"pkg/a.py": "x = {  'a':1 }\n", "pkg/b.py": "def f( y ):\n  return y\n", "README.md": "x = { }\n"}
FORMATTED = {"pkg/a.py": 'x = {"a": 1}\n', "pkg/b.py": "def f(y):\n    return y\n", "README.md": "x = { }\n"}

_FRESH_RUN = """
import json, sys
from generator.format import format_files
result = format_files(json.loads(sys.argv[1]))
print(json.dumps({"result": result, "black imported": "black" in sys.modules}))
"""


def _format_in_fresh_process(cache: Path, files: dict[str, str]) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _FRESH_RUN, json.dumps(files)],
        env={CACHE_ENV: str(cache), "PATH": ""},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_python_files_are_formatted_and_others_left_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert format_files(SOURCE) == FORMATTED


def test_black_is_imported_only_when_a_file_misses_the_cache(tmp_path: Path) -> None:
    first = _format_in_fresh_process(tmp_path, SOURCE)
    assert first == {"result": FORMATTED, "black imported": True}
    second = _format_in_fresh_process(tmp_path, SOURCE)
    assert second == {"result": FORMATTED, "black imported": False}
    changed = dict(SOURCE, **{"pkg/b.py": "y = ( 1 )\n"})
    third = _format_in_fresh_process(tmp_path, changed)
    assert third == {"result": dict(FORMATTED, **{"pkg/b.py": "y = 1\n"}), "black imported": True}
