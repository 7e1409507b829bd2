"""Step 1: loading YAML and JSON specs (generator/load.py)."""

from __future__ import annotations

import datetime
import json
import math
import textwrap
from typing import Any

import pytest
import yaml

from generator import load
from generator.errors import GeneratorError
from generator.load import Document, load_document, parse_document


def same(a: Any, b: Any) -> bool:
    """Deep equality that also compares types and key order, and treats NaN as equal to NaN."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def csafe(text: bytes) -> Any:
    return yaml.load(text, Loader=yaml.CSafeLoader)


def uses_fast_path(text: bytes) -> bool:
    try:
        load._EventLoader(text, "t.yaml").load()
    except load._NeedsFullLoader:
        return False
    return True


# A document exercising the scalar resolvers, anchors and every collection style.
TRICKY = textwrap.dedent("""\
    openapi: 3.0.0
    anchors:
      base: &base {a: 1, b: [x, y]}
      again: *base
      scalar: &s hello
      scalar_again: *s
    ints: [0, 12, -3, 0o17, 0x1F, 1_000, +5, 012]
    floats: [1.5, -0.0, 1e3, .inf, -.Inf, .nan, 6.02e+23]
    bools: [true, false, True, FALSE, yes, no, on, off, Yes, NO]
    single_letters: [y, n, Y, N]
    nulls: [null, ~, Null, NULL, ]
    empty:
    empty_in_flow: {a: , b: ~}
    timestamps: [2024-01-02, 2024-01-02T03:04:05Z, 2024-01-02 03:04:05.5 +01:00]
    quoted: ["1", '2.5', "true", "null", "~", '2024-01-02', "yes"]
    responses:
      200:
        description: ok
      "201": {description: created}
      4XX: {}
      default: {}
    nested: {a: [1, {b: [c, {d: e}]}], f: {}, g: []}
    block_literal: |
      line one
        indented
      last
    block_folded: >-
      folded
      text

      para
    keep: |+
      keep

    strip: |-
      strip
    versionish: [3.0, 3.10, 1.2.3, 010, 0b101, 1:20, 190:20:30]
    strings: [-, "-", ':colon', 'it''s', "tab\\tx", "uni\\u00e9", plain text with spaces]
    """).encode()


class TestYamlMatchesCSafeLoader:
    def test_tricky_document_equals_csafeloader(self) -> None:
        data = parse_document(TRICKY, "t.yaml").data

        expected = csafe(TRICKY)
        assert same(data, expected)
        # The fast path handled it (the comparison above would be vacuous otherwise).
        assert uses_fast_path(TRICKY)

    def test_tricky_document_values_are_resolved(self) -> None:
        data = parse_document(TRICKY, "t.yaml").data

        assert data["anchors"]["again"] == {"a": 1, "b": ["x", "y"]}
        assert data["anchors"]["scalar_again"] == "hello"
        assert data["ints"] == [0, 12, -3, "0o17", 31, 1000, 5, 10]
        assert data["bools"] == [True, False, True, False, True, False, True, False, True, False]
        assert data["single_letters"] == ["y", "n", "Y", "N"]
        assert data["nulls"] == [None, None, None, None]
        assert data["empty"] is None
        assert data["empty_in_flow"] == {"a": None, "b": None}
        assert data["timestamps"][0] == datetime.date(2024, 1, 2)
        assert isinstance(data["timestamps"][1], datetime.datetime)
        assert data["quoted"] == ["1", "2.5", "true", "null", "~", "2024-01-02", "yes"]
        assert list(data["responses"]) == [200, "201", "4XX", "default"]
        assert data["block_literal"] == "line one\n  indented\nlast\n"
        assert data["block_folded"] == "folded text\npara"
        assert data["keep"] == "keep\n\n"
        assert data["strip"] == "strip"
        assert data["versionish"] == [3.0, 3.1, "1.2.3", 8, 5, 80, 685230]

    def test_anchored_mapping_is_shared_like_pyyaml(self) -> None:
        data = parse_document(TRICKY, "t.yaml").data

        assert data["anchors"]["again"] is data["anchors"]["base"]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(b"base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\n", id="merge-key"),
            pytest.param(b"a:\n  <<: [{x: 1}, {y: 2}]\n  z: 3\n", id="merge-list"),
            pytest.param(b"a: !!str 1\nb: 2\n", id="explicit-str"),
            pytest.param(b"a: !!int '3'\n", id="explicit-int"),
            pytest.param(b"a: !!map {x: 1}\n", id="explicit-map"),
        ],
    )
    def test_fallback_constructs_equal_csafeloader(self, text: bytes) -> None:
        assert not uses_fast_path(text)

        data = parse_document(text, "t.yaml").data

        assert same(data, csafe(text))

    def test_tricky_document_with_merge_key_and_tag_equals_csafeloader(self) -> None:
        text = TRICKY + b"merged:\n  <<: *base\n  c: 3\ntagged: !!str 1\n"
        assert not uses_fast_path(text)

        data = parse_document(text, "t.yaml").data

        assert same(data, csafe(text))
        assert data["merged"] == {"a": 1, "b": ["x", "y"], "c": 3}
        assert data["tagged"] == "1"

    def test_merge_key_result(self) -> None:
        data = parse_document(b"base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\n", "t.yaml").data

        assert data["d"] == {"x": 1, "y": 3}

    def test_explicit_str_tag_keeps_string(self) -> None:
        data = parse_document(b"a: !!str 1\nb: 2\n", "t.yaml").data

        assert data == {"a": "1", "b": 2}

    def test_non_specific_tag_stays_on_fast_path(self) -> None:
        text = b"a: ! 12\nb: !  '12'\n"

        assert uses_fast_path(text)
        assert same(parse_document(text, "t.yaml").data, csafe(text))


class TestYamlAndJsonAgree:
    def test_same_data_from_yaml_and_json(self, write_spec: Any) -> None:
        spec = {
            "openapi": "3.1.0",
            "info": {"title": "T", "version": "1"},
            "paths": {"/evals": {"get": {"responses": {"200": {"description": "ok"}}}}},
            "components": {
                "schemas": {"A": {"type": ["string", "null"], "enum": ["x", None], "default": 1.5}}
            },
        }
        yaml_path = write_spec(spec, "spec.yaml")
        json_path = write_spec(spec, "spec.json")

        from_yaml = load_document(yaml_path)
        from_json = load_document(json_path)

        assert from_yaml.data == from_json.data == spec
        assert from_json.is_json and not from_yaml.is_json

    def test_json_detected_by_content_without_extension(self) -> None:
        document = parse_document(b'  {"openapi": "3.0.0", "paths": {}}', "spec.txt")

        assert document.is_json
        assert document.data == {"openapi": "3.0.0", "paths": {}}

    def test_utf8_bom_is_ignored(self) -> None:
        document = parse_document(b"\xef\xbb\xbfopenapi: 3.0.0\ntitle: caf\xc3\xa9\n", "s.yaml")

        assert document.data == {"openapi": "3.0.0", "title": "café"}


class TestYamlErrors:
    def test_malformed_yaml_names_file_line_and_column(self, write_spec: Any) -> None:
        path = write_spec("""\
            openapi: 3.0.0
            paths:
              /evals:
                get: {responses: [unclosed
            components: {}
            """)

        with pytest.raises(GeneratorError) as caught:
            load_document(path)

        location = caught.value.location
        assert location.file == str(path)
        assert location.line == 5
        assert location.column is not None and location.column >= 1
        assert "malformed YAML" in caught.value.message
        assert f"{path}:5:" in str(caught.value)

    def test_bad_indentation_line(self) -> None:
        text = b"openapi: 3.0.0\ninfo:\n  title: x\n version: 1\n"

        with pytest.raises(GeneratorError) as caught:
            parse_document(text, "bad.yaml")

        assert (caught.value.location.file, caught.value.location.line) == ("bad.yaml", 4)

    def test_undefined_alias_is_an_error_with_position(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            parse_document(b"a: 1\nb: *nope\n", "s.yaml")

        assert "undefined alias" in caught.value.message
        assert (caught.value.location.line, caught.value.location.column) == (2, 4)

    def test_duplicate_key_reported_at_second_key(self) -> None:
        text = textwrap.dedent("""\
            openapi: 3.0.0
            components:
              schemas:
                Foo: {type: string}
                Bar: {type: integer}
                Foo: {type: object}
            """).encode()

        with pytest.raises(GeneratorError) as caught:
            parse_document(text, "dup.yaml")

        assert "duplicate key 'Foo'" in caught.value.message
        assert (caught.value.location.file, caught.value.location.line) == ("dup.yaml", 6)
        assert caught.value.location.column == 5

    def test_duplicate_key_detected_on_the_fallback_path(self) -> None:
        # An explicit tag sends the document to PyYAML's loader, which alone would keep the last.
        with pytest.raises(GeneratorError) as caught:
            parse_document(b"a: !!str 1\nb: 1\nb: 2\n", "dup.yaml")

        assert "duplicate key 'b'" in caught.value.message
        assert (caught.value.location.file, caught.value.location.line) == ("dup.yaml", 3)
        assert caught.value.location.column == 1

    def test_duplicate_key_detected_in_a_nested_mapping_on_the_fallback_path(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            parse_document(b"a: !!str 1\nb:\n  on: 1\n  yes: 2\n", "dup.yaml")

        assert "duplicate key True" in caught.value.message
        assert caught.value.location.line == 4

    def test_merged_keys_may_be_overridden(self) -> None:
        text = b"base: &base {x: 1, y: 2}\nderived:\n  <<: *base\n  y: 3\n"

        document = parse_document(text, "merge.yaml")

        assert document.data["derived"] == {"x": 1, "y": 3}

    def test_keys_that_resolve_to_the_same_value_are_duplicates(self) -> None:
        # 'on' and 'yes' are both the boolean true in YAML 1.1.
        with pytest.raises(GeneratorError) as caught:
            parse_document(b"on: 1\nyes: 2\n", "dup.yaml")

        assert caught.value.location.line == 2

    def test_multiple_documents_rejected(self) -> None:
        text = b"openapi: 3.0.0\npaths: {}\n---\nopenapi: 3.1.0\n"

        with pytest.raises(GeneratorError) as caught:
            parse_document(text, "multi.yaml")

        assert "more than one YAML document" in caught.value.message
        assert caught.value.location.line == 3

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            (b"- a\n- b\n", "a list"),
            (b"just a string\n", "a string"),
            (b"", "an empty document"),
            (b"# only a comment\n", "an empty document"),
            (b"42\n", "int"),
        ],
    )
    def test_non_mapping_top_level_yaml(self, text: bytes, found: str) -> None:
        with pytest.raises(GeneratorError) as caught:
            parse_document(text, "top.yaml")

        assert f"found {found}" in caught.value.message
        assert caught.value.location.file == "top.yaml"

    def test_mapping_key_must_be_scalar(self) -> None:
        with pytest.raises(GeneratorError, match="mapping key must be a scalar"):
            parse_document(b"? [a, b]\n: c\n", "k.yaml")

    def test_mapping_key_must_be_scalar_has_line(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            parse_document(b"a: 1\n? [a, b]\n: c\n", "k.yaml")

        assert (caught.value.location.line, caught.value.location.column) == (2, 3)

    def test_unknown_tag_is_an_error_with_position(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            parse_document(b"a: 1\nb: !custom 1\n", "tag.yaml")

        assert "!custom" in caught.value.message
        assert caught.value.location.line == 2


class TestJsonErrors:
    def test_malformed_json_names_file_line_and_column(self, write_spec: Any) -> None:
        path = write_spec('{\n  "openapi": "3.0.0",\n  "paths": {,}\n}\n', "spec.json")

        with pytest.raises(GeneratorError) as caught:
            load_document(path)

        assert "malformed JSON" in caught.value.message
        location = caught.value.location
        assert (location.file, location.line, location.column) == (str(path), 3, 13)
        assert f"{path}:3:13" in str(caught.value)

    def test_trailing_comma_json(self) -> None:
        with pytest.raises(GeneratorError) as caught:
            parse_document(b'{"a": 1,\n}', "x.json")

        assert caught.value.location.line == 2

    def test_non_mapping_top_level_json(self) -> None:
        with pytest.raises(GeneratorError, match="found a list"):
            parse_document(b"[1, 2]", "x.json")

    def test_non_utf8_json(self) -> None:
        with pytest.raises(GeneratorError, match="not UTF-8"):
            parse_document(b'{"a": "\xff"}', "x.json")


def test_missing_file(tmp_path: Any) -> None:
    missing = tmp_path / "nope.yaml"

    with pytest.raises(GeneratorError) as caught:
        load_document(missing)

    assert caught.value.location.file == str(missing)
    assert "cannot read the spec" in caught.value.message
    assert caught.value.hint and "--spec" in caught.value.hint


def test_directory_is_not_a_spec(tmp_path: Any) -> None:
    with pytest.raises(GeneratorError, match="cannot read the spec"):
        load_document(tmp_path)


LOCATE_YAML = textwrap.dedent("""\
    openapi: 3.0.0
    paths:
      /evals/{eval_id}:
        get:
          parameters:
            - name: eval_id
              in: path
            - name: q
              in: query
          responses:
            200:
              description: ok
      /a~b:
        get: {}
    components:
      schemas:
        Foo:
          properties:
            bar: {type: strin}
            baz:
              type: integer
    """).encode()


class TestLocate:
    @pytest.fixture
    def document(self) -> Document:
        return parse_document(LOCATE_YAML, "loc.yaml")

    @pytest.mark.parametrize(
        ("pointer", "line", "column"),
        [
            ("#/openapi", 1, 1),
            ("#/paths/~1evals~1{eval_id}", 3, 3),
            ("#/paths/~1evals~1{eval_id}/get/parameters", 5, 7),
            ("#/paths/~1evals~1{eval_id}/get/parameters/0", 6, 11),
            ("#/paths/~1evals~1{eval_id}/get/parameters/1", 8, 11),
            ("#/paths/~1evals~1{eval_id}/get/parameters/1/in", 9, 11),
            ("#/paths/~1evals~1{eval_id}/get/responses/200/description", 12, 11),
            ("#/paths/~1a~0b/get", 14, 5),
            ("#/components/schemas/Foo/properties/bar/type", 19, 15),
            ("#/components/schemas/Foo/properties/baz/type", 21, 11),
            ("#", 1, 1),
        ],
    )
    def test_pointer_lines(self, document: Document, pointer: str, line: int, column: int) -> None:
        location = document.locate(pointer)

        assert (location.line, location.column) == (line, column)
        assert location.file == "loc.yaml"
        assert location.pointer == pointer

    def test_missing_key_gives_nearest_ancestor(self, document: Document) -> None:
        location = document.locate("#/components/schemas/Foo/properties/nope")

        assert location.line == 18  # the 'properties:' key

    def test_locate_in_json(self) -> None:
        text = json.dumps(
            {"openapi": "3.0.0", "paths": {"/a": {"get": {"tags": ["x", "y"]}}}}, indent=2
        )
        document = parse_document(text.encode(), "s.json")

        assert document.locate("#/paths/~1a/get/tags/1").line == 8
        assert document.locate("#/paths/~1a/get").line == 5
