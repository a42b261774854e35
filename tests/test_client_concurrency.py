"""Many shoppers on one client: calls beyond `max_connections` wait for a slot before being sent.

Against the local fake, over loopback. The server counts the requests it is handling at once (its
dispatch is wrapped, with a short pause so that calls overlap) and the connections open to it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import (
    APITimeoutError,
    AsyncCheckoutClient,
    AsyncStorefrontClient,
    CheckoutClient,
    RetryPolicy,
    StorefrontClient,
)
from bigcommerce_checkout.testing import FakeBigCommerce
from bigcommerce_checkout.testing import _server as fake_server

LINE: Any = {"lineItems": [{"productId": 112, "variantId": 358, "quantity": 1}]}
SHOPPERS = 100


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        yield running


class InFlight:
    """What the fake's server sees: requests being handled at once, and connections open."""

    def __init__(self, fake: FakeBigCommerce) -> None:
        self.server = fake._server
        self.lock = threading.Lock()
        self.now = self.peak = self.peak_connections = 0

    def wrap(self, dispatch: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any) -> Any:
            assert self.server is not None
            with self.lock:
                self.now += 1
                self.peak = max(self.peak, self.now)
                self.peak_connections = max(self.peak_connections, len(self.server.open_sockets))
            try:
                time.sleep(0.002)  # long enough for the calls of other shoppers to pile up
                return dispatch(*args)
            finally:
                with self.lock:
                    self.now -= 1

        return counted


@pytest.fixture
def in_flight(fake: FakeBigCommerce, monkeypatch: pytest.MonkeyPatch) -> InFlight:
    seen = InFlight(fake)
    monkeypatch.setattr(fake_server, "dispatch", seen.wrap(fake_server.dispatch))
    return seen


def test_async_shoppers_with_default_settings_all_finish(fake: FakeBigCommerce, in_flight: InFlight) -> None:
    async def shopper(shop: AsyncStorefrontClient) -> str:
        view = shop.for_shopper()
        cart = await view.carts.create(LINE)
        [found] = await view.carts.get()
        assert found.id == cart.id  # each view got its own session
        return cart.id

    async def main() -> list[str]:
        async with AsyncStorefrontClient(base_url=fake.url) as shop:
            return await asyncio.gather(*(shopper(shop) for _ in range(SHOPPERS)))

    carts = asyncio.run(main())
    assert len(set(carts)) == SHOPPERS  # no errors (gather raises the first), one cart each
    assert 1 < in_flight.peak <= 64  # concurrent, within the default cap
    assert in_flight.peak_connections <= 64


def test_async_views_and_copies_share_one_cap(fake: FakeBigCommerce, in_flight: InFlight) -> None:
    async def shopper(shop: AsyncStorefrontClient, n: int) -> None:
        base = shop.with_options(timeout=20) if n % 2 else shop  # copies share the cap too
        view = base.for_shopper()
        await view.carts.create(LINE)
        await view.carts.get()

    async def main() -> None:
        async with AsyncStorefrontClient(base_url=fake.url, max_connections=8) as shop:
            await asyncio.gather(*(shopper(shop, n) for n in range(SHOPPERS)))

    asyncio.run(main())
    assert 1 < in_flight.peak <= 8
    assert in_flight.peak_connections <= 8


def test_threaded_shoppers_on_a_sync_client_stay_under_the_cap(
    fake: FakeBigCommerce, in_flight: InFlight
) -> None:
    with StorefrontClient(base_url=fake.url, max_connections=8) as shop:

        def shopper(n: int) -> str:
            view = shop.for_shopper()
            cart = view.carts.create(LINE)
            assert [c.id for c in view.carts.get()] == [cart.id]
            return cart.id

        with ThreadPoolExecutor(max_workers=SHOPPERS) as pool:
            carts = list(pool.map(shopper, range(SHOPPERS)))
    assert len(set(carts)) == SHOPPERS
    assert 1 < in_flight.peak <= 8
    assert in_flight.peak_connections <= 8


def test_waiting_for_a_slot_is_not_part_of_a_calls_time_budget(fake: FakeBigCommerce) -> None:
    """Two new carts (never sent twice) through one connection, each answered after 0.25 s, with a
    time budget of 0.4 s: the second waits 0.25 s for the connection, then has its whole budget."""
    fake.faults.add("storefrontCreateCart", times=2, delay_answer=0.25)
    before = len(fake.requests_for("storefrontCreateCart"))

    async def main() -> None:
        async with AsyncStorefrontClient(
            base_url=fake.url, max_connections=1, retry=RetryPolicy(budget=0.4)
        ) as shop:
            first, second = await asyncio.gather(
                shop.for_shopper().carts.create(LINE), shop.for_shopper().carts.create(LINE)
            )
            assert first.id != second.id

    asyncio.run(main())
    assert len(fake.requests_for("storefrontCreateCart")) == before + 2  # each sent once


def test_a_call_that_gets_no_slot_in_time_is_not_sent(fake: FakeBigCommerce) -> None:
    fake.faults.add("storefrontCreateCart", delay_answer=0.3)
    before = len(fake.requests_for("storefrontCreateCart"))
    timeout = httpx.Timeout(10, pool=0.05)
    with (
        StorefrontClient(base_url=fake.url, max_connections=1, timeout=timeout) as shop,
        ThreadPoolExecutor(max_workers=1) as pool,
    ):
        done = pool.submit(lambda: shop.for_shopper().carts.create(LINE))
        deadline = time.monotonic() + 5
        while len(fake.requests_for("storefrontCreateCart")) == before:  # it has the connection
            assert time.monotonic() < deadline
            time.sleep(0.005)
        with pytest.raises(APITimeoutError, match=r"was not sent: all 1 connections") as raised:
            shop.for_shopper().carts.create(LINE)
        done.result()
    assert "may or may not" not in str(raised.value)  # not the hint of a call that was sent
    assert len(fake.requests_for("storefrontCreateCart")) == before + 1


CLIENTS: list[tuple[Callable[..., object], type[httpx.Client | httpx.AsyncClient]]] = [
    (lambda **kw: CheckoutClient(store_hash="abc", access_token="t", **kw), httpx.Client),
    (lambda **kw: AsyncCheckoutClient(store_hash="abc", access_token="t", **kw), httpx.AsyncClient),
    (lambda **kw: StorefrontClient(base_url="http://127.0.0.1:9", **kw), httpx.Client),
    (lambda **kw: AsyncStorefrontClient(base_url="http://127.0.0.1:9", **kw), httpx.AsyncClient),
]


@pytest.mark.parametrize(("make", "_"), CLIENTS)
@pytest.mark.parametrize("bad", [0, -3, True, 2.5, "8"])
def test_max_connections_is_checked_when_the_client_is_made(
    make: Callable[..., object], _: object, bad: object
) -> None:
    with pytest.raises(ValueError, match="max_connections must be a whole number"):
        make(max_connections=bad)


@pytest.mark.parametrize(("make", "http_client"), CLIENTS)
def test_max_connections_is_refused_with_a_callers_http_client(
    make: Callable[..., object], http_client: type[httpx.Client | httpx.AsyncClient]
) -> None:
    with pytest.raises(ValueError, match=r"set limits=httpx\.Limits"):
        make(max_connections=2, http_client=http_client())


def test_the_pool_keeps_every_connection_alive(fake: FakeBigCommerce) -> None:
    """Keep-alive sized to the pool: above httpcore's keep-alive limit, each answer closed its
    connection, so every call opened a new one (encode/httpcore#1035)."""
    with StorefrontClient(base_url=fake.url, max_connections=12) as shop:
        pool = shop._api._http._transport._pool  # type: ignore[attr-defined]
        assert (pool._max_connections, pool._max_keepalive_connections) == (12, 12)


def test_an_idle_connection_the_server_closed_is_not_used_again(fake: FakeBigCommerce) -> None:
    """The pool sees that a kept-alive connection was closed by the server (the socket is readable
    while idle, _deadline answers that from the socket itself) and opens a new one: a new cart,
    never sent twice, would otherwise fail on the dead connection."""

    async def main() -> None:
        async with AsyncStorefrontClient(base_url=fake.url) as shop:
            await shop.for_shopper().carts.create(LINE)
            [connection] = shop._api._http._transport._pool._connections  # type: ignore[attr-defined]
            assert connection._connection._network_stream.get_extra_info("is_readable") is False
            assert fake._server is not None
            fake._server.close_open_connections()
            await asyncio.sleep(0.05)
            assert connection._connection._network_stream.get_extra_info("is_readable") is True
            await shop.for_shopper().carts.create(LINE)

    asyncio.run(main())
