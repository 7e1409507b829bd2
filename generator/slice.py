"""Step 2: keep the operations asked for and every component they reach.

A :class:`Slice` is a smaller OpenAPI document with the same shape as the
original: selected operations stay at their paths and reached components under
their names, so every JSON pointer in the slice is also a pointer into the
source file (errors found later can still name a line).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from .errors import GeneratorError, Location, pointer_join, pointer_keys
from .load import Document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keys whose children are names chosen by the author, not keywords.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "content",
        "encoding",
        "paths",
        "webhooks",
    }
)
# Keywords whose values are literal data, where a "$ref" key is just data
# ("value" is an Example Object's example value).
LITERAL_KEYS = frozenset({"example", "default", "enum", "const", "value"})


@dataclass
class Slice:
    """The sliced document plus the way back to its source."""

    document: dict[str, Any]
    source: Document
    operations: list[tuple[str, str]] = field(default_factory=list)  # (path, method)

    def locate(self, pointer: str) -> Location:
        """The source location of a pointer in the slice (they are the same pointers)."""
        return self.source.locate(pointer)

    def resolve(self, ref: str, used_at: str) -> tuple[Any, str]:
        """Follow ``ref`` (and refs to refs) to its target; return it with its pointer."""
        return _resolve(self.document, self.source, ref, used_at)

    def part(self, components: list[str], with_paths: bool) -> dict[str, Any]:
        """A smaller document: the top level, the paths if asked, the given component
        pointers and everything they reference (same pointers as in the slice)."""
        document = self.document
        out: dict[str, Any] = {key: value for key, value in document.items() if key not in ("paths", "components")}
        out["paths"] = document.get("paths", {}) if with_paths else {}
        collector = _RefCollector(document, self.source, out)
        if with_paths:
            collector.walk(out["paths"], "#/paths")
        for pointer in components:
            collector.include(pointer, pointer)
        schemes = document.get("components", {}).get("securitySchemes")
        if schemes is not None:
            out.setdefault("components", {})["securitySchemes"] = schemes
        return out


def slice_spec(
    document: Document,
    paths: tuple[str, ...] = ("/evals",),
    tags: tuple[str, ...] = (),
) -> Slice:
    """Select operations by path prefix or tag and copy in the transitive closure of their refs."""
    spec = document.data
    spec_paths = spec.get("paths")
    if not isinstance(spec_paths, dict):
        raise GeneratorError(
            "the spec has no 'paths' object",
            location=document.locate("#/paths"),
            hint="is this an OpenAPI 3 document?",
        )
    selected_paths: dict[str, Any] = {}
    operations: list[tuple[str, str]] = []
    for path, item in spec_paths.items():
        if not isinstance(item, dict):
            continue
        by_path = any(str(path).startswith(prefix) for prefix in paths)
        kept = {}
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            op_tags = operation.get("tags")
            if by_path or (isinstance(op_tags, list) and any(tag in op_tags for tag in tags)):
                kept[method] = operation
                operations.append((path, method))
        if kept:
            # Keep the path item's shared keys (parameters, summary...) but only the chosen methods.
            selected_paths[path] = {
                key: value
                for key, value in item.items()
                if key not in HTTP_METHODS or key in kept
            }
    if not operations:
        wanted = ", ".join([*(f"path prefix {p!r}" for p in paths), *(f"tag {t!r}" for t in tags)])
        raise GeneratorError(
            f"no operation matches {wanted}",
            location=Location(document.path),
            hint="check --paths and --tags against the spec's paths and operation tags",
        )

    out: dict[str, Any] = {
        key: value for key, value in spec.items() if key not in ("paths", "components", "webhooks")
    }
    out["paths"] = selected_paths
    components = spec.get("components")
    if isinstance(components, dict) and isinstance(components.get("securitySchemes"), dict):
        out["components"] = {"securitySchemes": components["securitySchemes"]}

    collector = _RefCollector(spec, document, out)
    collector.walk(selected_paths, "#/paths")
    return Slice(out, document, operations)


class _RefCollector:
    """Walks a subtree, copying the target of every ``$ref`` into the slice."""

    def __init__(self, spec: dict[str, Any], source: Document, out: dict[str, Any]):
        self.spec = spec
        self.source = source
        self.out = out
        self.seen: set[str] = set()

    def walk(self, node: Any, pointer: str, names: bool = False, component: str = "") -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not names:
                self.include(ref, pointer)
            if component and not names and isinstance(node.get("$recursiveRef"), str):
                self.include(component, pointer)  # "#" means the enclosing component
            for key, value in node.items():
                if not names and (key in LITERAL_KEYS or str(key).startswith("x-")):
                    continue
                child = pointer_join(pointer, key)
                if key == "mapping" and not names and isinstance(value, dict):
                    for target in value.values():
                        if isinstance(target, str):
                            self.include(mapping_ref(target), child)
                    continue
                if key == "examples" and not names and isinstance(value, list):
                    continue  # JSON Schema examples: literal values
                self.walk(value, child, names=(not names and key in _NAME_MAPS), component=component)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.walk(value, pointer_join(pointer, index), component=component)

    def include(self, ref: str, used_at: str) -> None:
        if ref in self.seen:
            return
        self.seen.add(ref)
        target, target_pointer = _resolve(self.spec, self.source, ref, used_at, follow=False)
        keys = pointer_keys(target_pointer)
        if not keys:
            raise GeneratorError(
                f"$ref {ref!r} refers to the whole document, which is no schema",
                location=self.source.locate(used_at),
                hint="point the reference at a definition, such as '#/components/schemas/Name'",
            )
        if len(keys) >= 3 and keys[0] == "components":
            # Copy the whole component so its pointer stays valid in the slice.
            keys = keys[:3]
            target = _child(_child(self.spec["components"], keys[1]), keys[2])  # keys may be ints
        _place(self.out, keys, target, self.spec)
        component = pointer_join("#", *keys) if keys[:1] == ["components"] else ""
        self.walk(target, pointer_join("#", *keys), component=component)


def mapping_ref(target: str) -> str:
    """A discriminator mapping value is a ref or a bare schema name."""
    return target if "/" in target or "#" in target else f"#/components/schemas/{target}"


def _place(out: dict[str, Any], keys: list[str], value: Any, spec: dict[str, Any]) -> None:
    """Put ``value`` at ``keys`` in ``out``, creating dicts on the way (lists are copied whole)."""
    node, source = out, spec
    for key in keys[:-1]:
        source = _child(source, key)
        if isinstance(source, list):
            node[key] = source  # a pointer into a list: keep the list as it is
            return
        node = node.setdefault(key, {})
    node[keys[-1]] = value


_ABSENT = object()


def _child(node: Any, key: str) -> Any:
    """``node[key]`` for a pointer segment, or ``_ABSENT``."""
    if isinstance(node, dict):
        if key in node:
            return node[key]
        if key.isdigit() and int(key) in node:
            return node[int(key)]  # YAML turned an unquoted status code into an int
    elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
        return node[int(key)]
    return _ABSENT


def _resolve(
    spec: Any, source: Document, ref: str, used_at: str, follow: bool = True
) -> tuple[Any, str]:
    """Resolve a local ``$ref``; with ``follow``, also refs to refs (cycles are errors)."""
    chain = [ref]
    while True:
        if not ref.startswith("#"):
            raise GeneratorError(
                f"external reference {ref!r} is not supported",
                location=source.locate(used_at),
                hint="bundle the spec into one file (e.g. with 'redocly bundle') and use that",
            )
        pointer = unquote(ref)
        node = spec
        for key in pointer_keys(pointer):
            node = _child(node, key)
            if node is _ABSENT:
                raise GeneratorError(
                    f"unresolvable $ref {ref!r}: nothing at {pointer!r}",
                    location=source.locate(used_at),
                    hint="fix the reference or add the missing definition",
                )
        if not follow or not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node, pointer
        ref = node["$ref"]
        if ref in chain:
            raise GeneratorError(
                f"circular $ref: {' -> '.join(chain + [ref])}",
                location=source.locate(used_at),
                hint="a reference must lead to a definition, not back to itself",
            )
        used_at = pointer
        chain.append(ref)
