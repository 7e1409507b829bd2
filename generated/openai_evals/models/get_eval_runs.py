"""Generated from the API spec: GetEvalRunsOrder, GetEvalRunsStatus."""

from __future__ import annotations

from .._runtime import StrEnum


class GetEvalRunsOrder(StrEnum):
    """The values the API documents for GetEvalRunsOrder; parsing keeps values it does not
    list as plain strings.
    """

    ASC = "asc"
    DESC = "desc"


class GetEvalRunsStatus(StrEnum):
    """The values the API documents for GetEvalRunsStatus; parsing keeps values it does not
    list as plain strings.
    """

    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELED = "canceled"
    FAILED = "failed"
