"""``python -m generator``: see :mod:`generator.cli`."""

import os
import sys

from .cli import main

status = main()
# Everything is written and closed by now; skip the interpreter's teardown of the large
# structures a run builds (about a tenth of a second), flushing what was printed first.
try:
    sys.stdout.flush()
    sys.stderr.flush()
except BrokenPipeError:  # the reader went away (`... | head`): nothing more to say
    pass
os._exit(status)
