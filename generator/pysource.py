"""Python source text, read with regular expressions where the tokenizer is too slow.

Used on the renderer's own output, whose strings and comments all come from the
escaping filters; the tests compare these readings with ``tokenize``'s.
"""

from __future__ import annotations

import re

# String literals, by their quotes (triple quotes first: "" must not end a """ string). A
# backslash escapes the next character, even in a raw string, as far as where it ends goes.
_STRING_LITERALS = (
    r"'''(?:\\.|[^\\])*?'''",
    r'"""(?:\\.|[^\\])*?"""',
    r"'(?:\\.|[^'\\\n])*'",
    r'"(?:\\.|[^"\\\n])*"',
)
#: A string literal with any prefix, or a comment: where a name or bracket is not code.
STRING_OR_COMMENT = re.compile("[rRbBuUfF]{0,2}(?:" + "|".join(_STRING_LITERALS) + r")|#[^\n]*", re.DOTALL)
