"""Generated from the API spec: CreateEvalRequest, CreateEvalRequestDataSourceConfig,
CreateEvalRequestTestingCriteriaItem.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    UnknownVariant,
    Unset,
    at,
    decode_json,
    encode_json,
    expect_object,
    expect_str,
    extra_fields,
    parse_list,
    wrong_type,
)
from .create_eval_custom_data_source_config import CreateEvalCustomDataSourceConfig
from .create_eval_label_model_grader import CreateEvalLabelModelGrader
from .create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig
from .create_eval_stored_completions_data_source_config import (
    CreateEvalStoredCompletionsDataSourceConfig,
)
from .eval_grader_python import EvalGraderPython
from .eval_grader_score_model import EvalGraderScoreModel
from .eval_grader_text_similarity import EvalGraderTextSimilarity
from .grader_string_check import GraderStringCheck


@dataclass(slots=True, kw_only=True)
class CreateEvalRequest:
    """Body of a request that creates an eval."""

    name: str | Unset = UNSET
    """Human-readable name for the eval."""
    metadata: dict[str, str] | None | Unset = UNSET
    data_source_config: CreateEvalRequestDataSourceConfig
    """Describes the data the eval is run on; fixes the shape of the items that graders can
    refer to.
    """
    testing_criteria: list[CreateEvalRequestTestingCriteriaItem]
    """Graders applied to every item of every run. They can use `{{item.<field>}}` for data
    and `{{sample.output_text}}` (and similar) for the model output.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"name", "metadata", "data_source_config", "testing_criteria"}
    )

    @classmethod
    def from_dict(cls, data: Any, path: str = "CreateEvalRequest") -> CreateEvalRequest:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.name = d.get("name", UNSET)
            if obj.name is not UNSET and type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.metadata = d.get("metadata", UNSET)
            if obj.metadata is not UNSET and obj.metadata is not None:
                obj.metadata = {
                    k0: expect_str(v0, at(path, "metadata"), k0)
                    for k0, v0 in expect_object(obj.metadata, path, "metadata").items()
                }
            obj.data_source_config = parse_create_eval_request_data_source_config(
                d["data_source_config"], path + ".data_source_config"
            )
            obj.testing_criteria = parse_list(
                parse_create_eval_request_testing_criteria_item,
                d["testing_criteria"],
                path,
                "testing_criteria",
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 2 or (len(d) <= 4 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> CreateEvalRequest:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CreateEvalRequest"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "data_source_config": self.data_source_config.to_dict(),
            "testing_criteria": [v0.to_dict() for v0 in self.testing_criteria],
        }
        if self.name is not UNSET:
            data["name"] = self.name
        if self.metadata is not UNSET:
            data["metadata"] = None if self.metadata is None else dict(self.metadata)
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


CreateEvalRequestDataSourceConfig: TypeAlias = (
    CreateEvalCustomDataSourceConfig
    | CreateEvalLogsDataSourceConfig
    | CreateEvalStoredCompletionsDataSourceConfig
    | UnknownVariant
)
"""Describes the data the eval is run on; fixes the shape of the items that graders can
refer to.
"""

_CREATE_EVAL_REQUEST_DATA_SOURCE_CONFIG: dict[
    str, Callable[[Any, str], CreateEvalRequestDataSourceConfig]
] = {
    "custom": CreateEvalCustomDataSourceConfig.from_dict,
    "logs": CreateEvalLogsDataSourceConfig.from_dict,
    "stored_completions": CreateEvalStoredCompletionsDataSourceConfig.from_dict,
}


def parse_create_eval_request_data_source_config(
    data: Any, path: str = "CreateEvalRequestDataSourceConfig"
) -> CreateEvalRequestDataSourceConfig:
    """Parse one CreateEvalRequestDataSourceConfig from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CREATE_EVAL_REQUEST_DATA_SOURCE_CONFIG.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)


CreateEvalRequestTestingCriteriaItem: TypeAlias = (
    CreateEvalLabelModelGrader
    | GraderStringCheck
    | EvalGraderTextSimilarity
    | EvalGraderPython
    | EvalGraderScoreModel
    | UnknownVariant
)

_CREATE_EVAL_REQUEST_TESTING_CRITERIA_ITEM: dict[
    str, Callable[[Any, str], CreateEvalRequestTestingCriteriaItem]
] = {
    "label_model": CreateEvalLabelModelGrader.from_dict,
    "string_check": GraderStringCheck.from_dict,
    "text_similarity": EvalGraderTextSimilarity.from_dict,
    "python": EvalGraderPython.from_dict,
    "score_model": EvalGraderScoreModel.from_dict,
}


def parse_create_eval_request_testing_criteria_item(
    data: Any, path: str = "CreateEvalRequestTestingCriteriaItem"
) -> CreateEvalRequestTestingCriteriaItem:
    """Parse one CreateEvalRequestTestingCriteriaItem from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CREATE_EVAL_REQUEST_TESTING_CRITERIA_ITEM.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
