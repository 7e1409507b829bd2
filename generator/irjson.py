"""The IR as JSON and back, and as a readable summary (``python -m generator inspect``).

Every IR object becomes a JSON object whose first key, ``$kind``, names its class
(``$`` because it cannot clash with a field: several IR classes have a field called
``kind``); keys follow the dataclass field order, so the output is stable. ``api_from_json``
reverses it exactly (``api_from_json(api_to_json(api)) == api``), which lets a
generated package keep the IR it was made from.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from . import ir

_CLASSES = {
    cls.__name__: cls
    for cls in vars(ir).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls)
}
_KIND = "$kind"
_RAW_JSON_FIELDS = {("Default", "value"), ("ConstType", "value"), ("EnumValueIR", "value")}
#: Each IR class's fields in order, each with whether its value is JSON data kept as it is.
_FIELDS = {
    cls: tuple((field.name, (name, field.name) in _RAW_JSON_FIELDS) for field in dataclasses.fields(cls))
    for name, cls in _CLASSES.items()
}


def api_to_json(value: Any) -> Any:
    """Convert an IR object (or tuple of them) to plain JSON data."""
    fields = _FIELDS.get(type(value))
    if fields is not None:
        data: dict[str, Any] = {_KIND: type(value).__name__}
        for name, raw in fields:
            item = getattr(value, name)
            data[name] = item if raw else api_to_json(item)
        return data
    if isinstance(value, (tuple, list)):
        return [api_to_json(item) for item in value]
    return value


def api_from_json(data: Any) -> Any:
    """Rebuild IR objects from :func:`api_to_json` output (lists become tuples)."""
    if isinstance(data, dict) and data.get(_KIND) in _CLASSES:
        cls = _CLASSES[data[_KIND]]
        kwargs = {}
        for name, raw in _FIELDS[cls]:
            if name in data:
                item = data[name]
                kwargs[name] = item if raw else api_from_json(item)
        return cls(**kwargs)
    if isinstance(data, list):
        return tuple(api_from_json(item) for item in data)
    return data


def describe_type(type_: ir.TypeRef) -> str:
    """A short human-readable form of a type, close to its Python annotation."""
    if isinstance(type_, ir.PrimitiveType):
        name = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[type_.kind]
        return f"{name} ({type_.format})" if type_.format else name
    if isinstance(type_, ir.AnyType):
        return "Any"
    if isinstance(type_, ir.ConstType):
        return repr(type_.value)
    if isinstance(type_, ir.ListType):
        return f"list[{describe_type(type_.item)}]"
    if isinstance(type_, ir.MapType):
        return f"dict[str, {describe_type(type_.value)}]"
    if isinstance(type_, ir.NullableType):
        return f"{describe_type(type_.inner)} | None"
    return type_.name


def api_summary(api: ir.Api) -> str:
    """The IR as indented text: operations with their parameters, then every type."""
    lines = [
        f"{api.title} {api.version}  {api.server_url or '(no server URL)'}",
        (
            f"{len(api.operations)} operations, {len(api.models)} models, {len(api.enums)} enums, "
            f"{len(api.unions)} unions in {len(api.modules)} modules"
        ),
        "",
        "Operations",
    ]
    for op in api.operations:
        returns = describe_type(op.response.type) if op.response and op.response.type else "None"
        if op.pagination:
            returns += f" (cursor pages of {describe_type(op.pagination.item_type)})"
        lines.append(f"  {op.name}  {op.method} {op.path} -> {returns}")
        for param in op.params:
            lines.append(f"      {param.py_name}: {_field_text(param)}  [{param.location}]")
        for error in op.errors:
            error_type = describe_type(error.type) if error.type else "no body"
            lines.append(f"      on {error.status}: {error_type}")
    lines += ["", "Models"]
    for model in api.models:
        lines.append(f"  {model.name}  ({model.module})")
        for f in model.fields:
            wire = f" = {f.wire_name!r} on the wire" if f.wire_name != f.py_name else ""
            lines.append(f"      {f.py_name}: {_field_text(f)}{wire}")
    lines += ["", "Enums"]
    for enum in api.enums:
        values = ", ".join(repr(v.value) for v in enum.values)
        lines.append(f"  {enum.name}  ({enum.module}): {values}")
    lines += ["", "Unions"]
    for union in api.unions:
        tag = ""
        if union.discriminator:
            how = "inferred" if union.discriminator.inferred else "declared"
            tag = f" tagged by {union.discriminator.property!r} ({how})"
        lines.append(f"  {union.name}  ({union.module}){tag}")
        for variant in union.variants:
            tags = f"  <- {', '.join(map(repr, variant.tags))}" if variant.tags else ""
            lines.append(f"      {describe_type(variant.type)}{tags}")
    return "\n".join(lines) + "\n"


def _field_text(item: ir.FieldIR | ir.ParamIR) -> str:
    text = describe_type(item.type)
    if item.nullable:
        text += " | None"
    text += "" if item.required else " (optional)"
    if item.default is not None:
        text += f" default {item.default.value!r}"
    return text
