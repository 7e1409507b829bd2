"""``python -m generator generate`` and ``check`` (generator/cli.py, pipeline.py, write.py).

generate writes the tree or leaves it exactly as it was: on any failure (bad spec, invalid
slice, bad option, a template or import error) the exit status is 2, the message says what
went wrong, and every file of the previous output keeps its bytes, its mtime and its inode.
check compares without writing and lists each difference.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import generator.format
import generator.pipeline
import generator.render
import generator.verify
from generator.cli import main
from generator.errors import GeneratorError

PACKAGE = "openai_evals"

SPEC = """\
    openapi: 3.1.0
    info: {title: Tiny Evals, version: '1'}
    servers: [{url: 'https://example.test/v1'}]
    paths:
      /evals/{eval_id}:
        get:
          operationId: getEval
          parameters:
            - {name: eval_id, in: path, required: true, schema: {type: string}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Eval'}
      /evals:
        post:
          operationId: createEval
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Grader'}
          responses:
            '201':
              description: created
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Eval'}
    components:
      schemas:
        Eval:
          type: object
          description: An eval.
          properties:
            id: {type: string}
            name: {type: string}
            graders:
              type: array
              items: {$ref: '#/components/schemas/Grader'}
          required: [id]
        Grader:
          type: object
          properties:
            type: {type: string, enum: [string_check, label_model]}
            name: {type: string}
          required: [type]
    """

# The same API with one more property: a successful generate would change eval.py.
CHANGED_SPEC = SPEC.replace(
    "            name: {type: string}\n            graders:",
    "            name: {type: string}\n            created_at: {type: integer}\n            graders:",
)
assert CHANGED_SPEC != SPEC

Snapshot = dict[str, tuple[bytes, int, int]]


def snapshot(root: Path) -> Snapshot:
    """Every file and directory under ``root``: (bytes, mtime in ns, inode)."""
    found: Snapshot = {}
    for path in sorted(root.rglob("*")):
        stat = path.stat()
        data = path.read_bytes() if path.is_file() else b"<dir>"
        found[path.relative_to(root).as_posix()] = (data, stat.st_mtime_ns, stat.st_ino)
    return found


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: --help and usage errors
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # the changelog's date, if it has one
    return Project(tmp_path)


class Project:
    def __init__(self, root: Path):
        self.root = root
        self.spec = root / "spec.yaml"
        self.spec.write_text(_dedent(SPEC), encoding="utf-8")
        self.out = root / "out"

    def args(self, command: str, *extra: str) -> list[str]:
        return [
            command,
            "--spec",
            str(self.spec),
            "--out",
            str(self.out),
            "--paths",
            "/evals",
            *extra,
        ]

    def generate(self, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
        return run(self.args("generate", *extra), capsys)

    def check(self, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
        return run(self.args("check", *extra), capsys)

    def siblings(self) -> list[str]:
        """What sits beside the output directory (staging or backup trees must not linger)."""
        return sorted(p.name for p in self.root.iterdir())


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text)


def _generated(project: Project, capsys: pytest.CaptureFixture[str]) -> Snapshot:
    code, _, err = project.generate(capsys)
    assert code == 0, err
    return snapshot(project.out)


# ---- generate and check ----------------------------------------------------------------------


def test_generate_then_check_is_up_to_date(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = project.generate(capsys)
    assert code == 0, err
    assert err == ""
    assert out.startswith(f"{project.out}: ")
    assert (project.out / PACKAGE / "models" / "eval.py").is_file()
    assert (project.out / ".codegen" / "manifest.json").is_file()
    code, out, err = project.check(capsys)
    assert code == 0, err
    assert out.startswith(f"{project.out}: up to date")


def test_check_lists_every_difference_per_file(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    _generated(project, capsys)
    changed = project.out / PACKAGE / "models" / "eval.py"
    changed.write_text(changed.read_text() + "# edited by hand\n")
    removed = project.out / PACKAGE / "models" / "grader.py"
    removed.unlink()
    (project.out / PACKAGE / "models" / "stray.py").write_text("X = 1\n")
    before = snapshot(project.out)

    code, out, err = project.check(capsys)

    assert code == 1, err
    lines = out.splitlines()
    assert f"  changed: {PACKAGE}/models/eval.py" in lines
    assert f"  missing: {PACKAGE}/models/grader.py" in lines
    assert f"  unexpected: {PACKAGE}/models/stray.py" in lines
    listed = [
        line for line in lines if line.startswith(("  changed:", "  missing:", "  unexpected:"))
    ]
    assert len(listed) == 3, out
    assert "run `make generate`" in out
    assert snapshot(project.out) == before  # check never writes


def test_generate_repairs_the_tree(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    original = _generated(project, capsys)
    eval_py = project.out / PACKAGE / "models" / "eval.py"
    eval_py.write_text("broken = (\n")
    (project.out / PACKAGE / "models" / "grader.py").unlink()
    (project.out / "stray.txt").write_text("x")

    code, out, err = project.generate(capsys)

    assert code == 0, err
    # Byte-code caches are not the generator's (its import check may leave some): skip them.
    repaired = {
        n: data for n, (data, _, _) in snapshot(project.out).items() if "__pycache__" not in n
    }
    wanted = {n: data for n, (data, _, _) in original.items() if "__pycache__" not in n}
    assert sorted(repaired) == sorted(wanted)
    assert [name for name in wanted if repaired[name] != wanted[name]] == []
    code, out, _ = project.check(capsys)
    assert code == 0 and "up to date" in out


def test_generating_twice_touches_nothing(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _generated(project, capsys)
    code, out, err = project.generate(capsys)
    assert code == 0, err
    assert "up to date" in out
    assert snapshot(project.out) == first  # bytes, mtimes and inodes


def test_an_unchanged_file_keeps_its_mtime_when_another_changes(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _generated(project, capsys)
    project.spec.write_text(_dedent(CHANGED_SPEC), encoding="utf-8")
    code, _, err = project.generate(capsys)
    assert code == 0, err
    second = snapshot(project.out)
    grader = f"{PACKAGE}/models/grader.py"
    assert second[grader] == first[grader]
    eval_py = f"{PACKAGE}/models/eval.py"
    assert second[eval_py][0] != first[eval_py][0]
    assert b"created_at" in second[eval_py][0]


@pytest.mark.parametrize("command", ["generate", "check"])
def test_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([command, "--help"], capsys)
    assert code == 0
    assert out.startswith("usage: python -m generator " + command)
    for option in ("--spec", "--out", "--package", "--paths", "--no-validate"):
        assert option in out


# ---- failures leave the output exactly as it was ----------------------------------------------


def _malformed_spec(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    project.spec.write_text("openapi: 3.1.0\ninfo: {title: x\npaths: {}\n", encoding="utf-8")
    return []


def _invalid_slice(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    project.spec.write_text(
        _dedent(CHANGED_SPEC).replace("{type: integer}", "{type: integr}"), encoding="utf-8"
    )
    return []


def _lone_surrogate(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    # JSON can spell a lone UTF-16 surrogate, which no UTF-8 file can hold.
    import json

    import yaml

    spec = yaml.safe_load(_dedent(CHANGED_SPEC))
    spec["components"]["schemas"]["Eval"]["description"] = "broken \ud800 text"
    project.spec.write_text(json.dumps(spec), encoding="utf-8")
    return []


def _package(name: str, case: str) -> Callable[[Project, pytest.MonkeyPatch], list[str]]:
    """A failure case ``case``: the changed spec, generated with ``--package name``."""

    def make_it_fail(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[str]:
        project.spec.write_text(_dedent(CHANGED_SPEC), encoding="utf-8")
        return ["--package", name]

    make_it_fail.__name__ = case
    return make_it_fail


def _template_error(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    project.spec.write_text(_dedent(CHANGED_SPEC), encoding="utf-8")

    def broken_template(self: Any, name: str, **context: Any) -> str:
        # What the environment raises when a template outputs a raw spec string.
        raise TypeError("template output 'created_at' did not go through an escaping filter")

    renderer = generator.render.Renderer
    monkeypatch.setattr(renderer, "template", broken_template)
    return []


def _compile_error(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    project.spec.write_text(_dedent(CHANGED_SPEC), encoding="utf-8")
    real_render_module = generator.render.Renderer.render_module

    def render_module(self: Any, module: Any) -> str:
        # Parses (so black formats it) but does not compile.
        return real_render_module(self, module) + "\nreturn None\n"

    monkeypatch.setattr(generator.render.Renderer, "render_module", render_module)
    return []


def _import_error(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    project.spec.write_text(_dedent(CHANGED_SPEC), encoding="utf-8")
    real_run = generator.verify.ImportCheck.run

    def import_broken_package(
        self: generator.verify.ImportCheck,
        root: Path,
        changed: list[str] | None,
        meanwhile: Any,
        removed: list[str] | None = None,
    ) -> None:
        # The rendered package fails at import time (say a template wrote a bad default):
        # the real check must notice before anything is swapped in.
        eval_py = root / self.package / "models" / "eval.py"
        eval_py.write_text(eval_py.read_text() + "\nraise RuntimeError('broken at import')\n")
        assert changed is None or f"{self.package}/models/eval.py" in changed
        real_run(self, root, changed, meanwhile, removed)

    monkeypatch.setattr(generator.verify.ImportCheck, "run", import_broken_package)
    return []


FAILURES = [
    (_malformed_spec, ["spec.yaml:3:", "malformed YAML"]),
    (_invalid_slice, ["not valid OpenAPI", "integr"]),
    (
        _lone_surrogate,
        ["#/components/schemas/Eval/description", "unpaired UTF-16 surrogate", "\\ud800"],
    ),
    (_package("Bad-Name", "bad_package"), ["invalid package name 'Bad-Name'"]),
    (_package("class", "keyword_package"), ["invalid package name 'class'"]),
    (_package("json", "stdlib_package"), ["invalid package name 'json'", "standard library module"]),
    (_package("idna", "dependency_package"), ["invalid package name 'idna'", "dependency of the client"]),
    (_package("h2", "optional_dependency_package"), ["invalid package name 'h2'", "dependency of the client"]),
    (_template_error, ["internal error", "escaping filter"]),
    (_compile_error, ["internal error", "does not compile", "'return' outside function"]),
    (_import_error, ["internal error", "does not import", "broken at import"]),
]


@pytest.mark.parametrize(
    ("make_it_fail", "messages"), FAILURES, ids=[f.__name__.strip("_") for f, _ in FAILURES]
)
def test_failure_exits_2_and_leaves_the_output_as_it_was(
    project: Project,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    make_it_fail: Callable[[Project, pytest.MonkeyPatch], list[str]],
    messages: list[str],
) -> None:
    before = _generated(project, capsys)
    siblings = project.siblings()
    extra = make_it_fail(project, monkeypatch)

    code, out, err = project.generate(capsys, *extra)

    assert code == 2, (out, err)
    assert err.startswith("error: ")
    assert "Traceback" not in err
    for message in messages:
        assert message in err, err
    assert snapshot(project.out) == before
    assert project.siblings() == siblings  # no staging or backup tree left behind


def test_failure_before_anything_exists_creates_nothing(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.spec.write_text("not: [valid\n", encoding="utf-8")
    code, _, err = project.generate(capsys)
    assert code == 2 and "malformed YAML" in err
    assert not project.out.exists()
    assert project.siblings() == ["spec.yaml"]


def test_a_directory_not_made_by_the_generator_is_refused(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.out.mkdir()
    (project.out / "notes.txt").write_text("mine\n")
    (project.out / "src").mkdir()
    (project.out / "src" / "app.py").write_text("print('hello')\n")
    before = snapshot(project.out)

    code, out, err = project.generate(capsys)

    assert code == 2, out
    assert f"refusing to replace {project.out}" in err
    assert ".codegen/manifest.json" in err
    assert snapshot(project.out) == before
    assert project.siblings() == ["out", "spec.yaml"]


def test_an_empty_directory_is_fine(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.out.mkdir()
    code, _, err = project.generate(capsys)
    assert code == 0, err
    assert (project.out / PACKAGE / "__init__.py").is_file()


def test_check_on_a_failure_exits_2_too(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _generated(project, capsys)
    project.spec.write_text("openapi: [\n", encoding="utf-8")
    code, _, err = project.check(capsys)
    assert code == 2 and "malformed YAML" in err
    assert snapshot(project.out) == before


def test_check_reports_a_render_that_does_not_compile(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _generated(project, capsys)
    _compile_error(project, monkeypatch)
    code, _, err = project.check(capsys)
    assert code == 2 and "does not compile" in err and "'return' outside function" in err
    assert snapshot(project.out) == before


def test_generator_errors_are_reported_not_raised(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any GeneratorError from a later step (here: black refusing the output) ends in exit 2."""
    before = _generated(project, capsys)
    project.spec.write_text(_dedent(CHANGED_SPEC), encoding="utf-8")

    def refuse(files: dict[str, str]) -> dict[str, str]:
        raise GeneratorError(
            "internal error: the rendered file x.py is not valid Python (simulated)"
        )

    monkeypatch.setattr(generator.format, "format_files", refuse)
    monkeypatch.setattr(generator.pipeline, "format_files", refuse, raising=False)
    code, _, err = project.generate(capsys)
    assert code == 2 and "not valid Python (simulated)" in err
    assert snapshot(project.out) == before


def test_the_staging_tree_is_removed_after_success(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    _generated(project, capsys)
    project.spec.write_text(_dedent(CHANGED_SPEC), encoding="utf-8")
    code, _, err = project.generate(capsys)
    assert code == 0, err
    assert project.siblings() == ["out", "spec.yaml"]
    assert not [p for p in project.root.iterdir() if p.name.startswith(".out")]


def test_python_dash_m_generator_generate(project: Project) -> None:
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    result = subprocess.run(
        [sys.executable, "-m", "generator", *project.args("generate")],
        check=False,
        cwd=project.root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "generator", *project.args("check")],
        check=False,
        cwd=project.root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0 and "up to date" in result.stdout


def test_free_form_fields_are_taken_as_they_are(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    """A field of any type needs no check: no ``if`` and no assignment of a value to itself."""
    import subprocess
    import sys

    spec = SPEC.replace(
        "            name: {type: string}\n            graders:",
        "            name: {type: string}\n            settings: {}\n"
        "            payload: {anyOf: [{}, {type: 'null'}]}\n"
        "            labels: {type: [string, 'null']}\n            graders:",
    ).replace("required: [id]", "required: [id, payload]")
    assert "settings" in spec
    project.spec.write_text(_dedent(spec), encoding="utf-8")
    code, _, err = project.generate(capsys)
    assert code == 0, err
    source = (project.out / PACKAGE / "models" / "eval.py").read_text(encoding="utf-8")
    assert (
        '            obj.settings = d.get("settings", UNSET)\n'
        '            obj.payload = d["payload"]\n'
        '            obj.labels = d.get("labels", UNSET)\n'
        "            if (\n"  # typed: still checked
        "                obj.labels is not UNSET\n"
        "                and obj.labels is not None\n"
        "                and type(obj.labels) is not str\n"
        "            ):\n"
    ) in source

    script = (
        "from openai_evals import UNSET\n"
        "from openai_evals.models import Eval\n"
        "e = Eval.from_dict({'id': 'e1', 'settings': {'a': [1, None]}, 'payload': None, 'labels': None})\n"
        "assert e.settings == {'a': [1, None]} and e.payload is None and e.labels is None, e\n"
        "e = Eval.from_dict({'id': 'e1', 'payload': 3})\n"
        "assert e.settings is UNSET and e.payload == 3, e\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=project.out, capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
