"""Step 5: render the IR into the files of the generated package with Jinja2.

Templates in ``templates/`` hold the shape of the code; the helpers here turn IR
types into annotations and into the expressions that check and convert values
(they are the only Python code the renderer writes by itself). Every value a
template outputs must be :class:`~generator.escape.Code`, produced by an
escaping filter, or a number; anything else stops the render.
"""

from __future__ import annotations

import ast
import json
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2

from . import escape
from .errors import TEMPLATE_BUG_HINT, GeneratorError
from .escape import Code
from .ir import (
    AnyType,
    Api,
    ConstType,
    EnumRef,
    FieldIR,
    ListType,
    MapType,
    ModelIR,
    ModelRef,
    ModuleIR,
    NullableType,
    OperationIR,
    ParamIR,
    PrimitiveType,
    TypeRef,
    UnionIR,
    UnionRef,
    names_in,
)
from .irjson import api_to_json
from .pysource import STRING_OR_COMMENT
from .state import fingerprint

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

#: Runtime helpers a models module may import from ``_runtime``.
_RUNTIME_NAMES = (
    "NO_EXTRA",
    "UNSET",
    "IntEnum",
    "ParseError",
    "StrEnum",
    "UnknownVariant",
    "Unset",
    "at",
    "decode_json",
    "encode_json",
    "enum_value",
    "expect_bool",
    "expect_const",
    "expect_int",
    "expect_list",
    "expect_number",
    "expect_object",
    "expect_str",
    "extra_fields",
    "format_date",
    "format_datetime",
    "parse_date",
    "parse_datetime",
    "parse_enum",
    "parse_list",
    "no_variant",
    "wrong_const",
    "wrong_type",
)
#: Names the client module may import from ``_base_client``.
_BASE_CLIENT_NAMES = (
    "DEFAULT_MAX_RETRIES",
    "AsyncAPIClient",
    "AsyncPage",
    "Page",
    "RequestOptions",
    "RequestSpec",
    "SyncAPIClient",
    "async_raw_response",
    "encode_path_param",
    "ignore_body",
    "raw_response",
)
_CLIENT_STDLIB_IMPORTS = (
    ("collections.abc", ("Mapping", "Sequence")),
    ("functools", ("cached_property",)),
    ("typing", ("TYPE_CHECKING", "Any", "Literal", "final")),
)
#: Standard-library names the models may use, and where they come from.
_STDLIB_IMPORTS = (
    ("collections.abc", ("Callable", "Mapping")),
    ("dataclasses", ("dataclass", "field")),
    ("datetime", ("date", "datetime")),
    ("typing", ("Any", "ClassVar", "Literal", "TypeAlias")),
)


@dataclass(frozen=True)
class RenderOptions:
    """Choices about the generated package that do not come from the spec."""

    package: str = "openai_evals"
    package_version: str = "0.1.0"


@dataclass(frozen=True)
class UntaggedParse:
    """The parse function of a union without a tag: try each branch in order.

    A branch is a dict: ``test``, a cheap check of the JSON type (None: none possible);
    ``parse``; ``fallible``, whether the parse may still fail once the test passed;
    ``label``, what the variant is called in an error.
    """

    branches: list[dict[str, Any]]
    collects_problems: bool  # some parse may fail: keep why, for the final error
    can_fail: bool  # no branch takes anything at all, so the function may end by raising
    expected: Code  # a string literal: the variants, for the error


#: Where the IR's JSON keeps the definitions (each with a "name").
_DEFINITIONS = ("models", "enums", "unions")


class Renderer:
    """Renders an :class:`~generator.ir.Api` into the files of the generated package."""

    def __init__(self, api: Api, options: RenderOptions):
        self.api = api
        # Models modules name types and helpers directly; the client module goes through
        # ``models.`` (loaded lazily) and ``_runtime.``.
        self.in_client = False
        self.options = options
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        self.unions = {u.name: u for u in api.unions}
        self.module_of = {
            **{m.name: m.module for m in api.models},
            **{e.name: e.module for e in api.enums},
            **{u.name: u.module for u in api.unions},
        }
        self.env = _environment()
        self.env.globals.update(
            api=api,
            package=escape.identifier(options.package),
            package_version=options.package_version,
            description=f"Typed Python client for the {api.title}, generated from its OpenAPI description.",
            distribution=options.package.replace("_", "-"),
            field_annotation=self.field_annotation,
            parse=self.parse,
            inline_check=self.inline_check,
            union_parse_name=self.union_parse_name,
            union_dump_name=self.union_dump_name,
            union_needs_dump=self.union_needs_dump,
            untagged_parse=self.untagged_parse,
            union_dump_branches=self.union_dump_branches,
            union_table_name=self.union_table_name,
            model_doc=model_doc,
            field_doc=field_doc,
            field_default=self.field_default,
            dump_field=self.dump_field,
            union_alias_value=self.union_alias_value,
            return_annotation=self.return_annotation,
            operation_doc=operation_doc,
            keyword_params=keyword_params,
            path_expression=self.path_expression,
            query_expression=self.query_expression,
            header_expression=self.header_expression,
            body_expression=self.body_expression,
            parse_expression=self.parse_expression,
            error_model=escape.identifier("Error") if "Error" in self.models else None,
        )

    # -- files -----------------------------------------------------------------

    def render(self, paths: set[str] | None = None) -> dict[str, str]:
        """Render every file, or just ``paths``: relative path -> unformatted text."""
        files = {}
        for path, (_, render) in self.plan.items():
            if paths is None or path in paths:
                try:
                    files[path] = render()
                except (jinja2.TemplateError, TypeError, ValueError, KeyError) as error:
                    # A template bug, or a value the escaping guard refused: say which file, no traceback.
                    raise GeneratorError(
                        f"internal error: rendering {path} failed: {type(error).__name__}: {error}",
                        hint=TEMPLATE_BUG_HINT,
                    ) from error
        return files

    def dependencies(self) -> dict[str, Any]:
        """For each file, the part of the IR its text depends on (JSON data, in which a
        definition or the whole IR appears as its fingerprint).

        A file whose dependencies, templates and generator are unchanged renders to
        the same text, so the previous text can be kept without rendering.
        """
        return {path: deps for path, (deps, _) in self.plan.items()}

    @cached_property
    def api_json(self) -> Any:
        """The whole IR as JSON data (also what ``.codegen/ir.json`` stores)."""
        return api_to_json(self.api)

    @cached_property
    def plan(self) -> dict[str, tuple[Any, Callable[[], str]]]:
        """Every file: (what of the IR it depends on, how to render it)."""
        package = self.options.package
        # What the client, the models index and the README show of the API: not the prose
        # of the definitions, so rewording a model's description renders none of them.
        api_shape = fingerprint(
            {
                **self.api_json,
                **{key: [self.shape_fingerprints[d["name"]] for d in self.api_json[key]] for key in _DEFINITIONS},
            }
        )
        plan: dict[str, tuple[Any, Callable[[], str]]] = {
            "pyproject.toml": (
                [self.options.package_version, self.api.title],
                lambda: self.template("pyproject.toml.jinja"),
            ),
            "README.md": (api_shape, lambda: self.template("README.md.jinja")),
            f"{package}/__init__.py": (self.api.title, lambda: self.template("package_init.py.jinja")),
            f"{package}/_runtime.py": (None, lambda: self.template("runtime.py.jinja")),
            f"{package}/models/__init__.py": (api_shape, self.models_init),
            f"{package}/py.typed": (None, lambda: ""),
            f"{package}/_exceptions.py": ("Error" in self.models, lambda: self.template("exceptions.py.jinja")),
            f"{package}/_base_client.py": (None, lambda: self.template("base_client.py.jinja")),
            f"{package}/_version.py": (self.options.package_version, lambda: self.template("version.py.jinja")),
            f"{package}/_client.py": (api_shape, self.render_client),
        }
        for module in self.api.modules:
            plan[f"{package}/models/{module.name}.py"] = (
                self.module_dependencies(module),
                lambda module=module: self.render_module(module),  # type: ignore[misc]
            )
        return plan

    @cached_property
    def definitions_json(self) -> dict[str, Any]:
        """Each model, enum and union as JSON data, by name."""
        return {d["name"]: d for key in _DEFINITIONS for d in self.api_json[key]}

    @cached_property
    def shape_fingerprints(self) -> dict[str, str]:
        """Each definition's fingerprint without its prose (its description and its
        fields'): what a file that uses a definition, but does not document it, shows of it."""
        shapes = {}
        for name, definition in self.definitions_json.items():
            shape = {key: value for key, value in definition.items() if key != "description"}
            if "fields" in shape:
                shape["fields"] = [{k: v for k, v in f.items() if k != "description"} for f in shape["fields"]]
            shapes[name] = fingerprint(shape)
        return shapes

    def module_dependencies(self, module: ModuleIR) -> Any:
        """A module's definitions, whole, and the shape of every definition they reach."""
        seen: list[str] = []
        pending = list(module.definitions)
        while pending:
            name = pending.pop()
            if name in seen:
                continue
            seen.append(name)
            pending.extend(sorted(self.references(name)))
        return [
            api_to_json(module),
            *(
                fingerprint(self.definitions_json[name])
                if name in module.definitions
                else self.shape_fingerprints[name]
                for name in sorted(seen)
            ),
        ]

    def render_module(self, module: ModuleIR) -> str:
        """One models module: the definitions, then exactly the imports they use."""
        definitions: list[tuple[str, Any]] = []
        for name in module.definitions:
            if name in self.enums:
                definitions.append(("enum", self.enums[name]))
            elif name in self.models:
                definitions.append(("model", self.models[name]))
            else:
                definitions.append(("union", self.unions[name]))
        body = self.template("models/body.py.jinja", definitions=definitions)
        used = _names_used(body)
        return self.template(
            "models/module.py.jinja",
            module_doc="Generated from the API spec: " + ", ".join(module.definitions) + ".",
            body=Code(body),
            stdlib_imports=_import_lines(_STDLIB_IMPORTS, used),
            imports=self.module_imports(module),
            runtime_names=[escape.identifier(n) for n in sorted(_RUNTIME_NAMES, key=_isort_key) if n in used],
        )

    def render_client(self) -> str:
        """The client module: the classes, then exactly the imports they use."""
        self.in_client = True
        try:
            body = self.template("client_body.py.jinja")
        finally:
            self.in_client = False
        used = _names_used(body) | {"TYPE_CHECKING"}
        return self.template(
            "client.py.jinja",
            body=Code(body),
            stdlib_imports=_import_lines(_CLIENT_STDLIB_IMPORTS, used),
            package_imports=[escape.identifier(n) for n in ("_runtime", "models") if n in used],
            base_imports=[escape.identifier(n) for n in sorted(_BASE_CLIENT_NAMES, key=_isort_key) if n in used],
        )

    def template(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    def models_init(self) -> str:
        exports = self.exports()
        runtime = ["UNSET", "ParseError", "UnknownVariant", "Unset"]
        all_names = sorted([*runtime, *(name for name, _ in exports)], key=_isort_key)
        return self.template(
            "models/__init__.py.jinja",
            exports=exports,
            runtime_names=[escape.identifier(n) for n in runtime],
            all_names=[escape.identifier(n) for n in all_names],
        )

    def exports(self) -> list[tuple[Code, Code]]:
        """(name, module) for everything ``openai_evals.models`` offers, sorted by name."""
        names = []
        for module in self.api.modules:
            for name in module.definitions:
                names.append((name, module.name))
                if name in self.unions:
                    names.append((self.union_parse_name(name), module.name))
                    if self.union_needs_dump(self.unions[name]):
                        names.append((self.union_dump_name(name), module.name))
        names.sort(key=lambda item: (item[1], _isort_key(item[0])))
        return [(escape.identifier(n), escape.identifier(m)) for n, m in names]

    def module_imports(self, module: ModuleIR) -> list[tuple[Code, list[Code]]]:
        """``from .other import A, B`` lines for the definitions this module uses from others."""
        wanted: dict[str, set[str]] = {}
        for name in module.definitions:
            for ref in self.references(name):
                other = self.module_of[ref]
                if other == module.name:
                    continue
                wanted.setdefault(other, set()).add(ref)
                if ref in self.unions:
                    wanted[other].add(self.union_parse_name(ref))
                    if self.union_needs_dump(self.unions[ref]):
                        wanted[other].add(self.union_dump_name(ref))
        return [
            (escape.identifier(other), [escape.identifier(n) for n in sorted(names, key=_isort_key)])
            for other, names in sorted(wanted.items())
        ]

    def references(self, name: str) -> set[str]:
        # Not a model's ``additional``: extra properties are rendered as plain JSON.
        if name in self.models:
            return names_in(f.type for f in self.models[name].fields)
        if name in self.unions:
            return names_in(v.type for v in self.unions[name].variants)
        return set()

    # -- types -----------------------------------------------------------------

    def annotation(self, type_: TypeRef) -> Code:
        """The Python annotation for a type (open enums accept any string)."""
        if isinstance(type_, PrimitiveType):
            if type_.kind == "string" and type_.format == "date-time":
                return Code("datetime")
            if type_.kind == "string" and type_.format == "date":
                return Code("date")
            return Code({"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[type_.kind])
        if isinstance(type_, AnyType):
            return Code("Any")
        if isinstance(type_, ConstType):
            if isinstance(type_.value, float):
                return Code("float")
            return Code(f"Literal[{escape.value_literal(type_.value)}]")
        if isinstance(type_, ListType):
            return Code(f"list[{self.annotation(type_.item)}]")
        if isinstance(type_, MapType):
            return Code(f"dict[str, {self.annotation(type_.value)}]")
        if isinstance(type_, NullableType):
            return Code(f"{self.annotation(type_.inner)} | None")
        if isinstance(type_, EnumRef):
            raw = "int" if self.enums[type_.name].kind == "integer" else "str"
            return Code(f"{self.type_name(type_.name)} | {raw}")
        return self.type_name(type_.name)

    def union_parse_name(self, name: str) -> Code:
        """``parse_<snake name>``: the function parsing a union."""
        return escape.identifier("parse_" + self.unions[name].snake_name)

    def union_dump_name(self, name: str) -> Code:
        """``dump_<snake name>``: the function writing a union value as JSON data."""
        return escape.identifier("dump_" + self.unions[name].snake_name)

    def union_table_name(self, name: str) -> Code:
        """``_<SNAKE NAME>``: a tagged union's table of variant parsers."""
        return escape.identifier("_" + self.unions[name].snake_name.upper())

    def type_name(self, name: str) -> Code:
        """A model, enum or union name as the current module refers to it."""
        return Code(("models." if self.in_client else "") + escape.identifier(name))

    def helper(self, name: str) -> Code:
        """A runtime helper as the current module refers to it."""
        return Code(("_runtime." if self.in_client else "") + escape.identifier(name))

    def field_annotation(self, field: FieldIR | ParamIR) -> Code:
        """A field's or argument's annotation: its type, ``| None`` if nullable, ``| Unset`` if optional."""
        base = self.input_annotation(field.type) if isinstance(field, ParamIR) else self.annotation(field.type)
        return Code(base + (" | None" if field.nullable else "") + ("" if field.required else " | Unset"))

    def field_default(self, field: FieldIR | ParamIR) -> Code:
        """`` = UNSET`` when optional; a required constant defaults to its only value."""
        if not field.required:
            return Code(" = UNSET")
        if isinstance(field.type, ConstType) and not field.nullable:
            return Code(f" = {escape.value_literal(field.type.value)}")
        return Code("")

    def dump_field(self, field: FieldIR, value: str) -> Code:
        """The expression writing a field's (set) value as JSON data."""
        expression = self.dump(field.type, value)
        if field.nullable and expression != value:
            return Code(f"None if {value} is None else {expression}")
        return expression

    def union_annotation(self, union: UnionIR) -> Code:
        """The variants joined with ``|``; tagged unions also admit an UnknownVariant."""
        parts = [self.annotation(v.type) for v in union.variants]
        if union.discriminator is not None:
            parts.append(Code("UnknownVariant"))
        return Code(" | ".join(dict.fromkeys(parts)))

    def union_alias_value(self, union: UnionIR) -> Code:
        """The value of a union's TypeAlias: its annotation, quoted when it cannot be evaluated
        where it stands (see ``alias_is_quoted``)."""
        annotation = self.union_annotation(union)
        return escape.string_literal(annotation) if self.alias_is_quoted(union.name) else annotation

    def alias_is_quoted(self, name: str, visiting: frozenset[str] = frozenset()) -> bool:
        """Whether a union's alias must be a string: it names a definition of its module not
        defined yet there (itself, in a recursive union), or a union whose alias is a string
        (a string cannot be joined with ``|``)."""
        union = self.unions[name]
        definitions = next(m.definitions for m in self.api.modules if m.name == union.module)
        earlier = set(definitions[: definitions.index(name)])
        named = names_in(v.type for v in union.variants)
        if any(other in definitions and other not in earlier for other in named):
            return True
        inner = visiting | {name}
        return any(
            other in self.unions and other not in inner and self.alias_is_quoted(other, inner) for other in named
        )

    def is_identity(self, type_: TypeRef, expanding: frozenset[str] = frozenset()) -> bool:
        """Whether a value of this type is already plain JSON (``to_dict`` copies it as is).

        A union met again while deciding about itself counts as plain JSON, so a
        recursive union of plain JSON values is plain JSON.
        """
        if isinstance(type_, PrimitiveType):
            return type_.format not in ("date-time", "date")
        if isinstance(type_, (AnyType, ConstType)):
            return True
        if isinstance(type_, ListType):
            return self.is_identity(type_.item, expanding)
        if isinstance(type_, MapType):
            return self.is_identity(type_.value, expanding)
        if isinstance(type_, NullableType):
            return self.is_identity(type_.inner, expanding)
        if isinstance(type_, UnionRef):
            if type_.name in expanding:
                return True
            inner = expanding | {type_.name}
            return all(self.is_identity(v.type, inner) for v in self.unions[type_.name].variants)
        return False

    def parse(self, type_: TypeRef, value: str, path: str, key: str, depth: int = 0) -> Code:
        """An expression checking ``value`` (decoded JSON) as ``type_``; errors name ``at(path, key)``.

        ``path`` and ``key`` are expressions; ``key`` is a string literal or a loop index.
        """
        h = self.helper
        if isinstance(type_, PrimitiveType):
            if type_.kind == "string" and type_.format in ("date-time", "date"):
                name = "parse_datetime" if type_.format == "date-time" else "parse_date"
                return Code(f"{h(name)}({value}, {path}, {key})")
            name = {"string": "expect_str", "integer": "expect_int", "number": "expect_number", "boolean": "expect_bool"}[type_.kind]
            return Code(f"{h(name)}({value}, {path}, {key})")
        if isinstance(type_, AnyType):
            return Code(value)
        if isinstance(type_, ConstType):
            return Code(f"{h('expect_const')}({value}, {escape.value_literal(type_.value)}, {path}, {key})")
        if isinstance(type_, EnumRef):
            return Code(f"{h('parse_enum')}({self.type_name(type_.name)}, {value}, {path}, {key})")
        if isinstance(type_, (ModelRef, UnionRef)):
            return Code(f"{self.parse_function(type_)}({value}, {self.child_path(path, key)})")
        if isinstance(type_, NullableType):
            return Code(f"None if {value} is None else {self.parse(type_.inner, value, path, key, depth)}")
        item_var, index_var = f"v{depth}", f"i{depth}"
        if isinstance(type_, ListType):
            checked = f"{h('expect_list')}({value}, {path}, {key})"
            if isinstance(type_.item, AnyType):
                return Code(checked)
            if isinstance(type_.item, (ModelRef, UnionRef)):  # the common case, in one call
                return Code(f"{h('parse_list')}({self.parse_function(type_.item)}, {value}, {path}, {key})")
            inner = self.parse(type_.item, item_var, f"{h('at')}({path}, {key})", index_var, depth + 1)
            return Code(f"[{inner} for {index_var}, {item_var} in enumerate({checked})]")
        if isinstance(type_, MapType):
            checked = f"{h('expect_object')}({value}, {path}, {key})"
            if isinstance(type_.value, AnyType):
                return Code(checked)
            key_var = f"k{depth}"
            inner = self.parse(type_.value, item_var, f"{h('at')}({path}, {key})", key_var, depth + 1)
            return Code(f"{{{key_var}: {inner} for {key_var}, {item_var} in {checked}.items()}}")
        raise TypeError(f"unknown type {type_!r}")

    def inline_check(self, type_: TypeRef, value: str, path: str, key: str) -> tuple[Code, Code] | None:
        """A test that ``value`` does NOT fit ``type_``, and the error to raise then.

        Models check JSON primitives, string constants and free-form objects and
        arrays in line rather than through ``expect_*`` calls: a function call costs
        more than the check itself. None for any other type.
        """
        h = self.helper
        if isinstance(type_, ConstType) and isinstance(type_.value, str):
            expected = escape.value_literal(type_.value)
            test = f"(type({value}) is not str or {value} != {expected})"
            return Code(test), Code(f"{h('wrong_const')}({expected}, {value}, {path}, {key})")
        if isinstance(type_, MapType) and isinstance(type_.value, AnyType):
            test, name = f"type({value}) is not dict", "object"
        elif isinstance(type_, ListType) and isinstance(type_.item, AnyType):
            test, name = f"type({value}) is not list", "array"
        elif isinstance(type_, PrimitiveType) and type_.format not in ("date-time", "date"):
            test, name = {
                "string": (f"type({value}) is not str", "string"),
                "integer": (f"type({value}) is not int", "integer"),
                "number": (f"type({value}) is not float and type({value}) is not int", "number"),
                "boolean": (f"type({value}) is not bool", "boolean"),
            }[type_.kind]
        else:
            return None
        return Code(test), Code(f"{h('wrong_type')}({escape.string_literal(name)}, {value}, {path}, {key})")

    def parse_function(self, type_: ModelRef | UnionRef) -> Code:
        """The callable ``(data, path)`` parsing a model or a union."""
        if isinstance(type_, ModelRef):
            return Code(f"{self.type_name(type_.name)}.from_dict")
        return Code(("models." if self.in_client else "") + self.union_parse_name(type_.name))

    def child_path(self, path: str, key: str) -> Code:
        """The path expression of ``key`` under ``path``: a constant suffix when the key is a name."""
        if key == "None":
            return Code(path)
        if key.startswith(("'", '"')):
            return Code(f"{path} + {escape.string_literal('.' + ast.literal_eval(key))}")
        return Code(f"{self.helper('at')}({path}, {key})")

    # -- the client ------------------------------------------------------------

    def input_annotation(self, type_: TypeRef) -> Code:
        """What a method argument accepts: the generated types, or plain JSON data in their place."""
        return self._joined_inputs(type_, frozenset())

    def _joined_inputs(self, type_: TypeRef, expanding: frozenset[str]) -> Code:
        return Code(" | ".join(dict.fromkeys(self._input_alternatives(type_, expanding))))

    def _input_alternatives(self, type_: TypeRef, expanding: frozenset[str]) -> list[str]:
        if isinstance(type_, ModelRef):
            return [self.type_name(type_.name), "Mapping[str, Any]"]
        if isinstance(type_, UnionRef):
            union = self.unions[type_.name]
            if type_.name in expanding or all(isinstance(v.type, ModelRef) for v in union.variants):
                return [self.type_name(type_.name), "Mapping[str, Any]"]
            inner = expanding | {type_.name}
            return [alt for v in union.variants for alt in self._input_alternatives(v.type, inner)]
        if isinstance(type_, ListType):
            return [f"Sequence[{self._joined_inputs(type_.item, expanding)}]"]
        if isinstance(type_, MapType):
            return [f"Mapping[str, {self._joined_inputs(type_.value, expanding)}]"]
        if isinstance(type_, NullableType):
            return [*self._input_alternatives(type_.inner, expanding), "None"]
        return [self.annotation(type_)]

    def return_annotation(self, op: OperationIR, page_class: str) -> Code:
        if op.pagination is not None:
            return Code(f"{escape.identifier(page_class)}[{self.annotation(op.pagination.item_type)}]")
        if op.response is None or op.response.type is None:
            return Code("None")
        annotation = self.annotation(op.response.type)
        return Code(f"{annotation} | None") if op.response.nullable else annotation

    def path_expression(self, op: OperationIR) -> Code:
        """The request path: literal parts escaped, each parameter percent-encoded at call time."""
        by_wire = {p.wire_name: p for p in op.params if p.location == "path"}
        pieces = []
        rest = op.path
        while "{" in rest:
            literal, _, rest = rest.partition("{")
            name, _, rest = rest.partition("}")
            if literal:
                pieces.append(escape.string_literal(_path_literal(literal)))
            param = by_wire[name]
            pieces.append(
                Code(f"encode_path_param({escape.identifier(param.py_name)}, {escape.string_literal(param.wire_name)})")
            )
        if rest or not pieces:
            pieces.append(escape.string_literal(_path_literal(rest)))
        return Code(" + ".join(pieces))

    def query_expression(self, op: OperationIR) -> Code:
        return _params_dict([p for p in op.params if p.location == "query"])

    def header_expression(self, op: OperationIR) -> Code:
        return _params_dict([p for p in op.params if p.location == "header"])

    def body_expression(self, op: OperationIR) -> Code:
        body = [p for p in op.params if p.location == "body"]
        if op.body is not None and isinstance(op.body.type, ModelRef) and not (
            len(body) == 1 and body[0].wire_name == "body" and body[0].type == op.body.type
        ):
            return _params_dict(body)
        return escape.identifier(body[0].py_name)

    def parse_expression(self, op: OperationIR) -> Code:
        """The callable turning the decoded response body into the method's result."""
        if op.response is None or op.response.type is None:
            return Code("ignore_body")
        type_ = op.response.type
        if op.response.nullable:
            type_ = NullableType(type_)
        if isinstance(type_, (ModelRef, UnionRef)):
            return self.parse_function(type_)
        return Code(f"lambda data: {self.parse(type_, 'data', escape.string_literal('response'), 'None')}")

    def dump(self, type_: TypeRef, value: str, depth: int = 0) -> Code:
        """An expression turning ``value`` (of ``type_``) into plain JSON data."""
        if isinstance(type_, PrimitiveType) and type_.format in ("date-time", "date"):
            helper = "format_datetime" if type_.format == "date-time" else "format_date"
            return Code(f"{helper}({value})")
        if isinstance(type_, (PrimitiveType, AnyType, ConstType)):
            return Code(value)
        if isinstance(type_, EnumRef):
            return Code(f"enum_value({value})")
        if isinstance(type_, ModelRef):
            return Code(f"{value}.to_dict()")
        if isinstance(type_, UnionRef):
            if self.is_identity(type_):
                return Code(value)
            if self.union_needs_dump(self.unions[type_.name]):
                return Code(f"{self.union_dump_name(type_.name)}({value})")
            return Code(f"{value}.to_dict()")
        if isinstance(type_, NullableType):
            inner = self.dump(type_.inner, value, depth)
            return inner if inner == value else Code(f"None if {value} is None else {inner}")
        item_var, key_var = f"v{depth}", f"k{depth}"
        if isinstance(type_, ListType):
            if self.is_identity(type_.item):
                return Code(f"list({value})")
            return Code(f"[{self.dump(type_.item, item_var, depth + 1)} for {item_var} in {value}]")
        if isinstance(type_, MapType):
            if self.is_identity(type_.value):
                return Code(f"dict({value})")
            inner = self.dump(type_.value, item_var, depth + 1)
            return Code(f"{{{key_var}: {inner} for {key_var}, {item_var} in {value}.items()}}")
        raise TypeError(f"unknown type {type_!r}")

    # -- unions ----------------------------------------------------------------

    def union_needs_dump(self, union: UnionIR) -> bool:
        """Unions of models dump with ``.to_dict()``, of plain JSON as they are; others get a function."""
        if all(isinstance(v.type, ModelRef) for v in union.variants):
            return False
        return not all(self.is_identity(v.type) for v in union.variants)

    def untagged_parse(self, union: UnionIR) -> UntaggedParse:
        """How an untagged union's parse function tries its variants, in order."""
        branches: list[dict[str, Any]] = []
        for variant in union.variants:
            type_ = variant.type
            if isinstance(type_, NullableType):
                branches.append({"test": Code("data is None"), "parse": Code("None"), "fallible": False, "label": "null"})
                type_ = type_.inner
            dated = isinstance(type_, PrimitiveType) and type_.format in ("date-time", "date")
            fallible = dated or isinstance(type_, (ModelRef, UnionRef, ListType, MapType))
            # A JSON scalar that passed its type test is the value itself.
            plain = isinstance(type_, PrimitiveType) and not dated
            branches.append(
                {
                    "test": _json_type_test(type_, self),
                    "parse": Code("data") if plain else self.parse(type_, "data", "path", "None"),
                    "fallible": fallible,
                    "label": _type_label(type_),
                }
            )
        return UntaggedParse(
            branches=branches,
            collects_problems=any(b["fallible"] for b in branches),
            can_fail=not any(b["test"] is None and not b["fallible"] for b in branches),
            expected=escape.string_literal(" or ".join(b["label"] for b in branches)),
        )

    def union_dump_branches(self, union: UnionIR) -> tuple[list[Code], list[tuple[Code, Code]], Code | None]:
        """(model classes, [(isinstance test, dump expression)], fallback union dump) for a dump function."""
        models: list[Code] = []
        others: list[tuple[Code, Code]] = []
        fallback: Code | None = None
        for variant in union.variants:
            type_ = variant.type.inner if isinstance(variant.type, NullableType) else variant.type
            if isinstance(type_, ModelRef):
                models.append(escape.identifier(type_.name))
            elif isinstance(type_, EnumRef):
                others.append((Code(f"isinstance(value, {escape.identifier(type_.name)})"), Code("value.value")))
            elif isinstance(type_, ListType) and not self.is_identity(type_):
                others.append((Code("isinstance(value, list)"), self.dump(type_, "value")))
            elif isinstance(type_, MapType) and not self.is_identity(type_):
                others.append((Code("isinstance(value, dict)"), self.dump(type_, "value")))
            elif isinstance(type_, PrimitiveType) and type_.format == "date-time":
                others.append((Code("isinstance(value, datetime)"), self.dump(type_, "value")))
            elif isinstance(type_, PrimitiveType) and type_.format == "date":  # a datetime is a date too
                test = "isinstance(value, date) and not isinstance(value, datetime)"
                others.append((Code(test), self.dump(type_, "value")))
            elif isinstance(type_, UnionRef) and fallback is None and self.union_needs_dump(self.unions[type_.name]):
                fallback = Code(f"{self.union_dump_name(type_.name)}(value)")
            elif isinstance(type_, UnionRef) and not self.union_needs_dump(self.unions[type_.name]):
                models += [escape.identifier(n) for n in sorted(_model_names(self.unions[type_.name], self.unions))]
        if self.may_hold_unknown(union):
            models.append(Code("UnknownVariant"))
        return sorted(set(models), key=models.index), others, fallback

    def may_hold_unknown(self, union: UnionIR, seen: frozenset[str] = frozenset()) -> bool:
        """Whether a value of the union can be an UnknownVariant (it, or a union in it, is tagged)."""
        if union.discriminator is not None:
            return True
        nested = [v.type.name for v in union.variants if isinstance(v.type, UnionRef) and v.type.name not in seen]
        return any(self.may_hold_unknown(self.unions[name], seen | {union.name}) for name in nested)


def _environment() -> jinja2.Environment:
    from .format import cache_dir

    cache = cache_dir()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        # Compiled templates are cached by their source's checksum, like black's output.
        bytecode_cache=_bytecode_cache(cache / "jinja") if cache else None,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_only_code,
    )
    env.filters.update(
        identifier=escape.identifier,
        string_literal=escape.string_literal,
        value_literal=escape.value_literal,
        docstring=escape.docstring,
        docstring_body=escape.docstring_body,
        comment=escape.comment,
        markdown=escape.markdown,
        markdown_code=escape.markdown_code,
        toml_string=escape.toml_string,
        join=_join_code,
        groupby_consecutive=_groupby_consecutive,
    )
    return env


def _bytecode_cache(folder: Path) -> jinja2.BytecodeCache | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def _groupby_consecutive(items: Any, key: str) -> list[tuple[Any, list[Any]]]:
    """Runs of consecutive items with the same ``item[key]``: [(value, items), ...]."""
    groups: list[tuple[Any, list[Any]]] = []
    for item in items:
        if groups and groups[-1][0] == item[key]:
            groups[-1][1].append(item)
        else:
            groups.append((item[key], [item]))
    return groups


def _join_code(items: Any, separator: str = "") -> Code:
    """Jinja's ``join`` for already-escaped pieces: the result stays :class:`Code`."""
    items = list(items)
    if not all(isinstance(item, Code) for item in items):
        raise TypeError("join: every piece must have gone through an escaping filter")
    return Code(separator.join(items))


def _only_code(value: Any) -> Any:
    """Jinja ``finalize``: refuse to output anything that did not pass an escaping filter."""
    if isinstance(value, Code) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise TypeError(f"template output {value!r} did not go through an escaping filter")


def model_doc(model: ModelIR) -> str:
    """A model's docstring text."""
    text = model.description or f"The {model.name} object of the API."
    if model.deprecated:
        text += "\n\nDeprecated by the API."
    return text


def field_doc(field: FieldIR) -> str:
    """A field's docstring text: its description, default and deprecation."""
    parts = [field.description] if field.description else []
    if field.default is not None:
        parts.append(f"The API's default is ``{json.dumps(field.default.value, ensure_ascii=False)}``.")
    if field.deprecated:
        parts.append("Deprecated by the API.")
    return "\n\n".join(parts)


def _model_names(union: UnionIR, unions: dict[str, UnionIR]) -> set[str]:
    names: set[str] = set()
    for variant in union.variants:
        if isinstance(variant.type, ModelRef):
            names.add(variant.type.name)
        elif isinstance(variant.type, UnionRef):
            names |= _model_names(unions[variant.type.name], unions)
    return names


def _type_label(type_: TypeRef) -> str:
    if isinstance(type_, (ModelRef, EnumRef, UnionRef)):
        return type_.name
    if isinstance(type_, PrimitiveType):
        return type_.format if type_.format in ("date", "date-time") else type_.kind
    if isinstance(type_, ConstType):
        return repr(type_.value)
    if isinstance(type_, ListType):
        return "array"
    if isinstance(type_, MapType):
        return "object"
    return "any value"


def _json_type_test(type_: TypeRef, renderer: Renderer) -> Code | None:
    """A cheap test that decoded JSON has the right JSON type for a variant (None: no such test)."""
    if isinstance(type_, (ModelRef, MapType)):
        return Code("isinstance(data, dict)")
    if isinstance(type_, ListType):
        return Code("isinstance(data, list)")
    if isinstance(type_, PrimitiveType):
        return Code(
            {
                "string": "isinstance(data, str)",
                "integer": "isinstance(data, int) and not isinstance(data, bool)",
                "number": "isinstance(data, (int, float)) and not isinstance(data, bool)",
                "boolean": "isinstance(data, bool)",
            }[type_.kind]
        )
    if isinstance(type_, ConstType):
        return Code(f"data == {escape.value_literal(type_.value)}")
    if isinstance(type_, EnumRef):
        raw = "int" if renderer.enums[type_.name].kind == "integer" else "str"
        return Code(f"isinstance(data, {raw})")
    return None


def keyword_params(op: OperationIR) -> list[ParamIR]:
    """A method's keyword-only arguments: those without a default first, in spec order."""
    keywords = [p for p in op.params if p.location != "path"]
    return [p for p in keywords if p.required and not isinstance(p.type, ConstType)] + [
        p for p in keywords if not p.required or isinstance(p.type, ConstType)
    ]


def operation_doc(op: OperationIR) -> str:
    """A client method's docstring text: summary, description, arguments."""
    parts = [op.summary or op.description or f"{op.method} {op.path}"]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    if op.deprecated:
        parts.append("Deprecated by the API.")
    described = [p for p in op.params if p.description]
    if described:
        lines = ["Args:"]
        for param in described:
            text = " ".join(param.description.split())  # type: ignore[union-attr]
            lines.append(
                textwrap.fill(
                    f"{param.py_name}: {text}",
                    width=80,
                    initial_indent="    ",
                    subsequent_indent="        ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        parts.append("\n".join(lines))
    if op.pagination is not None:
        parts.append("Returns one page; iterating it yields the items of every page, fetched as needed.")
    return "\n\n".join(parts)


def _params_dict(params: list[ParamIR]) -> Code:
    """A dict display sending each parameter under its wire name."""
    items = [f"{escape.string_literal(p.wire_name)}: {escape.identifier(p.py_name)}" for p in params]
    return Code("{" + ", ".join(items) + "}")


def _path_literal(text: str) -> str:
    """A literal piece of a path template with anything but path characters percent-encoded."""
    from urllib.parse import quote

    return quote(text, safe="/-._~!$&'()*+,;=:@%")


def _import_lines(sources: tuple[tuple[str, tuple[str, ...]], ...], used: set[str]) -> list[Code]:
    """``from module import a, b`` for the standard-library names a module uses."""
    return [
        Code(f"from {source} import {', '.join(n for n in names if n in used)}")
        for source, names in sources
        if any(n in used for n in names)
    ]


def _isort_key(name: str) -> tuple[int, str]:
    """isort's order by type: CONSTANTS, then Classes, then functions and variables."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


_NAME = re.compile(r"\b[^\W\d]\w*")


def _names_used(source: str) -> set[str]:
    """Every name in Python source, strings and comments excluded (what ``tokenize`` calls
    NAME tokens, found with two regular expressions: the tokenizer is ten times slower)."""
    return set(_NAME.findall(STRING_OR_COMMENT.sub(" ", source)))
