"""Step 8: write the generated tree, replacing the old one in one swap.

The new tree is assembled in a directory beside the output; files whose bytes
did not change are hard links to the old ones (same inode, same mtime). Only
after the new tree is complete and verified is it swapped in with two renames.
If anything fails before the swap, the output directory is untouched.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from .errors import GeneratorError, Location
from .state import MANIFEST

#: Folders in the output that tools create: the generator neither writes nor compares them,
#: and keeps them when it replaces the tree.
IGNORED_PARTS = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}
)


class TreeDiff(NamedTuple):
    """How a set of files differs from what is on disk."""

    added: list[str]
    changed: list[str]
    removed: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a file beside it, so no reader sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def read_tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (skipping tool caches), by POSIX relative path."""
    files = {}
    for path in _walk(root):
        files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def diff_tree(root: Path, files: dict[str, bytes]) -> TreeDiff:
    """Compare wanted ``files`` with the tree at ``root``."""
    existing = {p.relative_to(root).as_posix(): p for p in _walk(root)} if root.is_dir() else {}
    added, changed = [], []
    for name, data in sorted(files.items()):
        if name not in existing:
            added.append(name)
        elif existing[name].read_bytes() != data:
            changed.append(name)
    return TreeDiff(added, changed, sorted(set(existing) - set(files)))


def write_tree(root: Path, files: dict[str, bytes], verify: Callable[[Path, TreeDiff], None]) -> TreeDiff:
    """Make ``root`` hold exactly ``files``; ``verify(staging, diff)`` must pass before the swap.

    Returns what changed; when nothing did, nothing on disk is touched.
    """
    diff = diff_tree(root, files)
    if not diff:
        return diff
    if root.exists() and not root.is_dir():
        raise GeneratorError(
            f"refusing to replace {root}: it is a file, not a directory",
            location=Location(str(root)),
            hint="give --out a directory (it is created when missing)",
        )
    if root.exists() and any(_walk(root)) and not (root / MANIFEST).is_file():
        raise GeneratorError(
            f"refusing to replace {root}: it holds files but was not made by this generator "
            f"(no {MANIFEST})",
            location=Location(str(root)),
            hint="choose an empty or generated directory with --out",
        )
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = root.parent / f".{root.name}.new-{os.getpid()}"
    backup = root.parent / f".{root.name}.old-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        unchanged = set(files) - set(diff.added) - set(diff.changed)
        for name, data in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if name in unchanged:
                _link_or_copy(root / name, target)
            else:
                target.write_bytes(data)
        _carry_ignored(root, staging, stale=set(diff.added) | set(diff.changed) | set(diff.removed))
        verify(staging, diff)
        if root.exists():
            os.rename(root, backup)
        os.rename(staging, root)
    except BaseException:
        if backup.exists() and not root.exists():  # interrupted between the two renames
            os.rename(backup, root)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(backup, ignore_errors=True)
    return diff


def _carry_ignored(root: Path, staging: Path, stale: set[str]) -> None:
    """Keep what tools made in the tree (``__pycache__``, ``build``, ...) as links, but for
    the compiled modules of the files in ``stale`` (relative paths).

    Python takes a compiled module as current when its source's mtime (in whole seconds)
    and size match: a module rewritten to as many bytes within the second would run its
    old code, in the import check and after. Unchanged sources are links to the same
    files, so their compiled modules stay valid.
    """
    if not root.is_dir():
        return

    def stale_compiled(directory: str, names: list[str]) -> set[str]:
        if Path(directory).name != "__pycache__":
            return set()
        package = Path(directory).parent.relative_to(root)
        return {
            name
            for name in names
            if name.endswith(".pyc") and (package / f"{name.split('.', 1)[0]}.py").as_posix() in stale
        }

    for directory, dirnames, _ in os.walk(root):
        for name in list(dirnames):
            if _ignored(name):
                dirnames.remove(name)
                source = Path(directory) / name
                target = staging / source.relative_to(root)
                if target.parent.is_dir():  # else its package is gone
                    shutil.copytree(
                        source, target, copy_function=_link_or_copy, ignore=stale_compiled, dirs_exist_ok=True
                    )


def _link_or_copy(source: Path | str, target: Path | str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _ignored(name: str) -> bool:
    return name in IGNORED_PARTS or name.endswith(".egg-info")


def _walk(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        return
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not _ignored(d))
        for filename in sorted(filenames):
            if not filename.endswith(".pyc"):
                yield Path(directory) / filename
