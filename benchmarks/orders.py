"""Paging through orders: the facade's iterator against raw httpx + json.loads paging by hand.

A canned server in another process answers `GET /v2/orders?limit=250&page=N` with 250 orders per
page and 204 (no body) past the last one, as BigCommerce v2 does. One order's body is what the
local fake answers for an order placed through its checkout (three products, a coupon, tax), with
its id changed for each copy. Both sides walk every page of 5,000 orders (20 pages) and touch each
order's id and total; runs alternate between the two sides. Memory: the peak traced by tracemalloc
while each side walks 1,000 and 5,000 orders, which should be flat in the number of pages: one
page at a time is held, never the whole list.
"""

from __future__ import annotations

import asyncio
import gc
import json
import tracemalloc
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache
from time import perf_counter
from typing import Any

import httpx

from bigcommerce_checkout import AsyncCheckoutClient, CheckoutClient

from .bodies import TOKEN
from .server import CannedServer, Routes, response_bytes, target_key
from .stats import Row, Sample, Target, sample

SECTION = "Paging through orders (v2, 250 per page)"
BASELINE = "httpx + json.loads, paged by hand"
PAGE = 250
SIZES = {"bench5000": 5000, "bench1000": 1000}  # store hash -> how many orders it has
ITERATE_TARGET = Target(1.00, "ratio")
MEMORY_FLAT_TARGET = Target(1.25, "ratio")  # peak at 5,000 orders vs at 1,000
NO_CONTENT = b"HTTP/1.1 204 No Content\r\n\r\n"
RAW_HEADERS = {"X-Auth-Token": TOKEN, "Accept": "application/json"}


@cache
def order_template() -> dict[str, Any]:
    """One v2 order as the local fake answers it, from a checkout with three products and a coupon."""
    from bigcommerce_checkout.testing import FakeBigCommerce

    items = [
        {"product_id": 112, "name": "Teal enamel mug", "sku": "MUG-TEAL", "price": 32, "quantity": 2},
        {"product_id": 118, "name": "Trail water bottle", "sku": "BOTTLE-500", "price": 24},
        {"product_id": 140, "name": "Camping recipes", "sku": "EBOOK-1", "price": 10, "type": "digital"},
    ]
    address = {
        "first_name": "Ada", "last_name": "Okafor", "email": "ada.okafor@example.com",
        "address1": "14 Harbour Lane", "city": "Portland", "state_or_province": "Oregon",
        "country_code": "US", "postal_code": "97201",
    }  # fmt: skip
    with FakeBigCommerce(tax_rate=Decimal("0.08")) as fake:
        fake.seed_coupon("TENOFF", percentage=10)
        cart = fake.seed_cart(items=items)
        with httpx.Client(base_url=fake.url, headers={"X-Auth-Token": fake.access_token}) as http:
            checkouts = f"/stores/{fake.store_hash}/v3/checkouts/{cart}"
            http.post(f"{checkouts}/coupons", json={"coupon_code": "TENOFF"}).raise_for_status()
            http.post(f"{checkouts}/billing-address", json=address).raise_for_status()
            physical = fake.checkout(cart)["cart"]["line_items"]["physical_items"]
            lines = [{"item_id": i["id"], "quantity": i["quantity"]} for i in physical]
            made = http.post(
                f"{checkouts}/consignments",
                params={"include": "consignments.available_shipping_options"},
                json=[{"address": address, "line_items": lines}],
            ).json()["data"]["consignments"][0]
            option = made["available_shipping_options"][0]["id"]
            http.put(f"{checkouts}/consignments/{made['id']}", json={"shipping_option_id": option})
            order_id = http.post(f"{checkouts}/orders").json()["data"]["id"]
            order: dict[str, Any] = http.get(f"/stores/{fake.store_hash}/v2/orders/{order_id}").json()
    return order


def _page_path(store_hash: str, page: int) -> str:
    return f"/stores/{store_hash}/v2/orders?limit={PAGE}&page={page}"


def routes() -> Routes:
    template = order_template()
    found: dict[tuple[bytes, bytes], bytes] = {}
    for store_hash, count in SIZES.items():
        pages = -(-count // PAGE)
        for page in range(1, pages + 1):
            first = (page - 1) * PAGE + 1
            orders = [{**template, "id": n} for n in range(first, min(count, page * PAGE) + 1)]
            body = json.dumps(orders, separators=(",", ":")).encode()
            found[b"GET", target_key(_page_path(store_hash, page).encode())] = response_bytes(body)
        found[b"GET", target_key(_page_path(store_hash, pages + 1).encode())] = NO_CONTENT
    return found


# --- the two sides ------------------------------------------------------------------------------


def raw_orders(http: httpx.Client, store_hash: str) -> Iterator[Any]:
    """What code without the client writes: ask page after page until a short page or a 204."""
    page = 1
    while True:
        response = http.get(
            f"/stores/{store_hash}/v2/orders", params={"limit": PAGE, "page": page}, headers=RAW_HEADERS
        )
        response.raise_for_status()
        if response.status_code == 204:
            return
        orders = json.loads(response.content)
        yield from orders
        if len(orders) < PAGE:
            return
        page += 1


async def async_raw_orders(http: httpx.AsyncClient, store_hash: str) -> list[Any]:
    seen = []
    page = 1
    while True:
        response = await http.get(
            f"/stores/{store_hash}/v2/orders", params={"limit": PAGE, "page": page}, headers=RAW_HEADERS
        )
        response.raise_for_status()
        if response.status_code == 204:
            return seen
        orders = json.loads(response.content)
        seen.extend((o["id"], o["total_inc_tax"]) for o in orders)
        if len(orders) < PAGE:
            return seen
        page += 1


def facade_orders(client: CheckoutClient) -> Iterator[Any]:
    return iter(client.orders.iter(limit=PAGE))


def _walk_raw(http: httpx.Client, store_hash: str) -> int:
    count = 0
    for order in raw_orders(http, store_hash):
        _ = (order["id"], order["total_inc_tax"])
        count += 1
    return count


def _walk_facade(client: CheckoutClient) -> int:
    count = 0
    for order in facade_orders(client):
        _ = (order.id, order.total_inc_tax)
        count += 1
    return count


async def _walk_facade_async(client: AsyncCheckoutClient) -> int:
    count = 0
    async for order in client.orders.iter(limit=PAGE):
        _ = (order.id, order.total_inc_tax)
        count += 1
    return count


# --- measuring ----------------------------------------------------------------------------------


def _alternate(
    ours: Callable[[], int], base: Callable[[], int], rounds: int, expected: int
) -> tuple[Sample, Sample]:
    times: tuple[list[float], list[float]] = ([], [])
    for fn in (ours, base):  # warm up, and check both really walk every order
        if fn() != expected:
            raise RuntimeError(f"expected {expected} orders")
    for r in range(rounds):
        for side in (0, 1) if r % 2 == 0 else (1, 0):
            gc.collect()
            start = perf_counter()
            (ours, base)[side]()
            times[side].append(perf_counter() - start)
    return sample(times[0]), sample(times[1])


def _peak_kib(walk: Callable[[], int]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        walk()
        return tracemalloc.get_traced_memory()[1] / 1024
    finally:
        tracemalloc.stop()


def _clients(url: str, store_hash: str) -> tuple[httpx.Client, CheckoutClient]:
    return (
        httpx.Client(base_url=url),
        CheckoutClient(store_hash=store_hash, access_token=TOKEN, base_url=url),
    )


def run(rounds: int) -> list[Row]:
    rows: list[Row] = []
    with CannedServer(routes()) as url:
        raw, client = _clients(url, "bench5000")
        with raw, client:
            ours, base = _alternate(
                lambda: _walk_facade(client), lambda: _walk_raw(raw, "bench5000"), rounds, SIZES["bench5000"]
            )
            rows.append(
                Row(
                    SECTION,
                    "iterate 5,000 orders (20 pages), sync",
                    "ms",
                    ours,
                    base,
                    BASELINE,
                    ITERATE_TARGET,
                )
            )

        async def async_side() -> tuple[Sample, Sample]:
            async with (
                httpx.AsyncClient(base_url=url) as http,
                AsyncCheckoutClient(store_hash="bench5000", access_token=TOKEN, base_url=url) as aclient,
            ):
                times: tuple[list[float], list[float]] = ([], [])
                for r in range(rounds + 1):
                    for side in (0, 1) if r % 2 == 0 else (1, 0):
                        gc.collect()
                        start = perf_counter()
                        if side == 0:
                            walked = await _walk_facade_async(aclient)
                        else:
                            walked = len(await async_raw_orders(http, "bench5000"))
                        if walked != SIZES["bench5000"]:
                            raise RuntimeError("expected 5000 orders")
                        if r:  # the first round warms up
                            times[side].append(perf_counter() - start)
                return sample(times[0]), sample(times[1])

        ours, base = asyncio.run(async_side())
        rows.append(
            Row(SECTION, "iterate 5,000 orders (20 pages), async", "ms", ours, base, BASELINE, ITERATE_TARGET)
        )

        peaks: dict[str, tuple[float, float]] = {}
        for store_hash in SIZES:
            raw, client = _clients(url, store_hash)
            with raw, client:
                _walk_facade(client)  # warm: imports and the connection happen outside the trace
                _walk_raw(raw, store_hash)
                peaks[store_hash] = (
                    _peak_kib(lambda c=client: _walk_facade(c)),
                    _peak_kib(lambda r=raw, h=store_hash: _walk_raw(r, h)),
                )
        small, large = peaks["bench1000"], peaks["bench5000"]
        rows.append(
            Row(
                SECTION,
                "peak memory walking 5,000 orders vs 1,000 (facade)",
                "KiB",
                Sample(large[0], large[0], 1),
                Sample(small[0], small[0], 1),
                "the facade at 1,000 orders",
                MEMORY_FLAT_TARGET,
                note=f"peak traced: facade {small[0]:,.0f} KiB at 1,000 orders, {large[0]:,.0f} KiB at 5,000; "
                f"raw paging {small[1]:,.0f} KiB and {large[1]:,.0f} KiB",
            )
        )
    return rows
