"""Escaping filters: the only way a spec string reaches generated code.

Spec strings (names, descriptions, defaults, enum values, paths, server URLs)
are untrusted. Each output context has one filter here, and each returns
:class:`Code`. The renderer's Jinja environment refuses to output anything that
is not ``Code`` (or a number), so a template cannot place a raw spec string by
mistake.
"""

from __future__ import annotations

import keyword
import math
import re
import textwrap
from typing import Any


class Code(str):
    """Text that is safe to place in generated source as it is."""

    __slots__ = ()


# Control characters (except newline and tab) and the Unicode line/paragraph
# separators, which some tools treat as line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u0085\u2028\u2029]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+|!~])")


def identifier(name: Any) -> Code:
    """A Python identifier; anything else is a bug in the IR builder, so refuse it loudly."""
    text = str(name)
    if not text.isascii() or not text.isidentifier() or keyword.iskeyword(text):
        raise ValueError(f"not a safe identifier: {text!r}")
    return Code(text)


def string_literal(value: Any) -> Code:
    """A Python string literal holding exactly ``value`` (``repr`` escapes everything needed)."""
    return Code(repr(str(value)))


def value_literal(value: Any) -> Code:
    """A Python literal for a JSON scalar: string, integer, float, boolean or null."""
    if value is None or isinstance(value, bool):
        return Code(repr(value))
    if isinstance(value, int):
        return Code(str(int(value)))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"not a JSON number: {value!r}")
        return Code(repr(float(value)))
    if isinstance(value, str):
        return string_literal(value)
    raise ValueError(f"not a JSON scalar: {value!r}")


def docstring_body(text: Any, indent: int = 0, width: int = 88) -> Code:
    """The inside of a triple-double-quoted docstring: wrapped, and unable to end it early.

    Backslashes, runs of three quotes and a final quote are escaped (so the text
    can neither end the docstring nor form an escape sequence); control
    characters become ``\\xNN`` escapes.
    """
    lines = []
    for line in _plain(text).splitlines():
        line = line.rstrip()
        if len(line) + indent > width and not line.startswith(" "):
            wrapped = textwrap.wrap(line, width=max(width - indent, 40), break_long_words=False, break_on_hyphens=False)
            lines.extend(wrapped or [""])
        else:
            lines.append(line)
    body = "\n".join(lines).strip("\n")
    body = body.replace("\\", "\\\\")
    # A final quote is escaped before runs of three are, so it is never escaped twice
    # (``\"`` then ``\\"`` would leave the quote bare and end the docstring early).
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    body = body.replace('"""', '\\"\\"\\"')
    body = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", body)
    pad = " " * indent
    return Code(body.replace("\n", "\n" + pad).replace("\n" + pad + "\n", "\n\n"))


def docstring(text: Any, indent: int = 0, fallback: str = "") -> Code:
    """A complete docstring statement (``\"\"\"...\"\"\"``), or nothing when there is no text."""
    if not text or not str(text).strip():
        if not fallback:
            return Code("")
        text = fallback
    body = docstring_body(text, indent)
    pad = " " * indent
    if "\n" in body:
        return Code(f'"""{body}\n{pad}"""')
    return Code(f'"""{body}"""')


def comment(text: Any) -> Code:
    """One line of a ``#`` comment: line breaks and control characters removed."""
    flat = " ".join(_CONTROL.sub(" ", str(text)).split())
    return Code(flat)


def markdown(text: Any) -> Code:
    """Inline Markdown text: characters with Markdown or HTML meaning are backslash-escaped."""
    flat = " ".join(_CONTROL.sub(" ", str(text)).split())
    return Code(_MARKDOWN_SPECIAL.sub(r"\\\1", flat))


def markdown_code(text: Any) -> Code:
    """Text for inside a Markdown code span in a table cell: no backticks, breaks or bare pipes."""
    flat = " ".join(_CONTROL.sub(" ", str(text)).split())
    return Code(flat.replace("`", "'").replace("|", "\\|"))


def toml_string(value: Any) -> Code:
    """A TOML basic string."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    text = re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", text)
    return Code(f'"{text}"')


def _plain(text: Any) -> str:
    """Normalise line endings so a lone CR cannot start a new source line."""
    return str(text).replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
