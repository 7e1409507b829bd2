"""The change report (generator/diff.py) and ``python -m generator diff``.

(a) The real upstream documents, 2025-04-29 (OpenAPI 3.0) against 2026-08-21 (OpenAPI 3.1):
    the change of dialect alone reports nothing (shown by converting the 2025 slice to 3.1
    spelling ourselves), and the real changes are reported and classified.
(b) Small inline spec pairs, one per change kind, each asserting exactly the changes reported.
(c) The command line: markdown and JSON output, ``--fail-on-breaking``, an IR snapshot as OLD.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.diff import Change, Report, diff_apis, format_json, format_markdown
from generator.ir import Api
from generator.load import load_document
from generator.pipeline import SpecOptions, read_api
from generator.slice import slice_spec
from tests.support.ir import without_docs

UPSTREAM = Path(__file__).resolve().parents[1].parent / "shared" / "upstream"
OLD = "openai-openapi-2025-04-29.yaml"
NEW = "openai-openapi-2026-08-21.yaml"


def _upstream(name: str) -> Path:
    path = UPSTREAM / name
    if not path.is_file():
        pytest.skip(
            f"../shared is absent: {path} is missing "
            "(these tests need the upstream OpenAI specs beside the checkout)"
        )
    return path


def _find(report: Report, kind: str, subject: str) -> Change:
    found = [c for c in report.changes if c.kind == kind and c.subject == subject]
    assert len(found) == 1, f"{kind} {subject}: found {found}; all: {[(c.kind, c.subject) for c in report.changes]}"
    return found[0]


# ---- (a) the upstream documents --------------------------------------------------------------


@pytest.fixture(scope="module")
def old_api() -> Api:
    return read_api(SpecOptions(spec=str(_upstream(OLD)), validate=False))


@pytest.fixture(scope="module")
def new_api() -> Api:
    return read_api(SpecOptions(spec=str(_upstream(NEW)), validate=False))


@pytest.fixture(scope="module")
def upstream_report(old_api: Api, new_api: Api) -> Report:
    return diff_apis(old_api, new_api)


_DOC_KEYWORDS = frozenset(
    {"description", "title", "example", "examples", "externalDocs", "default", "deprecated", "readOnly", "writeOnly"}
)


def to_openapi_31(node: Any, spelling: str, converted: list[str]) -> Any:
    """A 3.0 schema tree in 3.1 spelling: ``nullable: true`` becomes ``type: [X, 'null']``
    (``spelling="type"``, where the schema has one ``type``) or ``anyOf: [X, {type: 'null'}]``."""
    if isinstance(node, list):
        return [to_openapi_31(item, spelling, converted) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: to_openapi_31(value, spelling, converted) for key, value in node.items()}
    nullable = out.pop("nullable", None)
    if nullable is True:
        converted.append(json.dumps(out, sort_keys=True)[:80])
        if spelling == "type" and isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        else:
            docs = {key: value for key, value in out.items() if key in _DOC_KEYWORDS}
            inner = {key: value for key, value in out.items() if key not in _DOC_KEYWORDS}
            out = {"anyOf": [inner, {"type": "null"}], **docs}
    elif nullable is not None and nullable is not False:
        out["nullable"] = nullable  # not the keyword: leave it
    return out


@pytest.fixture(scope="module")
def old_slice_document() -> dict[str, Any]:
    return slice_spec(load_document(_upstream(OLD))).document


@pytest.mark.parametrize(("spelling", "bumps"), [("type", ("none",)), ("anyOf", ("none", "patch"))])
def test_the_dialect_change_alone_reports_nothing(
    old_api: Api,
    old_slice_document: dict[str, Any],
    tmp_path: Path,
    spelling: str,
    bumps: tuple[str, ...],
) -> None:
    converted: list[str] = []
    document = to_openapi_31(old_slice_document, spelling, converted)
    document["openapi"] = "3.1.0"
    assert old_slice_document["openapi"].startswith("3.0")
    assert len(converted) >= 10  # the 2025 slice spells nullability the 3.0 way, many times
    text = json.dumps(document)
    assert '"nullable": true' not in text and '"null"' in text
    path = tmp_path / "evals-2025-as-3.1.json"
    path.write_text(text, encoding="utf-8")

    as_31 = read_api(SpecOptions(spec=str(path), validate=False))
    report = diff_apis(old_api, as_31)
    assert report.changes == ()
    assert report.bump in bumps
    assert not report.docs_changed
    # Only where a definition lives may differ (anyOf moves an enum one level down).
    assert without_docs(as_31) == without_docs(old_api)


def test_upstream_report_is_major(upstream_report: Report) -> None:
    assert upstream_report.bump == "major"
    assert upstream_report.docs_changed
    kinds = {c.kind for c in upstream_report.changes}
    # Same operations, same server, same pagination: the changes are all in the types.
    assert not {k for k in kinds if k.startswith(("operation", "parameter", "response", "pagination"))}
    assert "server-changed" not in kinds


@pytest.mark.parametrize(
    ("kind", "subject", "breaking", "reason"),
    [
        # The graders were renamed: the old models are gone, ...
        ("model-removed", "EvalLabelModelGrader", True, "model gone: code naming it fails"),
        ("model-removed", "EvalStringCheckGrader", True, "model gone: code naming it fails"),
        ("model-removed", "EvalPythonGrader", True, "model gone: code naming it fails"),
        # ... new ones came ...
        ("model-added", "GraderStringCheck", False, "new model"),
        ("model-added", "GraderLabelModel", False, "new model"),
        ("model-added", "EvalGraderPython", False, "new model"),
        # ... and the testing-criteria unions swapped their variants.
        ("union-variant-removed", "EvalTestingCriteriaItem[EvalLabelModelGrader]", True, "variant gone"),
        ("union-variant-added", "EvalTestingCriteriaItem[GraderLabelModel]", False, "new variant"),
        ("union-variant-added", "CreateEvalRequestTestingCriteriaItem[GraderStringCheck]", False, "new variant"),
        # New data source variants.
        (
            "union-variant-added",
            "CreateEvalRequestDataSourceConfig[CreateEvalStoredCompletionsDataSourceConfig]",
            False,
            "new variant",
        ),
        ("union-variant-added", "EvalDataSourceConfig[EvalLogsDataSourceConfig]", False, "new variant"),
        ("model-added", "EvalLogsDataSourceConfig", False, "new model"),
        # Output item results are typed now.
        (
            "field-type-changed",
            "EvalRunOutputItem.results",
            True,
            "list[dict[str, Any]] -> list[EvalRunOutputItemResult]",
        ),
        # The responses run data source said type 'completions' (a bug fixed upstream).
        ("field-type-changed", "CreateEvalResponsesRunDataSource.type", True, "'completions' -> 'responses'"),
        ("field-type-changed", "InputImageContent.detail", True, "InputImageContentDetail -> ImageDetail"),
        ("enum-removed", "InputImageContentDetail", True, "enum gone: code naming it fails"),
        ("enum-added", "ImageDetail", False, "new enum"),
        # Fields.
        ("field-removed", "EvalResponsesSource.has_tool_calls", True, "code reading or setting it fails"),
        ("field-removed", "EvalResponsesSource.allow_parallel_tool_calls", True, "code reading or setting it fails"),
        ("field-added", "EvalResponsesSource.tools", False, "new optional field"),
        ("field-added", "InputFileContent.file_url", False, "new optional field"),
        ("field-added", "CreateEvalCompletionsRunDataSourceSamplingParams.response_format", False, "new optional field"),
        # Enum values.
        ("enum-value-added", "ReasoningEffort.minimal", False, "new value (enums are open)"),
        ("enum-value-added", "ReasoningEffort.xhigh", False, "new value (enums are open)"),
        # A discriminator could be inferred once the responses data source said 'responses'.
        ("union-tagged", "CreateEvalRunRequestDataSource", False, "variants are now chosen by 'type' (same values)"),
        # New unions.
        ("union-added", "Tool", False, "new union"),
        ("union-added", "CompoundFilterFiltersItem", False, "new union"),
    ],
)
def test_upstream_change(upstream_report: Report, kind: str, subject: str, breaking: bool, reason: str) -> None:
    assert _find(upstream_report, kind, subject) == Change(kind, subject, breaking, reason)


def test_upstream_changes_that_are_not_reported(upstream_report: Report, old_api: Api, new_api: Api) -> None:
    subjects = {c.subject for c in upstream_report.changes}
    # created_at gained `format: unixtime`: still an int in Python, so nothing to report.
    [old_field] = [f for m in old_api.models if m.name == "EvalRunOutputItem" for f in m.fields if f.wire_name == "created_at"]
    [new_field] = [f for m in new_api.models if m.name == "EvalRunOutputItem" for f in m.fields if f.wire_name == "created_at"]
    assert (old_field.type.format, new_field.type.format) == (None, "unixtime")  # type: ignore[union-attr]
    assert "EvalRunOutputItem.created_at" not in subjects
    # Models present and unchanged in both.
    assert not {s for s in subjects if s.startswith(("EvalApiError", "EvalList.", "EvalRunList."))}


def test_upstream_facts_behind_the_report() -> None:
    """Two of the reported changes, read from the YAML itself."""
    old = load_document(_upstream(OLD)).data["components"]["schemas"]
    new = load_document(_upstream(NEW)).data["components"]["schemas"]
    old_results = old["EvalRunOutputItem"]["properties"]["results"]["items"]
    new_results = new["EvalRunOutputItem"]["properties"]["results"]["items"]
    assert old_results["type"] == "object" and "$ref" not in old_results
    assert new_results == {"$ref": "#/components/schemas/EvalRunOutputItemResult"}
    assert "EvalLabelModelGrader" in old and "EvalLabelModelGrader" not in new
    assert "GraderLabelModel" in new
    assert old["ReasoningEffort"]["enum"] == ["low", "medium", "high"]
    assert {"minimal", "xhigh"} <= set(new["ReasoningEffort"]["anyOf"][0]["enum"])  # 3.1: anyOf [enum, null]


def test_upstream_markdown_and_json(upstream_report: Report) -> None:
    text = format_markdown(upstream_report, "## title")
    assert text.startswith("## title\n\n### Breaking changes\n\n")
    assert "\n### Compatible changes\n\n" in text
    assert text.index("### Breaking changes") < text.index("### Compatible changes")
    # Reasons quote spec names, so they are Markdown-escaped (brackets included).
    assert (
        "- `EvalRunOutputItem.results` (field-type-changed): "
        "list\\[dict\\[str, Any\\]\\] -\\> list\\[EvalRunOutputItemResult\\]\n"
    ) in text
    assert text.endswith("Descriptions or documented defaults changed too.\n")
    data = format_json(upstream_report)
    assert data["bump"] == "major"
    assert data["breaking"] == len(upstream_report.breaking) > 0
    assert data["breaking"] + data["compatible"] == len(data["changes"])
    assert {"kind": "enum-added", "subject": "ImageDetail", "breaking": False, "reason": "new enum"} in data["changes"]


# ---- (b) one spec pair per change kind ------------------------------------------------------------


def base_spec() -> dict[str, Any]:
    """A small API: getEval (path + optional query parameter) returns Eval (a response-only
    model); createEval takes CreateEvalRequest (a request model)."""
    string = {"type": "string"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1"},
        "servers": [{"url": "https://example.test/v1"}],
        "paths": {
            "/evals/{eval_id}": {
                "get": {
                    "operationId": "getEval",
                    "summary": "Get an eval",
                    "parameters": [
                        {"name": "eval_id", "in": "path", "required": True, "schema": dict(string)},
                        {"name": "include", "in": "query", "required": False, "schema": dict(string)},
                    ],
                    "responses": {"200": _json_response("#/components/schemas/Eval")},
                }
            },
            "/evals": {
                "post": {
                    "operationId": "createEval",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateEvalRequest"}}},
                    },
                    "responses": {"200": _json_response("#/components/schemas/Eval")},
                }
            },
        },
        "components": {
            "schemas": {
                "Eval": {
                    "type": "object",
                    "description": "An eval.",
                    "properties": {
                        "id": dict(string),
                        "name": dict(string),
                        "note": dict(string),
                        "createdBy": dict(string),
                        "deleted_at": {"type": ["integer", "null"]},
                        "status": {"$ref": "#/components/schemas/EvalStatus"},
                        "grader": {"$ref": "#/components/schemas/Grader"},
                        "owner": {"$ref": "#/components/schemas/Owner"},
                    },
                    "required": ["id", "name"],
                },
                "CreateEvalRequest": {
                    "type": "object",
                    "properties": {
                        "name": dict(string),
                        "metadata": {"type": "object", "additionalProperties": dict(string)},
                        "comment": {"type": ["string", "null"]},
                    },
                    "required": ["name"],
                },
                "EvalStatus": {"type": "string", "enum": ["queued", "running", "done"]},
                "Grader": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/GraderA"},
                        {"$ref": "#/components/schemas/GraderB"},
                        {"$ref": "#/components/schemas/GraderC"},
                    ]
                },
                "GraderA": {"type": "object", "properties": {"a": dict(string)}},
                "GraderB": {"type": "object", "properties": {"b": {"type": "integer"}}},
                "GraderC": {"type": "object", "properties": {"c": {"type": "boolean"}}},
                "Owner": {"type": "object", "properties": {"login": dict(string)}},
            }
        },
    }


def _json_response(ref: str) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": {"$ref": ref}}}}


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def _props(spec: dict[str, Any], model: str) -> dict[str, Any]:
    return _schemas(spec)[model]["properties"]


def _get(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/evals/{eval_id}"]["get"]


def _params(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return _get(spec)["parameters"]


def _add_param(spec: dict[str, Any], name: str, required: bool) -> None:
    _params(spec).append({"name": name, "in": "query", "required": required, "schema": {"type": "integer"}})


def _set_include(spec: dict[str, Any], **changes: Any) -> None:
    [param] = [p for p in _params(spec) if p["name"] == "include"]
    param.update(changes)


def _remove_include(spec: dict[str, Any]) -> None:
    _get(spec)["parameters"] = [p for p in _params(spec) if p["name"] != "include"]


def _add_operation(spec: dict[str, Any]) -> None:
    spec["paths"]["/evals/{eval_id}"]["delete"] = {
        "operationId": "deleteEval",
        "parameters": [{"name": "eval_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"204": {"description": "gone"}},
    }


def _remove_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/evals/{eval_id}"]


def _move_operation(spec: dict[str, Any]) -> None:
    spec["paths"]["/evals/{eval_id}/get"] = spec["paths"].pop("/evals/{eval_id}")


def _add_model(spec: dict[str, Any]) -> None:
    _schemas(spec)["Team"] = {"type": "object", "properties": {"slug": {"type": "string"}}}
    _props(spec, "Eval")["team"] = {"$ref": "#/components/schemas/Team"}


def _remove_model(spec: dict[str, Any]) -> None:
    del _schemas(spec)["Owner"]
    del _props(spec, "Eval")["owner"]


def _rename_on_wire(spec: dict[str, Any]) -> None:
    props = _props(spec, "Eval")
    _schemas(spec)["Eval"]["properties"] = {("created_by" if k == "createdBy" else k): v for k, v in props.items()}


def _require(model: str, name: str, required: bool) -> Callable[[dict[str, Any]], None]:
    def mutate(spec: dict[str, Any]) -> None:
        schema = _schemas(spec)[model]
        names = [n for n in schema.get("required", []) if n != name]
        schema["required"] = [*names, name] if required else names

    return mutate


def _set_prop(model: str, name: str, schema: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(spec: dict[str, Any]) -> None:
        _props(spec, model)[name] = schema

    return mutate


def _add_required_field(model: str, name: str) -> Callable[[dict[str, Any]], None]:
    def mutate(spec: dict[str, Any]) -> None:
        _props(spec, model)[name] = {"type": "string"}
        _schemas(spec)[model]["required"].append(name)

    return mutate


def _enum(values: list[str]) -> Callable[[dict[str, Any]], None]:
    def mutate(spec: dict[str, Any]) -> None:
        _schemas(spec)["EvalStatus"]["enum"] = values

    return mutate


def _add_variant(spec: dict[str, Any]) -> None:
    _schemas(spec)["GraderD"] = {"type": "object", "properties": {"d": {"type": "number"}}}
    _schemas(spec)["Grader"]["oneOf"].append({"$ref": "#/components/schemas/GraderD"})


def _remove_variant(spec: dict[str, Any]) -> None:
    # (a union left with one variant would be that variant: remove one of three)
    _schemas(spec)["Grader"]["oneOf"].pop()
    del _schemas(spec)["GraderC"]


def _server(spec: dict[str, Any]) -> None:
    spec["servers"] = [{"url": "https://example.test/v2"}]


def _docs(spec: dict[str, Any]) -> None:
    _schemas(spec)["Eval"]["description"] = "An evaluation, described better."
    _get(spec)["summary"] = "Fetch an eval"
    _props(spec, "Eval")["note"]["description"] = "A note."


def _nothing(spec: dict[str, Any]) -> None:
    """The same spec."""


Expected = set[tuple[str, str, bool]]

CASES: dict[str, tuple[Callable[[dict[str, Any]], None], Expected, str]] = {
    # operations
    "operation-added": (_add_operation, {("operation-added", "delete_eval", False)}, "minor"),
    "operation-removed": (_remove_operation, {("operation-removed", "get_eval", True)}, "major"),
    "operation-changed-path": (_move_operation, {("operation-changed", "get_eval", False)}, "minor"),
    # parameters
    "parameter-added-optional": (
        lambda s: _add_param(s, "limit", False),
        {("parameter-added", "get_eval(limit)", False)},
        "minor",
    ),
    "parameter-added-required": (
        lambda s: _add_param(s, "limit", True),
        {("parameter-added", "get_eval(limit)", True)},
        "major",
    ),
    "parameter-removed": (_remove_include, {("parameter-removed", "get_eval(include)", True)}, "major"),
    "parameter-required": (
        lambda s: _set_include(s, required=True),
        {("parameter-required", "get_eval(include)", True)},
        "major",
    ),
    "parameter-type-changed": (
        lambda s: _set_include(s, schema={"type": "integer"}),
        {("parameter-type-changed", "get_eval(include)", True)},
        "major",
    ),
    # models
    "model-added": (
        _add_model,
        {("model-added", "Team", False), ("field-added", "Eval.team", False)},
        "minor",
    ),
    "model-removed": (
        _remove_model,
        {("model-removed", "Owner", True), ("field-removed", "Eval.owner", True)},
        "major",
    ),
    # fields
    "field-added-optional": (
        _set_prop("Eval", "summary", {"type": "string"}),
        {("field-added", "Eval.summary", False)},
        "minor",
    ),
    "field-added-required-request": (
        _add_required_field("CreateEvalRequest", "kind"),
        # A request model's fields are also the method's keyword arguments.
        {("field-added", "CreateEvalRequest.kind", True), ("parameter-added", "create_eval(kind)", True)},
        "major",
    ),
    "field-added-required-response": (
        _add_required_field("Eval", "kind"),
        {("field-added", "Eval.kind", False)},
        "minor",
    ),
    "field-removed": (
        lambda s: _props(s, "Eval").pop("note"),
        {("field-removed", "Eval.note", True)},
        "major",
    ),
    "field-renamed-on-wire": (
        _rename_on_wire,
        {("field-renamed-on-wire", "Eval.created_by", True)},
        "major",
    ),
    "field-type-changed": (
        _set_prop("Eval", "note", {"type": "integer"}),
        {("field-type-changed", "Eval.note", True)},
        "major",
    ),
    "field-optional-response": (
        _require("Eval", "name", False),
        {("field-optional", "Eval.name", True)},
        "major",
    ),
    "field-optional-request": (
        _require("CreateEvalRequest", "name", False),
        {("field-optional", "CreateEvalRequest.name", False), ("parameter-optional", "create_eval(name)", False)},
        "minor",
    ),
    "field-required-request": (
        _require("CreateEvalRequest", "metadata", True),
        {("field-required", "CreateEvalRequest.metadata", True), ("parameter-required", "create_eval(metadata)", True)},
        "major",
    ),
    "field-required-response": (
        _require("Eval", "note", True),
        {("field-required", "Eval.note", False)},
        "minor",
    ),
    "field-nullable-response": (
        _set_prop("Eval", "note", {"type": ["string", "null"]}),
        {("field-nullable", "Eval.note", True)},
        "major",
    ),
    "field-nullable-request": (
        _set_prop("CreateEvalRequest", "name", {"anyOf": [{"type": "string"}, {"type": "null"}]}),
        {("field-nullable", "CreateEvalRequest.name", False), ("parameter-nullable-changed", "create_eval(name)", False)},
        "minor",
    ),
    "field-not-nullable-response": (
        _set_prop("Eval", "deleted_at", {"type": "integer"}),
        {("field-not-nullable", "Eval.deleted_at", False)},
        "minor",
    ),
    "field-not-nullable-request": (
        _set_prop("CreateEvalRequest", "comment", {"type": "string"}),
        {
            ("field-not-nullable", "CreateEvalRequest.comment", True),
            ("parameter-nullable-changed", "create_eval(comment)", True),
        },
        "major",
    ),
    # enums and unions
    "enum-value-added": (_enum(["queued", "running", "done", "failed"]), {("enum-value-added", "EvalStatus.failed", False)}, "minor"),
    "enum-value-removed": (_enum(["queued", "running"]), {("enum-value-removed", "EvalStatus.done", True)}, "major"),
    "union-variant-added": (
        _add_variant,
        {("union-variant-added", "Grader[GraderD]", False), ("model-added", "GraderD", False)},
        "minor",
    ),
    "union-variant-removed": (
        _remove_variant,
        {("union-variant-removed", "Grader[GraderC]", True), ("model-removed", "GraderC", True)},
        "major",
    ),
    # the server
    "server-changed": (_server, {("server-changed", "base URL", True)}, "major"),
    # nothing that code sees
    "documentation-only": (_docs, set(), "patch"),
    "no-change": (_nothing, set(), "none"),
}


def _api(tmp_path: Path, name: str, spec: dict[str, Any]) -> Api:
    path = tmp_path / name
    path.write_text(json.dumps(spec), encoding="utf-8")
    return read_api(SpecOptions(spec=str(path)))


@pytest.mark.parametrize("case", list(CASES))
def test_change_kind(case: str, tmp_path: Path) -> None:
    mutate, expected, bump = CASES[case]
    old_spec = base_spec()
    new_spec = copy.deepcopy(old_spec)
    mutate(new_spec)
    assert (new_spec != old_spec) == (case != "no-change")
    report = diff_apis(_api(tmp_path, "old.json", old_spec), _api(tmp_path, "new.json", new_spec))
    got = {(c.kind, c.subject, c.breaking) for c in report.changes}
    assert got == expected, [c for c in report.changes]
    assert len(report.changes) == len(expected)  # nothing reported twice
    assert report.bump == bump
    assert all(c.reason for c in report.changes)
    assert report.docs_changed == (case == "documentation-only")
    if case == "documentation-only":
        assert format_markdown(report, "## t") == "## t\n\nDocumentation only.\n"


def test_reasons_say_why(tmp_path: Path) -> None:
    old = _api(tmp_path, "old.json", base_spec())

    def report_for(mutate: Callable[[dict[str, Any]], None]) -> dict[str, str]:
        spec = base_spec()
        mutate(spec)
        return {c.subject: c.reason for c in diff_apis(old, _api(tmp_path, "new.json", spec)).changes}

    assert report_for(_add_required_field("CreateEvalRequest", "kind"))["CreateEvalRequest.kind"] == (
        "required: requests must now set it"
    )
    assert report_for(_add_required_field("Eval", "kind"))["Eval.kind"] == "new field, always in responses"
    assert report_for(_require("Eval", "name", False))["Eval.name"] == "may now be absent (UNSET) in responses"
    assert report_for(_set_prop("Eval", "note", {"type": "integer"}))["Eval.note"] == "str -> int"
    assert report_for(_rename_on_wire)["Eval.created_by"] == (
        "JSON key 'createdBy' is now 'created_by'; code using to_dict() keys breaks"
    )
    assert report_for(_move_operation)["get_eval"] == (
        "now GET /evals/{eval_id}/get (was GET /evals/{eval_id}); the method handles it"
    )
    assert report_for(_server)["base URL"] == "default base URL is now 'https://example.test/v2'"


def test_a_nullable_spelling_change_reports_nothing(tmp_path: Path) -> None:
    old = base_spec()
    new = copy.deepcopy(old)
    _props(new, "Eval")["deleted_at"] = {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    new["openapi"] = "3.1.0"
    report = diff_apis(_api(tmp_path, "old.json", old), _api(tmp_path, "new.json", new))
    assert report.changes == () and report.bump == "none"


# ---- (c) the command line -------------------------------------------------------------------------


def _write_yaml(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def spec_pair(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The base spec, a compatible change (an optional field) and a breaking one (a field gone)."""
    old = _write_yaml(tmp_path / "old.yaml", base_spec())
    compatible = base_spec()
    _props(compatible, "Eval")["summary"] = {"type": "string"}
    breaking = base_spec()
    del _props(breaking, "Eval")["note"]
    return old, _write_yaml(tmp_path / "compatible.yaml", compatible), _write_yaml(tmp_path / "breaking.yaml", breaking)


def test_cli_diff_markdown(spec_pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, compatible, breaking = spec_pair
    assert main(["diff", str(old), str(breaking)]) == 0  # breaking, but not asked to fail
    out = capsys.readouterr().out
    assert out == (
        f"## {old} -> {breaking}: major (1 breaking, 0 compatible)\n\n"
        "### Breaking changes\n\n"
        "- `Eval.note` (field-removed): code reading or setting it fails\n"
    )
    assert main(["diff", str(old), str(compatible)]) == 0
    out = capsys.readouterr().out
    assert out == (
        f"## {old} -> {compatible}: minor (0 breaking, 1 compatible)\n\n"
        "### Compatible changes\n\n"
        "- `Eval.summary` (field-added): new optional field\n"
    )
    assert main(["diff", str(old), str(old)]) == 0
    assert capsys.readouterr().out == (
        f"## {old} -> {old}: none (0 breaking, 0 compatible)\n\nNo changes.\n"
    )


def test_cli_diff_json(spec_pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, _, breaking = spec_pair
    assert main(["diff", str(old), str(breaking), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "bump": "major",
        "breaking": 1,
        "compatible": 0,
        "docs_changed": False,
        "other_changes": True,
        "changes": [
            {"kind": "field-removed", "subject": "Eval.note", "breaking": True, "reason": "code reading or setting it fails"}
        ],
    }


def test_cli_fail_on_breaking(spec_pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, compatible, breaking = spec_pair
    assert main(["diff", str(old), str(breaking), "--fail-on-breaking"]) == 1
    assert main(["diff", str(old), str(breaking), "--fail-on-breaking", "--format", "json"]) == 1
    assert main(["diff", str(old), str(compatible), "--fail-on-breaking"]) == 0
    assert main(["diff", str(breaking), str(old), "--fail-on-breaking"]) == 0  # adding a field back is compatible
    capsys.readouterr()


def test_cli_diff_bad_input_exits_2(spec_pair: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, _, _ = spec_pair
    assert main(["diff", str(old), str(tmp_path / "absent.yaml")]) == 2
    assert "absent.yaml" in capsys.readouterr().err
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    assert main(["diff", str(empty), str(old)]) == 2
    assert "holds no IR snapshot this generator can read" in capsys.readouterr().err


@pytest.fixture(scope="module")
def generated_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("diff-generated")
    spec = _write_yaml(root / "spec.yaml", base_spec())
    out = root / "generated"
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 0
    return out


def test_cli_diff_reads_a_generated_trees_ir_snapshot(
    generated_base: Path, spec_pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, compatible, breaking = spec_pair
    capsys.readouterr()
    for recorded in (str(generated_base), str(generated_base) + "/", str(generated_base / ".codegen" / "ir.json")):
        assert main(["diff", recorded, str(old), "--fail-on-breaking"]) == 0
        assert "none (0 breaking, 0 compatible)" in capsys.readouterr().out
        assert main(["diff", recorded, str(breaking), "--fail-on-breaking", "--format", "json"]) == 1
        data = json.loads(capsys.readouterr().out)
        assert [(c["kind"], c["subject"]) for c in data["changes"]] == [("field-removed", "Eval.note")]
    # And the other way round: what would regenerating from the new spec change?
    assert main(["diff", str(compatible), str(generated_base)]) == 0
    assert "- `Eval.summary` (field-removed)" in capsys.readouterr().out


def test_changed_tag_values_are_breaking() -> None:
    """A variant chosen by another tag value parses and sends differently."""
    from generator.ir import Api, DiscriminatorIR, ModelRef, UnionIR, VariantIR

    def api_with(tag: str) -> Api:
        union = UnionIR(
            "Shape",
            "shape",
            (VariantIR(ModelRef("Circle"), (tag,)), VariantIR(ModelRef("Square"), ("square",))),
            "#/components/schemas/Shape",
            "shape",
            DiscriminatorIR("kind", inferred=False),
        )
        return Api("T", "1", None, None, (), (), (), (union,), ())

    report = diff_apis(api_with("circle"), api_with("round"))
    assert [(c.kind, c.subject, c.breaking) for c in report.changes] == [
        ("union-tag-values-changed", "Shape[Circle]", True)
    ]
