"""Section models: parse 10,000 EvalRunOutputItem objects from one JSON document.

The document is a JSON array (bytes) of 10,000 copies of the output item in the
API reference's "Get eval run output items" example (shared/seeds/001_*.txt),
with ids, timestamps, status and the data-source item varied per item. Every
contender starts from the same bytes and pays the same ``json.loads``:

  json.loads                 the floor
  ours                       EvalRunOutputItem.from_dict(x) for each item
  SDK default (construct)    openai._models.construct_type(type_=OutputItemListResponse, value=x):
                             what the official SDK does with a response by default
                             (no validation: _strict_response_validation=False)
  pydantic model_validate    OutputItemListResponse.model_validate(x): the SDK type, validated

Reported: µs per item ABOVE the floor; ratios on those per-item costs.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from _common import (
    Stats,
    fmt_ratio,
    heading,
    interleaved,
    note,
    safe_div,
    section_main,
    table,
    target_line,
)

N_ITEMS = 10_000
TARGET_SDK_RATIO = 15.0  # SDK default / ours, at least
TARGET_US_PER_ITEM = 45.0  # ours, µs per item above json.loads, at most

_SYSTEM_PROMPT = (
    "Categorize a given news headline into one of the following topics: Technology, Markets, "
    "World, Business, or Sports.\n\n# Steps\n\n1. Analyze the content of the news headline to "
    "understand its primary focus.\n2. Extract the subject matter, identifying any key indicators "
    "or keywords.\n3. Use the identified indicators to determine the most suitable category out of "
    "the five options: Technology, Markets, World, Business, or Sports.\n4. Ensure only one "
    "category is selected per headline.\n\n# Output Format\n\nRespond with the chosen category as "
    'a single word. For instance: "Technology", "Markets", "World", "Business", or "Sports".\n\n'
    '# Examples\n\n**Input**: "Apple Unveils New iPhone Model, Featuring Advanced AI Features" \n'
    '**Output**: "Technology"\n\n**Input**: "Global Stocks Mixed as Investors Await Central Bank '
    'Decisions" \n**Output**: "Markets"\n\n**Input**: "War in Ukraine: Latest Updates on '
    'Negotiation Status" \n**Output**: "World"\n\n**Input**: "Microsoft in Talks to Acquire Gaming '
    'Company for $2 Billion" \n**Output**: "Business"\n\n**Input**: "Manchester United Secures Win '
    'in Premier League Football Match" \n**Output**: "Sports" \n\n# Notes\n\n- If the headline '
    "appears to fit into more than one category, choose the most dominant theme.\n- Keywords or "
    'phrases such as "stocks", "company acquisition", "match", or technological brands can be good '
    "indicators for classification.\n"
)

#: The example item of shared/seeds/001_38cbd264bcd3934d.txt (GET .../output_items), except
#: ``sample.error``: the example has null, which the schema (and the SDK's pydantic type) do
#: not allow, so it is the schema-valid empty error the test server also sends by default.
SEED_ITEM: dict[str, Any] = {
    "object": "eval.run.output_item",
    "id": "outputitem_67e5796c28e081909917bf79f6e6214d",
    "created_at": 1743092076,
    "run_id": "evalrun_67abd54d60ec8190832b46859da808f7",
    "eval_id": "eval_67abd54d9b0081909a86353f6fb9317a",
    "status": "pass",
    "datasource_item_id": 5,
    "datasource_item": {
        "input": "Stock Markets Rally After Positive Economic Data Released",
        "ground_truth": "Markets",
    },
    "results": [
        {
            "name": "String check-a2486074-d803-4445-b431-ad2262e85d47",
            "sample": None,
            "passed": True,
            "score": 1.0,
        }
    ],
    "sample": {
        "input": [
            {
                "role": "developer",
                "content": _SYSTEM_PROMPT,
                "tool_call_id": None,
                "tool_calls": None,
                "function_call": None,
            },
            {
                "role": "user",
                "content": "Stock Markets Rally After Positive Economic Data Released",
                "tool_call_id": None,
                "tool_calls": None,
                "function_call": None,
            },
        ],
        "output": [
            {
                "role": "assistant",
                "content": "Markets",
                "tool_call_id": None,
                "tool_calls": None,
                "function_call": None,
            }
        ],
        "finish_reason": "stop",
        "model": "gpt-4o-mini-2024-07-18",
        "usage": {
            "total_tokens": 325,
            "completion_tokens": 2,
            "prompt_tokens": 323,
            "cached_tokens": 0,
        },
        "error": {"code": "", "message": ""},
        "temperature": 1.0,
        "max_completion_tokens": 2048,
        "top_p": 1.0,
        "seed": 42,
    },
}

_HEADLINES = [
    ("Stock Markets Rally After Positive Economic Data Released", "Markets"),
    ("New Smartphone Chip Promises Longer Battery Life", "Technology"),
    ("Leaders Meet to Discuss Climate Agreement", "World"),
    ("Retail Giant Reports Record Quarterly Profits", "Business"),
    ("Underdog Team Wins Championship in Overtime", "Sports"),
]


def make_document(n: int = N_ITEMS) -> bytes:
    """One JSON array of ``n`` output items, as the bytes a response body would be."""
    items = []
    for i in range(n):
        item = copy.deepcopy(SEED_ITEM)
        headline, topic = _HEADLINES[i % len(_HEADLINES)]
        passed = i % 3 != 2
        item["id"] = f"outputitem_{i:032x}"
        item["created_at"] = 1743092076 + i
        item["datasource_item_id"] = i
        item["status"] = "pass" if passed else "fail"
        item["datasource_item"] = {"input": headline, "ground_truth": topic}
        item["results"][0]["passed"] = passed
        item["results"][0]["score"] = 1.0 if passed else 0.0
        item["sample"]["input"][1]["content"] = headline
        item["sample"]["output"][0]["content"] = topic if passed else "World"
        item["sample"]["usage"]["prompt_tokens"] = 300 + i % 50
        item["sample"]["usage"]["total_tokens"] = 302 + i % 50
        items.append(item)
    return json.dumps(items).encode()


def run(quick: bool) -> None:
    heading("models", f"parse {N_ITEMS:,} EvalRunOutputItem objects from one JSON array (bytes)")
    from openai._models import construct_type
    from openai.types.evals.runs import OutputItemListResponse as SdkItem
    from openai_evals.models import EvalRunOutputItem

    document = make_document()
    print(
        f"  input: {len(document) / 1e6:.1f} MB, {N_ITEMS:,} items; SDK type: "
        "openai.types.evals.runs.OutputItemListResponse"
    )

    # Correctness first: all three accept every item, and ours round-trips exactly.
    data = json.loads(document)
    ours_objs = [EvalRunOutputItem.from_dict(x) for x in data]
    exact = all(o.to_dict() == x for o, x in zip(ours_objs, data))
    [SdkItem.model_validate(x) for x in data[:100]]
    constructed = construct_type(type_=SdkItem, value=data[0])
    assert isinstance(constructed, SdkItem), type(constructed)

    def floor() -> object:
        return json.loads(document)

    def ours() -> object:
        return [EvalRunOutputItem.from_dict(x) for x in json.loads(document)]

    def sdk_default() -> object:
        return [construct_type(type_=SdkItem, value=x) for x in json.loads(document)]

    def sdk_validate() -> object:
        return [SdkItem.model_validate(x) for x in json.loads(document)]

    def to_dict() -> object:
        return [o.to_dict() for o in ours_objs]

    reps = 3 if quick else 9
    contenders = {
        "json.loads (floor)": floor,
        "ours: from_dict": ours,
        "SDK default: construct_type": sdk_default,
        "pydantic: model_validate": sdk_validate,
    }
    result = interleaved(contenders, reps)
    info = interleaved({"ours: to_dict() (info)": to_dict}, reps)
    floor_s = result["json.loads (floor)"]
    ours_s = result["ours: from_dict"]

    def per_item(s: Stats) -> float:
        return s.minus(floor_s) / N_ITEMS * 1e6

    def per_item_min(s: Stats) -> float:
        return s.minus_min(floor_s) / N_ITEMS * 1e6

    print()
    print(
        f"  {reps} interleaved runs each; µs/item above floor = (median - floor median) / {N_ITEMS:,}"
    )
    rows = []
    for name, s in result.items():
        if s is floor_s:
            rows.append([name, f"{s.median * 1e3:.1f}", f"{s.min * 1e3:.1f}", "-", "-", "-"])
            continue
        rows.append(
            [
                name,
                f"{s.median * 1e3:.1f}",
                f"{s.min * 1e3:.1f}",
                f"{per_item(s):.2f}",
                f"{per_item_min(s):.2f}",
                fmt_ratio(safe_div(per_item(s), per_item(ours_s))),
            ]
        )
    for name, s in info.items():
        rows.append(
            [
                name,
                f"{s.median * 1e3:.1f}",
                f"{s.min * 1e3:.1f}",
                f"{s.median / N_ITEMS * 1e6:.2f}",
                f"{s.min / N_ITEMS * 1e6:.2f}",
                "(no floor)",
            ]
        )
    table(
        [
            "",
            "total ms (median)",
            "total ms (min)",
            "µs/item above floor",
            "(from mins)",
            "vs ours",
        ],
        rows,
    )
    note(
        f"ours: to_dict() of every parsed item equals the decoded input: {'yes' if exact else 'NO'}"
    )
    note(
        f"whole-run ratios (json.loads included): SDK default / ours "
        f"{fmt_ratio(safe_div(result['SDK default: construct_type'].median, ours_s.median))}, "
        f"model_validate / ours {fmt_ratio(safe_div(result['pydantic: model_validate'].median, ours_s.median))}"
    )
    sdk_ratio = safe_div(per_item(result["SDK default: construct_type"]), per_item(ours_s))
    target_line("SDK default / ours (above floor)", sdk_ratio, ">=", TARGET_SDK_RATIO)
    target_line(
        "ours / model_validate (above floor)",
        safe_div(per_item(ours_s), per_item(result["pydantic: model_validate"])),
        "<=",
        1.0,
    )
    target_line("ours above floor", per_item(ours_s), "<=", TARGET_US_PER_ITEM, unit="µs/item")

    # For information: the same parse from already-decoded data with the cyclic garbage
    # collector paused, which separates the work each parser does from the collections its
    # allocations (and the decoded input's) trigger. The targets above use the realistic run.
    paused = _paused_gc_medians(
        {"ours": lambda: [EvalRunOutputItem.from_dict(x) for x in data],
         "SDK default": lambda: [construct_type(type_=SdkItem, value=x) for x in data]},
        reps,
    )
    note(
        f"(info) collector paused, decoded input: ours {paused['ours'] / N_ITEMS * 1e6:.2f} µs/item, "
        f"SDK default {paused['SDK default'] / N_ITEMS * 1e6:.2f} µs/item, "
        f"SDK default / ours {fmt_ratio(safe_div(paused['SDK default'], paused['ours']))}"
    )
    counts = {label: _collections(fn) for label, fn in (("floor", floor), ("ours", ours), ("SDK default", sdk_default))}
    note(
        "(info) collections in one run, young/middle/full: "
        + ", ".join(f"{label} {'/'.join(map(str, c))}" for label, c in counts.items())
    )


def _collections(fn: Any) -> list[int]:
    """How many collections of each generation one call of ``fn`` triggers."""
    import gc

    gc.collect()
    before = [generation["collections"] for generation in gc.get_stats()]
    fn()
    return [generation["collections"] - was for generation, was in zip(gc.get_stats(), before)]


def _paused_gc_medians(contenders: dict[str, Any], reps: int) -> dict[str, float]:
    """Median seconds of each callable, interleaved, with ``gc`` disabled while it runs."""
    import gc
    import time

    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(reps):
        for name, fn in contenders.items():
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                fn()
                samples[name].append(time.perf_counter() - start)
            finally:
                gc.enable()
    return {name: sorted(values)[len(values) // 2] for name, values in samples.items()}


if __name__ == "__main__":
    section_main(run, __doc__)
