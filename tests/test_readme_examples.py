"""The Python examples of ``generated/README.md`` run, in order, against the test server.

The blocks share one namespace, as a reader typing them into one session would (the
"Errors" example uses the ``client`` of the quick start). ``OPENAI_API_KEY`` and
``OPENAI_BASE_URL`` point the examples at the in-memory Evals API; the package's default base
URL is replaced by a closed local port, so an example that ignored the environment would fail
rather than reach the internet.
"""

from __future__ import annotations

import contextlib
import io
import re
import socket
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai_evals
import pytest
from openai_evals import _client, models

from tests.support.evals_server import EvalsServer

README = Path(__file__).resolve().parent.parent / "generated" / "README.md"
API_KEY = "sk-test"


@dataclass(frozen=True)
class Block:
    number: int
    line: int  # of the opening fence
    heading: str
    code: str

    @property
    def name(self) -> str:
        return f"README.md block {self.number} (line {self.line}, under {self.heading!r})"


def python_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    heading = "(top)"
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        if line.strip() == "```python":
            start = index
            index += 1
            body: list[str] = []
            while lines[index].strip() != "```":
                body.append(lines[index])
                index += 1
            blocks.append(Block(len(blocks) + 1, start + 1, heading, "\n".join(body) + "\n"))
        index += 1
    return blocks


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def run_blocks(blocks: list[Block]) -> tuple[dict[str, Any], dict[int, str]]:
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    outputs: dict[int, str] = {}
    for block in blocks:
        stdout = io.StringIO()
        failure: BaseException | None = None
        try:
            code = compile(block.code, block.name, "exec")
            with contextlib.redirect_stdout(stdout):
                exec(code, namespace)  # noqa: S102 - the README's own examples
        except Exception as error:  # noqa: BLE001 - reported below, naming the block
            failure = error
        if failure is not None:
            pytest.fail(
                f"{block.name} raised {failure!r}\n\n{block.code}\n"
                + "".join(traceback.format_exception(failure))
                + f"\nprinted so far:\n{stdout.getvalue()}",
                pytrace=False,
            )
        outputs[block.number] = stdout.getvalue()
    return namespace, outputs


def test_readme_has_the_expected_examples() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = python_blocks(text)
    assert len(blocks) == text.count("```python") >= 4
    assert [b.heading for b in blocks[:4]] == [
        "Quick start",
        "Async",
        "Errors, retries and timeouts",
        "Raw responses",
    ]


def test_readme_examples_run(
    clean_openai_env: pytest.MonkeyPatch, evals_server: EvalsServer
) -> None:
    clean_openai_env.setenv("OPENAI_API_KEY", API_KEY)
    clean_openai_env.setenv("OPENAI_BASE_URL", evals_server.base_url)
    clean_openai_env.setattr(_client, "DEFAULT_BASE_URL", closed_port_url())

    blocks = python_blocks(README.read_text(encoding="utf-8"))
    namespace, outputs = run_blocks(blocks)
    try:
        assert all(r.header("authorization") == f"Bearer {API_KEY}" for r in evals_server.requests)

        # Quick start: one line per output item of the run, "<id> <status> [<passed>...]".
        evaluation, run = namespace["evaluation"], namespace["run"]
        assert isinstance(evaluation, models.Eval) and evaluation.name == "Sentiment"
        assert isinstance(run, models.EvalRun) and run.eval_id == evaluation.id
        items = evals_server.get_output_items(run.id)
        assert len(items) >= 1
        expected = [
            f"{item['id']} {item['status']} {[result['passed'] for result in item['results']]}"
            for item in items
        ]
        assert outputs[1].splitlines() == expected
        assert all(
            re.fullmatch(r"outputitem_\w+ (pass|fail) \[(True|False)\]", line) for line in expected
        )

        # Async: the one eval, with its name.
        assert outputs[2].splitlines() == [f"{evaluation.id} Sentiment"]

        # Errors: the status and the request id of the 404.
        not_found = [r for r in evals_server.requests if r.path == "/evals/eval_does_not_exist"]
        assert len(not_found) == 1  # a 404 is not retried
        assert outputs[3].splitlines() == [f"404 {not_found[0].request_id}"]

        # Raw responses: the status and the request id, then the parsed eval.
        fetched = [r for r in evals_server.requests if r.path == f"/evals/{evaluation.id}"]
        assert outputs[4].splitlines() == [f"200 {fetched[-1].request_id}"]
        assert isinstance(namespace["response"], openai_evals.APIResponse)
        assert namespace["evaluation"].to_dict() == evals_server.get_eval(evaluation.id)
    finally:
        client = namespace.get("client")
        if isinstance(client, openai_evals.Client):
            client.close()
