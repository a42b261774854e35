"""Facade round trips against raw httpx + json.loads, over loopback, interleaved in one process.

Each pair of functions sends the same request and gets the same canned bytes back from a server in
another process. Runs alternate between facade and baseline in blocks (ABBA order) so that drift in
machine load lands on both sides; every request is timed on its own and the medians are compared.
Both sides use httpx clients built with the same keep-alive pool limits.
"""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from time import perf_counter, perf_counter_ns
from typing import Any, cast

import httpx

from bigcommerce_checkout import AsyncCheckoutClient, CheckoutClient
from bigcommerce_checkout.models import Checkout

from .bodies import STORE_HASH, TOKEN, checkout_bytes, checkout_id, checkout_path, consignment_request
from .server import CannedServer, Routes, response_bytes
from .stats import LARGE_GET_TARGET, POST_TARGET, SMALL_GET_TARGET, Row, Sample, Target, sample

ITEM_COUNTS = (1, 10, 200, 1000)
CONCURRENCY = 50
LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=64)
RAW_HEADERS = {"X-Auth-Token": TOKEN, "Accept": "application/json"}
SECTION = "Round trip over loopback, per request"
BASELINE = "httpx + json.loads"


@dataclass(frozen=True)
class Plan:
    rounds: int  # facade/baseline block pairs per case
    block: int  # requests per block
    burst_rounds: int  # concurrent bursts per side
    per_worker: int  # requests each of the 50 concurrent workers sends per burst


FULL = Plan(rounds=60, block=10, burst_rounds=12, per_worker=12)
QUICK = Plan(rounds=6, block=10, burst_rounds=3, per_worker=4)


def routes() -> Routes:
    found: dict[tuple[bytes, bytes], bytes] = {}
    for n in ITEM_COUNTS:
        path = checkout_path(n).encode()
        found[b"GET", path] = response_bytes(checkout_bytes(n))
        found[b"POST", path + b"/consignments"] = response_bytes(checkout_bytes(n))
    return found


def _block_size(plan: Plan, items: int) -> int:
    if items > 500:
        return max(2, plan.block // 5)
    return max(2, plan.block // 3) if items > 50 else plan.block


# --- timing loops ------------------------------------------------------------------------------


def interleave(
    ours: Callable[[], object], base: Callable[[], object], rounds: int, block: int
) -> tuple[Sample, Sample]:
    """Per-call times of `ours` and `base`, run in alternating blocks after a warm-up block each."""
    times: tuple[list[float], list[float]] = ([], [])
    gc.collect()
    for fn in (ours, base):
        for _ in range(block):
            fn()
    for r in range(rounds):
        for side in (0, 1) if r % 2 == 0 else (1, 0):
            fn = (ours, base)[side]
            out = times[side]
            for _ in range(block):
                start = perf_counter_ns()
                fn()
                out.append((perf_counter_ns() - start) / 1e9)
    return sample(times[0]), sample(times[1])


async def interleave_async(
    ours: Callable[[], Awaitable[object]], base: Callable[[], Awaitable[object]], rounds: int, block: int
) -> tuple[Sample, Sample]:
    times: tuple[list[float], list[float]] = ([], [])
    gc.collect()
    for fn in (ours, base):
        for _ in range(block):
            await fn()
    for r in range(rounds):
        for side in (0, 1) if r % 2 == 0 else (1, 0):
            fn = (ours, base)[side]
            out = times[side]
            for _ in range(block):
                start = perf_counter_ns()
                await fn()
                out.append((perf_counter_ns() - start) / 1e9)
    return sample(times[0]), sample(times[1])


async def _burst(fn: Callable[[], Awaitable[object]], workers: int, per_worker: int) -> float:
    """Wall time per request of `workers` tasks each sending `per_worker` requests back to back."""

    async def worker() -> None:
        for _ in range(per_worker):
            await fn()

    gc.collect()
    start = perf_counter()
    await asyncio.gather(*(worker() for _ in range(workers)))
    return (perf_counter() - start) / (workers * per_worker)


async def interleave_bursts(
    ours: Callable[[], Awaitable[object]], base: Callable[[], Awaitable[object]], plan: Plan
) -> tuple[Sample, Sample]:
    times: tuple[list[float], list[float]] = ([], [])
    for fn in (ours, base):  # warm-up: opens all 50 connections of each pool
        await _burst(fn, CONCURRENCY, 2)
    for r in range(plan.burst_rounds):
        for side in (0, 1) if r % 2 == 0 else (1, 0):
            times[side].append(await _burst((ours, base)[side], CONCURRENCY, plan.per_worker))
    return sample(times[0]), sample(times[1])


# --- the cases ---------------------------------------------------------------------------------


def _check(checkout: Checkout, items: int) -> None:
    """The facade really parsed the whole body (a benchmark of an error path would be worthless)."""
    physical = cast(Any, checkout).cart.line_items.physical_items
    if len(physical) != items:
        raise RuntimeError(f"expected {items} physical items, got {physical!r:.80}")


def _raw_json(response: httpx.Response) -> Any:
    response.raise_for_status()
    return json.loads(response.content)


def _raw_get(http: httpx.Client, path: str) -> Any:
    return _raw_json(http.get(path, headers=RAW_HEADERS))


def _raw_post(http: httpx.Client, path: str, body: Any) -> Any:
    return _raw_json(http.post(path, json=body, headers=RAW_HEADERS))


async def _async_raw_get(http: httpx.AsyncClient, path: str) -> Any:
    return _raw_json(await http.get(path, headers=RAW_HEADERS))


async def _async_raw_post(http: httpx.AsyncClient, path: str, body: Any) -> Any:
    return _raw_json(await http.post(path, json=body, headers=RAW_HEADERS))


def _row(name: str, ours: Sample, base: Sample, target: Target) -> Row:
    return Row(SECTION, name, "us", ours, base, BASELINE, target)


def _get_target(items: int) -> Target:
    return SMALL_GET_TARGET if items <= 10 else LARGE_GET_TARGET


def sync_rows(url: str, plan: Plan) -> list[Row]:
    consignments = consignment_request()
    rows = []
    with (
        httpx.Client(limits=LIMITS) as facade_http,
        httpx.Client(base_url=url, limits=LIMITS) as raw,
        CheckoutClient(
            store_hash=STORE_HASH, access_token=TOKEN, base_url=url, http_client=facade_http
        ) as client,
    ):
        for n in ITEM_COUNTS:
            _check(client.checkouts.get(checkout_id(n)), n)
            path = checkout_path(n)
            ours, base = interleave(
                partial(client.checkouts.get, checkout_id(n)),
                partial(_raw_get, raw, path),
                plan.rounds,
                _block_size(plan, n),
            )
            rows.append(_row(f"GET checkout, {n} items, sync", ours, base, _get_target(n)))
        n = 10
        _check(client.checkouts.consignments.add(checkout_id(n), consignments), n)
        path = checkout_path(n) + "/consignments"
        ours, base = interleave(
            partial(client.checkouts.consignments.add, checkout_id(n), consignments),
            partial(_raw_post, raw, path, consignments),
            plan.rounds,
            plan.block,
        )
        rows.append(_row(f"POST consignment ({n}-item answer), sync", ours, base, POST_TARGET))
    return rows


async def _async_rows(url: str, plan: Plan) -> list[Row]:
    consignments = consignment_request()
    rows = []
    async with (
        httpx.AsyncClient(limits=LIMITS) as facade_http,
        httpx.AsyncClient(base_url=url, limits=LIMITS) as raw,
        AsyncCheckoutClient(
            store_hash=STORE_HASH, access_token=TOKEN, base_url=url, http_client=facade_http
        ) as client,
    ):
        for n in ITEM_COUNTS:
            _check(await client.checkouts.get(checkout_id(n)), n)
            path = checkout_path(n)
            ours, base = await interleave_async(
                partial(client.checkouts.get, checkout_id(n)),
                partial(_async_raw_get, raw, path),
                plan.rounds,
                _block_size(plan, n),
            )
            rows.append(_row(f"GET checkout, {n} items, async", ours, base, _get_target(n)))
        n = 10
        _check(await client.checkouts.consignments.add(checkout_id(n), consignments), n)
        path = checkout_path(n) + "/consignments"
        ours, base = await interleave_async(
            partial(client.checkouts.consignments.add, checkout_id(n), consignments),
            partial(_async_raw_post, raw, path, consignments),
            plan.rounds,
            plan.block,
        )
        rows.append(_row(f"POST consignment ({n}-item answer), async", ours, base, POST_TARGET))

        path = checkout_path(n)
        ours, base = await interleave_bursts(
            partial(client.checkouts.get, checkout_id(n)), partial(_async_raw_get, raw, path), plan
        )
        rows.append(
            Row(
                SECTION,
                f"{CONCURRENCY} concurrent GETs, {n} items, async (wall time / requests)",
                "us",
                ours,
                base,
                BASELINE,
                note=f"throughput: facade {1 / ours.median:,.0f} req/s, raw httpx {1 / base.median:,.0f} req/s",
            )
        )
    return rows


def run(plan: Plan) -> list[Row]:
    with CannedServer(routes()) as url:
        rows = sync_rows(url, plan)
        rows += asyncio.run(_async_rows(url, plan))
    return rows
