"""The HTTP layer under Client and AsyncClient: configuration, requests, retries, pages.

httpx is imported when a client is created, not when this package is imported,
so code that only uses the models never loads it.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import time
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    Sequence,
)
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from time import perf_counter
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    MissingAPIKeyError,
    redact,
    status_error,
)
from ._runtime import (
    UNSET,
    ParseError,
    Unset,
    encode_json,
    format_date,
    format_datetime,
)
from ._version import __version__

if TYPE_CHECKING:
    import httpx

LOGGER = "openai_evals"
"""The name of the logger retries are reported to (at INFO level; never with headers)."""

DEFAULT_MAX_RETRIES = 2
DEFAULT_TIMEOUT = 600.0
DEFAULT_CONNECT_TIMEOUT = 5.0
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 120.0
USER_AGENT = "openai-evals/" + __version__

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")


# -- requests ------------------------------------------------------------------


def encode_path_param(value: object, name: str) -> str:
    """Percent-encode a path parameter so it stays one path segment.

    Everything but RFC 3986 unreserved characters is encoded. Empty values and
    dot segments (``.``, ``..`` or their encoded forms) are refused: an HTTP
    stack would resolve them and send the request to another resource. So is
    None, which would name a resource "None"; booleans are spelled as in JSON.
    """
    if value is None:
        raise TypeError(f"{name}: a path parameter cannot be None")
    text = _query_text(value.value if isinstance(value, Enum) else value)
    from urllib.parse import quote, unquote  # here: importing the package stays cheap

    if text == "" or unquote(text) in (".", ".."):
        raise ValueError(
            f"{name}: {text!r} is not a valid path parameter (empty or a dot segment)"
        )
    return quote(text, safe="")


def to_json_data(value: Any) -> Any:
    """Turn an argument (a model, an enum, or plain JSON data holding them) into JSON data."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict):
        return to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {
            str(key): to_json_data(item)
            for key, item in value.items()
            if item is not UNSET
        }
    if isinstance(value, (list, tuple)):
        return [to_json_data(item) for item in value]
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return value


def _query_items(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query parameters as the API expects them: booleans as true/false, arrays as
    ``key[]``, objects as ``key[name]``, nulls left out (as the official SDK sends them).
    """
    items: list[tuple[str, str]] = []
    for key, value in query.items():
        if value is not UNSET and value is not None:
            _add_query_item(items, key, to_json_data(value))
    return items


def _add_query_item(items: list[tuple[str, str]], key: str, value: Any) -> None:
    if isinstance(value, dict):
        for name, item in value.items():
            if item is not None:
                _add_query_item(items, f"{key}[{name}]", item)
    elif isinstance(value, list):
        for item in value:
            if item is not None:
                _add_query_item(items, f"{key}[]", item)
    else:
        items.append((key, _query_text(value)))


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class RequestSpec:
    """One API call: method, encoded path, query parameters, JSON body (UNSET: none), headers."""

    method: str
    path: str
    query: Mapping[str, Any]
    body: Any = UNSET
    headers: Mapping[str, Any] | None = None
    content_type: str = "application/json"

    def with_query(self, **changes: Any) -> RequestSpec:
        return dataclasses.replace(self, query={**self.query, **changes})


@dataclass(frozen=True)
class RequestOptions:
    """The per-call arguments every method takes."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: float | httpx.Timeout | None | Unset = UNSET

    def for_next_page(self, cursor: str) -> RequestOptions:
        """These options for the following pages, whose cursor wins over ``extra_query``'s."""
        if not self.extra_query or cursor not in self.extra_query:
            return self
        query = {key: value for key, value in self.extra_query.items() if key != cursor}
        return dataclasses.replace(self, extra_query=query)


# -- raw responses -------------------------------------------------------------

_CAPTURE: ContextVar[list[httpx.Response] | None] = ContextVar("_CAPTURE", default=None)


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """A parsed result together with the HTTP response it came from."""

    http_response: httpx.Response
    parsed: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The ``x-request-id`` header, for support requests."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    def parse(self) -> T:
        """The parsed result (the same value the plain method returns)."""
        return self.parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {type(self.parsed).__name__}>"


def raw_response(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Wrap a client method so it returns an :class:`APIResponse` instead of the parsed value."""

    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        responses: list[httpx.Response] = []
        token = _CAPTURE.set(responses)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        return APIResponse(responses[-1], parsed)

    call.__name__ = getattr(method, "__name__", "call")
    call.__doc__ = getattr(method, "__doc__", None)
    return call


def async_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[APIResponse[T]]]:
    """Wrap an async client method so it returns an :class:`APIResponse`."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        responses: list[httpx.Response] = []
        token = _CAPTURE.set(responses)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        return APIResponse(responses[-1], parsed)

    call.__name__ = getattr(method, "__name__", "call")
    call.__doc__ = getattr(method, "__doc__", None)
    return call


# -- pages ---------------------------------------------------------------------


class PageModel(Protocol[T_co]):
    """What a cursor page's body has: its items, whether more follow, the last item's id."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> object: ...

    @property
    def last_id(self) -> object: ...


class _PageBase(Generic[T]):
    def __init__(self, model: PageModel[T], response: httpx.Response) -> None:
        self.model = model
        """The page's body as the spec describes it (for example an ``EvalList``)."""
        self.data: list[T] = list(model.data)
        """The items on this page."""
        self.has_more = model.has_more is True
        first_id = getattr(model, "first_id", None)
        self.first_id: str | None = first_id if isinstance(first_id, str) else None
        self.last_id: str | None = (
            model.last_id if isinstance(model.last_id, str) else None
        )
        self.http_response = response
        # Where the next page starts: the body's last_id, else (as the official SDK does) the
        # id of the last item, so a page that says more follow is never the silent end.
        cursor = self.last_id or getattr(
            self.data[-1] if self.data else None, "id", None
        )
        self._cursor: str | None = (
            cursor if isinstance(cursor, str) and cursor else None
        )

    def has_next_page(self) -> bool:
        """Whether another page follows (the API says so, and there is a cursor to ask for it)."""
        return self.has_more and self._cursor is not None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.data)} items, has_more={self.has_more}>"


class Page(_PageBase[T]):
    """One page of a list. Iterating it yields every item of every page, fetching lazily."""

    def __init__(
        self,
        model: PageModel[T],
        response: httpx.Response,
        fetch: Callable[[str], Page[T]],
    ) -> None:
        super().__init__(model, response)
        self._fetch = fetch

    def next_page(self) -> Page[T]:
        """Fetch the page after this one (``after=last_id``)."""
        if not self.has_next_page() or self._cursor is None:
            raise StopIteration("no next page")
        return self._fetch(self._cursor)

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page, then each following page, fetched when reached."""
        page = self
        yield page
        while page.has_next_page():
            following = page.next_page()
            if following._cursor == page._cursor:
                return  # the cursor did not move: stop rather than loop for ever
            page = following
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """One page of a list. ``async for`` over it yields every item of every page."""

    def __init__(
        self,
        model: PageModel[T],
        response: httpx.Response,
        fetch: Callable[[str], Awaitable[AsyncPage[T]]],
    ) -> None:
        super().__init__(model, response)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one (``after=last_id``)."""
        if not self.has_next_page() or self._cursor is None:
            raise StopAsyncIteration("no next page")
        return await self._fetch(self._cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each following page, fetched when reached."""
        page = self
        yield page
        while page.has_next_page():
            following = await page.next_page()
            if following._cursor == page._cursor:
                return
            page = following
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


# -- clients -------------------------------------------------------------------


class _BaseClient:
    """Configuration shared by the sync and async clients."""

    _owns_http_client: bool  # close the pool with the client
    _plain_pool: bool  # the pool is one we made, with only httpx's default headers
    _pool_headers: dict[str, str]
    _transport: (
        Any  # our pool's transport, which GETs use directly; None when not ours to use
    )
    _httpx_log: (
        Any  # httpx's logger: requests sent past the client are logged as it would
    )

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        organization: str | None,
        project: str | None,
        timeout: float | httpx.Timeout | None | Unset,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: Any,
        default_base_url: str,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if not api_key:
            raise MissingAPIKeyError(
                "No API key: pass api_key=... or set the OPENAI_API_KEY environment variable."
            )
        self._api_key = api_key
        self.base_url = (
            base_url or os.environ.get("OPENAI_BASE_URL") or default_base_url
        ).rstrip("/")
        if not self.base_url:
            raise ValueError("No base URL: pass base_url=... or set OPENAI_BASE_URL.")
        self.organization = (
            organization
            if organization is not None
            else os.environ.get("OPENAI_ORG_ID")
        )
        self.project = (
            project if project is not None else os.environ.get("OPENAI_PROJECT_ID")
        )
        self.max_retries = _checked_retries(max_retries)
        self.timeout: float | httpx.Timeout | None = (
            _default_timeout() if isinstance(timeout, Unset) else timeout
        )
        self.default_headers = dict(default_headers or {})
        self._owns_http_client = self._plain_pool = http_client is None
        if http_client is None:
            self._http, self._transport = self._make_pool(self.timeout)
        else:
            self._http, self._transport = http_client, None
        import logging

        self._httpx_log = logging.getLogger("httpx")
        self._pool_headers = dict(self._http.headers)

    def _make_pool(self, timeout: float | httpx.Timeout | None) -> tuple[Any, Any]:
        """A new connection pool (``httpx.Client`` or ``httpx.AsyncClient``) and its transport,
        or None when every request must go through the client (``_client_must_send``).
        """
        raise NotImplementedError

    @property
    def api_key(self) -> str:
        """The API key this client sends (never shown in its repr)."""
        return self._api_key

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r}>"

    def _headers(
        self, spec: RequestSpec, options: RequestOptions, has_body: bool
    ) -> dict[str, str]:
        """The request's headers, names in lower case (later sources win), on top of the
        pool's own defaults when the pool is ours."""
        headers = dict(self._pool_headers) if self._plain_pool else {}
        headers["accept"] = "application/json"
        headers["user-agent"] = USER_AGENT
        headers["authorization"] = f"Bearer {self._api_key}"
        if has_body:
            headers["content-type"] = spec.content_type
        if self.organization:
            headers["openai-organization"] = self.organization
        if self.project:
            headers["openai-project"] = self.project
        for name, value in self.default_headers.items():
            headers[name.lower()] = value
        for name, value in (spec.headers or {}).items():
            if value is not UNSET and value is not None:
                headers[name.lower()] = _query_text(to_json_data(value))
        for name, value in (options.extra_headers or {}).items():
            headers[name.lower()] = value
        return headers

    def _build_request(
        self, http: Any, spec: RequestSpec, options: RequestOptions
    ) -> httpx.Request:
        query = {**spec.query, **(options.extra_query or {})}
        body = spec.body
        # Like the official SDK, a GET never carries a body, extra_body or not.
        if options.extra_body and spec.method != "GET":
            body = {**(body if isinstance(body, Mapping) else {}), **options.extra_body}
        content = None
        if body is not UNSET:
            data = to_json_data(body)
            content = encode_json(data).encode()
        timeout = (
            self.timeout if isinstance(options.timeout, Unset) else options.timeout
        )
        url = self.base_url + spec.path
        params = (
            tuple(_query_items(query)) or None
        )  # None spares httpx merging an empty query
        headers = self._headers(spec, options, content is not None)
        if not self._plain_pool:
            # The caller's client may add headers, cookies or auth of its own: let it.
            request: httpx.Request = http.build_request(
                spec.method,
                url,
                params=params,
                headers=headers,
                content=content,
                timeout=timeout,
            )
            return request
        # Our own pool has only httpx's default headers; building the request directly
        # skips merging them with cookies and URLs on every call (a third of the cost).
        import httpx

        return httpx.Request(
            spec.method,
            url,
            params=params,
            headers=headers,
            content=content,
            extensions={"timeout": httpx.Timeout(timeout).as_dict()},
        )

    def _retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``attempt + 1``: the server's wish, else backoff."""
        if response is not None:
            wait = _requested_wait(response)
            if wait is not None and wait <= MAX_RETRY_AFTER:
                return wait
        delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        import random

        return delay * (
            1 - 0.25 * random.random()
        )  # jitter spreads out clients that failed together

    @staticmethod
    def _should_retry(response: httpx.Response) -> bool:
        wait = _requested_wait(response)
        if wait is not None and wait > MAX_RETRY_AFTER:
            return (
                False  # the server asks for a longer wait than we are willing to sleep
            )
        should = response.headers.get("x-should-retry")
        if should == "true":
            return True
        if should == "false":
            return False
        status = response.status_code
        return status in (408, 409, 429) or status >= 500

    def _copy(self: Any, **changes: Any) -> Any:
        """A client with some settings changed, sharing this one's connection pool."""
        retries = changes.get("max_retries", UNSET)
        if not isinstance(retries, Unset):
            _checked_retries(retries)
        clone = copy.copy(self)
        clone.__dict__.pop("with_raw_response", None)
        clone._owns_http_client = False
        for name, value in changes.items():
            if not isinstance(value, Unset):
                setattr(clone, name, value)
        return clone

    def _parse(self, response: httpx.Response, parse: Callable[[Any], T]) -> T:
        try:
            body = json.loads(response.content) if response.content else None
        except ValueError as error:
            raise APIResponseValidationError(
                response, response.text[:500], f"invalid JSON: {error}"
            ) from None
        try:
            return parse(body)
        except ParseError as problem:
            # The problem may quote a short bad value, which could be anything the server sent.
            if self._api_key in str(problem):
                problem = ParseError(
                    redact(problem.path, self._api_key),
                    redact(problem.problem, self._api_key),
                )
            raise APIResponseValidationError(response, body, problem) from None

    def _status_error(self, response: httpx.Response) -> Exception:
        try:
            body: Any = json.loads(response.content) if response.content else None
        except ValueError:
            body = response.text
        return status_error(response, body, self._api_key)


class SyncAPIClient(_BaseClient):
    """The synchronous transport: one ``httpx.Client`` with connection pooling."""

    _http: httpx.Client
    _transport: httpx.HTTPTransport | None

    def _make_pool(
        self, timeout: float | httpx.Timeout | None
    ) -> tuple[httpx.Client, httpx.HTTPTransport | None]:
        import httpx

        if _client_must_send(self.base_url):
            return httpx.Client(timeout=timeout, follow_redirects=True), None
        transport = httpx.HTTPTransport()
        return (
            httpx.Client(transport=transport, timeout=timeout, follow_redirects=True),
            transport,
        )

    def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http_client:
            self._http.close()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self, spec: RequestSpec, options: RequestOptions) -> httpx.Response:
        """Send with retries; a 2xx response is returned, anything else raised."""
        import httpx

        request = self._build_request(self._http, spec, options)
        for attempt in range(self.max_retries + 1):
            retries_left = attempt < self.max_retries
            try:
                response = self._exchange(request)
            except httpx.TimeoutException as error:
                if retries_left:
                    self._sleep(attempt, None, request, "timed out")
                    continue
                raise APITimeoutError(request) from error
            except httpx.TransportError as error:
                if retries_left:
                    self._sleep(attempt, None, request, "connection error")
                    continue
                raise APIConnectionError(request) from error
            if response.is_success:
                sink = _CAPTURE.get()
                if sink is not None:
                    sink.append(response)
                return response
            if retries_left and self._should_retry(response):
                response.close()
                self._sleep(
                    attempt, response, request, f"status {response.status_code}"
                )
                continue
            raise self._status_error(response)
        raise AssertionError("unreachable")  # pragma: no cover

    def _exchange(self, request: httpx.Request) -> httpx.Response:
        """Send one request and read the response.

        A GET on our own pool goes straight to the pool's transport, skipping the
        client's auth, cookie and redirect layers (a sixth of a call's time), which
        our requests do not use; it is logged, and its errors carry the request, as
        the client would do. A redirect is sent again through the client, which
        follows it (sending a GET twice is safe), and from then on every request is
        left to the client.
        """
        if self._transport is None or request.method != "GET" or self._http.is_closed:
            return self._http.send(request)  # which also refuses to use a closed pool
        import httpx

        started = perf_counter()
        try:
            response = self._transport.handle_request(request)
        except httpx.RequestError as error:
            error.request = request
            raise
        response.request = request
        try:
            response.read()
        finally:
            response.close()
        _log_request(self._httpx_log, response)
        if response.is_redirect:
            self._transport = None
            return self._http.send(request)
        response.elapsed = timedelta(seconds=perf_counter() - started)
        return response

    def _sleep(
        self,
        attempt: int,
        response: httpx.Response | None,
        request: httpx.Request,
        why: str,
    ) -> None:
        delay = self._retry_delay(attempt, response)
        _log_retry(request, why, delay)
        time.sleep(delay)

    def _request(
        self, spec: RequestSpec, parse: Callable[[Any], T], options: RequestOptions
    ) -> T:
        response = self._send(spec, options)
        return self._parse(response, parse)

    def _request_page(
        self,
        spec: RequestSpec,
        parse: Callable[[Any], PageModel[T]],
        options: RequestOptions,
        cursor: str,
    ) -> Page[T]:
        response = self._send(spec, options)
        model = self._parse(response, parse)
        following = options.for_next_page(cursor)
        return Page(
            model,
            response,
            lambda after: self._request_page(
                spec.with_query(**{cursor: after}), parse, following, cursor
            ),
        )


class AsyncAPIClient(_BaseClient):
    """The asynchronous transport: one ``httpx.AsyncClient`` with connection pooling."""

    _http: httpx.AsyncClient
    _transport: httpx.AsyncHTTPTransport | None

    def _make_pool(
        self, timeout: float | httpx.Timeout | None
    ) -> tuple[httpx.AsyncClient, httpx.AsyncHTTPTransport | None]:
        import httpx

        if _client_must_send(self.base_url):
            return httpx.AsyncClient(timeout=timeout, follow_redirects=True), None
        transport = httpx.AsyncHTTPTransport()
        return (
            httpx.AsyncClient(
                transport=transport, timeout=timeout, follow_redirects=True
            ),
            transport,
        )

    async def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _send(self, spec: RequestSpec, options: RequestOptions) -> httpx.Response:
        """Send with retries; a 2xx response is returned, anything else raised."""
        import httpx

        request = self._build_request(self._http, spec, options)
        for attempt in range(self.max_retries + 1):
            retries_left = attempt < self.max_retries
            try:
                response = await self._exchange(request)
            except httpx.TimeoutException as error:
                if retries_left:
                    await self._sleep(attempt, None, request, "timed out")
                    continue
                raise APITimeoutError(request) from error
            except httpx.TransportError as error:
                if retries_left:
                    await self._sleep(attempt, None, request, "connection error")
                    continue
                raise APIConnectionError(request) from error
            if response.is_success:
                sink = _CAPTURE.get()
                if sink is not None:
                    sink.append(response)
                return response
            if retries_left and self._should_retry(response):
                await response.aclose()
                await self._sleep(
                    attempt, response, request, f"status {response.status_code}"
                )
                continue
            raise self._status_error(response)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _exchange(self, request: httpx.Request) -> httpx.Response:
        """Send one request and read the response (see ``SyncAPIClient._exchange``)."""
        if self._transport is None or request.method != "GET" or self._http.is_closed:
            return await self._http.send(request)
        import httpx

        started = perf_counter()
        try:
            response = await self._transport.handle_async_request(request)
        except httpx.RequestError as error:
            error.request = request
            raise
        response.request = request
        try:
            await response.aread()
        finally:
            await response.aclose()
        _log_request(self._httpx_log, response)
        if response.is_redirect:
            self._transport = None
            return await self._http.send(request)
        response.elapsed = timedelta(seconds=perf_counter() - started)
        return response

    async def _sleep(
        self,
        attempt: int,
        response: httpx.Response | None,
        request: httpx.Request,
        why: str,
    ) -> None:
        import asyncio

        delay = self._retry_delay(attempt, response)
        _log_retry(request, why, delay)
        await asyncio.sleep(delay)

    async def _request(
        self, spec: RequestSpec, parse: Callable[[Any], T], options: RequestOptions
    ) -> T:
        response = await self._send(spec, options)
        return self._parse(response, parse)

    async def _request_page(
        self,
        spec: RequestSpec,
        parse: Callable[[Any], PageModel[T]],
        options: RequestOptions,
        cursor: str,
    ) -> AsyncPage[T]:
        response = await self._send(spec, options)
        model = self._parse(response, parse)
        following = options.for_next_page(cursor)

        async def fetch(after: str) -> AsyncPage[T]:
            return await self._request_page(
                spec.with_query(**{cursor: after}), parse, following, cursor
            )

        return AsyncPage(model, response, fetch)


def _client_must_send(base_url: str) -> bool:
    """Whether requests need what only ``httpx.Client.send`` does: proxies from HTTP_PROXY,
    HTTPS_PROXY or ALL_PROXY (any case), which httpx applies only to a client with its
    default transport, or Basic auth from credentials in the base URL."""
    from urllib.parse import urlsplit
    from urllib.request import getproxies

    proxies = getproxies()
    return (
        any(proxies.get(scheme) for scheme in ("http", "https", "all"))
        or "@" in urlsplit(base_url).netloc
    )


def _log_request(log: Any, response: httpx.Response) -> None:
    """The line httpx's client logs for every request (at INFO), for those sent past it."""
    request = response.request
    log.info(
        'HTTP Request: %s %s "%s %d %s"',
        request.method,
        request.url,
        response.http_version,
        response.status_code,
        response.reason_phrase,
    )


def _log_retry(request: httpx.Request, why: str, delay: float) -> None:
    import logging

    logging.getLogger(LOGGER).info(
        "%s %s: %s, retrying in %.2f s", request.method, request.url.path, why, delay
    )


def ignore_body(data: Any) -> None:
    """The result of an operation whose response has no documented body."""


def _checked_retries(max_retries: int) -> int:
    if max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
    return max_retries


def _default_timeout() -> httpx.Timeout:
    import httpx

    return httpx.Timeout(DEFAULT_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)


def _requested_wait(response: httpx.Response) -> float | None:
    """The wait in seconds the server asks for: ``retry-after-ms``, else ``retry-after``
    (seconds or an HTTP date); None when it asks for nothing usable (no wait, or not a number).
    """
    headers = response.headers
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return _usable_wait(float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _usable_wait(float(value))
    except ValueError:
        return _http_date_delay(value)


def _usable_wait(seconds: float) -> float | None:
    # A wait of zero or less (or a date gone by) asks for nothing: back off as usual rather
    # than retry at once; NaN and infinity ask for nothing either (as in the official SDK).
    return seconds if 0 < seconds < float("inf") else None


def _http_date_delay(value: str) -> float | None:
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" or no zone at all: HTTP dates are in UTC
        when = when.replace(tzinfo=timezone.utc)
    return _usable_wait(when.timestamp() - time.time())
