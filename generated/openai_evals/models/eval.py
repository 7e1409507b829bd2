"""Generated from the API spec: Eval, EvalDataSourceConfig, EvalTestingCriteriaItem."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    NO_EXTRA,
    ParseError,
    UnknownVariant,
    at,
    decode_json,
    encode_json,
    expect_object,
    expect_str,
    extra_fields,
    parse_list,
    wrong_const,
    wrong_type,
)
from .eval_custom_data_source_config import EvalCustomDataSourceConfig
from .eval_grader_python import EvalGraderPython
from .eval_grader_score_model import EvalGraderScoreModel
from .eval_grader_text_similarity import EvalGraderTextSimilarity
from .eval_logs_data_source_config import EvalLogsDataSourceConfig
from .eval_stored_completions_data_source_config import (
    EvalStoredCompletionsDataSourceConfig,
)
from .grader_label_model import GraderLabelModel
from .grader_string_check import GraderStringCheck


@dataclass(slots=True, kw_only=True)
class Eval:
    """An eval: a data source config plus testing criteria that describe a task to measure,
    for example how well a chatbot answers support questions.
    """

    object: Literal["eval"] = "eval"
    """Kind of object; always `eval`.

    The API's default is ``"eval"``.
    """
    id: str
    """ID of the eval."""
    name: str
    """Human-readable name of the eval."""
    data_source_config: EvalDataSourceConfig
    """Shape of the data that runs of this eval use."""
    testing_criteria: list[EvalTestingCriteriaItem]
    """Graders applied to every item of every run."""
    created_at: int
    """Creation time, as a Unix timestamp in seconds."""
    metadata: dict[str, str] | None
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "id",
            "name",
            "data_source_config",
            "testing_criteria",
            "created_at",
            "metadata",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "Eval") -> Eval:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.object = d["object"]
            if type(obj.object) is not str or obj.object != "eval":
                raise wrong_const("eval", obj.object, path, "object")
            obj.id = d["id"]
            if type(obj.id) is not str:
                raise wrong_type("string", obj.id, path, "id")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.data_source_config = parse_eval_data_source_config(
                d["data_source_config"], path + ".data_source_config"
            )
            obj.testing_criteria = parse_list(
                parse_eval_testing_criteria_item,
                d["testing_criteria"],
                path,
                "testing_criteria",
            )
            obj.created_at = d["created_at"]
            if type(obj.created_at) is not int:
                raise wrong_type("integer", obj.created_at, path, "created_at")
            obj.metadata = d["metadata"]
            if obj.metadata is not None:
                obj.metadata = {
                    k0: expect_str(v0, at(path, "metadata"), k0)
                    for k0, v0 in expect_object(obj.metadata, path, "metadata").items()
                }
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 7:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> Eval:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "Eval"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "object": self.object,
            "id": self.id,
            "name": self.name,
            "data_source_config": self.data_source_config.to_dict(),
            "testing_criteria": [v0.to_dict() for v0 in self.testing_criteria],
            "created_at": self.created_at,
            "metadata": None if self.metadata is None else dict(self.metadata),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


EvalDataSourceConfig: TypeAlias = (
    EvalCustomDataSourceConfig
    | EvalLogsDataSourceConfig
    | EvalStoredCompletionsDataSourceConfig
    | UnknownVariant
)
"""Shape of the data that runs of this eval use."""

_EVAL_DATA_SOURCE_CONFIG: dict[str, Callable[[Any, str], EvalDataSourceConfig]] = {
    "custom": EvalCustomDataSourceConfig.from_dict,
    "logs": EvalLogsDataSourceConfig.from_dict,
    "stored_completions": EvalStoredCompletionsDataSourceConfig.from_dict,
}


def parse_eval_data_source_config(
    data: Any, path: str = "EvalDataSourceConfig"
) -> EvalDataSourceConfig:
    """Parse one EvalDataSourceConfig from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _EVAL_DATA_SOURCE_CONFIG.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)


EvalTestingCriteriaItem: TypeAlias = (
    GraderLabelModel
    | GraderStringCheck
    | EvalGraderTextSimilarity
    | EvalGraderPython
    | EvalGraderScoreModel
    | UnknownVariant
)

_EVAL_TESTING_CRITERIA_ITEM: dict[
    str, Callable[[Any, str], EvalTestingCriteriaItem]
] = {
    "label_model": GraderLabelModel.from_dict,
    "string_check": GraderStringCheck.from_dict,
    "text_similarity": EvalGraderTextSimilarity.from_dict,
    "python": EvalGraderPython.from_dict,
    "score_model": EvalGraderScoreModel.from_dict,
}


def parse_eval_testing_criteria_item(
    data: Any, path: str = "EvalTestingCriteriaItem"
) -> EvalTestingCriteriaItem:
    """Parse one EvalTestingCriteriaItem from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _EVAL_TESTING_CRITERIA_ITEM.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
