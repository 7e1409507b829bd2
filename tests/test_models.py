"""Behaviour of the generated models (``generated/openai_evals/models``).

Real payloads first: every JSON example for the Evals schemas in the API reference pages
(``../shared/seeds``) and in the upstream spec (``x-oaiMeta`` examples of the 12 /evals
operations and of the Evals component schemas) parses with its model and ``to_dict()`` gives
the same JSON back. The examples that do not fit are listed with the reason, so a change in
either the examples or the models shows up here. Then the rules: unknown fields, enum values
and union tags are kept; absent is not null; unions dispatch; errors name the JSON path.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openai_evals import models
from openai_evals.models import (
    UNSET,
    ComparisonFilter,
    CompoundFilter,
    CompoundFilterType,
    CreateEvalCompletionsRunDataSource,
    CreateEvalCustomDataSourceConfig,
    CreateEvalItemVariant1,
    CreateEvalLabelModelGrader,
    CreateEvalRequest,
    CreateEvalRunRequest,
    EasyInputMessage,
    Eval,
    EvalCustomDataSourceConfig,
    EvalGraderPython,
    EvalItem,
    EvalItemContentOutputText,
    EvalItemInputImage,
    EvalItemRole,
    EvalLogsDataSourceConfig,
    EvalRun,
    EvalRunOutputItem,
    EvalRunOutputItemResult,
    EvalRunOutputItemSampleUsage,
    EvalStoredCompletionsDataSourceConfig,
    EvalStoredCompletionsSource,
    FileSearchTool,
    FunctionTool,
    GraderLabelModel,
    GraderStringCheck,
    GraderStringCheckOperation,
    GraderTextSimilarity,
    InputAudio,
    InputFileContent,
    InputImageContent,
    InputTextContent,
    ParseError,
    UnknownVariant,
    Unset,
    WebSearchPreviewTool,
    WebSearchTool,
    WebSearchToolType,
    parse_create_eval_item,
    parse_eval_item_content,
    parse_filters,
    parse_input_content,
    parse_tool,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
UPSTREAM_NEW = SHARED / "upstream" / "openai-openapi-2026-08-21.yaml"


# ---- helpers -------------------------------------------------------------------------------


def same_json(a: Any, b: Any) -> bool:
    """Equal JSON values of equal JSON types (1 is not 1.0 is not True); key order ignored."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b))
    return bool(a == b)


def assert_round_trip(model: Any, data: Any) -> Any:
    """Parse ``data`` with ``model``; ``to_dict()`` and ``to_json()`` must give it back exactly."""
    original = copy.deepcopy(data)
    parsed = model.from_dict(data)
    assert data == original, "from_dict changed its input"
    back = parsed.to_dict()
    assert same_json(back, original), _first_difference(back, original)
    assert same_json(json.loads(parsed.to_json()), original)
    return parsed


def _first_difference(got: Any, want: Any, path: str = "$") -> str:
    if type(got) is not type(want):
        return f"{path}: got {got!r:.80} ({type(got).__name__}), want {want!r:.80} ({type(want).__name__})"
    if isinstance(want, dict):
        if got.keys() != want.keys():
            return f"{path}: keys {sorted(got.keys() ^ want.keys())} differ"
        for key in want:
            if not same_json(got[key], want[key]):
                return _first_difference(got[key], want[key], f"{path}.{key}")
    if isinstance(want, list):
        if len(got) != len(want):
            return f"{path}: {len(got)} items, want {len(want)}"
        for index, (x, y) in enumerate(zip(got, want)):
            if not same_json(x, y):
                return _first_difference(x, y, f"{path}[{index}]")
    return f"{path}: got {got!r:.80}, want {want!r:.80}"


def parse_error(model: Any, data: Any) -> str:
    with pytest.raises(ParseError) as caught:
        model.from_dict(data)
    return str(caught.value)


def with_extra_everywhere(data: Any, depth: int = 0) -> Any:
    """``data`` with an unknown string property added to every JSON object, at every depth."""
    if isinstance(data, dict):
        out = {key: with_extra_everywhere(value, depth + 1) for key, value in data.items()}
        out[f"zz_unknown_{depth}"] = f"kept at depth {depth}"
        return out
    if isinstance(data, list):
        return [with_extra_everywhere(item, depth + 1) for item in data]
    return data


# ---- reading the examples ------------------------------------------------------------------


def strip_trailing_commas(text: str) -> str:
    """Drop commas that precede ``}`` or ``]`` (outside strings): JavaScript-style JSON."""
    out: list[str] = []
    in_string = escaped = False
    for index, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "," and text[index + 1 :].lstrip()[:1] in ("}", "]"):
            continue
        out.append(char)
    return "".join(out)


def loads_lenient(text: str) -> tuple[Any, str]:
    """(data, how): strict JSON, or JSON once trailing commas are dropped; else (None, error)."""
    try:
        return json.loads(text), "json"
    except ValueError:
        pass
    try:
        return json.loads(strip_trailing_commas(text)), "trailing commas"
    except ValueError as error:
        return None, f"not JSON: {error}"


def strip_line_numbers(line: str) -> str:
    """Undo the reference pages' code view: ``1 {2 "a": 1,3 }`` -> ``{ "a": 1, }``.

    The markers count up from 1 and sit between JSON tokens, never inside a string; a marker
    glued to a number (``"score": 1.022 }`` is 1.0 then marker 22) is found because the
    expected number is known.
    """
    assert line.startswith("1 "), line[:20]
    out: list[str] = []
    index, expected = 2, 2
    in_string = False
    while index < len(line):
        char = line[index]
        if in_string:
            out.append(char)
            if char == "\\":
                out.append(line[index + 1])
                index += 2
                continue
            in_string = char != '"'
            index += 1
            continue
        marker = f"{expected} "
        if line.startswith(marker, index):
            out.append("\n")
            index += len(marker)
            expected += 1
            continue
        in_string = char == '"'
        out.append(char)
        index += 1
    return "".join(out)


def _balanced(text: str, start: int) -> str | None:
    """The bracketed JSON-like text starting at ``text[start]`` (``{``), strings respected."""
    depth = 0
    in_string = escaped = False
    for index in range(start, len(text)):
        char = text[index]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
    return None


_NUMBERED = re.compile(r"(?m)^1 \{.*$")


def seed_examples(text: str) -> list[tuple[dict[str, Any], str]]:
    """The outermost JSON objects on a reference page, without repeats: (data, how parsed)."""
    found: list[tuple[dict[str, Any], str]] = []
    for match in _NUMBERED.finditer(text):
        data, how = loads_lenient(strip_line_numbers(match.group()))
        assert isinstance(data, dict), how
        found.append((data, "line numbers, " + how))
    text = _NUMBERED.sub("", text)
    index = 0
    while (start := text.find("{", index)) >= 0:
        candidate = _balanced(text, start)
        data, how = loads_lenient(candidate) if candidate else (None, "")
        if isinstance(data, dict) and candidate:
            found.append((data, how))
            index = start + len(candidate)
        else:
            index = start + 1  # "{eval_id}" in a URL, say
    unique: list[tuple[dict[str, Any], str]] = []
    for data, how in found:
        if all(data != seen for seen, _ in unique):
            unique.append((data, how))
    return unique


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"../shared is absent: {path} is missing (it must sit beside the checkout)")
    return path


# ---- the reference pages (../shared/seeds) ---------------------------------------------------

# (page, example index, model, how the JSON is read, None if it round-trips else the ParseError)
SEED_EXAMPLES = [
    # Placeholder page: "results": [{}] has none of a result's required fields.
    (
        "000_6071b850b260350b",
        0,
        "EvalRunOutputItem",
        "json",
        "EvalRunOutputItem.results[0].name: missing required field",
    ),
    # Line-numbered code view; the sample messages carry extra fields (tool_call_id, tool_calls...).
    ("001_38cbd264bcd3934d", 0, "EvalRunOutputItemList", "line numbers, json", None),
    # A trailing comma after "passed": true.
    ("002_cc64c13dc1567a49", 0, "EvalRunOutputItem", "trailing commas", None),
    # Line-numbered; sampling_params uses the misspelt max_completions_tokens (kept as extra).
    ("003_f846aa7aee8df548", 0, "EvalRun", "line numbers, json", None),
    # Placeholder page, request body: item_schema is a JSON Schema *encoded as a string*.
    (
        "004_fc5d55207b978cde",
        0,
        "CreateEvalRequest",
        "json",
        "CreateEvalRequest.data_source_config.item_schema: expected object, got str",
    ),
    # Placeholder page, response: schema is a string, and "testing_criteria": "eval" is no list.
    (
        "004_fc5d55207b978cde",
        1,
        "Eval",
        "json",
        "Eval.data_source_config.schema: expected object, got str",
    ),
]


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[tuple[dict[str, Any], str]]]:
    _require(SEEDS)
    return {
        path.stem: seed_examples(path.read_text(encoding="utf-8"))
        for path in sorted(SEEDS.glob("*.txt"))
    }


def test_every_seed_example_is_accounted_for(
    seeds: dict[str, list[tuple[dict[str, Any], str]]],
) -> None:
    found = [(page, index) for page, examples in seeds.items() for index in range(len(examples))]
    assert found == [(page, index) for page, index, *_ in SEED_EXAMPLES]


@pytest.mark.parametrize(
    ("page", "index", "model", "how", "problem"),
    SEED_EXAMPLES,
    ids=[f"{p[:3]}-{i}-{m}" for p, i, m, *_ in SEED_EXAMPLES],
)
def test_seed_example(
    seeds: dict[str, list[tuple[dict[str, Any], str]]],
    page: str,
    index: int,
    model: str,
    how: str,
    problem: str | None,
) -> None:
    data, read_as = seeds[page][index]
    assert read_as == how
    cls = getattr(models, model)
    if problem is None:
        assert_round_trip(cls, data)
        assert_round_trip(cls, with_extra_everywhere(data))
    else:
        assert parse_error(cls, data) == problem


def test_seed_create_eval_request_fits_once_item_schema_is_decoded(
    seeds: dict[str, list[tuple[dict[str, Any], str]]],
) -> None:
    data = copy.deepcopy(seeds["004_fc5d55207b978cde"][0][0])
    config = data["data_source_config"]
    config["item_schema"] = json.loads(config["item_schema"])
    request = assert_round_trip(CreateEvalRequest, data)
    assert isinstance(request.data_source_config, CreateEvalCustomDataSourceConfig)
    assert request.data_source_config.item_schema["required"] == ["name", "age"]
    assert request.extra == {"share_with_openai": False}
    grader = request.testing_criteria[0]
    assert isinstance(grader, CreateEvalLabelModelGrader)
    assert isinstance(
        grader.input[0], CreateEvalItemVariant1
    )  # plain role/content: the first branch


def test_seed_eval_response_has_a_second_placeholder_problem(
    seeds: dict[str, list[tuple[dict[str, Any], str]]],
) -> None:
    data = copy.deepcopy(seeds["004_fc5d55207b978cde"][1][0])
    data["data_source_config"]["schema"] = loads_lenient(data["data_source_config"]["schema"])[0]
    assert parse_error(Eval, data) == "Eval.testing_criteria: expected array, got str"


# ---- the upstream spec's examples --------------------------------------------------------------

# operationId -> (response model, how the JSON is read, None if it round-trips else the problem)
UPSTREAM_OPERATION_EXAMPLES = {
    "listEvals": ("EvalList", "json", None),
    # A `}` is missing: data_source_config is never closed before "testing_criteria".
    "createEval": ("Eval", "not JSON", None),
    "getEval": ("Eval", "trailing commas", None),
    "updateEval": ("Eval", "trailing commas", None),
    "deleteEval": ("DeleteEvalResponse", "json", None),
    "getEvalRuns": ("EvalRunList", "json", None),
    "createEvalRun": ("EvalRun", "json", None),
    "getEvalRun": ("EvalRun", "json", None),
    "cancelEvalRun": ("EvalRun", "json", None),
    "deleteEvalRun": ("DeleteEvalRunResponse", "json", None),
    "getEvalRunOutputItems": ("EvalRunOutputItemList", "json", None),
    "getEvalRunOutputItem": ("EvalRunOutputItem", "json", None),
}

# (schema, where the example is in it, model, how read, None if it round-trips else the problem)
UPSTREAM_SCHEMA_EXAMPLES = [
    ("EvalList", "", "EvalList", "trailing commas", None),
    # Shows the request shape (item_schema, include_sample_schema), not the response's `schema`.
    (
        "Eval",
        "",
        "Eval",
        "trailing commas",
        "Eval.data_source_config.schema: missing required field",
    ),
    ("EvalCustomDataSourceConfig", "", "EvalCustomDataSourceConfig", "trailing commas", None),
    # "required": [ "item", "sample" } -- the array is closed with a brace.
    ("EvalLogsDataSourceConfig", "", "EvalLogsDataSourceConfig", "not JSON", None),
    (
        "EvalStoredCompletionsDataSourceConfig",
        "",
        "EvalStoredCompletionsDataSourceConfig",
        "not JSON",
        None,
    ),
    ("GraderLabelModel", "", "GraderLabelModel", "json", None),
    ("GraderStringCheck", "", "GraderStringCheck", "json", None),
    ("EvalGraderTextSimilarity", "/allOf/1", "EvalGraderTextSimilarity", "json", None),
    ("GraderTextSimilarity", "", "GraderTextSimilarity", "json", None),
    # Python, not JSON: the grader source is a triple-quoted string.
    ("EvalGraderPython", "/allOf/1", "EvalGraderPython", "not JSON", None),
    ("GraderPython", "", "GraderPython", "not JSON", None),
    # Python, not JSON: the prompt text is a parenthesised string concatenation.
    ("GraderScoreModel", "", "GraderScoreModel", "not JSON", None),
    ("CreateEvalCustomDataSourceConfig", "", "CreateEvalCustomDataSourceConfig", "json", None),
    ("CreateEvalLogsDataSourceConfig", "", "CreateEvalLogsDataSourceConfig", "json", None),
    (
        "CreateEvalStoredCompletionsDataSourceConfig",
        "",
        "CreateEvalStoredCompletionsDataSourceConfig",
        "json",
        None,
    ),
    ("CreateEvalLabelModelGrader", "", "CreateEvalLabelModelGrader", "json", None),
    # An obsolete run shape: run_data_source (and template_messages...) instead of data_source.
    (
        "EvalRunList",
        "",
        "EvalRunList",
        "json",
        "EvalRunList.data[0].data_source: missing required field",
    ),
    ("EvalRun", "", "EvalRun", "json", None),
    ("CreateEvalJsonlRunDataSource", "", "CreateEvalJsonlRunDataSource", "json", None),
    # These two show a whole create-run request body ({name, data_source}), not the data source.
    ("CreateEvalCompletionsRunDataSource", "", "CreateEvalRunRequest", "json", None),
    ("EvalStoredCompletionsSource", "", "EvalStoredCompletionsSource", "json", None),
    ("CreateEvalResponsesRunDataSource", "", "CreateEvalRunRequest", "json", None),
    ("EvalResponsesSource", "", "EvalResponsesSource", "json", None),
    ("EvalApiError", "", "EvalApiError", "json", None),
    ("EvalRunOutputItemList", "", "EvalRunOutputItemList", "trailing commas", None),
    ("EvalRunOutputItem", "", "EvalRunOutputItem", "trailing commas", None),
]


@pytest.fixture(scope="module")
def upstream() -> dict[str, Any]:
    with _require(UPSTREAM_NEW).open("rb") as file:
        document = yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert isinstance(document, dict)
    return document


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        if path == "/evals" or path.startswith("/evals/"):
            for method in ("get", "post", "delete"):
                if method in item:
                    yield item[method]["operationId"], item[method]


def _schema_examples(document: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """Every x-oaiMeta.example / example on a component schema, or on one of its allOf parts."""
    for name, schema in document["components"]["schemas"].items():
        parts = [("", schema)] + [
            (f"/allOf/{i}", part) for i, part in enumerate(schema.get("allOf", []))
        ]
        for where, part in parts:
            if not isinstance(part, dict):
                continue
            meta = part.get("x-oaiMeta") if isinstance(part.get("x-oaiMeta"), dict) else {}
            for holder in (meta, part):
                if "example" in holder:
                    yield name, where, holder["example"]


def test_upstream_operation_examples_are_all_listed(upstream: dict[str, Any]) -> None:
    assert sorted(op_id for op_id, _ in _operations(upstream)) == sorted(
        UPSTREAM_OPERATION_EXAMPLES
    )


@pytest.mark.parametrize("operation_id", sorted(UPSTREAM_OPERATION_EXAMPLES))
def test_upstream_operation_example(upstream: dict[str, Any], operation_id: str) -> None:
    model, how, problem = UPSTREAM_OPERATION_EXAMPLES[operation_id]
    operation = dict(_operations(upstream))[operation_id]
    data, read_as = loads_lenient(operation["x-oaiMeta"]["examples"]["response"])
    assert read_as.startswith(how)
    if data is None:
        return
    cls = getattr(models, model)
    if problem is None:
        assert_round_trip(cls, data)
        assert_round_trip(cls, with_extra_everywhere(data))
    else:
        assert parse_error(cls, data) == problem


def test_upstream_create_eval_example_fits_once_its_brace_is_restored(
    upstream: dict[str, Any],
) -> None:
    operation = dict(_operations(upstream))["createEval"]
    text = operation["x-oaiMeta"]["examples"]["response"]
    broken = '"sample"\n      ]\n  },\n  "testing_criteria"'
    assert text.count(broken) == 1
    data, how = loads_lenient(
        text.replace(broken, '"sample"\n      ]\n    }\n  },\n  "testing_criteria"')
    )
    assert how == "json"
    evaluation = assert_round_trip(Eval, data)
    assert isinstance(evaluation.data_source_config, EvalStoredCompletionsDataSourceConfig)
    assert isinstance(evaluation.testing_criteria[0], GraderLabelModel)


def test_upstream_schema_examples_are_all_listed(upstream: dict[str, Any]) -> None:
    from generator.load import load_document
    from generator.slice import slice_spec

    closure = set(slice_spec(load_document(UPSTREAM_NEW)).document["components"]["schemas"])
    found = sorted(
        (name, where) for name, where, _ in _schema_examples(upstream) if name in closure
    )
    assert found == sorted((name, where) for name, where, *_ in UPSTREAM_SCHEMA_EXAMPLES)


@pytest.mark.parametrize(
    ("schema", "where", "model", "how", "problem"),
    UPSTREAM_SCHEMA_EXAMPLES,
    ids=[f"{s}{w}" for s, w, *_ in UPSTREAM_SCHEMA_EXAMPLES],
)
def test_upstream_schema_example(
    upstream: dict[str, Any], schema: str, where: str, model: str, how: str, problem: str | None
) -> None:
    example = next(e for n, w, e in _schema_examples(upstream) if (n, w) == (schema, where))
    data, read_as = loads_lenient(example)
    assert read_as.startswith(how), read_as
    if data is None:
        return
    cls = getattr(models, model)
    if problem is None:
        assert_round_trip(cls, data)
        assert_round_trip(cls, with_extra_everywhere(data))
    else:
        assert parse_error(cls, data) == problem


def test_upstream_run_data_source_examples_are_request_bodies(upstream: dict[str, Any]) -> None:
    """As the data source they claim to show, they lack the required ``type``."""
    example = next(
        e for n, _, e in _schema_examples(upstream) if n == "CreateEvalCompletionsRunDataSource"
    )
    data = json.loads(example)
    assert parse_error(CreateEvalCompletionsRunDataSource, data) == (
        "CreateEvalCompletionsRunDataSource.type: missing required field"
    )
    request = CreateEvalRunRequest.from_dict(data)
    assert isinstance(request.data_source, CreateEvalCompletionsRunDataSource)
    assert isinstance(request.data_source.source, EvalStoredCompletionsSource)


def test_upstream_logs_config_example_fits_once_its_bracket_is_fixed(
    upstream: dict[str, Any],
) -> None:
    for name, cls in (
        ("EvalLogsDataSourceConfig", EvalLogsDataSourceConfig),
        ("EvalStoredCompletionsDataSourceConfig", EvalStoredCompletionsDataSourceConfig),
    ):
        text = next(e for n, _, e in _schema_examples(upstream) if n == name)
        broken = '"sample"\n    }\n}'
        assert text.count(broken) == 1
        data = json.loads(text.replace(broken, '"sample"\n    ]\n  }\n}'))
        config = assert_round_trip(cls, data)
        assert config.metadata == {"language": "english"}


# ---- one payload of each main shape, for the rules below ----------------------------------------


def output_item() -> dict[str, Any]:
    return {
        "object": "eval.run.output_item",
        "id": "outputitem_1",
        "run_id": "evalrun_1",
        "eval_id": "eval_1",
        "created_at": 1743092076,
        "status": "pass",
        "datasource_item_id": 5,
        "datasource_item": {"input": "Stock markets rally", "ground_truth": "Markets"},
        "results": [{"name": "String check", "score": 1.0, "passed": True, "sample": None}],
        "sample": {
            "input": [{"role": "user", "content": "Stock markets rally"}],
            "output": [{"role": "assistant", "content": "Markets"}],
            "finish_reason": "stop",
            "model": "gpt-4o-mini",
            "usage": {
                "total_tokens": 325,
                "completion_tokens": 2,
                "prompt_tokens": 323,
                "cached_tokens": 0,
            },
            "error": None,
            "temperature": 1.0,
            "max_completion_tokens": 2048,
            "top_p": 1,
            "seed": 42,
        },
    }


def an_eval() -> dict[str, Any]:
    return {
        "object": "eval",
        "id": "eval_1",
        "name": "Sentiment",
        "data_source_config": {"type": "custom", "schema": {"type": "object"}},
        "testing_criteria": [
            {
                "type": "label_model",
                "name": "label",
                "model": "o3-mini",
                "input": [
                    {
                        "type": "message",
                        "role": "developer",
                        "content": {"type": "input_text", "text": "Classify"},
                    },
                    {"role": "user", "content": "Statement: {{item.input}}"},
                ],
                "labels": ["positive", "negative"],
                "passing_labels": ["positive"],
            },
            {
                "type": "string_check",
                "name": "s",
                "input": "{{sample.output_text}}",
                "reference": "x",
                "operation": "eq",
            },
        ],
        "created_at": 1740110490,
        "metadata": {"description": "An eval"},
    }


def a_run() -> dict[str, Any]:
    return {
        "object": "eval.run",
        "id": "evalrun_1",
        "eval_id": "eval_1",
        "status": "queued",
        "model": "gpt-4o-mini",
        "name": "run",
        "created_at": 1743092069,
        "report_url": "https://platform.openai.com/evaluations/eval_1",
        "result_counts": {"total": 0, "errored": 0, "failed": 0, "passed": 0},
        "per_model_usage": None,
        "per_testing_criteria_results": None,
        "data_source": {
            "type": "completions",
            "source": {
                "type": "file_content",
                "content": [{"item": {"input": "a"}}, {"item": {"input": "b"}, "sample": {}}],
            },
            "input_messages": {
                "type": "template",
                "template": [
                    {
                        "type": "message",
                        "role": "user",
                        "content": {"type": "input_text", "text": "{{item.input}}"},
                    }
                ],
            },
            "model": "gpt-4o-mini",
            "sampling_params": {"seed": 42, "temperature": 1.0},
        },
        "metadata": {},
        "error": None,
    }


class TestRoundTrip:
    @pytest.mark.parametrize(
        ("model", "payload"), [(EvalRunOutputItem, output_item), (Eval, an_eval), (EvalRun, a_run)]
    )
    def test_round_trip(self, model: Any, payload: Any) -> None:
        assert_round_trip(model, payload())

    def test_unknown_fields_at_several_depths_are_kept_and_written_back(self) -> None:
        data = a_run()
        data["future_top"] = {"nested": [1, 2.5, None, True]}
        data["result_counts"]["skipped"] = 3
        data["data_source"]["future_ds"] = "x"
        data["data_source"]["source"]["content"][1]["weight"] = 0.5
        data["data_source"]["input_messages"]["template"][0]["content"]["cache"] = {"ttl": 60}
        data["data_source"]["sampling_params"]["max_completions_tokens"] = 2048
        run = assert_round_trip(EvalRun, data)
        assert run.extra == {"future_top": {"nested": [1, 2.5, None, True]}}
        assert run.result_counts.extra == {"skipped": 3}
        assert isinstance(run.data_source, CreateEvalCompletionsRunDataSource)
        assert run.data_source.extra == {"future_ds": "x"}
        assert run.data_source.source.content[1].extra == {"weight": 0.5}  # type: ignore[union-attr]
        assert run.data_source.sampling_params.extra == {"max_completions_tokens": 2048}  # type: ignore[union-attr]

    def test_extra_of_a_parsed_model_is_read_only_and_replaceable(self) -> None:
        data = output_item()
        data["sample"]["input"][0]["tool_calls"] = None
        first = EvalRunOutputItem.from_dict(data)
        second = EvalRunOutputItem.from_dict(output_item())
        assert first.extra == {} and second.extra == {}
        for extra in (first.extra, first.sample.input[0].extra):  # empty or not, read-only
            with pytest.raises(TypeError, match="read-only"):
                extra["new"] = 1  # type: ignore[index]
            with pytest.raises(TypeError, match="read-only"):
                extra |= {"new": 1}  # type: ignore[operator]
        assert first.sample.input[0].extra == {"tool_calls": None}
        first.extra = {"new": 1}
        assert second.extra == {}  # instances never share what can change
        assert first.to_dict()["new"] == 1 and "new" not in second.to_dict()
        built = EvalRunOutputItemSampleUsage(
            total_tokens=3, completion_tokens=1, prompt_tokens=2, cached_tokens=0
        )
        assert built.extra == {} and isinstance(built.extra, dict)  # a fresh dict of its own

    def test_parsed_models_copy_pickle_and_serialise(self) -> None:
        data = output_item()
        data["sample"]["input"][0]["tool_calls"] = [{"id": "call_1"}]
        item = EvalRunOutputItem.from_dict(data)
        copies = [copy.copy(item), copy.deepcopy(item), pickle.loads(pickle.dumps(item))]
        copies.append(pickle.loads(pickle.dumps(dataclasses.replace(item))))
        for copied in copies:
            assert copied == item and copied.to_dict() == item.to_dict() == data
            for extra in (copied.extra, copied.sample.input[0].extra):
                with pytest.raises(TypeError, match="read-only"):
                    extra.update(new=1)  # type: ignore[attr-defined]
        deep = copies[1].sample.input[0].extra["tool_calls"]
        assert deep == [{"id": "call_1"}] and deep is not data["sample"]["input"][0]["tool_calls"]
        as_dict = dataclasses.asdict(item)
        assert pickle.loads(pickle.dumps(as_dict)) == as_dict
        assert as_dict["sample"]["input"][0]["extra"] == {"tool_calls": [{"id": "call_1"}]}
        assert json.dumps(item.extra) == "{}"
        assert item.extra | {"new": 1} == {"new": 1}  # a new dict; the shared one is unchanged
        assert item.extra == {}

    def test_extra_never_overrides_a_known_field(self) -> None:
        item = EvalRunOutputItem.from_dict(output_item())
        item.extra = {"status": "forged", "new": 1}
        data = item.to_dict()
        assert data["status"] == "pass"
        assert data["new"] == 1

    def test_unknown_enum_value_is_kept_as_a_plain_string(self) -> None:
        data = an_eval()
        data["testing_criteria"][0]["input"][0]["role"] = "critic"
        data["testing_criteria"][1]["operation"] = "regex"
        evaluation = assert_round_trip(Eval, data)
        label = evaluation.testing_criteria[0]
        check = evaluation.testing_criteria[1]
        assert isinstance(label, GraderLabelModel) and isinstance(check, GraderStringCheck)
        role = label.input[0].role
        assert type(role) is str and role == "critic"
        assert type(check.operation) is str and check.operation == "regex"
        known = label.input[1].role
        assert known is EvalItemRole.USER and known == "user"

    def test_unknown_union_tag_gives_unknown_variant_keeping_the_raw_object(self) -> None:
        data = an_eval()
        future = {
            "type": "future_grader",
            "name": "f",
            "weights": [0.5, 0.5],
            "config": {"deep": {"x": None}},
        }
        data["testing_criteria"].append(future)
        data["data_source_config"] = {"type": "warehouse", "table": "t"}
        evaluation = assert_round_trip(Eval, data)
        unknown = evaluation.testing_criteria[2]
        assert isinstance(unknown, UnknownVariant)
        assert unknown.tag == "future_grader"
        assert unknown.data == future
        assert isinstance(evaluation.data_source_config, UnknownVariant)
        assert evaluation.data_source_config.tag == "warehouse"

    def test_integers_stay_integers_and_floats_stay_floats_in_number_fields(self) -> None:
        data = output_item()
        sample = EvalRunOutputItem.from_dict(data).sample
        assert type(sample.top_p) is int and type(sample.temperature) is float
        assert same_json(EvalRunOutputItem.from_dict(data).to_dict()["sample"]["top_p"], 1)

    def test_built_in_code_then_written(self) -> None:
        evaluation = Eval(
            id="eval_1",
            name="n",
            data_source_config=EvalCustomDataSourceConfig(schema={"type": "object"}),
            testing_criteria=[
                GraderStringCheck(
                    name="s", input="a", reference="b", operation=GraderStringCheckOperation.EQ
                )
            ],
            created_at=1,
            metadata=None,
        )
        assert evaluation.to_dict() == {
            "object": "eval",
            "id": "eval_1",
            "name": "n",
            "data_source_config": {"type": "custom", "schema": {"type": "object"}},
            "testing_criteria": [
                {
                    "type": "string_check",
                    "name": "s",
                    "input": "a",
                    "reference": "b",
                    "operation": "eq",
                }
            ],
            "created_at": 1,
            "metadata": None,
        }
        assert same_json(Eval.from_json(evaluation.to_json()).to_dict(), evaluation.to_dict())


class TestAbsentAndNull:
    def test_absent_optional_field_stays_unset_and_is_not_written(self) -> None:
        source = EvalStoredCompletionsSource.from_dict({"type": "stored_completions"})
        assert source.model is UNSET and isinstance(source.model, Unset)
        assert not source.model
        assert source.to_dict() == {"type": "stored_completions"}

    def test_present_null_is_none_and_written_back_as_null(self) -> None:
        data = {"type": "stored_completions", "model": None, "limit": None, "created_after": 5}
        source = assert_round_trip(EvalStoredCompletionsSource, data)
        assert source.model is None and source.limit is None
        assert source.created_before is UNSET
        assert source.to_dict() == data

    def test_optional_nullable_object(self) -> None:
        base = {"type": "completions", "source": {"type": "file_id", "id": "file-1"}}
        absent = assert_round_trip(CreateEvalCompletionsRunDataSource, base)
        assert absent.sampling_params is UNSET and "sampling_params" not in absent.to_dict()
        null = assert_round_trip(
            CreateEvalCompletionsRunDataSource, {**base, "sampling_params": None}
        )
        assert null.sampling_params is None
        assert null.to_dict()["sampling_params"] is None

    def test_required_nullable_fields(self) -> None:
        run = assert_round_trip(EvalRun, a_run())
        assert (
            run.error is None
            and run.per_model_usage is None
            and run.per_testing_criteria_results is None
        )
        data = a_run()
        del data["error"]
        assert parse_error(EvalRun, data) == "EvalRun.error: missing required field"
        data = an_eval()
        data["metadata"] = None
        assert Eval.from_dict(data).metadata is None
        assert Eval.from_dict(data).to_dict()["metadata"] is None
        del data["metadata"]
        assert parse_error(Eval, data) == "Eval.metadata: missing required field"

    def test_null_where_not_nullable_is_an_error(self) -> None:
        data = an_eval()
        data["name"] = None
        assert parse_error(Eval, data) == "Eval.name: expected string, got null"
        item = output_item()
        item["sample"]["usage"] = None
        assert (
            parse_error(EvalRunOutputItem, item)
            == "EvalRunOutputItem.sample.usage: expected object, got null"
        )


class TestUnions:
    def test_explicit_discriminator_input_content(self) -> None:
        assert isinstance(
            parse_input_content({"type": "input_text", "text": "hi"}), InputTextContent
        )
        assert isinstance(
            parse_input_content({"type": "input_image", "detail": "auto"}), InputImageContent
        )
        assert isinstance(
            parse_input_content({"type": "input_file", "file_id": "f"}), InputFileContent
        )
        unknown = parse_input_content({"type": "input_video", "url": "v"})
        assert isinstance(unknown, UnknownVariant) and unknown.to_dict() == {
            "type": "input_video",
            "url": "v",
        }

    def test_explicit_discriminator_tool_with_two_tags_for_one_model(self) -> None:
        tool = parse_tool({"type": "web_search_2025_08_26", "search_context_size": "low"})
        assert isinstance(tool, WebSearchTool)
        assert tool.type is WebSearchToolType.WEB_SEARCH_2025_08_26
        assert tool.to_dict() == {"type": "web_search_2025_08_26", "search_context_size": "low"}
        assert isinstance(parse_tool({"type": "web_search"}), WebSearchTool)
        assert isinstance(
            parse_tool({"type": "web_search_preview_2025_03_11"}), WebSearchPreviewTool
        )
        function = parse_tool({"type": "function", "name": "f", "parameters": None, "strict": None})
        assert isinstance(function, FunctionTool)
        assert isinstance(
            parse_tool({"type": "file_search", "vector_store_ids": []}), FileSearchTool
        )

    def test_the_tag_selects_the_variant_even_when_another_would_fit(self) -> None:
        with pytest.raises(ParseError) as caught:
            parse_tool({"type": "file_search", "name": "f"})
        assert str(caught.value) == "Tool.vector_store_ids: missing required field"

    def test_missing_or_non_string_tag(self) -> None:
        for data in ({"name": "f"}, {"type": 3}, {"type": None}):
            with pytest.raises(ParseError) as caught:
                parse_tool(data)
            assert (
                str(caught.value) == "Tool.type: missing or not a string: cannot choose a variant"
            )
        with pytest.raises(ParseError) as caught:
            parse_tool(["function"])
        assert str(caught.value) == "Tool: expected object, got array"

    def test_inferred_discriminator_eval_testing_criteria_and_data_source_config(self) -> None:
        data = an_eval()
        data["testing_criteria"] += [
            {
                "type": "text_similarity",
                "name": "t",
                "input": "a",
                "reference": "b",
                "evaluation_metric": "bleu",
                "pass_threshold": 0.5,
            },
            {
                "type": "python",
                "name": "p",
                "source": "def grade(s, i): return 1",
                "pass_threshold": 1,
            },
        ]
        evaluation = assert_round_trip(Eval, data)
        kinds = [type(c).__name__ for c in evaluation.testing_criteria]
        assert kinds == [
            "GraderLabelModel",
            "GraderStringCheck",
            "EvalGraderTextSimilarity",
            "EvalGraderPython",
        ]
        assert isinstance(evaluation.testing_criteria[3], EvalGraderPython)
        assert evaluation.testing_criteria[3].pass_threshold == 1
        for config, cls in (
            ({"type": "custom", "schema": {}}, EvalCustomDataSourceConfig),
            ({"type": "logs", "schema": {}, "metadata": None}, EvalLogsDataSourceConfig),
            ({"type": "stored_completions", "schema": {}}, EvalStoredCompletionsDataSourceConfig),
        ):
            data["data_source_config"] = config
            assert isinstance(assert_round_trip(Eval, data).data_source_config, cls)

    def test_inferred_tag_error_names_the_variant_path(self) -> None:
        data = an_eval()
        data["testing_criteria"][1] = {
            "type": "string_check",
            "name": "s",
            "input": "a",
            "reference": "b",
        }
        assert (
            parse_error(Eval, data) == "Eval.testing_criteria[1].operation: missing required field"
        )

    def test_untagged_union_tries_variants_in_order(self) -> None:
        assert parse_eval_item_content("plain text") == "plain text"
        assert isinstance(
            parse_eval_item_content({"type": "input_text", "text": "t"}), InputTextContent
        )
        assert isinstance(
            parse_eval_item_content({"type": "output_text", "text": "t"}), EvalItemContentOutputText
        )
        assert isinstance(
            parse_eval_item_content({"type": "input_image", "image_url": "https://x/y.png"}),
            EvalItemInputImage,
        )
        audio = parse_eval_item_content(
            {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "mp3"}}
        )
        assert isinstance(audio, InputAudio)
        mixed = parse_eval_item_content(["a", {"type": "output_text", "text": "b"}])
        assert isinstance(mixed, list)
        assert mixed[0] == "a" and isinstance(mixed[1], EvalItemContentOutputText)
        message = {"role": "user", "content": ["a", {"type": "input_text", "text": "b", "x": 1}]}
        assert assert_round_trip(EvalItem, message).content[1].extra == {"x": 1}  # type: ignore[index,union-attr]

    def test_untagged_union_first_match_wins(self) -> None:
        # Both CreateEvalItem branches accept a role/content pair with string content: the first wins.
        assert isinstance(
            parse_create_eval_item({"role": "user", "content": "hi"}), CreateEvalItemVariant1
        )
        item = parse_create_eval_item(
            {"role": "user", "content": {"type": "input_text", "text": "hi"}}
        )
        assert isinstance(item, EvalItem)

    def test_untagged_scalar_union_keeps_json_types(self) -> None:
        for value in ("x", 1, 2.5, True, False, ["a", 1, 2.5]):
            data = {"type": "eq", "key": "k", "value": value}
            parsed = assert_round_trip(ComparisonFilter, data)
            assert type(parsed.value) is type(value)

    def test_untagged_union_fails_only_when_no_variant_fits(self) -> None:
        with pytest.raises(ParseError) as caught:
            parse_eval_item_content(5)
        error = caught.value
        assert error.path == "EvalItemContent"
        # The list variant is not even tried on an int: only the nested union reports.
        assert error.problem == (
            "expected EvalItemContentItem or array, got int (EvalItemContent: expected string or "
            "InputTextContent or EvalItemContentOutputText or EvalItemInputImage or InputAudio, got int)"
        )
        data = {"type": "eq", "key": "k", "value": {"a": 1}}
        assert parse_error(ComparisonFilter, data) == (
            "ComparisonFilter.value: expected string or number or boolean or array, got object"
        )
        data = {"type": "eq", "key": "k", "value": ["a", None]}
        assert parse_error(ComparisonFilter, data) == (
            "ComparisonFilter.value: expected string or number or boolean or array, got array "
            "(ComparisonFilter.value[1]: expected string or number, got null)"
        )

    def test_untagged_union_error_names_the_deep_path(self) -> None:
        data = an_eval()
        data["testing_criteria"][0]["input"][1]["content"] = [{"type": "input_text", "text": 3}]
        error = parse_error(Eval, data)
        path = "Eval.testing_criteria[0].input[1].content"
        assert error.startswith(f"{path}: expected EvalItemContentItem or array, got array (")
        assert f"{path}[0].text: expected string, got int" in error
        assert f"{path}[0].type: expected 'output_text', got 'input_text'" in error

    def test_easy_input_message_content_union(self) -> None:
        text = assert_round_trip(EasyInputMessage, {"role": "user", "content": "hi"})
        assert text.content == "hi"
        parts = assert_round_trip(
            EasyInputMessage,
            {
                "role": "user",
                "content": [{"type": "input_text", "text": "a"}, {"type": "input_future", "z": 1}],
            },
        )
        assert isinstance(parts.content, list)
        assert isinstance(parts.content[0], InputTextContent) and isinstance(
            parts.content[1], UnknownVariant
        )


class TestRecursionMapsAndFreeForm:
    def test_compound_filter_contains_compound_filters(self) -> None:
        data = {
            "type": "and",
            "filters": [
                {"type": "eq", "key": "region", "value": "eu"},
                {
                    "type": "or",
                    "filters": [
                        {"type": "gte", "key": "year", "value": 2024},
                        {
                            "type": "and",
                            "filters": [{"type": "in", "key": "tag", "value": ["a", "b"]}],
                        },
                        {"type": "xor", "filters": []},
                    ],
                },
            ],
        }
        tree = assert_round_trip(CompoundFilter, data)
        inner = tree.filters[1]
        assert isinstance(inner, CompoundFilter) and inner.type is CompoundFilterType.OR
        assert isinstance(inner.filters[1], CompoundFilter)
        assert isinstance(inner.filters[1].filters[0], ComparisonFilter)
        assert isinstance(inner.filters[2], UnknownVariant) and inner.filters[2].tag == "xor"
        data["filters"][1]["filters"][1]["filters"][0]["key"] = 7
        assert (
            parse_error(CompoundFilter, data)
            == "CompoundFilter.filters[1].filters[1].filters[0].key: expected string, got int"
        )

    def test_filters_union_of_the_two(self) -> None:
        assert isinstance(parse_filters({"type": "eq", "key": "k", "value": 1}), ComparisonFilter)
        assert isinstance(parse_filters({"type": "or", "filters": []}), CompoundFilter)
        tool = assert_round_trip(
            FileSearchTool,
            {
                "type": "file_search",
                "vector_store_ids": ["vs"],
                "filters": {"type": "and", "filters": [{"type": "ne", "key": "a", "value": False}]},
            },
        )
        assert isinstance(tool.filters, CompoundFilter)

    def test_metadata_map(self) -> None:
        data = an_eval()
        data["metadata"] = {"a": "1", "ключ": "значение", "": ""}
        assert Eval.from_dict(data).metadata == data["metadata"]
        data["metadata"] = {"a": "1", "b": 2}
        assert parse_error(Eval, data) == "Eval.metadata.b: expected string, got int"
        data["metadata"] = ["a"]
        assert parse_error(Eval, data) == "Eval.metadata: expected object, got array"

    def test_additional_properties_true_keeps_anything(self) -> None:
        result = assert_round_trip(
            EvalRunOutputItemResult,
            {
                "name": "g",
                "score": 0,
                "passed": False,
                "sample": {"any": [{"x": None}]},
                "grader_extra": {"k": [1]},
            },
        )
        assert result.extra == {"grader_extra": {"k": [1]}}
        assert result.sample == {"any": [{"x": None}]}
        config = assert_round_trip(
            CreateEvalCustomDataSourceConfig,
            {"type": "custom", "item_schema": {"$defs": {"a": True}}},
        )
        assert config.item_schema == {"$defs": {"a": True}}

    def test_free_form_datasource_item(self) -> None:
        data = output_item()
        data["datasource_item"] = {
            "n": 1,
            "f": 1.5,
            "s": "é",
            "l": [None, True, {"deep": []}],
            "o": {},
        }
        assert assert_round_trip(EvalRunOutputItem, data).datasource_item == data["datasource_item"]
        data["datasource_item"] = "not an object"
        assert (
            parse_error(EvalRunOutputItem, data)
            == "EvalRunOutputItem.datasource_item: expected object, got str"
        )


class TestErrors:
    def test_wrong_type_in_a_list_item(self) -> None:
        data = output_item()
        data["results"][0]["score"] = "1.0"
        assert (
            parse_error(EvalRunOutputItem, data)
            == "EvalRunOutputItem.results[0].score: expected number, got str"
        )

    def test_parse_error_carries_path_and_problem(self) -> None:
        data = output_item()
        data["results"].append({"name": "g2", "score": 0.5, "passed": "yes"})
        with pytest.raises(ParseError) as caught:
            EvalRunOutputItem.from_dict(data)
        assert caught.value.path == "EvalRunOutputItem.results[1].passed"
        assert caught.value.problem == "expected boolean, got str"
        assert isinstance(caught.value, ValueError)

    def test_constants_and_strings_take_only_plain_strings(self) -> None:
        class Text(str):
            pass

        for field in ("object", "id"):
            data = output_item()
            data[field] = Text(data[field])
            with pytest.raises(ParseError) as caught:
                EvalRunOutputItem.from_dict(data)
            assert caught.value.path == f"EvalRunOutputItem.{field}"

    def test_error_deep_in_nested_lists_is_found_once_per_level(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A failed list item is parsed again to name it; lists inside it must not do the
        same at every level (which doubles the work per level), nor chain the errors."""
        import openai_evals.models.comparison_filter as comparison

        leaf: dict[str, Any] = {"type": "eq", "key": 5, "value": "x"}
        data: dict[str, Any] = leaf
        depth = 12
        for _ in range(depth):
            data = {"type": "and", "filters": [{"type": "eq", "key": "k", "value": 1}, data]}
        failures: list[str] = []
        real = comparison.wrong_type

        def counted(*args: Any) -> ParseError:
            failures.append(args[0])
            return real(*args)

        monkeypatch.setattr(comparison, "wrong_type", counted)
        with pytest.raises(ParseError) as caught:
            CompoundFilter.from_dict(data)
        assert caught.value.path == "CompoundFilter" + ".filters[1]" * depth + ".key"
        assert caught.value.__context__ is None and caught.value.__cause__ is None
        assert len(failures) <= depth + 1  # once, then once more per level (2**12 before)

    def test_error_in_a_later_item_of_a_nested_list_names_both_indexes(self) -> None:
        data = output_item()
        data["results"].append(copy.deepcopy(data["results"][0]))
        data["sample"]["input"].append({"role": "user", "content": 7})
        data["sample"]["output"].append({"role": "assistant", "content": "ok"})
        last = len(data["sample"]["input"]) - 1
        assert (
            parse_error(EvalRunOutputItem, data)
            == f"EvalRunOutputItem.sample.input[{last}].content: expected string, got int"
        )

    def test_missing_required_field(self) -> None:
        data = output_item()
        del data["sample"]["usage"]["total_tokens"]
        assert (
            parse_error(EvalRunOutputItem, data)
            == "EvalRunOutputItem.sample.usage.total_tokens: missing required field"
        )
        data = output_item()
        del data["results"][0]["passed"]
        assert (
            parse_error(EvalRunOutputItem, data)
            == "EvalRunOutputItem.results[0].passed: missing required field"
        )

    def test_deep_paths_through_lists_and_unions(self) -> None:
        data = a_run()
        data["data_source"]["source"]["content"][1]["item"] = "text"
        assert (
            parse_error(EvalRun, data)
            == "EvalRun.data_source.source.content[1].item: expected object, got str"
        )
        data = a_run()
        data["data_source"]["input_messages"]["template"][0]["role"] = 5
        error = parse_error(EvalRun, data)
        path = "EvalRun.data_source.input_messages.template[0]"
        assert error.startswith(f"{path}: expected EasyInputMessage or EvalItem, got object (")
        assert error.count(f"{path}.role: expected string, got int") == 2  # both variants tried
        data = an_eval()
        data["testing_criteria"][0]["labels"] = ["ok", 3]
        assert (
            parse_error(Eval, data)
            == "Eval.testing_criteria[0].labels[1]: expected string, got int"
        )

    @pytest.mark.parametrize(
        ("value", "got"),
        [([], "array"), ("x", "str"), (1, "int"), (1.5, "float"), (None, "null"), (True, "bool")],
    )
    def test_wrong_json_type_at_the_top(self, value: Any, got: str) -> None:
        assert (
            parse_error(EvalRunOutputItem, value)
            == f"EvalRunOutputItem: expected object, got {got}"
        )

    def test_enum_value_of_the_wrong_json_type(self) -> None:
        # Open enums keep unknown *strings*; a number is still the wrong type.
        assert (
            parse_error(EvalItem, {"role": 5, "content": "x"})
            == "EvalItem.role: expected string, got int"
        )
        assert (
            parse_error(EvalItem, {"role": None, "content": "x"})
            == "EvalItem.role: expected string, got null"
        )
        data = an_eval()
        data["testing_criteria"][1]["operation"] = ["eq"]
        assert (
            parse_error(Eval, data)
            == "Eval.testing_criteria[1].operation: expected string, got array"
        )

    def test_booleans_are_not_numbers_and_numbers_not_booleans(self) -> None:
        data = output_item()
        data["created_at"] = True
        assert (
            parse_error(EvalRunOutputItem, data)
            == "EvalRunOutputItem.created_at: expected integer, got bool"
        )
        data = output_item()
        data["sample"]["temperature"] = False
        assert (
            parse_error(EvalRunOutputItem, data)
            == "EvalRunOutputItem.sample.temperature: expected number, got bool"
        )
        data = output_item()
        data["created_at"] = 1.0
        assert (
            parse_error(EvalRunOutputItem, data)
            == "EvalRunOutputItem.created_at: expected integer, got float"
        )

    def test_const_mismatch(self) -> None:
        data = output_item()
        data["object"] = "eval.run"
        assert (
            parse_error(EvalRunOutputItem, data)
            == "EvalRunOutputItem.object: expected 'eval.run.output_item', got 'eval.run'"
        )
        check = {
            "type": "label_model",
            "name": "s",
            "input": "a",
            "reference": "b",
            "operation": "eq",
        }
        assert (
            parse_error(GraderStringCheck, check)
            == "GraderStringCheck.type: expected 'string_check', got 'label_model'"
        )
        assert (
            parse_error(GraderTextSimilarity, {"type": 1})
            == "GraderTextSimilarity.type: expected 'text_similarity', got 1"
        )

    def test_invalid_json(self) -> None:
        with pytest.raises(ParseError) as caught:
            EvalRunOutputItem.from_json('{"object": ')
        assert caught.value.path == "EvalRunOutputItem"
        assert caught.value.problem.startswith("invalid JSON: ")
        with pytest.raises(ParseError) as caught:
            EvalRunOutputItem.from_json(b"\xff\xfe{}")
        assert caught.value.problem.startswith("invalid JSON: ")
        with pytest.raises(ParseError) as caught:
            EvalRunOutputItem.from_json("")
        assert str(caught.value).startswith("EvalRunOutputItem: invalid JSON: ")

    def test_valid_json_of_the_wrong_shape(self) -> None:
        with pytest.raises(ParseError) as caught:
            EvalRunOutputItem.from_json("[1, 2]")
        assert str(caught.value) == "EvalRunOutputItem: expected object, got array"


class TestJson:
    def test_from_json_str_and_bytes(self) -> None:
        text = json.dumps(output_item(), ensure_ascii=False)
        from_str = EvalRunOutputItem.from_json(text)
        from_bytes = EvalRunOutputItem.from_json(text.encode("utf-8"))
        assert from_str == from_bytes
        assert same_json(from_str.to_dict(), output_item())

    def test_to_json_is_compact_and_keeps_non_ascii(self) -> None:
        data = output_item()
        data["sample"]["output"][0]["content"] = 'Märkte ☂ \u2028 "q"'
        item = EvalRunOutputItem.from_dict(data)
        text = item.to_json()
        assert isinstance(text, str)
        assert "Märkte ☂ \u2028" in text and "\\u" not in text  # not escaped to ASCII
        assert text == json.dumps(item.to_dict(), ensure_ascii=False, separators=(",", ":"))
        assert EvalRunOutputItem.from_json(text) == item
        assert EvalRunOutputItem.from_json(text.encode()) == item

    def test_to_json_refuses_numbers_json_cannot_spell(self) -> None:
        # Python's json module reads NaN, so a model can hold one; writing it would not be JSON.
        data = output_item()
        data["results"][0]["score"] = float("nan")
        item = EvalRunOutputItem.from_dict(data)
        with pytest.raises(ValueError, match="not JSON compliant"):
            item.to_json()

    def test_to_dict_of_unions_writes_plain_json(self) -> None:
        data = an_eval()
        evaluation = Eval.from_dict(data)
        written = evaluation.to_dict()
        json.dumps(written)  # nothing but JSON types
        assert written["testing_criteria"][0]["input"][0]["role"] == "developer"
        assert type(written["testing_criteria"][0]["input"][0]["role"]) is str
