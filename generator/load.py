"""Step 1: read a spec file (YAML or JSON) into plain Python data.

YAML is read from libyaml's event stream into dicts and lists directly, which is
several times faster than ``yaml.load(..., CSafeLoader)`` (that loader composes a
node graph and resolves it in Python first) and gives the same values: plain
scalars go through PyYAML's own implicit resolvers and safe constructors. Any
construct outside that fast path (explicit tags, merge keys) is handed to
PyYAML's safe loader, so the result never differs from it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml import events
from yaml.resolver import Resolver

from .errors import GeneratorError, Location, pointer_join, pointer_keys, read_input

try:  # libyaml is optional; PyYAML's pure-Python parser gives the same events.
    from yaml import CSafeLoader as _SafeLoader
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader

    def _Parser(data: bytes) -> Any:  # stands in for the class
        return _SafeLoader(data)


@dataclass
class Document:
    """A loaded spec: its data, where it came from, and its text for locating errors."""

    data: Any
    path: str
    text: bytes = field(repr=False)
    is_json: bool = False

    def locate(self, pointer: str) -> Location:
        """Return the file location of the value at a JSON pointer (as near as can be found)."""
        line, column = _locate(self.text, pointer_keys(pointer))
        return Location(self.path, line, column, pointer)


def load_document(path: str | Path) -> Document:
    """Read a YAML or JSON spec file; a malformed file is a GeneratorError with line and column."""
    return parse_document(read_input(path, "the spec", "check the --spec and --overlay paths"), str(path))


def parse_document(text: bytes, name: str) -> Document:
    """Parse spec text; JSON when it looks like JSON (faster), YAML otherwise."""
    if text.startswith(b"\xef\xbb\xbf"):
        text = text[3:]
    stripped = text.lstrip()
    if name.endswith(".json") or stripped.startswith(b"{"):
        data = _load_json(text, name)
        is_json = True
    else:
        data = _load_yaml(text, name)
        is_json = False
    if not isinstance(data, dict):
        raise GeneratorError(
            f"the spec must be a mapping at the top level, found {_kind(data)}",
            location=Location(name, 1, 1, ""),
            hint="is this an OpenAPI document?",
        )
    return Document(data, name, text, is_json)


# A \\uD800-\\uDFFF escape: JSON can spell a lone UTF-16 surrogate, which is no Unicode text
# (it cannot be written to a UTF-8 file). YAML's parser already refuses such escapes.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _load_json(text: bytes, name: str) -> Any:
    try:
        data = json.loads(text, object_pairs_hook=_json_object)
        if _SURROGATE_ESCAPE.search(text):
            _refuse_lone_surrogates(data, name)
        return data
    except json.JSONDecodeError as exc:
        raise GeneratorError(
            f"malformed JSON: {exc.msg}",
            location=Location(name, exc.lineno, exc.colno),
            hint="fix the syntax at that position",
        ) from None
    except UnicodeDecodeError as exc:
        raise GeneratorError(
            f"the file is not UTF-8 text: {exc.reason}",
            location=_offset_location(text, exc.start, name),
            hint="save the file as UTF-8",
        ) from None
    except _JsonDuplicate as duplicate:
        found = _first_duplicate(text, name)
        raise GeneratorError(
            f"duplicate key {_shown(found[0] if found else duplicate.args[0])} in an object",
            location=found[1] if found else Location(name),
            hint="remove one of the two entries; JSON readers would silently keep the last",
        ) from None
    except ValueError:  # a number longer than Python converts (over 4300 digits)
        number = _LONG_NUMBER.search(text)
        raise GeneratorError(
            "a number in the file has more digits than Python reads (4300)",
            location=_offset_location(text, number.start(1) if number else None, name),
            hint="no API value needs thousands of digits; write it as a string",
        ) from None


def _first_duplicate(text: bytes, name: str) -> tuple[Any, Location] | None:
    """The first key a JSON document repeats, and where: its hooks see no positions, but
    the YAML reader (JSON is YAML) stops at it."""
    try:
        _EventLoader(text, name).load()
    except _RepeatedKey as error:
        return error.key, error.location
    except (GeneratorError, yaml.YAMLError):
        pass
    return None


class _RepeatedKey(GeneratorError):
    """A mapping has the same key twice."""

    def __init__(self, key: Any, location: Location):
        super().__init__(
            f"duplicate key {_shown(key) if isinstance(key, str) else repr(key)} in a mapping",
            location=location,
            hint="remove one of the two entries; YAML would silently keep the last",
        )
        self.key = key


class _JsonDuplicate(Exception):
    """A JSON object has the same key twice."""


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _JsonDuplicate(key)
            seen.add(key)
    return result


_LONG_NUMBER = re.compile(rb"[:,\[]\s*(-?\d{4000,})")


def _offset_location(text: bytes, offset: int | None, name: str) -> Location:
    """The line and column of a byte offset in ``text`` (columns count bytes)."""
    if offset is None:
        return Location(name)
    line = text.count(b"\n", 0, offset) + 1
    return Location(name, line, offset - (text.rfind(b"\n", 0, offset) + 1) + 1)


def _refuse_lone_surrogates(data: Any, name: str) -> None:
    """Raise a GeneratorError naming a key or string that holds an unpaired surrogate."""
    pending: list[tuple[Any, str]] = [(data, "#")]
    while pending:
        value, pointer = pending.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                child = pointer_join(pointer, key)
                if _SURROGATE.search(key):
                    _surrogate_error(name, pointer, key)
                pending.append((item, child))
        elif isinstance(value, list):
            pending.extend((item, pointer_join(pointer, index)) for index, item in enumerate(value))
        elif isinstance(value, str) and _SURROGATE.search(value):
            _surrogate_error(name, pointer, value)


def _surrogate_error(name: str, pointer: str, text: str) -> None:
    found = _SURROGATE.search(text)
    assert found is not None
    raise GeneratorError(
        f"the spec holds an unpaired UTF-16 surrogate escape (\\u{ord(found.group()):04x}), which is not text",
        location=Location(name, pointer=pointer),
        hint="write the character itself, or a complete surrogate pair",
    )


def _load_yaml(text: bytes, name: str) -> Any:
    try:
        try:
            return _EventLoader(text, name).load()
        except _NeedsFullLoader:
            loader = _FullLoader(text)
            loader.spec_name = name
            try:
                return loader.get_single_data()
            finally:
                loader.dispose()
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, or not UTF-8
        where = _offset_location(text, exc.position, name) if isinstance(exc.position, int) else Location(name)
        if "utf" in str(exc.reason).lower():
            raise GeneratorError(
                f"the file is not UTF-8 text: {exc.reason}", location=where, hint="save the file as UTF-8"
            ) from None
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise GeneratorError(
            f"the file holds a character YAML does not allow: #x{character:04x} ({exc.reason})",
            location=where,
            hint="remove it, or write it as an escape such as \\x00 inside a double-quoted string",
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        if problem == "exceeded maximum nesting depth":
            # libyaml 0.2.6 and later stop at 1000 levels, reading ahead of our own limit.
            raise GeneratorError(
                f"the document nests more than {MAX_DEPTH} levels deep",
                location=_at_mark(name, mark),
                hint=_TOO_DEEP_HINT,
            ) from None
        raise GeneratorError(
            f"malformed YAML: {problem}",
            location=_at_mark(name, mark),
            hint="fix the syntax at that position",
        ) from None
    except yaml.YAMLError as exc:
        raise GeneratorError(f"malformed YAML: {exc}", location=Location(name)) from None


#: Deeper than this, later steps would exceed Python's recursion limit.
MAX_DEPTH = 400
_TOO_DEEP_HINT = "no API description needs this; is the file what it should be?"
#: Values once aliases are expanded; the whole 3 MB upstream spec holds about 110,000.
MAX_EXPANDED = 5_000_000


class _NeedsFullLoader(Exception):
    """The document uses a YAML feature the event loader leaves to PyYAML."""


class _FullLoader(_SafeLoader):
    """PyYAML's safe loader, refusing a key written twice in one mapping as the event loader does.

    A key brought in by a merge (``<<``) may still be overridden: that is what merging is for.
    """

    spec_name = ""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=deep)  # cached: built once
                try:
                    duplicate = key in seen
                except TypeError:  # unhashable: PyYAML's own check reports it
                    continue
                if duplicate:
                    mark = key_node.start_mark
                    raise _RepeatedKey(key, _at_mark(self.spec_name, mark))
                seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        try:
            value = super().construct_object(node, deep=deep)
        except (ValueError, KeyError, TypeError) as error:  # "!!int abc", "!!bool maybe"...
            raise GeneratorError(
                f"{_shown(node.value)} is not a valid {str(node.tag).rsplit(':', 1)[-1]} ({error})",
                location=_at_mark(self.spec_name, node.start_mark),
                hint="fix the value, or drop its explicit tag",
            ) from None
        _check_size(value, self.spec_name, node.start_mark)
        return value


# Plain scalars whose first character can start a non-string value, as PyYAML resolves them.
_IMPLICIT = Resolver.yaml_implicit_resolvers
_CONSTRUCT = {
    "tag:yaml.org,2002:null": "construct_yaml_null",
    "tag:yaml.org,2002:bool": "construct_yaml_bool",
    "tag:yaml.org,2002:int": "construct_yaml_int",
    "tag:yaml.org,2002:float": "construct_yaml_float",
    "tag:yaml.org,2002:timestamp": "construct_yaml_timestamp",
}


class _EventLoader:
    """Builds dicts, lists and scalars straight from the parser's events."""

    def __init__(self, text: bytes, name: str):
        self.text = text
        self.name = name
        self.anchors: dict[str, Any] = {}
        self.open_anchors: set[str] = set()  # anchors of the containers being read
        # Values the document holds once every alias is expanded, as later steps see it,
        # and each anchor's share of them: aliases can make a small file enormous.
        self.expanded = 0
        self.anchor_sizes: dict[str, int] = {}
        self.constructor = yaml.SafeLoader("")

    def load(self) -> Any:
        parser = _Parser(self.text)
        get_event = parser.get_event
        scalar_event, mapping_start, sequence_start = (
            events.ScalarEvent,
            events.MappingStartEvent,
            events.SequenceStartEvent,
        )
        mapping_end, sequence_end, alias_event = (
            events.MappingEndEvent,
            events.SequenceEndEvent,
            events.AliasEvent,
        )
        implicit = _IMPLICIT
        # (parent container, its pending key, that key's event, this container's start event)
        stack: list[tuple[Any, Any, Any, Any]] = []
        container: Any = None
        key: Any = _NO_KEY
        key_event: Any = None
        root: Any = _NO_KEY
        documents = 0
        starts: list[int] = []  # self.expanded when each open container started
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar_event:
                if event.tag is not None and event.tag != "!":
                    raise _NeedsFullLoader
                value = event.value
                if event.implicit[0]:
                    resolvers = implicit.get(value[:1])
                    if resolvers:
                        value = self._resolve(value, resolvers, event)
                if event.anchor is not None:
                    self.anchors[event.anchor] = value
                    self.anchor_sizes[event.anchor] = 1
                self.expanded += 1
            elif kind is mapping_start or kind is sequence_start:
                if event.tag is not None and not event.implicit:
                    raise _NeedsFullLoader
                if len(stack) >= MAX_DEPTH:
                    raise GeneratorError(
                        f"the document nests more than {MAX_DEPTH} levels deep",
                        location=self._mark(event),
                        hint=_TOO_DEEP_HINT,
                    )
                new: Any = {} if kind is mapping_start else []
                if event.anchor is not None:
                    self.anchors[event.anchor] = new
                    self.open_anchors.add(event.anchor)
                self.expanded += 1
                starts.append(self.expanded)
                stack.append((container, key, key_event, event))
                container, key, key_event = new, _NO_KEY, None
                continue
            elif kind is mapping_end or kind is sequence_end:
                value = container
                container, key, key_event, event = stack.pop()  # event: where it started
                start = starts.pop()
                if event.anchor is not None:
                    self.open_anchors.discard(event.anchor)
                    self.anchor_sizes[event.anchor] = self.expanded - start + 1
            elif kind is alias_event:
                if event.anchor in self.open_anchors:
                    raise GeneratorError(
                        f"the alias *{event.anchor} is used inside the node &{event.anchor} it stands for",
                        location=self._mark(event),
                        hint="such a node would contain itself for ever; use a $ref for recursive schemas",
                    )
                try:
                    value = self.anchors[event.anchor]
                except KeyError:
                    raise yaml.composer.ComposerError(
                        None, None, f"found undefined alias {event.anchor!r}", event.start_mark
                    ) from None
                self.expanded += self.anchor_sizes[event.anchor]
                if self.expanded > MAX_EXPANDED:
                    raise GeneratorError(
                        f"YAML aliases expand the document to more than {MAX_EXPANDED:,} values",
                        location=self._mark(event),
                        hint="the whole OpenAI API holds about 110,000; write the repeated parts out once",
                    )
            elif kind is events.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise GeneratorError(
                        "the file holds more than one YAML document",
                        location=Location(self.name, event.start_mark.line + 1, 1),
                        hint="an OpenAPI spec is a single document; remove the '---' separator",
                    )
                continue
            elif kind is events.StreamEndEvent:
                return None if root is _NO_KEY else root
            else:
                continue

            if container is None:
                root = value
            elif type(container) is list:
                container.append(value)
            elif key is _NO_KEY:
                if isinstance(value, (dict, list)):
                    raise GeneratorError(
                        "a mapping key must be a scalar",
                        location=self._mark(event),
                        hint="quote the key or restructure the mapping",
                    )
                key, key_event = value, event
            else:
                if key in container:
                    raise _RepeatedKey(key, self._mark(key_event))
                container[key] = value
                key = _NO_KEY

    def _resolve(self, value: str, resolvers: list[tuple[str, Any]], event: Any) -> Any:
        for tag, regexp in resolvers:
            if regexp.match(value):
                method = _CONSTRUCT.get(tag)
                if method is None:  # merge keys, '=' and the like
                    raise _NeedsFullLoader
                node = yaml.ScalarNode(tag, value)
                try:
                    result = getattr(self.constructor, method)(node)
                    _check_size(result, self.name, event.start_mark)
                    return result
                except ValueError:  # looks like a date, say, but is not one (2024-13-45)
                    raise GeneratorError(
                        f"{_shown(value)} reads as a YAML {tag.rsplit(':', 1)[-1]} but is not a valid one",
                        location=self._mark(event),
                        hint="quote it if it is meant as a string",
                    ) from None
        return value

    def _mark(self, event: Any) -> Location:
        return _at_mark(self.name, event.start_mark if event is not None else None)


_NO_KEY: Any = object()


def _shown(value: Any) -> str:
    """A scalar's text for a message, cut short."""
    text = str(value)
    return repr(text) if len(text) <= 40 else repr(text[:37] + "...")


def _check_size(value: Any, name: str, mark: Any) -> None:
    """Refuse an integer Python cannot write back as text (over 4300 digits, say in hex)."""
    if isinstance(value, int) and value.bit_length() > 14_000:
        raise GeneratorError(
            "a number in the file has more digits than Python writes (4300)",
            location=_at_mark(name, mark),
            hint="no API value needs thousands of digits; write it as a string",
        )


def _at_mark(name: str, mark: Any) -> Location:
    """The location of one of the YAML parser's marks (0-based), or of the file when there is none."""
    return Location(name, mark.line + 1, mark.column + 1) if mark is not None else Location(name)


def _kind(value: Any) -> str:
    if value is None:
        return "an empty document"
    names: dict[type, str] = {dict: "a mapping", list: "a list", str: "a string"}
    return names.get(type(value), type(value).__name__)


def _locate(text: bytes, keys: list[str]) -> tuple[int | None, int | None]:
    """Walk the parser's events to the node at ``keys``; return its 1-based line and column.

    A mapping value is reported at its key. Used only when reporting an error, so
    it re-reads the file rather than keeping positions for every node while loading.
    Each event costs the same however deep it is, so deep documents stay linear.
    """
    try:
        parser = _Parser(text)
        best: tuple[int | None, int | None] = (None, None)
        depth_matched = 0
        # One entry per open container: [is_mapping, index, pending key or None, key's mark,
        # whether the path down to this container matches ``keys``].
        path: list[list[Any]] = []
        while True:
            event = parser.get_event()
            kind = type(event)
            if kind is events.StreamEndEvent:
                return best
            if kind in (events.StreamStartEvent, events.DocumentStartEvent, events.DocumentEndEvent):
                continue
            if kind in (events.MappingEndEvent, events.SequenceEndEvent):
                path.pop()
                if len(path) < depth_matched:
                    return best
                _advance(path)
                continue
            if path and path[-1][0] and path[-1][2] is None:  # this node is a mapping key
                path[-1][2] = str(event.value) if kind is events.ScalarEvent else ""
                path[-1][3] = event.start_mark
                continue
            depth = len(path)
            if not path:
                matches = True
            else:
                top = path[-1]
                segment = str(top[2]) if top[0] else str(top[1])
                matches = top[4] and depth <= len(keys) and segment == keys[depth - 1]
            if matches and depth >= depth_matched:
                depth_matched = depth
                mark = path[-1][3] if path and path[-1][0] else event.start_mark
                best = (mark.line + 1, mark.column + 1)
                if depth == len(keys):
                    return best
            if kind in (events.MappingStartEvent, events.SequenceStartEvent):
                path.append([kind is events.MappingStartEvent, 0, None, None, matches])
            else:
                _advance(path)
    except yaml.YAMLError:
        return (None, None)


def _advance(path: list[list[Any]]) -> None:
    if path:
        if path[-1][0]:
            path[-1][2] = None
        else:
            path[-1][1] += 1
