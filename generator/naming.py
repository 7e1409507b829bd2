"""Turning spec names into safe, deterministic Python identifiers.

Spec names are untrusted: they may be keywords, start with digits, hold any
character, or collide once cleaned. Every function here returns an ASCII
identifier; :class:`Namespace` makes names unique within one scope, always
in the order they are asked for, so the same spec gives the same names.
"""

from __future__ import annotations

import keyword
import re

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*")

#: Names our generated code relies on in a model's class body and methods: a field
#: called one of these would shadow it (annotations are resolved in class scope).
RESERVED_FIELD_NAMES = frozenset(
    {
        "from_dict",
        "to_dict",
        # Called in the class body (after the fields): ``@classmethod``, ``frozenset({...})``.
        "classmethod",
        "frozenset",
        "from_json",
        "to_json",
        "extra",
        "field",
        "str",
        "int",
        "float",
        "bool",
        "list",
        "dict",
        "date",
        "datetime",
    }
)

#: Names a generated module imports or defines besides the models themselves.
RESERVED_TYPE_NAMES = frozenset(
    {
        "Any",
        "Callable",
        "ClassVar",
        "IntEnum",
        "StrEnum",
        "Enum",
        "Literal",
        "Mapping",
        "TypeAlias",
        "Unset",
        "UNSET",
        "UnknownVariant",
        "ParseError",
        "Client",
        "AsyncClient",
        "Page",
        "AsyncPage",
        "APIResponse",
        "Timeout",
    }
)


def words(name: str) -> list[str]:
    """Split camelCase, PascalCase, snake_case, kebab-case and anything else into words."""
    return _WORD.findall(name.encode("ascii", "ignore").decode())


def snake_case(name: str) -> str:
    """``getEvalRuns`` -> ``get_eval_runs``; may be empty or start with a digit (see safe_*)."""
    return "_".join(word.lower() for word in words(name))


def pascal_case(name: str) -> str:
    """``eval_run-output item`` -> ``EvalRunOutputItem``."""
    return "".join(word[:1].upper() + word[1:] for word in words(name))


def safe_snake(name: str, fallback: str = "value", reserved: frozenset[str] = frozenset()) -> str:
    """A snake_case identifier for a field, parameter, function or module name."""
    result = snake_case(name) or fallback
    if result[0].isdigit():
        result = f"{fallback}_{result}"
    if keyword.iskeyword(result) or result in reserved:
        result += "_"
    return result


def safe_pascal(name: str, fallback: str = "Model") -> str:
    """A PascalCase identifier for a class."""
    result = pascal_case(name) or fallback
    if result[0].isdigit():
        result = f"{fallback}{result}"
    if result in RESERVED_TYPE_NAMES or keyword.iskeyword(result):
        result += fallback
    return result


def safe_constant(value: object) -> str:
    """An UPPER_SNAKE member name for an enum value: ``"default-2024-11-15"`` -> ``DEFAULT_2024_11_15``."""
    result = snake_case(str(value)).upper() or "EMPTY"
    if result[0].isdigit():
        result = f"V_{result}"
    if keyword.iskeyword(result):
        result += "_"
    return result


class Namespace:
    """A scope of names: ``claim`` returns the name, or the name with a number if taken."""

    def __init__(self, taken: frozenset[str] | set[str] = frozenset(), separator: str = "_"):
        self.taken = set(taken)
        self.separator = separator

    def claim(self, name: str) -> str:
        """Reserve ``name`` (made unique by appending 2, 3, ...) and return it."""
        candidate, number = name, 1
        while candidate in self.taken:
            number += 1
            candidate = f"{name}{self.separator}{number}"
        self.taken.add(candidate)
        return candidate
