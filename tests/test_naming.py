"""Safe, deterministic identifiers (generator/naming.py)."""

from __future__ import annotations

import keyword

import pytest

from generator.naming import (
    RESERVED_FIELD_NAMES,
    RESERVED_TYPE_NAMES,
    Namespace,
    pascal_case,
    safe_constant,
    safe_pascal,
    safe_snake,
    snake_case,
    words,
)

HOSTILE = [
    "",
    "   ",
    "123",
    "4XX",
    "class",
    "from",
    "None",
    "True",
    "import",
    "__import__('os')",
    '__import__("os")',
    'x"; import os; "',
    "a'b\"c",
    "new\nline",
    "tab\there",
    "café",
    "日本語",
    "$ref",
    "@type",
    "a.b.c",
    "a/b~c",
    "-leading-dash",
    "__dunder__",
    "🙂",
]


class TestConversions:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("getEvalRuns", ["get", "Eval", "Runs"]),
            ("HTTPResponse", ["HTTP", "Response"]),
            ("eval_run-output item", ["eval", "run", "output", "item"]),
            ("gpt-4o", ["gpt", "4o"]),
            ("v2Beta", ["v2", "Beta"]),
            ("", []),
        ],
    )
    def test_words(self, name: str, expected: list[str]) -> None:
        assert words(name) == expected

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("getEvalRuns", "get_eval_runs"),
            ("EvalRunOutputItem", "eval_run_output_item"),
            ("eval_run-output item", "eval_run_output_item"),
            ("HTTPResponse", "http_response"),
            ("getHTTPResponseCode", "get_http_response_code"),
            ("XMLHttpRequest", "xml_http_request"),
            ("file_id", "file_id"),
            ("default-2024-11-15", "default_2024_11_15"),
            ("o3-mini", "o3_mini"),
            ("already_snake", "already_snake"),
        ],
    )
    def test_snake_case(self, name: str, expected: str) -> None:
        assert snake_case(name) == expected

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("eval_run-output item", "EvalRunOutputItem"),
            ("listEvals", "ListEvals"),
            ("EvalRunOutputItem", "EvalRunOutputItem"),
            ("HTTPResponse", "HTTPResponse"),
            ("gpt-4o", "Gpt4o"),
            ("file_id", "FileId"),
        ],
    )
    def test_pascal_case(self, name: str, expected: str) -> None:
        assert pascal_case(name) == expected

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("default-2024-11-15", "DEFAULT_2024_11_15"),
            ("in_progress", "IN_PROGRESS"),
            ("camelCase", "CAMEL_CASE"),
            ("", "EMPTY"),
            ("!!!", "EMPTY"),
            ("2024", "V_2024"),
            (1, "V_1"),
            (1.5, "V_1_5"),
            ("None", "NONE"),
        ],
    )
    def test_safe_constant(self, value: object, expected: str) -> None:
        assert safe_constant(value) == expected


class TestSafeSnake:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("class", "class_"),
            ("from", "from_"),
            ("None", "none"),
            ("import", "import_"),
            ("123", "value_123"),
            ("4XX", "value_4_xx"),
            ("", "value"),
            ("日本語", "value"),
            ('__import__("os")', "import_os"),
            ('x"; import os; "', "x_import_os"),
            ("new\nline", "new_line"),
            ("café", "caf"),
        ],
    )
    def test_examples(self, name: str, expected: str) -> None:
        assert safe_snake(name) == expected

    def test_fallback_is_used_for_empty_and_digit_names(self) -> None:
        assert safe_snake("", fallback="field") == "field"
        assert safe_snake("1st", fallback="field") == "field_1st"

    @pytest.mark.parametrize("name", ["to_dict", "from_dict", "list", "dict", "field", "extra"])
    def test_reserved_names_get_an_underscore(self, name: str) -> None:
        assert safe_snake(name, reserved=RESERVED_FIELD_NAMES) == name + "_"
        assert safe_snake(name) == name

    @pytest.mark.parametrize("name", HOSTILE)
    def test_always_a_safe_identifier(self, name: str) -> None:
        result = safe_snake(name)

        assert result.isidentifier()
        assert result.isascii()
        assert not keyword.iskeyword(result)
        assert result == result.lower()


class TestSafePascal:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("eval", "Eval"),
            ("None", "NoneModel"),
            ("True", "TrueModel"),
            ("class", "Class"),
            ("200", "Model200"),
            ("", "Model"),
            ("Client", "ClientModel"),
            ("Any", "AnyModel"),
            ("Literal", "LiteralModel"),
            ('__import__("os")', "ImportOs"),
        ],
    )
    def test_examples(self, name: str, expected: str) -> None:
        assert safe_pascal(name) == expected

    @pytest.mark.parametrize("name", sorted(RESERVED_TYPE_NAMES))
    def test_reserved_type_names_are_avoided(self, name: str) -> None:
        assert safe_pascal(name) not in RESERVED_TYPE_NAMES

    @pytest.mark.parametrize("name", HOSTILE)
    def test_always_a_safe_identifier(self, name: str) -> None:
        result = safe_pascal(name)

        assert result.isidentifier()
        assert result.isascii()
        assert not keyword.iskeyword(result)
        assert result[0].isupper()

    @pytest.mark.parametrize("name", HOSTILE)
    def test_constant_always_a_safe_identifier(self, name: str) -> None:
        result = safe_constant(name)

        assert result.isidentifier()
        assert not keyword.iskeyword(result)
        assert result == result.upper()


class TestNamespace:
    def test_collisions_are_numbered_in_claim_order(self) -> None:
        names = Namespace()

        assert [names.claim("a"), names.claim("a"), names.claim("b"), names.claim("a")] == [
            "a",
            "a_2",
            "b",
            "a_3",
        ]

    def test_numbering_skips_names_already_taken(self) -> None:
        names = Namespace()
        names.claim("a")
        names.claim("a_2")

        assert names.claim("a") == "a_3"

    def test_initially_taken_names(self) -> None:
        names = Namespace({"self", "timeout"})

        assert names.claim("self") == "self_2"
        assert names.claim("limit") == "limit"

    def test_separator(self) -> None:
        names = Namespace(separator="")

        assert [names.claim("Foo"), names.claim("Foo")] == ["Foo", "Foo2"]

    def test_deterministic(self) -> None:
        requests = ["x", "y", "x", "x_2", "x", "y"]
        ns1, ns2 = Namespace(), Namespace()

        first = [ns1.claim(r) for r in requests]

        assert first == ["x", "y", "x_2", "x_2_2", "x_3", "y_2"]
        assert [ns2.claim(r) for r in requests] == first

    def test_initial_set_is_not_mutated(self) -> None:
        taken = {"a"}
        Namespace(taken).claim("b")

        assert taken == {"a"}

    def test_cleaned_names_that_collide(self) -> None:
        names = Namespace(RESERVED_FIELD_NAMES)
        claimed = [
            names.claim(safe_snake(n, reserved=RESERVED_FIELD_NAMES))
            for n in ["fooBar", "foo_bar", "foo-bar"]
        ]

        assert claimed == ["foo_bar", "foo_bar_2", "foo_bar_3"]
