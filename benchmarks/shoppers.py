"""A thousand shoppers at once: one `AsyncStorefrontClient` against the local fake, next to raw httpx.

Each shopper creates a cart, reads it, adds a billing address and reads the checkout: four calls,
all at once for every shopper. Ours runs with default settings; the baseline is one
`httpx.AsyncClient` (keep-alive pool sized to 64) with a cookie jar per shopper and at most 64
requests in flight (a semaphore). The fake and each side's client run in processes of their own,
so a peak RSS is the peak of that process alone, and the fake starts empty for each run.

`python -m benchmarks.shoppers --shoppers 300 --create-only` reproduces issue 22's measurement
(only `carts.create`, errors split by whether the call may have been sent).
"""

from __future__ import annotations

import argparse
import asyncio
import http.cookiejar
import json
import multiprocessing
import resource
import statistics
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any

import httpx

from .stats import SHOPPERS_TARGET, VIEW_MEMORY_TARGET, Row, Sample, sample

SHOPPERS = 1000
BASELINE_IN_FLIGHT = 64
ROUNDS = 3  # runs per side, alternating
SECTION = f"{SHOPPERS:,} concurrent shoppers against the local fake (4 calls each)"
BASELINE = f"raw httpx, {BASELINE_IN_FLIGHT} in flight"
LINE = {"lineItems": [{"productId": 112, "variantId": 358, "quantity": 1}]}
BILLING = {"email": "noor.haddad@example.com", "countryCode": "US"}


def _peak_rss_kib() -> float:
    """This process's own peak RSS. Not ru_maxrss: Linux carries the peak of the parent's copy of
    itself over into a spawned child (fork, then exec), which would show the benchmark's runner."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])  # kB
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux, bytes on macOS


# --- the fake, in its own process -------------------------------------------------------------


def _serve_fake(pipe: Connection) -> None:
    from bigcommerce_checkout.testing import FakeBigCommerce

    with FakeBigCommerce() as fake:
        pipe.send(fake.url)
        pipe.recv()  # wait for the word to stop
        pipe.send(_peak_rss_kib())


@contextmanager
def fake_process() -> Iterator[tuple[str, list[float]]]:
    """`with fake_process() as (url, rss):` the fake's URL; `rss` holds its peak RSS (KiB) after."""
    context = multiprocessing.get_context("spawn")
    mine, theirs = context.Pipe()
    process = context.Process(target=_serve_fake, args=(theirs,), daemon=True)
    process.start()
    if not mine.poll(60):
        process.kill()
        raise RuntimeError("the fake did not start within 60 s")
    rss: list[float] = []
    try:
        yield mine.recv(), rss
    finally:
        mine.send("stop")
        if mine.poll(30):
            rss.append(mine.recv())
        process.join(10)
        if process.is_alive():
            process.kill()


# --- the two sides ------------------------------------------------------------------------------


async def _ours(url: str, shoppers: int, create_only: bool, size: int | None) -> list[BaseException | None]:
    from bigcommerce_checkout import AsyncStorefrontClient

    async def shopper(shop: AsyncStorefrontClient) -> None:
        view = shop.for_shopper()
        cart = await view.carts.create(LINE)  # type: ignore[arg-type]
        if create_only:
            return
        await view.carts.get()
        await view.checkouts.billing_address.add(cart.id, BILLING)  # type: ignore[arg-type]
        await view.checkouts.get(cart.id)

    async with AsyncStorefrontClient(base_url=url, max_connections=size) as shop:
        return await _gather(shopper(shop) for _ in range(shoppers))


class _KeepNothing(http.cookiejar.DefaultCookiePolicy):
    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


async def _raw(url: str, shoppers: int, create_only: bool, size: int | None) -> list[BaseException | None]:
    size = size or BASELINE_IN_FLIGHT
    limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
    in_flight = asyncio.Semaphore(size)
    headers = {"Accept": "application/json"}

    async def call(
        http: httpx.AsyncClient, jar: httpx.Cookies, method: str, path: str, body: Any = None
    ) -> Any:
        request = http.build_request(method, path, json=body, headers=headers)
        jar.set_cookie_header(request)
        async with in_flight:
            response = await http.send(request)
        jar.extract_cookies(response)
        response.raise_for_status()
        return json.loads(response.content)

    async def shopper(client: httpx.AsyncClient) -> None:
        jar = httpx.Cookies()
        cart = await call(client, jar, "POST", "/api/storefront/carts", LINE)
        if create_only:
            return
        await call(client, jar, "GET", "/api/storefront/carts")
        await call(client, jar, "POST", f"/api/storefront/checkouts/{cart['id']}/billing-address", BILLING)
        await call(client, jar, "GET", f"/api/storefront/checkouts/{cart['id']}")

    # The shared client's own jar must keep nothing, or every shopper would get the last session.
    jar = http.cookiejar.CookieJar(policy=_KeepNothing())
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30, cookies=jar) as client:
        return await _gather(shopper(client) for _ in range(shoppers))


async def _gather(tasks: Any) -> list[BaseException | None]:
    return await asyncio.gather(*tasks, return_exceptions=True)


SIDES: dict[str, Callable[[str, int, bool, int | None], Any]] = {"ours": _ours, "raw": _raw}


def _run_side(
    side: str, url: str, shoppers: int, create_only: bool, size: int | None, pipe: Connection
) -> None:
    cpu, wall = time.process_time(), time.perf_counter()
    outcomes = asyncio.run(SIDES[side](url, shoppers, create_only, size))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    errors = [e for e in outcomes if e is not None]
    pipe.send(
        {
            "wall": wall,
            "cpu": cpu,
            "errors": len(errors),
            "sent": sum(1 for e in errors if "may or may not" in str(e)),  # orphans: may have been sent
            "kinds": sorted({type(e).__name__ for e in errors}),
            "rss": _peak_rss_kib(),
        }
    )


def run_once(
    side: str, shoppers: int = SHOPPERS, create_only: bool = False, size: int | None = None
) -> dict[str, Any]:
    """One side's run in a fresh client process against a fresh fake process (`size`: the
    connections; None for each side's default)."""
    context = multiprocessing.get_context("spawn")
    with fake_process() as (url, fake_rss):
        mine, theirs = context.Pipe(duplex=False)
        process = context.Process(target=_run_side, args=(side, url, shoppers, create_only, size, theirs))
        process.start()
        result: dict[str, Any] = mine.recv() if mine.poll(600) else {"errors": -1, "wall": float("nan")}
        process.join(10)
    result["fake_rss"] = fake_rss[0] if fake_rss else float("nan")
    return result


# --- memory of a view ------------------------------------------------------------------------


def view_memory(count: int = 1000) -> float:
    """KiB per view: tracemalloc's growth while `count` views, each given a session cookie and
    with both sections bound (carts, checkouts), are made and kept, divided by `count`."""
    from bigcommerce_checkout import AsyncStorefrontClient

    shop = AsyncStorefrontClient(base_url="http://127.0.0.1:9")
    cookies = [{"SHOP_SESSION_TOKEN": str(uuid.uuid4())} for _ in range(count)]
    warm = shop.for_shopper(cookies[0])
    _ = warm.carts, warm.checkouts
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    views = []
    for jar in cookies:
        view = shop.for_shopper(jar)
        _ = view.carts, view.checkouts
        views.append(view)
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return grown / count / 1024


# --- the rows ----------------------------------------------------------------------------------


def _fixed(value: float) -> Sample:
    return Sample(value, value, 1)


def run(rounds: int = ROUNDS) -> list[Row]:
    results: dict[str, list[dict[str, Any]]] = {"ours": [], "raw": []}
    for r in range(rounds):
        for side in ("ours", "raw") if r % 2 == 0 else ("raw", "ours"):
            results[side].append(run_once(side))
    ours, raw = results["ours"], results["raw"]

    def samples(key: str, scale: float = 1.0) -> tuple[Sample, Sample]:
        return sample([o[key] * scale for o in ours]), sample([b[key] * scale for b in raw])

    errors = {side: sum(o["errors"] for o in runs) for side, runs in results.items()}
    failed = None
    if errors["ours"] or errors["raw"]:
        kinds = sorted({k for runs in results.values() for o in runs for k in o.get("kinds", [])})
        failed = f"errors: ours {errors['ours']}, baseline {errors['raw']} ({', '.join(kinds)})"
    wall = samples("wall")
    cpu = statistics.median(o["cpu"] for o in ours), statistics.median(b["cpu"] for b in raw)
    per_view = view_memory()
    return [
        Row(
            SECTION, "wall time", "s", *wall, BASELINE, SHOPPERS_TARGET, failed,
            note=f"errors: ours {errors['ours']}, baseline {errors['raw']} over {rounds} runs each; "
            f"client CPU: ours {cpu[0]:.2f} s, baseline {cpu[1]:.2f} s (medians)",
        ),
        Row(SECTION, "time per shopper", "ms", *samples("wall", 1 / SHOPPERS), BASELINE),
        Row(SECTION, "client peak RSS", "KiB", *samples("rss"), BASELINE),
        Row(SECTION, "fake peak RSS", "KiB", *samples("fake_rss"), BASELINE),
        Row(
            SECTION, "memory per shopper view", "KiB", _fixed(per_view), None, "", VIEW_MEMORY_TARGET,
            note=f"{per_view:.2f} KiB: tracemalloc's growth while 1,000 views, each made from a "
            "session cookie with carts and checkouts bound, are made and kept, divided by 1,000",
        ),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.shoppers", description=__doc__)
    parser.add_argument("--shoppers", type=int, default=SHOPPERS)
    parser.add_argument("--side", choices=sorted(SIDES), default="ours")
    parser.add_argument("--create-only", action="store_true", help="only carts.create, as issue 22 measured")
    parser.add_argument("--max-connections", type=int, default=None, help="instead of each side's default")
    args = parser.parse_args()
    result = run_once(args.side, args.shoppers, args.create_only, args.max_connections)
    print(
        f"{args.side}: {args.shoppers} shoppers, wall {result['wall']:.2f} s, client CPU "
        f"{result.get('cpu', 0):.2f} s, errors {result['errors']} (of which may have been sent: "
        f"{result.get('sent', 0)}; {', '.join(result.get('kinds', []))}), client peak RSS "
        f"{result.get('rss', 0) / 1024:.0f} MiB, fake peak RSS {result['fake_rss'] / 1024:.0f} MiB"
    )


if __name__ == "__main__":
    main()
