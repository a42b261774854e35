"""From a new cart to a paid order, through the public clients only, against the local fake.

The whole of a headless checkout, as the guides tell it, over real loopback sockets:

    create a cart -> read it as a checkout -> billing address -> ship everything -> pick a
    shipping option -> create the order -> accepted payment methods -> payment access token ->
    pay -> the order is paid, the cart and its checkout are gone

once server-to-server (`CheckoutClient`) and once for a storefront shopper (`StorefrontClient`
view with its session cookie, the order and the payment made server-side, as BigCommerce
requires), each sync and async. Then, on the storefront path, a declined card (nothing taken, the
order still open, a new token pays it) and a payment whose answer is lost (a typed error, exactly
one payment recorded). `tests/test_payments_flow.py` covers the server path's payment failures.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from bigcommerce_checkout import (
    AsyncCheckoutClient,
    AsyncStorefrontClient,
    CheckoutClient,
    NotFoundError,
    PaymentMayHaveBeenTakenError,
    StorefrontClient,
    UnprocessableEntityError,
)
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import ADDRESS, SF_ADDRESS, async_checkout_client, checkout_client

LANTERN = 9101  # a product of this test's own, so the flow does not lean on the default catalogue
PRICE = 40
GOOD_CARD = "4242424242424242"
DECLINED_CARD = "4000000000000002"


def payment(method_id: str, number: str = GOOD_CARD) -> dict[str, Any]:
    return {
        "instrument": {
            "type": "card",
            "number": number,
            "cardholder_name": "Ada Okafor",
            "expiry_month": 9,
            "expiry_year": 2031,
            "verification_value": "321",
        },
        "payment_method_id": method_id,
    }


@pytest.fixture
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        running.seed_product(LANTERN, "Trail lantern", PRICE, stock=5)
        yield running


@dataclass
class Paid:
    """What a flow saw, for the same assertions on every path."""

    cart_id: str
    order_id: int
    cart_total: Decimal  # the cart's amount before shipping
    order_total: Decimal  # the checkout's grand total when the order was created
    payment_status: str


def assert_paid(fake: FakeBigCommerce, paid: Paid) -> None:
    assert paid.cart_total == 2 * PRICE  # priced from the catalogue
    assert paid.order_total > paid.cart_total  # shipping was added
    assert paid.payment_status == "success"
    order = fake.order(paid.order_id)
    assert (order.status, order.checkout_id) == ("AWAITING_FULFILLMENT", paid.cart_id)
    [taken] = fake.payments
    assert (taken.order_id, Decimal(str(taken.amount)), taken.last_4) == (
        paid.order_id,
        paid.order_total,
        GOOD_CARD[-4:],
    )


# --- server-to-server ------------------------------------------------------------------------


def server_flow(client: CheckoutClient) -> Paid:
    cart = client.carts.create({"line_items": [{"product_id": LANTERN, "quantity": 2}]})
    checkout = client.checkouts.get(cart.id)
    assert checkout.id == cart.id  # every cart is a checkout
    assert checkout.cart.line_items.physical_items[0].name == "Trail lantern"
    client.checkouts.billing_address.add(cart.id, ADDRESS)
    shipped = client.checkouts.consignments.ship_all_to(
        cart.id, ADDRESS, include=["consignments.available_shipping_options"]
    )
    options = shipped.consignments[0].available_shipping_options or []
    ready = client.checkouts.consignments.select_shipping_option(cart.id, options[0].id)
    order = client.checkouts.orders.create(cart.id)
    methods = client.payments.methods.list(order_id=order.id).data or []
    token = client.payments.access_tokens.create({"order": {"id": order.id}})
    result = client.payments.process(token.id, payment(methods[0].id))
    with pytest.raises(NotFoundError):
        client.carts.get(cart.id)  # BigCommerce deletes a paid order's cart
    with pytest.raises(NotFoundError):
        client.checkouts.get(cart.id)
    return Paid(
        cart.id,
        order.id,
        Decimal(str(cart.cart_amount)),
        Decimal(str(ready.grand_total)),
        result.status,
    )


async def async_server_flow(client: AsyncCheckoutClient) -> Paid:
    cart = await client.carts.create({"line_items": [{"product_id": LANTERN, "quantity": 2}]})
    checkout = await client.checkouts.get(cart.id)
    assert checkout.id == cart.id
    await client.checkouts.billing_address.add(cart.id, ADDRESS)
    shipped = await client.checkouts.consignments.ship_all_to(
        cart.id, ADDRESS, include=["consignments.available_shipping_options"]
    )
    options = shipped.consignments[0].available_shipping_options or []
    ready = await client.checkouts.consignments.select_shipping_option(cart.id, options[0].id)
    order = await client.checkouts.orders.create(cart.id)
    methods = (await client.payments.methods.list(order_id=order.id)).data or []
    token = await client.payments.access_tokens.create({"order": {"id": order.id}})
    result = await client.payments.process(token.id, payment(methods[0].id))
    with pytest.raises(NotFoundError):
        await client.carts.get(cart.id)
    with pytest.raises(NotFoundError):
        await client.checkouts.get(cart.id)
    return Paid(
        cart.id,
        order.id,
        Decimal(str(cart.cart_amount)),
        Decimal(str(ready.grand_total)),
        result.status,
    )


def test_server_to_server_from_a_new_cart_to_a_paid_order(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client:
        paid = server_flow(client)
    assert_paid(fake, paid)


def test_server_to_server_async_from_a_new_cart_to_a_paid_order(fake: FakeBigCommerce) -> None:
    async def run() -> Paid:
        async with async_checkout_client(fake) as client:
            return await async_server_flow(client)

    assert_paid(fake, asyncio.run(run()))


# --- a storefront shopper --------------------------------------------------------------------


def shopper_checkout(view: StorefrontClient) -> tuple[str, Decimal, Decimal]:
    """The shopper's part: a cart (which opens their session), then the checkout up to shipping."""
    cart = view.carts.create({"lineItems": [{"productId": LANTERN, "quantity": 2}]})
    assert "SHOP_SESSION_TOKEN" in view.cookies  # the session the browser must get back
    view.checkouts.billing_address.add(cart.id, SF_ADDRESS)
    shipped = view.checkouts.consignments.ship_all_to(
        cart.id, SF_ADDRESS, include=["consignments.availableShippingOptions"]
    )
    options = shipped.consignments[0].available_shipping_options or []
    ready = view.checkouts.consignments.select_shipping_option(cart.id, options[0].id)
    return cart.id, Decimal(str(cart.cart_amount)), Decimal(str(ready.grand_total))


def test_a_storefront_shopper_from_a_new_cart_to_a_paid_order(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as shop, checkout_client(fake) as back_office:
        view = shop.for_shopper()
        cart_id, cart_total, order_total = shopper_checkout(view)
        order = back_office.checkouts.orders.create(cart_id)
        assert view.orders.get(order.id).status == "INCOMPLETE"
        methods = back_office.payments.methods.list(checkout_id=cart_id).data or []
        result = back_office.payments.pay(order.id, payment(methods[0].id))
        confirmation = view.orders.get(order.id)  # the shopper's confirmation page
        assert confirmation.status == "AWAITING_FULFILLMENT"
        assert view.carts.get() == []  # the session's cart is gone with the payment
        with pytest.raises(NotFoundError):
            view.checkouts.get(cart_id)
        with pytest.raises(NotFoundError):  # and no other shopper can read the order
            shop.for_shopper().orders.get(order.id)
    assert_paid(fake, Paid(cart_id, order.id, cart_total, order_total, result.status))


def test_a_storefront_shopper_async_from_a_new_cart_to_a_paid_order(fake: FakeBigCommerce) -> None:
    async def run() -> Paid:
        async with (
            AsyncStorefrontClient(base_url=fake.url) as shop,
            async_checkout_client(fake) as back_office,
        ):
            view = shop.for_shopper()
            cart = await view.carts.create({"lineItems": [{"productId": LANTERN, "quantity": 2}]})
            assert "SHOP_SESSION_TOKEN" in view.cookies
            await view.checkouts.billing_address.add(cart.id, SF_ADDRESS)
            shipped = await view.checkouts.consignments.ship_all_to(
                cart.id, SF_ADDRESS, include=["consignments.availableShippingOptions"]
            )
            options = shipped.consignments[0].available_shipping_options or []
            ready = await view.checkouts.consignments.select_shipping_option(cart.id, options[0].id)
            order = await back_office.checkouts.orders.create(cart.id)
            methods = (await back_office.payments.methods.list(order_id=order.id)).data or []
            result = await back_office.payments.pay(order.id, payment(methods[0].id))
            assert (await view.orders.get(order.id)).status == "AWAITING_FULFILLMENT"
            assert await view.carts.get() == []
            with pytest.raises(NotFoundError):
                await view.checkouts.get(cart.id)
            return Paid(
                cart.id,
                order.id,
                Decimal(str(cart.cart_amount)),
                Decimal(str(ready.grand_total)),
                result.status,
            )

    assert_paid(fake, asyncio.run(run()))


def test_a_declined_card_takes_nothing_and_a_new_token_pays(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as shop, checkout_client(fake) as back_office:
        view = shop.for_shopper()
        cart_id, cart_total, order_total = shopper_checkout(view)
        order = back_office.checkouts.orders.create(cart_id)
        methods = back_office.payments.methods.list(order_id=order.id).data or []
        with pytest.raises(UnprocessableEntityError) as declined:
            back_office.payments.pay(order.id, payment(methods[0].id, DECLINED_CARD))
        assert declined.value.status_code == 422
        assert DECLINED_CARD not in str(declined.value)
        assert fake.payments == []
        assert view.orders.get(order.id).status == "INCOMPLETE"
        assert view.checkouts.get(cart_id).id == cart_id  # the cart waits for a good card
        result = back_office.payments.pay(order.id, payment(methods[0].id))  # a new token each time
    assert_paid(fake, Paid(cart_id, order.id, cart_total, order_total, result.status))


def test_a_lost_payment_answer_raises_and_exactly_one_payment_exists(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as shop, checkout_client(fake) as back_office:
        view = shop.for_shopper()
        cart_id, _total, _grand = shopper_checkout(view)
        order = back_office.checkouts.orders.create(cart_id)
        methods = back_office.payments.methods.list(order_id=order.id).data or []
        fake.faults.add("processPayment", delay_answer=3)  # taken at once, answered too late
        impatient = back_office.with_options(timeout=0.5)
        with pytest.raises(PaymentMayHaveBeenTakenError) as lost:
            impatient.payments.pay(order.id, payment(methods[0].id))
        assert "may have been taken" in str(lost.value)
        assert GOOD_CARD not in str(lost.value)
        assert len(fake.requests_for("processPayment")) == 1  # never sent again
        assert len(fake.payments) == 1  # the gateway did take it
        # What the error says to do: read the order before paying again. It is paid.
        assert view.orders.get(order.id).status == "AWAITING_FULFILLMENT"
