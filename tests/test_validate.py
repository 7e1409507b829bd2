"""Step 3: validating the slice (generator/validate.py)."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from generator.errors import GeneratorError, SpecErrors
from generator.load import parse_document
from generator.slice import Slice, slice_spec
from generator.validate import validate_slice, validation_units


def make_slice(text: str, paths: tuple[str, ...] = ("/evals",)) -> Slice:
    return slice_spec(parse_document(textwrap.dedent(text).encode(), "spec.yaml"), paths)


def spec_errors(spec_slice: Slice) -> list[GeneratorError]:
    with pytest.raises(SpecErrors) as caught:
        validate_slice(spec_slice)
    return caught.value.errors


VALID_30 = """\
    openapi: 3.0.3
    info: {title: T, version: '1'}
    paths:
      /evals/{eval_id}:
        get:
          operationId: getEval
          parameters:
            - {name: eval_id, in: path, required: true, schema: {type: string}}
            - {name: limit, in: query, schema: {type: integer, default: 20}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Eval'}
    components:
      schemas:
        Eval:
          type: object
          required: [id]
          properties:
            id: {type: string}
            name: {type: string, nullable: true}
            kind: {type: string, enum: [a, b]}
            tags: {type: array, items: {type: string}}
            meta: {type: object, additionalProperties: {type: string}}
    """

VALID_31 = """\
    openapi: 3.1.0
    info: {title: T, version: '1'}
    paths:
      /evals:
        post:
          operationId: createEval
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Eval'}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Eval'}
    components:
      schemas:
        Eval:
          type: object
          required: [id]
          properties:
            id: {type: string}
            name: {type: [string, 'null']}
            other: {anyOf: [{type: string}, {type: 'null'}]}
            object: {const: eval}
            children: {type: array, items: {$ref: '#/components/schemas/Eval'}}
    """


def test_valid_30_slice_passes() -> None:
    validate_slice(make_slice(VALID_30))  # raises on any error


def test_valid_31_slice_passes() -> None:
    validate_slice(make_slice(VALID_31))  # raises on any error


INVALID_30 = """\
    openapi: 3.0.3
    info: {title: T, version: '1'}
    paths:
      /evals:
        get:
          parameters:
            - {name: limit, in: query, schema: {type: integr}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Foo'}
      /files:
        get:
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/OutsideSlice'}
    components:
      schemas:
        Foo:
          type: object
          properties:
            bar: {type: strin}
            baz: {$ref: '#/components/schemas/Baz'}
        Baz:
          type: object
          required: notalist
        OutsideSlice: {type: wrong}
        Unreached: {type: wrong}
    """


class TestInvalidSlice:
    def test_one_entry_per_error_with_pointer(self) -> None:
        errors = spec_errors(make_slice(INVALID_30))

        # In document order.
        assert [error.location.pointer for error in errors] == [
            "#/paths/~1evals/get/parameters/0/schema/type",
            "#/components/schemas/Foo/properties/bar/type",
            "#/components/schemas/Baz/required",
        ]

    def test_errors_have_file_and_line(self) -> None:
        errors = spec_errors(make_slice(INVALID_30))

        lines = {
            error.location.pointer: (error.location.file, error.location.line) for error in errors
        }
        assert lines == {
            "#/paths/~1evals/get/parameters/0/schema/type": ("spec.yaml", 7),
            "#/components/schemas/Foo/properties/bar/type": ("spec.yaml", 27),
            "#/components/schemas/Baz/required": ("spec.yaml", 31),
        }

    def test_messages_name_the_problem(self) -> None:
        errors = spec_errors(make_slice(INVALID_30))

        by_pointer = {error.location.pointer: error.message for error in errors}
        assert "'strin'" in by_pointer["#/components/schemas/Foo/properties/bar/type"]
        assert (
            "'notalist' is not of type 'array'" == by_pointer["#/components/schemas/Baz/required"]
        )

    def test_summary_counts_errors_and_hints_no_validate(self) -> None:
        with pytest.raises(SpecErrors) as caught:
            validate_slice(make_slice(INVALID_30))

        assert "3 error(s)" in caught.value.message
        assert "OpenAPI 3.0.3" in caught.value.message
        assert caught.value.hint and "--no-validate" in caught.value.hint
        text = str(caught.value)
        assert "spec.yaml:27:" in text and "#/components/schemas/Foo/properties/bar/type" in text

    def test_schema_used_by_several_operations_reported_once(self) -> None:
        spec_slice = make_slice("""\
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
                          schema: {$ref: '#/components/schemas/Foo'}
                post:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Foo'}}
            components:
              schemas:
                Foo:
                  type: object
                  properties:
                    bar: {type: strin}
            """)

        errors = spec_errors(spec_slice)

        assert [error.location.pointer for error in errors] == [
            "#/components/schemas/Foo/properties/bar/type"
        ]

    def test_invalid_31_schema_pointer(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /evals:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Foo'}
            components:
              schemas:
                Foo:
                  type: object
                  properties:
                    bar: {type: strin}
            """)

        errors = spec_errors(spec_slice)

        assert [(e.location.pointer, e.location.line) for e in errors] == [
            ("#/components/schemas/Foo/properties/bar/type", 17)
        ]

    def test_invalid_schema_outside_the_slice_does_not_fail(self) -> None:
        # /files and its schema are invalid, but only /evals is selected.
        spec = INVALID_30.replace("{type: integr}", "{type: integer}").replace(
            "{type: strin}", "{type: string}"
        )
        spec = spec.replace("required: notalist", "required: [bar]")

        validate_slice(make_slice(spec))  # raises on any error

    def test_invalid_schema_outside_the_slice_fails_once_selected(self) -> None:
        spec = INVALID_30.replace("{type: integr}", "{type: integer}").replace(
            "{type: strin}", "{type: string}"
        )
        spec = spec.replace("required: notalist", "required: [bar]")

        errors = spec_errors(make_slice(spec, paths=("/files",)))

        assert [e.location.pointer for e in errors] == ["#/components/schemas/OutsideSlice/type"]

    def test_several_errors_in_one_schema_are_all_reported(self) -> None:
        spec_slice = make_slice("""\
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
                          schema: {$ref: '#/components/schemas/Foo'}
            components:
              schemas:
                Foo:
                  type: object
                  properties:
                    bar: {type: strin}
                    n: {type: string, nullable: yes_please}
                    m: {type: string, minLength: -1}
            """)

        errors = spec_errors(spec_slice)

        assert sorted(e.location.pointer for e in errors) == [
            "#/components/schemas/Foo/properties/bar/type",
            "#/components/schemas/Foo/properties/m/minLength",
            "#/components/schemas/Foo/properties/n/nullable",
        ]

    def test_several_errors_in_one_31_schema_are_all_reported(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /evals:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Foo'}
            components:
              schemas:
                Foo:
                  type: object
                  properties:
                    bar: {type: strin}
                    m: {type: string, minLength: -1}
            """)

        errors = spec_errors(spec_slice)

        assert sorted(e.location.pointer for e in errors) == [
            "#/components/schemas/Foo/properties/bar/type",
            "#/components/schemas/Foo/properties/m/minLength",
        ]

    def test_parameter_without_in_is_a_spec_error(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /evals:
                get:
                  parameters:
                    - {name: limit, schema: {type: integer}}
                  responses: {'200': {description: ok}}
            """)

        with pytest.raises(GeneratorError):
            validate_slice(spec_slice)


class TestVersion:
    @pytest.mark.parametrize(
        ("header", "found"),
        [
            ("openapi: 2.0", "'openapi: 2.0'"),
            ("openapi: '2.0.0'", "'openapi: 2.0.0'"),
            ("swagger: '2.0'", "no 'openapi' field"),
            ("openapi: 3.2.0", "'openapi: 3.2.0'"),
        ],
    )
    def test_unsupported_version(self, header: str, found: str) -> None:
        spec_slice = make_slice(f"""\
            {header}
            info: {{title: T, version: '1'}}
            paths:
              /evals:
                get: {{responses: {{'200': {{description: ok}}}}}}
            """)

        with pytest.raises(GeneratorError) as caught:
            validate_slice(spec_slice)

        assert not isinstance(caught.value, SpecErrors)
        assert f"found {found}" in caught.value.message
        assert caught.value.location.line == 1
        assert caught.value.hint and "3.0 and 3.1" in caught.value.hint


def test_background_validation_reports_the_same_errors_as_in_process() -> None:
    from generator.validate import start_validation

    spec_slice = make_slice(
        """\
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /evals:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Foo'}
        components:
          schemas:
            Foo: {type: object, properties: {bar: {type: strin}}}
        """
    )
    with pytest.raises(SpecErrors) as in_process:
        validate_slice(spec_slice)
    wait = start_validation(spec_slice)  # forked where the platform can
    with pytest.raises(SpecErrors) as in_background:
        wait()
    assert str(in_background.value) == str(in_process.value)
    assert [e.location for e in in_background.value.errors] == [e.location for e in in_process.value.errors]


def test_the_library_check_runs_when_its_internals_are_not_as_expected() -> None:
    # _meta_errors rebuilds the library's 3.1 meta-schema check from its internals; without
    # them it says so (None), and the library's own check, one error per schema, runs instead.
    from generator.validate import _meta_errors

    assert _meta_errors(object(), None, {"type": "strin"}) is None


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_the_indexed_document_check_finds_what_the_library_finds(version: str) -> None:
    # _crawled indexes the OpenAPI schema's references once instead of on every $dynamicRef;
    # on a document broken in several places at the document level it must report the same.
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    from generator.validate import _crawled

    library = (OpenAPIV30SpecValidator if version == "3.0" else OpenAPIV31SpecValidator).schema_validator
    source = VALID_30 if version == "3.0" else VALID_31
    document = make_slice(source).document
    document["info"] = {"title": 1}
    document["paths"]["/evals-x"] = {"get": {"responses": {"200": {"description": 2}}}}
    document["components"]["schemas"]["Eval"]["properties"]["id"] = {"type": 7, "minLength": -1}
    indexed = _crawled(library)
    assert indexed is not library

    def found(validator: object) -> list[tuple[str, list[object]]]:
        errors = validator.iter_errors(document)  # type: ignore[attr-defined]
        return sorted((e.message, list(e.absolute_path)) for e in errors)

    assert found(indexed) == found(library)
    assert len(found(library)) >= 2


def test_the_library_document_check_runs_when_it_is_not_jsonschemas() -> None:
    # openapi-spec-validator can use jsonschema-rs, whose wrapper also has .schema.
    from openapi_spec_validator import OpenAPIV31SpecValidator

    from generator.validate import _crawled

    class RustBackend:
        schema = OpenAPIV31SpecValidator.schema_validator.schema

    for other in (RustBackend(), object()):
        assert _crawled(other) is other


# ---- what a change must touch to be validated again -------------------------------------------

PROSE_31 = """\
    openapi: 3.1.0
    info: {title: T, version: '1', description: About.}
    paths:
      /evals:
        get:
          operationId: listEvals
          summary: List.
          description: Lists evals.
          parameters:
            - {name: limit, in: query, description: How many., schema: {type: integer}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Eval'}
              links:
                next: {operationId: listEvals, parameters: {description: $response.body#/id}}
    components:
      schemas:
        Eval:
          type: object
          description: An eval.
          discriminator: {propertyName: description, mapping: {description: '#/components/schemas/Eval'}}
          properties:
            description: {type: string, description: The eval's description., default: {description: x}}
            kind: {type: string, enum: [{description: a}], x-note: {description: b}}
    """


def _units_after(edit: Any) -> dict[str, str]:
    spec_slice = make_slice(PROSE_31)
    edit(spec_slice.document)
    return validation_units(spec_slice)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["info"].update(description="Other."),
        lambda d: d["paths"]["/evals"]["get"].update(summary="Other.", description="Other."),
        lambda d: d["paths"]["/evals"]["get"]["parameters"][0].update(description="Other."),
        lambda d: d["paths"]["/evals"]["get"]["responses"]["200"].update(description="Other."),
        lambda d: d["components"]["schemas"]["Eval"].update(description="Other."),
        lambda d: d["components"]["schemas"]["Eval"]["properties"]["description"].update(description="Other."),
    ],
    ids=["info", "operation", "parameter", "response", "schema", "property named description"],
)
def test_prose_is_left_out_of_what_decides_revalidation(edit: Any) -> None:
    assert _units_after(edit) == _units_after(lambda d: None)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["components"]["schemas"]["Eval"].update(description=7),
        lambda d: d["components"]["schemas"]["Eval"]["properties"]["description"].update(type="integer"),
        lambda d: d["components"]["schemas"]["Eval"]["properties"]["description"]["default"].update(description="y"),
        lambda d: d["components"]["schemas"]["Eval"]["properties"]["kind"]["enum"][0].update(description="y"),
        lambda d: d["components"]["schemas"]["Eval"]["properties"]["kind"]["x-note"].update(description="y"),
        lambda d: d["components"]["schemas"]["Eval"]["discriminator"]["mapping"].update(description="#/x"),
        lambda d: d["components"]["schemas"]["Eval"]["discriminator"].update(propertyName="kind"),
        lambda d: d["paths"]["/evals"]["get"]["responses"]["200"]["links"]["next"]["parameters"].update(
            description="$request.path.id"
        ),
    ],
    ids=["not a string", "property named description", "default", "enum", "extension", "mapping", "tag", "link"],
)
def test_data_named_description_is_not_prose(edit: Any) -> None:
    before, after = _units_after(lambda d: None), _units_after(edit)
    assert before != after


# The validator follows a $ref wherever it reads a value; a reference that lands on prose, or
# on a component holding it, makes the text matter (found by a reviewer).
READ_THROUGH_A_REF = {
    "a default that is a reference to a description": """\
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /evals:
            get:
              responses:
                '200':
                  description: TEXT
                  content:
                    application/json:
                      schema:
                        type: string
                        enum: [ok]
                        default: {$ref: '#/paths/~1evals/get/responses/200/description'}
        """,
    "a parameter name that is a reference to a description": """\
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /evals/{id}:
            get:
              parameters: [{$ref: '#/components/schemas/X'}]
              responses: {'200': {description: ok}}
        components:
          schemas:
            X: {description: TEXT, in: path, name: {$ref: '#/components/schemas/X/description'}}
        """,
}


@pytest.mark.parametrize("text", READ_THROUGH_A_REF.values(), ids=READ_THROUGH_A_REF)
def test_prose_a_reference_can_read_as_a_value_counts(text: str) -> None:
    valid = make_slice(text.replace("TEXT", "ok" if "default" in text else "id"), ("/evals",))
    reworded = make_slice(text.replace("TEXT", "other"), ("/evals",))
    validate_slice(valid)
    with pytest.raises(SpecErrors):
        validate_slice(reworded)
    assert validation_units(valid) != validation_units(reworded)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["components"]["schemas"]["Eval"]["properties"]["kind"].update(
            {"$ref": "#/components/schemas/Eval/properties/kind"}
        ),
        lambda d: d["paths"]["/evals"]["get"]["parameters"].append({"$ref": "#/components/schemas/Eval"}),
        lambda d: d["info"].update({"x-note": {"$ref": "#/components/schemas/Eval"}}),
    ],
    ids=["into a component", "a component of another kind", "in data"],
)
def test_such_a_reference_anywhere_makes_prose_count_everywhere(edit: Any) -> None:
    before = make_slice(PROSE_31)
    edit(before.document)
    after = make_slice(PROSE_31)
    edit(after.document)
    after.document["info"]["description"] = "Reworded."
    assert validation_units(before) != validation_units(after)
