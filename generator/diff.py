"""The change report: what differs between two IRs, for users of the generated client.

Two IRs are compared, never two YAML texts, so spelling changes (OpenAPI 3.0 vs
3.1 nullability, key order, reformatting) report nothing. Each change is
**breaking** (code that compiled or worked before may fail) or **compatible**,
with a one-line reason. Whether a model change breaks depends on where the model
travels: a field that may now be missing hurts code reading responses, a field
that is now required hurts code building requests.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from .escape import markdown, markdown_code
from .ir import (
    Api,
    EnumIR,
    FieldIR,
    ListType,
    MapType,
    ModelIR,
    NullableType,
    OperationIR,
    ParamIR,
    PrimitiveType,
    TypeRef,
    UnionIR,
    names_in,
)
from .irjson import describe_type

Bump = Literal["major", "minor", "patch", "none"]


@dataclass(frozen=True)
class Change:
    """One difference: what kind, what it is about, whether it breaks, and why."""

    kind: str
    subject: str
    breaking: bool
    reason: str


@dataclass(frozen=True)
class Report:
    """Every change between two IRs.

    ``other_changes`` is true when the IRs differ at all beyond those changes
    (descriptions, documented defaults, where a definition lives);
    ``docs_changed`` when descriptions or documented defaults of things present in
    both changed.
    """

    changes: tuple[Change, ...]
    other_changes: bool
    docs_changed: bool = False

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def compatible(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.breaking)

    @property
    def bump(self) -> Bump:
        """The semver bump the changes call for: breaking -> major, additions -> minor, docs -> patch."""
        if self.breaking:
            return "major"
        if self.changes:
            return "minor"
        return "patch" if self.other_changes else "none"


#: Changes the generator itself made to the generated package's Python API, oldest first.
#: A tree's manifest records how many it has had (``code_revision``); the next ``generate``
#: reports the others with the spec's changes, so they reach its changelog and version once.
CODE_CHANGES: tuple[Change, ...] = (
    Change(
        "generated-code",
        "Model.extra",
        True,
        "the extra of a parsed model is now a read-only Mapping: code changing it in place "
        "fails; assign a new mapping instead",
    ),
    Change(
        "generated-code",
        "APIStatusError.code, .param, .type",
        False,
        "new: the API error's code, param and type, as the official SDK gives them",
    ),
    Change(
        "generated-code",
        "request encoding",
        False,
        "a path parameter of None raises TypeError (booleans are spelled true/false), and NaN or "
        "an infinity in a body or to_json() raises ValueError; objects in extra_query go as key[name]",
    ),
    Change(
        "generated-code",
        "retries",
        False,
        "retry-after is kept up to 120 s as in the official SDK (was 60 s), a longer wait is not "
        "retried even with x-should-retry, a wait of zero or less backs off, a zoneless date is UTC",
    ),
    Change(
        "generated-code",
        "pages",
        False,
        "the next page's cursor wins over extra_query's, and a page with has_more but no last_id "
        "goes on from its last item's id (it ended the listing)",
    ),
)


def with_code_changes(report: Report, code_revision: int) -> Report:
    """``report`` plus the generator's own API changes that a tree at ``code_revision`` lacks."""
    missing = CODE_CHANGES[code_revision:]
    return dataclasses.replace(report, changes=report.changes + missing) if missing else report


def diff_apis(old: Api, new: Api) -> Report:
    """Compare two IRs."""
    return _Differ(old, new).report()


class _Differ:
    def __init__(self, old: Api, new: Api):
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.old_usage = _usage(old)
        self.new_usage = _usage(new)

    def add(self, kind: str, subject: str, breaking: bool, reason: str) -> None:
        self.changes.append(Change(kind, subject, breaking, reason))

    def report(self) -> Report:
        self.operations()
        self.definitions("model", {m.name: m for m in self.old.models}, {m.name: m for m in self.new.models}, self.model)
        self.definitions("enum", {e.name: e for e in self.old.enums}, {e.name: e for e in self.new.enums}, self.enum)
        self.definitions("union", {u.name: u for u in self.old.unions}, {u.name: u for u in self.new.unions}, self.union)
        if self.old.server_url != self.new.server_url:
            self.add("server-changed", "base URL", True, f"default base URL is now {self.new.server_url!r}")
        old_docs, new_docs = _docs(self.old), _docs(self.new)
        docs_changed = any(old_docs[key] != new_docs[key] for key in old_docs.keys() & new_docs.keys())
        other = self.old != self.new
        return Report(tuple(self.changes), other_changes=other, docs_changed=docs_changed)

    # -- operations --------------------------------------------------------------

    def operations(self) -> None:
        old = {op.name: op for op in self.old.operations}
        new = {op.name: op for op in self.new.operations}
        for name in sorted(new.keys() - old.keys()):
            op = new[name]
            self.add("operation-added", name, False, f"new method for {op.method} {op.path}")
        for name in sorted(old.keys() - new.keys()):
            op = old[name]
            self.add("operation-removed", name, True, f"method gone ({op.method} {op.path}); calls to it fail")
        for name in sorted(old.keys() & new.keys()):
            self.operation(old[name], new[name])

    def operation(self, old: OperationIR, new: OperationIR) -> None:
        name = new.name
        if (old.method, old.path) != (new.method, new.path):
            self.add(
                "operation-changed", name, False,
                f"now {new.method} {new.path} (was {old.method} {old.path}); the method handles it",
            )
        old_params = {p.wire_name: p for p in old.params}
        new_params = {p.wire_name: p for p in new.params}
        for wire in sorted(new_params.keys() - old_params.keys()):
            param = new_params[wire]
            self.add(
                "parameter-added", f"{name}({param.py_name})", param.required,
                "required: existing calls lack it" if param.required else "optional keyword argument",
            )
        for wire in sorted(old_params.keys() - new_params.keys()):
            param = old_params[wire]
            self.add("parameter-removed", f"{name}({param.py_name})", True, "calls passing it fail")
        for wire in sorted(old_params.keys() & new_params.keys()):
            self.parameter(name, old_params[wire], new_params[wire])
        old_type = old.response.type if old.response else None
        new_type = new.response.type if new.response else None
        if _python_type(old_type) != _python_type(new_type):
            self.add(
                "response-changed", name, True,
                f"returns {_describe(new_type)} instead of {_describe(old_type)}",
            )
        if (old.pagination is None) != (new.pagination is None):
            self.add(
                "pagination-changed", name, True,
                "now returns pages" if new.pagination else "no longer returns pages",
            )

    def parameter(self, operation: str, old: ParamIR, new: ParamIR) -> None:
        subject = f"{operation}({new.py_name})"
        if old.py_name != new.py_name:
            self.add("parameter-renamed", subject, True, f"argument renamed from {old.py_name}")
        if not old.required and new.required:
            self.add("parameter-required", subject, True, "now required: calls without it fail")
        elif old.required and not new.required:
            self.add("parameter-optional", subject, False, "now optional")
        if _python_type(old.type) != _python_type(new.type):
            self.add("parameter-type-changed", subject, True, f"{_describe(old.type)} -> {_describe(new.type)}")
        if old.nullable and not new.nullable:
            self.add("parameter-nullable-changed", subject, True, "no longer accepts None")
        elif new.nullable and not old.nullable:
            self.add("parameter-nullable-changed", subject, False, "now also accepts None")
        if old.location != new.location:
            self.add("parameter-moved", subject, False, f"sent in the {new.location} instead of the {old.location}")

    # -- definitions -------------------------------------------------------------

    def definitions(self, what: str, old: dict[str, Any], new: dict[str, Any], compare: Any) -> None:
        for name in sorted(new.keys() - old.keys()):
            self.add(f"{what}-added", name, False, f"new {what}")
        for name in sorted(old.keys() - new.keys()):
            self.add(f"{what}-removed", name, True, f"{what} gone: code naming it fails")
        for name in sorted(old.keys() & new.keys()):
            compare(old[name], new[name])

    def model(self, old: ModelIR, new: ModelIR) -> None:
        reads = "response" in self.new_usage.get(new.name, set()) | self.old_usage.get(old.name, set())
        writes = "request" in self.new_usage.get(new.name, set()) | self.old_usage.get(old.name, set())
        old_fields = {f.wire_name: f for f in old.fields}
        new_fields = {f.wire_name: f for f in new.fields}
        # A field whose Python name stayed but whose JSON key changed was renamed on the wire.
        renamed = {}
        for wire in sorted(old_fields.keys() - new_fields.keys()):
            match = [f for f in new.fields if f.py_name == old_fields[wire].py_name and f.wire_name not in old_fields]
            if match:
                renamed[wire] = match[0]
        for wire, field in renamed.items():
            self.add(
                "field-renamed-on-wire", f"{new.name}.{field.py_name}", True,
                f"JSON key {wire!r} is now {field.wire_name!r}; code using to_dict() keys breaks",
            )
        added = new_fields.keys() - old_fields.keys() - {f.wire_name for f in renamed.values()}
        for wire in sorted(added):
            field = new_fields[wire]
            if not field.required:
                self.add("field-added", f"{new.name}.{field.py_name}", False, "new optional field")
            elif writes:
                self.add("field-added", f"{new.name}.{field.py_name}", True, "required: requests must now set it")
            else:
                self.add("field-added", f"{new.name}.{field.py_name}", False, "new field, always in responses")
        for wire in sorted(old_fields.keys() - new_fields.keys() - renamed.keys()):
            self.add("field-removed", f"{new.name}.{old_fields[wire].py_name}", True, "code reading or setting it fails")
        for wire in sorted(old_fields.keys() & new_fields.keys()):
            self.field(new.name, old_fields[wire], new_fields[wire], reads, writes)

    def field(self, model: str, old: FieldIR, new: FieldIR, reads: bool, writes: bool) -> None:
        subject = f"{model}.{new.py_name}"
        if old.py_name != new.py_name:
            self.add("field-renamed", subject, True, f"attribute renamed from {old.py_name}")
        if _python_type(old.type) != _python_type(new.type):
            self.add("field-type-changed", subject, True, f"{_describe(old.type)} -> {_describe(new.type)}")
        if old.required and not new.required:
            self.add(
                "field-optional", subject, reads,
                "may now be absent (UNSET) in responses" if reads else "no longer required in requests",
            )
        elif new.required and not old.required:
            self.add(
                "field-required", subject, writes,
                "now required: requests without it fail" if writes else "now always present in responses",
            )
        if new.nullable and not old.nullable:
            self.add(
                "field-nullable", subject, reads,
                "may now be None in responses" if reads else "now also accepts None",
            )
        elif old.nullable and not new.nullable:
            self.add(
                "field-not-nullable", subject, writes,
                "no longer accepts None" if writes else "never None any more",
            )

    def enum(self, old: EnumIR, new: EnumIR) -> None:
        old_values = [v.value for v in old.values]
        new_values = [v.value for v in new.values]
        for value in new_values:
            if value not in old_values:
                self.add("enum-value-added", f"{new.name}.{value}", False, "new value (enums are open)")
        for value in old_values:
            if value not in new_values:
                self.add("enum-value-removed", f"{new.name}.{value}", True, "code naming the member fails")

    def union(self, old: UnionIR, new: UnionIR) -> None:
        old_types = [v.type for v in old.variants]
        new_types = [v.type for v in new.variants]
        for type_ in new_types:
            if type_ not in old_types:
                self.add("union-variant-added", f"{new.name}[{_describe(type_)}]", False, "new variant")
        for type_ in old_types:
            if type_ not in new_types:
                self.add("union-variant-removed", f"{new.name}[{_describe(type_)}]", True, "variant gone")
        old_tag = old.discriminator.property if old.discriminator else None
        new_tag = new.discriminator.property if new.discriminator else None
        if old_tag is None and new_tag is not None:
            self.add("union-tagged", new.name, False, f"variants are now chosen by {new_tag!r} (same values)")
        elif old_tag != new_tag:
            self.add("union-tag-changed", new.name, True, "the property choosing the variant changed")
        else:
            old_tags = {v.type: v.tags for v in old.variants}
            for variant in new.variants:
                if variant.type in old_tags and old_tags[variant.type] != variant.tags:
                    self.add(
                        "union-tag-values-changed",
                        f"{new.name}[{_describe(variant.type)}]",
                        True,
                        f"chosen by {list(variant.tags)} instead of {list(old_tags[variant.type])}",
                    )


def _docs(api: Api) -> dict[tuple[str, ...], Any]:
    """Every description and documented default, keyed by what it documents."""
    docs: dict[tuple[str, ...], Any] = {}
    for op in api.operations:
        docs[("operation", op.name)] = (op.summary, op.description)
        for param in op.params:
            docs[("parameter", op.name, param.wire_name)] = (param.description, param.default)
    for model in api.models:
        docs[("model", model.name)] = model.description
        for field in model.fields:
            docs[("field", model.name, field.wire_name)] = (field.description, field.default)
    for enum in api.enums:
        docs[("enum", enum.name)] = enum.description
    for union in api.unions:
        docs[("union", union.name)] = union.description
    return docs


def _python_type(type_: TypeRef | None) -> Any:
    """A type as generated code sees it: string formats matter only when they change the class."""
    if isinstance(type_, PrimitiveType):
        return PrimitiveType(type_.kind, type_.format if type_.format in ("date", "date-time") else None)
    if isinstance(type_, ListType):
        return ListType(_python_type(type_.item))
    if isinstance(type_, MapType):
        return MapType(_python_type(type_.value))
    if isinstance(type_, NullableType):
        return NullableType(_python_type(type_.inner))
    return type_


def _describe(type_: TypeRef | None) -> str:
    return "nothing" if type_ is None else describe_type(type_)


def _usage(api: Api) -> dict[str, set[str]]:
    """For each definition, whether it travels in requests, responses or both."""
    definitions: dict[str, Any] = {
        **{m.name: m for m in api.models},
        **{u.name: u for u in api.unions},
        **{e.name: e for e in api.enums},
    }
    usage: dict[str, set[str]] = {}

    def mark(type_: TypeRef | None, direction: str) -> None:
        stack = list(names_in([type_] if type_ is not None else []))
        while stack:
            name = stack.pop()
            seen = usage.setdefault(name, set())
            if direction in seen:
                continue
            seen.add(direction)
            definition = definitions.get(name)
            if isinstance(definition, ModelIR):
                stack += names_in(f.type for f in definition.fields)
            elif isinstance(definition, UnionIR):
                stack += names_in(v.type for v in definition.variants)

    for op in api.operations:
        for param in op.params:
            mark(param.type, "request")
        if op.body is not None:
            mark(op.body.type, "request")
        if op.response is not None:
            mark(op.response.type, "response")
        for error in op.errors:
            mark(error.type, "response")
    return usage


def format_markdown(report: Report, title: str) -> str:
    """The report as a Markdown section (the changelog entry body)."""
    lines = [title, ""]
    if not report.changes:
        if report.docs_changed:
            lines.append("Documentation only.")
        elif report.other_changes:
            lines.append("Internal changes only (no API change).")
        else:
            lines.append("No changes.")
        return "\n".join(lines) + "\n"
    for heading, changes in (
        ("Breaking changes", report.breaking),
        ("Compatible changes", report.compatible),
    ):
        if changes:
            lines += [f"### {heading}", ""]
            # Subjects and reasons quote spec names and values: escape them for Markdown.
            lines += [f"- `{markdown_code(c.subject)}` ({c.kind}): {markdown(c.reason)}" for c in changes]
            lines.append("")
    if report.docs_changed:
        lines.append("Descriptions or documented defaults changed too.")
    return "\n".join(lines).rstrip("\n") + "\n"


def format_json(report: Report) -> dict[str, Any]:
    """The report as JSON data."""
    return {
        "bump": report.bump,
        "breaking": len(report.breaking),
        "compatible": len(report.compatible),
        "docs_changed": report.docs_changed,
        "other_changes": report.other_changes,
        "changes": [dataclasses.asdict(c) for c in report.changes],
    }
