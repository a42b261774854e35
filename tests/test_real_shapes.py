"""A corpus of real response shapes, parsed through the public clients over a real loopback socket.

The JSON files in ``tests/corpus/`` are written by us with our own values. Each reproduces facts
observed in checkouts BigCommerce's servers really send (recorded in the tests of BigCommerce's
checkout-js and described by the TypeScript types of checkout-sdk-js; see ``openapi/DEVIATIONS.md``):
unwrapped physical items carry ``giftWrapping: null`` and ``parentId: null``; cart discounts are
keyed by UUID strings; ``orderId`` is an integer once the order exists; promotions come as
``{banners: [...]}``; a payment's ``detail`` is an object such as ``{step: ...}``; coupon ids and
coupon types are strings; option value ids are numbers (or null); custom items' prices and
quantities are numbers; ``payments`` may hold an empty object.

Every value must come through as sent: not dropped, not converted, not refused.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest

from bigcommerce_checkout import (
    APIResponseValidationError,
    AsyncCheckoutClient,
    AsyncStorefrontClient,
    CheckoutClient,
    StorefrontClient,
)
from tests.fake_support import ADDRESS
from tests.loopback import Answer, LoopbackServer
from tests.shapes import corpus
from tests.spec_tools import validator

STORE = "k7x2q9rm"


def storefront_get(server: LoopbackServer, body: dict[str, Any], *, use_async: bool) -> Any:
    server.default = Answer.json(200, body)
    if use_async:

        async def run() -> Any:
            async with AsyncStorefrontClient(base_url=server.url) as client:
                return await client.checkouts.get(body["id"])

        return asyncio.run(run())
    with StorefrontClient(base_url=server.url) as client:
        return client.checkouts.get(body["id"])


def server_get(server: LoopbackServer, body: dict[str, Any], *, use_async: bool) -> Any:
    server.default = Answer.json(200, body)
    checkout_id = body["data"]["id"]
    if use_async:

        async def run() -> Any:
            async with AsyncCheckoutClient(
                store_hash=STORE, access_token="tok", base_url=server.url
            ) as client:
                return await client.checkouts.get(checkout_id)

        return asyncio.run(run())
    with CheckoutClient(store_hash=STORE, access_token="tok", base_url=server.url) as client:
        return client.checkouts.get(checkout_id)


SYNC_AND_ASYNC = pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])


@SYNC_AND_ASYNC
def test_storefront_checkout_with_an_order(server: LoopbackServer, use_async: bool) -> None:
    checkout = storefront_get(server, corpus("storefront_checkout_ordered.json"), use_async=use_async)

    # The id is declared with `format: uuid`: a str or a UUID, as the model layer decides.
    assert str(checkout.id) == "4f2d9c1e-7a3b-4e58-9d6c-0b1a2e3f4c5d"
    assert checkout.order_id == 4127
    mug, tin = checkout.cart.line_items.physical_items
    assert (mug.gift_wrapping, mug.parent_id) == (None, None)
    assert (tin.gift_wrapping.name, tin.gift_wrapping.message, tin.gift_wrapping.amount) == (
        "Linen wrap",
        "Happy birthday",
        3,
    )
    assert tin.parent_id is None
    assert mug.brand == "Kiln & Co"
    assert (mug.options[0].value_id, tin.options[0].value_id) == (61, None)

    discounts = checkout.cart.discounts
    assert [(d.id, d.discounted_amount) for d in discounts] == [
        ("a81c3f20-5d47-4b9e-8e12-6f0d9c4b7a31", 5.5),
        ("c02e7d94-1b6a-4f3c-a5d8-93e4b2f1c760", 0),
    ]
    for coupon in (checkout.coupons[0], checkout.cart.coupons[0]):
        assert (coupon.id, coupon.code, coupon.coupon_type) == ("7", "SPRING5", "per_total_discount")

    custom = checkout.cart.line_items.custom_items[0]
    assert (custom.list_price, custom.quantity, custom.extended_list_price) == (12, 1, 12)

    billing = checkout.billing_address
    assert (billing.id, billing.should_save_address, billing.country_code) == ("65e2f0a91c3d7", True, "IE")

    banners = checkout.promotions[0].banners
    assert [(b.type, b.text) for b in banners] == [
        ("upsell", "Add 9.10 more for free shipping"),
        ("applied", "Spring discount applied"),
    ]

    payment = checkout.payments[0]
    assert (payment.provider_id, payment.provider_type, payment.gateway_id) == (
        "bankdeposit",
        "PAYMENT_TYPE_HOSTED",
        None,
    )
    assert payment.detail.step == "ACKNOWLEDGE"

    consignment = checkout.consignments[0]
    assert consignment.id == "65e2f0b4d81aa"
    assert consignment.selected_shipping_option.cost == 6.5
    assert consignment.line_item_ids == [mug.id, tin.id]
    assert checkout.customer.addresses[0].id == 8
    assert checkout.grand_total == 90.4


@SYNC_AND_ASYNC
def test_storefront_checkout_of_a_guest_before_the_order(server: LoopbackServer, use_async: bool) -> None:
    checkout = storefront_get(server, corpus("storefront_checkout_guest.json"), use_async=use_async)

    assert checkout.order_id is None
    assert checkout.cart.line_items.physical_items == []
    ebook = checkout.cart.line_items.digital_items[0]
    assert (ebook.parent_id, ebook.brand, ebook.is_shipping_required) == (None, "Pantry Press", False)
    assert checkout.cart.discounts[0].id == "e4b1c9d0-2f7a-4a38-9c65-1d0e8b7f6a52"
    certificate = checkout.cart.line_items.gift_certificates[0]
    assert (certificate.amount, certificate.recipient.email) == (25, "alex@example.com")
    assert checkout.promotions == []
    assert len(checkout.payments) == 1  # BigCommerce sends `[{}]`: one payment with nothing in it
    assert checkout.version == 3


@pytest.mark.parametrize("order_id", [None, 4127, "4127"], ids=["none", "integer", "string"])
def test_storefront_order_id_is_kept_as_sent(server: LoopbackServer, order_id: int | str | None) -> None:
    body = corpus("storefront_checkout_ordered.json")
    body["orderId"] = order_id
    assert storefront_get(server, body, use_async=False).order_id == order_id


def test_a_payment_detail_of_another_shape_is_refused_not_mangled(server: LoopbackServer) -> None:
    body = corpus("storefront_checkout_ordered.json")
    body["payments"][0]["detail"] = ["ACKNOWLEDGE", "FINALIZE"]
    with pytest.raises(APIResponseValidationError):
        storefront_get(server, body, use_async=False)


@SYNC_AND_ASYNC
def test_server_checkout_with_unwrapped_items(server: LoopbackServer, use_async: bool) -> None:
    checkout = server_get(server, corpus("server_checkout.json"), use_async=use_async)

    item = checkout.cart.line_items.physical_items[0]
    assert (item.gift_wrapping, item.parent_id) == (None, None)
    assert checkout.order_id is None
    assert checkout.cart.discounts[0].id == "1f0e9d8c-7b6a-4594-8372-615049382716"
    assert item.discounts[0].id == "coupon"
    assert (checkout.coupons[0].id, checkout.coupons[0].coupon_type) == (12, "per_total_discount")
    banner = checkout.promotions[0].banners[0]
    assert (banner.id, banner.type, banner.page, banner.text) == (
        "3",
        "upsell",
        ["checkout"],
        "Spend 20 more for a free tote",
    )
    assert checkout.cart.line_items.custom_items == []
    assert (checkout.grand_total, checkout.version) == (59.38, 2)


@pytest.mark.parametrize("order_id", [None, 4127, "4127"], ids=["none", "integer", "string"])
def test_server_order_id_is_kept_as_sent(server: LoopbackServer, order_id: int | str | None) -> None:
    body = corpus("server_checkout.json")
    body["data"]["order_id"] = order_id
    assert server_get(server, body, use_async=False).order_id == order_id


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("cart", "line_items", "physical_items", 0, "original_price"), None),
        (("cart", "line_items", "physical_items", 0, "is_mutable"), None),
        (("cart", "channel_id"), None),
        (("promotions", 0, "banners", 0, "page"), None),
        (("version",), None),
        (("billing_address",), None),
        (("fees",), None),
        (("promotions",), None),
        (("cart", "line_items", "physical_items", 0, "gift_wrapping"), None),
    ],
    ids=lambda v: ".".join(map(str, v)) if isinstance(v, tuple) else repr(v),
)
def test_server_optional_fields_accept_null(
    server: LoopbackServer, path: tuple[str | int, ...], value: None
) -> None:
    body = corpus("server_checkout.json")
    node: Any = body["data"]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    checkout = server_get(server, copy.deepcopy(body), use_async=False)
    node = checkout
    for key in path:
        node = node[key] if isinstance(key, int) else getattr(node, key)
    assert node is None


@pytest.mark.parametrize(
    ("name", "schema"),
    [
        ("storefront_checkout_ordered.json", "StorefrontCheckout"),
        ("storefront_checkout_guest.json", "StorefrontCheckout"),
        ("server_checkout.json", "CheckoutResponse"),
    ],
)
def test_corpus_fits_the_description(spec: dict[str, Any], name: str, schema: str) -> None:
    """The description accepts every real shape, not only the client's generated code."""
    errors = validator(spec, {"$ref": f"#/components/schemas/{schema}"}).iter_errors(corpus(name))
    assert [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors] == []


def test_the_fake_answers_with_the_real_shapes() -> None:
    """Every test against the local fake meets the shapes above: nulls, UUID discount ids, order id."""
    from bigcommerce_checkout.testing import FakeBigCommerce

    mug = {"product_id": 112, "name": "Teal enamel mug", "price": 32, "quantity": 2}
    ebook = {"product_id": 140, "name": "Camping recipes", "price": 10, "type": "digital"}
    with FakeBigCommerce() as fake:
        cart_id = fake.seed_cart(items=[mug, ebook])
        fake.seed_coupon("AUTUMN15", percentage=15)
        with (
            CheckoutClient(
                store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url
            ) as server,
            StorefrontClient(base_url=fake.url, cookies=fake.shopper_cookies(cart_id)) as storefront,
        ):
            checkout = storefront.checkouts.coupons.add(cart_id, "AUTUMN15")
            item = checkout.cart.line_items.physical_items[0]
            digital = checkout.cart.line_items.digital_items[0]
            assert (item.gift_wrapping, item.parent_id, digital.parent_id) == (None, None, None)
            assert [d.id for d in checkout.cart.discounts] == [item.id, digital.id]
            assert checkout.cart.discounts[0].discounted_amount == 9.6
            coupon = checkout.coupons[0]
            assert (coupon.id, coupon.coupon_type) == (str(coupon.id), "percentage_discount")
            assert checkout.order_id is None

            cart = server.checkouts.get(cart_id).cart
            sent = cart.line_items.physical_items[0]
            assert (sent.gift_wrapping, sent.parent_id) == (None, None)
            assert [(d.id, d.discounted_amount) for d in cart.discounts] == [
                (item.id, 9.6),
                (digital.id, 1.5),
            ]

            server.checkouts.billing_address.add(
                cart_id,
                {**ADDRESS, "email": "ada@example.com"},
            )
            server.checkouts.consignments.add(
                cart_id,
                [
                    {
                        "address": {**ADDRESS, "email": "ada@example.com"},
                        "line_items": [{"item_id": item.id, "quantity": 2}],
                    }
                ],
                include=["consignments.available_shipping_options"],
            )
            consignment = server.checkouts.get(cart_id, include=["consignments.available_shipping_options"])
            option = consignment.consignments[0].available_shipping_options[0]
            server.checkouts.consignments.update(
                cart_id, consignment.consignments[0].id, {"shipping_option_id": option.id}
            )
            order = server.checkouts.orders.create(cart_id)
            after = storefront.checkouts.get(cart_id)
            assert after.order_id == order.id
            assert isinstance(after.order_id, int)
            assert after.billing_address.should_save_address is False


@pytest.mark.parametrize(
    "path",
    [
        ("billingAddress",),
        ("customer",),
        ("payments",),
        ("promotions",),
        ("consignments", 0, "selectedShippingOption"),
        ("cart", "lineItems", "customItems"),
        ("cart", "lineItems", "physicalItems", 0, "options"),
        ("cart", "lineItems", "physicalItems", 0, "categoryNames"),
    ],
    ids=lambda v: ".".join(map(str, v)),
)
def test_storefront_optional_fields_accept_null(server: LoopbackServer, path: tuple[str | int, ...]) -> None:
    body = corpus("storefront_checkout_ordered.json")
    node: Any = body
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = None
    checkout = storefront_get(server, body, use_async=False)
    value: Any = checkout
    for key in path:
        if isinstance(key, int):
            value = value[key]
        else:
            value = getattr(value, "".join(f"_{c.lower()}" if c.isupper() else c for c in key))
    assert value is None
