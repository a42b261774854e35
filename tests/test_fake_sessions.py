"""Storefront sessions on the fake: the cookie a new cart sets, and the refusal of every other session.

Through the public storefront clients over real loopback: a client that forgets the cookies, or
sends another shopper's, is refused as a real storefront would refuse it (404: the session has no
such cart), so the mistake shows up offline.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import (
    AsyncStorefrontClient,
    CheckoutClient,
    NotFoundError,
    StorefrontClient,
    UnprocessableEntityError,
)
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import ADDRESS

MUG = {"productId": 112, "variantId": 358, "quantity": 2}
BOTTLE = {"productId": 118, "variantId": 402, "quantity": 1}


@pytest.fixture
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        yield running


def test_a_new_cart_sets_the_session_cookie_and_the_session_finds_its_cart(fake: FakeBigCommerce) -> None:
    answer = httpx.post(f"{fake.storefront_api_url}/carts", json={"lineItems": [MUG]})
    assert answer.status_code == 200
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith("SHOP_SESSION_TOKEN=")
    assert "HttpOnly" in cookie
    assert "Path=/" in cookie
    with StorefrontClient(base_url=fake.url) as shop:
        assert shop.carts.get() == []  # no session yet: no cart
        cart = shop.carts.create({"lineItems": [MUG]})
        assert set(dict(shop.cookies)) == {"SHOP_SESSION_TOKEN"}
        [again] = shop.carts.get()
        assert (again.id, again.cart_amount) == (cart.id, 64)
        assert shop.checkouts.get(cart.id).grand_total == 64
        cart = shop.carts.line_items.add(cart.id, {"lineItems": [BOTTLE]})
        assert [i.sku for i in cart.line_items.physical_items] == ["MUG-TEAL", "BOTTLE-500"]
        assert dict(shop.cookies) == fake.shopper_cookies(cart.id)


def test_no_cookie_or_another_sessions_cookie_is_refused(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as owner:
        cart = owner.carts.create({"lineItems": [MUG]})
    item = cart.line_items.physical_items[0].id
    calls: list[Any] = [
        lambda shop: shop.checkouts.get(cart.id),
        lambda shop: shop.checkouts.coupons.add(cart.id, "ANY"),
        lambda shop: shop.carts.line_items.add(cart.id, {"lineItems": [BOTTLE]}),
        lambda shop: shop.carts.line_items.update(cart.id, item, {"lineItem": {**MUG, "quantity": 1}}),
        lambda shop: shop.carts.line_items.delete(cart.id, item),
        lambda shop: shop.carts.update_currency(cart.id, "EUR"),
        lambda shop: shop.carts.delete(cart.id),
    ]
    for cookies in (None, {"SHOP_SESSION_TOKEN": "not-a-session"}, {"OTHER": "x"}):
        with StorefrontClient(base_url=fake.url, cookies=cookies) as stranger:
            assert stranger.carts.get() == []
            for call in calls:
                with pytest.raises(NotFoundError) as caught:
                    call(stranger)
                assert caught.value.detail is not None
                assert "SHOP_SESSION_TOKEN" in caught.value.detail
    # nothing changed: the owner's cart is as it was
    with StorefrontClient(base_url=fake.url, cookies=fake.shopper_cookies(cart.id)) as owner:
        [seen] = owner.carts.get()
        assert (seen.version, seen.line_items.physical_items[0].quantity) == (cart.version, 2)


def test_a_server_made_cart_gets_its_shoppers_cookies(fake: FakeBigCommerce) -> None:
    seeded = fake.seed_cart(items=[{"product_id": 112, "variant_id": 358, "name": "Mug", "price": 32}])
    with StorefrontClient(base_url=fake.url) as shop, pytest.raises(NotFoundError):
        shop.checkouts.get(seeded)
    cookies = fake.shopper_cookies(seeded)
    assert fake.shopper_cookies(seeded) == cookies  # one session per cart, not a new one each time
    with StorefrontClient(base_url=fake.url, cookies=cookies) as shop:
        assert shop.checkouts.get(seeded).id == seeded
        [cart] = shop.carts.get()
        assert cart.id == seeded
    with pytest.raises(KeyError):
        fake.shopper_cookies("0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90")


def test_two_shoppers_on_one_pool_never_see_each_other(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as pool:
        ada, ben = pool.for_shopper(), pool.for_shopper()
        ada_cart = ada.carts.create({"lineItems": [MUG]})
        ben_cart = ben.carts.create({"lineItems": [BOTTLE]})
        ada_cart = ada.carts.line_items.add(ada_cart.id, {"lineItems": [BOTTLE]})  # interleaved
        assert [c.id for c in ada.carts.get()] == [ada_cart.id]
        assert [c.id for c in ben.carts.get()] == [ben_cart.id]
        assert dict(ada.cookies) != dict(ben.cookies)
        with pytest.raises(NotFoundError):
            ben.checkouts.get(ada_cart.id)
        with pytest.raises(NotFoundError):
            ada.carts.delete(ben_cart.id)
        assert pool.carts.get() == []  # the shared client itself holds no one's session
        assert ben.checkouts.get(ben_cart.id).grand_total == 24


def test_two_async_shoppers_on_one_pool(fake: FakeBigCommerce) -> None:
    async def run() -> None:
        async with AsyncStorefrontClient(base_url=fake.url) as pool:
            ada, ben = pool.for_shopper(), pool.for_shopper()
            ada_cart, ben_cart = await asyncio.gather(
                ada.carts.create({"lineItems": [MUG]}), ben.carts.create({"lineItems": [BOTTLE]})
            )
            assert [c.id for c in await ada.carts.get()] == [ada_cart.id]
            assert [c.id for c in await ben.carts.get()] == [ben_cart.id]
            with pytest.raises(NotFoundError):
                await ada.checkouts.get(ben_cart.id)

    asyncio.run(run())


def _place_order(fake: FakeBigCommerce, cart_id: str) -> int:
    with CheckoutClient(
        store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url
    ) as client:
        client.checkouts.billing_address.add(cart_id, ADDRESS)
        checkout = client.checkouts.get(cart_id)
        lines = [{"item_id": i.id, "quantity": i.quantity} for i in checkout.cart.line_items.physical_items]
        checkout = client.checkouts.consignments.add(
            cart_id,
            [{"address": ADDRESS, "line_items": lines}],
            include=["consignments.available_shipping_options"],
        )
        consignment = checkout.consignments[0]
        option = (consignment.available_shipping_options or [])[0].id
        client.checkouts.consignments.update(cart_id, consignment.id, {"shipping_option_id": option})
        return int(client.checkouts.orders.create(cart_id).id)


def test_an_order_is_shown_to_its_carts_session_only(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as shop:
        cart = shop.carts.create({"lineItems": [MUG]})
        order_id = _place_order(fake, cart.id)
        order = shop.orders.get(order_id, include=["lineItems", "payments"])
        assert (order.order_id, order.cart_id, order.order_amount, order.status) == (
            order_id,
            cart.id,
            70,
            "INCOMPLETE",
        )
        assert order.line_items is not None
        assert order.line_items.physical_items is not None
        assert [i.sku for i in order.line_items.physical_items] == ["MUG-TEAL"]
        assert order.billing_address is not None
        assert order.billing_address.email == ADDRESS["email"]
        assert order.payments == []
    for cookies in (None, {"SHOP_SESSION_TOKEN": "someone-else"}):
        with StorefrontClient(base_url=fake.url, cookies=cookies) as stranger, pytest.raises(NotFoundError):
            stranger.orders.get(order_id)
    [placed] = fake.orders
    assert placed.session_token == fake.shopper_cookies(cart.id)["SHOP_SESSION_TOKEN"]
    assert placed.session_token not in repr(placed)  # a session cookie stays out of reprs


def test_storefront_cart_changes(fake: FakeBigCommerce) -> None:
    fake.seed_coupon("TEN", percentage=10)
    with StorefrontClient(base_url=fake.url) as shop:
        cart = shop.carts.create({"lineItems": [MUG, BOTTLE]}, include=["lineItems.physicalItems.options"])
        mug, bottle = cart.line_items.physical_items
        assert [(o.name, o.value, o.value_id) for o in mug.options or []] == [("Colour", "Teal", 71)]
        with pytest.raises(UnprocessableEntityError, match="Not enough stock"):
            shop.carts.line_items.update(cart.id, mug.id, {"lineItem": {**MUG, "quantity": 41}})
        cart = shop.carts.line_items.update(
            cart.id, mug.id, {"lineItem": {**MUG, "quantity": 3}, "version": cart.version}
        )
        assert cart.cart_amount == 120
        [euro] = shop.carts.update_currency(cart.id, "EUR")
        assert (euro.currency.code, euro.cart_amount) == ("EUR", 110.4)  # 3 x 29.44 + 22.08
        shop.checkouts.coupons.add(cart.id, "TEN")
        with pytest.raises(UnprocessableEntityError, match="cannot change currency"):
            shop.carts.update_currency(cart.id, "USD")
        cart = shop.carts.line_items.delete(cart.id, bottle.id)
        assert [i.id for i in cart.line_items.physical_items] == [mug.id]
        emptied = shop.carts.line_items.delete(cart.id, mug.id)  # the last item: the cart goes with it
        assert emptied.line_items.physical_items == []
        assert shop.carts.get() == []
        with pytest.raises(NotFoundError):
            shop.checkouts.get(cart.id)


def test_the_storefront_checkouts_line_item_update_respects_the_stock(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as shop:
        cart = shop.carts.create({"lineItems": [{"productId": 150, "quantity": 1}]})  # 3 in stock
        item = cart.line_items.physical_items[0].id
        with pytest.raises(UnprocessableEntityError, match="only 3 in stock; the cart asked for 4"):
            shop.checkouts.line_items.update(cart.id, cart.id, item, {"lineItem": {"quantity": 4}})
        checkout = shop.checkouts.line_items.update(cart.id, cart.id, item, {"lineItem": {"quantity": 3}})
        assert checkout.cart.line_items.physical_items[0].quantity == 3


def test_the_newest_cart_of_a_session_is_its_cart(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as shop:
        shop.carts.create({"lineItems": [MUG]})
        newer = shop.carts.create({"lineItems": [BOTTLE]})  # the same session, within the same second
        assert [c.id for c in shop.carts.get()] == [newer.id]
