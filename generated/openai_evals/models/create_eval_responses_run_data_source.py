"""Generated from the API spec: CreateEvalResponsesRunDataSource,
CreateEvalResponsesRunDataSourceInputMessagesTemplate,
CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1,
CreateEvalResponsesRunDataSourceInputMessagesItemReference,
CreateEvalResponsesRunDataSourceSamplingParams,
CreateEvalResponsesRunDataSourceSamplingParamsText,
CreateEvalResponsesRunDataSourceInputMessages,
CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem,
CreateEvalResponsesRunDataSourceSource.
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
from .eval_item import EvalItem
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource
from .eval_responses_source import EvalResponsesSource
from .reasoning_effort import ReasoningEffort
from .text_response_format_configuration import (
    TextResponseFormatConfiguration,
    parse_text_response_format_configuration,
)
from .tool import Tool, parse_tool


@dataclass(slots=True, kw_only=True)
class CreateEvalResponsesRunDataSource:
    """Run data source that generates each sample with the Responses API, or reads items
    from stored responses, before grading.
    """

    type: Literal["responses"] = "responses"
    """Type discriminator; always `responses`.

    The API's default is ``"responses"``.
    """
    input_messages: CreateEvalResponsesRunDataSourceInputMessages | Unset = UNSET
    """How the input for each item is built: from a message template that may use
    `{{item.*}}` variables, or from messages stored in the item itself.
    """
    sampling_params: CreateEvalResponsesRunDataSourceSamplingParams | Unset = UNSET
    model: str | Unset = UNSET
    """Model that generates the samples, e.g. `o3-mini`."""
    source: CreateEvalResponsesRunDataSourceSource
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
        cls, data: Any, path: str = "CreateEvalResponsesRunDataSource"
    ) -> CreateEvalResponsesRunDataSource:
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
            if type(obj.type) is not str or obj.type != "responses":
                raise wrong_const("responses", obj.type, path, "type")
            obj.input_messages = d.get("input_messages", UNSET)
            if obj.input_messages is not UNSET:
                obj.input_messages = (
                    parse_create_eval_responses_run_data_source_input_messages(
                        obj.input_messages, path + ".input_messages"
                    )
                )
            obj.sampling_params = d.get("sampling_params", UNSET)
            if obj.sampling_params is not UNSET:
                obj.sampling_params = (
                    CreateEvalResponsesRunDataSourceSamplingParams.from_dict(
                        obj.sampling_params, path + ".sampling_params"
                    )
                )
            obj.model = d.get("model", UNSET)
            if obj.model is not UNSET and type(obj.model) is not str:
                raise wrong_type("string", obj.model, path, "model")
            obj.source = parse_create_eval_responses_run_data_source_source(
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
    def from_json(cls, text: str | bytes) -> CreateEvalResponsesRunDataSource:
        """Parse a JSON document into an instance."""
        return cls.from_dict(decode_json(text, "CreateEvalResponsesRunDataSource"))

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "type": self.type,
            "source": self.source.to_dict(),
        }
        if self.input_messages is not UNSET:
            data["input_messages"] = self.input_messages.to_dict()
        if self.sampling_params is not UNSET:
            data["sampling_params"] = self.sampling_params.to_dict()
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
class CreateEvalResponsesRunDataSourceInputMessagesTemplate:
    """The CreateEvalResponsesRunDataSourceInputMessagesTemplate object of the API."""

    type: Literal["template"] = "template"
    """Type discriminator; always `template`."""
    template: list[CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem]
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
        path: str = "CreateEvalResponsesRunDataSourceInputMessagesTemplate",
    ) -> CreateEvalResponsesRunDataSourceInputMessagesTemplate:
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
                parse_create_eval_responses_run_data_source_input_messages_template_template_item,
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
    ) -> CreateEvalResponsesRunDataSourceInputMessagesTemplate:
        """Parse a JSON document into an instance."""
        return cls.from_dict(
            decode_json(text, "CreateEvalResponsesRunDataSourceInputMessagesTemplate")
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
class CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1:
    """The CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1 object
    of the API.
    """

    role: str
    """Author of the message, such as `system`, `user` or `assistant`."""
    content: str
    """Text of the message."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"role", "content"})

    @classmethod
    def from_dict(
        cls,
        data: Any,
        path: str = "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1",
    ) -> CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        try:
            obj.role = d["role"]
            if type(obj.role) is not str:
                raise wrong_type("string", obj.role, path, "role")
            obj.content = d["content"]
            if type(obj.content) is not str:
                raise wrong_type("string", obj.content, path, "content")
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
    ) -> CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1:
        """Parse a JSON document into an instance."""
        return cls.from_dict(
            decode_json(
                text,
                "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1",
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {
            "role": self.role,
            "content": self.content,
        }
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class CreateEvalResponsesRunDataSourceInputMessagesItemReference:
    """The CreateEvalResponsesRunDataSourceInputMessagesItemReference object of the API."""

    type: Literal["item_reference"] = "item_reference"
    """Type discriminator; always `item_reference`."""
    item_reference: str
    """Path of the item field that holds the input, e.g. `item.name`."""
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"type", "item_reference"})

    @classmethod
    def from_dict(
        cls,
        data: Any,
        path: str = "CreateEvalResponsesRunDataSourceInputMessagesItemReference",
    ) -> CreateEvalResponsesRunDataSourceInputMessagesItemReference:
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
    ) -> CreateEvalResponsesRunDataSourceInputMessagesItemReference:
        """Parse a JSON document into an instance."""
        return cls.from_dict(
            decode_json(
                text, "CreateEvalResponsesRunDataSourceInputMessagesItemReference"
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
class CreateEvalResponsesRunDataSourceSamplingParams:
    """The CreateEvalResponsesRunDataSourceSamplingParams object of the API."""

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
    tools: list[Tool] | Unset = UNSET
    """Tools the model may use while generating: hosted tools run by OpenAI (web search,
    file search and others) and tools you define (functions, custom tools).
    """
    text: CreateEvalResponsesRunDataSourceSamplingParamsText | Unset = UNSET
    """Options for the text output, such as requiring JSON that follows a schema."""
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
            "tools",
            "text",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CreateEvalResponsesRunDataSourceSamplingParams"
    ) -> CreateEvalResponsesRunDataSourceSamplingParams:
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
        obj.tools = d.get("tools", UNSET)
        if obj.tools is not UNSET:
            obj.tools = parse_list(parse_tool, obj.tools, path, "tools")
        obj.text = d.get("text", UNSET)
        if obj.text is not UNSET:
            obj.text = CreateEvalResponsesRunDataSourceSamplingParamsText.from_dict(
                obj.text, path + ".text"
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
    ) -> CreateEvalResponsesRunDataSourceSamplingParams:
        """Parse a JSON document into an instance."""
        return cls.from_dict(
            decode_json(text, "CreateEvalResponsesRunDataSourceSamplingParams")
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
        if self.tools is not UNSET:
            data["tools"] = [v0.to_dict() for v0 in self.tools]
        if self.text is not UNSET:
            data["text"] = self.text.to_dict()
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


@dataclass(slots=True, kw_only=True)
class CreateEvalResponsesRunDataSourceSamplingParamsText:
    """Options for the text output, such as requiring JSON that follows a schema."""

    format: TextResponseFormatConfiguration | Unset = UNSET
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back.

    Read-only once parsed: assign a new mapping to change them.
    """

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"format"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CreateEvalResponsesRunDataSourceSamplingParamsText"
    ) -> CreateEvalResponsesRunDataSourceSamplingParamsText:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        if type(data) is not dict:
            raise wrong_type("object", data, path, None)
        d: dict[str, Any] = data
        # Filling the slots directly is several times faster than calling __init__.
        obj = cls.__new__(cls)
        obj.format = d.get("format", UNSET)
        if obj.format is not UNSET:
            obj.format = parse_text_response_format_configuration(
                obj.format, path + ".format"
            )
        # All required properties are present: if there are no more, there are no others,
        # and if there are more than the spec has, some are others.
        if len(d) == 0 or (len(d) <= 1 and cls._FIELDS.issuperset(d)):
            obj.extra = NO_EXTRA
        else:
            obj.extra = extra_fields(d, cls._FIELDS)
        return obj

    @classmethod
    def from_json(
        cls, text: str | bytes
    ) -> CreateEvalResponsesRunDataSourceSamplingParamsText:
        """Parse a JSON document into an instance."""
        return cls.from_dict(
            decode_json(text, "CreateEvalResponsesRunDataSourceSamplingParamsText")
        )

    def to_dict(self) -> dict[str, Any]:
        """This instance as JSON data: fields never set are left out, extra properties kept."""
        data: dict[str, Any] = {}
        if self.format is not UNSET:
            data["format"] = self.format.to_dict()
        if self.extra:
            for key, value in self.extra.items():
                data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        """This instance as a compact JSON document."""
        return encode_json(self.to_dict())


CreateEvalResponsesRunDataSourceInputMessages: TypeAlias = (
    CreateEvalResponsesRunDataSourceInputMessagesTemplate
    | CreateEvalResponsesRunDataSourceInputMessagesItemReference
    | UnknownVariant
)
"""How the input for each item is built: from a message template that may use `{{item.*}}`
variables, or from messages stored in the item itself.
"""

_CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_INPUT_MESSAGES: dict[
    str, Callable[[Any, str], CreateEvalResponsesRunDataSourceInputMessages]
] = {
    "template": CreateEvalResponsesRunDataSourceInputMessagesTemplate.from_dict,
    "item_reference": CreateEvalResponsesRunDataSourceInputMessagesItemReference.from_dict,
}


def parse_create_eval_responses_run_data_source_input_messages(
    data: Any, path: str = "CreateEvalResponsesRunDataSourceInputMessages"
) -> CreateEvalResponsesRunDataSourceInputMessages:
    """Parse one CreateEvalResponsesRunDataSourceInputMessages from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_INPUT_MESSAGES.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)


CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem: TypeAlias = (
    CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1 | EvalItem
)


def parse_create_eval_responses_run_data_source_input_messages_template_template_item(
    data: Any,
    path: str = "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem",
) -> CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem:
    """Parse one CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem from decoded JSON: the first variant that fits, in order."""
    problems: list[str] = []
    if isinstance(data, dict):
        try:
            return CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1.from_dict(
                data, path
            )
        except ParseError as error:
            problems.append(str(error))
        try:
            return EvalItem.from_dict(data, path)
        except ParseError as error:
            problems.append(str(error))
    raise no_variant(
        path,
        "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1 or EvalItem",
        data,
        problems,
    )


CreateEvalResponsesRunDataSourceSource: TypeAlias = (
    EvalJsonlFileContentSource
    | EvalJsonlFileIdSource
    | EvalResponsesSource
    | UnknownVariant
)
"""Where the items of the run come from."""

_CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_SOURCE: dict[
    str, Callable[[Any, str], CreateEvalResponsesRunDataSourceSource]
] = {
    "file_content": EvalJsonlFileContentSource.from_dict,
    "file_id": EvalJsonlFileIdSource.from_dict,
    "responses": EvalResponsesSource.from_dict,
}


def parse_create_eval_responses_run_data_source_source(
    data: Any, path: str = "CreateEvalResponsesRunDataSourceSource"
) -> CreateEvalResponsesRunDataSourceSource:
    """Parse one CreateEvalResponsesRunDataSourceSource from decoded JSON, choosing the variant by its tag.

    The tag is the type property. An unknown tag gives an
    UnknownVariant that keeps the data as received.
    """
    d = expect_object(data, path, None)
    tag = d.get("type")
    if type(tag) is not str:
        raise ParseError(
            at(path, "type"), "missing or not a string: cannot choose a variant"
        )
    parse = _CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_SOURCE.get(tag)
    if parse is None:
        return UnknownVariant(tag, d)
    return parse(d, path)
