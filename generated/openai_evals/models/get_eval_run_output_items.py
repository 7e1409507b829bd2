"""Generated from the API spec: GetEvalRunOutputItemsStatus, GetEvalRunOutputItemsOrder."""

from __future__ import annotations

from .._runtime import StrEnum


class GetEvalRunOutputItemsStatus(StrEnum):
    """The values the API documents for GetEvalRunOutputItemsStatus; parsing keeps values
    it does not list as plain strings.
    """

    FAIL = "fail"
    PASS = "pass"


class GetEvalRunOutputItemsOrder(StrEnum):
    """The values the API documents for GetEvalRunOutputItemsOrder; parsing keeps values it
    does not list as plain strings.
    """

    ASC = "asc"
    DESC = "desc"
