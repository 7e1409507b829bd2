"""Typed Python client for the OpenAI Evals API, generated from its OpenAPI description."""

from ._base_client import APIResponse, AsyncPage, Page
from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    OpenAIEvalsError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._runtime import UNSET, ParseError, UnknownVariant, Unset
from ._version import __version__

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OpenAIEvalsError",
    "Page",
    "ParseError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnknownVariant",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
]
