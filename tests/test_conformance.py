"""Our spec says exactly what upstream says, except for the differences spec/README.md lists.

The IR built from ``spec/openai-evals.yaml`` is compared with the IR built from the Evals slice
of the upstream 2026-08-21 document (validation off: upstream's slice has the
``$recursiveAnchor`` error), ignoring descriptions, summaries, pointers and the title. Each
documented difference is checked BY NAME (upstream's fact and ours), then upstream's IR is
patched with exactly those differences and must equal ours as a whole. A difference that is
not documented, or documented but not checked, fails a test.

Also: upstream + ``spec/overlays/upstream-to-ours.yaml`` builds our IR (and validates).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.errors import SpecErrors
from generator.ir import (
    Api,
    FieldIR,
    ListType,
    ModelIR,
    ModelRef,
    OperationIR,
    PrimitiveType,
    UnionIR,
)
from generator.load import load_document
from generator.pipeline import SpecOptions, read_api
from generator.slice import slice_spec
from generator.validate import validate_slice
from tests.support.ir import without_docs

ROOT = Path(__file__).resolve().parents[1]
OURS = ROOT / "spec" / "openai-evals.yaml"
SPEC_README = ROOT / "spec" / "README.md"
OVERLAY = ROOT / "spec" / "overlays" / "upstream-to-ours.yaml"
UPSTREAM = Path(__file__).resolve().parents[1].parent / "shared" / "upstream"
NEW = "openai-openapi-2026-08-21.yaml"


def _upstream_file() -> Path:
    path = UPSTREAM / NEW
    if not path.is_file():
        pytest.skip(
            f"../shared is absent: {path} is missing "
            "(these tests need the upstream OpenAI specs beside the checkout)"
        )
    return path


@pytest.fixture(scope="module")
def upstream() -> Api:
    return read_api(SpecOptions(spec=str(_upstream_file()), validate=False))


@pytest.fixture(scope="module")
def ours() -> Api:
    return read_api(SpecOptions(spec=str(OURS), validate=True))


# ---- looking things up in an IR and patching it ----------------------------------------------


def _operation(api: Api, name: str) -> OperationIR:
    [found] = [op for op in api.operations if op.name == name]
    return found


def _model(api: Api, name: str) -> ModelIR:
    [found] = [model for model in api.models if model.name == name]
    return found


def _union(api: Api, name: str) -> UnionIR:
    [found] = [union for union in api.unions if union.name == name]
    return found


def _field(api: Api, model: str, wire_name: str) -> FieldIR:
    [found] = [field for field in _model(api, model).fields if field.wire_name == wire_name]
    return found


def _with_operation(api: Api, name: str, **changes: object) -> Api:
    assert name in {op.name for op in api.operations}
    operations = tuple(
        dataclasses.replace(op, **changes) if op.name == name else op for op in api.operations
    )
    return dataclasses.replace(api, operations=operations)


def _with_field(api: Api, model: str, wire_name: str, **changes: object) -> Api:
    _field(api, model, wire_name)  # exists exactly once

    def patch(m: ModelIR) -> ModelIR:
        if m.name != model:
            return m
        fields = tuple(
            dataclasses.replace(f, **changes) if f.wire_name == wire_name else f for f in m.fields
        )
        return dataclasses.replace(m, fields=fields)

    return dataclasses.replace(api, models=tuple(patch(m) for m in api.models))


# ---- the documented differences, one check and one patch each ---------------------------------


def _check_compound_filter(upstream: Api, ours: Api) -> None:
    # The IRs agree: a filter list whose items are a ComparisonFilter or a CompoundFilter.
    for api in (upstream, ours):
        filters = _field(api, "CompoundFilter", "filters")
        assert isinstance(filters.type, ListType)
        item = filters.type.item
        union = _union(api, item.name)  # type: ignore[union-attr]
        assert [v.type for v in union.variants] == [ModelRef("ComparisonFilter"), ModelRef("CompoundFilter")]
        assert union.discriminator is not None and union.discriminator.property == "type"
    assert without_docs(_model(upstream, "CompoundFilter")) == without_docs(_model(ours, "CompoundFilter"))
    assert without_docs(_union(upstream, "CompoundFilterFiltersItem")) == without_docs(
        _union(ours, "CompoundFilterFiltersItem")
    )
    # ... but only ours is valid OpenAPI 3.1.
    upstream_slice = slice_spec(load_document(_upstream_file()))
    with pytest.raises(SpecErrors) as caught:
        validate_slice(upstream_slice)
    assert [(e.location.pointer, e.message) for e in caught.value.errors] == [
        ("#/components/schemas/CompoundFilter/$recursiveAnchor", "True is not of type 'string'")
    ]
    validate_slice(slice_spec(load_document(OURS)))  # raises if not valid


def _check_cancel_path(upstream: Api, ours: Api) -> None:
    up, our = _operation(upstream, "cancel_eval_run"), _operation(ours, "cancel_eval_run")
    assert (up.method, up.path) == ("POST", "/evals/{eval_id}/runs/{run_id}")
    assert (our.method, our.path) == ("POST", "/evals/{eval_id}/runs/{run_id}/cancel")
    # The operation itself is the same.
    assert dataclasses.replace(without_docs(up), path=our.path) == without_docs(our)
    assert [p.wire_name for p in our.params] == ["eval_id", "run_id"]
    assert our.response is not None and our.response.type == ModelRef("EvalRun")
    # A path item of its own, right after /evals/{eval_id}/runs/{run_id}: the method moves
    # from between get_eval_run and delete_eval_run to after them.
    names = [op.name for op in upstream.operations]
    assert names[names.index("get_eval_run") :][:3] == ["get_eval_run", "cancel_eval_run", "delete_eval_run"]
    names = [op.name for op in ours.operations]
    assert names[names.index("get_eval_run") :][:3] == ["get_eval_run", "delete_eval_run", "cancel_eval_run"]


def _patch_cancel_path(api: Api) -> Api:
    api = _with_operation(api, "cancel_eval_run", path="/evals/{eval_id}/runs/{run_id}/cancel")
    operations = list(api.operations)
    [cancel] = [op for op in operations if op.name == "cancel_eval_run"]
    operations.remove(cancel)
    last_on_run = max(i for i, op in enumerate(operations) if op.path == "/evals/{eval_id}/runs/{run_id}")
    operations.insert(last_on_run + 1, cancel)
    return dataclasses.replace(api, operations=tuple(operations))


def _nullable_check(model: str, wire_name: str, type_: object, required: bool) -> Callable[[Api, Api], None]:
    """Upstream: ``type_``, never null; ours: the same type and ``required``, or null."""

    def check(upstream: Api, ours: Api) -> None:
        up, our = _field(upstream, model, wire_name), _field(ours, model, wire_name)
        assert (up.type, up.required, up.nullable) == (type_, required, False)
        assert (our.type, our.required, our.nullable) == (type_, required, True)
        assert dataclasses.replace(without_docs(up), nullable=True) == without_docs(our)

    return check


def _check_list_envelopes(upstream: Api, ours: Api) -> None:
    for model in ENVELOPES:
        for wire_name in ("first_id", "last_id"):
            up, our = _field(upstream, model, wire_name), _field(ours, model, wire_name)
            assert (up.type, up.required, up.nullable) == (PrimitiveType("string"), True, False), (model, wire_name)
            assert (our.type, our.required, our.nullable) == (PrimitiveType("string"), True, True), (model, wire_name)


ENVELOPES = ("EvalList", "EvalRunList", "EvalRunOutputItemList")


def _nullable_patch(*fields: tuple[str, str]) -> Callable[[Api], Api]:
    def patch(api: Api) -> Api:
        for model, wire_name in fields:
            api = _with_field(api, model, wire_name, nullable=True)
        return api

    return patch


Difference = tuple[Callable[[Api, Api], None], Callable[[Api], Api]]

DIFFERENCES: dict[str, Difference] = {
    "compound-filter-recursive-ref": (_check_compound_filter, lambda api: api),
    "cancel-eval-run-path": (_check_cancel_path, _patch_cancel_path),
    "eval-run-error-nullable": (
        _nullable_check("EvalRun", "error", ModelRef("EvalApiError"), True),
        _nullable_patch(("EvalRun", "error")),
    ),
    "eval-run-per-model-usage-nullable": (
        _nullable_check("EvalRun", "per_model_usage", ListType(ModelRef("EvalRunPerModelUsageItem")), True),
        _nullable_patch(("EvalRun", "per_model_usage")),
    ),
    "eval-run-per-testing-criteria-results-nullable": (
        _nullable_check(
            "EvalRun",
            "per_testing_criteria_results",
            ListType(ModelRef("EvalRunPerTestingCriteriaResultsItem")),
            True,
        ),
        _nullable_patch(("EvalRun", "per_testing_criteria_results")),
    ),
    "eval-run-output-item-sample-error-nullable": (
        _nullable_check("EvalRunOutputItemSample", "error", ModelRef("EvalApiError"), True),
        _nullable_patch(("EvalRunOutputItemSample", "error")),
    ),
    "completions-run-data-source-sampling-params-nullable": (
        _nullable_check(
            "CreateEvalCompletionsRunDataSource",
            "sampling_params",
            ModelRef("CreateEvalCompletionsRunDataSourceSamplingParams"),
            False,
        ),
        _nullable_patch(("CreateEvalCompletionsRunDataSource", "sampling_params")),
    ),
    "list-envelope-ids-nullable": (
        _check_list_envelopes,
        _nullable_patch(*((model, wire) for model in ENVELOPES for wire in ("first_id", "last_id"))),
    ),
}

_TABLE_ROW = re.compile(r"^\| `([a-z0-9]+(?:-[a-z0-9]+)*)` \|", re.MULTILINE)


def _documented_names() -> list[str]:
    text = SPEC_README.read_text(encoding="utf-8")
    section = text.split("## Differences from upstream", 1)[1].split("\n## ", 1)[0]
    table = section.split("\n### ", 1)[0]
    return _TABLE_ROW.findall(table)


def _patched(upstream: Api, names: list[str]) -> Api:
    api = without_docs(upstream)
    for name in names:
        api = DIFFERENCES[name][1](api)
    return api


def _comparable(api: Api, title: str = "") -> Api:
    return dataclasses.replace(without_docs(api), title=title)


# ---- tests -------------------------------------------------------------------------------------


def test_the_readme_table_lists_exactly_the_checked_differences() -> None:
    documented = _documented_names()
    assert len(documented) == len(set(documented)), f"a name is listed twice: {documented}"
    assert len(documented) == 8
    assert set(documented) == set(DIFFERENCES), (
        f"documented but not checked: {sorted(set(documented) - set(DIFFERENCES))}; "
        f"checked but not documented: {sorted(set(DIFFERENCES) - set(documented))}"
    )
    # Every listed difference has its own section too.
    text = SPEC_README.read_text(encoding="utf-8")
    for name in documented:
        assert f"\n### `{name}`\n" in text, name


@pytest.mark.parametrize("name", sorted(DIFFERENCES))
def test_documented_difference(name: str, upstream: Api, ours: Api) -> None:
    check, _ = DIFFERENCES[name]
    check(upstream, ours)


def test_the_irs_differ_without_the_documented_differences(upstream: Api, ours: Api) -> None:
    assert _comparable(upstream) != _comparable(ours)


def test_upstream_with_exactly_the_documented_differences_is_ours(upstream: Api, ours: Api) -> None:
    patched = dataclasses.replace(_patched(upstream, list(DIFFERENCES)), title="")
    expected = _comparable(ours)
    # Compare piece by piece first, for a readable failure.
    for field in dataclasses.fields(Api):
        got, want = getattr(patched, field.name), getattr(expected, field.name)
        if isinstance(want, tuple) and got != want:
            got_by_name = {getattr(item, "name", i): item for i, item in enumerate(got)}
            want_by_name = {getattr(item, "name", i): item for i, item in enumerate(want)}
            differing = sorted(
                str(key) for key in got_by_name.keys() | want_by_name.keys()
                if got_by_name.get(key) != want_by_name.get(key)
            )
            pytest.fail(f"undocumented difference in {field.name}: {differing or 'the order'}")
        assert got == want, field.name
    assert patched == expected


@pytest.mark.parametrize(
    "name", sorted(name for name in DIFFERENCES if name != "compound-filter-recursive-ref")
)
def test_each_patch_is_needed(name: str, upstream: Api, ours: Api) -> None:
    """Leaving one difference out leaves the IRs different: no patch is a no-op."""
    others = [other for other in DIFFERENCES if other != name]
    assert dataclasses.replace(_patched(upstream, others), title="") != _comparable(ours)


def test_titles_differ_only(upstream: Api, ours: Api) -> None:
    assert (upstream.title, ours.title) == ("OpenAI API", "OpenAI Evals API")
    assert (upstream.version, upstream.server_url) == (ours.version, ours.server_url)


def test_upstream_with_the_overlay_builds_our_ir_and_validates(ours: Api) -> None:
    # Validation on: the overlay also fixes compound-filter-recursive-ref.
    corrected = read_api(SpecOptions(spec=str(_upstream_file()), overlays=(str(OVERLAY),), validate=True))
    assert without_docs(corrected) == without_docs(ours)  # the title too: the overlay sets it


def test_the_overlay_has_actions_for_every_documented_difference() -> None:
    import yaml

    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    prefixes = {
        action["description"].split(":", 1)[0]
        for action in overlay["actions"]
        if action["target"] != "$.info"
    }
    assert prefixes == set(_documented_names())
