"""One shopper never reaches another's session, and every live shopper's session stays masked.

Against the local fake over real loopback sockets (it sets `SHOP_SESSION_TOKEN` as a storefront
does) and, where the storefront must behave in ways the fake does not (a new session value, a
cookie path), a scripted loopback server. Each test here failed before its fix:

- views made from one cookie jar (or from another view's `cookies`) shared that jar;
- a returning shopper's cookie, given as a dict or header string, stood beside the one the
  storefront set, so two session cookies went out and `dict(view.cookies)` raised;
- only the 256 most recently registered secrets were masked.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import (
    AsyncStorefrontClient,
    BadRequestError,
    CheckoutClient,
    NotFoundError,
    StorefrontClient,
    _logging,
)
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.loopback import Answer, LoopbackServer, Recorded

MUG = {"productId": 112, "variantId": 358, "quantity": 2}
BOTTLE = {"productId": 118, "variantId": 402, "quantity": 1}
EMAIL = {"email": "ada.okafor@example.com", "countryCode": "US"}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        yield running


def _sessions_sent(fake: FakeBigCommerce, since: int) -> list[int]:
    """How many SHOP_SESSION_TOKEN cookies each storefront request since `since` carried."""
    return [r.headers.get("cookie", "").count("SHOP_SESSION_TOKEN=") for r in fake.requests[since:]]


# --- 1. one jar, many views ------------------------------------------------------------------


def test_views_made_from_one_jar_keep_separate_sessions(fake: FakeBigCommerce) -> None:
    shared = httpx.Cookies()
    with StorefrontClient(base_url=fake.url) as shop:
        ada, ben = shop.for_shopper(shared), shop.for_shopper(shared)
        cart = ada.carts.create({"lineItems": [MUG]})
        assert ben.carts.get() == []  # ben has no session: he does not get ada's cart
        with pytest.raises(NotFoundError):
            ben.checkouts.billing_address.add(cart.id, EMAIL)  # nor may he write to it
        assert len(shared) == 0  # the caller's jar never receives a session
        assert ada.cookies is not shared
        assert ben.cookies is not shared


def test_a_view_made_from_another_views_cookies_is_a_copy(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as shop:
        ada = shop.for_shopper()
        cart = ada.carts.create({"lineItems": [MUG]})
        again = shop.for_shopper(ada.cookies)  # the hand-back: the same shopper, another request
        assert [c.id for c in again.carts.get()] == [cart.id]
        assert again.cookies is not ada.cookies
        again.cookies.set("SHOP_SESSION_TOKEN", "changed-in-the-copy-only")
        assert dict(ada.cookies)["SHOP_SESSION_TOKEN"] != "changed-in-the-copy-only"
        assert [c.id for c in ada.carts.get()] == [cart.id]


def test_the_constructor_and_views_leave_the_callers_jar_alone(fake: FakeBigCommerce) -> None:
    given = httpx.Cookies({"theme": "dark"})
    with StorefrontClient(base_url=fake.url, cookies=given) as shop:
        shop.carts.create({"lineItems": [MUG]})
        assert set(dict(shop.cookies)) == {"theme", "SHOP_SESSION_TOKEN"}
    assert dict(given) == {"theme": "dark"}


def test_async_views_made_from_one_jar_keep_separate_sessions(fake: FakeBigCommerce) -> None:
    async def run() -> None:
        shared = httpx.Cookies()
        async with AsyncStorefrontClient(base_url=fake.url) as shop:
            views = [shop.for_shopper(shared) for _ in range(20)]
            carts = await asyncio.gather(*(v.carts.create({"lineItems": [MUG]}) for v in views))
            assert len({c.id for c in carts}) == 20
            seen = await asyncio.gather(*(v.carts.get() for v in views))
            assert [[c.id for c in s] for s in seen] == [[c.id] for c in carts]
            assert len({dict(v.cookies)["SHOP_SESSION_TOKEN"] for v in views}) == 20
        assert len(shared) == 0

    asyncio.run(run())


# --- 2. the returning shopper ----------------------------------------------------------------


def _server_cart(fake: FakeBigCommerce) -> str:
    with CheckoutClient(
        store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url
    ) as client:
        return client.carts.create({"line_items": [{"product_id": 112, "variant_id": 358, "quantity": 1}]}).id


@pytest.mark.parametrize("form", ["mapping", "header", "jar"])
def test_a_returning_shopper_holds_one_session_cookie(fake: FakeBigCommerce, form: str) -> None:
    cookies = fake.shopper_cookies(_server_cart(fake))
    given: Any = {
        "mapping": cookies,
        "header": "; ".join(f"{k}={v}" for k, v in cookies.items()),
        "jar": httpx.Cookies(cookies),
    }[form]
    with StorefrontClient(base_url=fake.url) as shop:
        view = shop.for_shopper(given)
        [cart] = view.carts.get()
        view.carts.line_items.delete(cart.id, cart.line_items.physical_items[0].id)  # emptied: gone
        assert view.carts.get() == []
        first = len(fake.requests)
        again = view.carts.create({"lineItems": [BOTTLE]})  # the storefront sets the session again
        assert [c.id for c in view.carts.get()] == [again.id]
        assert dict(view.cookies) == cookies  # one cookie of the name, no CookieConflict
        assert _sessions_sent(fake, first) == [1, 1]


def test_a_returning_shopper_on_a_dotless_host_holds_one_session_cookie(fake: FakeBigCommerce) -> None:
    cookies = fake.shopper_cookies(_server_cart(fake))
    port = httpx.URL(fake.url).port
    with StorefrontClient(base_url=f"http://localhost:{port}") as shop:
        view = shop.for_shopper(cookies)
        view.carts.create({"lineItems": [BOTTLE]})
        assert dict(view.cookies) == cookies
        first = len(fake.requests)
        view.carts.get()
        assert _sessions_sent(fake, first) == [1]


def test_a_new_session_value_replaces_the_old_whatever_its_path(server: LoopbackServer) -> None:
    def storefront(request: Recorded) -> Answer:
        if request.method == "POST":  # a new session, filed under another path than the given one
            return Answer.json(200, [], **{"Set-Cookie": "SHOP_SESSION_TOKEN=new-session-2; Path=/api"})
        return Answer.json(200, [])

    server.respond = storefront
    with StorefrontClient(base_url=server.url, cookies={"SHOP_SESSION_TOKEN": "old-session-1"}) as shop:
        with pytest.raises(Exception):  # noqa: B017, PT011 - the body is no cart; only the cookie matters
            shop.carts.create({"lineItems": [MUG]})
        shop.carts.get()
    assert dict(shop.cookies) == {"SHOP_SESSION_TOKEN": "new-session-2"}
    assert server.requests[-1].headers["cookie"] == "SHOP_SESSION_TOKEN=new-session-2"


def test_two_cookies_of_one_name_are_refused_without_their_values() -> None:
    jar = httpx.Cookies()
    jar.set("SHOP_SESSION_TOKEN", "first-secret-value", domain="shop.example.com")
    jar.set("SHOP_SESSION_TOKEN", "second-secret-value", domain=".example.com")
    with pytest.raises(ValueError, match="'SHOP_SESSION_TOKEN' is given twice") as raised:
        StorefrontClient(store_domain="shop.example.com", cookies=jar)
    assert "secret-value" not in str(raised.value)


# --- 3. masking every live shopper -----------------------------------------------------------


def test_every_live_shoppers_session_is_masked_and_gone_views_are_forgotten(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    sessions = [f"session-{i}-{uuid.uuid4().hex}" for i in range(300)]
    server.respond = lambda request: Answer.json(  # a storefront that echoes the cookie it got
        400, {"status": 400, "title": f"bad cookie {request.headers.get('cookie')}"}
    )
    caplog.set_level(logging.DEBUG)
    with StorefrontClient(base_url=server.url) as shop:
        views = [shop.for_shopper({"SHOP_SESSION_TOKEN": s}) for s in sessions]
        with pytest.raises(BadRequestError) as raised:
            views[0].carts.get()  # the first of 300 live shoppers
        logging.getLogger("bigcommerce_checkout").warning("shopper %s", sessions[0])
        assert sessions[0] not in str(raised.value)
        assert sessions[0] not in str(raised.value.body)
        assert sessions[0] not in caplog.text
        assert all(s not in _logging.redact(f"x {s} y") for s in sessions)
        del views, raised
        gc.collect()
        kept = _logging._secrets()
        assert not any(s in kept for s in sessions)  # the views are gone: so are their secrets
        assert len(_logging._owners) < 300


def test_many_live_clients_keep_their_tokens_masked() -> None:
    tokens = [f"tok{uuid.uuid4().hex}" for _ in range(300)]
    with httpx.Client() as pool:  # one pool: 300 TLS contexts would take seconds
        clients = [CheckoutClient(store_hash="k7x2q9rm", access_token=t, http_client=pool) for t in tokens]
        assert all(_logging.redact(t) == _logging.REDACTED for t in tokens)
        del clients
    gc.collect()
    assert not any(t in _logging._secrets() for t in tokens)
