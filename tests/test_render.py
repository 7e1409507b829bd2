"""Untrusted spec strings cannot become code (generator/render.py and the templates).

Two layers are tested. The Jinja environment refuses to output any value that did not go
through an escaping filter. And a HOSTILE SPEC, whose every string a template can place
(descriptions, defaults, enum values, property, schema, parameter and operation names,
titles, paths, the server URL) is an attempt to break out of its context, generates a package
that compiles, imports without side effects, holds only the statements our templates write,
and gives every hostile string back exactly as data.
"""

from __future__ import annotations

import ast
import io
import json
import os
import subprocess
import sys
import textwrap
import tokenize
from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator.escape import Code
from generator.render import _environment, _names_used

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "generated"
PACKAGE = "openai_evals"

# ---- the environment ---------------------------------------------------------------------------


class TestEnvironment:
    def test_refuses_a_raw_string(self) -> None:
        template = _environment().from_string("x = {{ value }}\n")
        with pytest.raises(TypeError, match="did not go through an escaping filter"):
            template.render(value="raw")

    @pytest.mark.parametrize(
        "value", ["", "__import__('os')", Code("a") + "b", True, None, 1.5, [Code("a")], b"x"]
    )
    def test_refuses_anything_but_code_or_an_integer(self, value: Any) -> None:
        # Code + str is a plain str again: concatenation does not launder text.
        with pytest.raises(TypeError):
            _environment().from_string("{{ value }}").render(value=value)

    def test_accepts_code_integers_and_filtered_text(self) -> None:
        env = _environment()
        assert env.from_string("{{ value }}").render(value=Code("ok")) == "ok"
        assert env.from_string("{{ value }}").render(value=7) == "7"
        assert (
            env.from_string("x = {{ value | string_literal }}").render(value='"""') == 'x = \'"""\''
        )
        assert env.from_string("{{ value | identifier }}").render(value="name") == "name"
        rendered = env.from_string("{{ value | docstring }}").render(value='a """ b')
        assert ast.literal_eval(rendered) == 'a """ b'

    def test_the_escaping_filters_refuse_what_they_cannot_make_safe(self) -> None:
        with pytest.raises(ValueError, match="not a safe identifier"):
            _environment().from_string("{{ value | identifier }}").render(value="a-b")

    def test_join_only_joins_escaped_pieces(self) -> None:
        env = _environment()
        template = env.from_string("{{ items | join(', ') }}")
        assert template.render(items=[Code("a"), Code("b")]) == "a, b"
        with pytest.raises(TypeError, match="escaping filter"):
            template.render(items=[Code("a"), "b"])

    def test_undefined_names_are_errors(self) -> None:
        with pytest.raises(jinja2.UndefinedError):
            _environment().from_string("{{ missing | string_literal }}").render()

    def test_no_autoescape_and_no_unsafe_extensions(self) -> None:
        env = _environment()
        assert env.autoescape is False  # escaping is ours, per context, not HTML's
        assert not env.extensions


# ---- the hostile spec ----------------------------------------------------------------------

PWN = "__import__('os').system('touch PWNED')"
NASTY = (
    "He said \"hi\" and 'bye' \"\"\" triple \"\"\" ''' single ''' back\\slash \\x00 \\n \\u2028 "
    "{{ 7*7 }} {% if True %}jinja{% endif %} {# c #} " + PWN + " # not a comment\n"
    "second line\r\nthird\rfourth\u2028fifth\u2029sixth\x0bvt\x0cff\x1besc\x7fdel\u0085nel\ttab "
    '`code` *star* _u_ <b>html</b> [link](javascript:x) | pipe ending quote"'
)
ENDS_BACKSLASH = "ends with a backslash \\"
ENDS_QUOTES = 'ends with quotes ""'
TAG_B = "\"\"\"'''\\"
PATH = "/things/{class}/'''\"\"\"/{% y %}/#/" + PWN
SERVER = "https://example.com/\"\"\"'''/{{ x }}/" + PWN + "/#frag\\"
ENUM_VALUES = [
    NASTY,
    PWN,
    "a-b",
    "a_b",
    "A B",
    "None",
    "class",
    "",
    "1",
    '"""',
    "'''",
    "\u2028",
    "\\",
    "mro",
    "_value_",
]
REF_NAMES = [
    "eval-run",
    "EvalRun",
    "eval_run",
    "UNSET",
    "ParseError",
    "StrEnum",
    "Callable",
    "Any",
    "__import__",
    "Error",
    "IntEnum",
]

# Property names: keywords, builtins, our own helpers' names, leading digits, duplicates once
# cleaned, code, quotes, template syntax, line breaks, the empty string.
PROPERTIES: dict[str, Any] = {
    "class": {"type": "string", "description": NASTY, "default": NASTY},
    "from": {"type": "integer", "default": 7},
    "self": {"type": "string"},
    "None": {"type": "string"},
    "type": {"type": "string", "enum": ["kind_a"]},
    **{
        name: {"type": "string"}
        for name in ["frozenset", "classmethod", "field", "dict", "data", "path", "d", "cls"]
    },
    **{
        name: {"type": "string"}
        for name in ["missing", "extra", "to_dict", "_FIELDS", "UNSET", "Unset", "at"]
    },
    **{
        name: {"type": "string"} for name in ["expect_str", "print", "eval", "exec", "os", "system"]
    },
    "enumerate": {"type": "array", "items": {"type": "string"}},
    "1st": {"type": "string"},
    "a-b": {"type": "string"},
    "a_b": {"type": "string"},
    "A B": {"type": "string"},
    PWN: {"type": "string", "description": PWN},
    '"""': {"type": "string", "description": '"""'},
    "'''": {"type": "string", "description": "'''"},
    "x\ny": {"type": "string"},
    "#hash": {"type": "string"},
    "{{ x }}": {"type": "string"},
    "{% x %}": {"type": "string"},
    "": {"type": "string"},
    "\u2028": {"type": "string"},
    "back\\slash": {"type": "string", "description": ENDS_BACKSLASH, "default": ENDS_BACKSLASH},
    "quotes": {"type": "string", "description": ENDS_QUOTES, "default": ENDS_QUOTES},
    "nasty_enum": {"$ref": "#/components/schemas/class"},
    "union": {"$ref": "#/components/schemas/Tagged"},
    "parse_tagged": {"type": "string"},  # the name of the function parsing the field above
    "tagged_union_value": {"$ref": "#/components/schemas/Tagged"},
    "dump_untagged": {"type": "string"},
    "untagged": {"$ref": "#/components/schemas/Untagged"},
    "refs": {
        "type": "object",
        "properties": {k: {"$ref": f"#/components/schemas/{k}"} for k in REF_NAMES},
    },
    "nested": {
        "type": "object",
        "title": NASTY,
        "description": NASTY,
        "properties": {PWN: {"type": "integer"}},
    },
}


def hostile_spec() -> dict[str, Any]:
    path_params = [
        {
            "name": "class",
            "in": "path",
            "required": True,
            "schema": {"type": "string"},
            "description": NASTY,
        },
        {"name": "% y %", "in": "path", "required": True, "schema": {"type": "string"}},
    ]
    query = [
        {"name": name, "in": "query", "schema": {"type": "string"}}
        for name in ["self", "models", "encode_path_param", "ignore_body", "extra_headers", PWN]
    ]
    return {
        "openapi": "3.1.0",
        "info": {"title": NASTY, "version": NASTY, "description": NASTY},
        "servers": [{"url": SERVER}],
        "tags": [{"name": NASTY, "description": NASTY}],
        "paths": {
            PATH: {
                "post": {
                    "operationId": PWN,
                    "summary": NASTY,
                    "description": NASTY,
                    "tags": [NASTY],
                    "parameters": [
                        *path_params,
                        {
                            "name": "from",
                            "in": "query",
                            "schema": {"type": "string", "default": NASTY},
                            "description": NASTY,
                        },
                        {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                        *query,
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/None"}}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": NASTY,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/None"}
                                }
                            },
                        },
                        "404": {
                            "description": NASTY,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Error"}
                                }
                            },
                        },
                    },
                },
                "get": {
                    "operationId": "class",
                    "parameters": path_params,
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/eval-run"}
                                }
                            },
                        }
                    },
                },
            },
            "/get-thing": {
                "get": {"operationId": "get-thing", "responses": {"204": {"description": "none"}}}
            },
            "/getThing": {
                "get": {
                    "operationId": "getThing",
                    "responses": {
                        "200": {
                            "description": "x",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/1st"}}
                            },
                        }
                    },
                }
            },
            "/get_thing": {
                "get": {
                    "operationId": "get_thing",
                    "deprecated": True,
                    "summary": PWN,
                    "responses": {
                        "200": {
                            "description": "x",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/UNSET"}
                                }
                            },
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "None": {
                    "type": "object",
                    "title": NASTY,
                    "description": NASTY,
                    "properties": PROPERTIES,
                    "required": ["class", "type", PWN],
                },
                "class": {"type": "string", "description": NASTY, "enum": ENUM_VALUES},
                "1st": {
                    "type": "object",
                    "description": ENDS_BACKSLASH,
                    "properties": {"x": {"type": "integer"}},
                },
                "eval-run": {
                    "type": "object",
                    "description": ENDS_QUOTES,
                    "properties": {"status": {"$ref": "#/components/schemas/IntEnum"}},
                },
                "EvalRun": {"type": "object", "properties": {"y": {"type": "string"}}},
                "eval_run": {"type": "object", "properties": {"z": {"type": "string"}}},
                **{
                    name: {"type": "object", "properties": {"a": {"type": "string"}}}
                    for name in ["UNSET", "ParseError", "StrEnum", "Callable", "Any", "__import__"]
                },
                "Error": {
                    "type": "object",
                    "description": NASTY,
                    "properties": {"message": {"type": "string", "description": NASTY}},
                },
                "IntEnum": {"type": "integer", "enum": [1, 2, 3], "description": NASTY},
                "Tagged": {
                    "description": NASTY,
                    "oneOf": [
                        {"$ref": "#/components/schemas/VariantA"},
                        {"$ref": "#/components/schemas/VariantB"},
                    ],
                    "discriminator": {
                        "propertyName": "type",
                        "mapping": {
                            PWN: "#/components/schemas/VariantA",
                            TAG_B: "#/components/schemas/VariantB",
                        },
                    },
                },
                "VariantA": {
                    "type": "object",
                    "properties": {"type": {"type": "string", "const": PWN}},
                    "required": ["type"],
                },
                "VariantB": {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string", "const": TAG_B},
                        "value": {"type": "string", "default": NASTY},
                    },
                    "required": ["type"],
                },
                "Untagged": {
                    "description": NASTY,
                    "anyOf": [
                        {"type": "string", "enum": [PWN]},
                        {"type": "integer"},
                        {"type": "array", "items": {"$ref": "#/components/schemas/1st"}},
                        {"type": "null"},
                    ],
                },
            }
        },
    }


def _run(args: list[str], cwd: Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PYTHONPATH"] = str(REPO)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        args, check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, **kwargs
    )


class Hostile:
    def __init__(self, root: Path, result: subprocess.CompletedProcess[str]):
        self.root = root
        self.out = root / "out"
        self.result = result

    def python_files(self) -> dict[str, str]:
        return {
            path.relative_to(self.out).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(self.out.rglob("*.py"))
            if "__pycache__" not in path.parts
        }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    root = tmp_path_factory.mktemp("hostile")
    spec = root / "spec.json"
    spec.write_text(json.dumps(hostile_spec(), indent=1), encoding="utf-8")
    # Run where a successful payload would leave its mark: in root, not in the repository.
    result = _run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(root / "out"),
            "--paths",
            "/",
        ],
        cwd=root,
    )
    return Hostile(root, result)


def _no_pwned(*roots: Path) -> None:
    for root in roots:
        assert not list(root.rglob("PWNED")), f"a PWNED file appeared under {root}"


class TestHostileSpec:
    def test_generation_succeeds(self, hostile: Hostile) -> None:
        assert hostile.result.returncode == 0, hostile.result.stderr
        assert (hostile.out / PACKAGE / "models" / "none_model.py").is_file()
        _no_pwned(hostile.root)
        assert not (REPO / "PWNED").exists()

    def test_every_python_file_compiles(self, hostile: Hostile) -> None:
        files = hostile.python_files()
        assert len(files) > 20
        for name, text in files.items():
            compile(text, name, "exec", dont_inherit=True)

    def test_importing_everything_has_no_side_effect(
        self, hostile: Hostile, tmp_path: Path
    ) -> None:
        script = textwrap.dedent(f"""
            import importlib, pkgutil, sys
            sys.path.insert(0, {str(hostile.out)!r})
            import {PACKAGE}, {PACKAGE}.models as models
            for info in pkgutil.walk_packages({PACKAGE}.__path__, {PACKAGE}.__name__ + "."):
                importlib.import_module(info.name)
            for name in models.__all__:
                getattr(models, name)
            client = {PACKAGE}.Client(api_key="k", base_url="http://localhost")
            client.close()
            print("IMPORTED")
            """)
        result = _run([sys.executable, "-c", script], cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout == "IMPORTED\n"
        assert result.stderr == ""
        _no_pwned(tmp_path, hostile.root)

    def test_fixed_modules_are_exactly_the_golden_ones(self, hostile: Hostile) -> None:
        # Only the package name and the presence of an Error model reach these templates.
        for name in ("_runtime.py", "_base_client.py", "_exceptions.py"):
            assert (hostile.out / PACKAGE / name).read_bytes() == (
                GOLDEN / PACKAGE / name
            ).read_bytes(), name
        version = ast.parse((hostile.out / PACKAGE / "_version.py").read_text())
        assert [type(node).__name__ for node in version.body] == ["Expr", "Assign"]
        assign = version.body[1]
        assert isinstance(assign, ast.Assign) and isinstance(assign.value, ast.Constant)
        assert [ast.unparse(t) for t in assign.targets] == ["__version__"]

    def test_generated_modules_hold_only_template_statements(self, hostile: Hostile) -> None:
        files = hostile.python_files()
        checked = [name for name in files if name not in _FIXED_MODULES]
        assert f"{PACKAGE}/_client.py" in checked and f"{PACKAGE}/models/none_model.py" in checked
        for name in checked:
            problems = check_module(files[name])
            assert not problems, f"{name}:\n" + "\n".join(problems)

    def test_the_hostile_strings_are_only_in_string_literals(self, hostile: Hostile) -> None:
        import io
        import tokenize

        for name, text in hostile.python_files().items():
            for token in tokenize.generate_tokens(io.StringIO(text).readline):
                if token.type == tokenize.NAME:  # names come from our naming rules: never these
                    assert token.string not in ("__import__", "PWNED"), (name, token)

    def test_hostile_strings_come_back_as_data(self, hostile: Hostile, tmp_path: Path) -> None:
        script = tmp_path / "check.py"
        script.write_text(_BEHAVIOUR_SCRIPT, encoding="utf-8")
        constants = tmp_path / "constants.json"
        constants.write_text(
            json.dumps({"PWN": PWN, "NASTY": NASTY, "TAG_B": TAG_B, "PACKAGE": PACKAGE})
        )
        result = _run([sys.executable, str(script), str(hostile.out), str(constants)], cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        expected = {
            "server_url": SERVER,
            "enum_values": ENUM_VALUES,
            "wire_names": sorted(PROPERTIES),
            "round_trip": True,
            "refs_fields": sorted(REF_NAMES),
            "tag_a": "VariantA",
            "tag_b": "VariantB",
            "union_beside_its_parse_function_name": "VariantB",
            "enumerate_field": ["x", "y"],
            "class_doc": " ".join(NASTY.split()),
            "enum_doc": " ".join(NASTY.split()),
            "request": {
                "method": "POST",
                "path": "/things/c%2Fd/'''%22%22%22/y%20z/%23/__import__('os').system('touch%20PWNED')",
                "query": {
                    "models": "m",
                    "encode_path_param": "e",
                    "ignore_body": "i",
                    "self": "s",
                    "extra_headers": "h",
                    PWN: "p",
                },
                "body_keys": sorted(["class", "exec", "type", PWN]),
            },
            "response_class": "NoneModel",
        }
        assert report == expected
        _no_pwned(tmp_path, hostile.root)

    def test_names_are_safe_and_distinct(self, hostile: Hostile) -> None:
        init = ast.parse((hostile.out / PACKAGE / "models" / "__init__.py").read_text())
        exported = next(
            ast.literal_eval(node.value)
            for node in init.body
            if isinstance(node, ast.Assign)
            and [ast.unparse(t) for t in node.targets] == ["__all__"]
        )
        for name in (
            "NoneModel",  # None is a keyword
            "Class",
            "Model1st",  # leading digit
            "EvalRun",
            "EvalRun2",
            "EvalRun3",  # eval-run, EvalRun, eval_run
            "UNSETModel",
            "ParseErrorModel",  # would shadow our own
            "AnyModel",
            "Import",
        ):
            assert name in exported, name
        client = ast.parse((hostile.out / PACKAGE / "_client.py").read_text())
        methods = {
            node.name
            for cls in client.body
            if isinstance(cls, ast.ClassDef) and cls.name == "Client"
            for node in cls.body
            if isinstance(node, ast.FunctionDef)
        }
        assert {
            "class_",
            "get_thing",
            "get_thing_2",
            "get_thing_3",
            "import_os_system_touch_pwned",
        } <= methods

    def test_pyproject_and_readme(self, hostile: Hostile) -> None:
        tomllib = pytest.importorskip("tomllib")  # Python 3.11+
        project = tomllib.loads((hostile.out / "pyproject.toml").read_text(encoding="utf-8"))[
            "project"
        ]
        assert (
            project["description"]
            == f"Typed Python client for the {NASTY}, generated from its OpenAPI description."
        )
        readme = (hostile.out / "README.md").read_text(encoding="utf-8")
        assert "<b>" not in readme and "[link](javascript" not in readme
        assert "\\<b\\>html\\</b\\>" in readme
        assert "\x00" not in readme and "\u2028" not in readme and "\x1b" not in readme
        for line in readme.splitlines():
            assert not line.startswith("# not a comment")

    def test_the_same_checks_pass_on_the_golden_package(self) -> None:
        # The checker is not vacuous: our real output passes it, and injections (below) fail it.
        for path in sorted((GOLDEN / PACKAGE).rglob("*.py")):
            name = path.relative_to(GOLDEN).as_posix()
            if name not in _FIXED_MODULES and "__pycache__" not in name:
                assert not check_module(path.read_text(encoding="utf-8")), name


# ---- which imports a module needs ----------------------------------------------------------


def _name_tokens(source: str) -> set[str]:
    """The reference: the tokenizer's NAME tokens."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {token.string for token in tokens if token.type == tokenize.NAME}


# Valid Python in which names hide in strings and comments. (No f-strings: from Python 3.12
# the tokenizer reports the names inside them; the templates never use one to reach a name.)
_TRICKY_SOURCES = [
    r'''x = "Any # not a comment"  # Mapping "not a string"''',
    r"""y = 'it\'s Any' + Mapping""",
    r"""z = r"\\" + r"\"" + rb'Any\'' + B'x' + Literal""",
    '''def f():\n    """Any \'\'\' "" Mapping \\""" x"""\n    return field\n''',
    "v = '''a\n\\''' Any\n''' + 1e5 + 0x1F + cast  # Literal\n",
]


@pytest.mark.parametrize("source", _TRICKY_SOURCES)
def test_names_used_finds_exactly_the_name_tokens(source: str) -> None:
    compile(source, "tricky", "exec")
    assert _names_used(source) == _name_tokens(source)


def test_names_used_agrees_with_the_tokenizer_on_real_output(hostile: Hostile) -> None:
    # The files whose imports are chosen this way: the models modules and the client.
    def scanned(name: str) -> bool:
        return name.endswith("/_client.py") or ("/models/" in name and not name.endswith("__init__.py"))

    files = [text for name, text in hostile.python_files().items() if scanned(name)]
    files += [
        path.read_text(encoding="utf-8")
        for path in sorted((GOLDEN / PACKAGE).rglob("*.py"))
        if scanned(path.as_posix())
    ]
    assert len(files) > 100
    for text in files:
        assert _names_used(text) == _name_tokens(text)


# ---- the statement checker ------------------------------------------------------------------

_FIXED_MODULES = frozenset(
    f"{PACKAGE}/{n}" for n in ("_runtime.py", "_base_client.py", "_exceptions.py", "_version.py")
)

#: What module-level code may call while the module is imported: nothing else runs then.
IMPORT_TIME_CALLS = frozenset({"dataclass", "field", "frozenset"})
#: Names a decorator may be (besides ``@dataclass(...)``).
DECORATORS = frozenset(
    {"classmethod", "staticmethod", "final", "cached_property", "property", "overload"}
)
#: Modules the generated (spec-dependent) modules may import, besides the package's own.
IMPORTABLE = frozenset(
    {
        "__future__",
        "collections.abc",
        "dataclasses",
        "datetime",
        "typing",
        "functools",
        "importlib",
        "httpx",
    }
)
#: Builtins and helpers no generated code may call, anywhere.
FORBIDDEN_CALLS = frozenset(
    {
        "exec",
        "eval",
        "compile",
        "__import__",
        "open",
        "breakpoint",
        "input",
        "system",
        "popen",
        "spawnl",
        "execv",
        "run",
        "Popen",
    }
)
#: Names that cannot come out of our naming rules, so seeing one means code got in.
FORBIDDEN_NAMES = frozenset(
    {"__import__", "__builtins__", "builtins", "subprocess", "__loader__", "__spec__"}
)
#: Globals and builtins no generated code may refer to. A spec property called ``eval`` or
#: ``os`` legitimately gives a *local* of that name (a field, a parameter): only a free
#: reference, which would reach the builtin or a module, is an injection.
DANGEROUS_GLOBALS = frozenset(
    {
        "exec",
        "eval",
        "__import__",
        "os",
        "system",
        "compile",
        "open",
        "subprocess",
        "sys",
        "breakpoint",
        "input",
        "vars",
    }
)
#: Expression nodes allowed in code that runs at import time.
EAGER_NODES = (
    ast.Constant, ast.Name, ast.Attribute, ast.Dict, ast.Set, ast.List, ast.Tuple, ast.Subscript,
    ast.BinOp, ast.BitOr, ast.Call, ast.keyword, ast.Load, ast.Store,
)  # fmt: skip


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return type(func).__name__


def _check_eager(node: ast.AST | None, where: str, problems: list[str]) -> None:
    """An expression evaluated at import time: plain data, names, and allowed calls only."""
    if node is None:
        return
    for child in ast.walk(node):
        if not isinstance(child, EAGER_NODES):
            problems.append(
                f"{where}: {type(child).__name__} runs at import time: {ast.unparse(node)[:80]}"
            )
        if isinstance(child, ast.Call) and not (
            isinstance(child.func, ast.Name) and child.func.id in IMPORT_TIME_CALLS
        ):
            problems.append(f"{where}: call at import time: {ast.unparse(child)[:80]}")


def _check_function(
    node: ast.FunctionDef | ast.AsyncFunctionDef, where: str, problems: list[str]
) -> None:
    for decorator in node.decorator_list:
        if not (isinstance(decorator, ast.Name) and decorator.id in DECORATORS):
            problems.append(f"{where}: decorator {ast.unparse(decorator)}")
    for default in [*node.args.defaults, *node.args.kw_defaults]:
        _check_eager(default, f"{where} default", problems)


def _check_body(body: list[ast.stmt], where: str, problems: list[str], *, in_class: bool) -> None:
    for index, stmt in enumerate(body):
        here = f"{where} line {stmt.lineno}"
        if isinstance(stmt, ast.Expr):
            if not (isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)):
                problems.append(f"{here}: expression statement {ast.unparse(stmt)[:80]}")
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)) and not in_class:
            pass  # checked for the whole tree below
        elif isinstance(stmt, ast.ClassDef) and not in_class:
            for decorator in stmt.decorator_list:
                is_dataclass = (
                    isinstance(decorator, ast.Call) and _call_name(decorator.func) == "dataclass"
                )
                if not (
                    is_dataclass or (isinstance(decorator, ast.Name) and decorator.id == "final")
                ):
                    problems.append(f"{here}: class decorator {ast.unparse(decorator)}")
                _check_eager(decorator, here, problems)
            for base in [*stmt.bases, *(k.value for k in stmt.keywords)]:
                _check_eager(base, here, problems)
            _check_body(stmt.body, f"class {stmt.name}", problems, in_class=True)
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            _check_function(stmt, f"{here} def {stmt.name}", problems)
        elif isinstance(stmt, ast.Assign):
            _check_eager(stmt.value, here, problems)
            for target in stmt.targets:
                if not isinstance(target, ast.Name):
                    problems.append(f"{here}: assignment to {ast.unparse(target)}")
        elif isinstance(stmt, ast.AnnAssign):
            _check_eager(stmt.value, here, problems)  # annotations are lazy (checked below)
            if not isinstance(stmt.target, ast.Name):
                problems.append(f"{here}: assignment to {ast.unparse(stmt.target)}")
        elif isinstance(stmt, ast.If) and not in_class:
            if ast.unparse(stmt.test) != "TYPE_CHECKING" or stmt.orelse:
                problems.append(f"{here}: if {ast.unparse(stmt.test)}")
            if not all(isinstance(s, (ast.Import, ast.ImportFrom)) for s in stmt.body):
                problems.append(f"{here}: if TYPE_CHECKING holds more than imports")
        else:
            problems.append(f"{here}: {type(stmt).__name__} statement")


def check_module(source: str) -> list[str]:
    """What in a generated module is not a statement our templates write (empty: nothing)."""
    tree = ast.parse(source)
    problems: list[str] = []
    body = tree.body
    if not (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)):
        problems.append("no module docstring first")
    future = [s for s in body if isinstance(s, ast.ImportFrom) and s.module == "__future__"]
    annotated = any(
        isinstance(node, ast.AnnAssign)
        or (isinstance(node, ast.arg) and node.annotation is not None)
        or (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None)
        for node in ast.walk(tree)
    )
    if annotated and (not future or [a.name for a in future[0].names] != ["annotations"]):
        problems.append("annotations are not lazy (no `from __future__ import annotations`)")
    _check_body(body, "module", problems, in_class=False)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name not in IMPORTABLE:
                    problems.append(f"line {node.lineno}: import {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module not in IMPORTABLE:
                problems.append(f"line {node.lineno}: from {node.module} import")
            if any(alias.name == "*" for alias in node.names):
                problems.append(f"line {node.lineno}: star import")
        elif isinstance(node, ast.Call) and _call_name(node.func) in FORBIDDEN_CALLS:
            problems.append(f"line {node.lineno}: call {ast.unparse(node)[:80]}")
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            problems.append(f"line {node.lineno}: name {node.id}")
        elif (
            isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES
        ):  # self.system is a field
            problems.append(f"line {node.lineno}: attribute .{node.attr}")
        elif isinstance(
            node, (ast.Lambda, ast.Global, ast.Nonlocal, ast.Delete)
        ) and not _is_known_lambda(node):
            problems.append(f"line {node.lineno}: {type(node).__name__}")
    problems.extend(_free_dangerous_names(tree))
    return problems


def _bound_names(function: ast.AST) -> set[str]:
    """Parameters and every name a function (or lambda) assigns: its locals."""
    bound = set()
    for node in ast.walk(function):
        if isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
    return bound


def _free_dangerous_names(tree: ast.Module) -> list[str]:
    problems = []
    module_bound = {
        alias.asname or alias.name.split(".")[0]
        for node in tree.body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }

    def visit(node: ast.AST, bound: set[str]) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                if default is not None:
                    visit(default, bound)
            inner = bound | _bound_names(node)
            for child in node.body if isinstance(node.body, list) else [node.body]:
                visit(child, inner)
            return
        if (
            isinstance(node, ast.Name)
            and isinstance(node.ctx, ast.Load)
            and node.id in DANGEROUS_GLOBALS
            and node.id not in bound | module_bound
        ):
            problems.append(f"line {node.lineno}: refers to the global {node.id}")
        for child in ast.iter_child_nodes(node):
            visit(child, bound)

    visit(tree, set())
    return problems


def _is_known_lambda(node: ast.AST) -> bool:
    """The client parses a response of a list or map type with ``lambda data: ...``."""
    return isinstance(node, ast.Lambda) and [a.arg for a in node.args.args] == ["data"]


class TestChecker:
    """Injections the checker must catch, wherever they are."""

    HEADER = '"""Doc."""\n\nfrom __future__ import annotations\n\nfrom dataclasses import dataclass, field\n\n'

    @pytest.mark.parametrize(
        "code",
        [
            f"{PWN}\n",
            f"X = {PWN}\n",
            "X: int = len('a')\n",
            "import os\n",
            "from os import system\n",
            "from subprocess import *\n",
            f"if True:\n    {PWN}\n",
            "try:\n    pass\nexcept Exception:\n    pass\n",
            "for x in []:\n    pass\n",
            f"class A:\n    {PWN}\n",
            f"class A:\n    x = {PWN}\n",
            "class A(dict, metaclass=type('M', (type,), {})):\n    pass\n",
            "@print\nclass A:\n    pass\n",
            "def f(x=print('hi')):\n    pass\n",
            "@staticmethod\n@print\ndef f():\n    pass\n",
            f"def f():\n    {PWN}\n",
            "def f():\n    import os\n",
            "def f():\n    exec('1')\n",
            "def f(x=os):\n    pass\n",
            "def f():\n    return eval\n",
            "def f():\n    g = os.system\n",
            "def f(eval):\n    return lambda: sys\n",
            "X = [c for c in 'ab']\n",
            "X = f'{print(1)}'\n",
            "X = (lambda: 1)()\n",
            "del X\n",
            "with open('x'):\n    pass\n",
            "class A:\n    if True:\n        x = 1\n",
        ],
    )
    def test_catches(self, code: str) -> None:
        assert check_module(self.HEADER + code)

    def test_accepts_what_templates_write(self) -> None:
        code = textwrap.dedent('''
            @dataclass(slots=True, kw_only=True)
            class A:
                """Doc."""

                x: int | None = None
                """Doc."""
                extra: dict[str, int] = field(default_factory=dict, repr=False)
                _FIELDS: frozenset[str] = frozenset({"x"})

                @classmethod
                def from_dict(cls, data: object, path: str = "A") -> A:
                    return cls()


            def parse_a(data: object, path: str = "A") -> A:
                parse = _TABLE.get("x")
                return parse(data, path)


            _TABLE = {"x": A.from_dict}


            def locals_named_like_builtins(eval: str, os: str) -> str:
                exec = eval + os
                return exec
            ''')
        assert check_module(self.HEADER + code) == []


# ---- what the hostile package does with the hostile strings -----------------------------------

# Run in a fresh interpreter (the package is also called openai_evals): argv = out dir, constants.
_BEHAVIOUR_SCRIPT = """
import importlib, json, sys

sys.path.insert(0, sys.argv[1])
const = json.loads(open(sys.argv[2], encoding="utf-8").read())
PWN, NASTY, TAG_B = const["PWN"], const["NASTY"], const["TAG_B"]
import httpx

package = importlib.import_module(const["PACKAGE"])
client_module = importlib.import_module(const["PACKAGE"] + "._client")
models = importlib.import_module(const["PACKAGE"] + ".models")
NoneModel, Class = models.NoneModel, models.Class

report = {}
report["server_url"] = client_module.DEFAULT_BASE_URL
report["enum_values"] = [member.value for member in Class]
report["wire_names"] = sorted(NoneModel._FIELDS)
report["refs_fields"] = sorted(models.NoneModelRefs._FIELDS)

payload = {name: "v" for name in NoneModel._FIELDS}
payload.update({
    "type": "kind_a", "from": 1, "enumerate": ["x", "y"], "nasty_enum": NASTY,
    "union": {"type": TAG_B, "value": "v"}, "tagged_union_value": {"type": PWN},
    "untagged": [{"x": 1}], "refs": {"eval-run": {"status": 2}}, "nested": {PWN: 3},
})
model = NoneModel.from_dict(payload)
report["round_trip"] = model.to_dict() == payload and model.nasty_enum is Class(NASTY)
report["tag_a"] = type(models.parse_tagged({"type": PWN})).__name__
report["tag_b"] = type(models.parse_tagged({"type": TAG_B})).__name__
report["union_beside_its_parse_function_name"] = type(model.union).__name__
report["enumerate_field"] = model.enumerate
# Docstrings hold the text itself: the same words, whatever the line breaks.
report["class_doc"] = " ".join((NoneModel.__doc__ or "").split())
report["enum_doc"] = " ".join((Class.__doc__ or "").split())

seen = {}

def handler(request):
    seen["method"] = request.method
    seen["path"] = request.url.raw_path.decode().split("?")[0]
    seen["query"] = dict(request.url.params)
    seen["body_keys"] = sorted(json.loads(request.content))
    return httpx.Response(200, json={"class": "c", "type": "kind_a", PWN: "p"})

http = httpx.Client(transport=httpx.MockTransport(handler))
client = package.Client(api_key="k", base_url="http://test", http_client=http)
result = client.import_os_system_touch_pwned(
    "c/d", "y z", models_2="m", encode_path_param_2="e", ignore_body_2="i", self_2="s",
    extra_headers_2="h", import_os_system_touch_pwned="p",
    class__2="c", type="kind_a", import_os_system_touch_pwned_2="p", exec="x",
)
report["request"] = {key: seen[key] for key in ("method", "path", "query", "body_keys")}
report["response_class"] = type(result).__name__
print(json.dumps(report))
"""
