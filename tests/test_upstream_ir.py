"""The pipeline on the real upstream OpenAI specs (../shared/upstream, beside the checkout).

Two versions of the same API: 2025-04-29 (OpenAPI 3.0, ``nullable``) and 2026-08-21
(OpenAPI 3.1, ``anyOf`` with ``type: null``). Each file is loaded, sliced and built once.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import build_ir
from generator.errors import SpecErrors
from generator.ir import (
    Api,
    DiscriminatorIR,
    ListType,
    ModelRef,
    UnionIR,
    UnionRef,
    VariantIR,
)
from generator.irjson import api_to_json
from generator.load import Document, load_document
from generator.slice import Slice, slice_spec
from generator.validate import validate_slice

UPSTREAM = Path(__file__).resolve().parents[1].parent / "shared" / "upstream"
OLD = "openai-openapi-2025-04-29.yaml"
NEW = "openai-openapi-2026-08-21.yaml"

OPERATIONS = [
    ("list_evals", "GET", "/evals"),
    ("create_eval", "POST", "/evals"),
    ("get_eval", "GET", "/evals/{eval_id}"),
    ("update_eval", "POST", "/evals/{eval_id}"),
    ("delete_eval", "DELETE", "/evals/{eval_id}"),
    ("get_eval_runs", "GET", "/evals/{eval_id}/runs"),
    ("create_eval_run", "POST", "/evals/{eval_id}/runs"),
    ("get_eval_run", "GET", "/evals/{eval_id}/runs/{run_id}"),
    ("cancel_eval_run", "POST", "/evals/{eval_id}/runs/{run_id}"),
    ("delete_eval_run", "DELETE", "/evals/{eval_id}/runs/{run_id}"),
    ("get_eval_run_output_items", "GET", "/evals/{eval_id}/runs/{run_id}/output_items"),
    (
        "get_eval_run_output_item",
        "GET",
        "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
    ),
]

# Schemas identical in both files apart from descriptions (checked by test_unchanged_schemas_are_unchanged).
UNCHANGED_MODELS = [
    "CreateEvalCustomDataSourceConfig",
    "CreateEvalJsonlRunDataSource",
    "CreateEvalLabelModelGrader",
    "CreateEvalLogsDataSourceConfig",
    "CreateEvalRunRequest",
    "EvalApiError",
    "EvalCustomDataSourceConfig",
    "EvalJsonlFileContentSource",
    "EvalJsonlFileIdSource",
    "EvalList",
    "EvalRunList",
    "EvalRunOutputItemList",
]


def _require(name: str) -> Path:
    path = UPSTREAM / name
    if not path.is_file():
        pytest.skip(
            f"../shared/upstream is not beside the checkout: {path} is missing "
            "(these tests need the upstream OpenAI specs next to the repository)"
        )
    return path


@pytest.fixture(scope="module")
def old_document() -> Document:
    return load_document(_require(OLD))


@pytest.fixture(scope="module")
def new_document() -> Document:
    return load_document(_require(NEW))


@pytest.fixture(scope="module")
def old_slice(old_document: Document) -> Slice:
    return slice_spec(old_document)


@pytest.fixture(scope="module")
def new_slice(new_document: Document) -> Slice:
    return slice_spec(new_document)


@pytest.fixture(scope="module")
def old_api(old_slice: Slice) -> Api:
    return build_ir(old_slice)  # validation off: the slice has known errors (below)


@pytest.fixture(scope="module")
def new_api(new_slice: Slice) -> Api:
    return build_ir(new_slice)


def without_descriptions(value: Any) -> Any:
    """An IR object with every ``description`` field set to None, recursively."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: without_descriptions(getattr(value, f.name)) for f in dataclasses.fields(value)
        }
        if "description" in changes:
            changes["description"] = None
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(without_descriptions(item) for item in value)
    return value


def schema_without_descriptions(schema: Any, names: bool = False) -> Any:
    """A raw schema without its ``description`` keywords (a property called description stays)."""
    if isinstance(schema, dict):
        return {
            key: schema_without_descriptions(value, names=not names and key == "properties")
            for key, value in schema.items()
            if names or key != "description"
        }
    if isinstance(schema, list):
        return [schema_without_descriptions(item) for item in schema]
    return schema


def same(a: Any, b: Any) -> bool:
    """Equal values of equal types, with keys in the same order (NaN equals NaN)."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def find(items: tuple[Any, ...], name: str) -> Any:
    found = [item for item in items if item.name == name]
    assert len(found) == 1, f"{name} not found"
    return found[0]


def field_type(api: Api, model_name: str, wire_name: str) -> Any:
    model = find(api.models, model_name)
    return next(f.type for f in model.fields if f.wire_name == wire_name)


class TestLoader:
    def test_old_file_equals_csafeloader(self, old_document: Document) -> None:
        assert same(old_document.data, yaml.load(old_document.text, Loader=yaml.CSafeLoader))

    def test_new_file_equals_csafeloader(self, new_document: Document) -> None:
        assert same(new_document.data, yaml.load(new_document.text, Loader=yaml.CSafeLoader))


class TestOperations:
    @pytest.mark.parametrize("which", ["old_api", "new_api"])
    def test_twelve_operations(self, which: str, request: pytest.FixtureRequest) -> None:
        api: Api = request.getfixturevalue(which)

        assert [(op.name, op.method, op.path) for op in api.operations] == OPERATIONS

    @pytest.mark.parametrize("which", ["old_api", "new_api"])
    def test_three_list_operations_paginate(
        self, which: str, request: pytest.FixtureRequest
    ) -> None:
        api: Api = request.getfixturevalue(which)

        paginated = {
            op.name: (op.pagination.page_model, op.pagination.item_type)
            for op in api.operations
            if op.pagination
        }
        assert paginated == {
            "list_evals": ("EvalList", ModelRef("Eval")),
            "get_eval_runs": ("EvalRunList", ModelRef("EvalRun")),
            "get_eval_run_output_items": ("EvalRunOutputItemList", ModelRef("EvalRunOutputItem")),
        }

    def test_slices_are_the_evals_closure(self, old_slice: Slice, new_slice: Slice) -> None:
        # As the upstream README says: 37 and 116 schemas.
        assert len(old_slice.document["components"]["schemas"]) == 37
        assert len(new_slice.document["components"]["schemas"]) == 116


class TestValidation:
    def test_new_slice_has_only_the_recursive_anchor_error(self, new_slice: Slice) -> None:
        with pytest.raises(SpecErrors) as caught:
            validate_slice(new_slice)

        assert [(e.location.pointer, e.message) for e in caught.value.errors] == [
            ("#/components/schemas/CompoundFilter/$recursiveAnchor", "True is not of type 'string'")
        ]
        assert caught.value.errors[0].location.file == str(UPSTREAM / NEW)
        assert caught.value.errors[0].location.line is not None

    def test_old_slice_has_five_errors(self, old_slice: Slice) -> None:
        with pytest.raises(SpecErrors) as caught:
            validate_slice(old_slice)

        null_type = (
            "'null' is not one of ['array', 'boolean', 'integer', 'number', 'object', 'string']"
        )
        assert [(e.location.pointer, e.location.line, e.message) for e in caught.value.errors] == [
            # 'default: eval' on an array (copied from the 'object' property above it).
            (
                "#/components/schemas/Eval/properties/testing_criteria",
                23343,
                "'eval' is not of type 'array'",
            ),
            # min_items/max_items are not OpenAPI keywords (minItems/maxItems are).
            (
                "#/components/schemas/EvalScoreModelGrader/properties/range/items",
                24595,
                "'max_items', 'min_items' do not match any of the regexes: '^x-'",
            ),
            # 'type: null' is 3.1; this file is 3.0. Two in one schema: both reported.
            (
                "#/components/schemas/InputImageContent/properties/image_url/anyOf/1/type",
                38078,
                null_type,
            ),
            (
                "#/components/schemas/InputImageContent/properties/file_id/anyOf/1/type",
                38083,
                null_type,
            ),
            (
                "#/components/schemas/InputFileContent/properties/file_id/anyOf/1/type",
                38112,
                null_type,
            ),
        ]


class TestUnchangedSchemas:
    def test_unchanged_schemas_are_unchanged(self, old_slice: Slice, new_slice: Slice) -> None:
        old = old_slice.document["components"]["schemas"]
        new = new_slice.document["components"]["schemas"]

        for name in UNCHANGED_MODELS:
            assert schema_without_descriptions(old[name]) == schema_without_descriptions(
                new[name]
            ), name

    @pytest.mark.parametrize("name", UNCHANGED_MODELS)
    def test_same_model_ir(self, name: str, old_api: Api, new_api: Api) -> None:
        assert without_descriptions(find(old_api.models, name)) == without_descriptions(
            find(new_api.models, name)
        )

    @pytest.mark.parametrize("name", [n for n in UNCHANGED_MODELS if n != "CreateEvalRunRequest"])
    def test_same_inline_definitions(self, name: str, old_api: Api, new_api: Api) -> None:
        prefix = f"#/components/schemas/{name}/"

        def inline(api: Api) -> list[Any]:
            definitions = [*api.models, *api.enums, *api.unions]
            return [
                api_to_json(without_descriptions(d))
                for d in definitions
                if d.pointer.startswith(prefix)
            ]

        assert inline(old_api) == inline(new_api)

    def test_inline_union_changes_only_by_its_variants_tags(
        self, old_api: Api, new_api: Api
    ) -> None:
        """CreateEvalRunRequest is unchanged, but one of its variants changed its 'type' constant."""
        old_union = find(old_api.unions, "CreateEvalRunRequestDataSource")
        new_union = find(new_api.unions, "CreateEvalRunRequestDataSource")

        assert old_union.discriminator is None  # two variants say 'completions' in 2025
        assert new_union.discriminator == DiscriminatorIR("type", inferred=True)
        assert [v.tags for v in new_union.variants] == [
            ("jsonl",),
            ("completions",),
            ("responses",),
        ]
        untagged = tuple(VariantIR(v.type) for v in new_union.variants)
        assert without_descriptions(old_union) == without_descriptions(
            dataclasses.replace(new_union, variants=untagged, discriminator=None)
        )

    def test_changed_schema_differs(self, old_api: Api, new_api: Api) -> None:
        """The comparison above can fail: Eval did change (data source configs, created_at format)."""
        assert without_descriptions(find(old_api.models, "Eval")) != without_descriptions(
            find(new_api.models, "Eval")
        )


class TestInferredTags:
    def test_eval_testing_criteria(self, new_api: Api) -> None:
        assert field_type(new_api, "Eval", "testing_criteria") == ListType(
            UnionRef("EvalTestingCriteriaItem")
        )
        union: UnionIR = find(new_api.unions, "EvalTestingCriteriaItem")

        assert union.discriminator == DiscriminatorIR("type", inferred=True)
        assert union.variants == (
            VariantIR(ModelRef("GraderLabelModel"), ("label_model",)),
            VariantIR(ModelRef("GraderStringCheck"), ("string_check",)),
            VariantIR(ModelRef("EvalGraderTextSimilarity"), ("text_similarity",)),
            VariantIR(ModelRef("EvalGraderPython"), ("python",)),
            VariantIR(ModelRef("EvalGraderScoreModel"), ("score_model",)),
        )

    def test_eval_data_source_config(self, new_api: Api) -> None:
        assert field_type(new_api, "Eval", "data_source_config") == UnionRef("EvalDataSourceConfig")
        union: UnionIR = find(new_api.unions, "EvalDataSourceConfig")

        assert union.discriminator == DiscriminatorIR("type", inferred=True)
        assert union.variants == (
            VariantIR(ModelRef("EvalCustomDataSourceConfig"), ("custom",)),
            VariantIR(ModelRef("EvalLogsDataSourceConfig"), ("logs",)),
            VariantIR(ModelRef("EvalStoredCompletionsDataSourceConfig"), ("stored_completions",)),
        )

    def test_old_run_data_source_is_untagged(self, old_api: Api) -> None:
        """In the 2025 file two run data sources both say type 'completions': no tag can be inferred."""
        union: UnionIR = find(old_api.unions, "EvalRunDataSource")

        assert union.discriminator is None
        assert [v.type for v in union.variants] == [
            ModelRef("CreateEvalJsonlRunDataSource"),
            ModelRef("CreateEvalCompletionsRunDataSource"),
            ModelRef("CreateEvalResponsesRunDataSource"),
        ]
