"""Where ``python -m generator generate`` spends its time, step by step, in a fresh process.

Usage: ``python bench/_profile_generate.py ARGS...`` with the arguments of
``python -m generator generate``. The pipeline's steps (the functions named in
``STEPS`` wherever they are defined, the methods named in ``METHODS``, and every
top-level function of :mod:`generator.pipeline`, which is the glue between
them) are wrapped with a
timer, including in modules the generator imports lazily (an import hook wraps
them as they load). Times are exclusive: a step's time excludes the wrapped
steps it calls, so the rows add up to the run. A lazily imported module's import
cost lands in the step that first imports it. The CLI's own output goes to
stderr; the last line on stdout is JSON:
``{"import": s, "steps": {name: s}, "main": s, "status": n}``.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.abc
import importlib.machinery
import inspect
import json
import os
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

STEPS = frozenset(
    {
        "apply_overlay",
        "parse_document",
        "slice_spec",
        "start_validation",
        "build_ir",
        "diff_apis",
        "format_files",
        "compile_files",
        "write_tree",
        "diff_tree",
        "read_tree",
        "read_previous",
        "tool_fingerprint",
        "fingerprint",
        "snapshot_text",
        "manifest_text",
        "changelog_text",
        "next_version",
    }
)

#: Methods (and cached properties) timed as steps of their own: "Class.attribute".
METHODS = frozenset(
    {
        "Renderer.__init__",
        "Renderer.dependencies",
        "Renderer.render",
        "Previous.api",
        "Previous.manifest",
        "ImportCheck.run",
    }
)

steps: dict[str, float] = {}
_stack: list[float] = []
_wrapped: dict[int, Any] = {}  # id(original function) -> its wrapper


def _wrap(name: str, fn: Any) -> Any:
    if getattr(fn, "__bench_step__", False):
        return fn
    if id(fn) in _wrapped:
        return _wrapped[id(fn)]

    def timed(*args: Any, **kwargs: Any) -> Any:
        _stack.append(0.0)
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            children = _stack.pop()
            steps[name] = steps.get(name, 0.0) + elapsed - children
            if _stack:
                _stack[-1] += elapsed

    timed.__bench_step__ = True  # type: ignore[attr-defined]
    timed.__wrapped__ = fn  # type: ignore[attr-defined]
    _wrapped[id(fn)] = timed
    return timed


def _patch(module: ModuleType) -> None:
    is_pipeline = module.__name__ == "generator.pipeline"
    for name, value in list(vars(module).items()):
        if inspect.isclass(value) and value.__module__ == module.__name__:
            _patch_class(value)
        if not inspect.isfunction(value) or not value.__module__.startswith("generator"):
            continue
        if name in STEPS or (is_pipeline and value.__module__ == "generator.pipeline"):
            setattr(module, name, _wrap(name, value))
        elif id(value) in _wrapped:
            setattr(module, name, _wrapped[id(value)])


def _patch_class(cls: type) -> None:
    for qualified in METHODS:
        class_name, _, attribute = qualified.partition(".")
        if class_name != cls.__name__ or attribute not in vars(cls):
            continue
        value = vars(cls)[attribute]
        if isinstance(value, functools.cached_property):
            wrapped = functools.cached_property(_wrap(qualified, value.func))
            wrapped.__set_name__(cls, attribute)
            setattr(cls, attribute, wrapped)
        elif inspect.isfunction(value):
            setattr(cls, attribute, _wrap(qualified, value))


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def create_module(self, spec: Any) -> Any:
        return self.inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.inner.exec_module(module)
        _patch(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if not fullname.startswith("generator."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def main() -> None:
    sys.meta_path.insert(0, _Finder())
    t0 = time.perf_counter()
    from generator import cli

    imported = time.perf_counter() - t0
    for name, module in list(sys.modules.items()):  # modules loaded before the hook saw them
        if name.startswith("generator.") and module is not None:
            _patch(module)
    start = time.perf_counter()
    with contextlib.redirect_stdout(sys.stderr):
        status = cli.main(["generate", *sys.argv[1:]])
    total = time.perf_counter() - start
    print(json.dumps({"import": imported, "steps": steps, "main": total, "status": status}))
    # Exit as ``python -m generator`` does, without the interpreter's teardown.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
