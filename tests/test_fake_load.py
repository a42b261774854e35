"""The fake under load: bursts of connections, a long run's memory, lookups that stay cheap."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bigcommerce_checkout.testing import FakeBigCommerce
from bigcommerce_checkout.testing._context import Request
from bigcommerce_checkout.testing._ops_storefront_carts import get_cart
from bigcommerce_checkout.testing._routes import ROUTES, resolve
from bigcommerce_checkout.testing._state import Checkout, Store

CARTS = "/api/storefront/carts"
LINE: Any = {"lineItems": [{"productId": 112, "variantId": 358, "quantity": 1}]}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        yield running


def test_a_burst_of_new_connections_is_served_without_errors_or_stalls(fake: FakeBigCommerce) -> None:
    """200 connections opened at once, each with one request: with socketserver's listen backlog
    of 5, some were reset and others waited for the client's SYN retry (1 s)."""
    host, port = fake.url.removeprefix("http://").split(":")
    request = f"GET {CARTS} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()

    async def one() -> bytes:
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(request)
        answer = await reader.read()
        writer.close()
        return answer.split(b"\r\n", 1)[0]

    async def burst() -> list[bytes | BaseException]:
        tasks = [asyncio.wait_for(one(), 0.9) for _ in range(200)]  # under the 1 s SYN retry
        return await asyncio.gather(*tasks, return_exceptions=True)

    answers = asyncio.run(burst())
    assert [a for a in answers if a != b"HTTP/1.1 200 OK"] == []


def test_the_recorded_requests_are_bounded() -> None:
    with FakeBigCommerce(max_recorded_requests=50) as fake, httpx.Client(base_url=fake.url) as http:
        for n in range(120):
            http.get(CARTS, params={"n": str(n)})
        kept = fake.requests
    assert len(kept) == 50
    assert [r.query["n"] for r in kept] == [[str(n)] for n in range(70, 120)]  # the newest, in order


def test_a_fake_may_record_nothing() -> None:
    with FakeBigCommerce(max_recorded_requests=0) as fake, httpx.Client(base_url=fake.url) as http:
        assert http.get(CARTS).status_code == 200
        assert fake.requests == []


@pytest.mark.parametrize("bad", [-1, 2.5, "10"])
def test_the_bound_on_recorded_requests_is_checked(bad: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="max_recorded_requests"):
        FakeBigCommerce(max_recorded_requests=bad)


class _NoScan(dict[str, Checkout]):
    """The store's carts, refusing to be walked: a lookup must go by key."""

    def __iter__(self) -> Any:
        raise AssertionError("the store's carts were scanned")

    def values(self) -> Any:
        raise AssertionError("the store's carts were scanned")

    def items(self) -> Any:
        raise AssertionError("the store's carts were scanned")

    def keys(self) -> Any:
        raise AssertionError("the store's carts were scanned")


def test_reading_the_session_cart_does_not_scan_the_store() -> None:
    """GET /carts looked at every cart of the store for the session's own: 50,000 carts made each
    call cost milliseconds. (How long it takes is for the benchmarks; here, that it goes by key.)"""
    store = Store()
    other = Checkout(id="c0", currency="USD", places=2, customer_id=0, channel_id=1, items=[])
    other.session_token = "someone-else"
    store.checkouts = _NoScan((f"c{n}", other) for n in range(50_000))
    mine = Checkout(id="mine", currency="USD", places=2, customer_id=0, channel_id=1, items=[])
    store.checkouts["mine"] = mine
    store.give_session(mine, "my-session")
    assert get_cart(Request(store, {}, api="storefront", session="nobody-yet")) == []
    assert store.session_cart("my-session") is mine
    assert [cart["id"] for cart in get_cart(Request(store, {}, api="storefront", session="my-session"))] == [
        "mine"
    ]


def test_the_session_cart_is_its_newest_cart_still_in_the_store(fake: FakeBigCommerce) -> None:
    with httpx.Client(base_url=fake.url) as shopper:
        older = shopper.post(CARTS, json=LINE).json()["id"]
        newer = shopper.post(CARTS, json=LINE).json()["id"]  # same session: the cookie came back
        assert [c["id"] for c in shopper.get(CARTS).json()] == [newer]
        assert shopper.delete(f"{CARTS}/{newer}").status_code == 204
        assert [c["id"] for c in shopper.get(CARTS).json()] == [older]
        assert shopper.delete(f"{CARTS}/{older}").status_code == 204
        assert shopper.get(CARTS).json() == []
    seeded = fake.seed_cart([{"product_id": 1, "name": "Mug", "price": 12}])
    with httpx.Client(base_url=fake.url, cookies=fake.shopper_cookies(seeded)) as owner:
        assert [c["id"] for c in owner.get(CARTS).json()] == [seeded]


def _resolve_by_scanning(method: str, path: str) -> Any:
    """The lookup as it was: every template matched, the most specific ones kept."""
    from urllib.parse import unquote

    parts = tuple(unquote(p) for p in path[1:].split("/"))
    candidates = [(r, p) for r in ROUTES if (p := r.match(parts)) is not None]
    if not candidates:
        return None, []
    best = max(r.literal_count for r, _ in candidates)
    candidates = [(r, p) for r, p in candidates if r.literal_count == best]
    for route, params in candidates:
        if route.method == method:
            return route, params
    return None, sorted({r.method for r, _ in candidates})


def _paths() -> list[str]:
    paths = []
    for route in ROUTES:
        path = route.template.replace("{store_hash}", "s1")
        for value in ("settings", "metafields", "7", "a%2Fb", ""):
            filled = path
            while "{" in filled:
                start = filled.index("{")
                filled = filled[:start] + value + filled[filled.index("}") + 1 :]
            paths.append(filled)
    return [*paths, "/stores/s1/v3", "/api/storefront", "/elsewhere/x"]


def test_the_route_index_finds_what_matching_every_template_found() -> None:
    methods = ("GET", "POST", "PUT", "DELETE", "PATCH")
    for path in _paths():
        if path.endswith("/"):
            continue
        for method in methods:
            assert resolve(method, path) == _resolve_by_scanning(method, path), (method, path)


class _Unwalkable(list[Any]):
    def __iter__(self) -> Any:
        raise AssertionError("every template was walked")


def test_a_route_lookup_looks_only_at_templates_of_its_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    """Matching all 70 templates with regular expressions took ~130 µs a request. A lookup now
    reads one bucket of the index: templates with as many segments and the same first one."""
    from bigcommerce_checkout.testing import _routes

    looked: list[tuple[int, str]] = []

    class Index(dict[tuple[int, str], Any]):
        def get(self, key: Any, default: Any = None) -> Any:
            looked.append(key)
            return super().get(key, default)

    monkeypatch.setattr(_routes, "_INDEX", Index(_routes._INDEX))
    monkeypatch.setattr(_routes, "ROUTES", _Unwalkable(ROUTES))
    route, params = resolve(
        "POST", "/api/storefront/checkouts/0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90/billing-address"
    )
    assert route is not None
    assert route.operation_id == "storefrontAddCheckoutBillingAddress"
    assert params == {"checkoutId": "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"}
    assert looked == [(5, "api")]  # api/storefront/checkouts/{checkoutId}/billing-address
    assert len(_routes._INDEX[(5, "api")]) < len(ROUTES) / 4
