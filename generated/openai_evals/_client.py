"""The clients: one method per operation of the OpenAI Evals API.

``Client`` is synchronous and ``AsyncClient`` asynchronous; both take the same
arguments and have the same methods. ``client.with_raw_response.<method>(...)``
returns an ``APIResponse`` holding the parsed value and the ``httpx.Response``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, final

from . import models
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    AsyncPage,
    Page,
    RequestOptions,
    RequestSpec,
    SyncAPIClient,
    async_raw_response,
    encode_path_param,
    raw_response,
)
from ._runtime import UNSET, Unset

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "Client",
    "ClientWithRawResponse",
]

DEFAULT_BASE_URL = "https://api.openai.com/v1"


@final
class Client(SyncAPIClient):
    """Synchronous client for the OpenAI Evals API.

    Arguments left out fall back to the environment: ``OPENAI_API_KEY``,
    ``OPENAI_BASE_URL`` (default https://api.openai.com/v1), ``OPENAI_ORG_ID`` and
    ``OPENAI_PROJECT_ID``. Requests time out after 600 s (5 s to connect) and are
    retried twice on connection errors, timeouts, 408, 409, 429 and 5xx responses.
    Use it as a context manager, or call ``close()``, to release connections.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            organization=organization,
            project=project,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            default_base_url=DEFAULT_BASE_URL,
        )

    def __enter__(self) -> Client:
        return self

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Client:
        """A copy of this client with other defaults, sharing its connections."""
        clone: Client = self._copy(timeout=timeout, max_retries=max_retries)
        return clone

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same methods, returning an ``APIResponse`` (parsed value and HTTP response)."""
        return ClientWithRawResponse(self)

    def list_evals(
        self,
        *,
        after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: models.ListEvalsOrder | str | Unset = UNSET,
        order_by: models.ListEvalsOrderBy | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> Page[models.Eval]:
        """List evals

        Returns the evals of the current project, one page at a time. Use `after` with
        the `last_id` of the previous page to continue.

        Args:
            after: Cursor: return evals that come after the eval with this ID.
            limit: Maximum number of evals in one page.
            order: Sort direction for the timestamp chosen by `order_by`: `asc` or
                `desc`.
            order_by: Which timestamp to sort by: `created_at` (creation time) or
                `updated_at` (time of the last change).

        Returns one page; iterating it yields the items of every page, fetched as
        needed.
        """
        return self._request_page(
            RequestSpec(
                "GET",
                "/evals",
                {"after": after, "limit": limit, "order": order, "order_by": order_by},
            ),
            models.EvalList.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
            "after",
        )

    def create_eval(
        self,
        *,
        data_source_config: (
            models.CreateEvalRequestDataSourceConfig | Mapping[str, Any]
        ),
        testing_criteria: Sequence[
            models.CreateEvalRequestTestingCriteriaItem | Mapping[str, Any]
        ],
        name: str | Unset = UNSET,
        metadata: Mapping[str, str] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.Eval:
        """Create an eval

        Defines a new eval: the shape of the data it is run on (the data source config)
        and the graders that score every sample (the testing criteria). Once it exists,
        the eval can be run any number of times against different models and settings.

        Args:
            name: Human-readable name for the eval.
            data_source_config: Describes the data the eval is run on; fixes the shape
                of the items that graders can refer to.
            testing_criteria: Graders applied to every item of every run. They can use
                `{{item.<field>}}` for data and `{{sample.output_text}}` (and similar)
                for the model output.
        """
        return self._request(
            RequestSpec(
                "POST",
                "/evals",
                {},
                {
                    "name": name,
                    "metadata": metadata,
                    "data_source_config": data_source_config,
                    "testing_criteria": testing_criteria,
                },
            ),
            models.Eval.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get_eval(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.Eval:
        """Retrieve an eval

        Args:
            eval_id: ID of the eval to fetch.
        """
        return self._request(
            RequestSpec(
                "GET",
                "/evals/" + encode_path_param(eval_id, "eval_id"),
                {},
            ),
            models.Eval.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update_eval(
        self,
        eval_id: str,
        *,
        name: str | Unset = UNSET,
        metadata: Mapping[str, str] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.Eval:
        """Update an eval

        Changes the name and/or the metadata of an existing eval. Fields that are left
        out keep their current value.

        Args:
            eval_id: ID of the eval to change.
            name: New name for the eval.
        """
        return self._request(
            RequestSpec(
                "POST",
                "/evals/" + encode_path_param(eval_id, "eval_id"),
                {},
                {"name": name, "metadata": metadata},
            ),
            models.Eval.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete_eval(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.DeleteEvalResponse:
        """Delete an eval

        Args:
            eval_id: ID of the eval to remove.
        """
        return self._request(
            RequestSpec(
                "DELETE",
                "/evals/" + encode_path_param(eval_id, "eval_id"),
                {},
            ),
            models.DeleteEvalResponse.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get_eval_runs(
        self,
        eval_id: str,
        *,
        after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: models.GetEvalRunsOrder | str | Unset = UNSET,
        status: models.GetEvalRunsStatus | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> Page[models.EvalRun]:
        """List the runs of an eval

        Returns the runs of one eval, one page at a time, optionally only those in a
        given status.

        Args:
            eval_id: ID of the eval whose runs are listed.
            after: Cursor: return runs that come after the run with this ID.
            limit: Maximum number of runs in one page.
            order: Sort direction by creation time: `asc` (oldest first, the default) or
                `desc`.
            status: Only return runs in this status.

        Returns one page; iterating it yields the items of every page, fetched as
        needed.
        """
        return self._request_page(
            RequestSpec(
                "GET",
                "/evals/" + encode_path_param(eval_id, "eval_id") + "/runs",
                {"after": after, "limit": limit, "order": order, "status": status},
            ),
            models.EvalRunList.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
            "after",
        )

    def create_eval_run(
        self,
        eval_id: str,
        *,
        data_source: models.CreateEvalRunRequestDataSource | Mapping[str, Any],
        name: str | Unset = UNSET,
        metadata: Mapping[str, str] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.EvalRun:
        """Start a run of an eval

        Creates and queues a run: the given data source provides the items (and, for the
        `completions` and `responses` kinds, says how the model is sampled). The items
        are checked against the data source config of the eval.

        Args:
            eval_id: ID of the eval to run.
            name: Human-readable name for the run.
            data_source: Which items the run uses and, if any, how samples are
                generated.
        """
        return self._request(
            RequestSpec(
                "POST",
                "/evals/" + encode_path_param(eval_id, "eval_id") + "/runs",
                {},
                {"name": name, "metadata": metadata, "data_source": data_source},
            ),
            models.EvalRun.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.EvalRun:
        """Retrieve a run

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run to fetch.
        """
        return self._request(
            RequestSpec(
                "GET",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id"),
                {},
            ),
            models.EvalRun.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.DeleteEvalRunResponse:
        """Delete a run

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run to remove.
        """
        return self._request(
            RequestSpec(
                "DELETE",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id"),
                {},
            ),
            models.DeleteEvalRunResponse.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def cancel_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.EvalRun:
        """Cancel a run

        Stops a run that is still queued or in progress.

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run to stop.
        """
        return self._request(
            RequestSpec(
                "POST",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id")
                + "/cancel",
                {},
            ),
            models.EvalRun.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get_eval_run_output_items(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: models.GetEvalRunOutputItemsStatus | str | Unset = UNSET,
        order: models.GetEvalRunOutputItemsOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> Page[models.EvalRunOutputItem]:
        """List the output items of a run

        Returns the per-item results of a run, one page at a time, optionally only the
        passing or only the failing ones.

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run whose output items are listed.
            after: Cursor: return output items that come after the item with this ID.
            limit: Maximum number of output items in one page.
            status: Only return items with this outcome: `pass` for items that passed,
                `fail` for items that did not.
            order: Sort direction by creation time: `asc` (oldest first, the default) or
                `desc`.

        Returns one page; iterating it yields the items of every page, fetched as
        needed.
        """
        return self._request_page(
            RequestSpec(
                "GET",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id")
                + "/output_items",
                {"after": after, "limit": limit, "status": status, "order": order},
            ),
            models.EvalRunOutputItemList.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
            "after",
        )

    def get_eval_run_output_item(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.EvalRunOutputItem:
        """Retrieve an output item

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run the item belongs to.
            output_item_id: ID of the output item to fetch.
        """
        return self._request(
            RequestSpec(
                "GET",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id")
                + "/output_items/"
                + encode_path_param(output_item_id, "output_item_id"),
                {},
            ),
            models.EvalRunOutputItem.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


@final
class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the OpenAI Evals API: the same methods as Client, awaited.

    Iterate a list method's result with ``async for`` to get every item of every page.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            organization=organization,
            project=project,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            default_base_url=DEFAULT_BASE_URL,
        )

    async def __aenter__(self) -> AsyncClient:
        return self

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncClient:
        """A copy of this client with other defaults, sharing its connections."""
        clone: AsyncClient = self._copy(timeout=timeout, max_retries=max_retries)
        return clone

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same methods, returning an ``APIResponse`` (parsed value and HTTP response)."""
        return AsyncClientWithRawResponse(self)

    async def list_evals(
        self,
        *,
        after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: models.ListEvalsOrder | str | Unset = UNSET,
        order_by: models.ListEvalsOrderBy | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> AsyncPage[models.Eval]:
        """List evals

        Returns the evals of the current project, one page at a time. Use `after` with
        the `last_id` of the previous page to continue.

        Args:
            after: Cursor: return evals that come after the eval with this ID.
            limit: Maximum number of evals in one page.
            order: Sort direction for the timestamp chosen by `order_by`: `asc` or
                `desc`.
            order_by: Which timestamp to sort by: `created_at` (creation time) or
                `updated_at` (time of the last change).

        Returns one page; iterating it yields the items of every page, fetched as
        needed.
        """
        return await self._request_page(
            RequestSpec(
                "GET",
                "/evals",
                {"after": after, "limit": limit, "order": order, "order_by": order_by},
            ),
            models.EvalList.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
            "after",
        )

    async def create_eval(
        self,
        *,
        data_source_config: (
            models.CreateEvalRequestDataSourceConfig | Mapping[str, Any]
        ),
        testing_criteria: Sequence[
            models.CreateEvalRequestTestingCriteriaItem | Mapping[str, Any]
        ],
        name: str | Unset = UNSET,
        metadata: Mapping[str, str] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.Eval:
        """Create an eval

        Defines a new eval: the shape of the data it is run on (the data source config)
        and the graders that score every sample (the testing criteria). Once it exists,
        the eval can be run any number of times against different models and settings.

        Args:
            name: Human-readable name for the eval.
            data_source_config: Describes the data the eval is run on; fixes the shape
                of the items that graders can refer to.
            testing_criteria: Graders applied to every item of every run. They can use
                `{{item.<field>}}` for data and `{{sample.output_text}}` (and similar)
                for the model output.
        """
        return await self._request(
            RequestSpec(
                "POST",
                "/evals",
                {},
                {
                    "name": name,
                    "metadata": metadata,
                    "data_source_config": data_source_config,
                    "testing_criteria": testing_criteria,
                },
            ),
            models.Eval.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get_eval(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.Eval:
        """Retrieve an eval

        Args:
            eval_id: ID of the eval to fetch.
        """
        return await self._request(
            RequestSpec(
                "GET",
                "/evals/" + encode_path_param(eval_id, "eval_id"),
                {},
            ),
            models.Eval.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update_eval(
        self,
        eval_id: str,
        *,
        name: str | Unset = UNSET,
        metadata: Mapping[str, str] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.Eval:
        """Update an eval

        Changes the name and/or the metadata of an existing eval. Fields that are left
        out keep their current value.

        Args:
            eval_id: ID of the eval to change.
            name: New name for the eval.
        """
        return await self._request(
            RequestSpec(
                "POST",
                "/evals/" + encode_path_param(eval_id, "eval_id"),
                {},
                {"name": name, "metadata": metadata},
            ),
            models.Eval.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete_eval(
        self,
        eval_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.DeleteEvalResponse:
        """Delete an eval

        Args:
            eval_id: ID of the eval to remove.
        """
        return await self._request(
            RequestSpec(
                "DELETE",
                "/evals/" + encode_path_param(eval_id, "eval_id"),
                {},
            ),
            models.DeleteEvalResponse.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get_eval_runs(
        self,
        eval_id: str,
        *,
        after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: models.GetEvalRunsOrder | str | Unset = UNSET,
        status: models.GetEvalRunsStatus | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> AsyncPage[models.EvalRun]:
        """List the runs of an eval

        Returns the runs of one eval, one page at a time, optionally only those in a
        given status.

        Args:
            eval_id: ID of the eval whose runs are listed.
            after: Cursor: return runs that come after the run with this ID.
            limit: Maximum number of runs in one page.
            order: Sort direction by creation time: `asc` (oldest first, the default) or
                `desc`.
            status: Only return runs in this status.

        Returns one page; iterating it yields the items of every page, fetched as
        needed.
        """
        return await self._request_page(
            RequestSpec(
                "GET",
                "/evals/" + encode_path_param(eval_id, "eval_id") + "/runs",
                {"after": after, "limit": limit, "order": order, "status": status},
            ),
            models.EvalRunList.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
            "after",
        )

    async def create_eval_run(
        self,
        eval_id: str,
        *,
        data_source: models.CreateEvalRunRequestDataSource | Mapping[str, Any],
        name: str | Unset = UNSET,
        metadata: Mapping[str, str] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.EvalRun:
        """Start a run of an eval

        Creates and queues a run: the given data source provides the items (and, for the
        `completions` and `responses` kinds, says how the model is sampled). The items
        are checked against the data source config of the eval.

        Args:
            eval_id: ID of the eval to run.
            name: Human-readable name for the run.
            data_source: Which items the run uses and, if any, how samples are
                generated.
        """
        return await self._request(
            RequestSpec(
                "POST",
                "/evals/" + encode_path_param(eval_id, "eval_id") + "/runs",
                {},
                {"name": name, "metadata": metadata, "data_source": data_source},
            ),
            models.EvalRun.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.EvalRun:
        """Retrieve a run

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run to fetch.
        """
        return await self._request(
            RequestSpec(
                "GET",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id"),
                {},
            ),
            models.EvalRun.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.DeleteEvalRunResponse:
        """Delete a run

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run to remove.
        """
        return await self._request(
            RequestSpec(
                "DELETE",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id"),
                {},
            ),
            models.DeleteEvalRunResponse.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def cancel_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.EvalRun:
        """Cancel a run

        Stops a run that is still queued or in progress.

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run to stop.
        """
        return await self._request(
            RequestSpec(
                "POST",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id")
                + "/cancel",
                {},
            ),
            models.EvalRun.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get_eval_run_output_items(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: models.GetEvalRunOutputItemsStatus | str | Unset = UNSET,
        order: models.GetEvalRunOutputItemsOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> AsyncPage[models.EvalRunOutputItem]:
        """List the output items of a run

        Returns the per-item results of a run, one page at a time, optionally only the
        passing or only the failing ones.

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run whose output items are listed.
            after: Cursor: return output items that come after the item with this ID.
            limit: Maximum number of output items in one page.
            status: Only return items with this outcome: `pass` for items that passed,
                `fail` for items that did not.
            order: Sort direction by creation time: `asc` (oldest first, the default) or
                `desc`.

        Returns one page; iterating it yields the items of every page, fetched as
        needed.
        """
        return await self._request_page(
            RequestSpec(
                "GET",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id")
                + "/output_items",
                {"after": after, "limit": limit, "status": status, "order": order},
            ),
            models.EvalRunOutputItemList.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
            "after",
        )

    async def get_eval_run_output_item(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
    ) -> models.EvalRunOutputItem:
        """Retrieve an output item

        Args:
            eval_id: ID of the eval the run belongs to.
            run_id: ID of the run the item belongs to.
            output_item_id: ID of the output item to fetch.
        """
        return await self._request(
            RequestSpec(
                "GET",
                "/evals/"
                + encode_path_param(eval_id, "eval_id")
                + "/runs/"
                + encode_path_param(run_id, "run_id")
                + "/output_items/"
                + encode_path_param(output_item_id, "output_item_id"),
                {},
            ),
            models.EvalRunOutputItem.from_dict,
            RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class ClientWithRawResponse:
    """Client's methods, each returning an ``APIResponse`` instead of the parsed value."""

    def __init__(self, client: Client) -> None:
        self.list_evals = raw_response(client.list_evals)
        self.create_eval = raw_response(client.create_eval)
        self.get_eval = raw_response(client.get_eval)
        self.update_eval = raw_response(client.update_eval)
        self.delete_eval = raw_response(client.delete_eval)
        self.get_eval_runs = raw_response(client.get_eval_runs)
        self.create_eval_run = raw_response(client.create_eval_run)
        self.get_eval_run = raw_response(client.get_eval_run)
        self.delete_eval_run = raw_response(client.delete_eval_run)
        self.cancel_eval_run = raw_response(client.cancel_eval_run)
        self.get_eval_run_output_items = raw_response(client.get_eval_run_output_items)
        self.get_eval_run_output_item = raw_response(client.get_eval_run_output_item)


class AsyncClientWithRawResponse:
    """AsyncClient's methods, each returning an ``APIResponse`` instead of the parsed value."""

    def __init__(self, client: AsyncClient) -> None:
        self.list_evals = async_raw_response(client.list_evals)
        self.create_eval = async_raw_response(client.create_eval)
        self.get_eval = async_raw_response(client.get_eval)
        self.update_eval = async_raw_response(client.update_eval)
        self.delete_eval = async_raw_response(client.delete_eval)
        self.get_eval_runs = async_raw_response(client.get_eval_runs)
        self.create_eval_run = async_raw_response(client.create_eval_run)
        self.get_eval_run = async_raw_response(client.get_eval_run)
        self.delete_eval_run = async_raw_response(client.delete_eval_run)
        self.cancel_eval_run = async_raw_response(client.cancel_eval_run)
        self.get_eval_run_output_items = async_raw_response(
            client.get_eval_run_output_items
        )
        self.get_eval_run_output_item = async_raw_response(
            client.get_eval_run_output_item
        )
