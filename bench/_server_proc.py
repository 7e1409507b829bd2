"""Run the test Evals server in its own process for the client benchmark.

Prints the base URL on one line, then serves (no-op mode: ``GET /evals/{id}``
answers a canned Eval; requests are not recorded) until standard input closes.
Keeping the server out of the benchmark's process means it does not share the
GIL with the clients being measured.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.evals_server import EvalsServer


def main() -> None:
    api_key = sys.argv[1] if len(sys.argv) > 1 else "sk-bench"
    server = EvalsServer(api_key=api_key)
    server.start()
    server.set_noop(True)
    server.recording = False
    print(server.base_url, flush=True)
    try:
        sys.stdin.read()  # until the parent closes our stdin (or exits)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
