"""Corrections that survive regeneration: OpenAPI Overlay 1.0 documents applied after loading.

An overlay lists actions; each selects nodes of the spec with a JSONPath
``target`` and either merges ``update`` into them or removes them (``remove:
true``), in order. Objects merge recursively (update values win), arrays are
extended, anything else is replaced. An action whose target matches nothing is
an error: a correction that silently stops applying is worse than none.

The JSONPath subset: ``$``, ``.name``, ``['name']``, ``[0]``, ``[-1]``, ``[*]``,
``.*``, ``..name`` (descendants) and filters ``[?(@.key == 'value')]`` with
``==``/``!=`` against a string, number, ``true``, ``false`` or ``null``, or
``[?(@.key)]`` for presence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import GeneratorError, pointer_join
from .load import Document


@dataclass(frozen=True)
class _Match:
    """A node found by a path: its container and its key there (None for the root)."""

    parent: Any
    key: Any
    value: Any


def apply_overlay(spec: dict[str, Any], overlay: Document) -> None:
    """Apply one overlay document's actions to ``spec`` in place."""
    data = overlay.data
    version = data.get("overlay")
    if not isinstance(version, str) or not version.startswith("1."):
        raise GeneratorError(
            f"not an Overlay 1.x document (overlay: {version!r})",
            location=overlay.locate("#/overlay"),
            hint="an overlay starts with 'overlay: 1.0.0', 'info' and 'actions'",
        )
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise GeneratorError(
            "the overlay has no 'actions' list", location=overlay.locate("#/actions")
        )
    # Check every action's shape first: a malformed overlay changes nothing.
    for index, action in enumerate(actions):
        where = overlay.locate(pointer_join("#/actions", index))
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise GeneratorError(f"action {index + 1} has no 'target'", location=where)
        if action.get("remove") is not True and "update" not in action:
            label = f"action {index + 1} ({action.get('description') or action['target']})"
            raise GeneratorError(f"{label} has neither 'update' nor 'remove: true'", location=where)
        try:
            select({}, action["target"])  # reads the whole path whatever the data
        except ValueError as error:
            label = f"action {index + 1} ({action.get('description') or action['target']})"
            raise GeneratorError(f"{label}: invalid target: {error}", location=where) from None
    for index, action in enumerate(actions):
        where = overlay.locate(pointer_join("#/actions", index))
        target = action["target"]
        label = f"action {index + 1} ({action.get('description') or target})"
        matches = select(spec, target)
        if not matches:
            raise GeneratorError(
                f"{label}: target {target!r} matches nothing in the spec",
                location=where,
                hint="the spec has changed under the overlay: fix or drop this action",
            )
        if action.get("remove") is True:
            # Remove list items from the back so earlier indexes stay valid.
            for match in sorted(matches, key=lambda m: m.key if isinstance(m.key, int) else 0, reverse=True):
                if match.parent is None:
                    raise GeneratorError(f"{label}: cannot remove the whole document", location=where)
                del match.parent[match.key]
        else:
            for match in matches:
                if match.parent is None and not isinstance(action["update"], dict):
                    raise GeneratorError(f"{label}: the document must stay a mapping", location=where)
                merged = _merge(match.value, action["update"])
                if match.parent is not None:
                    match.parent[match.key] = merged
                # The root is a dict merged in place (clearing it first would empty it).


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else _copy(value)
        return target
    if isinstance(target, list):
        target.extend(_copy(update) if isinstance(update, list) else [_copy(update)])
        return target
    return _copy(update)


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


# -- JSONPath ------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<descend>\.\.)
  | \.(?P<name>[A-Za-z_$][\w$-]*|\*)
  | \[\s*(?P<quoted>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*\]
  | \[\s*(?P<index>-?\d+)\s*\]
  | \[\s*(?P<star>\*)\s*\]
  | \[\s*\?\(?\s*@\.(?P<fkey>[\w$-]+)\s*(?:(?P<op>==|!=)\s*(?P<literal>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null))?\s*\)?\s*\]
    """,
    re.VERBOSE,
)


def select(root: Any, path: str) -> list[_Match]:
    """The nodes ``path`` selects in ``root``, in document order."""
    if not path.startswith("$"):
        raise ValueError("a JSONPath starts with '$'")
    matches = [_Match(None, None, root)]
    position = 1
    descend = False
    while position < len(path):
        token = _TOKEN.match(path, position)
        if token is None:
            raise ValueError(f"cannot read {path[position:]!r}")
        position = token.end()
        if token.group("descend"):
            descend = True
            # `..name` and `..*`: the dot of the name belongs to this token.
            if position < len(path) and path[position] not in ".[":
                token = _TOKEN.match("." + path[position:])
                if token is None:
                    raise ValueError(f"cannot read {path[position:]!r}")
                position += token.end() - 1
            else:
                continue
        candidates = [m for match in matches for m in (_descendants(match) if descend else [match])]
        descend = False
        found = [node for match in candidates for node in _step(match.value, token)]
        # `..` reaches a node along several routes; it is one match (updated or removed once).
        seen: set[tuple[int, Any]] = set()
        matches = []
        for match in found:
            identity = (id(match.parent), match.key)
            if identity not in seen:
                seen.add(identity)
                matches.append(match)
    return matches


def _step(node: Any, token: re.Match[str]) -> list[_Match]:
    name = token.group("name")
    if name is not None and name != "*":
        return [_Match(node, name, node[name])] if isinstance(node, dict) and name in node else []
    if token.group("quoted") is not None:
        key = _unquote(token.group("quoted"))
        return [_Match(node, key, node[key])] if isinstance(node, dict) and key in node else []
    if token.group("index") is not None:
        index = int(token.group("index"))
        if isinstance(node, list) and -len(node) <= index < len(node):
            return [_Match(node, index % len(node), node[index])]
        return []
    if name == "*" or token.group("star"):
        return _children(node)
    key = token.group("fkey")
    found = []
    for child in _children(node):
        value = child.value
        if not isinstance(value, dict) or key not in value:
            continue
        if token.group("op") is None:
            found.append(child)
            continue
        equal = _json_equal(value[key], _literal(token.group("literal")))
        if equal == (token.group("op") == "=="):
            found.append(child)
    return found


def _json_equal(left: Any, right: Any) -> bool:
    """Equality of JSON values: ``true`` is not ``1`` and ``false`` is not ``0`` (unlike Python's)."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    return bool(left == right)


def _children(node: Any) -> list[_Match]:
    if isinstance(node, dict):
        return [_Match(node, key, value) for key, value in node.items()]
    if isinstance(node, list):
        return [_Match(node, index, value) for index, value in enumerate(node)]
    return []


def _descendants(match: _Match) -> list[_Match]:
    found = [match]
    for child in _children(match.value):
        found += _descendants(child)
    return found


def _unquote(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(.)", r"\1", body)


def _literal(text: str) -> Any:
    if text[0] in "'\"":
        return _unquote(text)
    if text in ("true", "false", "null"):
        return {"true": True, "false": False, "null": None}[text]
    return float(text) if "." in text else int(text)

