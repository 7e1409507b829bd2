"""Errors raised by the client::

    OpenAIEvalsError
     ├── MissingAPIKeyError              no API key was given or found in OPENAI_API_KEY
     └── APIError                        a request did not give the expected result
          ├── APIConnectionError         no response: the connection failed or was dropped
          │    └── APITimeoutError       no response in time
          ├── APIResponseValidationError a 2xx response whose body is not what the spec says
          └── APIStatusError             a response with a 4xx or 5xx status
               ├── BadRequestError             400
               ├── AuthenticationError         401
               ├── PermissionDeniedError       403
               ├── NotFoundError               404
               ├── ConflictError               409
               ├── UnprocessableEntityError    422
               ├── RateLimitError              429
               └── InternalServerError         500 and above

Messages and reprs never include request headers, so the API key cannot leak
through an exception or a log line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from ._runtime import ParseError
    from .models import Error

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OpenAIEvalsError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class OpenAIEvalsError(Exception):
    """Base class of every error this package raises."""


class MissingAPIKeyError(OpenAIEvalsError):
    """No API key: pass ``api_key=`` or set the ``OPENAI_API_KEY`` environment variable."""


class APIError(OpenAIEvalsError):
    """A request did not give the expected result; ``request`` is the httpx request sent."""

    def __init__(self, message: str, request: httpx.Request | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request got no response: the connection failed, was refused or was dropped."""

    def __init__(
        self, request: httpx.Request | None, message: str = "Connection error."
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request got no response before the timeout."""

    def __init__(self, request: httpx.Request | None) -> None:
        super().__init__(request, "Request timed out.")


class _ResponseError(APIError):
    """An error about a response that did arrive: its status, body and request id."""

    def __init__(self, message: str, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id: str | None = response.headers.get("x-request-id")


class APIResponseValidationError(_ResponseError):
    """A successful response whose body does not match the spec; ``problem`` says where."""

    def __init__(
        self, response: httpx.Response, body: Any, problem: ParseError | str
    ) -> None:
        super().__init__(f"Unexpected response body: {problem}", response, body)
        self.problem = problem


class APIStatusError(_ResponseError):
    """A response with a 4xx or 5xx status.

    ``body`` is the decoded JSON body (or the text, or None); ``code``, ``param`` and
    ``type`` are those of the API's error object, as the official SDK gives them (None
    when the body has no such string); ``error`` is the whole error
    object when it has the shape the spec gives it.
    """

    @property
    def code(self) -> str | None:
        return self._error_field("code")

    @property
    def param(self) -> str | None:
        return self._error_field("param")

    @property
    def type(self) -> str | None:
        return self._error_field("type")

    def _error_field(self, name: str) -> str | None:
        body = self.body
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            body = body["error"]
        value = body.get(name) if isinstance(body, dict) else None
        return value if isinstance(value, str) else None

    @property
    def error(self) -> Error | None:
        """The error object of the body, when it has the shape the spec gives it."""
        from ._runtime import ParseError
        from .models import Error

        if not isinstance(self.body, dict):
            return None
        candidate = self.body.get("error", self.body)
        try:
            return Error.from_dict(candidate)
        except ParseError:
            return None


class BadRequestError(APIStatusError):
    """400: the request is malformed or has invalid parameters."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the resource is in a state that conflicts with the request."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests; the client retries these before raising."""


class InternalServerError(APIStatusError):
    """500 and above: the server failed; the client retries these before raising."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def redact(text: str, secret: str) -> str:
    """``text`` with every occurrence of ``secret`` (the API key) blanked out."""
    return text.replace(secret, "[redacted]") if secret else text


def status_error(response: httpx.Response, body: Any, secret: str) -> APIStatusError:
    """The exception for a 4xx/5xx response, with a message taken from the body when it has one.

    ``secret`` (the API key) is blanked out of the message should the server echo it.
    """
    status = response.status_code
    cls = _BY_STATUS.get(status) or (
        InternalServerError if status >= 500 else APIStatusError
    )
    detail = ""
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            detail = error["message"]
    elif isinstance(body, str):
        detail = body
    detail = redact(detail, secret)[
        :500
    ]  # redacted before cutting, so no piece of it is left
    message = f"Error code: {status}" + (f" - {detail}" if detail else "")
    request_id = response.headers.get("x-request-id")
    if request_id:
        message += f" (request id {request_id})"
    return cls(message, response, body)
