"""Specs broken in the ways a fuzzing session found: each is a clear error, never a traceback.

Every case runs ``generate`` with and without validation. A bad spec ends in exit status 2
with a message naming the file (and the line where one exists) and nothing written; a
strange but usable spec generates a package that imports. Unexpected exceptions are still
exit status 2 (never 1, which ``check`` and ``diff`` use for "differs" and "breaking").
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import generator.pipeline
from generator.cli import main

try:
    from yaml import _yaml

    _LIBYAML = tuple(int(n) for n in _yaml.get_version_string().split(".")[:3])
except ImportError:  # PyYAML without libyaml: only our own limit applies
    _LIBYAML = (0,)
#: Where a 150,000-deep flow sequence is refused: libyaml from 0.2.6 stops at 1000 levels
#: while reading ahead, before our own limit of 400 is reached.
_FLOW_DEPTH_COLUMN = 1003 if _LIBYAML >= (0, 2, 6) else 403

HEADER = """\
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /evals:
    get:
      operationId: g
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/T"}}}}
components:
  schemas:
"""


def operation(lines: str) -> str:
    """A spec whose one operation, GET /evals, has ``lines`` (indented under it)."""
    body = "".join(f"      {line}\n" for line in lines.splitlines())
    return f'openapi: 3.1.0\ninfo: {{title: T, version: "1"}}\npaths:\n  /evals:\n    get:\n{body}'


def nested_arrays(depth: int) -> str:
    schema: dict[str, object] = {"type": "string"}
    for _ in range(depth):
        schema = {"type": "array", "items": schema}
    content = {"application/json": {"schema": schema}}
    responses = {"200": {"description": "ok", "content": content}}
    spec = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}
    return json.dumps({**spec, "paths": {"/evals": {"get": {"responses": responses}}}})


# name: (file name, contents, [fragments of the message, with the location first])
BAD: dict[str, tuple[str, str | bytes, list[str]]] = {
    "ref to the whole document": (
        "s.yaml",
        HEADER + '    T: {$ref: "#"}\n',
        ["s.yaml:11:5", "$ref '#' refers to the whole document"],
    ),
    "oneOf of itself": (
        "s.yaml",
        HEADER + '    T: {oneOf: [{$ref: "#/components/schemas/T"}, {type: string}]}\n',
        ["s.yaml:11:5", "defined only in terms of itself"],
    ),
    "allOf of itself": (
        "s.yaml",
        HEADER + '    T: {allOf: [{$ref: "#/components/schemas/T"}]}\n',
        ["s.yaml:11:5", "defined only in terms of itself"],
    ),
    "two anyOf of each other": (
        "s.yaml",
        HEADER
        + '    T: {anyOf: [{$ref: "#/components/schemas/U"}]}\n'
        + '    U: {anyOf: [{$ref: "#/components/schemas/T"}]}\n',
        ["s.yaml:11:5", "defined only in terms of itself"],
    ),
    "a $ref cycle": (
        "s.yaml",
        HEADER
        + '    T: {$ref: "#/components/schemas/U"}\n'
        + '    U: {$ref: "#/components/schemas/T"}\n',
        ["s.yaml:12:5", "circular $ref"],
    ),
    "a request body of null": (
        "s.yaml",
        operation('requestBody: null\nresponses: {"200": {description: ok}}').replace("get:", "post:"),
        ["s.yaml:6:7", "requestBody"],
    ),
    "tags not a list": (
        "s.yaml",
        operation('tags: 5\nresponses: {"200": {description: ok}}'),
        ["s.yaml:6:7", "tags"],
    ),
    "responses a list": (
        "s.yaml",
        operation("responses: [1]"),
        ["s.yaml:6:7", "responses"],
    ),
    "content a list": (
        "s.yaml",
        operation('responses: {"200": {description: ok, content: [1]}}'),
        ["s.yaml:6:", "content"],
    ),
    "an unclosed path template": (
        "s.yaml",
        operation('responses: {"200": {description: ok}}').replace("/evals:", "/evals/{id:")
        + "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n",
        ["s.yaml:4:3", "malformed path template '/evals/{id'"],
    ),
    "a YAML alias inside its own anchor": (
        "s.yaml",
        HEADER + "    T: &s {type: object, properties: {a: *s}}\n",
        ["s.yaml:11:", "the alias *s is used inside the node &s"],
    ),
    "a NUL in YAML": (
        "s.yaml",
        b"openapi: 3.1.0\ninfo: {title: \x00}\n",
        ["s.yaml:2:", "#x0000"],
    ),
    "YAML not in UTF-8": (
        "s.yaml",
        "openapi: 3.1.0\ninfo: {title: caf\xe9}\n".encode("latin-1"),
        ["s.yaml:2:", "not UTF-8"],
    ),
    "JSON not in UTF-8": (
        "s.json",
        '{"openapi": "3.1.0",\n "info": {"title": "caf\xe9"}}'.encode("latin-1"),
        ["s.json:2:", "not UTF-8"],
    ),
    "a duplicate key in JSON": (
        "s.json",
        '{"openapi": "3.1.0",\n "info": {"title": "a",\n "title": "b"}}',
        ["s.json:3:", "duplicate key 'title'"],
    ),
    "a number of 5,000 digits in JSON": (
        "s.json",
        '{"openapi": "3.1.0",\n "x-n": ' + "9" * 5000 + "}",
        ["s.json:2:9", "more digits than Python reads"],
    ),
    "JSON nested 2,000 deep": (
        "s.json",
        '{"a": ' + "[" * 2000 + "]" * 2000 + "}",
        ["nests more deeply than the generator can follow"],
    ),
    "YAML nested 150,000 deep": (
        "s.yaml",
        "a: " + "[" * 150000 + "]" * 150000 + "\n",
        # Our limit (column 403), or libyaml 0.2.6+'s own at 1000 levels, which it reads ahead to.
        [f"s.yaml:1:{_FLOW_DEPTH_COLUMN}:", "nests more than 400 levels deep"],
    ),
    "YAML block mappings nested 500 deep": (
        "s.yaml",
        "".join(f"{' ' * level}k:\n" for level in range(500)) + " " * 500 + "k: v\n",
        ["s.yaml:401:", "nests more than 400 levels deep"],
    ),
    "YAML aliases expanding to 10**9 values": (
        "s.yaml",
        operation('responses: {"200": {description: ok}}')
        + "x-l1: &l1 [a, a, a, a, a, a, a, a, a, a]\n"
        + "".join(f"x-l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(2, 10)),
        ["s.yaml:", "YAML aliases expand the document to more than 5,000,000 values"],
    ),
    "an explicit tag on a value that is not one": (
        "s.yaml",
        HEADER + "    T: {type: object, properties: {a: {type: string, maxLength: !!int abc}}}\n",
        ["s.yaml:11:", "'abc' is not a valid int"],
    ),
    "a hexadecimal number of 4,000 digits": (
        "s.yaml",
        HEADER + "    T: {type: integer, maximum: 0x" + "f" * 4000 + "}\n",
        ["s.yaml:11:", "more digits than Python writes"],
    ),
    "arrays nested 40 deep": (
        "s.json",
        nested_arrays(40),
        ["s.json:1:", "nest more than 16 levels deep"],
    ),
}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("validate", [True, False], ids=["validated", "no-validate"])
@pytest.mark.parametrize("case", BAD)
def test_a_broken_spec_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, validate: bool
) -> None:
    name, contents, fragments = BAD[case]
    spec = tmp_path / name
    spec.write_bytes(contents.encode() if isinstance(contents, str) else contents)
    out = tmp_path / "out"
    argv = ["generate", "--spec", str(spec), "--out", str(out)] + ([] if validate else ["--no-validate"])

    code, err = run(argv, capsys)

    assert code == 2, err
    assert err.startswith("error: ") and "Traceback" not in err and "internal error" not in err
    location, *messages = fragments
    assert location in err, err
    for message in messages:
        assert message in err, err
    assert not out.exists()


def test_status_codes_read_as_numbers_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # YAML reads an unquoted 200 as a number; the validator would stop on it unexplained.
    spec = tmp_path / "s.yaml"
    spec.write_text(operation("responses:\n  200: {description: ok}\n  default: {description: e}"))
    code, err = run(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")], capsys)
    assert code == 2
    assert "s.yaml:7:9, at #/paths/~1evals/get/responses/200: the key 200 is a number" in err
    assert "quote them" in err


def generate_and_import(tmp_path: Path, spec_text: str, script: str) -> str:
    spec = tmp_path / "s.yaml"
    spec.write_text(spec_text)
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 0
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(out)!r})\n{script}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_a_recursive_union_generates(tmp_path: Path) -> None:
    spec = HEADER + (
        "    T:\n"
        "      oneOf:\n"
        "        - {type: string}\n"
        '        - {type: array, items: {$ref: "#/components/schemas/T"}}\n'
        '        - {type: object, additionalProperties: {$ref: "#/components/schemas/T"}}\n'
    )
    printed = generate_and_import(
        tmp_path,
        spec,
        "from openai_evals.models import parse_t\nprint(parse_t(['a', {'b': ['c']}]))\n"
        "try:\n    parse_t([1])\nexcept ValueError as error:\n    print(error)",
    )
    assert printed.splitlines() == [
        "['a', {'b': ['c']}]",
        (
            "T: expected string or array or object, got array "
            "(T[0]: expected string or array or object, got int)"
        ),
    ]


def test_a_discriminator_no_variant_has_is_not_used(tmp_path: Path) -> None:
    # Requiring the missing property would refuse every payload; the consts choose instead.
    spec = HEADER + (
        "    A: {type: object, required: [kind], properties: {kind: {const: a}, x: {type: string}}}\n"
        "    B: {type: object, required: [kind], properties: {kind: {const: b}}}\n"
        '    T: {oneOf: [{$ref: "#/components/schemas/A"}, {$ref: "#/components/schemas/B"}],\n'
        "        discriminator: {propertyName: nope}}\n"
    )
    printed = generate_and_import(
        tmp_path, spec, "from openai_evals.models import parse_t\nprint(parse_t({'kind': 'b'}))"
    )
    assert printed == "B(kind='b')"


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (KeyError("x"), "error: internal error: test_broken_specs.py:"),
        (RecursionError("deep"), "error: an input (the spec or an overlay) nests more deeply"),
    ],
)
@pytest.mark.parametrize("command", ["generate", "check"])
def test_unexpected_exceptions_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    raised: Exception,
    expected: str,
    command: str,
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise raised

    monkeypatch.setattr(generator.pipeline, "_read_sources", fail)
    code, err = run([command, "--out", str(tmp_path / "out")], capsys)
    assert code == 2  # not 1: for check that would mean "differs"
    assert err.startswith(expected) and "Traceback" not in err


def test_a_declared_discriminator_chooses_even_when_a_variant_lacks_the_property(
    tmp_path: Path,
) -> None:
    # Dog does not list petType, but servers send it: the mapping still chooses.
    spec = HEADER + (
        "    Cat: {type: object, properties: {petType: {type: string}, name: {type: string}}}\n"
        "    Dog: {type: object, properties: {bark: {type: string}}}\n"
        '    T: {oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}],\n'
        "        discriminator: {propertyName: petType, mapping: {cat: Cat, dog: Dog}}}\n"
    )
    printed = generate_and_import(
        tmp_path,
        spec,
        "from openai_evals.models import parse_t\nprint(parse_t({'petType': 'dog', 'bark': 'woof'}))",
    )
    assert printed == "Dog(bark='woof')"


def test_keys_inside_examples_and_extensions_may_be_numbers(tmp_path: Path) -> None:
    spec = HEADER + (
        "    T: {type: object, properties: {a: {type: string}}, example: {1: one}, x-codes: {2: two}}\n"
    )
    assert generate_and_import(tmp_path, spec, "import openai_evals.models; print('ok')") == "ok"
