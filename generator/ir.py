"""The intermediate model (IR): everything the renderer needs to know about an API.

The IR builder (:mod:`generator.build`) makes every decision: names, types,
nullability, unions and their tags, pagination, which module a definition lives
in. The renderer only reads these classes. They are plain frozen dataclasses that
hold names and facts, never Python source or template text, so two IRs can be
compared with ``==`` and printed as JSON.

Types are values of :data:`TypeRef`::

    PrimitiveType   string / integer / number / boolean (+ format)
    AnyType         any JSON value (a schema with no constraints)
    ConstType       exactly one JSON scalar (a single-value enum or const)
    ListType        a JSON array of one item type
    MapType         a JSON object used as a map (additionalProperties)
    NullableType    another type or null, where it appears inside a container
    ModelRef        a named object with known fields      -> ModelIR
    EnumRef         a named set of string or integer values -> EnumIR
    UnionRef        a named choice between types         -> UnionIR

A field's own nullability is a flag on :class:`FieldIR` (its ``type`` is never a
``NullableType``); "may be absent" (``required``) and "may be null"
(``nullable``) are separate facts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

#: A JSON value as loaded from a spec (defaults, enum values, consts).
JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]


@dataclass(frozen=True)
class PrimitiveType:
    """A JSON scalar of one kind; ``format`` is the spec's format string (``uri``, ``date-time``...)."""

    kind: Literal["string", "integer", "number", "boolean"]
    format: str | None = None


@dataclass(frozen=True)
class AnyType:
    """Any JSON value: the schema places no constraint on it."""


@dataclass(frozen=True)
class ConstType:
    """Exactly one JSON scalar, from ``const``, ``x-stainless-const`` or a one-value ``enum``."""

    value: str | int | float | bool


@dataclass(frozen=True)
class ListType:
    """A JSON array whose items all have ``item`` type."""

    item: TypeRef


@dataclass(frozen=True)
class MapType:
    """A JSON object used as a map from string keys to ``value`` (free-form: ``AnyType``)."""

    value: TypeRef


@dataclass(frozen=True)
class NullableType:
    """``inner`` or null; only used inside containers and unions (fields carry a flag)."""

    inner: TypeRef


@dataclass(frozen=True)
class ModelRef:
    """A reference to the :class:`ModelIR` called ``name``."""

    name: str


@dataclass(frozen=True)
class EnumRef:
    """A reference to the :class:`EnumIR` called ``name``."""

    name: str


@dataclass(frozen=True)
class UnionRef:
    """A reference to the :class:`UnionIR` called ``name``."""

    name: str


TypeRef = (
    PrimitiveType
    | AnyType
    | ConstType
    | ListType
    | MapType
    | NullableType
    | ModelRef
    | EnumRef
    | UnionRef
)


def names_in(types: Iterable[TypeRef]) -> set[str]:
    """The names of the models, enums and unions that ``types`` mention, inside containers too."""
    names: set[str] = set()
    stack = list(types)
    while stack:
        type_ = stack.pop()
        if isinstance(type_, (ModelRef, EnumRef, UnionRef)):
            names.add(type_.name)
        elif isinstance(type_, ListType):
            stack.append(type_.item)
        elif isinstance(type_, MapType):
            stack.append(type_.value)
        elif isinstance(type_, NullableType):
            stack.append(type_.inner)
    return names


@dataclass(frozen=True)
class Default:
    """A default value given by the spec (documentation: absent values are never filled in)."""

    value: JsonValue


@dataclass(frozen=True)
class FieldIR:
    """One property of a model.

    ``wire_name`` is the JSON key, always kept exactly; ``py_name`` the attribute
    name, a safe identifier unique within the model.
    """

    wire_name: str
    py_name: str
    type: TypeRef
    required: bool
    nullable: bool
    default: Default | None = None
    description: str | None = None
    deprecated: bool = False


@dataclass(frozen=True)
class ModelIR:
    """A JSON object with known properties, rendered as a dataclass.

    ``additional`` is the declared type of extra properties, if any; extra
    properties are kept and written back whatever it says. ``pointer`` is the
    JSON pointer of the schema that defines the model.
    """

    name: str
    module: str
    fields: tuple[FieldIR, ...]
    pointer: str
    additional: TypeRef | None = None
    description: str | None = None
    deprecated: bool = False


@dataclass(frozen=True)
class EnumValueIR:
    """One allowed value of an enum and the member name it gets."""

    value: str | int
    py_name: str


@dataclass(frozen=True)
class EnumIR:
    """A closed list of string or integer values; parsing keeps values not listed (open enum)."""

    name: str
    module: str
    values: tuple[EnumValueIR, ...]
    kind: Literal["string", "integer"]
    pointer: str
    description: str | None = None


@dataclass(frozen=True)
class VariantIR:
    """One choice of a union, with the discriminator values that select it (if tagged)."""

    type: TypeRef
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class DiscriminatorIR:
    """The property whose value picks a union's variant.

    ``inferred`` is true when the spec declares no ``discriminator`` but every
    variant has this property holding one constant value.
    """

    property: str
    inferred: bool


@dataclass(frozen=True)
class UnionIR:
    """A choice between types (``oneOf`` / ``anyOf``), variants in declaration order.

    Without a discriminator, parsing tries the variants in order. ``snake_name`` is
    the unique stem of its module-level helpers (``parse_<snake_name>`` ...).
    """

    name: str
    module: str
    variants: tuple[VariantIR, ...]
    pointer: str
    snake_name: str
    discriminator: DiscriminatorIR | None = None
    description: str | None = None


@dataclass(frozen=True)
class ParamIR:
    """A parameter of an operation: path, query, header, or one field of a JSON object body."""

    wire_name: str
    py_name: str
    location: Literal["path", "query", "header", "body"]
    type: TypeRef
    required: bool
    nullable: bool = False
    default: Default | None = None
    description: str | None = None
    deprecated: bool = False


@dataclass(frozen=True)
class BodyIR:
    """An operation's JSON request body.

    When ``type`` is a model its fields are the operation's ``body`` parameters;
    otherwise the whole body is one parameter.
    """

    type: TypeRef
    required: bool
    media_type: str = "application/json"
    description: str | None = None


@dataclass(frozen=True)
class ResponseIR:
    """A documented response: status code (``"200"``, ``"4XX"``, ``"default"``) and body type,
    which may be ``null`` when ``nullable``."""

    status: str
    type: TypeRef | None
    description: str | None = None
    nullable: bool = False


@dataclass(frozen=True)
class PaginationIR:
    """Cursor pagination: pass the last item's id back as ``cursor_param`` for the next page."""

    cursor_param: str
    item_type: TypeRef
    page_model: str
    kind: Literal["cursor"] = "cursor"


@dataclass(frozen=True)
class OperationIR:
    """One HTTP operation; ``name`` is its method name (the snake_cased operationId)."""

    name: str
    operation_id: str
    method: str
    path: str
    params: tuple[ParamIR, ...]
    body: BodyIR | None
    response: ResponseIR | None
    errors: tuple[ResponseIR, ...]
    pagination: PaginationIR | None = None
    summary: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    deprecated: bool = False


@dataclass(frozen=True)
class ModuleIR:
    """A module of the generated models package and the definitions it holds, in order.

    Definitions that refer to each other in a cycle share one module, so modules
    import each other without cycles.
    """

    name: str
    definitions: tuple[str, ...]


@dataclass(frozen=True)
class Api:
    """The whole API: where it lives, what it can do, and the types it speaks."""

    title: str
    version: str
    server_url: str | None
    description: str | None
    operations: tuple[OperationIR, ...]
    models: tuple[ModelIR, ...]
    enums: tuple[EnumIR, ...]
    unions: tuple[UnionIR, ...]
    modules: tuple[ModuleIR, ...]
