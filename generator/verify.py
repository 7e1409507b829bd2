"""Step 7: check the generated files before they replace anything.

Every rendered Python file must compile, and the package must import in a fresh
interpreter (on a first generation every module, afterwards the modules that
changed), so a broken or hostile spec can never leave an unimportable package
behind.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import GeneratorError


def compile_files(files: dict[str, str]) -> None:
    """Compile every ``.py`` file; a failure is a generator bug, reported as such."""
    for path, text in files.items():
        if path.endswith(".py"):
            try:
                compile(text, path, "exec", dont_inherit=True)
            except SyntaxError as error:
                raise GeneratorError(
                    f"internal error: generated {path} does not compile: {error.msg} (line {error.lineno})",
                    hint="this is a bug in the generator's templates; please report it with the spec",
                ) from None


def import_package(root: Path, package: str, changed: list[str] | None = None) -> None:
    """Import the package from ``root`` in a fresh interpreter: every module, or the ones
    whose files ``changed`` (paths relative to ``root``; the others imported fine before)."""
    if changed is None:
        modules = None
    else:
        modules = sorted(
            name.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
            for name in changed
            if name.endswith(".py")
        )
    script = (
        "import importlib, importlib.util, pkgutil, sys\n"
        f"import {package}, {package}.models as models\n"
        f"modules = {modules!r}\n"
        "if modules is None:\n"
        "    modules = [models.__name__ + '.' + info.name for info in pkgutil.iter_modules(models.__path__)]\n"
        "for name in modules:\n"
        "    importlib.import_module(name)\n"
        "for name, module in models._MODULE_OF.items():\n"
        "    if importlib.util.find_spec(models.__name__ + '.' + module) is None:\n"
        "        raise ImportError(f'{name}: no module {module}')\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(root)!r})\n{script}"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise GeneratorError(
            "internal error: importing the generated package took more than 120 s",
            hint="this is a bug in the generator's templates; please report it with the spec",
        ) from None
    if result.returncode != 0:
        detail = result.stderr.strip().splitlines()[-1:] or ["no output"]
        raise GeneratorError(
            f"internal error: the generated package does not import: {detail[0]}",
            hint="this is a bug in the generator's templates; please report it with the spec",
        )
