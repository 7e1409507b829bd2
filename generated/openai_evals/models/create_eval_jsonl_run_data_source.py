"""Generated from the API spec: CreateEvalJsonlRunDataSource,
CreateEvalJsonlRunDataSourceSource.
"""

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
    extra_fields,
    wrong_const,
    wrong_type,
)
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource


@dataclass(slots=True, kw_only=True)
class CreateEvalJsonlRunDataSource:
    """Run data source that reads ready-made items (and optionally samples) from JSONL
    content or an uploaded file; nothing is generated.
    """

    type: Literal["jsonl"] = "jsonl"
    """Type discriminator; always `jsonl`.

    The API's default is ``"jsonl"``.
    """
    source: CreateEvalJsonlRunDataSourceSource
    """Where the items of the run come from."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "source"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CreateEvalJsonlRunDataSource"
    ) -> CreateEvalJsonlRunDataSource:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.type = d["type"]
            if type(obj.type) is not str or obj.type != "jsonl":
                raise wrong_const("jsonl", obj.type, path, "type")
            obj.source = parse_create_eval_jsonl_run_data_source_source(
                d["source"], path + ".source"
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 2:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> CreateEvalJsonlRunDataSource:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CreateEvalJsonlRunDataSource"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "source": self.source.to_dict(),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


CreateEvalJsonlRunDataSourceSource: TypeAlias = (
    EvalJsonlFileContentSource | EvalJsonlFileIdSource | UnknownVariant
)
"""Where the items of the run come from."""

_CREATE_EVAL_JSONL_RUN_DATA_SOURCE_SOURCE: dict[
    str, Callable[[Any, str], CreateEvalJsonlRunDataSourceSource]
] = {
    "file_content": EvalJsonlFileContentSource.from_dict,
    "file_id": EvalJsonlFileIdSource.from_dict,
}


def parse_create_eval_jsonl_run_data_source_source(
    data: Any, path: str = "CreateEvalJsonlRunDataSourceSource"
) -> CreateEvalJsonlRunDataSourceSource:
    """Parse one CreateEvalJsonlRunDataSourceSource from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CREATE_EVAL_JSONL_RUN_DATA_SOURCE_SOURCE.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
