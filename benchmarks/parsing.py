"""Parsing alone: the facade's decoder (JSON bytes straight into the models) against `json.loads`.

Also the memory a parsed checkout keeps alive, measured with tracemalloc against the dicts and
lists `json.loads` builds for the same body.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Callable
from functools import partial
from time import perf_counter

from bigcommerce_checkout._models import decode_data
from bigcommerce_checkout.models import CheckoutResponse

from .bodies import checkout_bytes
from .stats import MEMORY_TARGET, PARSE_TARGET, Row, Sample, sample

SECTION = "Parsing only, per body"
SIZES = (1, 10, 200, 1000)
_parse = decode_data(CheckoutResponse)  # exactly what client.checkouts.get() runs on the body


def _per_call(fn: Callable[[], object], loops: int) -> float:
    start = perf_counter()
    for _ in range(loops):
        fn()
    return (perf_counter() - start) / loops


def compare(ours: Callable[[], object], base: Callable[[], object], repeats: int) -> tuple[Sample, Sample]:
    """Per-call times in alternating batches, each batch sized to take about 10 ms."""
    loops = [max(1, round(0.01 / _per_call(fn, 20))) for fn in (ours, base)]
    times: tuple[list[float], list[float]] = ([], [])
    for r in range(repeats):
        for side in (0, 1) if r % 2 == 0 else (1, 0):
            gc.collect()
            times[side].append(_per_call((ours, base)[side], loops[side]))
    return sample(times[0]), sample(times[1])


def retained(parse: Callable[[bytes], object], body: bytes) -> int:
    """Bytes still allocated while the parsed result is alive (the body itself excluded)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = parse(body)
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del result
    return after - before


def run(repeats: int) -> list[Row]:
    rows = []
    for n in SIZES:
        body = checkout_bytes(n)
        if len(_parse(body).cart.line_items.physical_items) != n:
            raise RuntimeError("the body did not parse into the expected checkout")
        ours, base = compare(partial(_parse, body), partial(json.loads, body), repeats)
        rows.append(
            Row(
                SECTION,
                f"decode into Checkout, {n} items ({len(body) / 1024:.0f} KiB)",
                "us",
                ours,
                base,
                "json.loads",
                PARSE_TARGET,
            )
        )
    body = checkout_bytes(1000)
    ours_bytes = [retained(_parse, body) for _ in range(3)]
    base_bytes = [retained(json.loads, body) for _ in range(3)]
    ours_kib, base_kib = sample([b / 1024 for b in ours_bytes]), sample([b / 1024 for b in base_bytes])
    rows.append(
        Row(
            "Memory kept by a parsed body",
            "parsed 1000-item checkout, KiB retained",
            "KiB",
            ours_kib,
            base_kib,
            "json.loads",
            MEMORY_TARGET,
            note=f"body {len(body) / 1024:.0f} KiB; ours {ours_kib.median:,.0f} KiB, json.loads {base_kib.median:,.0f} KiB",
        )
    )
    return rows
