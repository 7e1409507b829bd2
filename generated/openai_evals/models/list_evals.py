"""Generated from the API spec: ListEvalsOrder, ListEvalsOrderBy."""

from __future__ import annotations

from .._runtime import StrEnum


class ListEvalsOrder(StrEnum):
    """The values the API documents for ListEvalsOrder; parsing keeps values it does not
    list as plain strings.
    """

    ASC = "asc"
    DESC = "desc"


class ListEvalsOrderBy(StrEnum):
    """The values the API documents for ListEvalsOrderBy; parsing keeps values it does not
    list as plain strings.
    """

    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
