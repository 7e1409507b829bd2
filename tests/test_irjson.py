"""The IR as JSON and back, and as a summary (generator/irjson.py)."""

from __future__ import annotations

import dataclasses
import json
import textwrap

import pytest

from generator import ir
from generator.build import build_ir
from generator.irjson import api_from_json, api_summary, api_to_json, describe_type
from generator.load import parse_document
from generator.slice import slice_spec

RICH = """\
    openapi: 3.1.0
    info: {title: Evals API, version: '2.3.0', description: Everything.}
    servers: [{url: 'https://api.example.com/v1'}]
    paths:
      /evals:
        get:
          operationId: listEvals
          tags: [Evals]
          parameters:
            - {name: after, in: query, schema: {type: string}}
            - {name: limit, in: query, schema: {type: integer, default: 20}}
            - {name: order, in: query, schema: {type: string, enum: [asc, desc], default: asc}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/EvalList'}
            '429':
              description: slow down
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
        post:
          operationId: createEval
          deprecated: true
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: object
                  required: [criteria]
                  properties:
                    criteria: {type: array, items: {$ref: '#/components/schemas/Grader'}}
                    metadata: {type: [object, 'null'], additionalProperties: {type: string}}
                    options:
                      type: object
                      default: {$kind: ModelRef, name: NotAType, nested: [1, 2.5, true, null]}
          responses:
            '201': {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Eval'}}}}
    components:
      schemas:
        Error: {type: object, properties: {message: {type: string}}}
        Eval:
          type: object
          required: [id, object]
          description: An eval.
          properties:
            object: {type: string, enum: [eval], x-stainless-const: true}
            id: {type: string}
            ratio: {const: 1.5}
            flag: {const: true}
            score: {anyOf: [{type: number}, {type: string}, {type: 'null'}]}
            tags: {type: array, items: {type: [string, 'null']}}
            extra: {type: object}
            graders: {type: array, items: {$ref: '#/components/schemas/Grader'}}
            level: {type: integer, enum: [1, 2, 3]}
            created_at: {type: integer, format: unixtime, deprecated: true}
        EvalList:
          type: object
          properties:
            data: {type: array, items: {$ref: '#/components/schemas/Eval'}}
            has_more: {type: boolean}
            last_id: {type: string}
        Grader:
          oneOf:
            - {$ref: '#/components/schemas/StringCheck'}
            - {$ref: '#/components/schemas/Python'}
        StringCheck:
          type: object
          properties:
            type: {type: string, enum: [string_check]}
            operation: {type: string, enum: [eq, ne]}
        Python:
          type: object
          additionalProperties: true
          properties:
            type: {const: python}
            source: {type: string}
    """


@pytest.fixture(scope="module")
def api() -> ir.Api:
    document = parse_document(textwrap.dedent(RICH).encode(), "rich.yaml")
    return build_ir(slice_spec(document))


def test_fixture_is_rich(api: ir.Api) -> None:
    """The round-trip test below is only as good as the variety of what it round-trips."""
    kinds: set[str] = set()

    def walk(value: object) -> None:
        if dataclasses.is_dataclass(value):
            kinds.add(type(value).__name__)
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    walk(api)
    all_classes = {
        name
        for name, cls in vars(ir).items()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == ir.__name__
    }
    assert kinds == all_classes


def test_round_trip_is_exact(api: ir.Api) -> None:
    assert api_from_json(api_to_json(api)) == api


def test_round_trip_through_json_text(api: ir.Api) -> None:
    text = json.dumps(api_to_json(api))

    assert api_from_json(json.loads(text)) == api


def test_raw_values_are_not_mistaken_for_ir(api: ir.Api) -> None:
    rebuilt = api_from_json(json.loads(json.dumps(api_to_json(api))))

    body = next(p for p in rebuilt.operations[1].params if p.wire_name == "options")
    assert body.default == ir.Default(
        {"$kind": "ModelRef", "name": "NotAType", "nested": [1, 2.5, True, None]}
    )
    eval_fields = {f.wire_name: f for m in rebuilt.models if m.name == "Eval" for f in m.fields}
    assert eval_fields["ratio"].type == ir.ConstType(1.5)
    assert eval_fields["flag"].type == ir.ConstType(True)


def test_kind_first_then_field_order(api: ir.Api) -> None:
    data = api_to_json(api)

    assert list(data) == ["$kind"] + [f.name for f in dataclasses.fields(ir.Api)]
    first_field = data["models"][0]["fields"][0]
    assert list(first_field) == ["$kind"] + [f.name for f in dataclasses.fields(ir.FieldIR)]
    assert first_field["$kind"] == "FieldIR"


@pytest.mark.parametrize(
    "value",
    [
        ir.PrimitiveType("integer", "unixtime"),
        ir.EnumIR("E", "e", (ir.EnumValueIR(1, "V_1"),), "integer", "#/x"),
        ir.PaginationIR("after", ir.ModelRef("Item"), "Page"),
    ],
)
def test_classes_with_a_kind_field_keep_it(value: object) -> None:
    data = api_to_json(value)

    assert data["$kind"] == type(value).__name__
    assert data["kind"] == value.kind  # type: ignore[attr-defined]
    assert api_from_json(data) == value


def test_json_is_stable(api: ir.Api) -> None:
    document = parse_document(textwrap.dedent(RICH).encode(), "rich.yaml")
    again = build_ir(slice_spec(document))

    assert json.dumps(api_to_json(api)) == json.dumps(api_to_json(again))


def test_tuples_become_lists(api: ir.Api) -> None:
    data = api_to_json(api)

    assert isinstance(data["operations"], list)
    assert isinstance(data["operations"][0]["params"], list)


def test_missing_optional_keys_take_defaults() -> None:
    data = {
        "$kind": "FieldIR",
        "wire_name": "a",
        "py_name": "a",
        "type": {"$kind": "AnyType"},
        "required": True,
        "nullable": False,
    }

    assert api_from_json(data) == ir.FieldIR("a", "a", ir.AnyType(), True, False)


@pytest.mark.parametrize(
    ("type_", "text"),
    [
        (ir.PrimitiveType("string"), "str"),
        (ir.PrimitiveType("integer", "unixtime"), "int (unixtime)"),
        (ir.AnyType(), "Any"),
        (ir.ConstType("eval"), "'eval'"),
        (ir.ListType(ir.NullableType(ir.PrimitiveType("number"))), "list[float | None]"),
        (ir.MapType(ir.ModelRef("Eval")), "dict[str, Eval]"),
        (ir.UnionRef("Grader"), "Grader"),
    ],
)
def test_describe_type(type_: ir.TypeRef, text: str) -> None:
    assert describe_type(type_) == text


class TestSummary:
    def test_header_counts(self, api: ir.Api) -> None:
        lines = api_summary(api).splitlines()

        assert lines[0] == "Evals API 2.3.0  https://api.example.com/v1"
        assert lines[1] == (
            f"2 operations, {len(api.models)} models, {len(api.enums)} enums, "
            f"{len(api.unions)} unions in {len(api.modules)} modules"
        )

    def test_mentions_operations_params_and_errors(self, api: ir.Api) -> None:
        summary = api_summary(api)

        assert "  list_evals  GET /evals -> EvalList (cursor pages of Eval)\n" in summary
        assert "      limit: int (optional) default 20  [query]\n" in summary
        assert "      on 429: Error\n" in summary
        assert "  create_eval  POST /evals -> Eval\n" in summary
        assert "      criteria: list[Grader]  [body]\n" in summary
        assert "      metadata: dict[str, str] | None (optional)  [body]\n" in summary

    def test_mentions_union_tags(self, api: ir.Api) -> None:
        summary = api_summary(api)

        assert "  Grader  (grader) tagged by 'type' (inferred)\n" in summary
        assert "      StringCheck  <- 'string_check'\n" in summary
        assert "      Python  <- 'python'\n" in summary

    def test_mentions_models_enums_and_wire_names(self, api: ir.Api) -> None:
        summary = api_summary(api)

        assert "  Eval  (eval)\n      object: 'eval'\n      id: str\n" in summary
        assert "      level: EvalLevel (optional)\n" in summary
        assert "  EvalLevel  (eval): 1, 2, 3\n" in summary

    def test_wire_name_shown_when_different(self) -> None:
        document = parse_document(
            textwrap.dedent("""\
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /evals:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {type: object, properties: {from: {type: string}}}
                """).encode(),
            "s.yaml",
        )

        summary = api_summary(build_ir(slice_spec(document)))

        assert "      from_: str (optional) = 'from' on the wire\n" in summary
