"""Step 2: selecting operations and the closure of their refs (generator/slice.py)."""

from __future__ import annotations

import textwrap

import pytest

from generator.errors import GeneratorError
from generator.load import parse_document
from generator.slice import Slice, slice_spec


def make_slice(
    text: str, paths: tuple[str, ...] = ("/evals",), tags: tuple[str, ...] = ()
) -> Slice:
    document = parse_document(textwrap.dedent(text).encode(), "spec.yaml")
    return slice_spec(document, paths, tags)


def schemas(spec_slice: Slice) -> set[str]:
    return set(spec_slice.document.get("components", {}).get("schemas", {}))


OK = "responses: {'200': {description: ok}}"


class TestSelection:
    SPEC = f"""\
        openapi: 3.0.0
        info: {{title: T, version: '1'}}
        servers: [{{url: 'https://example.com/v1'}}]
        paths:
          /evals:
            get: {{operationId: listEvals, tags: [Evals], {OK}}}
            post: {{operationId: createEval, tags: [Evals], {OK}}}
          /evals/{{eval_id}}:
            parameters: [{{name: eval_id, in: path, required: true, schema: {{type: string}}}}]
            get: {{operationId: getEval, tags: [Evals], {OK}}}
          /files:
            summary: files
            parameters: [{{name: x, in: query, schema: {{type: string}}}}]
            get: {{operationId: listFiles, tags: [Files], {OK}}}
            post: {{operationId: createFile, tags: [Uploads], {OK}}}
        webhooks:
          thing: {{post: {{{OK}}}}}
        components:
          securitySchemes:
            ApiKey: {{type: http, scheme: bearer}}
          schemas:
            Unused: {{type: string}}
        """

    def test_default_path_prefix_is_evals(self) -> None:
        document = parse_document(textwrap.dedent(self.SPEC).encode(), "spec.yaml")

        spec_slice = slice_spec(document)

        assert spec_slice.operations == [
            ("/evals", "get"),
            ("/evals", "post"),
            ("/evals/{eval_id}", "get"),
        ]
        assert list(spec_slice.document["paths"]) == ["/evals", "/evals/{eval_id}"]

    def test_path_item_parameters_are_kept(self) -> None:
        spec_slice = make_slice(self.SPEC)

        assert (
            spec_slice.document["paths"]["/evals/{eval_id}"]["parameters"][0]["name"] == "eval_id"
        )

    def test_selection_by_tag(self) -> None:
        spec_slice = make_slice(self.SPEC, paths=(), tags=("Files",))

        assert spec_slice.operations == [("/files", "get")]

    def test_unselected_methods_on_same_path_are_dropped(self) -> None:
        spec_slice = make_slice(self.SPEC, paths=(), tags=("Files",))

        item = spec_slice.document["paths"]["/files"]
        assert "get" in item
        assert "post" not in item
        # Shared keys of the path item stay.
        assert item["summary"] == "files"
        assert item["parameters"][0]["name"] == "x"

    def test_path_and_tag_selections_add_up(self) -> None:
        spec_slice = make_slice(self.SPEC, paths=("/evals/",), tags=("Uploads",))

        assert spec_slice.operations == [("/evals/{eval_id}", "get"), ("/files", "post")]

    def test_top_level_keys_kept_webhooks_and_unused_components_dropped(self) -> None:
        spec_slice = make_slice(self.SPEC)

        document = spec_slice.document
        assert document["openapi"] == "3.0.0"
        assert document["info"] == {"title": "T", "version": "1"}
        assert document["servers"] == [{"url": "https://example.com/v1"}]
        assert "webhooks" not in document
        assert document["components"] == {
            "securitySchemes": {"ApiKey": {"type": "http", "scheme": "bearer"}}
        }

    def test_nothing_matching_is_an_error(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            make_slice(self.SPEC, paths=("/nothing",), tags=("Nope",))

        assert "no operation matches" in caught.value.message
        assert "'/nothing'" in caught.value.message
        assert "'Nope'" in caught.value.message
        assert caught.value.location.file == "spec.yaml"

    def test_no_paths_object_is_an_error(self) -> None:
        with pytest.raises(GeneratorError, match="no 'paths' object"):
            make_slice("openapi: 3.0.0\ninfo: {title: T, version: '1'}\n")

    def test_source_document_is_not_modified(self) -> None:
        document = parse_document(textwrap.dedent(self.SPEC).encode(), "spec.yaml")

        slice_spec(document, (), ("Files",))

        assert set(document.data["paths"]["/files"]) == {"summary", "parameters", "get", "post"}
        assert "Unused" in document.data["components"]["schemas"]


class TestClosure:
    def test_refs_to_refs_are_followed(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.0.0
            paths:
              /evals:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Alias'}
            components:
              schemas:
                Alias: {$ref: '#/components/schemas/Target'}
                Target:
                  type: object
                  properties:
                    inner: {$ref: '#/components/schemas/Inner'}
                    items: {type: array, items: {$ref: '#/components/schemas/Item'}}
                Inner: {type: string}
                Item: {type: integer}
                Unreached: {type: string}
            """)

        assert schemas(spec_slice) == {"Alias", "Target", "Inner", "Item"}

    def test_refs_to_parameters_responses_and_request_bodies(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.0.0
            paths:
              /evals:
                post:
                  parameters: [{$ref: '#/components/parameters/Limit'}]
                  requestBody: {$ref: '#/components/requestBodies/Create'}
                  responses:
                    '200': {$ref: '#/components/responses/Ok'}
            components:
              parameters:
                Limit: {name: limit, in: query, schema: {$ref: '#/components/schemas/LimitValue'}}
                Other: {name: other, in: query, schema: {type: string}}
              requestBodies:
                Create:
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/CreateBody'}
              responses:
                Ok:
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Result'}
              schemas:
                LimitValue: {type: integer}
                CreateBody: {type: object}
                Result: {type: object}
                Unreached: {type: object}
            """)

        components = spec_slice.document["components"]
        assert set(components["parameters"]) == {"Limit"}
        assert set(components["requestBodies"]) == {"Create"}
        assert set(components["responses"]) == {"Ok"}
        assert set(components["schemas"]) == {"LimitValue", "CreateBody", "Result"}

    def test_discriminator_mapping_targets_are_included(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.0.0
            paths:
              /evals:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
            components:
              schemas:
                Pet:
                  type: object
                  properties: {kind: {type: string}}
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: Cat
                      dog: '#/components/schemas/Dog'
                Cat: {type: object, properties: {toy: {$ref: '#/components/schemas/Toy'}}}
                Dog: {type: object}
                Toy: {type: string}
                Bird: {type: object}
            """)

        assert schemas(spec_slice) == {"Pet", "Cat", "Dog", "Toy"}

    def test_discriminator_mapping_to_missing_schema_is_an_error(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            make_slice("""\
                openapi: 3.0.0
                paths:
                  /evals:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Pet'}
                components:
                  schemas:
                    Pet:
                      type: object
                      discriminator: {propertyName: kind, mapping: {cat: Cat}}
                """)

        assert "#/components/schemas/Cat" in caught.value.message
        assert caught.value.location.pointer == "#/components/schemas/Pet/discriminator/mapping"

    def test_recursive_schemas_terminate(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.0.0
            paths:
              /evals:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/A'}
            components:
              schemas:
                A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}
                B:
                  type: object
                  properties:
                    a: {$ref: '#/components/schemas/A'}
                    self: {$ref: '#/components/schemas/B'}
            """)

        assert schemas(spec_slice) == {"A", "B"}

    def test_recursive_ref_includes_enclosing_component(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.1.0
            paths:
              /evals:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Wrapper'}
            components:
              schemas:
                Wrapper: {type: object, properties: {tree: {$ref: '#/components/schemas/Tree'}}}
                Tree:
                  $recursiveAnchor: true
                  type: object
                  properties:
                    children: {type: array, items: {$recursiveRef: '#'}}
            """)

        assert schemas(spec_slice) == {"Wrapper", "Tree"}

    LITERALS = """\
        openapi: 3.0.0
        paths:
          /evals:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Holder'}
                      example: {$ref: '#/components/schemas/ViaMediaExample'}
                      examples:
                        one:
                          value: {$ref: '#/components/schemas/ViaExampleValue'}
        components:
          schemas:
            Holder:
              type: object
              example: {$ref: '#/components/schemas/ViaExample'}
              default: {$ref: '#/components/schemas/ViaDefault'}
              x-extension: {$ref: '#/components/schemas/ViaExtension'}
              properties:
                data:
                  type: object
                  enum: [{$ref: '#/components/schemas/ViaEnum'}]
                  const: {$ref: '#/components/schemas/ViaConst'}
                example: {$ref: '#/components/schemas/NamedExample'}
                default: {$ref: '#/components/schemas/NamedDefault'}
                enum: {$ref: '#/components/schemas/NamedEnum'}
            NamedExample: {type: string}
            NamedDefault: {type: integer}
            NamedEnum: {type: boolean}
            ViaExample: {type: string}
            ViaDefault: {type: string}
            ViaEnum: {type: string}
            ViaConst: {type: string}
            ViaExtension: {type: string}
            ViaMediaExample: {type: string}
            ViaExampleValue: {type: string}
        """

    def test_refs_inside_literal_values_are_not_followed(self) -> None:
        spec_slice = make_slice(self.LITERALS)

        assert not {name for name in schemas(spec_slice) if name.startswith("Via")}

    def test_properties_named_like_literal_keywords_are_walked(self) -> None:
        spec_slice = make_slice(self.LITERALS)

        assert schemas(spec_slice) == {"Holder", "NamedExample", "NamedDefault", "NamedEnum"}

    def test_dangling_ref_inside_an_example_is_not_an_error(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.0.0
            paths:
              /evals:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: object, default: {$ref: '#/nowhere'}}
                          examples:
                            one: {value: {$ref: '#/nowhere'}}
            """)

        assert spec_slice.operations == [("/evals", "get")]

    def test_escaped_ref_segments(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.0.0
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
                              a: {$ref: '#/components/schemas/a~1b'}
                              b: {$ref: '#/components/schemas/c~0d'}
                              c: {$ref: '#/components/schemas/e~01'}
            components:
              schemas:
                a/b: {type: string}
                c~d: {type: string}
                e~1: {type: string}
                a: {type: string}
                e/: {type: string}
            """)

        assert schemas(spec_slice) == {"a/b", "c~d", "e~1"}
        target, pointer = spec_slice.resolve("#/components/schemas/e~01", "#")
        assert target == {"type": "string"}
        assert pointer == "#/components/schemas/e~01"

    def test_unquoted_integer_component_key(self) -> None:
        # YAML reads an unquoted 404 as an int; the pointer segment is the text "404".
        spec_slice = make_slice("""\
            openapi: 3.0.0
            paths:
              /evals:
                get:
                  responses:
                    404: {$ref: '#/components/responses/404'}
            components:
              responses:
                404: {description: not found}
            """)

        assert spec_slice.resolve("#/components/responses/404", "#")[0] == {
            "description": "not found"
        }


class TestRefErrors:
    def test_unresolvable_ref_names_ref_and_where_used(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            make_slice("""\
                openapi: 3.0.0
                paths:
                  /evals:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Missing'}
                components:
                  schemas: {}
                """)

        error = caught.value
        assert "'#/components/schemas/Missing'" in error.message
        assert (
            error.location.pointer
            == "#/paths/~1evals/get/responses/200/content/application~1json/schema"
        )
        assert (error.location.file, error.location.line) == ("spec.yaml", 10)

    def test_unresolvable_ref_inside_a_component(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            make_slice("""\
                openapi: 3.0.0
                paths:
                  /evals:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/A'}
                components:
                  schemas:
                    A:
                      type: object
                      properties:
                        b: {$ref: '#/components/schemas/B'}
                """)

        assert caught.value.location.pointer == "#/components/schemas/A/properties/b"
        assert caught.value.location.line == 16

    def test_external_ref_is_an_error(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            make_slice("""\
                openapi: 3.0.0
                paths:
                  /evals:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: 'other.yaml#/x'}
                """)

        assert "external reference 'other.yaml#/x'" in caught.value.message
        assert caught.value.location.line == 10
        assert caught.value.hint and "bundle" in caught.value.hint

    CIRCULAR = """\
        openapi: 3.0.0
        paths:
          /evals:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/A'}
        components:
          schemas:
            A: {$ref: '#/components/schemas/B'}
            B: {$ref: '#/components/schemas/A'}
        """

    def test_circular_ref_chain_slices(self) -> None:
        spec_slice = make_slice(self.CIRCULAR)

        assert schemas(spec_slice) == {"A", "B"}

    def test_circular_ref_chain_is_an_error_when_resolved(self) -> None:
        spec_slice = make_slice(self.CIRCULAR)

        with pytest.raises(GeneratorError) as caught:
            spec_slice.resolve("#/components/schemas/A", "#/paths/~1evals/get")

        message = caught.value.message
        assert "circular $ref" in message
        assert (
            "#/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A" in message
        )

    def test_resolve_follows_refs_to_refs(self) -> None:
        spec_slice = make_slice("""\
            openapi: 3.0.0
            paths:
              /evals:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/A'}
            components:
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/C'}
                C: {type: integer}
            """)

        assert spec_slice.resolve("#/components/schemas/A", "#") == (
            {"type": "integer"},
            "#/components/schemas/C",
        )


def test_slice_pointers_locate_in_the_source() -> None:
    spec_slice = make_slice("""\
        openapi: 3.0.0
        paths:
          /files:
            get: {responses: {'200': {description: ok}}}
          /evals:
            get:
              responses: {'200': {description: ok}}
        """)

    assert spec_slice.locate("#/paths/~1evals/get/responses").line == 7
