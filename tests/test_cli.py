"""The command line (generator/cli.py): ``python -m generator inspect``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]

VALID = """\
    openapi: 3.0.3
    info: {title: Evals, version: '1'}
    paths:
      /evals:
        get:
          operationId: listEvals
          tags: [Evals]
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Eval'}
      /files:
        get:
          operationId: listFiles
          tags: [Files]
          responses: {'200': {description: ok}}
    components:
      schemas:
        Eval:
          type: object
          properties:
            id: {type: string}
            from: {type: string}
    """

INVALID_SLICE = """\
    openapi: 3.0.3
    info: {title: Evals, version: '1'}
    paths:
      /evals:
        get:
          operationId: listEvals
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
          required: notalist
          properties:
            id: {type: strin}
    """


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse exits on --help and on usage errors
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_inspect_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["inspect", "--help"], capsys)

    assert code == 0
    for option in ("--spec", "--paths", "--tags", "--no-validate", "--json"):
        assert option in out


def test_inspect_json_prints_parseable_ir(
    write_spec: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(VALID)

    code, out, err = run(["inspect", "--spec", str(spec), "--json"], capsys)

    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["$kind"] == "Api"
    assert [op["name"] for op in data["operations"]] == ["list_evals"]
    assert [m["name"] for m in data["models"]] == ["Eval"]


def test_inspect_text_summary(write_spec: Any, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_spec(VALID)

    code, out, _ = run(["inspect", "--spec", str(spec)], capsys)

    assert code == 0
    assert out.startswith("Evals 1  (no server URL)\n")
    assert "  list_evals  GET /evals -> Eval\n" in out
    assert "      from_: str (optional) = 'from' on the wire\n" in out


def test_tags_alone_select_by_tag_only(write_spec: Any, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_spec(VALID)

    code, out, _ = run(["inspect", "--spec", str(spec), "--tags", "Files", "--json"], capsys)

    assert code == 0
    assert [op["name"] for op in json.loads(out)["operations"]] == ["list_files"]


def test_paths_option(write_spec: Any, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_spec(VALID)

    code, out, _ = run(
        ["inspect", "--spec", str(spec), "--paths", "/files", "/evals", "--json"], capsys
    )

    assert code == 0
    assert [op["name"] for op in json.loads(out)["operations"]] == ["list_evals", "list_files"]


def test_malformed_spec_exits_2_with_file_and_line(
    write_spec: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec("openapi: 3.0.3\npaths:\n  /evals: {get: [\n")

    code, out, err = run(["inspect", "--spec", str(spec)], capsys)

    assert code == 2
    assert out == ""
    assert err.startswith(f"error: {spec}:4:")
    assert "malformed YAML" in err
    assert "Traceback" not in err


def test_malformed_json_spec_exits_2(write_spec: Any, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_spec('{"openapi": "3.0.3",\n "paths": }', "spec.json")

    code, _, err = run(["inspect", "--spec", str(spec)], capsys)

    assert code == 2
    assert f"{spec}:2:" in err


def test_missing_spec_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["inspect", "--spec", str(tmp_path / "nope.yaml")], capsys)

    assert code == 2
    assert "nope.yaml" in err and "cannot read the spec" in err


def test_invalid_slice_exits_2_listing_pointers(
    write_spec: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(INVALID_SLICE)

    code, out, err = run(["inspect", "--spec", str(spec)], capsys)

    assert code == 2
    assert out == ""
    assert "2 error(s)" in err
    assert f"{spec}:19:" in err and "at #/components/schemas/Eval/properties/id/type" in err
    assert f"{spec}:17:" in err and "at #/components/schemas/Eval/required" in err
    assert "--no-validate" in err


def test_no_validate_makes_it_pass(write_spec: Any, capsys: pytest.CaptureFixture[str]) -> None:
    # Invalid OpenAPI (an unknown keyword, as upstream has) that the builder can still read.
    spec = write_spec(
        INVALID_SLICE.replace("required: notalist", "required: [id]").replace(
            "id: {type: strin}",
            "id: {type: string}\n            range: {type: array, items: {type: number, min_items: 2}}",
        )
    )
    code, _, err = run(["inspect", "--spec", str(spec)], capsys)
    assert code == 2
    assert "at #/components/schemas/Eval/properties/range/items: 'min_items' does not match" in err

    code, out, err = run(["inspect", "--spec", str(spec), "--no-validate", "--json"], capsys)

    assert (code, err) == (0, "")
    fields = json.loads(out)["models"][0]["fields"]
    assert [(f["wire_name"], f["required"]) for f in fields] == [("id", True), ("range", False)]


def test_nothing_selected_exits_2(write_spec: Any, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_spec(VALID)

    code, _, err = run(["inspect", "--spec", str(spec), "--paths", "/nothing"], capsys)

    assert code == 2
    assert "no operation matches path prefix '/nothing'" in err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["inspect", "--bogus"], id="unknown-option"),
        pytest.param(["frobnicate"], id="unknown-command"),
        pytest.param([], id="no-command"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(argv, capsys)

    assert code == 2
    assert "usage:" in err


def test_python_dash_m_generator(write_spec: Any) -> None:
    spec = write_spec("openapi: 3.0.3\npaths: [\n")

    result = subprocess.run(
        [sys.executable, "-m", "generator", "inspect", "--spec", str(spec)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 2
    assert f"{spec}:" in result.stderr
    assert "Traceback" not in result.stderr
