"""generator.write: the swap of the output tree, and what it keeps of the old one."""

from __future__ import annotations

import compileall
from pathlib import Path

from generator.state import MANIFEST
from generator.write import TreeDiff, write_tree


def _tree(root: Path, files: dict[str, str]) -> dict[str, bytes]:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return {name: text.encode() for name, text in files.items()}


def _compiled(root: Path, module: str) -> list[Path]:
    path = root / module
    return sorted((path.parent / "__pycache__").glob(path.stem + ".*.pyc"))


def test_compiled_modules_are_kept_but_for_files_rewritten_or_removed(tmp_path: Path) -> None:
    """Python trusts a compiled module while its source's size and mtime (whole seconds)
    match: a module rewritten to as many bytes within the second would run its old code,
    in the import check and after."""
    root = tmp_path / "out"
    old = {MANIFEST: "{}", "pkg/__init__.py": "", "pkg/kept.py": "A = 1\n", "pkg/changed.py": "B = 1\n"}
    _tree(root, {**old, "pkg/gone.py": ""})
    compileall.compile_dir(root, quiet=1)
    compileall.compile_dir(root, quiet=1, optimize=1)  # pkg/__pycache__/*.opt-1.pyc too
    kept_inodes = [path.stat().st_ino for path in _compiled(root, "pkg/kept.py")]
    assert len(kept_inodes) == 2 and len(_compiled(root, "pkg/changed.py")) == 2

    new = {MANIFEST: b"{}", "pkg/__init__.py": b"", "pkg/kept.py": b"A = 1\n", "pkg/changed.py": b"B = 2\n"}
    seen: list[TreeDiff] = []
    diff = write_tree(root, new, lambda staging, changed: seen.append(changed))

    assert diff.changed == ["pkg/changed.py"] and diff.removed == ["pkg/gone.py"] and seen == [diff]
    assert [path.stat().st_ino for path in _compiled(root, "pkg/kept.py")] == kept_inodes  # linked
    assert _compiled(root, "pkg/changed.py") == [] and _compiled(root, "pkg/gone.py") == []
    assert len(_compiled(root, "pkg/__init__.py")) == 2
