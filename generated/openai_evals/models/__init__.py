"""Every model, enum and union of the API, with the helpers to parse and dump them.

Import what you need from here: ``from openai_evals.models import Eval``. Each
name's module is loaded the first time the name is used, so importing this
package stays cheap however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .._runtime import UNSET, ParseError, UnknownVariant, Unset

if TYPE_CHECKING:
    from .apply_patch_tool_param import ApplyPatchToolParam as ApplyPatchToolParam
    from .approximate_location import ApproximateLocation as ApproximateLocation
    from .auto_code_interpreter_tool_param import (
        AutoCodeInterpreterToolParam as AutoCodeInterpreterToolParam,
    )
    from .auto_code_interpreter_tool_param import (
        AutoCodeInterpreterToolParamNetworkPolicy as AutoCodeInterpreterToolParamNetworkPolicy,
    )
    from .auto_code_interpreter_tool_param import (
        parse_auto_code_interpreter_tool_param_network_policy as parse_auto_code_interpreter_tool_param_network_policy,
    )
    from .callable_tool_allowed_caller import (
        CallableToolAllowedCaller as CallableToolAllowedCaller,
    )
    from .chat_completion_tool import ChatCompletionTool as ChatCompletionTool
    from .code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
    from .code_interpreter_tool import (
        CodeInterpreterToolContainer as CodeInterpreterToolContainer,
    )
    from .code_interpreter_tool import (
        dump_code_interpreter_tool_container as dump_code_interpreter_tool_container,
    )
    from .code_interpreter_tool import (
        parse_code_interpreter_tool_container as parse_code_interpreter_tool_container,
    )
    from .comparison_filter import ComparisonFilter as ComparisonFilter
    from .comparison_filter import ComparisonFilterType as ComparisonFilterType
    from .comparison_filter import ComparisonFilterValue as ComparisonFilterValue
    from .comparison_filter import (
        ComparisonFilterValueVariant4Item as ComparisonFilterValueVariant4Item,
    )
    from .comparison_filter import (
        parse_comparison_filter_value as parse_comparison_filter_value,
    )
    from .comparison_filter import (
        parse_comparison_filter_value_variant4_item as parse_comparison_filter_value_variant4_item,
    )
    from .compound_filter import CompoundFilter as CompoundFilter
    from .compound_filter import CompoundFilterFiltersItem as CompoundFilterFiltersItem
    from .compound_filter import CompoundFilterType as CompoundFilterType
    from .compound_filter import (
        parse_compound_filter_filters_item as parse_compound_filter_filters_item,
    )
    from .computer_environment import ComputerEnvironment as ComputerEnvironment
    from .computer_tool import ComputerTool as ComputerTool
    from .computer_use_preview_tool import (
        ComputerUsePreviewTool as ComputerUsePreviewTool,
    )
    from .container_auto_param import ContainerAutoParam as ContainerAutoParam
    from .container_auto_param import (
        ContainerAutoParamNetworkPolicy as ContainerAutoParamNetworkPolicy,
    )
    from .container_auto_param import (
        ContainerAutoParamSkillsItem as ContainerAutoParamSkillsItem,
    )
    from .container_auto_param import (
        parse_container_auto_param_network_policy as parse_container_auto_param_network_policy,
    )
    from .container_auto_param import (
        parse_container_auto_param_skills_item as parse_container_auto_param_skills_item,
    )
    from .container_memory_limit import ContainerMemoryLimit as ContainerMemoryLimit
    from .container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam as ContainerNetworkPolicyAllowlistParam,
    )
    from .container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam as ContainerNetworkPolicyDisabledParam,
    )
    from .container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam as ContainerNetworkPolicyDomainSecretParam,
    )
    from .container_reference_param import (
        ContainerReferenceParam as ContainerReferenceParam,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource as CreateEvalCompletionsRunDataSource,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSourceInputMessages as CreateEvalCompletionsRunDataSourceInputMessages,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSourceInputMessagesItemReference as CreateEvalCompletionsRunDataSourceInputMessagesItemReference,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSourceInputMessagesTemplate as CreateEvalCompletionsRunDataSourceInputMessagesTemplate,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem as CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSourceSamplingParams as CreateEvalCompletionsRunDataSourceSamplingParams,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat as CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSourceSource as CreateEvalCompletionsRunDataSourceSource,
    )
    from .create_eval_completions_run_data_source import (
        parse_create_eval_completions_run_data_source_input_messages as parse_create_eval_completions_run_data_source_input_messages,
    )
    from .create_eval_completions_run_data_source import (
        parse_create_eval_completions_run_data_source_input_messages_template_template_item as parse_create_eval_completions_run_data_source_input_messages_template_template_item,
    )
    from .create_eval_completions_run_data_source import (
        parse_create_eval_completions_run_data_source_sampling_params_response_format as parse_create_eval_completions_run_data_source_sampling_params_response_format,
    )
    from .create_eval_completions_run_data_source import (
        parse_create_eval_completions_run_data_source_source as parse_create_eval_completions_run_data_source_source,
    )
    from .create_eval_custom_data_source_config import (
        CreateEvalCustomDataSourceConfig as CreateEvalCustomDataSourceConfig,
    )
    from .create_eval_item import CreateEvalItem as CreateEvalItem
    from .create_eval_item import CreateEvalItemVariant1 as CreateEvalItemVariant1
    from .create_eval_item import parse_create_eval_item as parse_create_eval_item
    from .create_eval_jsonl_run_data_source import (
        CreateEvalJsonlRunDataSource as CreateEvalJsonlRunDataSource,
    )
    from .create_eval_jsonl_run_data_source import (
        CreateEvalJsonlRunDataSourceSource as CreateEvalJsonlRunDataSourceSource,
    )
    from .create_eval_jsonl_run_data_source import (
        parse_create_eval_jsonl_run_data_source_source as parse_create_eval_jsonl_run_data_source_source,
    )
    from .create_eval_label_model_grader import (
        CreateEvalLabelModelGrader as CreateEvalLabelModelGrader,
    )
    from .create_eval_logs_data_source_config import (
        CreateEvalLogsDataSourceConfig as CreateEvalLogsDataSourceConfig,
    )
    from .create_eval_request import CreateEvalRequest as CreateEvalRequest
    from .create_eval_request import (
        CreateEvalRequestDataSourceConfig as CreateEvalRequestDataSourceConfig,
    )
    from .create_eval_request import (
        CreateEvalRequestTestingCriteriaItem as CreateEvalRequestTestingCriteriaItem,
    )
    from .create_eval_request import (
        parse_create_eval_request_data_source_config as parse_create_eval_request_data_source_config,
    )
    from .create_eval_request import (
        parse_create_eval_request_testing_criteria_item as parse_create_eval_request_testing_criteria_item,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource as CreateEvalResponsesRunDataSource,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSourceInputMessages as CreateEvalResponsesRunDataSourceInputMessages,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSourceInputMessagesItemReference as CreateEvalResponsesRunDataSourceInputMessagesItemReference,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSourceInputMessagesTemplate as CreateEvalResponsesRunDataSourceInputMessagesTemplate,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem as CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1 as CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSourceSamplingParams as CreateEvalResponsesRunDataSourceSamplingParams,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSourceSamplingParamsText as CreateEvalResponsesRunDataSourceSamplingParamsText,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSourceSource as CreateEvalResponsesRunDataSourceSource,
    )
    from .create_eval_responses_run_data_source import (
        parse_create_eval_responses_run_data_source_input_messages as parse_create_eval_responses_run_data_source_input_messages,
    )
    from .create_eval_responses_run_data_source import (
        parse_create_eval_responses_run_data_source_input_messages_template_template_item as parse_create_eval_responses_run_data_source_input_messages_template_template_item,
    )
    from .create_eval_responses_run_data_source import (
        parse_create_eval_responses_run_data_source_source as parse_create_eval_responses_run_data_source_source,
    )
    from .create_eval_run_request import CreateEvalRunRequest as CreateEvalRunRequest
    from .create_eval_run_request import (
        CreateEvalRunRequestDataSource as CreateEvalRunRequestDataSource,
    )
    from .create_eval_run_request import (
        parse_create_eval_run_request_data_source as parse_create_eval_run_request_data_source,
    )
    from .create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig as CreateEvalStoredCompletionsDataSourceConfig,
    )
    from .custom_grammar_format_param import (
        CustomGrammarFormatParam as CustomGrammarFormatParam,
    )
    from .custom_text_format_param import CustomTextFormatParam as CustomTextFormatParam
    from .custom_tool_param import CustomToolParam as CustomToolParam
    from .custom_tool_param import CustomToolParamFormat as CustomToolParamFormat
    from .custom_tool_param import (
        parse_custom_tool_param_format as parse_custom_tool_param_format,
    )
    from .delete_eval import DeleteEvalResponse as DeleteEvalResponse
    from .delete_eval_run import DeleteEvalRunResponse as DeleteEvalRunResponse
    from .easy_input_message import EasyInputMessage as EasyInputMessage
    from .easy_input_message import EasyInputMessageContent as EasyInputMessageContent
    from .easy_input_message import EasyInputMessageRole as EasyInputMessageRole
    from .easy_input_message import (
        dump_easy_input_message_content as dump_easy_input_message_content,
    )
    from .easy_input_message import (
        parse_easy_input_message_content as parse_easy_input_message_content,
    )
    from .error import Error as Error
    from .error_response import ErrorResponse as ErrorResponse
    from .eval import Eval as Eval
    from .eval import EvalDataSourceConfig as EvalDataSourceConfig
    from .eval import EvalTestingCriteriaItem as EvalTestingCriteriaItem
    from .eval import parse_eval_data_source_config as parse_eval_data_source_config
    from .eval import (
        parse_eval_testing_criteria_item as parse_eval_testing_criteria_item,
    )
    from .eval_api_error import EvalApiError as EvalApiError
    from .eval_custom_data_source_config import (
        EvalCustomDataSourceConfig as EvalCustomDataSourceConfig,
    )
    from .eval_grader_python import EvalGraderPython as EvalGraderPython
    from .eval_grader_score_model import EvalGraderScoreModel as EvalGraderScoreModel
    from .eval_grader_score_model import (
        EvalGraderScoreModelSamplingParams as EvalGraderScoreModelSamplingParams,
    )
    from .eval_grader_text_similarity import (
        EvalGraderTextSimilarity as EvalGraderTextSimilarity,
    )
    from .eval_grader_text_similarity import (
        EvalGraderTextSimilarityEvaluationMetric as EvalGraderTextSimilarityEvaluationMetric,
    )
    from .eval_item import EvalItem as EvalItem
    from .eval_item import EvalItemRole as EvalItemRole
    from .eval_item_content import EvalItemContent as EvalItemContent
    from .eval_item_content import dump_eval_item_content as dump_eval_item_content
    from .eval_item_content import parse_eval_item_content as parse_eval_item_content
    from .eval_item_content_item import EvalItemContentItem as EvalItemContentItem
    from .eval_item_content_item import (
        dump_eval_item_content_item as dump_eval_item_content_item,
    )
    from .eval_item_content_item import (
        parse_eval_item_content_item as parse_eval_item_content_item,
    )
    from .eval_item_content_output_text import (
        EvalItemContentOutputText as EvalItemContentOutputText,
    )
    from .eval_item_input_image import EvalItemInputImage as EvalItemInputImage
    from .eval_jsonl_file_content_source import (
        EvalJsonlFileContentSource as EvalJsonlFileContentSource,
    )
    from .eval_jsonl_file_content_source import (
        EvalJsonlFileContentSourceContentItem as EvalJsonlFileContentSourceContentItem,
    )
    from .eval_jsonl_file_id_source import (
        EvalJsonlFileIdSource as EvalJsonlFileIdSource,
    )
    from .eval_list import EvalList as EvalList
    from .eval_logs_data_source_config import (
        EvalLogsDataSourceConfig as EvalLogsDataSourceConfig,
    )
    from .eval_responses_source import EvalResponsesSource as EvalResponsesSource
    from .eval_run import EvalRun as EvalRun
    from .eval_run import EvalRunDataSource as EvalRunDataSource
    from .eval_run import EvalRunPerModelUsageItem as EvalRunPerModelUsageItem
    from .eval_run import (
        EvalRunPerTestingCriteriaResultsItem as EvalRunPerTestingCriteriaResultsItem,
    )
    from .eval_run import EvalRunResultCounts as EvalRunResultCounts
    from .eval_run import parse_eval_run_data_source as parse_eval_run_data_source
    from .eval_run_list import EvalRunList as EvalRunList
    from .eval_run_output_item import EvalRunOutputItem as EvalRunOutputItem
    from .eval_run_output_item import EvalRunOutputItemSample as EvalRunOutputItemSample
    from .eval_run_output_item import (
        EvalRunOutputItemSampleInputItem as EvalRunOutputItemSampleInputItem,
    )
    from .eval_run_output_item import (
        EvalRunOutputItemSampleOutputItem as EvalRunOutputItemSampleOutputItem,
    )
    from .eval_run_output_item import (
        EvalRunOutputItemSampleUsage as EvalRunOutputItemSampleUsage,
    )
    from .eval_run_output_item_list import (
        EvalRunOutputItemList as EvalRunOutputItemList,
    )
    from .eval_run_output_item_result import (
        EvalRunOutputItemResult as EvalRunOutputItemResult,
    )
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .eval_stored_completions_source import (
        EvalStoredCompletionsSource as EvalStoredCompletionsSource,
    )
    from .file_input_detail import FileInputDetail as FileInputDetail
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .filters import Filters as Filters
    from .filters import parse_filters as parse_filters
    from .function_object import FunctionObject as FunctionObject
    from .function_shell_tool_param import (
        FunctionShellToolParam as FunctionShellToolParam,
    )
    from .function_shell_tool_param import (
        FunctionShellToolParamEnvironment as FunctionShellToolParamEnvironment,
    )
    from .function_shell_tool_param import (
        parse_function_shell_tool_param_environment as parse_function_shell_tool_param_environment,
    )
    from .function_tool import FunctionTool as FunctionTool
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .get_eval_run_output_items import (
        GetEvalRunOutputItemsOrder as GetEvalRunOutputItemsOrder,
    )
    from .get_eval_run_output_items import (
        GetEvalRunOutputItemsStatus as GetEvalRunOutputItemsStatus,
    )
    from .get_eval_runs import GetEvalRunsOrder as GetEvalRunsOrder
    from .get_eval_runs import GetEvalRunsStatus as GetEvalRunsStatus
    from .grader_label_model import GraderLabelModel as GraderLabelModel
    from .grader_python import GraderPython as GraderPython
    from .grader_score_model import GraderScoreModel as GraderScoreModel
    from .grader_score_model import (
        GraderScoreModelSamplingParams as GraderScoreModelSamplingParams,
    )
    from .grader_string_check import GraderStringCheck as GraderStringCheck
    from .grader_string_check import (
        GraderStringCheckOperation as GraderStringCheckOperation,
    )
    from .grader_text_similarity import GraderTextSimilarity as GraderTextSimilarity
    from .grader_text_similarity import (
        GraderTextSimilarityEvaluationMetric as GraderTextSimilarityEvaluationMetric,
    )
    from .grammar_syntax1 import GrammarSyntax1 as GrammarSyntax1
    from .hybrid_search_options import HybridSearchOptions as HybridSearchOptions
    from .image_detail import ImageDetail as ImageDetail
    from .image_gen_action_enum import ImageGenActionEnum as ImageGenActionEnum
    from .image_gen_tool import ImageGenTool as ImageGenTool
    from .image_gen_tool import ImageGenToolBackground as ImageGenToolBackground
    from .image_gen_tool import ImageGenToolInputImageMask as ImageGenToolInputImageMask
    from .image_gen_tool import ImageGenToolModel as ImageGenToolModel
    from .image_gen_tool import ImageGenToolModeration as ImageGenToolModeration
    from .image_gen_tool import ImageGenToolOutputFormat as ImageGenToolOutputFormat
    from .image_gen_tool import ImageGenToolQuality as ImageGenToolQuality
    from .image_gen_tool import ImageGenToolSize as ImageGenToolSize
    from .inline_skill_param import InlineSkillParam as InlineSkillParam
    from .inline_skill_source_param import (
        InlineSkillSourceParam as InlineSkillSourceParam,
    )
    from .input_audio import InputAudio as InputAudio
    from .input_audio import InputAudioInputAudio as InputAudioInputAudio
    from .input_audio import InputAudioInputAudioFormat as InputAudioInputAudioFormat
    from .input_content import InputContent as InputContent
    from .input_content import parse_input_content as parse_input_content
    from .input_fidelity import InputFidelity as InputFidelity
    from .input_file_content import InputFileContent as InputFileContent
    from .input_image_content import InputImageContent as InputImageContent
    from .input_text_content import InputTextContent as InputTextContent
    from .list_evals import ListEvalsOrder as ListEvalsOrder
    from .list_evals import ListEvalsOrderBy as ListEvalsOrderBy
    from .local_environment_param import LocalEnvironmentParam as LocalEnvironmentParam
    from .local_shell_tool_param import LocalShellToolParam as LocalShellToolParam
    from .local_skill_param import LocalSkillParam as LocalSkillParam
    from .mcp_tool import MCPTool as MCPTool
    from .mcp_tool import MCPToolAllowedTools as MCPToolAllowedTools
    from .mcp_tool import MCPToolConnectorId as MCPToolConnectorId
    from .mcp_tool import MCPToolRequireApproval as MCPToolRequireApproval
    from .mcp_tool import (
        MCPToolRequireApprovalVariant1 as MCPToolRequireApprovalVariant1,
    )
    from .mcp_tool import (
        MCPToolRequireApprovalVariant2 as MCPToolRequireApprovalVariant2,
    )
    from .mcp_tool import dump_mcp_tool_allowed_tools as dump_mcp_tool_allowed_tools
    from .mcp_tool import (
        dump_mcp_tool_require_approval as dump_mcp_tool_require_approval,
    )
    from .mcp_tool import parse_mcp_tool_allowed_tools as parse_mcp_tool_allowed_tools
    from .mcp_tool import (
        parse_mcp_tool_require_approval as parse_mcp_tool_require_approval,
    )
    from .mcp_tool_filter import MCPToolFilter as MCPToolFilter
    from .message_phase import MessagePhase as MessagePhase
    from .namespace_tool_param import NamespaceToolParam as NamespaceToolParam
    from .namespace_tool_param import (
        NamespaceToolParamToolsItem as NamespaceToolParamToolsItem,
    )
    from .namespace_tool_param import (
        parse_namespace_tool_param_tools_item as parse_namespace_tool_param_tools_item,
    )
    from .programmatic_tool_calling_param import (
        ProgrammaticToolCallingParam as ProgrammaticToolCallingParam,
    )
    from .prompt_cache_breakpoint_config import (
        PromptCacheBreakpointConfig as PromptCacheBreakpointConfig,
    )
    from .ranker_version_type import RankerVersionType as RankerVersionType
    from .ranking_options import RankingOptions as RankingOptions
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .response_format_json_object import (
        ResponseFormatJsonObject as ResponseFormatJsonObject,
    )
    from .response_format_json_schema import (
        ResponseFormatJsonSchema as ResponseFormatJsonSchema,
    )
    from .response_format_json_schema import (
        ResponseFormatJsonSchemaJsonSchema as ResponseFormatJsonSchemaJsonSchema,
    )
    from .response_format_text import ResponseFormatText as ResponseFormatText
    from .search_content_type import SearchContentType as SearchContentType
    from .search_context_size import SearchContextSize as SearchContextSize
    from .skill_reference_param import SkillReferenceParam as SkillReferenceParam
    from .text_response_format_configuration import (
        TextResponseFormatConfiguration as TextResponseFormatConfiguration,
    )
    from .text_response_format_configuration import (
        parse_text_response_format_configuration as parse_text_response_format_configuration,
    )
    from .text_response_format_json_schema import (
        TextResponseFormatJsonSchema as TextResponseFormatJsonSchema,
    )
    from .tool import Tool as Tool
    from .tool import parse_tool as parse_tool
    from .tool_search_execution_type import (
        ToolSearchExecutionType as ToolSearchExecutionType,
    )
    from .tool_search_tool_param import ToolSearchToolParam as ToolSearchToolParam
    from .update_eval import UpdateEvalRequest as UpdateEvalRequest
    from .web_search_approximate_location import (
        WebSearchApproximateLocation as WebSearchApproximateLocation,
    )
    from .web_search_preview_tool import WebSearchPreviewTool as WebSearchPreviewTool
    from .web_search_preview_tool import (
        WebSearchPreviewToolType as WebSearchPreviewToolType,
    )
    from .web_search_tool import WebSearchTool as WebSearchTool
    from .web_search_tool import WebSearchToolFilters as WebSearchToolFilters
    from .web_search_tool import (
        WebSearchToolSearchContextSize as WebSearchToolSearchContextSize,
    )
    from .web_search_tool import WebSearchToolType as WebSearchToolType

_MODULE_OF: dict[str, str] = {
    "ApplyPatchToolParam": "apply_patch_tool_param",
    "ApproximateLocation": "approximate_location",
    "AutoCodeInterpreterToolParam": "auto_code_interpreter_tool_param",
    "AutoCodeInterpreterToolParamNetworkPolicy": "auto_code_interpreter_tool_param",
    "parse_auto_code_interpreter_tool_param_network_policy": "auto_code_interpreter_tool_param",
    "CallableToolAllowedCaller": "callable_tool_allowed_caller",
    "ChatCompletionTool": "chat_completion_tool",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolContainer": "code_interpreter_tool",
    "dump_code_interpreter_tool_container": "code_interpreter_tool",
    "parse_code_interpreter_tool_container": "code_interpreter_tool",
    "ComparisonFilter": "comparison_filter",
    "ComparisonFilterType": "comparison_filter",
    "ComparisonFilterValue": "comparison_filter",
    "ComparisonFilterValueVariant4Item": "comparison_filter",
    "parse_comparison_filter_value": "comparison_filter",
    "parse_comparison_filter_value_variant4_item": "comparison_filter",
    "CompoundFilter": "compound_filter",
    "CompoundFilterFiltersItem": "compound_filter",
    "CompoundFilterType": "compound_filter",
    "parse_compound_filter_filters_item": "compound_filter",
    "ComputerEnvironment": "computer_environment",
    "ComputerTool": "computer_tool",
    "ComputerUsePreviewTool": "computer_use_preview_tool",
    "ContainerAutoParam": "container_auto_param",
    "ContainerAutoParamNetworkPolicy": "container_auto_param",
    "ContainerAutoParamSkillsItem": "container_auto_param",
    "parse_container_auto_param_network_policy": "container_auto_param",
    "parse_container_auto_param_skills_item": "container_auto_param",
    "ContainerMemoryLimit": "container_memory_limit",
    "ContainerNetworkPolicyAllowlistParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyDisabledParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDomainSecretParam": "container_network_policy_domain_secret_param",
    "ContainerReferenceParam": "container_reference_param",
    "CreateEvalCompletionsRunDataSource": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessages": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReference": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplate": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceSamplingParams": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceSource": "create_eval_completions_run_data_source",
    "parse_create_eval_completions_run_data_source_input_messages": "create_eval_completions_run_data_source",
    "parse_create_eval_completions_run_data_source_input_messages_template_template_item": "create_eval_completions_run_data_source",
    "parse_create_eval_completions_run_data_source_sampling_params_response_format": "create_eval_completions_run_data_source",
    "parse_create_eval_completions_run_data_source_source": "create_eval_completions_run_data_source",
    "CreateEvalCustomDataSourceConfig": "create_eval_custom_data_source_config",
    "CreateEvalItem": "create_eval_item",
    "CreateEvalItemVariant1": "create_eval_item",
    "parse_create_eval_item": "create_eval_item",
    "CreateEvalJsonlRunDataSource": "create_eval_jsonl_run_data_source",
    "CreateEvalJsonlRunDataSourceSource": "create_eval_jsonl_run_data_source",
    "parse_create_eval_jsonl_run_data_source_source": "create_eval_jsonl_run_data_source",
    "CreateEvalLabelModelGrader": "create_eval_label_model_grader",
    "CreateEvalLogsDataSourceConfig": "create_eval_logs_data_source_config",
    "CreateEvalRequest": "create_eval_request",
    "CreateEvalRequestDataSourceConfig": "create_eval_request",
    "CreateEvalRequestTestingCriteriaItem": "create_eval_request",
    "parse_create_eval_request_data_source_config": "create_eval_request",
    "parse_create_eval_request_testing_criteria_item": "create_eval_request",
    "CreateEvalResponsesRunDataSource": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessages": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesItemReference": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplate": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceSamplingParams": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceSamplingParamsText": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceSource": "create_eval_responses_run_data_source",
    "parse_create_eval_responses_run_data_source_input_messages": "create_eval_responses_run_data_source",
    "parse_create_eval_responses_run_data_source_input_messages_template_template_item": "create_eval_responses_run_data_source",
    "parse_create_eval_responses_run_data_source_source": "create_eval_responses_run_data_source",
    "CreateEvalRunRequest": "create_eval_run_request",
    "CreateEvalRunRequestDataSource": "create_eval_run_request",
    "parse_create_eval_run_request_data_source": "create_eval_run_request",
    "CreateEvalStoredCompletionsDataSourceConfig": "create_eval_stored_completions_data_source_config",
    "CustomGrammarFormatParam": "custom_grammar_format_param",
    "CustomTextFormatParam": "custom_text_format_param",
    "CustomToolParam": "custom_tool_param",
    "CustomToolParamFormat": "custom_tool_param",
    "parse_custom_tool_param_format": "custom_tool_param",
    "DeleteEvalResponse": "delete_eval",
    "DeleteEvalRunResponse": "delete_eval_run",
    "EasyInputMessage": "easy_input_message",
    "EasyInputMessageContent": "easy_input_message",
    "EasyInputMessageRole": "easy_input_message",
    "dump_easy_input_message_content": "easy_input_message",
    "parse_easy_input_message_content": "easy_input_message",
    "Error": "error",
    "ErrorResponse": "error_response",
    "Eval": "eval",
    "EvalDataSourceConfig": "eval",
    "EvalTestingCriteriaItem": "eval",
    "parse_eval_data_source_config": "eval",
    "parse_eval_testing_criteria_item": "eval",
    "EvalApiError": "eval_api_error",
    "EvalCustomDataSourceConfig": "eval_custom_data_source_config",
    "EvalGraderPython": "eval_grader_python",
    "EvalGraderScoreModel": "eval_grader_score_model",
    "EvalGraderScoreModelSamplingParams": "eval_grader_score_model",
    "EvalGraderTextSimilarity": "eval_grader_text_similarity",
    "EvalGraderTextSimilarityEvaluationMetric": "eval_grader_text_similarity",
    "EvalItem": "eval_item",
    "EvalItemRole": "eval_item",
    "EvalItemContent": "eval_item_content",
    "dump_eval_item_content": "eval_item_content",
    "parse_eval_item_content": "eval_item_content",
    "EvalItemContentItem": "eval_item_content_item",
    "dump_eval_item_content_item": "eval_item_content_item",
    "parse_eval_item_content_item": "eval_item_content_item",
    "EvalItemContentOutputText": "eval_item_content_output_text",
    "EvalItemInputImage": "eval_item_input_image",
    "EvalJsonlFileContentSource": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceContentItem": "eval_jsonl_file_content_source",
    "EvalJsonlFileIdSource": "eval_jsonl_file_id_source",
    "EvalList": "eval_list",
    "EvalLogsDataSourceConfig": "eval_logs_data_source_config",
    "EvalResponsesSource": "eval_responses_source",
    "EvalRun": "eval_run",
    "EvalRunDataSource": "eval_run",
    "EvalRunPerModelUsageItem": "eval_run",
    "EvalRunPerTestingCriteriaResultsItem": "eval_run",
    "EvalRunResultCounts": "eval_run",
    "parse_eval_run_data_source": "eval_run",
    "EvalRunList": "eval_run_list",
    "EvalRunOutputItem": "eval_run_output_item",
    "EvalRunOutputItemSample": "eval_run_output_item",
    "EvalRunOutputItemSampleInputItem": "eval_run_output_item",
    "EvalRunOutputItemSampleOutputItem": "eval_run_output_item",
    "EvalRunOutputItemSampleUsage": "eval_run_output_item",
    "EvalRunOutputItemList": "eval_run_output_item_list",
    "EvalRunOutputItemResult": "eval_run_output_item_result",
    "EvalStoredCompletionsDataSourceConfig": "eval_stored_completions_data_source_config",
    "EvalStoredCompletionsSource": "eval_stored_completions_source",
    "FileInputDetail": "file_input_detail",
    "FileSearchTool": "file_search_tool",
    "Filters": "filters",
    "parse_filters": "filters",
    "FunctionObject": "function_object",
    "FunctionShellToolParam": "function_shell_tool_param",
    "FunctionShellToolParamEnvironment": "function_shell_tool_param",
    "parse_function_shell_tool_param_environment": "function_shell_tool_param",
    "FunctionTool": "function_tool",
    "FunctionToolParam": "function_tool_param",
    "GetEvalRunOutputItemsOrder": "get_eval_run_output_items",
    "GetEvalRunOutputItemsStatus": "get_eval_run_output_items",
    "GetEvalRunsOrder": "get_eval_runs",
    "GetEvalRunsStatus": "get_eval_runs",
    "GraderLabelModel": "grader_label_model",
    "GraderPython": "grader_python",
    "GraderScoreModel": "grader_score_model",
    "GraderScoreModelSamplingParams": "grader_score_model",
    "GraderStringCheck": "grader_string_check",
    "GraderStringCheckOperation": "grader_string_check",
    "GraderTextSimilarity": "grader_text_similarity",
    "GraderTextSimilarityEvaluationMetric": "grader_text_similarity",
    "GrammarSyntax1": "grammar_syntax1",
    "HybridSearchOptions": "hybrid_search_options",
    "ImageDetail": "image_detail",
    "ImageGenActionEnum": "image_gen_action_enum",
    "ImageGenTool": "image_gen_tool",
    "ImageGenToolBackground": "image_gen_tool",
    "ImageGenToolInputImageMask": "image_gen_tool",
    "ImageGenToolModel": "image_gen_tool",
    "ImageGenToolModeration": "image_gen_tool",
    "ImageGenToolOutputFormat": "image_gen_tool",
    "ImageGenToolQuality": "image_gen_tool",
    "ImageGenToolSize": "image_gen_tool",
    "InlineSkillParam": "inline_skill_param",
    "InlineSkillSourceParam": "inline_skill_source_param",
    "InputAudio": "input_audio",
    "InputAudioInputAudio": "input_audio",
    "InputAudioInputAudioFormat": "input_audio",
    "InputContent": "input_content",
    "parse_input_content": "input_content",
    "InputFidelity": "input_fidelity",
    "InputFileContent": "input_file_content",
    "InputImageContent": "input_image_content",
    "InputTextContent": "input_text_content",
    "ListEvalsOrder": "list_evals",
    "ListEvalsOrderBy": "list_evals",
    "LocalEnvironmentParam": "local_environment_param",
    "LocalShellToolParam": "local_shell_tool_param",
    "LocalSkillParam": "local_skill_param",
    "MCPTool": "mcp_tool",
    "MCPToolAllowedTools": "mcp_tool",
    "MCPToolConnectorId": "mcp_tool",
    "MCPToolRequireApproval": "mcp_tool",
    "MCPToolRequireApprovalVariant1": "mcp_tool",
    "MCPToolRequireApprovalVariant2": "mcp_tool",
    "dump_mcp_tool_allowed_tools": "mcp_tool",
    "dump_mcp_tool_require_approval": "mcp_tool",
    "parse_mcp_tool_allowed_tools": "mcp_tool",
    "parse_mcp_tool_require_approval": "mcp_tool",
    "MCPToolFilter": "mcp_tool_filter",
    "MessagePhase": "message_phase",
    "NamespaceToolParam": "namespace_tool_param",
    "NamespaceToolParamToolsItem": "namespace_tool_param",
    "parse_namespace_tool_param_tools_item": "namespace_tool_param",
    "ProgrammaticToolCallingParam": "programmatic_tool_calling_param",
    "PromptCacheBreakpointConfig": "prompt_cache_breakpoint_config",
    "RankerVersionType": "ranker_version_type",
    "RankingOptions": "ranking_options",
    "ReasoningEffort": "reasoning_effort",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchema": "response_format_json_schema",
    "ResponseFormatText": "response_format_text",
    "SearchContentType": "search_content_type",
    "SearchContextSize": "search_context_size",
    "SkillReferenceParam": "skill_reference_param",
    "TextResponseFormatConfiguration": "text_response_format_configuration",
    "parse_text_response_format_configuration": "text_response_format_configuration",
    "TextResponseFormatJsonSchema": "text_response_format_json_schema",
    "Tool": "tool",
    "parse_tool": "tool",
    "ToolSearchExecutionType": "tool_search_execution_type",
    "ToolSearchToolParam": "tool_search_tool_param",
    "UpdateEvalRequest": "update_eval",
    "WebSearchApproximateLocation": "web_search_approximate_location",
    "WebSearchPreviewTool": "web_search_preview_tool",
    "WebSearchPreviewToolType": "web_search_preview_tool",
    "WebSearchTool": "web_search_tool",
    "WebSearchToolFilters": "web_search_tool",
    "WebSearchToolSearchContextSize": "web_search_tool",
    "WebSearchToolType": "web_search_tool",
}

__all__ = [
    "UNSET",
    "ApplyPatchToolParam",
    "ApproximateLocation",
    "AutoCodeInterpreterToolParam",
    "AutoCodeInterpreterToolParamNetworkPolicy",
    "CallableToolAllowedCaller",
    "ChatCompletionTool",
    "CodeInterpreterTool",
    "CodeInterpreterToolContainer",
    "ComparisonFilter",
    "ComparisonFilterType",
    "ComparisonFilterValue",
    "ComparisonFilterValueVariant4Item",
    "CompoundFilter",
    "CompoundFilterFiltersItem",
    "CompoundFilterType",
    "ComputerEnvironment",
    "ComputerTool",
    "ComputerUsePreviewTool",
    "ContainerAutoParam",
    "ContainerAutoParamNetworkPolicy",
    "ContainerAutoParamSkillsItem",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerReferenceParam",
    "CreateEvalCompletionsRunDataSource",
    "CreateEvalCompletionsRunDataSourceInputMessages",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReference",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplate",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateTemplateItem",
    "CreateEvalCompletionsRunDataSourceSamplingParams",
    "CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat",
    "CreateEvalCompletionsRunDataSourceSource",
    "CreateEvalCustomDataSourceConfig",
    "CreateEvalItem",
    "CreateEvalItemVariant1",
    "CreateEvalJsonlRunDataSource",
    "CreateEvalJsonlRunDataSourceSource",
    "CreateEvalLabelModelGrader",
    "CreateEvalLogsDataSourceConfig",
    "CreateEvalRequest",
    "CreateEvalRequestDataSourceConfig",
    "CreateEvalRequestTestingCriteriaItem",
    "CreateEvalResponsesRunDataSource",
    "CreateEvalResponsesRunDataSourceInputMessages",
    "CreateEvalResponsesRunDataSourceInputMessagesItemReference",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplate",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItem",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemVariant1",
    "CreateEvalResponsesRunDataSourceSamplingParams",
    "CreateEvalResponsesRunDataSourceSamplingParamsText",
    "CreateEvalResponsesRunDataSourceSource",
    "CreateEvalRunRequest",
    "CreateEvalRunRequestDataSource",
    "CreateEvalStoredCompletionsDataSourceConfig",
    "CustomGrammarFormatParam",
    "CustomTextFormatParam",
    "CustomToolParam",
    "CustomToolParamFormat",
    "DeleteEvalResponse",
    "DeleteEvalRunResponse",
    "EasyInputMessage",
    "EasyInputMessageContent",
    "EasyInputMessageRole",
    "Error",
    "ErrorResponse",
    "Eval",
    "EvalApiError",
    "EvalCustomDataSourceConfig",
    "EvalDataSourceConfig",
    "EvalGraderPython",
    "EvalGraderScoreModel",
    "EvalGraderScoreModelSamplingParams",
    "EvalGraderTextSimilarity",
    "EvalGraderTextSimilarityEvaluationMetric",
    "EvalItem",
    "EvalItemContent",
    "EvalItemContentItem",
    "EvalItemContentOutputText",
    "EvalItemInputImage",
    "EvalItemRole",
    "EvalJsonlFileContentSource",
    "EvalJsonlFileContentSourceContentItem",
    "EvalJsonlFileIdSource",
    "EvalList",
    "EvalLogsDataSourceConfig",
    "EvalResponsesSource",
    "EvalRun",
    "EvalRunDataSource",
    "EvalRunList",
    "EvalRunOutputItem",
    "EvalRunOutputItemList",
    "EvalRunOutputItemResult",
    "EvalRunOutputItemSample",
    "EvalRunOutputItemSampleInputItem",
    "EvalRunOutputItemSampleOutputItem",
    "EvalRunOutputItemSampleUsage",
    "EvalRunPerModelUsageItem",
    "EvalRunPerTestingCriteriaResultsItem",
    "EvalRunResultCounts",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalStoredCompletionsSource",
    "EvalTestingCriteriaItem",
    "FileInputDetail",
    "FileSearchTool",
    "Filters",
    "FunctionObject",
    "FunctionShellToolParam",
    "FunctionShellToolParamEnvironment",
    "FunctionTool",
    "FunctionToolParam",
    "GetEvalRunOutputItemsOrder",
    "GetEvalRunOutputItemsStatus",
    "GetEvalRunsOrder",
    "GetEvalRunsStatus",
    "GraderLabelModel",
    "GraderPython",
    "GraderScoreModel",
    "GraderScoreModelSamplingParams",
    "GraderStringCheck",
    "GraderStringCheckOperation",
    "GraderTextSimilarity",
    "GraderTextSimilarityEvaluationMetric",
    "GrammarSyntax1",
    "HybridSearchOptions",
    "ImageDetail",
    "ImageGenActionEnum",
    "ImageGenTool",
    "ImageGenToolBackground",
    "ImageGenToolInputImageMask",
    "ImageGenToolModel",
    "ImageGenToolModeration",
    "ImageGenToolOutputFormat",
    "ImageGenToolQuality",
    "ImageGenToolSize",
    "InlineSkillParam",
    "InlineSkillSourceParam",
    "InputAudio",
    "InputAudioInputAudio",
    "InputAudioInputAudioFormat",
    "InputContent",
    "InputFidelity",
    "InputFileContent",
    "InputImageContent",
    "InputTextContent",
    "ListEvalsOrder",
    "ListEvalsOrderBy",
    "LocalEnvironmentParam",
    "LocalShellToolParam",
    "LocalSkillParam",
    "MCPTool",
    "MCPToolAllowedTools",
    "MCPToolConnectorId",
    "MCPToolFilter",
    "MCPToolRequireApproval",
    "MCPToolRequireApprovalVariant1",
    "MCPToolRequireApprovalVariant2",
    "MessagePhase",
    "NamespaceToolParam",
    "NamespaceToolParamToolsItem",
    "ParseError",
    "ProgrammaticToolCallingParam",
    "PromptCacheBreakpointConfig",
    "RankerVersionType",
    "RankingOptions",
    "ReasoningEffort",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatText",
    "SearchContentType",
    "SearchContextSize",
    "SkillReferenceParam",
    "TextResponseFormatConfiguration",
    "TextResponseFormatJsonSchema",
    "Tool",
    "ToolSearchExecutionType",
    "ToolSearchToolParam",
    "UnknownVariant",
    "Unset",
    "UpdateEvalRequest",
    "WebSearchApproximateLocation",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolType",
    "WebSearchTool",
    "WebSearchToolFilters",
    "WebSearchToolSearchContextSize",
    "WebSearchToolType",
    "dump_code_interpreter_tool_container",
    "dump_easy_input_message_content",
    "dump_eval_item_content",
    "dump_eval_item_content_item",
    "dump_mcp_tool_allowed_tools",
    "dump_mcp_tool_require_approval",
    "parse_auto_code_interpreter_tool_param_network_policy",
    "parse_code_interpreter_tool_container",
    "parse_comparison_filter_value",
    "parse_comparison_filter_value_variant4_item",
    "parse_compound_filter_filters_item",
    "parse_container_auto_param_network_policy",
    "parse_container_auto_param_skills_item",
    "parse_create_eval_completions_run_data_source_input_messages",
    "parse_create_eval_completions_run_data_source_input_messages_template_template_item",
    "parse_create_eval_completions_run_data_source_sampling_params_response_format",
    "parse_create_eval_completions_run_data_source_source",
    "parse_create_eval_item",
    "parse_create_eval_jsonl_run_data_source_source",
    "parse_create_eval_request_data_source_config",
    "parse_create_eval_request_testing_criteria_item",
    "parse_create_eval_responses_run_data_source_input_messages",
    "parse_create_eval_responses_run_data_source_input_messages_template_template_item",
    "parse_create_eval_responses_run_data_source_source",
    "parse_create_eval_run_request_data_source",
    "parse_custom_tool_param_format",
    "parse_easy_input_message_content",
    "parse_eval_data_source_config",
    "parse_eval_item_content",
    "parse_eval_item_content_item",
    "parse_eval_run_data_source",
    "parse_eval_testing_criteria_item",
    "parse_filters",
    "parse_function_shell_tool_param_environment",
    "parse_input_content",
    "parse_mcp_tool_allowed_tools",
    "parse_mcp_tool_require_approval",
    "parse_namespace_tool_param_tools_item",
    "parse_text_response_format_configuration",
    "parse_tool",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
