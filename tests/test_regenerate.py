"""Regenerating after a spec change, end to end (generator/pipeline.py, state.py, write.py).

Each test works on its own copy of a tree generated once (per module) from a copy of
``spec/openai-evals.yaml``, with ``SOURCE_DATE_EPOCH`` fixing the changelog's date:

(a) regenerating an unchanged spec touches nothing and renders nothing;
(b) a change to one schema rewrites exactly the files that depend on it, bumps the version by
    semver and puts one entry on top of the changelog;
(c) the manifest cannot hide a change: new templates or generator code, a new option or a
    file edited by hand are all noticed;
(d) validation is incremental: only the changed part of the spec is validated again;
(e) ``fetch`` and ``make update-spec``.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import generator.diff
import generator.pipeline
import generator.render
import generator.state
import generator.validate
import generator.verify
from generator.cli import main
from generator.errors import SpecErrors
from generator.format import format_files
from generator.irjson import api_from_json, api_to_json
from generator.pipeline import GenerateOptions, Result, SpecOptions, check, generate, read_api
from generator.render import Renderer, RenderOptions

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec" / "openai-evals.yaml"
PACKAGE = "openai_evals"
EPOCH = "1767225600"
DATE = "2026-01-01"  # SOURCE_DATE_EPOCH as a date
STATE = {".codegen/manifest.json", ".codegen/ir.json", "CHANGELOG.md"}

Stats = dict[str, tuple[bytes, int, int]]


def stats(root: Path) -> Stats:
    """Every file under ``root`` (byte-code aside): bytes, mtime in ns, inode."""
    found: Stats = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            stat = path.stat()
            found[path.relative_to(root).as_posix()] = (path.read_bytes(), stat.st_mtime_ns, stat.st_ino)
    return found


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def dump_yaml(path: Path, data: Any) -> None:
    path.write_text(yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True), encoding="utf-8")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tree generated once from a copy of spec/openai-evals.yaml (version 1.0.0)."""
    root = tmp_path_factory.mktemp("regenerate-base")
    spec = root / "spec.yaml"
    shutil.copy2(SPEC, spec)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        result = generate(GenerateOptions(spec=SpecOptions(spec=str(spec)), out=root / "generated"))
    assert result.first and result.version == "1.0.0"
    return root


class Project:
    """A copy of the base tree and its spec, and ways to change and regenerate them."""

    def __init__(self, base: Path, root: Path):
        self.root = root
        self.spec = root / "spec.yaml"
        self.out = root / "generated"
        shutil.copy2(base / "spec.yaml", self.spec)
        shutil.copytree(base / "generated", self.out, copy_function=shutil.copy2)

    def options(self, **changes: Any) -> GenerateOptions:
        spec_changes = {k: changes.pop(k) for k in ("paths", "tags", "validate", "overlays") if k in changes}
        return GenerateOptions(spec=SpecOptions(spec=str(self.spec), **spec_changes), out=self.out, **changes)

    def generate(self, **changes: Any) -> Result:
        return generate(self.options(**changes))

    def check(self, **changes: Any) -> Result:
        return check(self.options(**changes))

    def edit_spec(self, mutate: Callable[[Any], None]) -> Any:
        data = load_yaml(self.spec)
        mutate(data)
        dump_yaml(self.spec, data)
        return data

    def changelog(self) -> str:
        return (self.out / "CHANGELOG.md").read_text(encoding="utf-8")

    def manifest(self) -> Any:
        return json.loads((self.out / ".codegen" / "manifest.json").read_text(encoding="utf-8"))

    def module_of(self, definition: str) -> str:
        snapshot = json.loads((self.out / ".codegen" / "ir.json").read_text(encoding="utf-8"))
        [module] = [d["module"] for d in snapshot["models"] + snapshot["enums"] + snapshot["unions"] if d["name"] == definition]
        return f"{PACKAGE}/models/{module}.py"


@pytest.fixture
def project(base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return Project(base, tmp_path)


@pytest.fixture
def no_render(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rendering anything fails the test."""

    def render(self: Any, paths: Any = None) -> Any:
        if paths is None or paths:
            raise AssertionError(f"rendered {'everything' if paths is None else sorted(paths)[:5]}")
        return {}

    monkeypatch.setattr(generator.render.Renderer, "render", render)


@pytest.fixture
def validated(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every document handed to openapi-spec-validator (the real validation still runs)."""
    calls: list[dict[str, Any]] = []
    real = generator.validate._validate_document

    def spy(spec_slice: Any, document: dict[str, Any]) -> None:
        calls.append(document)
        real(spec_slice, document)

    monkeypatch.setattr(generator.validate, "_validate_document", spy)
    # Validation runs in a forked process when it can; without fork it runs here, where the
    # spy sees it (the same code either way).
    monkeypatch.delattr(generator.validate.os, "fork")
    return calls


def add_optional_field(data: Any) -> None:
    data["components"]["schemas"]["EvalApiError"]["properties"]["param"] = {
        "type": "string",
        "description": "The request parameter the error is about, if any.",
    }


def remove_field(data: Any) -> None:
    schema = data["components"]["schemas"]["EvalApiError"]
    del schema["properties"]["message"]
    schema["required"].remove("message")


def change_description(data: Any) -> None:
    data["components"]["schemas"]["EvalApiError"]["description"] = "What went wrong in a run or a sample."


def entries(changelog: str) -> list[str]:
    """The changelog's entry titles, newest first."""
    return [line for line in changelog.splitlines() if line.startswith("## ")]


# ---- (a) nothing changed ------------------------------------------------------------------------


def test_regenerating_twice_changes_nothing_and_renders_nothing(
    project: Project, no_render: None, validated: list[dict[str, Any]]
) -> None:
    before = stats(project.out)
    result = project.generate()
    assert not result.files and result.files.added == result.files.changed == result.files.removed == []
    assert result.rendered == ()
    assert result.report is None and result.version == "1.0.0" and not result.first
    assert validated == []  # the validator is not even called
    assert stats(project.out) == before  # every byte, mtime and inode
    assert not project.check().files


def test_the_cli_says_up_to_date(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--spec", str(project.spec), "--out", str(project.out)]
    before = stats(project.out)
    assert main(["generate", *argv]) == 0
    assert main(["check", *argv]) == 0
    assert capsys.readouterr().out == f"{project.out}: up to date (version 1.0.0)\n" * 2
    assert stats(project.out) == before


def test_the_base_tree_is_a_first_generation(project: Project) -> None:
    assert entries(project.changelog()) == [f"## 1.0.0 — {DATE} (spec 2.3.0)"]
    assert "First generation: 12 operations" in project.changelog()
    assert project.manifest()["package_version"] == "1.0.0"
    assert '__version__ = "1.0.0"' in (project.out / PACKAGE / "_version.py").read_text(encoding="utf-8")
    # A first generation already has every change the generator made to the generated code.
    assert project.manifest()["code_revision"] == len(generator.diff.CODE_CHANGES)


def test_the_generators_own_api_changes_bump_the_version_once(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tree made before a change the generator made to the generated API (not the spec's)
    gets it reported, in its changelog and version, on the next generate; then never again."""
    change = generator.diff.Change("generated-code", "Model.frobnicate", True, "renamed to frob")
    monkeypatch.setattr(generator.diff, "CODE_CHANGES", (*generator.diff.CODE_CHANGES, change))
    # What a new generator brings: other code (so a new tool fingerprint) and one more change.
    real = generator.pipeline.tool_fingerprint
    monkeypatch.setattr(generator.pipeline, "tool_fingerprint", lambda: {**real(), "code": "a new generator"})
    old_changelog = project.changelog()
    result = project.generate()
    assert result.version == "2.0.0" and result.report is not None
    assert result.report.changes == (change,)
    assert project.manifest()["code_revision"] == len(generator.diff.CODE_CHANGES)
    entry = (
        f"## 2.0.0 — {DATE} (spec 2.3.0)\n\n"
        "### Breaking changes\n\n"
        "- `Model.frobnicate` (generated-code): renamed to frob\n"
    )
    top = old_changelog.index("\n## ") + 1
    assert project.changelog() == old_changelog[:top] + entry + "\n" + old_changelog[top:]
    assert project.generate().version == "2.0.0"  # reported once
    assert project.changelog().count("Model.frobnicate") == 1


# ---- (b) one schema changed ---------------------------------------------------------------------


def test_an_added_optional_field_rewrites_only_what_depends_on_it(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = project.edit_spec(add_optional_field)
    module = project.module_of("EvalApiError")
    before = stats(project.out)
    old_changelog = project.changelog()
    compiled: list[str] = []
    real_compile = generator.verify.compile_files
    monkeypatch.setattr(
        generator.verify, "compile_files", lambda files: (compiled.extend(files), real_compile(files))
    )

    result = project.generate()

    expected = {
        module,
        f"{PACKAGE}/_version.py",
        "pyproject.toml",
        "CHANGELOG.md",
        ".codegen/ir.json",
        ".codegen/manifest.json",
    }
    assert result.files.added == [] and result.files.removed == []
    assert set(result.files.changed) == expected
    after = stats(project.out)
    assert set(after) == set(before)
    assert {name for name in after if after[name][0] != before[name][0]} == expected
    for name in set(after) - expected:
        assert after[name][1:] == before[name][1:], f"{name} was rewritten"  # same mtime, same inode
    # What was rendered: the module, the files that show the whole API, and those reaching
    # EvalApiError; not the others.
    assert module in result.rendered
    assert f"{PACKAGE}/models/grader_python.py" not in result.rendered
    assert len(result.rendered) < len(after) // 4
    # Only the Python files written are compiled: one rendered to the same bytes compiled before.
    assert f"{PACKAGE}/_client.py" in result.rendered
    assert sorted(compiled) == sorted(name for name in expected if name.endswith(".py"))

    assert "param" in (project.out / module).read_text(encoding="utf-8")
    assert result.version == "1.1.0" and result.report is not None and result.report.bump == "minor"
    assert 'version = "1.1.0"' in (project.out / "pyproject.toml").read_text(encoding="utf-8")
    assert '__version__ = "1.1.0"' in (project.out / PACKAGE / "_version.py").read_text(encoding="utf-8")
    assert project.manifest()["package_version"] == "1.1.0"

    entry = (
        f"## 1.1.0 — {DATE} (spec {data['info']['version']})\n\n"
        "### Compatible changes\n\n"
        "- `EvalApiError.param` (field-added): new optional field\n"
    )
    top = old_changelog.index("\n## ") + 1
    assert project.changelog() == old_changelog[:top] + entry + "\n" + old_changelog[top:]

    # And once more: nothing new.
    again = project.generate()
    assert not again.files and again.rendered == () and again.version == "1.1.0"


def test_a_removed_field_bumps_major(project: Project) -> None:
    old_changelog = project.changelog()
    project.edit_spec(remove_field)
    result = project.generate()
    assert result.version == "2.0.0" and result.report is not None and result.report.bump == "major"
    entry = (
        f"## 2.0.0 — {DATE} (spec 2.3.0)\n\n"
        "### Breaking changes\n\n"
        "- `EvalApiError.message` (field-removed): code reading or setting it fails\n"
    )
    top = old_changelog.index("\n## ") + 1
    assert project.changelog() == old_changelog[:top] + entry + "\n" + old_changelog[top:]


def test_a_description_change_bumps_patch(project: Project) -> None:
    old_changelog = project.changelog()
    project.edit_spec(change_description)
    result = project.generate()
    assert result.version == "1.0.1" and result.report is not None
    assert result.report.changes == () and result.report.bump == "patch"
    assert project.module_of("EvalApiError") in result.files.changed  # the docstring
    # Files that use EvalApiError without showing its description are not rendered again.
    assert set(result.rendered) == {
        project.module_of("EvalApiError"),
        f"{PACKAGE}/_version.py",
        "pyproject.toml",
    }
    entry = f"## 1.0.1 — {DATE} (spec 2.3.0)\n\nDocumentation only.\n"
    top = old_changelog.index("\n## ") + 1
    assert project.changelog() == old_changelog[:top] + entry + "\n" + old_changelog[top:]


def _with_definition_prose(api: Any, prose: Callable[[str], str | None], keep: frozenset[str] = frozenset()) -> Any:
    """``api`` with the description of every model, enum and union not in ``keep``, and of
    their fields, set to ``prose(where)``."""
    data = api_to_json(api)
    for key in ("models", "enums", "unions"):
        for definition in data[key]:
            if definition["name"] not in keep:
                definition["description"] = prose(definition["name"])
                for field in definition.get("fields", []):
                    field["description"] = prose(f"{definition['name']}.{field['py_name']}")
    return api_from_json(data)


def test_files_that_use_a_definition_do_not_show_its_prose() -> None:
    """What lets a reworded description render only its own module: the renderer's claim,
    in ``Renderer.dependencies``, that no other file shows a definition's prose, checked
    with marked prose (shown anywhere, it would be found) and with none (its presence
    would decide nothing)."""
    api = read_api(SpecOptions(spec=str(SPEC), validate=False))
    options = RenderOptions(package=PACKAGE, package_version="1.0.0")
    files = Renderer(api, options).render()
    marked = Renderer(_with_definition_prose(api, lambda where: f"<prose of {where}>"), options).render()
    missing = Renderer(_with_definition_prose(api, lambda where: None), options).render()
    for path in ("README.md", f"{PACKAGE}/_client.py", f"{PACKAGE}/models/__init__.py"):
        assert files[path] == marked[path] == missing[path], path
    reached_from_elsewhere = 0
    for module in api.modules:
        path = f"{PACKAGE}/models/{module.name}.py"
        shown = set(re.findall(r"<prose of ([A-Za-z0-9_]+)", marked[path]))
        assert shown and shown <= set(module.definitions), path
        reached_from_elsewhere += len(Renderer(api, options).module_dependencies(module)) - 1 - len(module.definitions)
    assert reached_from_elsewhere > 50  # many modules reach definitions of others
    # Whether another definition has prose at all decides nothing in a module either (the
    # modules reaching the most others; all of them take seconds).
    renderer = Renderer(api, options)
    busiest = sorted(api.modules, key=lambda m: -len(renderer.module_dependencies(m)))[:3]
    for module in busiest:
        path = f"{PACKAGE}/models/{module.name}.py"
        others_bare = _with_definition_prose(api, lambda where: None, keep=frozenset(module.definitions))
        assert Renderer(others_bare, options).render({path})[path] == files[path], path


def _schemas(data: Any) -> Any:
    return data["components"]["schemas"]


#: Edits a regenerate must carry into every file that shows them, whichever files those are.
EDITS: dict[str, Callable[[Any], None]] = {
    # InputTextContent is reached from 18 other modules; its prose shows in its own only.
    "model description": lambda d: _schemas(d)["InputTextContent"].update(description="Reworded."),
    "field description": lambda d: _schemas(d)["InputTextContent"]["properties"]["text"].update(
        description="Reworded."
    ),
    "model description removed": lambda d: _schemas(d)["PromptCacheBreakpointConfig"].pop("description"),
    "enum description": lambda d: _schemas(d)["ComputerEnvironment"].update(description="Reworded."),
    "enum value added": lambda d: _schemas(d)["ComputerEnvironment"]["enum"].append("haiku"),
    # ComputerUsePreviewTool, in another module, annotates its field "ComputerEnvironment | int".
    "enum made integer": lambda d: _schemas(d)["ComputerEnvironment"].update(type="integer", enum=[1, 2]),
    "union description": lambda d: _schemas(d)["EvalItemContentItem"].update(description="Reworded."),
    # The client annotates get_eval_runs(status=...) as "GetEvalRunsStatus | str": the "str"
    # is a fact of the enum, not of the operation.
    "parameter enum made integer": lambda d: d["paths"]["/evals/{eval_id}/runs"]["get"]["parameters"][4][
        "schema"
    ].update(type="integer", enum=[1, 2]),
    "operation summary": lambda d: d["paths"]["/evals"]["get"].update(summary="List the evals."),
    # Copied into the client's docstring of create_eval, as the description of its argument.
    "request body field description": lambda d: _schemas(d)["CreateEvalRequest"]["properties"]["name"].update(
        description="Reworded."
    ),
    # Copied by allOf into EvalGraderLabelModel, in another module.
    "allOf parent field description": lambda d: _schemas(d)["GraderLabelModel"]["properties"]["labels"].update(
        description="Reworded."
    ),
    "parameter description": lambda d: d["paths"]["/evals"]["get"]["parameters"][1].update(
        description="Reworded."
    ),
    "field added to a reached model": lambda d: _schemas(d)["InputTextContent"]["properties"].update(
        note={"type": "string"}
    ),
    "field removed": remove_field,
}


@pytest.mark.parametrize("edit", EDITS)
def test_a_regenerated_tree_is_what_a_full_render_makes(project: Project, edit: str) -> None:
    """Whatever a regenerate keeps from disk is what rendering everything again would make."""
    project.edit_spec(EDITS[edit])
    result = project.generate()
    assert result.files.changed
    version = project.manifest()["package_version"]
    api = read_api(SpecOptions(spec=str(project.spec), validate=False))  # generate validated it
    full = format_files(Renderer(api, RenderOptions(package=PACKAGE, package_version=version)).render())
    assert set(full) == _package_files(project.out)
    for path, text in full.items():
        assert (project.out / path).read_text(encoding="utf-8") == text, path


def test_an_edit_undone_gives_the_first_tree_back(project: Project) -> None:
    before = {name: data for name, (data, _, _) in stats(project.out).items()}
    original = load_yaml(project.spec)
    for edit in ("model description", "field added to a reached model", "enum made integer"):
        project.edit_spec(EDITS[edit])
    project.generate()
    dump_yaml(project.spec, original)
    project.generate()
    after = {name: data for name, (data, _, _) in stats(project.out).items()}
    versioned = {f"{PACKAGE}/_version.py", "pyproject.toml"}
    assert set(after) == set(before)
    assert {name for name in after if after[name] != before[name]} - STATE == versioned


def test_a_reformatted_spec_changes_only_the_manifest(project: Project, no_render: None) -> None:
    old_changelog = project.changelog()
    before = stats(project.out)
    project.edit_spec(lambda data: None)  # dumped again: other bytes, the same data
    assert project.spec.read_bytes() != SPEC.read_bytes()
    result = project.generate()
    assert result.files.changed == [".codegen/manifest.json"] and not result.files.added and not result.files.removed
    assert result.version == "1.0.0" and result.report is not None and result.report.bump == "none"
    assert result.rendered == ()
    assert project.changelog() == old_changelog
    after = stats(project.out)
    assert {name: value for name, value in after.items() if name != ".codegen/manifest.json"} == {
        name: value for name, value in before.items() if name != ".codegen/manifest.json"
    }


def test_successive_changes_stack_up_newest_first(project: Project) -> None:
    project.edit_spec(add_optional_field)
    assert project.generate().version == "1.1.0"
    project.edit_spec(change_description)
    assert project.generate().version == "1.1.1"
    project.edit_spec(remove_field)
    assert project.generate().version == "2.0.0"
    assert entries(project.changelog()) == [
        f"## 2.0.0 — {DATE} (spec 2.3.0)",
        f"## 1.1.1 — {DATE} (spec 2.3.0)",
        f"## 1.1.0 — {DATE} (spec 2.3.0)",
        f"## 1.0.0 — {DATE} (spec 2.3.0)",
    ]


def test_the_changelog_date_comes_from_source_date_epoch(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01
    project.edit_spec(add_optional_field)
    project.generate()
    assert entries(project.changelog())[0] == "## 1.1.0 — 2030-01-01 (spec 2.3.0)"


def test_a_lost_ir_snapshot_restores_it_without_a_new_entry(project: Project) -> None:
    old_changelog = project.changelog()
    (project.out / ".codegen" / "ir.json").unlink()
    result = project.generate()
    assert result.files.added == [".codegen/ir.json"]
    assert result.version == "1.0.0"
    assert project.changelog() == old_changelog  # not a second "First generation"


# ---- (c) the manifest cannot hide a change ------------------------------------------------------


def _package_files(root: Path) -> set[str]:
    return set(stats(root)) - STATE


@pytest.mark.parametrize("what", ["templates or generator code", "generator version"])
def test_a_new_tool_renders_everything(
    project: Project, monkeypatch: pytest.MonkeyPatch, validated: list[dict[str, Any]], what: str
) -> None:
    if what == "generator version":
        monkeypatch.setattr(generator.state, "__version__", "99.0.0")
    else:
        real = generator.pipeline.tool_fingerprint
        monkeypatch.setattr(generator.pipeline, "tool_fingerprint", lambda: {**real(), "code": "a template changed"})
    before = stats(project.out)
    result = project.generate()
    assert set(result.rendered) == _package_files(project.out)  # every file rendered again
    # The same templates in fact: the same bytes, so only the manifest is rewritten.
    assert result.files.changed == [".codegen/manifest.json"]
    after = stats(project.out)
    for name in set(after) - {".codegen/manifest.json"}:
        assert after[name] == before[name], name
    assert validated == []  # the spec did not change: nothing to validate
    # Recorded: the next run with the same tool is the fast path.
    assert project.generate().rendered == ()


def test_a_new_package_name_renders_everything(project: Project) -> None:
    old_files = _package_files(project.out)
    result = project.generate(package="evals_client")
    new_files = _package_files(project.out)
    assert all(name.startswith("evals_client/") for name in new_files if name.endswith(".py"))
    assert set(result.rendered) == new_files
    assert set(result.files.removed) == {name for name in old_files if name.startswith(f"{PACKAGE}/")}
    assert result.version == "1.0.0"  # the API did not change
    assert project.check(package="evals_client").files.changed == []
    assert project.check().files  # the default package name no longer matches


def test_changed_paths_are_noticed(project: Project) -> None:
    runs_only = ("/evals/{eval_id}/runs",)
    result = project.generate(paths=runs_only)
    assert result.report is not None and result.report.breaking  # list_evals etc. are gone
    assert result.version == "2.0.0"
    assert f"{PACKAGE}/_client.py" in result.files.changed and result.files.removed
    assert project.manifest()["inputs"]["options"]["paths"] == list(runs_only)
    assert not project.check(paths=runs_only).files
    differs = project.check()  # the original paths: the tree no longer matches
    assert f"{PACKAGE}/_client.py" in differs.files.changed and differs.files.added


def test_equivalent_paths_are_recorded_without_rendering(project: Project, no_render: None) -> None:
    # The same operations, so the same IR and files; only the recorded options change.
    paths = ("/evals", "/evals/{eval_id}")
    result = project.generate(paths=paths)
    assert result.files.changed == [".codegen/manifest.json"] and result.rendered == ()
    assert project.manifest()["inputs"]["options"]["paths"] == list(paths)
    assert not project.check(paths=paths).files
    assert project.check().files.changed == [".codegen/manifest.json"]


def test_a_hand_edited_file_is_detected_and_repaired(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    module = project.out / project.module_of("EvalApiError")
    name = module.relative_to(project.out).as_posix()
    original = module.read_bytes()
    before = stats(project.out)
    module.write_bytes(original.replace(b"class EvalApiError", b"class EvalApiError  # hand-edited\n", 1) + b"\n# edited\n")

    assert project.check().files.changed == [name]
    argv = ["--spec", str(project.spec), "--out", str(project.out)]
    assert main(["check", *argv]) == 1
    assert f"  changed: {name}\n" in capsys.readouterr().out

    result = project.generate()
    assert result.files.changed == [name] and result.rendered == (name,)
    assert module.read_bytes() == original
    after = stats(project.out)
    assert {n: v[0] for n, v in after.items()} == {n: v[0] for n, v in before.items()}
    for other in set(after) - {name}:
        assert after[other] == before[other], other


def test_a_deleted_or_added_file_is_detected_and_repaired(project: Project) -> None:
    before = stats(project.out)
    module = project.module_of("EvalApiError")
    (project.out / module).unlink()
    (project.out / PACKAGE / "stray.py").write_text("x = 1\n", encoding="utf-8")
    differs = project.check()
    assert differs.files.added == [module] and differs.files.removed == [f"{PACKAGE}/stray.py"]
    result = project.generate()
    assert result.rendered == (module,)
    assert {n: v[0] for n, v in stats(project.out).items()} == {n: v[0] for n, v in before.items()}


# ---- (d) incremental validation -----------------------------------------------------------------


def test_a_changed_schema_revalidates_only_its_part(project: Project, validated: list[dict[str, Any]]) -> None:
    def add_field(data: Any) -> None:
        data["components"]["schemas"]["InputImageContent"]["properties"]["note"] = {"type": "string"}

    project.edit_spec(add_field)
    result = project.generate()
    assert result.report is not None and result.report.bump == "minor"
    [document] = validated
    assert document["paths"] == {}
    # The changed component and what it references; not the others.
    assert set(document["components"]["schemas"]) == {"InputImageContent", "ImageDetail", "PromptCacheBreakpointConfig"}
    assert "note" in document["components"]["schemas"]["InputImageContent"]["properties"]
    assert "responses" not in document["components"]
    assert document["openapi"] == "3.1.0" and document["info"]["title"] == "OpenAI Evals API"
    # The manifest now knows the new component as valid: the next run validates nothing.
    recorded = project.manifest()["validated"]
    assert "#/components/schemas/InputImageContent" in recorded
    validated.clear()
    project.edit_spec(lambda data: data["components"]["schemas"]["EvalApiError"].update(maxProperties=9))
    project.generate()
    assert [set(d["components"]["schemas"]) for d in validated] == [{"EvalApiError"}]


def test_a_change_to_prose_alone_validates_nothing(project: Project, validated: list[dict[str, Any]]) -> None:
    def reword(data: Any) -> None:
        change_description(data)
        operation = data["paths"]["/evals"]["get"]
        operation["summary"] = "List every eval"
        operation["parameters"][0]["description"] = "Reworded."

    project.edit_spec(reword)
    result = project.generate()
    assert result.report is not None and result.report.bump == "patch"
    assert validated == []  # validation checks only that prose is a string: it still is


def test_a_changed_operation_revalidates_everything(project: Project, validated: list[dict[str, Any]]) -> None:
    def deprecate(data: Any) -> None:
        data["paths"]["/evals"]["get"]["deprecated"] = True

    all_schemas = set(load_yaml(project.spec)["components"]["schemas"])
    project.edit_spec(deprecate)
    project.generate()
    [document] = validated
    assert len(document["paths"]) > 1
    assert set(document["components"]["schemas"]) == all_schemas


def test_an_invalid_change_is_still_caught_with_its_pointer(
    project: Project, validated: list[dict[str, Any]]
) -> None:
    def break_it(data: Any) -> None:
        data["components"]["schemas"]["EvalApiError"]["properties"]["code"]["type"] = "strin"

    before = stats(project.out)
    project.edit_spec(break_it)
    with pytest.raises(SpecErrors) as caught:
        project.generate()
    [error] = caught.value.errors
    assert error.location.pointer == "#/components/schemas/EvalApiError/properties/code/type"
    assert error.location.file == str(project.spec) and error.location.line is not None
    assert "'strin' is not one of" in error.message
    assert [set(d["components"]["schemas"]) for d in validated] == [{"EvalApiError"}]
    assert stats(project.out) == before  # nothing written, the manifest included
    # Put right, the spec is the one the tree was made from again.
    shutil.copy2(SPEC, project.spec)
    validated.clear()
    assert project.generate().rendered == () and validated == []


def test_unchanged_parts_are_not_validated_again(project: Project, validated: list[dict[str, Any]]) -> None:
    project.edit_spec(lambda data: None)  # new bytes, same data: not the fast path
    project.generate()
    assert validated == []


def test_no_validate_skips_the_validator_and_is_an_option(project: Project, validated: list[dict[str, Any]]) -> None:
    project.edit_spec(add_optional_field)
    result = project.generate(validate=False)
    assert validated == [] and result.version == "1.1.0"
    assert project.manifest()["inputs"]["options"]["validate"] is False


# ---- (e) fetch and make update-spec -------------------------------------------------------------


def test_fetch_copies_a_local_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "spec" / "upstream" / "openai-openapi.yaml"
    assert main(["fetch", str(SPEC), str(dest)]) == 0
    assert dest.read_bytes() == SPEC.read_bytes()
    out = capsys.readouterr().out
    assert out.startswith(f"{dest}: {SPEC.stat().st_size} bytes from {SPEC}\n")
    assert f"next: make generate SPEC={dest} OVERLAY=spec/overlays/upstream-to-ours.yaml" in out
    assert sorted(p.name for p in dest.parent.iterdir()) == ["openai-openapi.yaml"]  # no temporary left


def test_fetch_replaces_an_older_copy(tmp_path: Path) -> None:
    dest = tmp_path / "openapi.json"
    dest.write_text("old", encoding="utf-8")
    source = tmp_path / "new.json"
    source.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}))
    assert main(["fetch", str(source), str(dest)]) == 0
    assert dest.read_bytes() == source.read_bytes()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", "not an OpenAPI 3 document (openapi: missing)"),
        ("openapi: 2.0.0\npaths: {}\n", "not an OpenAPI 3 document (openapi: 2.0.0)"),
        ("- a list\n", "the spec must be a mapping at the top level"),
        ("openapi: 3.1.0\ninfo: [unclosed\n", "spec.yaml:"),
    ],
)
def test_fetch_refuses_what_is_not_openapi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    source = tmp_path / "spec.yaml"
    source.write_text(text, encoding="utf-8")
    dest_dir = tmp_path / "upstream"
    dest = dest_dir / "openai-openapi.yaml"
    assert main(["fetch", str(source), str(dest)]) == 2
    assert message in capsys.readouterr().err
    assert not dest_dir.exists()  # nothing written, not even the directory
    # An existing copy is left as it was.
    dest_dir.mkdir()
    dest.write_bytes(b"the good old copy")
    mtime = dest.stat().st_mtime_ns
    assert main(["fetch", str(source), str(dest)]) == 2
    assert dest.read_bytes() == b"the good old copy" and dest.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in dest_dir.iterdir()) == ["openai-openapi.yaml"]


def test_fetch_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", str(tmp_path / "absent.yaml"), str(tmp_path / "dest.yaml")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert not (tmp_path / "dest.yaml").exists()


def test_fetch_to_a_place_that_cannot_be_written_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    assert main(["fetch", str(SPEC), str(blocker / "spec.yaml")]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {blocker / 'spec.yaml'}" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]

    # The copy is written beside the destination, then fails to replace it: it is removed.
    (tmp_path / "spec.yaml").mkdir()
    assert main(["fetch", str(SPEC), str(tmp_path / "spec.yaml")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "spec.yaml"]


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A local HTTP server over a directory: (base URL, directory)."""
    served = tmp_path / "served"
    served.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(served), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_fetch_downloads_a_url(http_root: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url, served = http_root
    shutil.copy2(SPEC, served / "openapi.yaml")
    dest = tmp_path / "dest.yaml"
    assert main(["fetch", f"{url}/openapi.yaml", str(dest)]) == 0
    assert dest.read_bytes() == SPEC.read_bytes()
    assert main(["fetch", f"{url}/missing.yaml", str(tmp_path / "other.yaml")]) == 2
    assert "cannot download" in capsys.readouterr().err
    assert not (tmp_path / "other.yaml").exists()


def _make(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    environment = {k: v for k, v in os.environ.items() if k not in ("SPEC", "MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    environment.update(env)
    # -o: take the virtualenv stamp as up to date, so make never creates .venv here.
    return subprocess.run(
        [make, "--no-print-directory", "-C", str(REPO), "-o", ".venv/.installed", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_make_update_spec_without_spec_prints_usage() -> None:
    done = _make("update-spec")
    assert done.returncode != 0
    assert "usage: make update-spec SPEC=path/or/url" in done.stderr
    # SPEC from the environment is not SPEC given on purpose.
    done = _make("update-spec", SPEC="spec/openai-evals.yaml")
    assert done.returncode != 0 and "usage: make update-spec" in done.stderr


def test_make_update_spec_fetches(tmp_path: Path) -> None:
    dest = tmp_path / "upstream" / "openai-openapi.yaml"
    done = _make(
        "update-spec", f"SPEC={SPEC}", f"UPSTREAM={dest}", f"BIN={Path(sys.executable).parent}"
    )
    assert done.returncode == 0, done.stderr
    assert dest.read_bytes() == SPEC.read_bytes()
    assert f"{dest}: " in done.stdout
