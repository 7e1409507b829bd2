"""The escaping filters (generator/escape.py): the only way a spec string reaches generated code.

Each filter is checked in the context it is made for: the text, placed there, must read back
as exactly the original (string literals, TOML strings, docstrings modulo line breaks) or as
an inert rendering of it (comments, Markdown), whatever the input.
"""

from __future__ import annotations

import ast
import inspect
import io
import itertools
import keyword
import re
import tokenize
from typing import Any

import pytest

from generator.escape import (
    Code,
    comment,
    docstring,
    docstring_body,
    identifier,
    markdown,
    markdown_code,
    string_literal,
    toml_string,
    value_literal,
)

PWN = "__import__('os').system('touch PWNED')"
NASTY = [
    "",
    "plain",
    '"',
    "'",
    '"""',
    "'''",
    '""""',
    '"""""',
    "\"'\"'\"'",
    "\\",
    "\\\\",
    '\\"',
    '\\"""',
    'ends with a quote"',
    "ends with a backslash\\",
    'x = """; ' + PWN + '; """',
    "'''" + PWN + "'''",
    "\x00",
    "nul\x00in the middle",
    "line\nbreak",
    "carriage\rreturn",
    "crlf\r\n",
    "\u2028line separator\u2029paragraph separator\u0085next line",
    "\x0bvertical tab\x0cform feed\x1c\x1d\x1e\x1f\x7f",
    "\x1b[31mescape codes",
    "tab\there",
    "{{ 7*7 }} {% if True %}x{% endif %} {# c #}",
    "# not a comment",
    "\\N{BULLET} \\u2028 \\x00 \\n",
    "émoji 🎉 and RTL \u202e override",
    "*emph* _u_ `code` <b>html</b> [link](javascript:x) | pipe ![img](x) ~~s~~ #h +l !x",
    PWN,
]

# Characters that end a line for Python's tokenizer or for str.splitlines().
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def test_every_filter_returns_code() -> None:
    for result in (
        identifier("name"),
        string_literal("x"),
        value_literal(1),
        docstring("x"),
        docstring_body("x"),
        comment("x"),
        markdown("x"),
        markdown_code("x"),
        toml_string("x"),
    ):
        assert type(result) is Code


class TestIdentifier:
    @pytest.mark.parametrize(
        "name", ["a", "_", "_private", "Name1", "snake_case", "CONSTANT", "match", "type", "case"]
    )
    def test_accepts_safe_identifiers(self, name: str) -> None:
        assert identifier(name) == name

    @pytest.mark.parametrize(
        "name",
        [
            "",
            "1st",
            "a-b",
            "a b",
            "a.b",
            "a\nb",
            "a;b",
            "a\x00",
            "é",
            "ｆｕｌｌ",  # NFKC-normalises to "full": not ASCII
            "a\u200bb",
            PWN,
            "os.system",
            "a'b",
            '"',
            *keyword.kwlist,
        ],
    )
    def test_refuses_anything_else(self, name: str) -> None:
        with pytest.raises(ValueError, match="not a safe identifier"):
            identifier(name)

    def test_refuses_non_strings_that_do_not_spell_an_identifier(self) -> None:
        with pytest.raises(ValueError):
            identifier(3)
        with pytest.raises(ValueError):
            identifier(None)  # "None" is a keyword


def _all_strings(alphabet: str, max_length: int) -> list[str]:
    return [
        "".join(chars)
        for n in range(max_length + 1)
        for chars in itertools.product(alphabet, repeat=n)
    ]


class TestStringLiteral:
    @pytest.mark.parametrize("text", NASTY)
    def test_reads_back_exactly(self, text: str) -> None:
        literal = string_literal(text)
        assert ast.literal_eval(literal) == text
        self._assert_one_string_token(literal)

    def test_exhaustively_over_awkward_characters(self) -> None:
        for text in _all_strings("\"'\\\n\r\x00\u2028a", 4):
            literal = string_literal(text)
            assert ast.literal_eval(literal) == text
            assert not any(char in literal for char in LINE_BREAKS), repr(literal)

    def test_is_one_line_and_one_token(self) -> None:
        for text in NASTY:
            literal = string_literal(text)
            assert not any(char in literal for char in LINE_BREAKS), repr(literal)

    def test_embedded_in_code_is_just_a_string(self) -> None:
        for text in NASTY:
            module = ast.parse(f"x = {string_literal(text)}\ny = 1\n")
            assert [type(node).__name__ for node in module.body] == ["Assign", "Assign"]
            value = module.body[0].value  # type: ignore[attr-defined]
            assert isinstance(value, ast.Constant) and value.value == text

    def test_even_a_lone_surrogate(self) -> None:
        # The loader refuses these in a spec; the literal would still spell it exactly.
        literal = string_literal("\ud800")
        assert literal.isascii() and ast.literal_eval(literal) == "\ud800"

    def test_non_strings_are_converted_to_text(self) -> None:
        assert ast.literal_eval(string_literal(12)) == "12"

    @staticmethod
    def _assert_one_string_token(literal: str) -> None:
        tokens = [
            t
            for t in tokenize.generate_tokens(io.StringIO(literal).readline)
            if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER)
        ]
        assert [t.type for t in tokens] == [tokenize.STRING], tokens


class TestValueLiteral:
    @pytest.mark.parametrize(
        "value", [None, True, False, 0, -1, 10**30, 1.5, -0.0, 1e300, 5e-324, "", "x", *NASTY]
    )
    def test_reads_back_as_the_same_value_and_type(self, value: Any) -> None:
        literal = value_literal(value)
        back = ast.literal_eval(literal)
        assert type(back) is type(value)
        assert back == value or (isinstance(value, float) and str(back) == str(value))

    def test_booleans_are_not_integers(self) -> None:
        assert value_literal(True) == "True"
        assert value_literal(False) == "False"

    @pytest.mark.parametrize(
        "value", [float("nan"), float("inf"), float("-inf"), [1], {"a": 1}, (1,), b"x", object()]
    )
    def test_refuses_what_is_not_a_json_scalar(self, value: Any) -> None:
        with pytest.raises(ValueError):
            value_literal(value)


def _normalised(text: str) -> str:
    """What a docstring keeps of a text: its lines (any line break), right-stripped, tabs expanded."""
    plain = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    return "\n".join(line.rstrip() for line in plain.splitlines()).strip("\n")


def _expected_doc(text: str) -> str:
    """The ``__doc__`` of ``docstring(text)``: several lines end with a newline (the closing quotes' line)."""
    normal = _normalised(text)
    return normal + "\n" if "\n" in normal else normal


def _doc_of_module(source_docstring: str) -> str | None:
    namespace: dict[str, Any] = {}
    code = compile(source_docstring + "\n", "<docstring>", "exec", dont_inherit=True)
    exec(code, namespace)  # noqa: S102 - the text under test is a bare docstring
    return namespace.get("__doc__")


class TestDocstring:
    @pytest.mark.parametrize("text", [t for t in NASTY if t.strip()])
    def test_compiles_and_holds_the_text(self, text: str) -> None:
        source = docstring(text)
        module = ast.parse(source)
        assert len(module.body) == 1 and isinstance(module.body[0], ast.Expr)
        assert _doc_of_module(source) == _expected_doc(text)

    def test_the_awkward_characters_of_the_brief(self) -> None:
        text = 'a """ b \'\'\' c \\ d \x00 e \r f \u2028 g "'
        assert _doc_of_module(docstring(text)) == 'a """ b \'\'\' c \\ d \x00 e\n f\n g "\n'

    def test_exhaustively_over_quotes_and_backslashes(self) -> None:
        for text in _all_strings("\"'\\a", 7):
            if not text.strip():
                continue
            body = docstring_body(text)
            value = ast.literal_eval('"""' + body + '"""')
            assert value == text, (text, body)

    def test_exhaustively_with_control_and_line_characters(self) -> None:
        for text in _all_strings('"\\\x00\r\n\u2028a ', 4):
            if not text.strip():
                continue
            value = ast.literal_eval('"""' + docstring_body(text) + '"""')
            assert value == _normalised(text), (text, value)

    def test_no_raw_control_characters_reach_the_source(self) -> None:
        for text in NASTY:
            source = docstring(text) if text.strip() else ""
            assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u0085\u2028\u2029]", source), repr(
                source
            )

    def test_indented_in_a_class_and_a_function(self) -> None:
        text = 'Line one """ with quotes\nline two \\ ends with a quote"'
        source = (
            "class C:\n"
            f"    {docstring(text, 4)}\n"
            "\n"
            "    def f(self):\n"
            f"        {docstring(text, 8)}\n"
            "        return 1\n"
        )
        namespace: dict[str, Any] = {}
        exec(compile(source, "<class>", "exec"), namespace)  # noqa: S102
        cls = namespace["C"]
        assert inspect.cleandoc(cls.__doc__) == text
        assert inspect.cleandoc(cls.f.__doc__) == text
        assert cls().f() == 1

    def test_long_lines_are_wrapped_without_losing_words(self) -> None:
        text = " ".join(f"word{i}" for i in range(60)) + ' """'
        doc = _doc_of_module(docstring(text))
        assert doc is not None
        assert doc.split() == text.split()
        assert max(len(line) for line in doc.splitlines()) <= 88

    def test_empty_text_gives_nothing_or_the_fallback(self) -> None:
        assert docstring("") == ""
        assert docstring("  \n ") == ""
        assert docstring(None) == ""
        assert _doc_of_module(docstring("", fallback='Fallback """')) == 'Fallback """'

    def test_docstring_body_inside_a_template_sentence(self) -> None:
        # Templates put docstring_body in the middle of their own docstring text.
        for text in NASTY:
            source = f'"""Parse one {docstring_body(text)} from decoded JSON."""'
            value = ast.literal_eval(source)
            assert value == f"Parse one {_normalised(text)} from decoded JSON."


class TestComment:
    @pytest.mark.parametrize("text", NASTY)
    def test_stays_a_comment(self, text: str) -> None:
        flat = comment(text)
        assert not any(char in flat for char in LINE_BREAKS)
        module = ast.parse(f"# {flat}\nx = 1\n")
        assert [type(node).__name__ for node in module.body] == ["Assign"]

    def test_keeps_the_words(self) -> None:
        assert comment("a\nb\r\nc\u2028d  e") == "a b c d e"
        assert comment(PWN) == PWN  # inert: it is after a #


class TestMarkdown:
    SPECIAL = "\\`*_{}[]<>()#+|!~"

    @pytest.mark.parametrize("text", NASTY)
    def test_one_line_every_special_character_escaped(self, text: str) -> None:
        rendered = markdown(text)
        assert not any(char in rendered for char in LINE_BREAKS)
        unescaped = re.sub(r"\\(.)", "", rendered)
        assert not any(char in unescaped for char in self.SPECIAL), rendered
        # Removing the escapes gives back the words of the text.
        assert re.sub(r"\\(.)", r"\1", rendered) == " ".join(
            re.sub(f"[{re.escape(LINE_BREAKS)}]|[\x00-\x08\x1b\x7f]", " ", text).split()
        )

    def test_html_and_links_are_inert(self) -> None:
        assert markdown("<script>alert(1)</script>") == "\\<script\\>alert\\(1\\)\\</script\\>"
        assert markdown("[x](javascript:y)") == "\\[x\\]\\(javascript:y\\)"
        assert markdown("a | b") == "a \\| b"

    def test_markdown_code_has_no_backticks_pipes_or_breaks(self) -> None:
        for text in NASTY:
            rendered = markdown_code(text)
            assert "`" not in rendered
            assert not any(char in rendered for char in LINE_BREAKS)
            assert "|" not in rendered.replace("\\|", "")
        assert markdown_code("GET /a|b `c`") == "GET /a\\|b 'c'"


class TestTomlString:
    @pytest.mark.parametrize("text", NASTY)
    def test_reads_back_exactly(self, text: str) -> None:
        tomllib = pytest.importorskip("tomllib")  # Python 3.11+
        document = f"x = {toml_string(text)}\ny = 1\n"
        assert tomllib.loads(document) == {"x": text, "y": 1}

    def test_exhaustively_over_awkward_characters(self) -> None:
        tomllib = pytest.importorskip("tomllib")
        for text in _all_strings("\"\\\n\r\x00\x7f'a", 4):
            assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text
