"""Section client: per-request overhead of the generated client vs the official SDK.

A local no-op server (tests/support/evals_server.py in no-op mode, in its own
process so it does not share the GIL with the clients) answers
``GET /evals/{id}`` with a canned Eval. Each contender makes 1,000 sequential
calls over one kept-alive connection (several times), timed in blocks of 200
calls interleaved between the contenders, so a burst of noise on a busy
machine spreads over many short blocks instead of spoiling a long one:

  floor         http.client on a kept-alive connection + json.loads: server and
                transport alone, no client library
  ours          openai_evals.Client(api_key=..., base_url=..., max_retries=0).get_eval(id)
  SDK           openai.OpenAI(api_key=..., base_url=..., max_retries=0).evals.retrieve(id)

The target (ours <= 0.7x the SDK) is judged on the whole per-request time,
which is the stricter reading; the ratio of the costs above the floor (the
client libraries' own overhead) is printed too. The async clients
(openai_evals.AsyncClient vs openai.AsyncOpenAI) are measured when ours exists.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import subprocess
from collections.abc import Callable
from urllib.parse import urlsplit

from _common import (
    BENCH,
    PYTHON,
    ROOT,
    Stats,
    fmt_ratio,
    fmt_time,
    heading,
    interleaved,
    interleaved_commands,
    note,
    python_env,
    safe_div,
    section_main,
    table,
    target_line,
)

TARGET = 0.7
API_KEY = "sk-bench"
EVAL_ID = "eval_" + "0" * 32


def run(quick: bool) -> None:
    heading(
        "client",
        "sequential GET /evals/{id} against a local no-op server, 1,000 calls per round",
    )
    calls = 200  # per timed block; 5 blocks = one round of 1,000 calls
    reps = 5 * (3 if quick else 7)
    try:
        import openai_evals

        ours_class = openai_evals.Client
        available = True
    except (ImportError, AttributeError) as exc:
        ours_class = None
        available = False
        print(f"  skipped: openai_evals.Client not available yet ({type(exc).__name__}: {exc})")
        print("  (the floor and the SDK are still measured below, for reference)")
    import openai

    server = subprocess.Popen(
        [PYTHON, str(BENCH / "_server_proc.py"), API_KEY],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=python_env(),
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        if not base_url.startswith("http"):
            raise RuntimeError(f"the test server did not start (said {base_url!r})")
        _sync(base_url, ours_class, openai, calls, reps, available)
        if available and hasattr(openai_evals, "AsyncClient"):
            _async(base_url, openai_evals.AsyncClient, openai, calls, reps)
        elif available:
            note("openai_evals.AsyncClient not available: async clients not measured")
        if available:
            _first_call(base_url, 5 if quick else 15)
    finally:
        if server.stdin:
            server.stdin.close()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


def _floor_client(base_url: str) -> tuple[Callable[[], object], Callable[[], None]]:
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)
    path = f"{parts.path}/evals/{EVAL_ID}"
    headers = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"}

    def call() -> object:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"server answered {response.status}: {body[:200]!r}")
        return json.loads(body)

    return call, conn.close


def _sync(
    base_url: str, ours_class: object, openai: object, calls: int, reps: int, available: bool
) -> None:
    floor_call, floor_close = _floor_client(base_url)
    sdk = openai.OpenAI(api_key=API_KEY, base_url=base_url, max_retries=0)  # type: ignore[attr-defined]
    contenders: dict[str, Callable[[], None]] = {}

    def block(call: Callable[[], object]) -> Callable[[], None]:
        def run_block() -> None:
            for _ in range(calls):
                call()

        return run_block

    contenders["floor: http.client + json.loads"] = block(floor_call)
    ours = None
    if available:
        ours = ours_class(api_key=API_KEY, base_url=base_url, max_retries=0)  # type: ignore[operator]
        got = ours.get_eval(EVAL_ID)
        if getattr(got, "id", None) != EVAL_ID:
            raise RuntimeError(f"our client returned {got!r}")
        contenders["ours: Client.get_eval"] = block(lambda: ours.get_eval(EVAL_ID))
    got = sdk.evals.retrieve(EVAL_ID)
    assert got.id == EVAL_ID, got
    contenders["SDK: OpenAI().evals.retrieve"] = block(lambda: sdk.evals.retrieve(EVAL_ID))
    try:
        result = interleaved(contenders, reps)
    finally:
        floor_close()
        sdk.close()
        if ours is not None and hasattr(ours, "close"):
            ours.close()
    _report("sync", result, calls, reps, "SDK: OpenAI().evals.retrieve", "ours: Client.get_eval")


def _async(base_url: str, ours_class: object, openai: object, calls: int, reps: int) -> None:
    async def make() -> tuple[object, object]:
        return (
            ours_class(api_key=API_KEY, base_url=base_url, max_retries=0),  # type: ignore[operator]
            openai.AsyncOpenAI(api_key=API_KEY, base_url=base_url, max_retries=0),  # type: ignore[attr-defined]
        )

    loop = asyncio.new_event_loop()
    try:
        ours, sdk = loop.run_until_complete(make())

        async def ours_block() -> None:
            for _ in range(calls):
                await ours.get_eval(EVAL_ID)  # type: ignore[attr-defined]

        async def sdk_block() -> None:
            for _ in range(calls):
                await sdk.evals.retrieve(EVAL_ID)  # type: ignore[attr-defined]

        result = interleaved(
            {
                "ours: AsyncClient.get_eval": lambda: loop.run_until_complete(ours_block()),
                "SDK: AsyncOpenAI().evals.retrieve": lambda: loop.run_until_complete(sdk_block()),
            },
            reps,
        )

        async def close() -> None:
            for client in (ours, sdk):
                closer = getattr(client, "aclose", None) or getattr(client, "close", None)
                if closer is not None:
                    value = closer()
                    if asyncio.iscoroutine(value):
                        await value

        loop.run_until_complete(close())
    finally:
        loop.close()
    _report(
        "async",
        result,
        calls,
        reps,
        "SDK: AsyncOpenAI().evals.retrieve",
        "ours: AsyncClient.get_eval",
    )


_FIRST_OURS = """
import openai_evals
client = openai_evals.Client(api_key={key!r}, base_url={url!r}, max_retries=0)
assert client.get_eval({eval_id!r}).id == {eval_id!r}
"""

_FIRST_SDK = """
import openai
client = openai.OpenAI(api_key={key!r}, base_url={url!r}, max_retries=0)
assert client.evals.retrieve({eval_id!r}).id == {eval_id!r}
"""


def _first_call(base_url: str, reps: int) -> None:
    """A fresh process: import, make a client, one request (lazy imports land here)."""
    fields = {"key": API_KEY, "url": base_url, "eval_id": EVAL_ID}
    result = interleaved_commands(
        {
            "python -c pass": [PYTHON, "-c", "pass"],
            "ours: import + Client() + get_eval": [PYTHON, "-c", _FIRST_OURS.format(**fields)],
            "SDK: import + OpenAI() + evals.retrieve": [PYTHON, "-c", _FIRST_SDK.format(**fields)],
        },
        reps,
        env=python_env(),
        cwd=ROOT,
    )
    bare, ours, sdk = result.values()
    print()
    print(
        f"  cold first call (info): fresh process, {reps} interleaved runs each, minus interpreter start"
    )
    table(
        ["", "above start (median)", "vs SDK"],
        [
            [name, fmt_time(s.minus(bare)), fmt_ratio(safe_div(s.minus(bare), sdk.minus(bare)))]
            for name, s in (
                ("ours: import + Client() + get_eval", ours),
                ("SDK: import + OpenAI() + evals.retrieve", sdk),
            )
        ],
    )


def _report(
    kind: str, result: dict[str, Stats], calls: int, reps: int, sdk_name: str, ours_name: str
) -> None:
    floor = result.get("floor: http.client + json.loads")
    sdk = result[sdk_name]
    print()
    print(
        f"  {kind}: {reps} interleaved blocks of {calls:,} sequential calls per contender "
        f"({reps * calls:,} calls); per request = block median / {calls}"
    )
    rows = []
    for name, s in result.items():
        per = s.median / calls
        above = "-" if floor is None or s is floor else fmt_time(s.minus(floor) / calls)
        rows.append(
            [
                name,
                fmt_time(per),
                fmt_time(s.min / calls),
                above,
                fmt_ratio(safe_div(s.median, sdk.median)),
            ]
        )
    table(["", "per request (median)", "(min)", "above floor", "vs SDK"], rows)
    ours = result.get(ours_name)
    if ours is None:
        return
    paired = Stats([o / p for o, p in zip(ours.samples, sdk.samples)])
    note(f"paired ratio (ours / SDK block by block, median): {fmt_ratio(paired.median)}")
    if floor is not None:
        note(
            f"client overhead above the floor, ours / SDK: "
            f"{fmt_ratio(safe_div(ours.minus(floor), sdk.minus(floor)))}"
        )
    target_line(f"{kind} ours / SDK per request", safe_div(ours.median, sdk.median), "<=", TARGET)


if __name__ == "__main__":
    section_main(run, __doc__)
