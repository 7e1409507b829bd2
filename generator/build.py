"""Step 4: build the intermediate model (:mod:`generator.ir`) from a validated slice.

Every decision about the generated code is made here: what each schema is
(model, enum, union, list, map, primitive), which fields are required or
nullable, what a union's tag is, what every class, field, parameter and module
is called, and which operations paginate. OpenAPI 3.0 and 3.1 spellings of the
same fact (``nullable: true``, ``anyOf: [X, {type: "null"}]``, ``type: [X, "null"]``)
give the same IR.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import GeneratorError, pointer_join, pointer_keys
from .ir import (
    AnyType,
    Api,
    BodyIR,
    ConstType,
    Default,
    DiscriminatorIR,
    EnumIR,
    EnumRef,
    EnumValueIR,
    FieldIR,
    ListType,
    MapType,
    ModelIR,
    ModelRef,
    ModuleIR,
    NullableType,
    OperationIR,
    PaginationIR,
    ParamIR,
    PrimitiveType,
    ResponseIR,
    TypeRef,
    UnionIR,
    UnionRef,
    VariantIR,
    names_in,
)
from .naming import (
    RESERVED_FIELD_NAMES,
    RESERVED_TYPE_NAMES,
    Namespace,
    pascal_case,
    safe_constant,
    safe_pascal,
    safe_snake,
)
from .slice import HTTP_METHODS, Slice, mapping_ref

_PRIMITIVES = ("string", "integer", "number", "boolean")
#: How deeply arrays and maps may nest inside one definition.
MAX_NESTING = 16
#: What clients already have: an operation named like one would replace it.
RESERVED_OPERATION_NAMES = frozenset(
    {
        "close",
        "with_options",
        "with_raw_response",
        "api_key",
        "base_url",
        "organization",
        "project",
        "max_retries",
        "timeout",
        "default_headers",
    }
)
#: Union helper stems whose parse_/dump_ functions would be runtime helpers' names.
RESERVED_UNION_STEMS = frozenset({"list", "enum", "date", "datetime"})
#: Method parameters every generated client method has, and the module-level names its body
#: calls (a parameter with one of these names would shadow it).
RESERVED_PARAM_NAMES = frozenset(
    {
        "self",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "models",
        "encode_path_param",
        "ignore_body",
    }
)
#: Schema keywords that only document; a wrapper holding nothing else adds no structure.
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
        "externalDocs",
        "$comment",
        "type",
    }
)


def build_ir(spec_slice: Slice) -> Api:
    """Turn a slice into an :class:`~generator.ir.Api`; malformed schemas are GeneratorErrors."""
    return _Builder(spec_slice).build()


@dataclass
class _Shape:
    """A schema reduced to one kind, after following allOf, nullability and wrappers."""

    kind: str  # ref, model, enum, const, union, list, map, primitive, any
    schema: dict[str, Any]
    pointer: str
    nullable: bool = False
    ref: str | None = None  # for kind "ref": the component pointer it stands for
    variants: list[tuple[Any, str]] = field(default_factory=list)  # for unions: (schema, pointer)
    values: list[Any] = field(default_factory=list)  # for enums and consts
    description: str | None = None
    default: Default | None = None
    deprecated: bool = False


class _Builder:
    def __init__(self, spec_slice: Slice):
        self.slice = spec_slice
        self.document = spec_slice.document
        self.type_names = Namespace(RESERVED_TYPE_NAMES, separator="")
        # parse_<name> / dump_<name> must not be a runtime helper's name, nor another union's.
        self.union_functions = Namespace(RESERVED_UNION_STEMS)
        self.models: dict[str, ModelIR] = {}
        self.enums: dict[str, EnumIR] = {}
        self.unions: dict[str, UnionIR] = {}
        self.order: list[str] = []  # definition names in creation order
        # component pointer -> (type, nullable); set before building so recursion terminates
        self.components: dict[str, tuple[TypeRef, bool]] = {}
        self.component_names: dict[str, str] = {}
        self.module_stack: list[str] = []
        self.component_stack: list[str] = []
        self.union_shapes: dict[str, _Shape] = {}
        self.shaping: set[tuple[str, int]] = set()  # (pointer, id(schema)) being reduced now
        self.nesting = 0  # arrays and maps open around the type being built, within a definition

    # -- entry point ---------------------------------------------------------------

    def build(self) -> Api:
        schemas = self.document.get("components", {}).get("schemas", {})
        if not isinstance(schemas, dict):
            raise self.error("#/components/schemas", "'components/schemas' must be a mapping")
        # Components claim their names first, in document order, so inline schemas never take them.
        for key, schema in schemas.items():
            pointer = pointer_join("#/components/schemas", key)
            if self.shape(schema, pointer).kind in ("model", "enum", "union"):
                self.component_names[pointer] = self.type_names.claim(safe_pascal(str(key)))
        # Operations in path order (then method order), so moving a path in the file changes nothing.
        operation_names = Namespace(RESERVED_OPERATION_NAMES)
        ordered = sorted(self.slice.operations, key=lambda op: (op[0], HTTP_METHODS.index(op[1])))
        operations = [self.operation(path, method, operation_names) for path, method in ordered]
        for key in schemas:
            self.component_type(pointer_join("#/components/schemas", key))
        # Tags need every variant model finished (a union may contain its own parent).
        for name in list(self.unions):
            self.unions[name] = self.tag_union(self.unions[name])
        info: dict[str, Any] = self.document["info"] if isinstance(self.document.get("info"), dict) else {}
        modules = self.modules()  # first: it moves definitions into their final modules
        return Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            server_url=self.server_url(),
            description=_text(info.get("description")),
            operations=tuple(operations),
            models=tuple(sorted(self.models.values(), key=lambda m: m.name)),
            enums=tuple(sorted(self.enums.values(), key=lambda e: e.name)),
            unions=tuple(sorted(self.unions.values(), key=lambda u: u.name)),
            modules=modules,
        )

    def server_url(self) -> str | None:
        servers = self.document.get("servers")
        if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
            return None
        url = servers[0].get("url")
        if not isinstance(url, str):
            return None
        variables = servers[0].get("variables")
        if isinstance(variables, dict):
            for name, variable in variables.items():
                if isinstance(variable, dict) and "default" in variable:
                    url = url.replace("{" + str(name) + "}", str(variable["default"]))
        return url

    # -- operations ----------------------------------------------------------------

    def operation(self, path: str, method: str, names: Namespace) -> OperationIR:
        item_pointer = pointer_join("#/paths", path)
        item = self.document["paths"][path]
        pointer = pointer_join(item_pointer, method)
        operation = item[method]
        if not _well_formed_template(path):
            raise self.error(
                item_pointer,
                f"malformed path template {path!r}: each '{{' must be closed by a '}}' before the next",
                hint="write path parameters as /evals/{eval_id}",
            )
        tags = operation.get("tags")
        if tags is None:
            tags = []
        if not isinstance(tags, list):
            raise self.error(pointer_join(pointer, "tags"), "'tags' must be a list of names")
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            operation_id = f"{method}_{path}"
        name = names.claim(safe_snake(operation_id, fallback="operation"))
        type_prefix = pascal_case(operation_id) or "Operation"
        self.module_stack.append(safe_snake(name, "operation"))  # its inline types live together
        try:
            param_names = Namespace(RESERVED_PARAM_NAMES)
            params = self.parameters(item, item_pointer, operation, pointer, path, type_prefix, param_names)
            body, body_params = self.request_body(operation, pointer, type_prefix, param_names)
            response, errors = self.responses(operation, pointer, type_prefix)
        finally:
            self.module_stack.pop()
        return OperationIR(
            name=name,
            operation_id=operation_id,
            method=method.upper(),
            path=path,
            params=params + body_params,
            body=body,
            response=response,
            errors=errors,
            pagination=self.pagination(method, params, response),
            summary=_text(operation.get("summary")),
            description=_text(operation.get("description")),
            tags=tuple(str(tag) for tag in tags),
            deprecated=operation.get("deprecated") is True,
        )

    def parameters(
        self,
        item: dict[str, Any],
        item_pointer: str,
        operation: dict[str, Any],
        pointer: str,
        path: str,
        type_prefix: str,
        names: Namespace,
    ) -> tuple[ParamIR, ...]:
        found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for owner, owner_pointer in ((item, item_pointer), (operation, pointer)):
            raw = owner.get("parameters") or []
            if not isinstance(raw, list):
                raise self.error(pointer_join(owner_pointer, "parameters"), "'parameters' must be a list")
            for index, param in enumerate(raw):
                param_pointer = pointer_join(owner_pointer, "parameters", index)
                param, param_pointer = self.deref(param, param_pointer)
                if not isinstance(param, dict) or "name" not in param or "in" not in param:
                    raise self.error(param_pointer, "a parameter needs 'name' and 'in'")
                found[(str(param["in"]), str(param["name"]))] = (param, param_pointer)
        order = {"path": 0, "query": 1, "header": 2}
        template_order = [segment.split("}")[0] for segment in path.split("{")[1:]]

        def sort_key(entry: tuple[tuple[str, str], Any]) -> tuple[int, int]:
            (location, name), _ = entry
            if location == "path" and name in template_order:
                return (0, template_order.index(name))
            return (order.get(location, 3), 0)

        params = []
        for (location, wire_name), (param, param_pointer) in sorted(found.items(), key=sort_key):
            if location not in order:
                raise self.error(
                    param_pointer,
                    f"{location} parameters are not supported (parameter {wire_name!r})",
                    hint="exclude this operation with --paths/--tags, or correct it with --overlay",
                )
            schema = param.get("schema")
            schema_pointer = pointer_join(param_pointer, "schema")
            if schema is None and isinstance(param.get("content"), dict) and param["content"]:
                media_type = next(iter(param["content"]))
                media = param["content"][media_type]
                schema = media.get("schema", {}) if isinstance(media, dict) else {}
                schema_pointer = pointer_join(param_pointer, "content", media_type, "schema")
            type_, nullable, shape = self.field_type(
                schema if schema is not None else {}, schema_pointer, type_prefix + pascal_case(wire_name)
            )
            required = param.get("required") is True or location == "path"
            params.append(
                ParamIR(
                    wire_name=wire_name,
                    py_name=names.claim(safe_snake(wire_name, "param")),
                    location=location,  # type: ignore[arg-type]
                    type=type_,
                    required=required,
                    nullable=nullable,
                    default=shape.default,
                    description=_text(param.get("description")) or shape.description,
                    deprecated=param.get("deprecated") is True or shape.deprecated,
                )
            )
        missing = [name for name in template_order if ("path", name) not in found]
        if missing:
            raise self.error(
                pointer,
                f"path parameter {missing[0]!r} appears in the path but is not declared",
                hint="declare it under 'parameters' with 'in: path'",
            )
        return tuple(params)

    def request_body(
        self, operation: dict[str, Any], pointer: str, type_prefix: str, names: Namespace
    ) -> tuple[BodyIR | None, tuple[ParamIR, ...]]:
        if "requestBody" not in operation:
            return None, ()
        body, body_pointer = self.deref(operation["requestBody"], pointer_join(pointer, "requestBody"))
        if not isinstance(body, dict):
            raise self.error(body_pointer, "a request body must be a mapping with 'content'")
        media_type, schema, schema_pointer = self.json_content(body, body_pointer)
        if media_type is None:
            raise self.error(
                body_pointer,
                "the request body has no JSON content type",
                hint="only application/json bodies are supported; exclude this operation with --paths",
            )
        type_, nullable, shape = self.field_type(schema, schema_pointer, type_prefix + "Request")
        required = body.get("required") is True
        ir = BodyIR(type_, required, media_type, _text(body.get("description")) or shape.description)
        if isinstance(type_, ModelRef) and not nullable:
            params = tuple(
                ParamIR(
                    wire_name=f.wire_name,
                    py_name=names.claim(f.py_name),
                    location="body",
                    type=f.type,
                    required=required and f.required,
                    nullable=f.nullable,
                    default=f.default,
                    description=f.description,
                    deprecated=f.deprecated,
                )
                for f in self.models[type_.name].fields
            )
        else:
            params = (
                ParamIR("body", names.claim("body"), "body", type_, required, nullable, None, ir.description),
            )
        return ir, params

    def responses(
        self, operation: dict[str, Any], pointer: str, type_prefix: str
    ) -> tuple[ResponseIR | None, tuple[ResponseIR, ...]]:
        responses = operation.get("responses")
        if responses is None:
            responses = {}
        if not isinstance(responses, dict):
            raise self.error(pointer_join(pointer, "responses"), "'responses' must be a mapping")
        success: ResponseIR | None = None
        errors = []
        for status in sorted(responses, key=lambda s: str(s)):
            response, response_pointer = self.deref(
                responses[status], pointer_join(pointer, "responses", status)
            )
            if not isinstance(response, dict):
                raise self.error(response_pointer, "a response must be a mapping")
            code = str(status).upper() if str(status) != "default" else "default"
            is_success = code.startswith("2")
            hint = type_prefix + ("Response" if is_success else "Error" + safe_pascal(code, "Status"))
            _, schema, schema_pointer = self.json_content(response, response_pointer)
            type_: TypeRef | None = None
            nullable = False
            if schema is not None:
                type_, nullable, _ = self.field_type(schema, schema_pointer, hint)
            ir = ResponseIR(code, type_, _text(response.get("description")), nullable)
            if is_success:
                if success is None:
                    success = ir
            else:
                errors.append(ir)
        return success, tuple(errors)

    def json_content(self, holder: dict[str, Any], pointer: str) -> tuple[str | None, Any, str]:
        content = holder.get("content")
        if content is None:
            return None, None, pointer
        if not isinstance(content, dict):
            raise self.error(pointer_join(pointer, "content"), "'content' must be a mapping of media types")
        for media_type, media in content.items():
            base = str(media_type).split(";")[0].strip().lower()
            if base == "application/json" or base.endswith("+json"):
                schema_pointer = pointer_join(pointer, "content", media_type, "schema")
                schema = media.get("schema", {}) if isinstance(media, dict) else {}
                return str(media_type), schema, schema_pointer
        return None, None, pointer

    def pagination(
        self, method: str, params: tuple[ParamIR, ...], response: ResponseIR | None
    ) -> PaginationIR | None:
        """A GET with an ``after`` query parameter returning ``data``, ``has_more`` and ``last_id``."""
        if method != "get" or response is None or not isinstance(response.type, ModelRef):
            return None
        if not any(p.location == "query" and p.wire_name == "after" for p in params):
            return None
        fields = {f.wire_name: f for f in self.models[response.type.name].fields}
        data, has_more = fields.get("data"), fields.get("has_more")
        if (
            data is None
            or not isinstance(data.type, ListType)
            or has_more is None
            or has_more.type != PrimitiveType("boolean")
            or "last_id" not in fields
        ):
            return None
        return PaginationIR("after", data.type.item, response.type.name)

    # -- schemas -------------------------------------------------------------------

    def field_type(self, schema: Any, pointer: str, hint: str) -> tuple[TypeRef, bool, _Shape]:
        """The type of a value (field, parameter, body) and whether it may be null."""
        shape = self.shape(schema, pointer)
        type_, nullable = self.type_of_shape(shape, hint)
        return type_, nullable or shape.nullable, shape

    def type_of(self, schema: Any, pointer: str, hint: str) -> TypeRef:
        """The type of a value inside a container: nullability becomes a NullableType."""
        type_, nullable, _ = self.field_type(schema, pointer, hint)
        return NullableType(type_) if nullable else type_

    def type_of_shape(self, shape: _Shape, hint: str) -> tuple[TypeRef, bool]:
        kind = shape.kind
        if kind == "ref":
            assert shape.ref is not None
            return self.component_type(shape.ref)
        if kind == "any":
            return AnyType(), False
        if kind == "primitive":
            return PrimitiveType(shape.schema["type"], _text(shape.schema.get("format"))), False
        if kind == "const":
            return ConstType(shape.values[0]), False
        if kind in ("list", "map"):
            # The generated code nests as deeply as the types do: Python's parser and black
            # give up (or take minutes) long before a recursion limit would.
            if self.nesting >= MAX_NESTING:
                raise self.error(
                    shape.pointer,
                    f"arrays and maps nest more than {MAX_NESTING} levels deep here",
                    hint="flatten the schema, or correct it with --overlay",
                )
            self.nesting += 1
            try:
                if kind == "list":
                    items = shape.schema.get("items", {})
                    return ListType(self.type_of(items, pointer_join(shape.pointer, "items"), hint + "Item")), False
                # false as well: an object with nothing declared is an empty map of anything
                return MapType(self.extra_type(shape, hint)), False
            finally:
                self.nesting -= 1
        name = self.type_names.claim(safe_pascal(hint))
        return self.define(shape, name), False

    def extra_type(self, shape: _Shape, hint: str) -> TypeRef:
        """The type ``additionalProperties`` gives extra properties: anything unless it is a schema."""
        extra = shape.schema.get("additionalProperties", True)
        if not isinstance(extra, dict) or not extra:
            return AnyType()
        return self.type_of(extra, pointer_join(shape.pointer, "additionalProperties"), hint + "Value")

    def component_type(self, pointer: str) -> tuple[TypeRef, bool]:
        """The type a component schema stands for (built once; recursion-safe)."""
        if pointer in self.components:
            return self.components[pointer]
        schema, real_pointer = self.slice.resolve(pointer, pointer)
        if real_pointer != pointer:
            result = self.component_type(real_pointer)
            self.components[pointer] = result
            return result
        keys = pointer_keys(pointer)
        shape = self.shape(schema, pointer)
        name = self.component_names.get(pointer)
        if name is None:  # an alias (ref wrapper, list, map, primitive): use what it stands for
            hint = safe_pascal(keys[-1]) if keys else "Schema"
            self.components[pointer] = (AnyType(), shape.nullable)  # placeholder for cycles
            self.component_stack.append(pointer)
            self.module_stack.append("")  # its inline definitions get modules of their own
            try:
                type_, nullable = self.type_of_shape(shape, hint)
            finally:
                self.component_stack.pop()
                self.module_stack.pop()
            self.components[pointer] = (type_, nullable or shape.nullable)
            return self.components[pointer]
        ref: TypeRef = (
            ModelRef(name) if shape.kind == "model" else EnumRef(name) if shape.kind == "enum" else UnionRef(name)
        )
        self.components[pointer] = (ref, shape.nullable)
        self.module_stack.append(safe_snake(name, "module"))
        self.component_stack.append(pointer)
        try:
            self.define(shape, name)
        finally:
            self.module_stack.pop()
            self.component_stack.pop()
        return self.components[pointer]

    def define(self, shape: _Shape, name: str) -> TypeRef:
        """Build the named model, enum or union a shape describes."""
        own_module = not self.module_stack or not self.module_stack[-1]
        module = safe_snake(name, "module") if own_module else self.module_stack[-1]
        self.module_stack.append(module)
        self.order.append(name)
        nesting, self.nesting = self.nesting, 0  # a definition's code starts afresh
        try:
            if shape.kind == "model":
                self.models[name] = self.model(shape, name, module)
                return ModelRef(name)
            if shape.kind == "enum":
                self.enums[name] = self.enum(shape, name, module)
                return EnumRef(name)
            self.unions[name] = self.union(shape, name, module)
            return UnionRef(name)
        finally:
            self.module_stack.pop()
            self.nesting = nesting

    def model(self, shape: _Shape, name: str, module: str) -> ModelIR:
        schema = shape.schema
        properties = schema.get("properties") or {}
        if not isinstance(properties, dict):
            raise self.error(pointer_join(shape.pointer, "properties"), "'properties' must be a mapping")
        required = schema.get("required") or []
        if not isinstance(required, list):
            raise self.error(pointer_join(shape.pointer, "required"), "'required' must be a list")
        names = Namespace(RESERVED_FIELD_NAMES)
        fields = []
        for wire_name, prop in properties.items():
            prop_pointer = pointer_join(shape.pointer, "properties", wire_name)
            type_, nullable, prop_shape = self.field_type(prop, prop_pointer, name + pascal_case(str(wire_name)))
            fields.append(
                FieldIR(
                    wire_name=str(wire_name),
                    py_name=names.claim(safe_snake(str(wire_name), "field", RESERVED_FIELD_NAMES)),
                    type=type_,
                    required=wire_name in required,
                    nullable=nullable,
                    default=prop_shape.default,
                    description=prop_shape.description,
                    deprecated=prop_shape.deprecated,
                )
            )
        extra = schema.get("additionalProperties")
        additional = self.extra_type(shape, name) if extra is True or isinstance(extra, dict) else None
        return ModelIR(
            name=name,
            module=module,
            fields=tuple(fields),
            pointer=shape.pointer,
            additional=additional,
            description=shape.description,
            deprecated=shape.deprecated,
        )

    def enum(self, shape: _Shape, name: str, module: str) -> EnumIR:
        values = shape.values
        kind = "integer" if all(isinstance(v, int) and not isinstance(v, bool) for v in values) else "string"
        names = Namespace()
        members = tuple(
            EnumValueIR(value if kind == "integer" else str(value), names.claim(safe_constant(value)))
            for value in values
        )
        return EnumIR(name, module, members, kind, shape.pointer, shape.description)  # type: ignore[arg-type]

    def union(self, shape: _Shape, name: str, module: str) -> UnionIR:
        variants = []
        for index, (variant, variant_pointer) in enumerate(shape.variants):
            variant_shape = self.shape(variant, variant_pointer)
            suffix = _variant_suffix(variant_shape, index)
            type_, nullable = self.type_of_shape(variant_shape, name + suffix)
            if nullable or variant_shape.nullable:
                type_ = NullableType(type_)
            variants.append(VariantIR(type_))
        self.union_shapes[name] = shape
        snake_name = self.union_functions.claim(safe_snake(name, "union"))
        return UnionIR(name, module, tuple(variants), shape.pointer, snake_name, None, shape.description)

    def tag_union(self, union: UnionIR) -> UnionIR:
        found = self.discriminator(self.union_shapes[union.name], [v.type for v in union.variants])
        if found is None:
            return union
        discriminator, tags = found
        variants = tuple(VariantIR(v.type, t) for v, t in zip(union.variants, tags))
        return replace(union, variants=variants, discriminator=discriminator)

    def discriminator(
        self, shape: _Shape, variants: list[TypeRef]
    ) -> tuple[DiscriminatorIR, list[tuple[str, ...]]] | None:
        """The union's tag property and each variant's tag values, declared or inferred."""
        if not all(isinstance(v, ModelRef) for v in variants):
            return None
        models = [self.models[v.name] for v in variants]  # type: ignore[union-attr]
        declared = shape.schema.get("discriminator")
        # A declared tag property that no variant has and no mapping names says nothing a
        # payload could carry: the union is then parsed as if none were declared (rather
        # than refusing every payload).
        if (
            isinstance(declared, dict)
            and isinstance(declared.get("propertyName"), str)
            and (
                declared.get("mapping")
                or any(f.wire_name == declared["propertyName"] for m in models for f in m.fields)
            )
        ):
            prop = declared["propertyName"]
            mapping: dict[str, Any] = declared["mapping"] if isinstance(declared.get("mapping"), dict) else {}
            targets: dict[TypeRef, list[str]] = {}
            for tag, target in mapping.items():
                try:
                    _, target_pointer = self.slice.resolve(mapping_ref(str(target)), shape.pointer)
                except GeneratorError:
                    raise self.error(
                        pointer_join(shape.pointer, "discriminator", "mapping", tag),
                        f"discriminator mapping {tag!r} points to {target!r}, which does not exist",
                    ) from None
                targets.setdefault(self.component_type(target_pointer)[0], []).append(str(tag))
            all_tags = []
            for variant, model in zip(variants, models):
                tags = tuple(targets.get(variant) or _tag_values(model, prop, self.enums))
                all_tags.append(tags or (model.name,))  # no tag: OpenAPI's implicit mapping, the name
            every_tag = [tag for tags in all_tags for tag in tags]
            if len(every_tag) != len(set(every_tag)):
                return None  # one tag would name two variants: parse by trying them in order
            return DiscriminatorIR(prop, inferred=False), all_tags
        # No declared discriminator: a property holding one distinct constant in every variant.
        for candidate in models[0].fields:
            consts = [_const_tag(m, candidate.wire_name) for m in models]
            found = [tag for tag in consts if tag is not None]
            if len(found) == len(models) and len(set(found)) == len(found):
                return DiscriminatorIR(candidate.wire_name, inferred=True), [(tag,) for tag in found]
        return None

    # -- reducing a schema to its shape ------------------------------------------

    def shape(self, schema: Any, pointer: str) -> _Shape:
        """Reduce a schema to one kind; pure (no definitions are built)."""
        # Reducing a schema never needs the same schema again, except through a chain of
        # oneOf/anyOf/allOf/$ref with nothing in between, which defines nothing.
        key = (pointer, id(schema))
        if key in self.shaping:
            raise self.error(
                pointer,
                "this schema is defined only in terms of itself (through oneOf, anyOf, allOf or $ref)",
                hint="put an object or array between the schema and its use of itself, or drop that use",
            )
        self.shaping.add(key)
        try:
            return self.reduce(schema, pointer)
        finally:
            self.shaping.discard(key)

    def reduce(self, schema: Any, pointer: str) -> _Shape:
        if schema is True or schema is None:
            return _Shape("any", {}, pointer)
        if not isinstance(schema, dict):
            raise self.error(pointer, f"a schema must be a mapping, found {type(schema).__name__}")
        description = _text(schema.get("description"))
        default = Default(_json_value(schema["default"])) if "default" in schema else None
        deprecated = schema.get("deprecated") is True
        nullable = schema.get("nullable") is True

        def done(kind: str, **more: Any) -> _Shape:
            return _Shape(kind, schema, pointer, nullable, description=description, default=default, deprecated=deprecated, **more)

        if isinstance(schema.get("$ref"), str):
            target, target_pointer = self.slice.resolve(schema["$ref"], pointer)
            return self.wrap(self.shape_of_target(target, target_pointer), nullable, description, default, deprecated)
        if "$recursiveRef" in schema:
            if not self.component_stack:
                raise self.error(pointer, "$recursiveRef outside a component schema is not supported")
            component = self.component_stack[-1]
            return self.wrap(_Shape("ref", {}, component, ref=component), nullable, description, default, deprecated)

        all_of = schema.get("allOf")
        if isinstance(all_of, list) and all_of:
            return self.merge_all_of(schema, pointer, nullable, description, default, deprecated)

        types = schema.get("type")
        if isinstance(types, list):
            if "null" in types:
                nullable = True
            types = [t for t in types if t != "null"]
            if len(types) == 1:
                schema = {**schema, "type": types[0]}
            elif len(types) > 1:
                variants = [({**schema, "type": t}, pointer) for t in types]
                return done("union", variants=variants)
            else:
                return done("any")
        elif types == "null":
            return _Shape("any", schema, pointer, True, description=description)

        for keyword in ("oneOf", "anyOf"):
            options = schema.get(keyword)
            if not isinstance(options, list) or not options:
                continue
            variants = []
            for index, option in enumerate(options):
                option_pointer = pointer_join(pointer, keyword, index)
                if _is_null_schema(option):
                    nullable = True
                else:
                    variants.append((option, option_pointer))
            if not variants:
                return done("any")
            if len(variants) == 1 and not _has_structure(schema, keyword):
                inner = self.shape(*variants[0])
                return self.wrap(inner, nullable, description, default or inner.default, deprecated)
            collapsed = self.string_enum_union(variants)
            if collapsed is not None:
                if isinstance(collapsed, _Shape):
                    return self.wrap(collapsed, nullable, description, default, deprecated)
                return done("enum", values=collapsed)
            return done("union", variants=variants)

        if "const" in schema:
            const = _json_value(schema["const"])
            if not isinstance(const, (str, int, float, bool)):
                raise self.error(
                    pointer_join(pointer, "const"),
                    f"a const must be a string, number or boolean, found {type(const).__name__}",
                    hint="describe structured values with properties instead",
                )
            return done("const", values=[const])
        if isinstance(schema.get("enum"), list):
            values = [_json_value(v) for v in schema["enum"]]
            if None in values:
                nullable = True
                values = [v for v in values if v is not None]
            if len(values) == 1 and isinstance(values[0], (str, int, float, bool)):
                return done("const", values=values)
            if values and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
                return done("enum", values=list(dict.fromkeys(values)))
        type_ = schema.get("type")
        if type_ == "array" or (type_ is None and "items" in schema):
            return done("list")
        if type_ == "object" or (type_ is None and ("properties" in schema or "additionalProperties" in schema)):
            if schema.get("properties"):
                return done("model")
            return done("map")
        if type_ in _PRIMITIVES:
            return done("primitive")
        if type_ is None:
            return done("any")
        raise self.error(
            pointer_join(pointer, "type"),
            f"unknown schema type {type_!r}",
            hint=f"use one of: {', '.join(_PRIMITIVES + ('array', 'object', 'null'))}",
        )

    def shape_of_target(self, target: Any, pointer: str) -> _Shape:
        """A ref to a component stands for the component; other refs are inlined."""
        keys = pointer_keys(pointer)
        if len(keys) == 3 and keys[:2] == ["components", "schemas"]:
            return _Shape("ref", target if isinstance(target, dict) else {}, pointer, ref=pointer)
        return self.shape(target, pointer)

    def wrap(
        self, inner: _Shape, nullable: bool, description: str | None, default: Default | None, deprecated: bool
    ) -> _Shape:
        """The inner shape, with the facts its wrapper adds (a nullable ref, a described ref...)."""
        if inner.kind == "ref":
            target_nullable = self.shape(inner.schema, inner.pointer).nullable if inner.schema else False
            nullable = nullable or target_nullable
        return _Shape(
            inner.kind,
            inner.schema,
            inner.pointer,
            nullable or inner.nullable,
            inner.ref,
            inner.variants,
            inner.values,
            description or inner.description,
            default or inner.default,
            deprecated or inner.deprecated,
        )

    def merge_all_of(
        self,
        schema: dict[str, Any],
        pointer: str,
        nullable: bool,
        description: str | None,
        default: Default | None,
        deprecated: bool,
    ) -> _Shape:
        """``allOf``: one ``$ref`` and nothing else is that ref; otherwise merge the parts."""
        parts = schema["allOf"]
        if len(parts) == 1 and not _has_structure(schema, "allOf"):
            inner = self.shape(parts[0], pointer_join(pointer, "allOf", 0))
            return self.wrap(inner, nullable, description, default, deprecated)
        merged = self.flatten(schema, pointer, frozenset())
        if description:
            merged["description"] = description
        shape = self.shape(merged, pointer)
        shape.nullable = shape.nullable or nullable
        return shape

    def flatten(self, part: Any, pointer: str, seen: frozenset[str]) -> dict[str, Any]:
        """A schema with its refs followed and its ``allOf`` parts merged into one plain schema.

        Properties and required names accumulate; for other keywords the schema's own
        value wins over its parts'. Parts are objects unless they all say otherwise.
        """
        if pointer in seen:
            raise self.error(pointer, "allOf refers back to itself", hint="break the cycle of allOf references")
        seen = seen | {pointer}
        if not isinstance(part, dict):
            raise self.error(pointer, "an allOf part must be a mapping")
        if isinstance(part.get("$ref"), str):
            target, target_pointer = self.slice.resolve(part["$ref"], pointer)
            return self.flatten(target, target_pointer, seen)
        sub_parts = part.get("allOf")
        if not isinstance(sub_parts, list):
            return part
        result: dict[str, Any] = {}
        for index, sub in enumerate(sub_parts):
            sub_pointer = pointer_join(pointer, "allOf", index)
            self.merge_schema(result, self.flatten(sub, sub_pointer, seen), sub_pointer, own=False)
        own = {key: value for key, value in part.items() if key != "allOf"}
        self.merge_schema(result, own, pointer, own=True)
        if result.get("properties"):
            result["type"] = "object"
        return result

    def merge_schema(self, into: dict[str, Any], schema: dict[str, Any], pointer: str, own: bool) -> None:
        for key, value in schema.items():
            if key == "properties":
                if not isinstance(value, dict):
                    raise self.error(pointer_join(pointer, key), "'properties' must be a mapping")
                into.setdefault("properties", {}).update(value)
            elif key == "required":
                if not isinstance(value, list):
                    raise self.error(pointer_join(pointer, key), "'required' must be a list")
                required = into.setdefault("required", [])
                required += [name for name in value if name not in required]
            elif key == "title":
                continue
            elif own:
                into[key] = value
            else:
                into.setdefault(key, value)

    def string_enum_union(self, variants: list[tuple[Any, str]]) -> list[Any] | _Shape | None:
        """A union of strings where some are enums is one open enum (extra strings are kept anyway).

        Returns the merged values, or the one enum's shape when a single enum is mixed
        with plain strings, or None when this is a real union.
        """
        shapes = [self.shape(*variant) for variant in variants]
        resolved = [self.resolve_shape(s) for s in shapes]
        if not all(
            s.kind in ("enum", "const") and all(isinstance(v, str) for v in s.values)
            or (s.kind == "primitive" and s.schema.get("type") == "string" and not s.schema.get("format"))
            for s in resolved
        ):
            return None
        enums = [(shape, res) for shape, res in zip(shapes, resolved) if res.kind in ("enum", "const")]
        if not enums:
            return None
        if len(enums) == 1 and enums[0][1].kind == "enum":
            return enums[0][0]
        return list(dict.fromkeys(v for _, res in enums for v in res.values))

    def resolve_shape(self, shape: _Shape) -> _Shape:
        """Follow a ref shape to the shape of its target."""
        seen = set()
        while shape.kind == "ref" and shape.pointer not in seen:
            seen.add(shape.pointer)
            shape = self.shape(shape.schema, shape.pointer)
        return shape

    # -- modules -------------------------------------------------------------------

    def modules(self) -> tuple[ModuleIR, ...]:
        """Group definitions into modules; definitions in a reference cycle share one module."""
        definitions: dict[str, Any] = {**self.models, **self.enums, **self.unions}
        module_of = {name: d.module for name, d in definitions.items()}
        edges: dict[str, set[str]] = {module: set() for module in module_of.values()}
        for name, definition in definitions.items():
            for ref in _references(definition):
                if module_of[ref] != module_of[name]:
                    edges[module_of[name]].add(module_of[ref])
        merged = {}
        for component in _strongly_connected(edges):
            target = min(component)
            for module in component:
                merged[module] = target
        grouped: dict[str, list[str]] = {}
        rank = {name: index for index, name in enumerate(self.order)}
        for name in sorted(definitions, key=lambda n: (_kind_rank(definitions[n]), rank[n])):
            grouped.setdefault(merged[module_of[name]], []).append(name)
        modules = []
        for module, names in sorted(grouped.items()):
            modules.append(ModuleIR(module, tuple(_union_order(names, definitions))))
        # Definitions record the module they finally live in.
        for name, definition in definitions.items():
            final = merged[module_of[name]]
            if definition.module != final:
                store = self.models if name in self.models else self.enums if name in self.enums else self.unions
                store[name] = replace(definition, module=final)
        return tuple(modules)

    # -- helpers -------------------------------------------------------------------

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            return self.slice.resolve(node["$ref"], pointer)
        return node, pointer

    def error(self, pointer: str, message: str, hint: str | None = None) -> GeneratorError:
        return GeneratorError(message, location=self.slice.locate(pointer), hint=hint)


def _json_value(value: Any) -> Any:
    """A value from the spec as JSON data: YAML dates and times become ISO strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    return value


def _text(value: Any) -> str | None:
    """A description-like value as stripped text, or None."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _well_formed_template(path: str) -> bool:
    """Whether every ``{`` in a path is closed by a ``}`` before the next one opens."""
    open_brace = False
    for char in path:
        if char == "{":
            if open_brace:
                return False
            open_brace = True
        elif char == "}":
            if not open_brace:
                return False
            open_brace = False
    return not open_brace


def _is_null_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    return schema.get("type") == "null" or schema.get("enum") == [None] or ("const" in schema and schema["const"] is None)


def _has_structure(schema: dict[str, Any], combinator: str) -> bool:
    """Whether a wrapper says more than its one alternative (properties, items...)."""
    return any(key not in _ANNOTATIONS and key != combinator and not str(key).startswith("x-") for key in schema) or (
        schema.get("type") not in (None, "object") and combinator != "allOf"
    )


def _variant_suffix(shape: _Shape, index: int) -> str:
    """An inline variant is named after its constant tag if it has one, else its position."""
    if shape.kind == "model":
        for prop in (shape.schema.get("properties") or {}).values():
            if isinstance(prop, dict):
                values = prop.get("enum")
                if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
                    suffix = pascal_case(values[0])
                    if suffix:
                        return suffix
                if isinstance(prop.get("const"), str) and pascal_case(prop["const"]):
                    return pascal_case(prop["const"])
    return f"Variant{index + 1}"


def _const_tag(model: ModelIR, wire_name: str) -> str | None:
    for f in model.fields:
        if f.wire_name == wire_name and isinstance(f.type, ConstType) and isinstance(f.type.value, str):
            return f.type.value
    return None


def _tag_values(model: ModelIR, wire_name: str, enums: dict[str, EnumIR]) -> tuple[str, ...]:
    for f in model.fields:
        if f.wire_name != wire_name:
            continue
        if isinstance(f.type, ConstType):
            return (str(f.type.value),)
        if isinstance(f.type, EnumRef) and f.type.name in enums:
            return tuple(str(v.value) for v in enums[f.type.name].values)
    return ()


def _references(definition: Any) -> set[str]:
    """Names of the definitions a model or union refers to."""
    if isinstance(definition, ModelIR):
        extra = () if definition.additional is None else (definition.additional,)
        return names_in([*(f.type for f in definition.fields), *extra])
    if isinstance(definition, UnionIR):
        return names_in(v.type for v in definition.variants)
    return set()


def _kind_rank(definition: Any) -> int:
    return 0 if isinstance(definition, EnumIR) else 1 if isinstance(definition, ModelIR) else 2


def _union_order(names: list[str], definitions: dict[str, Any]) -> list[str]:
    """Keep enums, then models, then unions; a union comes after the unions it names."""
    placed: list[str] = []
    pending = list(names)
    while pending:
        for name in pending:
            definition = definitions[name]
            needs = _references(definition) & set(pending) if isinstance(definition, UnionIR) else set()
            needs = {n for n in needs if isinstance(definitions[n], UnionIR) and n != name}
            if not needs:
                placed.append(name)
                pending.remove(name)
                break
        else:  # unions naming each other: a cycle Python cannot order; keep declaration order
            placed += pending
            break
    return placed


def _strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative, over nodes in sorted order (deterministic)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(sorted(component))
    return result

