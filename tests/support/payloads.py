"""Request payloads shared by the client tests: plain JSON data and the same as generated models.

Every ``*_MODEL()`` builder returns generated model instances whose ``to_dict()`` equals the
plain-data constant of the same name, so a test can send either and compare what arrived.
"""

from __future__ import annotations

import copy
from typing import Any

from openai_evals import models

ITEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"input": {"type": "string"}, "ground_truth": {"type": "string"}},
    "required": ["input", "ground_truth"],
}

CUSTOM_CONFIG: dict[str, Any] = {
    "type": "custom",
    "item_schema": ITEM_SCHEMA,
    "include_sample_schema": True,
}

STRING_GRADER: dict[str, Any] = {
    "type": "string_check",
    "name": "Exact match",
    "input": "{{sample.output_text}}",
    "reference": "{{item.ground_truth}}",
    "operation": "eq",
}

LABEL_GRADER: dict[str, Any] = {
    "type": "label_model",
    "name": "Sentiment grader",
    "model": "o3-mini",
    "input": [
        {"role": "developer", "content": "Classify the sentiment of the statement."},
        {"role": "user", "content": "Statement: {{item.input}}"},
    ],
    "labels": ["positive", "neutral", "negative"],
    "passing_labels": ["positive"],
}

TEXT_SIMILARITY_GRADER: dict[str, Any] = {
    "type": "text_similarity",
    "name": "Close enough",
    "input": "{{sample.output_text}}",
    "reference": "{{item.ground_truth}}",
    "evaluation_metric": "fuzzy_match",
    "pass_threshold": 0.8,
}

PYTHON_GRADER: dict[str, Any] = {
    "type": "python",
    "name": "Length check",
    "source": "def grade(sample, item) -> float:\n    return 1.0 if sample['output_text'] else 0.0\n",
}

JSONL_ITEMS: list[dict[str, Any]] = [
    {"item": {"input": "Central Bank Raises Rates", "ground_truth": "Markets"}},
    {"item": {"input": "New Phone Released", "ground_truth": "Technology"}},
    {"item": {"input": "Cup Final Tonight", "ground_truth": "Sports"}},
]

JSONL_SOURCE: dict[str, Any] = {
    "type": "jsonl",
    "source": {"type": "file_content", "content": JSONL_ITEMS},
}

COMPLETIONS_SOURCE: dict[str, Any] = {
    "type": "completions",
    "model": "gpt-4o-mini",
    "input_messages": {
        "type": "template",
        "template": [
            {"role": "developer", "content": "Categorize the headline."},
            {"role": "user", "content": "{{item.input}}"},
        ],
    },
    "sampling_params": {"temperature": 0.5, "max_completion_tokens": 256, "top_p": 1, "seed": 7},
    "source": {"type": "file_content", "content": JSONL_ITEMS},
}


def data(value: Any) -> Any:
    """A deep copy, so a test may change a payload without affecting the others."""
    return copy.deepcopy(value)


def custom_config_model() -> models.CreateEvalCustomDataSourceConfig:
    return models.CreateEvalCustomDataSourceConfig(
        item_schema=data(ITEM_SCHEMA), include_sample_schema=True
    )


def string_grader_model() -> models.GraderStringCheck:
    return models.GraderStringCheck(
        name="Exact match",
        input="{{sample.output_text}}",
        reference="{{item.ground_truth}}",
        operation=models.GraderStringCheckOperation.EQ,
    )


def label_grader_model() -> models.CreateEvalLabelModelGrader:
    return models.CreateEvalLabelModelGrader(
        name="Sentiment grader",
        model="o3-mini",
        input=[
            models.CreateEvalItemVariant1(
                role="developer", content="Classify the sentiment of the statement."
            ),
            models.CreateEvalItemVariant1(role="user", content="Statement: {{item.input}}"),
        ],
        labels=["positive", "neutral", "negative"],
        passing_labels=["positive"],
    )


def jsonl_source_model() -> models.CreateEvalJsonlRunDataSource:
    return models.CreateEvalJsonlRunDataSource(
        source=models.EvalJsonlFileContentSource(
            content=[
                models.EvalJsonlFileContentSourceContentItem(item=data(entry["item"]))
                for entry in JSONL_ITEMS
            ]
        )
    )
