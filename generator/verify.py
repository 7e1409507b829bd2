"""Step 7: check the generated files before they replace anything.

Every rendered Python file must compile, and the package must import in a fresh
interpreter (on a first generation every module, afterwards the modules that
changed), so a broken or hostile spec can never leave an unimportable package
behind.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .errors import TEMPLATE_BUG_HINT, GeneratorError

if TYPE_CHECKING:
    import subprocess

    from typing_extensions import Self  # typing's from Python 3.11


def compile_files(files: dict[str, str]) -> None:
    """Compile every ``.py`` file; a failure is a generator bug, reported as such."""
    for path, text in files.items():
        if path.endswith(".py"):
            try:
                compile(text, path, "exec", dont_inherit=True)
            except SyntaxError as error:
                raise GeneratorError(
                    f"internal error: generated {path} does not compile: {error.msg} (line {error.lineno})",
                    hint=TEMPLATE_BUG_HINT,
                ) from None


class ImportCheck:
    """A fresh interpreter that imports the generated package once it is written.

    :meth:`start` it as soon as a render is certain: the interpreter's start then overlaps
    the generator's own work. (The package imports httpx only when a client is made, so
    the check does not import it.) As a context manager, it is closed on leaving.
    """

    def __init__(self, package: str) -> None:
        self.package = package
        self.process: subprocess.Popen[str] | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def start(self) -> None:
        import subprocess  # here, not above: a run with nothing to render never needs it

        if self.process is None:
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-c", _IMPORT_SCRIPT],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )

    def run(
        self,
        root: Path,
        changed: list[str] | None = None,
        meanwhile: Callable[[], None] = lambda: None,
        removed: list[str] | None = None,
    ) -> None:
        """Import the package from ``root``: every module, or the ones whose files ``changed``
        (paths relative to ``root``; the others imported fine before, and those ``removed``
        are gone). ``meanwhile`` runs here while the other interpreter imports."""
        import subprocess
        import threading

        modules = None
        if changed is not None:
            modules = sorted(
                name.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
                for name in changed
                if name.endswith(".py")
            )
        # The table of where each model lives points at files that existed when it was
        # last checked, unless it changed or a file went away.
        check_table = modules is None or f"{self.package}.models" in modules or bool(removed)
        self.start()
        assert self.process is not None
        request = json.dumps(
            {"root": str(root), "package": self.package, "modules": modules, "check_table": check_table}
        )
        stdin, self.process.stdin = self.process.stdin, None  # so communicate() leaves it alone
        # A request larger than the pipe holds would block here while the other side blocks
        # on a full stderr: a thread writes it, and communicate() below drains the output.
        writer = threading.Thread(target=_send, args=(stdin, request), daemon=True)
        writer.start()
        meanwhile()
        try:
            _, errors = self.process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            self.close()
            raise GeneratorError(
                "internal error: importing the generated package took more than 120 s",
                hint=TEMPLATE_BUG_HINT,
            ) from None
        finally:
            writer.join()
        if self.process.returncode != 0:
            detail = errors.strip().splitlines()[-1:] or ["no output"]
            raise GeneratorError(
                f"internal error: the generated package does not import: {detail[0]}",
                hint=TEMPLATE_BUG_HINT,
            )

    def close(self) -> None:
        """Stop the interpreter if it is still running, and release its pipes."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()  # reaps it and closes its pipes


def _send(pipe: IO[str], text: str) -> None:
    try:
        with pipe:
            pipe.write(text)
    except BrokenPipeError:
        pass  # it has stopped: its error output says why


# Run with -I (no environment, no user site). The request on stdin is JSON data, never code.
_IMPORT_SCRIPT = """\
import importlib, importlib.util, json, os, pkgutil, sys
request = json.loads(sys.stdin.read())
if request["package"] in sys.modules:  # the generator refuses such names; this says why if not
    raise ImportError(f"a module named {request['package']} is already imported: choose another --package")
sys.path.insert(0, request["root"])
importlib.import_module(request["package"])
models = importlib.import_module(request["package"] + ".models")
modules = request["modules"]
if modules is None:
    modules = [models.__name__ + "." + info.name for info in pkgutil.iter_modules(models.__path__)]
for name in modules:
    importlib.import_module(name)
if request["check_table"]:
    for name, module in models._MODULE_OF.items():
        if importlib.util.find_spec(models.__name__ + "." + module) is None:
            raise ImportError(f"{name}: no module {module}")
sys.stdout.flush()
sys.stderr.flush()
os._exit(0)  # all is checked: the interpreter's teardown would only add to the wait
"""
