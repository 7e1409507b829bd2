"""Generated from the API spec: GraderTextSimilarityEvaluationMetric, GraderTextSimilarity."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._runtime import (
    NO_EXTRA,
    ParseError,
    StrEnum,
    at,
    decode_json,
    encode_json,
    enum_value,
    extra_fields,
    parse_enum,
    wrong_const,
    wrong_type,
)


class GraderTextSimilarityEvaluationMetric(StrEnum):
    """Similarity measure: cosine similarity, fuzzy matching, BLEU, GLEU, METEOR, or one of
    the ROUGE variants.
    """

    COSINE = "cosine"
    FUZZY_MATCH = "fuzzy_match"
    BLEU = "bleu"
    GLEU = "gleu"
    METEOR = "meteor"
    ROUGE_1 = "rouge_1"
    ROUGE_2 = "rouge_2"
    ROUGE_3 = "rouge_3"
    ROUGE_4 = "rouge_4"
    ROUGE_5 = "rouge_5"
    ROUGE_L = "rouge_l"


@dataclass(slots=True, kw_only=True)
class GraderTextSimilarity:
    """Grader that scores how similar a text is to a reference text."""

    type: Literal["text_similarity"] = "text_similarity"
    """Type discriminator; always `text_similarity`.

    The API's default is ``"text_similarity"``.
    """
    name: str
    """Name that identifies the grader."""
    input: str
    """The text to score; may contain template placeholders."""
    reference: str
    """The reference text; may contain template placeholders."""
    evaluation_metric: GraderTextSimilarityEvaluationMetric | str
    """Similarity measure: cosine similarity, fuzzy matching, BLEU, GLEU, METEOR, or one of
    the ROUGE variants.
    """
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "name", "input", "reference", "evaluation_metric"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "GraderTextSimilarity"
    ) -> GraderTextSimilarity:
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
            if type(obj.type) is not str or obj.type != "text_similarity":
                raise wrong_const("text_similarity", obj.type, path, "type")
            obj.name = d["name"]
            if type(obj.name) is not str:
                raise wrong_type("string", obj.name, path, "name")
            obj.input = d["input"]
            if type(obj.input) is not str:
                raise wrong_type("string", obj.input, path, "input")
            obj.reference = d["reference"]
            if type(obj.reference) is not str:
                raise wrong_type("string", obj.reference, path, "reference")
            obj.evaluation_metric = parse_enum(
                GraderTextSimilarityEvaluationMetric,
                d["evaluation_metric"],
                path,
                "evaluation_metric",
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present, so if there are no more, there are no others.
        if len(d) == 5:
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> GraderTextSimilarity:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "GraderTextSimilarity"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "name": self.name,
            "input": self.input,
            "reference": self.reference,
            "evaluation_metric": enum_value(self.evaluation_metric),
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())
