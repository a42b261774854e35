"""One storefront client, many shoppers: `for_shopper` views share the pool, never the cookies.

The loopback storefront here behaves like BigCommerce's for what matters: creating a cart without
a session opens one (Set-Cookie), and reading the cart answers with the cart of the session the
request's cookie names, or none. Two shoppers are interleaved, sync and async.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import uuid
from http.cookies import SimpleCookie
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import AsyncStorefrontClient, StorefrontClient
from tests.loopback import Answer, LoopbackServer, Recorded
from tests.test_facade_payments import _example

CREATE: Any = {"lineItems": [{"productId": 112, "quantity": 1}]}


class Storefront:
    """Sessions by cookie: each new session gets its own cart id."""

    def __init__(self) -> None:
        self.carts: dict[str, str] = {}  # session token -> cart id
        self.numbers = itertools.count(1)
        self.lock = threading.Lock()
        self.cookies_seen: list[dict[str, str]] = []

    def __call__(self, request: Recorded) -> Answer:
        jar = SimpleCookie(request.headers.get("cookie", ""))
        cookies = {name: morsel.value for name, morsel in jar.items()}
        with self.lock:
            self.cookies_seen.append(cookies)
            session = cookies.get("SHOP_SESSION_TOKEN")
            if request.method == "POST" and request.path == "/api/storefront/carts":
                headers = {}
                if session not in self.carts:
                    session = f"sess-{next(self.numbers)}-{uuid.uuid4().hex[:8]}"
                    headers["Set-Cookie"] = f"SHOP_SESSION_TOKEN={session}; Path=/; HttpOnly"
                    self.carts[session] = str(uuid.uuid4())
                return Answer.json(200, self._cart(self.carts[session]), **headers)
            if request.method == "GET" and request.path == "/api/storefront/carts":
                found = self.carts.get(session or "")
                return Answer.json(200, [] if found is None else [self._cart(found)])
        return Answer.json(404, {"title": "not here"})

    @staticmethod
    def _cart(cart_id: str) -> Any:
        body = json.loads(json.dumps(_example("storefrontCreateCart")))
        body["id"] = cart_id
        return body


@pytest.fixture
def storefront(server: LoopbackServer) -> Storefront:
    shop = Storefront()
    server.respond = shop
    return shop


def test_two_shoppers_interleaved_over_one_pool(server: LoopbackServer, storefront: Storefront) -> None:
    with StorefrontClient(base_url=server.url) as client:
        ada, bob = client.for_shopper(), client.for_shopper()
        assert ada._api._http is client._api._http is bob._api._http  # one pool, no new TLS set-up
        ada_cart = ada.carts.create(CREATE)
        assert ada.carts.get()[0].id == ada_cart.id
        bob_cart = bob.carts.create(CREATE)  # bob has no session: he gets his own, not ada's
        assert bob_cart.id != ada_cart.id
        assert ada.carts.get()[0].id == ada_cart.id
        assert bob.carts.get()[0].id == bob_cart.id
        assert client.carts.get() == []  # the client itself has no shopper's cookies
        assert list(client._api._http.cookies.jar) == []  # nor does the shared pool
        # A later request of ada's, with the cookies her browser sent back, finds her cart.
        header = "; ".join(f"{c.name}={c.value}" for c in ada.cookies.jar)
        assert client.for_shopper(header).carts.get()[0].id == ada_cart.id

    sessions = list(storefront.carts)
    assert len(sessions) == 2
    assert dict(ada.cookies) == {"SHOP_SESSION_TOKEN": sessions[0]}
    assert dict(bob.cookies) == {"SHOP_SESSION_TOKEN": sessions[1]}
    # Never more than one session per request, and the pool was reused (one connection).
    assert all(len(seen) <= 1 for seen in storefront.cookies_seen)
    assert len({r.peer for r in server.requests}) == 1


def test_shoppers_given_cookies_keep_to_their_own(server: LoopbackServer, storefront: Storefront) -> None:
    storefront.carts = {"sess-a": str(uuid.uuid4()), "sess-b": str(uuid.uuid4())}
    with StorefrontClient(base_url=server.url) as client:
        views = {s: client.for_shopper({"SHOP_SESSION_TOKEN": s}) for s in ("sess-a", "sess-b")}
        for _ in range(3):
            for session, view in views.items():
                assert view.carts.get()[0].id == storefront.carts[session]
    assert [seen["SHOP_SESSION_TOKEN"] for seen in storefront.cookies_seen] == ["sess-a", "sess-b"] * 3


def test_async_shoppers_interleaved_concurrently(server: LoopbackServer, storefront: Storefront) -> None:
    async def shopper(client: AsyncStorefrontClient) -> tuple[str, str, str]:
        view = client.for_shopper()
        cart = await view.carts.create(CREATE)
        await asyncio.sleep(0)
        [again] = await view.carts.get()
        return cart.id, again.id, view.cookies["SHOP_SESSION_TOKEN"]

    async def run() -> list[tuple[str, str, str]]:
        async with AsyncStorefrontClient(base_url=server.url) as client:
            results = await asyncio.gather(*(shopper(client) for _ in range(6)))
            assert await client.carts.get() == []
            return list(results)

    results = asyncio.run(run())
    assert all(created == read for created, read, _ in results)
    assert len({created for created, _, _ in results}) == 6  # six shoppers, six carts
    assert {session: cart for _, cart, session in results} == storefront.carts
    assert all(len(seen) <= 1 for seen in storefront.cookies_seen)


def test_a_callers_own_http_client_cannot_be_shared_by_shoppers(server: LoopbackServer) -> None:
    with (
        httpx.Client() as http,
        StorefrontClient(base_url=server.url, http_client=http) as client,
        pytest.raises(ValueError, match="for_shopper"),
    ):
        client.for_shopper({"SHOP_SESSION_TOKEN": "sess-x"})


def test_views_and_cookies_stay_out_of_reprs(server: LoopbackServer) -> None:
    with StorefrontClient(base_url=server.url) as client:
        view = client.for_shopper({"SHOP_SESSION_TOKEN": "sess-secret-1234"})
        assert "sess-secret-1234" not in repr(view)
        view.close()  # closing a view leaves the shared pool open
        server.default = Answer.json(200, [])
        assert client.carts.get() == []


def test_with_options_on_a_view_keeps_that_shoppers_cookies(
    server: LoopbackServer, storefront: Storefront
) -> None:
    storefront.carts = {"sess-a": str(uuid.uuid4())}
    with StorefrontClient(base_url=server.url) as client:
        view = client.for_shopper("SHOP_SESSION_TOKEN=sess-a").with_options(timeout=5)
        assert view.carts.get()[0].id == storefront.carts["sess-a"]
        assert client.with_options(timeout=5).carts.get() == []
