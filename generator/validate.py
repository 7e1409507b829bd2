"""Step 3: validate the slice (not the whole document) with openapi-spec-validator.

Whole upstream documents carry errors far from the operations we generate and
take many seconds to check; the slice is what we turn into code, so it is what
must be valid.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from typing import Any

from .errors import (
    GeneratorError,
    SpecErrors,
    error_from_data,
    error_to_data,
    pointer_join,
    shorten,
)
from .slice import LITERAL_KEYS, Slice
from .state import fingerprint

#: Keys whose values are data, not OpenAPI structure: the slicer's, and JSON Schema's list
#: of ``examples`` (the slicer walks a mapping of Example Objects there, which holds refs).
_DATA_KEYS = LITERAL_KEYS | {"examples"}
#: Prose: OpenAPI and JSON Schema ask only that it be a string, so its text cannot change
#: what validation finds.
_PROSE_KEYS = frozenset({"description", "summary"})
#: Where a "description" key may be data whose text matters: a discriminator's mapping
#: (name -> reference), OAuth scopes, and a Link's parameters and request body.
_VERBATIM_KEYS = _DATA_KEYS | {"mapping", "scopes", "links"}


class ValidatorFailed(GeneratorError):
    """openapi-spec-validator stopped with an exception of its own instead of reporting.

    The generator's own error about the same spec, when it has one, is the better message.
    """


def validation_units(spec_slice: Slice) -> dict[str, str]:
    """A fingerprint of each part that can be validated on its own: the top level, the paths,
    each component. Prose is left out where no reference can make the validator read it as
    a value: then a change to descriptions alone needs no validation."""
    document = spec_slice.document
    unit = _without_prose if _prose_is_never_read(document) else lambda value: value
    units = {
        "#": fingerprint(unit({k: v for k, v in document.items() if k not in ("paths", "components")})),
        "#/paths": fingerprint(unit(document.get("paths"))),
    }
    components = document.get("components")
    for kind, entries in (components.items() if isinstance(components, dict) else ()):
        if isinstance(entries, dict):
            for name, value in entries.items():
                units[pointer_join("#/components", kind, name)] = fingerprint(unit(value))
    return units


#: Where OpenAPI allows a Reference Object, and what it must name there: in an object, by key
#: (for one value, a list of them, or a map of them), and in a map of components, by kind.
_REFERENCE_PLACES: dict[str, tuple[str, str]] = {
    **{key: ("one", "schemas") for key in (
        "schema", "items", "additionalItems", "additionalProperties", "not", "contains", "propertyNames",
        "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    )},
    **{key: ("list", "schemas") for key in ("allOf", "anyOf", "oneOf", "prefixItems")},
    **{key: ("map", "schemas") for key in ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")},
    "parameters": ("list", "parameters"),
    "requestBody": ("one", "requestBodies"),
    "responses": ("map", "responses"),
    "headers": ("map", "headers"),
    "callbacks": ("map", "callbacks"),
    "paths": ("map", "pathItems"),
    "webhooks": ("map", "pathItems"),
}
_COMPONENT_REF = re.compile(r"#/components/([^/]+)/[^/]+")


def _prose_is_never_read(document: Any) -> bool:
    """Whether validation can only check that prose is a string, never read its text.

    openapi-spec-validator follows a ``$ref`` wherever it reads a value (a default, a
    parameter's name), so a reference to a description, or to a component holding one,
    from such a place makes its text matter. True when every ``$ref`` names a whole
    component of the kind its place calls for, and none sits in data.
    """
    pending: list[tuple[Any, str | None]] = [(document, None)]  # node, what a $ref there must name
    while pending:
        node, kind = pending.pop()
        if isinstance(node, list):
            pending.extend((item, None) for item in node)
            continue
        if not isinstance(node, dict):
            continue
        if "$ref" in node:
            target = node["$ref"]
            named = _COMPONENT_REF.fullmatch(target) if isinstance(target, str) else None
            if kind is None or named is None or named.group(1) != kind:
                return False
        for key, value in node.items():
            if _is_verbatim(key):
                if _holds_ref(value):
                    return False
                continue
            if key == "components" and node is document and isinstance(value, dict):
                for component_kind, entries in value.items():
                    if isinstance(entries, dict):
                        pending.extend((entry, str(component_kind)) for entry in entries.values())
                continue
            shape, value_kind = _REFERENCE_PLACES.get(str(key), ("one", None))
            if shape == "one":
                pending.append((value, value_kind))
            elif shape == "list" and isinstance(value, list):
                pending.extend((item, value_kind) for item in value)
            elif shape == "map" and isinstance(value, dict):
                pending.extend((item, value_kind) for item in value.values())
            else:
                pending.append((value, None))
    return True


def _is_verbatim(key: Any) -> bool:
    """Whether the value under ``key`` is data, where prose is not prose (one rule for both
    walks: what one leaves out, the other must have checked)."""
    return key in _VERBATIM_KEYS or str(key).startswith("x-")


def _holds_ref(node: Any) -> bool:
    if isinstance(node, dict):
        return "$ref" in node or any(_holds_ref(value) for value in node.values())
    if isinstance(node, list):
        return any(_holds_ref(item) for item in node)
    return False


def _without_prose(node: Any) -> Any:
    """``node`` with the text of each description and summary emptied (data left as it is).

    Sound wherever such a key holds a string: in an OpenAPI or JSON Schema object it is
    prose, and where it names something (a property, a response) a string is invalid
    whatever its text. Only data is different, so data is kept verbatim.
    """
    if isinstance(node, dict):
        kept = {}
        for key, value in node.items():
            if key in _PROSE_KEYS and isinstance(value, str):
                kept[key] = ""
            elif _is_verbatim(key):
                kept[key] = value
            else:
                kept[key] = _without_prose(value)
        return kept
    if isinstance(node, list):
        return [_without_prose(item) for item in node]
    return node


def validate_slice(spec_slice: Slice, known_valid: Mapping[str, str] | None = None) -> dict[str, str]:
    """Raise :class:`SpecErrors` listing every validation error in the slice, with its pointer.

    ``known_valid`` maps parts of an earlier slice that passed validation to their
    fingerprints: only what changed since (with what it references) is validated
    again, and when nothing changed the validator is not even loaded. Returns the
    fingerprints of the parts now known to be valid.
    """
    units = validation_units(spec_slice)
    document = _to_validate(spec_slice, units, known_valid)
    if document is not None:
        _validate_document(spec_slice, document)
    return units


def start_validation(spec_slice: Slice, known_valid: Mapping[str, str] | None = None) -> Callable[[], dict[str, str]]:
    """Validate in a forked process while the caller goes on; call the result to wait.

    Waiting returns what :func:`validate_slice` returns, or raises what it raised.
    Validation is the slowest step and independent of building and rendering, so on
    a machine with more than one core it need not add to the time of a run. Where
    ``fork`` is unavailable it runs here and now.
    """
    units = validation_units(spec_slice)
    document = _to_validate(spec_slice, units, known_valid)
    if document is None:
        return lambda: units
    if not hasattr(os, "fork"):
        try:
            _validate_document(spec_slice, document)
        except GeneratorError as error:
            failure = error

            def fail() -> dict[str, str]:
                raise failure

            return fail
        return lambda: units
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: validate, report as JSON, leave without running any cleanup
        os.close(read_end)
        try:
            _validate_document(spec_slice, document)
            payload: dict[str, Any] = {}
        except GeneratorError as error:
            payload = {"error": error_to_data(error), "failed": isinstance(error, ValidatorFailed)}
        except BaseException as crash:  # noqa: BLE001 - reported to the parent, which raises
            payload = {"crash": f"{type(crash).__name__}: {shorten(crash)}"}
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(json.dumps(payload).encode())
        os._exit(0)
    os.close(write_end)

    def wait() -> dict[str, str]:
        with os.fdopen(read_end, "rb") as pipe:
            raw = pipe.read()
        os.waitpid(pid, 0)
        try:
            payload = json.loads(raw)
        except ValueError:
            payload = {"crash": "the validating process ended without a result"}
        if "error" in payload:
            error = error_from_data(payload["error"])
            if payload.get("failed"):
                raise ValidatorFailed(error.message, location=error.location, hint=error.hint)
            raise error
        if "crash" in payload:
            raise ValidatorFailed(
                f"internal error: validation crashed: {payload['crash']}",
                hint="this is a bug; --no-validate skips validation meanwhile",
            )
        return units

    return wait


def _to_validate(
    spec_slice: Slice, units: dict[str, str], known_valid: Mapping[str, str] | None
) -> dict[str, Any] | None:
    """What needs validating: the slice, the part that changed since ``known_valid``, or nothing."""
    if not known_valid:
        return spec_slice.document
    changed = [unit for unit, value in units.items() if known_valid.get(unit) != value]
    if not changed:
        return None
    if "#" in changed or "#/paths" in changed:  # the operations changed: check all
        return spec_slice.document
    return spec_slice.part(changed, with_paths=False)


def _validate_document(spec_slice: Slice, document: dict[str, Any]) -> None:
    version = str(document.get("openapi", ""))
    if not version.startswith(("3.0", "3.1")):
        found = f"'openapi: {version}'" if version else "no 'openapi' field"
        raise GeneratorError(
            f"unsupported OpenAPI version: found {found}",
            location=spec_slice.locate("#/openapi"),
            hint="the generator reads OpenAPI 3.0 and 3.1 documents",
        )
    _refuse_non_string_keys(spec_slice, document)
    errors = []
    seen: set[str] = set()
    found_errors: list[Any] = []
    try:
        found_errors.extend(_validator_class(version)(document).iter_errors())  # keeps what came before a crash
    except Exception as crash:  # noqa: BLE001 - any of the library's own failures
        # The library assumes a well-formed document in places (and recurses without
        # limit); what it reported before crashing is the cause, otherwise say what happened.
        if not found_errors:
            raise ValidatorFailed(
                f"openapi-spec-validator could not check the spec ({type(crash).__name__}: {shorten(crash)})",
                location=spec_slice.locate("#"),
                hint="the spec is malformed in a way the validator does not report; "
                "run with --no-validate to get the generator's own error message",
            ) from None
    for found in found_errors:
        for error in _leaves(found):
            pointer = _real_pointer(spec_slice, list(error.absolute_path))
            if pointer in seen:  # 3.0 schemas are checked twice: in the whole document, then one by one
                continue
            seen.add(pointer)
            errors.append(GeneratorError(shorten(error.message), location=spec_slice.locate(pointer)))
    # The library's order depends on set iteration; report in document order.
    errors.sort(key=lambda e: (e.location.line or 0, e.location.column or 0, e.location.pointer or ""))
    if errors:
        raise SpecErrors(
            f"the spec is not valid OpenAPI {version}: {len(errors)} error(s) in the operations "
            "being generated and the schemas they use",
            errors,
            hint="fix the spec (or correct it with --overlay); --no-validate skips this check",
        )


def _refuse_non_string_keys(spec_slice: Slice, document: dict[str, Any]) -> None:
    """JSON has only string keys; YAML reads an unquoted ``200:`` as a number (the validator
    would stop on it with an error of its own)."""
    errors = []
    pending: list[tuple[Any, str]] = [(document, "#")]
    while pending:
        node, pointer = pending.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                child = pointer_join(pointer, key)
                if key in _DATA_KEYS or str(key).startswith("x-"):
                    continue  # data, not OpenAPI: JSON Schema keys mean nothing there
                if not isinstance(key, str):
                    kind = "a boolean" if isinstance(key, bool) else "a number" if isinstance(key, (int, float)) else "not text"
                    errors.append(
                        GeneratorError(
                            f"the key {key!r} is {kind}, not a string",
                            location=spec_slice.locate(child),
                        )
                    )
                pending.append((value, child))
        elif isinstance(node, list):
            pending.extend((item, pointer_join(pointer, index)) for index, item in enumerate(node))
    if errors:
        errors.sort(key=lambda e: (e.location.line or 0, e.location.column or 0))
        raise SpecErrors(
            f"the spec is not valid OpenAPI: {len(errors)} key(s) that are not strings",
            errors,
            hint="quote them, as in '200':, which OpenAPI asks for status codes",
        )


def _validator_class(version: str) -> Any:
    """The library's validator, with each keyword check noting where its errors come from.

    The library checks schemas, parameters and so on one by one and reports
    errors relative to the object being checked; the wrapper records that
    object's path so the error can name a pointer in the document. For 3.1 the
    schema check also reports every error of a schema, not only the first.
    """
    from jsonschema_path import SchemaPath
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base = OpenAPIV30SpecValidator if version.startswith("3.0") else OpenAPIV31SpecValidator
    located: dict[int, Any] = {}  # errors already given their full path (kept alive: ids stay unique)

    def locating(keyword_class: Any) -> Any:
        def __call__(self: Any, *args: Any, **kwargs: Any) -> Any:
            paths = [arg for arg in args if isinstance(arg, SchemaPath)]
            for error in keyword_class.__call__(self, *args, **kwargs):
                if paths and id(error) not in located:
                    located[id(error)] = error
                    error.path.extendleft(reversed(paths[-1].parts))
                yield error

        return type(keyword_class.__name__, (keyword_class,), {"__call__": __call__})

    keyword_validators = {
        name: locating(_every_meta_error(cls) if name == "schema" and base is OpenAPIV31SpecValidator else cls)
        for name, cls in base.keyword_validators.items()
    }
    attributes = {"keyword_validators": keyword_validators, "schema_validator": _crawled(base.schema_validator)}
    return type(base.__name__, (base,), attributes)


def _crawled(schema_validator: Any) -> Any:
    """The library's check of the whole document against the OpenAPI schema, with that
    schema's references indexed once.

    The library leaves the OpenAPI schema un-indexed, so each of its ``$dynamicRef``s
    indexes it again: 164 times for the upstream slice, 0.6 s of the 0.7 s check. The
    same check with an indexed registry finds the same errors. Unless the library's
    validator is jsonschema's own for that schema (it can use jsonschema-rs instead), it
    is used as it is.
    """
    from jsonschema.validators import validator_for
    from jsonschema_specifications import REGISTRY as SPECIFICATIONS
    from referencing.jsonschema import specification_with

    try:
        schema = schema_validator.schema
        if not isinstance(schema_validator, validator_for(schema)):
            return schema_validator
        resource = specification_with(schema["$schema"]).create_resource(schema)
        registry = SPECIFICATIONS.with_resource(resource.id() or "", resource).crawl()
        return validator_for(schema)(schema, registry=registry)
    except Exception:  # noqa: BLE001 - any surprise: the library's own, slower but the same
        return schema_validator


def _every_meta_error(schema_class: Any) -> Any:
    """The library's 3.1 schema check, reporting every error of a schema against its dialect.

    The library checks a 3.1 schema with ``check_schema``, which raises the first error
    only, and which one comes first varies from run to run. Here the same meta-schema
    check lists them all. Where the library's internals are not as expected, its own
    check runs.
    """

    def __call__(
        self: Any, schema: Any, require_properties: bool = True, meta_checked: bool = False
    ) -> Any:
        value = schema.read_value()
        checked = getattr(self, "meta_checked_schema_ids", None)
        if not meta_checked and isinstance(value, (Mapping, bool)) and isinstance(checked, list):
            errors = None if id(value) in checked else _meta_errors(self, schema, value)
            if errors is not None:
                checked.append(id(value))
                if errors:
                    yield from errors
                    return
                meta_checked = True
        yield from schema_class.__call__(self, schema, require_properties, meta_checked)

    return type(schema_class.__name__, (schema_class,), {"__call__": __call__})


def _meta_errors(keyword_validator: Any, schema: Any, value: Any) -> list[Any] | None:
    """Every error of ``value`` against its dialect's meta-schema, as the library's check
    would find them one at a time; None when that check cannot be rebuilt."""
    from jsonschema.validators import validator_for

    try:
        # The registry that resolves the OpenAPI dialect's own meta-schemas.
        from openapi_schema_validator._specifications import REGISTRY

        checker = keyword_validator._get_schema_checker(schema, value)
        schema_class = checker.func.__self__  # a partial of the validator class's check_schema
        meta_class = validator_for(schema_class.META_SCHEMA, default=schema_class)
        meta_validator = meta_class(
            schema_class.META_SCHEMA,
            format_checker=checker.keywords.get("format_checker", schema_class.FORMAT_CHECKER),
            registry=REGISTRY,
        )
    except (ImportError, AttributeError, TypeError, ValueError):
        return None
    return list(meta_validator.iter_errors(value))


def _real_pointer(spec_slice: Slice, keys: list[Any]) -> str:
    """The pointer of ``keys`` in the document, following ``$ref`` where the path goes through one."""
    node: Any = spec_slice.document
    pointer = "#"
    for key in keys:
        if isinstance(node, dict) and key not in node and isinstance(node.get("$ref"), str):
            try:
                node, pointer = spec_slice.resolve(node["$ref"], pointer)
            except GeneratorError:
                break
        pointer = pointer_join(pointer, key)
        if isinstance(node, dict):
            node = node.get(key)
        elif isinstance(node, list) and isinstance(key, int) and key < len(node):
            node = node[key]
        else:
            node = None
    return pointer


def _leaves(error: Any) -> list[Any]:
    """The errors to report for one library error.

    A failed ``oneOf``/``anyOf`` holds the errors of every alternative in its
    ``context``. The alternative that got deepest into the document is the one
    the author meant (a Schema rather than a Reference, say): report all of its
    errors, each reduced the same way.
    """
    if not error.context:
        return [error]
    branches: dict[Any, list[Any]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else -1, []).append(sub)
    ordered = sorted(branches.items(), key=lambda item: item[0] if isinstance(item[0], int) else -1)
    _, best = max(ordered, key=lambda item: max(_reach(sub) for sub in item[1]))  # first of equals
    return [leaf for sub in best for leaf in _leaves(sub)]


def _reach(error: Any) -> int:
    """How deep into the document an error, or any error in its context, goes."""
    return max([len(error.absolute_path), *(_reach(sub) for sub in error.context)])

