"""Generated from the API spec: CreateEvalRunRequest, CreateEvalRunRequestDataSource."""

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
    wrong_type,
)
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource


@dataclass(slots=True, kw_only=True)
class CreateEvalRunRequest:
    """Body of a request that starts a run."""

    name: str | Unset = UNSET
    """Human-readable name for the run."""
    metadata: dict[str, str] | None | Unset = UNSET
    data_source: CreateEvalRunRequestDataSource
    """Which items the run uses and, if any, how samples are generated."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"name", "metadata", "data_source"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CreateEvalRunRequest"
    ) -> CreateEvalRunRequest:
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
            obj.data_source = parse_create_eval_run_request_data_source(
                d["data_source"], path + ".data_source"
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 1 or (len(d) <= 3 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> CreateEvalRunRequest:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CreateEvalRunRequest"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "data_source": self.data_source.to_dict(),
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


CreateEvalRunRequestDataSource: TypeAlias = (
    CreateEvalJsonlRunDataSource
    | CreateEvalCompletionsRunDataSource
    | CreateEvalResponsesRunDataSource
    | UnknownVariant
)
"""Which items the run uses and, if any, how samples are generated."""

_CREATE_EVAL_RUN_REQUEST_DATA_SOURCE: dict[
    str, Callable[[Any, str], CreateEvalRunRequestDataSource]
] = {
    "jsonl": CreateEvalJsonlRunDataSource.from_dict,
    "completions": CreateEvalCompletionsRunDataSource.from_dict,
    "responses": CreateEvalResponsesRunDataSource.from_dict,
}


def parse_create_eval_run_request_data_source(
    data: Any, path: str = "CreateEvalRunRequestDataSource"
) -> CreateEvalRunRequestDataSource:
    """Parse one CreateEvalRunRequestDataSource from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CREATE_EVAL_RUN_REQUEST_DATA_SOURCE.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
