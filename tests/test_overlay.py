"""OpenAPI Overlay 1.0 (generator/overlay.py): actions, the JSONPath subset, errors, the CLI.

Small inline specs and overlays: ``update`` merges objects recursively, extends arrays and
replaces anything else; ``remove`` deletes dict keys and list items; a target that matches
nothing, or an overlay document that is not one, is a GeneratorError naming the file, the line
and the action. Overlays apply in order, through ``read_api`` and the command line.
"""

from __future__ import annotations

import copy
import json
import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.errors import GeneratorError
from generator.load import Document, load_document, parse_document
from generator.overlay import apply_overlay, select
from generator.pipeline import SpecOptions, read_api


def overlay_doc(text: str, name: str = "overlay.yaml") -> Document:
    return parse_document(textwrap.dedent(text).encode(), name)


def apply(spec: dict[str, Any], actions: str) -> dict[str, Any]:
    """Apply an overlay with these actions (YAML, a list) to a copy of ``spec``."""
    result = copy.deepcopy(spec)
    text = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n" + textwrap.dedent(actions)
    apply_overlay(result, parse_document(text.encode(), "overlay.yaml"))
    return result


# ---- update --------------------------------------------------------------------------------------

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1", "contact": {"name": "a", "email": "e@x"}},
    "tags": [{"name": "A"}],
    "paths": {"/x/{id}": {"get": {"operationId": "getX", "tags": ["A"]}}},
}


def test_update_merges_objects_recursively() -> None:
    result = apply(
        SPEC,
        """\
        - target: $.info
          update:
            contact: {name: b, url: 'https://x'}
            summary: new
        """,
    )
    assert result["info"] == {
        "title": "T",
        "version": "1",
        "contact": {"name": "b", "email": "e@x", "url": "https://x"},  # merged, not replaced
        "summary": "new",
    }
    assert list(result["info"]["contact"]) == ["name", "email", "url"]  # new keys go last
    assert result["paths"] == SPEC["paths"]


def test_update_extends_arrays() -> None:
    result = apply(
        SPEC,
        """\
        - target: $.tags
          update: [{name: B}, {name: C}]
        - target: $.paths['/x/{id}'].get.tags
          update: Z
        """,
    )
    assert result["tags"] == [{"name": "A"}, {"name": "B"}, {"name": "C"}]
    assert result["paths"]["/x/{id}"]["get"]["tags"] == ["A", "Z"]  # a single value is appended


def test_update_replaces_scalars() -> None:
    result = apply(
        SPEC,
        """\
        - target: $.info.title
          update: New title
        - target: $.info.version
          update: {major: 2}
        """,
    )
    assert result["info"]["title"] == "New title"
    assert result["info"]["version"] == {"major": 2}


def test_update_on_the_root_merges_into_the_document() -> None:
    result = apply(SPEC, "- target: $\n  update: {servers: [{url: 'https://a'}]}\n")
    assert result["servers"] == [{"url": "https://a"}]
    assert result["info"] == SPEC["info"]


def test_the_root_cannot_become_a_scalar() -> None:
    with pytest.raises(GeneratorError, match="the document must stay a mapping"):
        apply(SPEC, "- target: $\n  update: text\n")


def test_each_match_gets_its_own_copy_of_the_update() -> None:
    spec = {"items": [{"n": 1}, {"n": 2}]}
    result = apply(spec, "- target: $.items[*]\n  update: {extra: {values: [1]}}\n")
    result["items"][0]["extra"]["values"].append(2)
    assert result["items"][1]["extra"] == {"values": [1]}


# ---- remove --------------------------------------------------------------------------------------


def test_remove_dict_keys() -> None:
    result = apply(
        SPEC,
        """\
        - target: $.info.contact.email
          remove: true
        - target: $.paths['/x/{id}'].get
          remove: true
        """,
    )
    assert result["info"]["contact"] == {"name": "a"}
    assert result["paths"] == {"/x/{id}": {}}


def test_remove_several_list_items_at_once() -> None:
    spec = {"list": [{"id": 0, "drop": True}, {"id": 1}, {"id": 2, "drop": True}, {"id": 3, "drop": True}, {"id": 4}]}
    result = apply(spec, "- target: $.list[?(@.drop == true)]\n  remove: true\n")
    assert result["list"] == [{"id": 1}, {"id": 4}]
    assert apply(spec, "- target: $.list[*]\n  remove: true\n")["list"] == []
    assert [item["id"] for item in apply(spec, "- target: $.list[-1]\n  remove: true\n")["list"]] == [0, 1, 2, 3]
    assert [item["id"] for item in apply(spec, "- target: $.list[1]\n  remove: true\n")["list"]] == [0, 2, 3, 4]


def test_remove_descendants_in_several_lists() -> None:
    spec = {"a": [{"x": 1}, {"x": 2, "y": 1}], "b": {"c": [{"y": 2}, {"x": 3}, {"y": 3}]}}
    result = apply(spec, "- target: $..[?(@.y)]\n  remove: true\n")
    assert result == {"a": [{"x": 1}], "b": {"c": [{"x": 3}]}}


def test_removing_the_whole_document_is_an_error() -> None:
    with pytest.raises(GeneratorError, match="cannot remove the whole document"):
        apply(SPEC, "- target: $\n  remove: true\n")


# ---- JSONPath ------------------------------------------------------------------------------------

DATA: dict[str, Any] = {
    "a": {"b": 1, "c": {"b": 2}},
    "a/b": "slash",
    "paths": {"/x/{id}": {"get": {"operationId": "getX"}}, "/y": {"post": {"operationId": "postY"}}},
    "list": [
        {"type": "x", "k": 1, "name": "n1"},
        {"type": "y", "name": "n2"},
        {"type": "x", "k": None},
        {"type": "z", "k": True},
        {"type": "z", "k": 1.0},
    ],
    "name": "top",
}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("$", [DATA]),
        ("$.a.b", [1]),
        ("$['a/b']", ["slash"]),
        ('$["a/b"]', ["slash"]),
        ("$.paths['/x/{id}'].get.operationId", ["getX"]),
        ("$['paths']['/y'].post.operationId", ["postY"]),
        ("$.list[0].type", ["x"]),
        ("$.list[-1].type", ["z"]),
        ("$.list[5]", []),
        ("$.list[-6]", []),
        ("$.list[*].type", ["x", "y", "x", "z", "z"]),
        ("$.a.*", [1, {"b": 2}]),
        ("$.a[*]", [1, {"b": 2}]),
        ("$..b", [1, 2]),
        ("$..name", ["top", "n1", "n2"]),
        ("$.a..b", [1, 2]),
        ("$..operationId", ["getX", "postY"]),
        ("$.list[?(@.type == 'x')].name", ["n1"]),
        ('$.list[?(@.type == "y")].name', ["n2"]),
        ("$.list[?(@.type=='x')].k", [1, None]),
        ("$.list[?(@.k)].type", ["x", "x", "z", "z"]),  # present, whatever the value (null too)
        ("$.list[?(@.type != 'x')].type", ["y", "z", "z"]),
        ("$.list[?(@.k == null)].type", ["x"]),
        ("$.list[?(@.k == 1)].type", ["x", "z"]),  # 1 and 1.0, not true
        ("$.list[?(@.k == true)].type", ["z"]),  # true, not 1
        ("$.list[?(@.k != 1)].type", ["x", "z"]),  # null and true
        ("$.paths[?(@.get)].get.operationId", ["getX"]),  # filters apply to object members too
        ("$.missing.b", []),
        ("$.a.b.c", []),
    ],
)
def test_jsonpath(path: str, expected: list[Any]) -> None:
    assert [match.value for match in select(DATA, path)] == expected


def test_jsonpath_matches_know_their_parent_and_key() -> None:
    [match] = select(DATA, "$.list[-1]")
    assert match.parent is DATA["list"] and match.key == 4
    [match] = select(DATA, "$.paths['/x/{id}']")
    assert match.parent is DATA["paths"] and match.key == "/x/{id}"


@pytest.mark.parametrize("path", ["a.b", "$.a[", "$.a[?(@.k ~ 1)]", "$.a b", "$[1:2]"])
def test_invalid_jsonpath_is_refused(path: str) -> None:
    with pytest.raises(ValueError):
        select(DATA, path)


def test_invalid_target_is_an_error_naming_the_action() -> None:
    with pytest.raises(GeneratorError, match=r"action 1 \(bad\): invalid target"):
        apply(SPEC, "- target: info.title\n  description: bad\n  update: x\n")


# ---- errors: the file, the line, the action ------------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


SPEC_TEXT = """\
    openapi: 3.1.0
    info: {title: Tiny, version: '1'}
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
    components:
      schemas:
        Eval:
          type: object
          properties:
            id: {type: string}
          required: [id]
    """


def test_a_target_that_matches_nothing_names_the_action_file_and_line(tmp_path: Path) -> None:
    spec = _write(tmp_path, "spec.yaml", SPEC_TEXT)
    overlay = _write(
        tmp_path,
        "fix.yaml",
        """\
        overlay: 1.0.0
        info: {title: fixes, version: '1'}
        actions:
          - target: $.info
            update: {title: Fixed}
          - target: $.components.schemas.Missing.properties.id
            description: make Missing.id nullable
            remove: true
        """,
    )
    document = load_document(spec)
    with pytest.raises(GeneratorError) as caught:
        apply_overlay(document.data, load_document(overlay))
    error = caught.value
    assert error.message.startswith("action 2 (make Missing.id nullable): target ")
    assert "'$.components.schemas.Missing.properties.id' matches nothing in the spec" in error.message
    assert error.location.file == str(overlay)
    assert error.location.line == 6  # the line of the second action
    assert error.location.pointer == "#/actions/1"
    assert f"{overlay}:6" in str(error)
    assert error.hint is not None and "fix or drop this action" in error.hint


def test_an_action_without_description_is_named_by_its_target() -> None:
    with pytest.raises(GeneratorError) as caught:
        apply(SPEC, "- target: $.nothing.here\n  remove: true\n")
    assert caught.value.message == "action 1 ($.nothing.here): target '$.nothing.here' matches nothing in the spec"


def test_a_later_invalid_target_stops_the_overlay_before_any_change() -> None:
    spec = copy.deepcopy(SPEC)
    text = "overlay: 1.0.0\nactions:\n- {target: $.info, remove: true}\n- {target: '$.info[', remove: true}\n"
    with pytest.raises(GeneratorError, match=r"action 2 \(\$\.info\[\): invalid target"):
        apply_overlay(spec, overlay_doc(text))
    assert spec == SPEC


@pytest.mark.parametrize(
    ("text", "message", "pointer"),
    [
        (
            "info: {title: t, version: '1'}\nactions: [{target: $.info, remove: true}]\n",
            "not an Overlay 1.x document (overlay: None)",
            "#/overlay",
        ),
        (
            "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, remove: true}]\n",
            "not an Overlay 1.x document (overlay: '2.0.0')",
            "#/overlay",
        ),
        (
            "overlay: 1.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, remove: true}]\n",
            "not an Overlay 1.x document (overlay: 1.0)",  # a number, not the version string
            "#/overlay",
        ),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\n", "the overlay has no 'actions' list", "#/actions"),
        ("overlay: 1.0.0\nactions: []\n", "the overlay has no 'actions' list", "#/actions"),
        ("overlay: 1.0.0\nactions: {target: $}\n", "the overlay has no 'actions' list", "#/actions"),
        ("overlay: 1.0.0\nactions:\n- {update: {a: 1}}\n", "action 1 has no 'target'", "#/actions/0"),
        ("overlay: 1.0.0\nactions:\n- {target: 3, remove: true}\n", "action 1 has no 'target'", "#/actions/0"),
        ("overlay: 1.0.0\nactions:\n- just text\n", "action 1 has no 'target'", "#/actions/0"),
        (
            "overlay: 1.0.0\nactions:\n- {target: $.info, remove: true}\n- {target: $.info, description: d}\n",
            "action 2 (d) has neither 'update' nor 'remove: true'",
            "#/actions/1",
        ),
        (
            "overlay: 1.0.0\nactions:\n- {target: $.info, remove: false}\n",
            "action 1 ($.info) has neither 'update' nor 'remove: true'",
            "#/actions/0",
        ),
    ],
)
def test_invalid_overlay_documents(tmp_path: Path, text: str, message: str, pointer: str) -> None:
    path = _write(tmp_path, "bad.yaml", text)
    spec = copy.deepcopy(SPEC)
    with pytest.raises(GeneratorError) as caught:
        apply_overlay(spec, load_document(path))
    assert caught.value.message == message
    assert caught.value.location.file == str(path)
    assert caught.value.location.pointer == pointer
    assert caught.value.location.line is not None
    assert spec == SPEC  # the whole overlay is checked before any action applies


def test_a_missing_overlay_file_is_an_error(tmp_path: Path) -> None:
    spec = str(_write(tmp_path, "spec.yaml", SPEC_TEXT))
    with pytest.raises(GeneratorError, match="cannot read the overlay") as caught:
        read_api(SpecOptions(spec=spec, overlays=(str(tmp_path / "absent.yaml"),)))
    assert caught.value.location is not None and caught.value.location.file == str(tmp_path / "absent.yaml")


# ---- several overlays, in order ------------------------------------------------------------------

FIRST = """\
    overlay: 1.0.0
    info: {title: first, version: '1'}
    actions:
      - target: $.components.schemas.Eval.properties
        description: add Eval.name
        update:
          name: {type: string}
      - target: $.info.title
        update: First
    """
SECOND = """\
    overlay: 1.0.0
    info: {title: second, version: '1'}
    actions:
      - target: $.components.schemas.Eval.properties.name
        description: Eval.name is an integer
        update: {type: integer}
      - target: $.info.title
        update: Second
    """


def _eval_fields(ir_json: dict[str, Any]) -> dict[str, Any]:
    [model] = [m for m in ir_json["models"] if m["name"] == "Eval"]
    return {f["wire_name"]: f["type"] for f in model["fields"]}


def test_overlays_apply_in_order(tmp_path: Path) -> None:
    spec = _write(tmp_path, "spec.yaml", SPEC_TEXT)
    first, second = _write(tmp_path, "first.yaml", FIRST), _write(tmp_path, "second.yaml", SECOND)
    api = read_api(SpecOptions(spec=str(spec), overlays=(str(first), str(second))))
    assert api.title == "Second"
    [model] = api.models
    assert [(f.wire_name, f.type.kind) for f in model.fields] == [("id", "string"), ("name", "integer")]  # type: ignore[union-attr]
    api = read_api(SpecOptions(spec=str(spec), overlays=(str(first),)))
    assert api.title == "First"
    # The other way round, the second overlay's first action finds nothing to change.
    with pytest.raises(GeneratorError, match=r"action 1 \(Eval.name is an integer\)") as caught:
        read_api(SpecOptions(spec=str(spec), overlays=(str(second), str(first))))
    assert caught.value.location.file == str(second)


def test_overlays_in_order_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(tmp_path, "spec.yaml", SPEC_TEXT)
    first, second = _write(tmp_path, "first.yaml", FIRST), _write(tmp_path, "second.yaml", SECOND)
    argv = ["inspect", "--json", "--spec", str(spec)]
    assert main([*argv, "--overlay", str(first), "--overlay", str(second)]) == 0
    ir_json = json.loads(capsys.readouterr().out)
    assert ir_json["title"] == "Second"
    assert _eval_fields(ir_json)["name"]["kind"] == "integer"

    assert main([*argv, "--overlay", str(second), "--overlay", str(first)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{second}:" in err and "action 1 (Eval.name is an integer)" in err and "matches nothing" in err


# ---- a bad overlay leaves the output as it was ---------------------------------------------------


@pytest.fixture(scope="module")
def generated_tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tree generated once from the tiny spec; tests copy it."""
    root = tmp_path_factory.mktemp("overlay-generated")
    spec = _write(root, "spec.yaml", SPEC_TEXT)
    out = root / "out"
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 0
    return out


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        path.relative_to(root).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_generate_with_a_bad_overlay_exits_2_and_leaves_the_output_untouched(
    generated_tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated_tiny, out, copy_function=shutil.copy2)
    spec = _write(tmp_path, "spec.yaml", SPEC_TEXT)
    first = _write(tmp_path, "first.yaml", FIRST)
    bad = _write(
        tmp_path,
        "bad.yaml",
        """\
        overlay: 1.0.0
        info: {title: bad, version: '1'}
        actions:
          - target: $.components.schemas.Gone
            description: fix a schema that is gone
            remove: true
        """,
    )
    before = _snapshot(out)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    capsys.readouterr()
    code = main(["generate", "--spec", str(spec), "--out", str(out), "--overlay", str(first), "--overlay", str(bad)])
    _, err = capsys.readouterr()
    assert code == 2
    assert f"{bad}:4" in err and "action 1 (fix a schema that is gone)" in err
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no staging tree left behind


def test_generate_applies_overlays_in_order(
    generated_tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated_tiny, out, copy_function=shutil.copy2)
    spec = _write(tmp_path, "spec.yaml", SPEC_TEXT)
    first, second = _write(tmp_path, "first.yaml", FIRST), _write(tmp_path, "second.yaml", SECOND)
    argv = ["--spec", str(spec), "--out", str(out), "--overlay", str(first), "--overlay", str(second)]
    assert main(["generate", *argv]) == 0
    ir_json = json.loads((out / ".codegen" / "ir.json").read_text(encoding="utf-8"))
    assert ir_json["title"] == "Second"
    assert _eval_fields(ir_json)["name"]["kind"] == "integer"
    manifest = json.loads((out / ".codegen" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["inputs"]["overlays"]) == 2
    capsys.readouterr()
    assert main(["check", *argv]) == 0  # up to date with the same overlays...
    assert main(["check", "--spec", str(spec), "--out", str(out), "--overlay", str(first)]) == 1  # ...not without
