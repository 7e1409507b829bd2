"""Support code for the generated models: the UNSET sentinel, errors and value checks.

The models call these helpers from their ``from_dict`` and ``to_dict`` methods;
nothing here inspects types at run time.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, Literal, TypeVar, cast


class Unset(enum.Enum):
    """The type of :data:`UNSET`: a field or argument that was not given at all."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET
"""Marks a value that is absent, as opposed to present and ``None`` (JSON null)."""


class ReadOnlyDict(dict[str, Any]):
    """The ``extra`` of a parsed model: a dict (``json.dumps`` takes it) that refuses changes.

    Copies, deep copies and pickles are read-only dicts too.
    """

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(
            "the extra of a parsed model is read-only: assign a new mapping instead"
        )

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[type[ReadOnlyDict], tuple[dict[str, Any]]]:
        return ReadOnlyDict, (dict(self),)


NO_EXTRA: Final[Mapping[str, Any]] = ReadOnlyDict()
"""The ``extra`` of every parsed model that had no properties beyond the spec's, shared.

An empty dict for each instance would be one more allocation per object, and
allocations are what make the cyclic garbage collector run.
"""


class ParseError(ValueError):
    """Decoded JSON does not match the API's schema.

    ``path`` locates the bad value (``EvalRun.data_source.source.content[2]``),
    ``problem`` says what is wrong with it.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class StrEnum(str, enum.Enum):
    """A string enum whose members print as their values."""

    def __str__(self) -> str:
        return str(self.value)


class IntEnum(int, enum.Enum):
    """An integer enum whose members print as their values."""

    def __str__(self) -> str:
        return str(self.value)


@dataclass(slots=True)
class UnknownVariant:
    """A union member whose tag this client does not know (the API is newer than it).

    ``data`` is the JSON object exactly as received; ``to_dict()`` gives it back.
    """

    tag: str | None
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as it was received."""
        return dict(self.data)


def no_variant(path: str, expected: str, value: Any, problems: list[str]) -> ParseError:
    """The error for a value that fits none of an untagged union's variants."""
    got = _json_name(value)
    detail = f" ({'; '.join(problems)})" if problems else ""
    return ParseError(path, f"expected {expected}, got {got}{detail}")


def at(path: str, key: str | int | None) -> str:
    """The path of ``key`` inside ``path``: ``Eval.name``, ``Eval.testing_criteria[0]``."""
    if key is None:
        return path
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}"


_JSON_NAMES = {
    str: "str",
    int: "int",
    float: "float",
    bool: "bool",
    type(None): "null",
    dict: "object",
    list: "array",
}


def _json_name(value: Any) -> str:
    """What kind of JSON value ``value`` is, for an error message."""
    return _JSON_NAMES.get(type(value), type(value).__name__)


def _quote(value: Any) -> str:
    """A bad value for a message: short ones quoted, long ones (maybe secrets) described."""
    text = repr(value)
    if len(text) <= 40:
        return text
    if isinstance(value, str):
        return f"a {len(value)}-character string"
    return _json_name(value)


def wrong_type(
    expected: str, value: Any, path: str, key: str | int | None
) -> ParseError:
    """The error for a value of the wrong JSON type, ``expected`` naming the right one."""
    return ParseError(at(path, key), f"expected {expected}, got {_json_name(value)}")


def expect_str(value: Any, path: str, key: str | int | None) -> str:
    """``value`` if it is a string."""
    if type(value) is str:
        return value
    raise wrong_type("string", value, path, key)


def expect_int(value: Any, path: str, key: str | int | None) -> int:
    """``value`` if it is an integer (not a boolean)."""
    if type(value) is int:
        return value
    raise wrong_type("integer", value, path, key)


def expect_number(value: Any, path: str, key: str | int | None) -> float:
    """``value`` if it is a number; integers stay integers so they round-trip."""
    if type(value) is float or type(value) is int:
        return value
    raise wrong_type("number", value, path, key)


def expect_bool(value: Any, path: str, key: str | int | None) -> bool:
    """``value`` if it is a boolean."""
    if type(value) is bool:
        return value
    raise wrong_type("boolean", value, path, key)


def expect_list(value: Any, path: str, key: str | int | None) -> list[Any]:
    """``value`` if it is a JSON array."""
    if type(value) is list:
        return value
    raise wrong_type("array", value, path, key)


def expect_object(value: Any, path: str, key: str | int | None) -> dict[str, Any]:
    """``value`` if it is a JSON object."""
    if type(value) is dict:
        return value
    raise wrong_type("object", value, path, key)


_C = TypeVar("_C")


def expect_const(value: Any, expected: _C, path: str, key: str | int | None) -> _C:
    """``value`` if it is exactly ``expected`` (same JSON type, same value)."""
    if value == expected and type(value) is type(expected):
        return expected
    raise wrong_const(expected, value, path, key)


def wrong_const(
    expected: Any, value: Any, path: str, key: str | int | None
) -> ParseError:
    """The error for a value other than the one constant the spec allows."""
    return ParseError(at(path, key), f"expected {expected!r}, got {_quote(value)}")


_E = TypeVar("_E", bound=enum.Enum)


def parse_enum(cls: type[_E], value: Any, path: str, key: str | int | None) -> _E | Any:
    """The member of ``cls`` with this value, or the value itself if the spec does not list it.

    Enums are open: the API may add values before this client knows them. The value
    must still have the enum's JSON type (a string, or an integer for integer enums).
    """
    is_string = issubclass(cls, str)
    if type(value) is (str if is_string else int):
        member = cls._value2member_map_.get(value)
        return value if member is None else cast(_E, member)
    raise wrong_type("string" if is_string else "integer", value, path, key)


def enum_value(value: enum.Enum | str | int) -> Any:
    """The JSON value of an enum member (plain values pass through)."""
    return value.value if isinstance(value, enum.Enum) else value


def parse_datetime(value: Any, path: str, key: str | int | None) -> datetime:
    """An RFC 3339 date-time string as a ``datetime``."""
    text = expect_str(value, path, key)
    try:
        return datetime.fromisoformat(
            text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
        )
    except ValueError:
        raise ParseError(
            at(path, key), f"expected an RFC 3339 date-time, got {_quote(text)}"
        ) from None


def format_datetime(value: datetime) -> str:
    """A ``datetime`` as an RFC 3339 string (UTC written as ``Z``)."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def parse_date(value: Any, path: str, key: str | int | None) -> date:
    """An RFC 3339 full-date string as a ``date``."""
    text = expect_str(value, path, key)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ParseError(
            at(path, key), f"expected an RFC 3339 date, got {_quote(text)}"
        ) from None


def format_date(value: date) -> str:
    """A ``date`` as ``YYYY-MM-DD``."""
    return value.isoformat()


_T = TypeVar("_T")


def parse_list(
    parse_item: Callable[[Any, str], _T], value: Any, path: str, key: str | int | None
) -> list[_T]:
    """A JSON array whose items are parsed by ``parse_item(item, item_path)``."""
    if type(value) is not list:
        raise wrong_type("array", value, path, key)
    if _NAMING_FAILURE.get():
        where = at(path, key)
        return [
            parse_item(item, f"{where}[{index}]") for index, item in enumerate(value)
        ]
    # Formatting every item's path costs more than parsing a small item, so items get
    # the list's path, and a failed one is parsed again with its own to name it in the
    # error. A loop, not a comprehension: for the short lists of API objects, creating
    # the comprehension's function costs more than an append per item.
    items: list[_T] = []
    for item in value:
        try:
            items.append(parse_item(item, path))
        except ParseError as error:
            failure = error
            break
    else:
        return items
    index = len(items)
    # Lists inside the item name their items at once: parsing again at every level
    # of nesting would double the work per level.
    naming = _NAMING_FAILURE.set(True)
    try:
        parse_item(value[index], f"{at(path, key)}[{index}]")
    finally:
        _NAMING_FAILURE.reset(naming)
    raise failure  # not reached: parsing is deterministic, so the item failed again


_NAMING_FAILURE: ContextVar[bool] = ContextVar("naming_failure", default=False)
"""True while a failed list item is parsed again to name the failure's path."""


def extra_fields(data: dict[str, Any], known: frozenset[str]) -> ReadOnlyDict:
    """The properties of ``data`` that the model does not describe, in their order."""
    # Copying and deleting run in C (a comprehension filtering every key is twice as slow),
    # through dict's own methods: ReadOnlyDict refuses its, and calling ReadOnlyDict(data)
    # costs half again as much.
    extra = _new_dict(ReadOnlyDict)
    _update(extra, data)
    for key in known:
        _pop(extra, key, None)
    return extra


_new_dict, _update, _pop = dict.__new__, dict.update, dict.pop


def decode_json(text: str | bytes | bytearray, path: str) -> Any:
    """Decode a JSON document; malformed JSON is a ParseError at ``path``."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ParseError(path, f"invalid JSON: {error}") from None


def encode_json(data: Any) -> str:
    """Encode JSON data compactly, keeping non-ASCII text as it is.

    NaN and the infinities are refused with a ValueError: JSON has no spelling for them.
    """
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
