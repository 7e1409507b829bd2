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

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._runtime import (
    UNSET,
    ParseError,
    UnknownVariant,
    Unset,
    at,
    decode_json,
    encode_json,
    enum_value,
    expect_const,
    expect_int,
    expect_list,
    expect_number,
    expect_object,
    expect_str,
    extra_fields,
    parse_enum,
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
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

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
        d = expect_object(data, path, None)
        try:
            type: Literal["responses"] = expect_const(
                d["type"], "responses", path, "type"
            )
            input_messages = d.get("input_messages", UNSET)
            if input_messages is not UNSET:
                input_messages = (
                    parse_create_eval_responses_run_data_source_input_messages(
                        input_messages, at(path, "input_messages")
                    )
                )
            sampling_params = d.get("sampling_params", UNSET)
            if sampling_params is not UNSET:
                sampling_params = (
                    CreateEvalResponsesRunDataSourceSamplingParams.from_dict(
                        sampling_params, at(path, "sampling_params")
                    )
                )
            model = d.get("model", UNSET)
            if model is not UNSET:
                model = expect_str(model, path, "model")
            source = parse_create_eval_responses_run_data_source_source(
                d["source"], at(path, "source")
            )
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            type=type,
            input_messages=input_messages,
            sampling_params=sampling_params,
            model=model,
            source=source,
            extra=extra_fields(d, cls._FIELDS),
        )

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
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

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
        d = expect_object(data, path, None)
        try:
            type: Literal["template"] = expect_const(
                d["type"], "template", path, "type"
            )
            template = [
                parse_create_eval_responses_run_data_source_input_messages_template_template_item(
                    v0, at(at(path, "template"), i0)
                )
                for i0, v0 in enumerate(expect_list(d["template"], path, "template"))
            ]
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            type=type,
            template=template,
            extra=extra_fields(d, cls._FIELDS),
        )

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
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

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
        d = expect_object(data, path, None)
        try:
            role = expect_str(d["role"], path, "role")
            content = expect_str(d["content"], path, "content")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            role=role,
            content=content,
            extra=extra_fields(d, cls._FIELDS),
        )

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
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

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
        d = expect_object(data, path, None)
        try:
            type: Literal["item_reference"] = expect_const(
                d["type"], "item_reference", path, "type"
            )
            item_reference = expect_str(d["item_reference"], path, "item_reference")
        except KeyError as missing:
            raise ParseError(
                at(path, missing.args[0]), "missing required field"
            ) from None
        return cls(
            type=type,
            item_reference=item_reference,
            extra=extra_fields(d, cls._FIELDS),
        )

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
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

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
        d = expect_object(data, path, None)
        reasoning_effort = d.get("reasoning_effort", UNSET)
        if reasoning_effort is not UNSET and reasoning_effort is not None:
            reasoning_effort = parse_enum(
                ReasoningEffort, reasoning_effort, path, "reasoning_effort"
            )
        temperature = d.get("temperature", UNSET)
        if temperature is not UNSET:
            temperature = expect_number(temperature, path, "temperature")
        max_completion_tokens = d.get("max_completion_tokens", UNSET)
        if max_completion_tokens is not UNSET:
            max_completion_tokens = expect_int(
                max_completion_tokens, path, "max_completion_tokens"
            )
        top_p = d.get("top_p", UNSET)
        if top_p is not UNSET:
            top_p = expect_number(top_p, path, "top_p")
        seed = d.get("seed", UNSET)
        if seed is not UNSET:
            seed = expect_int(seed, path, "seed")
        tools = d.get("tools", UNSET)
        if tools is not UNSET:
            tools = [
                parse_tool(v0, at(at(path, "tools"), i0))
                for i0, v0 in enumerate(expect_list(tools, path, "tools"))
            ]
        text = d.get("text", UNSET)
        if text is not UNSET:
            text = CreateEvalResponsesRunDataSourceSamplingParamsText.from_dict(
                text, at(path, "text")
            )
        return cls(
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
            tools=tools,
            text=text,
            extra=extra_fields(d, cls._FIELDS),
        )

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
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Properties the API spec does not describe, kept as received and sent back."""

    _FIELDS: ClassVar[frozenset[str]] = frozenset({"format"})

    @classmethod
    def from_dict(
        cls, data: Any, path: str = "CreateEvalResponsesRunDataSourceSamplingParamsText"
    ) -> CreateEvalResponsesRunDataSourceSamplingParamsText:
        """Build an instance from decoded JSON, checking every value.

        Raises ParseError naming the JSON path of the first value that does not fit.
        """
        d = expect_object(data, path, None)
        format = d.get("format", UNSET)
        if format is not UNSET:
            format = parse_text_response_format_configuration(
                format, at(path, "format")
            )
        return cls(
            format=format,
            extra=extra_fields(d, cls._FIELDS),
        )

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
    try:
        return CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1.from_dict(
            data, at(path, None)
        )
    except ParseError as error:
        problems.append(str(error))
    try:
        return EvalItem.from_dict(data, at(path, None))
    except ParseError as error:
        problems.append(str(error))
    raise ParseError(
        path,
        "fits no variant of CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem ("
        + "; ".join(problems or ["wrong JSON type"])
        + ")",
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
