"""Generated from the API spec: CreateEvalCompletionsRunDataSource,
CreateEvalCompletionsRunDataSourceInputMessagesTemplate,
CreateEvalCompletionsRunDataSourceInputMessagesItemReference,
CreateEvalCompletionsRunDataSourceSamplingParams,
CreateEvalCompletionsRunDataSourceInputMessages,
CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem,
CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat,
CreateEvalCompletionsRunDataSourceSource.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    NO_EXTRA,
    UNSET,
    ParseError,
    UnknownVariant,
    Unset,
    at,
    decode_json,
    encode_json,
    enum_value,
    expect_object,
    extra_fields,
    no_variant,
    parse_enum,
    parse_list,
    wrong_const,
    wrong_type,
)
from .chat_completion_tool import ChatCompletionTool
from .easy_input_message import EasyInputMessage
from .eval_item import EvalItem
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource
from .eval_stored_completions_source import EvalStoredCompletionsSource
from .reasoning_effort import ReasoningEffort
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_text import ResponseFormatText


@dataclass(slots=True, kw_only=True)
class CreateEvalCompletionsRunDataSource:
    """Run data source that generates each sample with the Chat Completions API, from
    messages built per item, before grading.
    """

    type: Literal["completions"] = "completions"
    """Type discriminator; always `completions`.

    The API's default is ``"completions"``.
    """
    input_messages: CreateEvalCompletionsRunDataSourceInputMessages | Unset = UNSET
    """How the prompt for each item is built: from a message template that may use
    `{{item.*}}` variables, or from a list of messages stored in the item itself.
    """
    sampling_params: CreateEvalCompletionsRunDataSourceSamplingParams | None | Unset = (
        UNSET
    )
    """Sampling settings for the model; null (or absent) when the defaults are used."""
    model: str | Unset = UNSET
    """Model that generates the samples, e.g. `o3-mini`."""
    source: CreateEvalCompletionsRunDataSourceSource
    """Where the items of the run come from."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"type", "input_messages", "sampling_params", "model", "source"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CreateEvalCompletionsRunDataSource"
    ) -> CreateEvalCompletionsRunDataSource:
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
            if type(obj.type) is not str or obj.type != "completions":
                raise wrong_const("completions", obj.type, path, "type")
            obj.input_messages = d.get("input_messages", UNSET)
            if obj.input_messages is not UNSET:
                obj.input_messages = (
                    parse_create_eval_completions_run_data_source_input_messages(
                        obj.input_messages, path + ".input_messages"
                    )
                )
            obj.sampling_params = d.get("sampling_params", UNSET)
            if obj.sampling_params is not UNSET and obj.sampling_params is not None:
                obj.sampling_params = (
                    CreateEvalCompletionsRunDataSourceSamplingParams.from_dict(
                        obj.sampling_params, path + ".sampling_params"
                    )
                )
            obj.model = d.get("model", UNSET)
            if obj.model is not UNSET and type(obj.model) is not str:
                raise wrong_type("string", obj.model, path, "model")
            obj.source = parse_create_eval_completions_run_data_source_source(
                d["source"], path + ".source"
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 2 or (len(d) <= 5 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> CreateEvalCompletionsRunDataSource:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CreateEvalCompletionsRunDataSource"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "source": self.source.to_dict(),
        }
        if self.input_messages is not UNSET:
            data["input_messages"] = self.input_messages.to_dict()
        if self.sampling_params is not UNSET:
            data["sampling_params"] = (
                None if self.sampling_params is None else self.sampling_params.to_dict()
            )
        if self.model is not UNSET:
            data["model"] = self.model
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class CreateEvalCompletionsRunDataSourceInputMessagesTemplate:
    """The CreateEvalCompletionsRunDataSourceInputMessagesTemplate object of the API."""

    type: Literal["template"] = "template"
    """Type discriminator; always `template`."""
    template: list[CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem]
    """Messages sent to the model; their text may contain `{{item.<field>}}` placeholders."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "template"})

    @classmethod
    def from_dict(
        cls,
        data: Any,
        path: str = "CreateEvalCompletionsRunDataSourceInputMessagesTemplate",
    ) -> CreateEvalCompletionsRunDataSourceInputMessagesTemplate:
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
            if type(obj.type) is not str or obj.type != "template":
                raise wrong_const("template", obj.type, path, "type")
            obj.template = parse_list(
                parse_create_eval_completions_run_data_source_input_messages_template_template_item,
                d["template"],
                path,
                "template",
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
    def from_json(
        cls, text: str | bytes
    ) -> CreateEvalCompletionsRunDataSourceInputMessagesTemplate:
        """Parse a JSON document into an instance."""
        return cls.from_dict(
            decode_json(text, "CreateEvalCompletionsRunDataSourceInputMessagesTemplate")
        )

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "template": [v0.to_dict() for v0 in self.template],
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class CreateEvalCompletionsRunDataSourceInputMessagesItemReference:
    """The CreateEvalCompletionsRunDataSourceInputMessagesItemReference object of the API."""

    type: Literal["item_reference"] = "item_reference"
    """Type discriminator; always `item_reference`."""
    item_reference: str
    """Path of the item field that holds the messages, e.g. `item.input_trajectory`."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "item_reference"})

    @classmethod
    def from_dict(
        cls,
        data: Any,
        path: str = "CreateEvalCompletionsRunDataSourceInputMessagesItemReference",
    ) -> CreateEvalCompletionsRunDataSourceInputMessagesItemReference:
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
            if type(obj.type) is not str or obj.type != "item_reference":
                raise wrong_const("item_reference", obj.type, path, "type")
            obj.item_reference = d["item_reference"]
            if type(obj.item_reference) is not str:
                raise wrong_type("string", obj.item_reference, path, "item_reference")
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
    def from_json(
        cls, text: str | bytes
    ) -> CreateEvalCompletionsRunDataSourceInputMessagesItemReference:
        """Parse a JSON document into an instance."""
        return cls.from_dict(
            decode_json(
                text, "CreateEvalCompletionsRunDataSourceInputMessagesItemReference"
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "item_reference": self.item_reference,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class CreateEvalCompletionsRunDataSourceSamplingParams:
    """Sampling settings for the model; null (or absent) when the defaults are used."""

    reasoning_effort: ReasoningEffort | str | None | Unset = UNSET
    temperature: float | Unset = UNSET
    """Sampling temperature; larger values give more varied output.

    The API's default is ``1``.
    """
    max_completion_tokens: int | Unset = UNSET
    """Upper bound on the number of tokens the model may generate."""
    top_p: float | Unset = UNSET
    """Nucleus sampling: only tokens within this cumulative probability are considered (1 =
    all).

    The API's default is ``1``.
    """
    seed: int | Unset = UNSET
    """Seed for the random sampler, for more repeatable outputs.

    The API's default is ``42``.
    """
    response_format: (
        CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat | Unset
    ) = UNSET
    """Output format the model must follow: plain text, JSON that matches a given JSON
    Schema (Structured Outputs), or any valid JSON object (older JSON mode).
    """
    tools: list[ChatCompletionTool] | Unset = UNSET
    """Function tools the model may call while generating (at most 128)."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "reasoning_effort",
            "temperature",
            "max_completion_tokens",
            "top_p",
            "seed",
            "response_format",
            "tools",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CreateEvalCompletionsRunDataSourceSamplingParams"
    ) -> CreateEvalCompletionsRunDataSourceSamplingParams:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.reasoning_effort = d.get("reasoning_effort", UNSET)
        if obj.reasoning_effort is not UNSET and obj.reasoning_effort is not None:
            obj.reasoning_effort = parse_enum(
                ReasoningEffort, obj.reasoning_effort, path, "reasoning_effort"
            )
        obj.temperature = d.get("temperature", UNSET)
        if (
            obj.temperature is not UNSET
            and type(obj.temperature) is not float
            and type(obj.temperature) is not int
        ):
            raise wrong_type("number", obj.temperature, path, "temperature")
        obj.max_completion_tokens = d.get("max_completion_tokens", UNSET)
        if (
            obj.max_completion_tokens is not UNSET
            and type(obj.max_completion_tokens) is not int
        ):
            raise wrong_type(
                "integer", obj.max_completion_tokens, path, "max_completion_tokens"
            )
        obj.top_p = d.get("top_p", UNSET)
        if (
            obj.top_p is not UNSET
            and type(obj.top_p) is not float
            and type(obj.top_p) is not int
        ):
            raise wrong_type("number", obj.top_p, path, "top_p")
        obj.seed = d.get("seed", UNSET)
        if obj.seed is not UNSET and type(obj.seed) is not int:
            raise wrong_type("integer", obj.seed, path, "seed")
        obj.response_format = d.get("response_format", UNSET)
        if obj.response_format is not UNSET:
            obj.response_format = parse_create_eval_completions_run_data_source_sampling_params_response_format(
                obj.response_format, path + ".response_format"
            )
        obj.tools = d.get("tools", UNSET)
        if obj.tools is not UNSET:
            obj.tools = parse_list(
                ChatCompletionTool.from_dict, obj.tools, path, "tools"
            )
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 7 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(
        cls, text: str | bytes
    ) -> CreateEvalCompletionsRunDataSourceSamplingParams:
        """Parse a JSON document into an instance."""
        return cls.from_dict(
            decode_json(text, "CreateEvalCompletionsRunDataSourceSamplingParams")
        )

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.reasoning_effort is not UNSET:
            data["reasoning_effort"] = (
                None
                if self.reasoning_effort is None
                else enum_value(self.reasoning_effort)
            )
        if self.temperature is not UNSET:
            data["temperature"] = self.temperature
        if self.max_completion_tokens is not UNSET:
            data["max_completion_tokens"] = self.max_completion_tokens
        if self.top_p is not UNSET:
            data["top_p"] = self.top_p
        if self.seed is not UNSET:
            data["seed"] = self.seed
        if self.response_format is not UNSET:
            data["response_format"] = self.response_format.to_dict()
        if self.tools is not UNSET:
            data["tools"] = [v0.to_dict() for v0 in self.tools]
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


CreateEvalCompletionsRunDataSourceInputMessages: TypeAlias = (
    CreateEvalCompletionsRunDataSourceInputMessagesTemplate
    | CreateEvalCompletionsRunDataSourceInputMessagesItemReference
    | UnknownVariant
)
"""How the prompt for each item is built: from a message template that may use `{{item.*}}`
variables, or from a list of messages stored in the item itself.
"""

_CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_INPUT_MESSAGES: dict[
    str, Callable[[Any, str], CreateEvalCompletionsRunDataSourceInputMessages]
] = {
    "template": CreateEvalCompletionsRunDataSourceInputMessagesTemplate.from_dict,
    "item_reference": CreateEvalCompletionsRunDataSourceInputMessagesItemReference.from_dict,
}


def parse_create_eval_completions_run_data_source_input_messages(
    data: Any, path: str = "CreateEvalCompletionsRunDataSourceInputMessages"
) -> CreateEvalCompletionsRunDataSourceInputMessages:
    """Parse one CreateEvalCompletionsRunDataSourceInputMessages from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_INPUT_MESSAGES.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)


CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem: TypeAlias = (
    EasyInputMessage | EvalItem
)


def parse_create_eval_completions_run_data_source_input_messages_template_template_item(
    data: Any,
    path: str = "CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem",
) -> CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem:
    """Parse one CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, dict):
        try:
            return EasyInputMessage.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
        try:
            return EvalItem.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(path, "EasyInputMessage or EvalItem", data, problems)


CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat: TypeAlias = (
    ResponseFormatText
    | ResponseFormatJsonSchema
    | ResponseFormatJsonObject
    | UnknownVariant
)
"""Output format the model must follow: plain text, JSON that matches a given JSON Schema
(Structured Outputs), or any valid JSON object (older JSON mode).
"""

_CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_SAMPLING_PARAMS_RESPONSE_FORMAT: dict[
    str,
    Callable[
        [Any, str], CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat
    ],
] = {
    "text": ResponseFormatText.from_dict,
    "json_schema": ResponseFormatJsonSchema.from_dict,
    "json_object": ResponseFormatJsonObject.from_dict,
}


def parse_create_eval_completions_run_data_source_sampling_params_response_format(
    data: Any,
    path: str = "CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat",
) -> CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat:
    """Parse one CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = (
        _CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_SAMPLING_PARAMS_RESPONSE_FORMAT.get(
            tag
        )
    )
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)


CreateEvalCompletionsRunDataSourceSource: TypeAlias = (
    EvalJsonlFileContentSource
    | EvalJsonlFileIdSource
    | EvalStoredCompletionsSource
    | UnknownVariant
)
"""Where the items of the run come from."""

_CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_SOURCE: dict[
    str, Callable[[Any, str], CreateEvalCompletionsRunDataSourceSource]
] = {
    "file_content": EvalJsonlFileContentSource.from_dict,
    "file_id": EvalJsonlFileIdSource.from_dict,
    "stored_completions": EvalStoredCompletionsSource.from_dict,
}


def parse_create_eval_completions_run_data_source_source(
    data: Any, path: str = "CreateEvalCompletionsRunDataSourceSource"
) -> CreateEvalCompletionsRunDataSourceSource:
    """Parse one CreateEvalCompletionsRunDataSourceSource from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_SOURCE.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
