"""A whole checkout through the facade against the local fake: both APIs, sync and async.

One flow per API, written once: `step()` awaits what the async clients return and passes the sync
clients' results through, so the same assertions hold for all four clients.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from bigcommerce_checkout import (
    AsyncCheckoutClient,
    AsyncStorefrontClient,
    CheckoutClient,
    OrderMayExistError,
    StorefrontClient,
)
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import ADDRESS, EBOOK, MUG, SF_ADDRESS

pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]


async def step(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def server_totals(c: Any) -> tuple[float, ...]:
    return (c.subtotal_ex_tax, c.shipping_cost_total_ex_tax, c.tax_total, c.grand_total, c.version)


def storefront_totals(c: Any) -> tuple[float, ...]:
    return (c.subtotal, c.shipping_cost_total, c.tax_total, c.grand_total, c.outstanding_balance)


async def server_flow(client: Any, fake: FakeBigCommerce, cart_id: str) -> None:
    c = await step(client.checkouts.get(cart_id))
    assert server_totals(c) == (74, 0, 7.4, 81.4, 1)

    c = await step(client.checkouts.billing_address.add(cart_id, {**ADDRESS, "version": c.version}))
    assert c.billing_address.email == ADDRESS["email"]
    assert server_totals(c) == (74, 0, 7.4, 81.4, 2)

    mug = c.cart.line_items.physical_items[0].id
    c = await step(
        client.checkouts.consignments.add(
            cart_id,
            [{"address": ADDRESS, "line_items": [{"item_id": mug, "quantity": 2}]}],
            include=["consignments.available_shipping_options"],
        )
    )
    [consignment] = c.consignments
    options = {o.description: o.id for o in consignment.available_shipping_options}
    assert set(options) == {"Flat rate", "Express"}
    assert server_totals(c) == (74, 0, 7.4, 81.4, 3)

    c = await step(
        client.checkouts.consignments.update(
            cart_id, consignment.id, {"shipping_option_id": options["Express"]}
        )
    )
    assert c.consignments[0].selected_shipping_option.id == options["Express"]
    assert server_totals(c) == (74, 15, 7.4, 96.4, 4)

    c = await step(client.checkouts.coupons.add(cart_id, "AUTUMN15", version=c.version))
    assert [coupon.code for coupon in c.coupons] == ["AUTUMN15"]
    assert server_totals(c) == (62.9, 15, 6.29, 84.19, 5)

    order = await step(client.checkouts.orders.create(cart_id))
    assert [o.id for o in fake.orders] == [order.id]
    assert fake.orders[0].grand_total == 84.19
    c = await step(client.checkouts.get(cart_id))
    assert c.order_id == str(order.id)


async def storefront_flow(client: Any, fake: FakeBigCommerce, cart_id: str) -> None:
    c = await step(client.checkouts.get(cart_id))
    assert storefront_totals(c) == (74, 0, 7.4, 81.4, 81.4)

    c = await step(client.checkouts.billing_address.add(cart_id, SF_ADDRESS))
    assert c.billing_address.email == SF_ADDRESS["email"]

    mug = c.cart.line_items.physical_items[0].id
    c = await step(
        client.checkouts.consignments.add(
            cart_id,
            [{"address": SF_ADDRESS, "lineItems": [{"itemId": mug, "quantity": 2}]}],
            include=["consignments.availableShippingOptions"],
        )
    )
    [consignment] = c.consignments
    flat = next(o.id for o in consignment.available_shipping_options if o.description == "Flat rate")
    c = await step(client.checkouts.consignments.update(cart_id, consignment.id, {"shippingOptionId": flat}))
    assert storefront_totals(c) == (74, 6, 7.4, 87.4, 87.4)

    c = await step(client.checkouts.coupons.add(cart_id, "AUTUMN15"))
    assert storefront_totals(c) == (62.9, 6, 6.29, 75.19, 75.19)

    c = await step(client.checkouts.gift_certificates.add(cart_id, "GC-7Q2M-4KXR"))
    assert c.outstanding_balance == 45.19
    c = await step(client.checkouts.store_credit.add(cart_id))
    assert (c.grand_total, c.outstanding_balance) == (75.19, 25.19)
    c = await step(client.checkouts.store_credit.remove(cart_id))
    c = await step(client.checkouts.gift_certificates.delete(cart_id, "GC-7Q2M-4KXR"))
    assert c.outstanding_balance == 75.19


@pytest.mark.parametrize("client_class", [CheckoutClient, AsyncCheckoutClient])
def test_server_to_server_checkout(fake_bigcommerce: FakeBigCommerce, client_class: Any) -> None:
    fake = fake_bigcommerce
    fake.tax_rate = 0.1
    cart_id = fake.seed_cart(items=[MUG, EBOOK])
    fake.seed_coupon("AUTUMN15", percentage=15)
    client = client_class(store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url)

    async def run() -> None:
        try:
            await server_flow(client, fake, cart_id)
        finally:
            await step(client.close())

    asyncio.run(run())


@pytest.mark.parametrize("client_class", [StorefrontClient, AsyncStorefrontClient])
def test_storefront_checkout(fake_bigcommerce: FakeBigCommerce, client_class: Any) -> None:
    fake = fake_bigcommerce
    fake.tax_rate = 0.1
    customer = fake.seed_customer("sam@example.com", store_credit=20)
    cart_id = fake.seed_cart(items=[MUG, EBOOK], customer_id=customer)
    fake.seed_coupon("AUTUMN15", percentage=15)
    fake.seed_gift_certificate("GC-7Q2M-4KXR", 30)
    client = client_class(base_url=fake.url, cookies=fake.shopper_cookies(cart_id))  # the cart's shopper

    async def run() -> None:
        try:
            await storefront_flow(client, fake, cart_id)
        finally:
            await step(client.close())

    asyncio.run(run())


def test_a_lost_order_answer_is_not_retried_and_the_fake_counts_one_order(
    fake_bigcommerce: FakeBigCommerce,
) -> None:
    fake = fake_bigcommerce
    cart_id = fake.seed_cart(items=[EBOOK])
    with CheckoutClient(
        store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url
    ) as client:
        client.checkouts.billing_address.add(cart_id, ADDRESS)
        fake.faults.add("createOrder", times=1, drop="after_processing")  # order made, answer lost
        with pytest.raises(OrderMayExistError):
            client.checkouts.orders.create(cart_id)
        assert len(fake.orders) == len(fake.requests_for("createOrder")) == 1
        assert client.checkouts.get(cart_id).order_id == str(fake.orders[0].id)
