"""Parsing alone: `CheckoutResponse.from_dict(json.loads(body))` against `json.loads(body)`."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from functools import partial
from time import perf_counter
from typing import Any, cast

from bigcommerce_checkout_api.models import CheckoutResponse

from .bodies import checkout_bytes
from .stats import Row, Sample, sample

SECTION = "Parsing only, per body"


def _parse(body: bytes) -> CheckoutResponse:
    return CheckoutResponse.from_dict(json.loads(body))


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


def run(repeats: int) -> list[Row]:
    rows = []
    for n in (10, 200):
        body = checkout_bytes(n)
        parsed = CheckoutResponse.from_dict(json.loads(body))
        if len(cast(Any, parsed).data.cart.line_items.physical_items) != n:
            raise RuntimeError("the body did not parse into the expected checkout")
        ours, base = compare(
            partial(_parse, body),
            partial(json.loads, body),
            repeats,
        )
        rows.append(
            Row(
                SECTION,
                f"CheckoutResponse.from_dict, {n} items ({len(body) / 1024:.0f} KiB)",
                "us",
                ours,
                base,
                "json.loads",
            )
        )
    return rows
