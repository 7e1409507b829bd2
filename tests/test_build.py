"""Step 4: the IR builder (generator/build.py), one rule per test, each with a tiny spec."""

from __future__ import annotations

import json
import textwrap
from dataclasses import replace
from typing import Any

import pytest

from generator.build import build_ir
from generator.errors import GeneratorError
from generator.ir import (
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
    NullableType,
    OperationIR,
    PaginationIR,
    ParamIR,
    PrimitiveType,
    ResponseIR,
    UnionIR,
    UnionRef,
    VariantIR,
)
from generator.load import parse_document
from generator.slice import Slice, slice_spec

STRING = PrimitiveType("string")
INTEGER = PrimitiveType("integer")
NUMBER = PrimitiveType("number")
BOOLEAN = PrimitiveType("boolean")


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def build_schemas(schemas: dict[str, Any], openapi: str = "3.0.3") -> Api:
    """Build the IR of a spec with one GET operation returning each schema in turn."""
    paths = {
        f"/evals/{name.lower()}": {
            "get": {
                "operationId": f"get_{name}",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": ref(name)}},
                    }
                },
            }
        }
        for name in schemas
    }
    spec = {
        "openapi": openapi,
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return build_ir(slice_spec(parse_document(json.dumps(spec).encode(), "spec.json")))


def build_yaml(text: str) -> Api:
    return build_ir(slice_spec(parse_document(textwrap.dedent(text).encode(), "spec.yaml")))


def model(api: Api, name: str) -> ModelIR:
    found = [m for m in api.models if m.name == name]
    assert found, f"no model {name}; models: {[m.name for m in api.models]}"
    return found[0]


def field(api: Api, model_name: str, wire_name: str) -> FieldIR:
    found = [f for f in model(api, model_name).fields if f.wire_name == wire_name]
    assert found, f"no field {wire_name!r} in {model_name}"
    return found[0]


def union(api: Api, name: str) -> UnionIR:
    found = [u for u in api.unions if u.name == name]
    assert found, f"no union {name}; unions: {[u.name for u in api.unions]}"
    return found[0]


def enum(api: Api, name: str) -> EnumIR:
    found = [e for e in api.enums if e.name == name]
    assert found, f"no enum {name}; enums: {[e.name for e in api.enums]}"
    return found[0]


def operation(api: Api, name: str) -> OperationIR:
    found = [op for op in api.operations if op.name == name]
    assert found, f"no operation {name}; operations: {[op.name for op in api.operations]}"
    return found[0]


def obj(
    properties: dict[str, Any], required: list[str] | None = None, **more: Any
) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties, **more}
    if required:
        schema["required"] = required
    return schema


BAR = obj({"x": {"type": "integer"}})


class TestNullability:
    """3.0 ``nullable: true`` and the two 3.1 spellings give the same IR."""

    def test_three_spellings_give_equal_ir(self) -> None:
        v30 = build_schemas(
            {
                "Foo": obj(
                    {
                        "a": {"type": "string", "nullable": True},
                        "b": {"allOf": [ref("Bar")], "nullable": True},
                        "c": {"type": "array", "items": {"type": "integer", "nullable": True}},
                        "e": {
                            "type": "object",
                            "additionalProperties": {"type": "string"},
                            "nullable": True,
                        },
                    },
                    required=["a"],
                ),
                "Bar": BAR,
            }
        )
        any_of = build_schemas(
            {
                "Foo": obj(
                    {
                        "a": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "b": {"anyOf": [ref("Bar"), {"type": "null"}]},
                        "c": {
                            "type": "array",
                            "items": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                        },
                        "e": {
                            "anyOf": [
                                {"type": "object", "additionalProperties": {"type": "string"}},
                                {"type": "null"},
                            ]
                        },
                    },
                    required=["a"],
                ),
                "Bar": BAR,
            },
            "3.1.0",
        )
        type_list = build_schemas(
            {
                "Foo": obj(
                    {
                        "a": {"type": ["string", "null"]},
                        "b": {"oneOf": [ref("Bar"), {"type": "null"}]},
                        "c": {"type": "array", "items": {"type": ["integer", "null"]}},
                        "e": {
                            "type": ["object", "null"],
                            "additionalProperties": {"type": "string"},
                        },
                    },
                    required=["a"],
                ),
                "Bar": BAR,
            },
            "3.1.0",
        )

        assert v30.models == any_of.models == type_list.models
        assert v30 == any_of == type_list

    def test_nullable_enum_spellings_give_equal_ir(self) -> None:
        spellings = [
            ("3.0.3", {"type": "string", "enum": ["x", "y", None], "nullable": True}),
            ("3.1.0", {"anyOf": [{"type": "string", "enum": ["x", "y"]}, {"type": "null"}]}),
            ("3.1.0", {"type": ["string", "null"], "enum": ["x", "y", None]}),
            ("3.1.0", {"enum": ["x", "y", None]}),
        ]
        apis = [
            build_schemas({"Foo": obj({"d": schema})}, openapi) for openapi, schema in spellings
        ]

        assert {apis_model for api in apis for apis_model in api.models} == {
            ModelIR(
                "Foo",
                "foo",
                (FieldIR("d", "d", EnumRef("FooD"), required=False, nullable=True),),
                "#/components/schemas/Foo",
            )
        }
        # The enum's pointer is the schema holding the values, which differs between spellings.
        assert {replace(e, pointer="") for api in apis for e in api.enums} == {
            EnumIR("FooD", "foo", (EnumValueIR("x", "X"), EnumValueIR("y", "Y")), "string", "")
        }

    def test_nullable_facts(self) -> None:
        api = build_schemas(
            {
                "Foo": obj(
                    {
                        "a": {"type": ["string", "null"]},
                        "b": {"anyOf": [ref("Bar"), {"type": "null"}]},
                        "c": {"type": "array", "items": {"type": ["integer", "null"]}},
                    }
                ),
                "Bar": BAR,
            },
            "3.1.0",
        )

        assert (field(api, "Foo", "a").type, field(api, "Foo", "a").nullable) == (STRING, True)
        assert (field(api, "Foo", "b").type, field(api, "Foo", "b").nullable) == (
            ModelRef("Bar"),
            True,
        )
        # Inside a container, nullability is a NullableType; the field itself is not nullable.
        assert field(api, "Foo", "c").type == ListType(NullableType(INTEGER))
        assert field(api, "Foo", "c").nullable is False

    def test_nullable_component_makes_referring_fields_nullable(self) -> None:
        v30 = build_schemas(
            {"Foo": obj({"x": {"type": "string"}}, nullable=True), "User": obj({"f": ref("Foo")})}
        )
        v31 = build_schemas(
            {
                "Foo": {"type": ["object", "null"], "properties": {"x": {"type": "string"}}},
                "User": obj({"f": ref("Foo")}),
            },
            "3.1.0",
        )

        assert field(v30, "User", "f") == FieldIR(
            "f", "f", ModelRef("Foo"), required=False, nullable=True
        )
        assert v30 == v31

    def test_null_only_schema_is_nullable_any(self) -> None:
        api = build_schemas({"Foo": obj({"n": {"type": "null"}})}, "3.1.0")

        assert (field(api, "Foo", "n").type, field(api, "Foo", "n").nullable) == (AnyType(), True)


class TestRequiredAndNullable:
    def test_four_combinations_are_separate_facts(self) -> None:
        api = build_schemas(
            {
                "Foo": obj(
                    {
                        "req_null": {"type": "string", "nullable": True},
                        "req_plain": {"type": "string"},
                        "opt_null": {"type": "string", "nullable": True},
                        "opt_plain": {"type": "string"},
                    },
                    required=["req_null", "req_plain"],
                )
            }
        )

        facts = {f.wire_name: (f.required, f.nullable) for f in model(api, "Foo").fields}
        assert facts == {
            "req_null": (True, True),
            "req_plain": (True, False),
            "opt_null": (False, True),
            "opt_plain": (False, False),
        }

    def test_required_name_without_property_is_ignored(self) -> None:
        api = build_schemas({"Foo": obj({"a": {"type": "string"}}, required=["a", "ghost"])})

        assert [f.wire_name for f in model(api, "Foo").fields] == ["a"]

    def test_field_order_is_declaration_order(self) -> None:
        api = build_schemas(
            {
                "Foo": obj(
                    {"z": {"type": "string"}, "a": {"type": "string"}, "m": {"type": "string"}}
                )
            }
        )

        assert [f.wire_name for f in model(api, "Foo").fields] == ["z", "a", "m"]

    def test_default_description_deprecated(self) -> None:
        api = build_schemas(
            {
                "Foo": obj(
                    {
                        "limit": {"type": "integer", "default": 20, "description": "  How many.  "},
                        "old": {"type": "string", "deprecated": True},
                    },
                    description="A foo.",
                )
            }
        )

        assert field(api, "Foo", "limit") == FieldIR(
            "limit",
            "limit",
            INTEGER,
            required=False,
            nullable=False,
            default=Default(20),
            description="How many.",
        )
        assert field(api, "Foo", "old").deprecated is True
        assert model(api, "Foo").description == "A foo."


class TestDiscriminatedUnions:
    CAT = obj({"kind": {"type": "string"}, "meow": {"type": "boolean"}}, required=["kind"])
    DOG = obj({"kind": {"type": "string"}, "bark": {"type": "boolean"}})

    def test_declared_discriminator_with_mapping(self) -> None:
        api = build_schemas(
            {
                "Pet": {
                    "oneOf": [ref("Cat"), ref("Dog")],
                    "discriminator": {
                        "propertyName": "kind",
                        "mapping": {
                            "cat": "Cat",
                            "kitty": "#/components/schemas/Cat",
                            "dog": "#/components/schemas/Dog",
                        },
                    },
                },
                "Cat": self.CAT,
                "Dog": self.DOG,
            }
        )

        assert union(api, "Pet") == UnionIR(
            name="Pet",
            module="pet",
            variants=(
                VariantIR(ModelRef("Cat"), ("cat", "kitty")),
                VariantIR(ModelRef("Dog"), ("dog",)),
            ),
            pointer="#/components/schemas/Pet",
            snake_name="pet",
            discriminator=DiscriminatorIR("kind", inferred=False),
        )

    def test_declared_discriminator_without_mapping(self) -> None:
        # Tags come from the variant's constant, its enum, or (OpenAPI's implicit mapping) its name.
        api = build_schemas(
            {
                "Pet": {
                    "oneOf": [ref("Cat"), ref("Dog"), ref("Cow")],
                    "discriminator": {"propertyName": "kind"},
                },
                "Cat": obj({"kind": {"type": "string", "enum": ["cat"]}}),
                "Dog": obj({"kind": {"type": "string"}}),
                "Cow": obj({"kind": ref("CowKind")}),
                "CowKind": {"type": "string", "enum": ["cow", "bull"]},
            }
        )

        pet = union(api, "Pet")
        assert pet.discriminator == DiscriminatorIR("kind", inferred=False)
        assert [v.tags for v in pet.variants] == [("cat",), ("Dog",), ("cow", "bull")]

    def test_mapping_to_missing_schema_is_an_error(self) -> None:
        # The slicer refuses this already; build a Slice by hand to reach the builder's own check.
        spec = {
            "openapi": "3.0.3",
            "info": {"title": "T", "version": "1"},
            "paths": {
                "/evals": {
                    "get": {
                        "operationId": "getPet",
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": ref("Pet")}},
                            }
                        },
                    }
                }
            },
            "components": {
                "schemas": {
                    "Pet": {
                        "oneOf": [ref("Cat")],
                        "discriminator": {"propertyName": "kind", "mapping": {"x": "Nope"}},
                    },
                    "Cat": self.CAT,
                }
            },
        }
        source = parse_document(json.dumps(spec).encode(), "spec.json")

        with pytest.raises(GeneratorError) as caught:
            build_ir(Slice(spec, source, [("/evals", "get")]))

        assert "discriminator mapping 'x' points to 'Nope'" in caught.value.message
        assert caught.value.location.pointer == "#/components/schemas/Pet/discriminator/mapping/x"

    @pytest.mark.parametrize(
        ("openapi", "circle_type", "square_type"),
        [
            (
                "3.0.3",
                {"type": "string", "enum": ["circle"], "x-stainless-const": True},
                {"type": "string", "enum": ["square"]},
            ),
            ("3.1.0", {"const": "circle"}, {"type": "string", "const": "square"}),
        ],
    )
    def test_inferred_from_single_value_tags(
        self, openapi: str, circle_type: Any, square_type: Any
    ) -> None:
        api = build_schemas(
            {
                "Shape": {"anyOf": [ref("Circle"), ref("Square")]},
                "Circle": obj({"r": {"type": "number"}, "type": circle_type}, required=["type"]),
                "Square": obj({"type": square_type, "side": {"type": "number"}}),
            },
            openapi,
        )

        shape = union(api, "Shape")
        assert shape.discriminator == DiscriminatorIR("type", inferred=True)
        assert shape.variants == (
            VariantIR(ModelRef("Circle"), ("circle",)),
            VariantIR(ModelRef("Square"), ("square",)),
        )

    def test_not_inferred_when_a_tag_has_several_values(self) -> None:
        api = build_schemas(
            {
                "Shape": {"oneOf": [ref("Square"), ref("Circle")]},
                "Circle": obj({"type": {"type": "string", "enum": ["circle", "round"]}}),
                "Square": obj({"type": {"type": "string", "enum": ["square"]}}),
            }
        )

        shape = union(api, "Shape")
        assert shape.discriminator is None
        assert shape.variants == (VariantIR(ModelRef("Square")), VariantIR(ModelRef("Circle")))

    def test_not_inferred_when_tags_repeat(self) -> None:
        api = build_schemas(
            {
                "Shape": {"oneOf": [ref("A"), ref("B")]},
                "A": obj({"type": {"type": "string", "enum": ["same"]}}),
                "B": obj({"type": {"type": "string", "enum": ["same"]}}),
            }
        )

        assert union(api, "Shape").discriminator is None

    def test_not_inferred_when_a_variant_is_not_a_model(self) -> None:
        api = build_schemas(
            {
                "Shape": {"oneOf": [ref("A"), {"type": "string"}]},
                "A": obj({"type": {"type": "string", "enum": ["a"]}}),
            }
        )

        shape = union(api, "Shape")
        assert shape.discriminator is None
        assert shape.variants == (VariantIR(ModelRef("A")), VariantIR(STRING))

    def test_inline_variants_named_after_their_tag_or_position(self) -> None:
        api = build_schemas(
            {
                "Shape": {
                    "oneOf": [
                        obj({"type": {"type": "string", "enum": ["circle"]}}),
                        obj({"kind": {"type": "string"}}),
                        {"type": "integer"},
                    ]
                }
            }
        )

        shape = union(api, "Shape")
        assert shape.variants == (
            VariantIR(ModelRef("ShapeCircle")),
            VariantIR(ModelRef("ShapeVariant2")),
            VariantIR(INTEGER),
        )
        assert model(api, "ShapeCircle").pointer == "#/components/schemas/Shape/oneOf/0"

    def test_nullable_variant_is_wrapped(self) -> None:
        api = build_schemas(
            {"U": {"oneOf": [{"type": "integer"}, {"type": "string", "nullable": True}]}}
        )

        assert union(api, "U").variants == (VariantIR(INTEGER), VariantIR(NullableType(STRING)))

    def test_union_of_null_and_one_type_is_not_a_union(self) -> None:
        api = build_schemas(
            {"Foo": obj({"a": {"oneOf": [{"type": "integer"}, {"type": "null"}]}})}, "3.1.0"
        )

        assert api.unions == ()
        assert (field(api, "Foo", "a").type, field(api, "Foo", "a").nullable) == (INTEGER, True)

    def test_type_list_of_several_types_is_a_union(self) -> None:
        api = build_schemas({"Foo": obj({"a": {"type": ["string", "integer", "null"]}})}, "3.1.0")

        assert field(api, "Foo", "a").type == UnionRef("FooA")
        assert field(api, "Foo", "a").nullable is True
        assert union(api, "FooA").variants == (VariantIR(STRING), VariantIR(INTEGER))


class TestStringEnumCollapse:
    def test_string_or_inline_enum_is_the_enum(self) -> None:
        api = build_schemas(
            {
                "Foo": obj(
                    {"s": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["a", "b"]}]}}
                )
            }
        )

        assert api.unions == ()
        assert field(api, "Foo", "s").type == EnumRef("FooS")
        assert [v.value for v in enum(api, "FooS").values] == ["a", "b"]

    def test_string_or_enum_component_is_that_enum(self) -> None:
        api = build_schemas(
            {
                "Foo": obj({"model": {"anyOf": [{"type": "string"}, ref("ModelId")]}}),
                "ModelId": {"type": "string", "enum": ["gpt-4o", "o3-mini"]},
            }
        )

        assert api.unions == ()
        assert field(api, "Foo", "model").type == EnumRef("ModelId")
        assert [(v.value, v.py_name) for v in enum(api, "ModelId").values] == [
            ("gpt-4o", "GPT_4O"),
            ("o3-mini", "O3_MINI"),
        ]

    def test_several_enums_and_string_merge(self) -> None:
        api = build_schemas(
            {
                "Foo": obj(
                    {
                        "s": {
                            "anyOf": [
                                {"type": "string"},
                                {"type": "string", "enum": ["a", "b"]},
                                {"type": "string", "enum": ["b", "c"]},
                            ]
                        }
                    }
                )
            }
        )

        assert [v.value for v in enum(api, "FooS").values] == ["a", "b", "c"]

    def test_enum_with_non_string_stays_a_union(self) -> None:
        api = build_schemas(
            {
                "Foo": obj(
                    {"s": {"anyOf": [{"type": "integer"}, {"type": "string", "enum": ["a", "b"]}]}}
                )
            }
        )

        assert field(api, "Foo", "s").type == UnionRef("FooS")
        assert union(api, "FooS").variants == (
            VariantIR(INTEGER),
            VariantIR(EnumRef("FooSVariant2")),
        )


class TestAllOf:
    def test_parts_are_merged_into_one_model(self) -> None:
        api = build_schemas(
            {
                "Child": {
                    "allOf": [ref("Base"), obj({"b": {"type": "integer"}}, required=["b"])],
                    "description": "The child.",
                },
                "Base": obj(
                    {"a": {"type": "string"}, "c": {"type": "boolean"}},
                    required=["a"],
                    description="Base.",
                ),
            }
        )

        child = model(api, "Child")
        assert [(f.wire_name, f.type, f.required) for f in child.fields] == [
            ("a", STRING, True),
            ("c", BOOLEAN, False),
            ("b", INTEGER, True),
        ]
        assert child.description == "The child."
        assert child.pointer == "#/components/schemas/Child"

    def test_nested_all_of_and_own_properties(self) -> None:
        api = build_schemas(
            {
                "C": {
                    "allOf": [
                        {"allOf": [ref("A"), obj({"b": {"type": "string"}}, required=["b"])]}
                    ],
                    "properties": {"own": {"type": "number"}},
                    "required": ["own"],
                },
                "A": obj({"a": {"type": "string"}}, required=["a"]),
            }
        )

        assert [(f.wire_name, f.required) for f in model(api, "C").fields] == [
            ("a", True),
            ("b", True),
            ("own", True),
        ]

    def test_single_ref_is_an_alias(self) -> None:
        api = build_schemas(
            {
                "Alias": {"allOf": [ref("Base")], "description": "An alias."},
                "User": obj(
                    {
                        "via_alias": ref("Alias"),
                        "inline": {"allOf": [ref("Base")], "description": "d"},
                    }
                ),
                "Base": obj({"a": {"type": "string"}}),
            }
        )

        assert "Alias" not in [m.name for m in api.models]
        assert field(api, "User", "via_alias").type == ModelRef("Base")
        assert field(api, "User", "inline").type == ModelRef("Base")
        assert field(api, "User", "inline").description == "d"
        assert operation(api, "get_alias").response == ResponseIR("200", ModelRef("Base"), "ok")

    def test_single_ref_with_nullable_is_a_nullable_alias(self) -> None:
        api = build_schemas(
            {"User": obj({"b": {"allOf": [ref("Base")], "nullable": True}}), "Base": BAR}
        )

        assert (field(api, "User", "b").type, field(api, "User", "b").nullable) == (
            ModelRef("Base"),
            True,
        )


class TestScalarsAndMaps:
    def test_consts(self) -> None:
        api = build_schemas(
            {
                "M": obj(
                    {
                        "object": {
                            "type": "string",
                            "enum": ["eval"],
                            "x-stainless-const": True,
                            "default": "eval",
                        },
                        "single": {"type": "string", "enum": ["only"]},
                        "number": {"type": "integer", "enum": [3]},
                        "const": {"const": "x"},
                    }
                )
            },
            "3.1.0",
        )

        assert field(api, "M", "object").type == ConstType("eval")
        assert field(api, "M", "object").default == Default("eval")
        assert field(api, "M", "single").type == ConstType("only")
        assert field(api, "M", "number").type == ConstType(3)
        assert field(api, "M", "const").type == ConstType("x")
        assert api.enums == ()

    def test_enums(self) -> None:
        api = build_schemas(
            {
                "Status": {
                    "type": "string",
                    "enum": ["in_progress", "done", "2fast", "done"],
                    "description": "S.",
                },
                "Code": {"type": "integer", "enum": [1, 2, -1]},
            }
        )

        assert enum(api, "Status") == EnumIR(
            "Status",
            "status",
            (
                EnumValueIR("in_progress", "IN_PROGRESS"),
                EnumValueIR("done", "DONE"),
                EnumValueIR("2fast", "V_2FAST"),
            ),
            "string",
            "#/components/schemas/Status",
            "S.",
        )
        code = enum(api, "Code")
        assert code.kind == "integer"
        assert [(v.value, v.py_name) for v in code.values] == [
            (1, "V_1"),
            (2, "V_2"),
            (-1, "V_1_2"),
        ]

    def test_primitives_keep_format(self) -> None:
        api = build_schemas(
            {
                "M": obj(
                    {
                        "t": {"type": "string", "format": "date-time"},
                        "n": {"type": "number"},
                        "b": {"type": "boolean"},
                    }
                )
            }
        )

        assert [f.type for f in model(api, "M").fields] == [
            PrimitiveType("string", "date-time"),
            NUMBER,
            BOOLEAN,
        ]

    @pytest.mark.parametrize(
        ("schema", "expected"),
        [
            ({"type": "object", "additionalProperties": {"type": "string"}}, MapType(STRING)),
            ({"additionalProperties": {"type": "integer"}}, MapType(INTEGER)),
            ({"type": "object"}, MapType(AnyType())),
            ({"type": "object", "additionalProperties": True}, MapType(AnyType())),
            ({"type": "object", "additionalProperties": {}}, MapType(AnyType())),
            ({"type": "object", "properties": {}}, MapType(AnyType())),
            (
                {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
                MapType(ListType(STRING)),
            ),
            ({}, AnyType()),
            ({"description": "anything"}, AnyType()),
            ({"type": "array"}, ListType(AnyType())),
        ],
    )
    def test_maps_and_free_form(self, schema: dict[str, Any], expected: Any) -> None:
        api = build_schemas({"M": obj({"v": schema})})

        assert field(api, "M", "v").type == expected

    def test_model_with_additional_properties(self) -> None:
        api = build_schemas(
            {
                "M": obj({"a": {"type": "string"}}, additionalProperties={"type": "integer"}),
                "Open": obj({"a": {"type": "string"}}, additionalProperties=True),
                "Closed": obj({"a": {"type": "string"}}),
            }
        )

        assert model(api, "M").additional == INTEGER
        assert model(api, "Open").additional == AnyType()
        assert model(api, "Closed").additional is None

    def test_unknown_type_is_an_error_with_pointer(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            build_yaml("""\
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
                              schema:
                                type: object
                                properties:
                                  weird: {type: foo}
                """)

        error = caught.value
        assert "unknown schema type 'foo'" in error.message
        assert error.location.pointer == (
            "#/paths/~1evals/get/responses/200/content/application~1json/schema/properties/weird/type"
        )
        assert (error.location.file, error.location.line) == ("spec.yaml", 14)


class TestRecursion:
    def test_self_recursive_model(self) -> None:
        api = build_schemas(
            {
                "Node": obj(
                    {"children": {"type": "array", "items": ref("Node")}, "parent": ref("Node")}
                )
            }
        )

        assert field(api, "Node", "children").type == ListType(ModelRef("Node"))
        assert field(api, "Node", "parent").type == ModelRef("Node")

    def test_mutual_recursion_shares_a_module(self) -> None:
        api = build_schemas(
            {
                "A": obj({"b": ref("B")}),
                "B": obj({"a": ref("A"), "c": ref("C")}),
                "C": obj({"x": {"type": "string"}}),
            }
        )

        assert field(api, "A", "b").type == ModelRef("B")
        assert field(api, "B", "a").type == ModelRef("A")
        modules = {m.name: m for m in api.modules}
        assert set(modules) == {"a", "c"}
        assert modules["a"].definitions == ("A", "B")
        # Each definition records the module it finally lives in.
        assert {m.name: m.module for m in api.models} == {"A": "a", "B": "a", "C": "c"}

    def test_recursive_ref_resolves_to_enclosing_component(self) -> None:
        api = build_schemas(
            {
                "Tree": {
                    "$recursiveAnchor": True,
                    "type": "object",
                    "properties": {"kids": {"type": "array", "items": {"$recursiveRef": "#"}}},
                }
            },
            "3.1.0",
        )

        assert field(api, "Tree", "kids").type == ListType(ModelRef("Tree"))

    def test_recursive_union(self) -> None:
        api = build_schemas(
            {
                "Filter": {"anyOf": [ref("Leaf"), ref("Compound")]},
                "Leaf": obj(
                    {"type": {"type": "string", "enum": ["eq"]}, "key": {"type": "string"}}
                ),
                "Compound": obj(
                    {
                        "type": {"type": "string", "enum": ["and"]},
                        "filters": {"type": "array", "items": ref("Filter")},
                    }
                ),
            }
        )

        assert field(api, "Compound", "filters").type == ListType(UnionRef("Filter"))
        assert union(api, "Filter").variants == (
            VariantIR(ModelRef("Leaf"), ("eq",)),
            VariantIR(ModelRef("Compound"), ("and",)),
        )

    def test_circular_ref_chain_is_an_error(self) -> None:
        with pytest.raises(GeneratorError, match="circular \\$ref"):
            build_schemas({"A": ref("B"), "B": ref("A")})


class TestNames:
    def test_schema_names_are_pascal_case(self) -> None:
        api = build_schemas(
            {
                "eval_thing": obj({"a": {"type": "string"}}),
                "run-output": obj({"b": {"type": "string"}}),
            }
        )

        assert [m.name for m in api.models] == ["EvalThing", "RunOutput"]
        assert model(api, "EvalThing").pointer == "#/components/schemas/eval_thing"

    @pytest.mark.parametrize(
        ("wire_name", "py_name"),
        [
            ("createdAt", "created_at"),
            ("from", "from_"),
            ("class", "class_"),
            ("to_dict", "to_dict_"),
            ("list", "list_"),
            ("1st", "field_1st"),
            ("a-b.c", "a_b_c"),
            ("$ref", "ref"),
            ('__import__("os")', "import_os"),
            ("", "field_"),
        ],
    )
    def test_property_names(self, wire_name: str, py_name: str) -> None:
        api = build_schemas({"M": obj({wire_name: {"type": "string"}})})

        (only,) = model(api, "M").fields
        assert (only.wire_name, only.py_name) == (wire_name, py_name)

    def test_colliding_property_names_are_distinct(self) -> None:
        api = build_schemas(
            {
                "M": obj(
                    {
                        "fooBar": {"type": "string"},
                        "foo_bar": {"type": "string"},
                        "foo-bar": {"type": "string"},
                    }
                )
            }
        )

        assert [(f.wire_name, f.py_name) for f in model(api, "M").fields] == [
            ("fooBar", "foo_bar"),
            ("foo_bar", "foo_bar_2"),
            ("foo-bar", "foo_bar_3"),
        ]

    def test_inline_schemas_named_from_parent_and_field(self) -> None:
        api = build_schemas(
            {
                "Parent": obj(
                    {
                        "child": obj({"x": {"type": "string"}}),
                        "items": {"type": "array", "items": obj({"y": {"type": "string"}})},
                        "status": {"type": "string", "enum": ["a", "b"]},
                        "values": {
                            "type": "object",
                            "additionalProperties": obj({"z": {"type": "string"}}),
                        },
                    }
                )
            }
        )

        assert field(api, "Parent", "child").type == ModelRef("ParentChild")
        assert field(api, "Parent", "items").type == ListType(ModelRef("ParentItemsItem"))
        assert field(api, "Parent", "status").type == EnumRef("ParentStatus")
        assert field(api, "Parent", "values").type == MapType(ModelRef("ParentValuesValue"))
        assert model(api, "ParentChild").pointer == "#/components/schemas/Parent/properties/child"
        assert (
            model(api, "ParentItemsItem").pointer
            == "#/components/schemas/Parent/properties/items/items"
        )
        # Inline definitions live in their parent's module.
        assert {m.module for m in api.models} == {"parent"}
        assert enum(api, "ParentStatus").module == "parent"

    def test_component_names_win_over_inline_names(self) -> None:
        api = build_schemas(
            {
                "Parent": obj({"child": obj({"x": {"type": "string"}})}),
                "ParentChild": obj({"other": {"type": "string"}}),
            }
        )

        assert field(api, "Parent", "child").type == ModelRef("ParentChild2")
        assert [f.wire_name for f in model(api, "ParentChild").fields] == ["other"]

    def test_component_names_that_collide_after_cleaning(self) -> None:
        api = build_schemas(
            {"eval_run": obj({"a": {"type": "string"}}), "EvalRun": obj({"b": {"type": "string"}})}
        )

        assert {m.name: m.pointer for m in api.models} == {
            "EvalRun": "#/components/schemas/eval_run",
            "EvalRun2": "#/components/schemas/EvalRun",
        }

    def test_reserved_and_keyword_type_names(self) -> None:
        api = build_schemas(
            {"Client": obj({"a": {"type": "string"}}), "None": obj({"b": {"type": "string"}})}
        )

        assert sorted(m.name for m in api.models) == ["ClientModel", "NoneModel"]

    def test_names_are_deterministic(self) -> None:
        schemas = {
            "Parent": obj(
                {
                    "child": obj({"x": {"type": "string"}}),
                    "fooBar": {"type": "string"},
                    "foo_bar": {"type": "string"},
                }
            ),
            "Shape": {
                "oneOf": [
                    obj({"type": {"type": "string", "enum": ["a"]}}),
                    obj({"type": {"type": "string", "enum": ["b"]}}),
                ]
            },
        }

        assert build_schemas(schemas) == build_schemas(json.loads(json.dumps(schemas)))


OPERATIONS = """\
    openapi: 3.0.3
    info: {title: Evals, version: '2.0', description: ' The API. '}
    servers: [{url: 'https://{host}/v1', variables: {host: {default: api.example.com}}}]
    paths:
      /evals/{eval_id}/runs:
        parameters:
          - {name: eval_id, in: path, required: true, schema: {type: string}}
          - {name: limit, in: query, schema: {type: string}}
        get:
          operationId: getEvalRuns
          summary: List runs
          tags: [Evals]
          parameters:
            - {name: after, in: query, schema: {type: string}}
            - {name: limit, in: query, schema: {type: integer, default: 20}}
            - {name: OpenAI-Beta, in: header, required: true, schema: {type: string}}
            - {name: order, in: query, schema: {type: string, enum: [asc, desc]}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/RunList'}
            '404': {description: nf, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
            '4XX': {description: client}
            default: {description: other, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
        post:
          operationId: createEvalRun
          deprecated: true
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    metadata: {type: object, additionalProperties: {type: string}, nullable: true}
                    timeout: {type: number}
          responses:
            '201': {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Run'}}}}
      /evals/{eval_id}/tags:
        put:
          operationId: putTags
          parameters:
            - {$ref: '#/components/parameters/EvalId'}
          requestBody:
            content:
              application/json:
                schema: {type: array, items: {type: string}}
          responses:
            '204': {description: done}
    components:
      parameters:
        EvalId: {name: eval_id, in: path, required: true, schema: {type: string}}
      schemas:
        Error: {type: object, properties: {message: {type: string}}}
        Run: {type: object, properties: {id: {type: string}}}
        RunList:
          type: object
          required: [data, has_more, last_id]
          properties:
            object: {type: string, enum: [list]}
            data: {type: array, items: {$ref: '#/components/schemas/Run'}}
            first_id: {type: string}
            last_id: {type: string}
            has_more: {type: boolean}
    """


@pytest.fixture(scope="module")
def ops_api() -> Api:
    return build_yaml(OPERATIONS)


class TestOperations:

    def test_api_info(self, ops_api: Api) -> None:
        assert (ops_api.title, ops_api.version, ops_api.description) == ("Evals", "2.0", "The API.")
        assert ops_api.server_url == "https://api.example.com/v1"

    def test_operation_names_from_operation_id(self, ops_api: Api) -> None:
        assert [(op.name, op.operation_id, op.method, op.path) for op in ops_api.operations] == [
            ("get_eval_runs", "getEvalRuns", "GET", "/evals/{eval_id}/runs"),
            ("create_eval_run", "createEvalRun", "POST", "/evals/{eval_id}/runs"),
            ("put_tags", "putTags", "PUT", "/evals/{eval_id}/tags"),
        ]

    def test_parameters_path_query_header_in_order(self, ops_api: Api) -> None:
        get = operation(ops_api, "get_eval_runs")

        assert get.params == (
            ParamIR("eval_id", "eval_id", "path", STRING, required=True),
            ParamIR("limit", "limit", "query", INTEGER, required=False, default=Default(20)),
            ParamIR("after", "after", "query", STRING, required=False),
            ParamIR("order", "order", "query", EnumRef("GetEvalRunsOrder"), required=False),
            ParamIR("OpenAI-Beta", "open_ai_beta", "header", STRING, required=True),
        )
        assert [v.value for v in enum(ops_api, "GetEvalRunsOrder").values] == ["asc", "desc"]

    def test_operation_parameter_overrides_path_item_parameter(self, ops_api: Api) -> None:
        limit = [p for p in operation(ops_api, "get_eval_runs").params if p.wire_name == "limit"]

        assert [p.type for p in limit] == [INTEGER]

    def test_success_and_error_responses(self, ops_api: Api) -> None:
        get = operation(ops_api, "get_eval_runs")

        assert get.response == ResponseIR("200", ModelRef("RunList"), "ok")
        assert get.errors == (
            ResponseIR("404", ModelRef("Error"), "nf"),
            ResponseIR("4XX", None, "client"),
            ResponseIR("default", ModelRef("Error"), "other"),
        )
        assert operation(ops_api, "put_tags").response == ResponseIR("204", None, "done")

    def test_body_fields_are_body_params(self, ops_api: Api) -> None:
        post = operation(ops_api, "create_eval_run")

        assert post.body == BodyIR(ModelRef("CreateEvalRunRequest"), required=True)
        assert post.params == (
            ParamIR("eval_id", "eval_id", "path", STRING, required=True),
            ParamIR("limit", "limit", "query", STRING, required=False),  # from the path item
            ParamIR("name", "name", "body", STRING, required=True),
            ParamIR("metadata", "metadata", "body", MapType(STRING), required=False, nullable=True),
            # 'timeout' is a parameter of every generated method.
            ParamIR("timeout", "timeout_2", "body", NUMBER, required=False),
        )
        assert post.response == ResponseIR("201", ModelRef("Run"), "created")
        assert post.deprecated is True
        assert model(ops_api, "CreateEvalRunRequest").module == "create_eval_run"

    def test_non_object_body_is_one_param(self, ops_api: Api) -> None:
        put = operation(ops_api, "put_tags")

        assert put.body == BodyIR(ListType(STRING), required=False)
        assert put.params == (
            ParamIR("eval_id", "eval_id", "path", STRING, required=True),
            ParamIR("body", "body", "body", ListType(STRING), required=False),
        )

    def test_summary_and_tags(self, ops_api: Api) -> None:
        get = operation(ops_api, "get_eval_runs")

        assert (get.summary, get.tags, get.deprecated) == ("List runs", ("Evals",), False)

    def test_pagination_recognised(self, ops_api: Api) -> None:
        assert operation(ops_api, "get_eval_runs").pagination == PaginationIR(
            "after", ModelRef("Run"), "RunList"
        )
        assert operation(ops_api, "create_eval_run").pagination is None

    def test_operation_without_operation_id(self) -> None:
        api = build_yaml("""\
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /evals:
                get: {responses: {'200': {description: ok}}}
            """)

        assert api.operations[0].name == "get_evals"

    def test_colliding_operation_ids(self) -> None:
        api = build_yaml("""\
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /evals:
                get: {operationId: listEvals, responses: {'200': {description: ok}}}
                post: {operationId: list_evals, responses: {'200': {description: ok}}}
            """)

        assert [op.name for op in api.operations] == ["list_evals", "list_evals_2"]

    def test_undeclared_path_parameter_is_an_error(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            build_yaml("""\
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /evals/{eval_id}/runs/{run_id}:
                    get:
                      parameters:
                        - {name: eval_id, in: path, required: true, schema: {type: string}}
                      responses: {'200': {description: ok}}
                """)

        assert "'run_id'" in caught.value.message
        assert caught.value.location.pointer == "#/paths/~1evals~1{eval_id}~1runs~1{run_id}/get"
        assert caught.value.location.line == 5

    def test_cookie_parameter_is_an_error(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            build_yaml("""\
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /evals:
                    get:
                      parameters:
                        - {name: session, in: cookie, schema: {type: string}}
                      responses: {'200': {description: ok}}
                """)

        assert "cookie parameters are not supported" in caught.value.message
        assert caught.value.location.pointer == "#/paths/~1evals/get/parameters/0"

    def test_non_json_body_is_an_error(self) -> None:
        with pytest.raises(GeneratorError, match="no JSON content type") as caught:
            build_yaml("""\
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /evals:
                    post:
                      requestBody:
                        content:
                          text/plain: {schema: {type: string}}
                      responses: {'200': {description: ok}}
                """)

        assert caught.value.location.pointer == "#/paths/~1evals/post/requestBody"


def paginated(
    *, method: str = "get", cursor: str = "after", drop: str = "", has_more_type: str = "boolean"
) -> Api:
    properties = {
        "object": {"type": "string", "enum": ["list"]},
        "data": {"type": "array", "items": ref("Item")},
        "first_id": {"type": "string"},
        "last_id": {"type": "string"},
        "has_more": {"type": has_more_type},
    }
    properties.pop(drop, None)
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/evals": {
                method: {
                    "operationId": "listEvals",
                    "parameters": [
                        {"name": cursor, "in": "query", "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": ref("Page")}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {"Page": obj(properties), "Item": obj({"id": {"type": "string"}})}
        },
    }
    return build_ir(slice_spec(parse_document(json.dumps(spec).encode(), "spec.json")))


class TestPagination:
    def test_recognised(self) -> None:
        # 'Page' is a name the generated code uses itself, so the model is 'PageModel'.
        assert paginated().operations[0].pagination == PaginationIR(
            "after", ModelRef("Item"), "PageModel"
        )

    @pytest.mark.parametrize(
        "kwargs",
        [
            pytest.param({"method": "post"}, id="not-a-get"),
            pytest.param({"cursor": "before"}, id="no-after-param"),
            pytest.param({"drop": "data"}, id="no-data"),
            pytest.param({"drop": "has_more"}, id="no-has-more"),
            pytest.param({"drop": "last_id"}, id="no-last-id"),
            pytest.param({"has_more_type": "string"}, id="has-more-not-boolean"),
        ],
    )
    def test_not_recognised(self, kwargs: dict[str, str]) -> None:
        assert paginated(**kwargs).operations[0].pagination is None

    def test_data_must_be_an_array(self) -> None:
        api = build_schemas(
            {
                "Page": obj(
                    {
                        "data": ref("Item"),
                        "has_more": {"type": "boolean"},
                        "last_id": {"type": "string"},
                    }
                ),
                "Item": BAR,
            }
        )

        assert all(op.pagination is None for op in api.operations)
