"""Errors about the user's input.

Every problem the generator finds in a spec, an option or an overlay is a
:class:`GeneratorError`: it says which file, where (line and column, or a JSON
pointer, or both), what is wrong and what to do. The CLI prints it without a
traceback and exits with status 2::

    GeneratorError
     └── SpecErrors      several problems found in one pass (validation)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

#: The hint of an error in what the generator itself wrote: no spec should be able to cause it.
TEMPLATE_BUG_HINT = "this is a bug in the generator's templates; please report it with the spec"


class Location(NamedTuple):
    """Where in an input file a problem is: any of file, line/column (1-based), JSON pointer."""

    file: str | None = None
    line: int | None = None
    column: int | None = None
    pointer: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.file:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            parts.append(where)
        if self.pointer is not None:
            parts.append(f"at {self.pointer or '#'}")
        return ", ".join(parts)


class GeneratorError(Exception):
    """A problem with the input that the user must fix; exit status 2."""

    def __init__(self, message: str, *, location: Location | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.location = location or Location()
        self.hint = hint

    def __str__(self) -> str:
        where = str(self.location)
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


def error_to_data(error: GeneratorError) -> dict[str, Any]:
    """A GeneratorError (or SpecErrors) as JSON data, to cross a process boundary."""
    data: dict[str, Any] = {
        "message": error.message,
        "location": error.location._asdict(),
        "hint": error.hint,
    }
    if isinstance(error, SpecErrors):
        data["errors"] = [error_to_data(e) for e in error.errors]
    return data


def error_from_data(data: dict[str, Any]) -> GeneratorError:
    """The error :func:`error_to_data` described."""
    if "errors" in data:
        return SpecErrors(data["message"], [error_from_data(e) for e in data["errors"]], hint=data["hint"])
    return GeneratorError(data["message"], location=Location(**data["location"]), hint=data["hint"])


class SpecErrors(GeneratorError):
    """Several problems found in one pass, each a :class:`GeneratorError`."""

    def __init__(self, summary: str, errors: list[GeneratorError], *, hint: str | None = None):
        super().__init__(summary, hint=hint)
        self.errors = errors

    def __str__(self) -> str:
        lines = [self.message]
        lines += ["  " + str(error).replace("\n", "\n  ") for error in self.errors]
        if self.hint:
            lines.append(f"hint: {self.hint}")
        return "\n".join(lines)


def read_input(path: str | Path, what: str, hint: str) -> bytes:
    """The bytes of an input file (``what`` it is, for the message); unreadable is a GeneratorError."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise GeneratorError(
            f"cannot read {what}: {error.strerror or error}", location=Location(str(path)), hint=hint
        ) from None


def pointer_join(pointer: str, *keys: object) -> str:
    """Append keys to a JSON pointer (``#/a/b``), escaping ``~`` and ``/`` as RFC 6901 says."""
    for key in keys:
        pointer += "/" + str(key).replace("~", "~0").replace("/", "~1")
    return pointer


def pointer_keys(pointer: str) -> list[str]:
    """Split a local JSON pointer (``#/a/b`` or ``/a/b``) into unescaped keys."""
    body = pointer.removeprefix("#")
    if not body:
        return []
    return [part.replace("~1", "/").replace("~0", "~") for part in body[1:].split("/")]


def shorten(message: Any, limit: int = 300) -> str:
    """A message on one line, cut to ``limit`` characters (a library's may hold a whole schema)."""
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
