"""Generated from the API spec: MessagePhase."""

from __future__ import annotations

from .._runtime import StrEnum


class MessagePhase(StrEnum):
    """Marks an `assistant` message as `commentary` (intermediate) or `final_answer`. Send
    it back unchanged on assistant messages in later requests; it is not used on user
    messages.
    """

    COMMENTARY = "commentary"
    FINAL_ANSWER = "final_answer"
