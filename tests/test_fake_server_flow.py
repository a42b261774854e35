"""A whole server-to-server checkout against the fake, with the totals checked at every step."""

from __future__ import annotations

import inspect
from typing import Any

from bigcommerce_checkout import CheckoutClient
from bigcommerce_checkout.testing import FakeBigCommerce
from bigcommerce_checkout_api import AuthenticatedClient
from bigcommerce_checkout_api.api.server_billing_address import add_checkout_billing_address
from bigcommerce_checkout_api.api.server_checkouts import get_checkout
from bigcommerce_checkout_api.api.server_consignments import (
    add_checkout_consignment,
    update_checkout_consignment,
)
from bigcommerce_checkout_api.api.server_coupons import add_checkout_coupon
from bigcommerce_checkout_api.api.server_orders import create_order
from bigcommerce_checkout_api.models import (
    AddCheckoutConsignmentInclude,
    BillingAddressRequest,
    CheckoutResponse,
    ConsignmentCreate,
    ConsignmentUpdate,
    CouponRequest,
    OrderResponse,
)
from tests.fake_support import ADDRESS, EBOOK, MUG, SHIPPING, data, physical_ids, server_client

pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]


def totals(c: dict[str, Any]) -> tuple[float, float, float, float, float]:
    return (
        c["subtotal_ex_tax"],
        c["shipping_cost_total_ex_tax"],
        c["tax_total"],
        c["grand_total"],
        c["version"],
    )


def test_a_whole_checkout_with_httpx(fake_bigcommerce: FakeBigCommerce) -> None:
    fake = fake_bigcommerce
    fake.tax_rate = 0.1
    cart_id = fake.seed_cart(items=[MUG, EBOOK])
    fake.seed_coupon("AUTUMN15", percentage=15)
    with server_client(fake) as http:
        c = data(http.get(f"/{cart_id}"))
        assert c["id"] == c["cart"]["id"] == cart_id
        assert c["cart"]["base_amount"] == 74
        assert totals(c) == (74, 0, 7.4, 81.4, 1)
        assert c["subtotal_inc_tax"] == 81.4
        assert c["taxes"] == [{"name": "Tax", "amount": 7.4}]
        assert "billing_address" not in c
        assert c["consignments"] == []
        assert c["order_id"] is None

        c = data(http.post(f"/{cart_id}/billing-address", json={**ADDRESS, "version": 1}))
        assert c["billing_address"]["email"] == c["cart"]["email"] == ADDRESS["email"]
        assert c["billing_address"]["id"].isdigit()
        assert totals(c) == (74, 0, 7.4, 81.4, 2)

        [mug] = physical_ids(c)
        consignment = [{"address": ADDRESS, "line_items": [{"item_id": mug, "quantity": 2}], "version": 2}]
        c = data(http.post(f"/{cart_id}/consignments", params={"include": SHIPPING}, json=consignment))
        [k] = c["consignments"]
        assert k["line_item_ids"] == [mug]
        assert k["address"]["postal_code"] == "97201"
        assert [(o["description"], o["cost"]) for o in k["available_shipping_options"]] == [
            ("Flat rate", 6),
            ("Express", 15),
        ]
        assert "selected_shipping_option" not in k
        assert totals(c) == (74, 0, 7.4, 81.4, 3)
        assert "available_shipping_options" not in data(http.get(f"/{cart_id}"))["consignments"][0]

        express = k["available_shipping_options"][1]["id"]
        c = data(
            http.put(f"/{cart_id}/consignments/{k['id']}", json={"shipping_option_id": express, "version": 3})
        )
        assert c["consignments"][0]["selected_shipping_option"]["id"] == express
        assert c["consignments"][0]["shipping_cost_inc_tax"] == 15
        assert totals(c) == (74, 15, 7.4, 96.4, 4)

        c = data(http.post(f"/{cart_id}/coupons", json={"coupon_code": "AUTUMN15", "version": 4}))
        assert c["coupons"] == c["cart"]["coupons"]
        assert c["coupons"][0]["code"] == "AUTUMN15"
        assert c["coupons"][0]["discounted_amount"] == 11.1
        mug_line = c["cart"]["line_items"]["physical_items"][0]
        assert (mug_line["coupon_amount"], mug_line["extended_sale_price"]) == (9.6, 64)
        assert c["cart"]["cart_amount_ex_tax"] == 62.9
        assert c["cart"]["cart_amount_inc_tax"] == 69.19
        assert totals(c) == (62.9, 15, 6.29, 84.19, 5)

        order = http.post(f"/{cart_id}/orders")
        assert order.status_code == 200
        OrderResponse.from_dict(order.json())
        first = order.json()["data"]["id"]
        second = http.post(f"/{cart_id}/orders").json()["data"]["id"]
        assert second != first
        assert data(http.get(f"/{cart_id}"))["order_id"] == str(second)
    assert [(o.id, o.grand_total, o.email) for o in fake.orders] == [
        (first, 84.19, ADDRESS["email"]),
        (second, 84.19, ADDRESS["email"]),
    ]
    assert len(fake.requests_for("createOrder")) == 2


def test_a_whole_checkout_with_the_generated_client() -> None:
    with FakeBigCommerce() as fake:
        cart_id = fake.seed_cart(items=[MUG])
        fake.seed_coupon("FIVE", amount=5)
        client = AuthenticatedClient(
            base_url=fake.url, token=fake.access_token, prefix="", auth_header_name="X-Auth-Token"
        )
        h = fake.store_hash
        with client:
            got = get_checkout.sync(h, cart_id, client=client)
            assert isinstance(got, CheckoutResponse)
            got = add_checkout_billing_address.sync(
                h, cart_id, client=client, body=BillingAddressRequest.from_dict(ADDRESS)
            )
            assert isinstance(got, CheckoutResponse)
            mug = got.data.cart.line_items.physical_items[0].id
            create = ConsignmentCreate.from_dict(
                {"address": ADDRESS, "line_items": [{"item_id": mug, "quantity": 2}]}
            )
            include = AddCheckoutConsignmentInclude(SHIPPING)
            got = add_checkout_consignment.sync(h, cart_id, client=client, body=[create], include=include)
            assert isinstance(got, CheckoutResponse)
            consignment = got.data.consignments[0]
            flat = consignment.available_shipping_options[0]
            body = ConsignmentUpdate(shipping_option_id=flat.id)
            got = update_checkout_consignment.sync(h, cart_id, consignment.id, client=client, body=body)
            assert isinstance(got, CheckoutResponse)
            assert got.data.shipping_cost_total_ex_tax == 6
            got = add_checkout_coupon.sync(h, cart_id, client=client, body=CouponRequest(coupon_code="FIVE"))
            assert isinstance(got, CheckoutResponse)
            assert (got.data.subtotal_ex_tax, got.data.grand_total) == (59, 65)
            order = create_order.sync(h, cart_id, client=client)
            assert isinstance(order, OrderResponse)
            assert order.data.id == fake.orders[0].id


def test_the_facade_runs_a_checkout_against_the_fake(fake_bigcommerce: FakeBigCommerce) -> None:
    fake = fake_bigcommerce
    fake.tax_rate = 0.1
    cart_id = fake.seed_cart(items=[MUG])
    fake.seed_coupon("AUTUMN15", percentage=15)
    client = CheckoutClient(store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url)
    checkouts = client.checkouts
    add_params = inspect.signature(checkouts.consignments.add).parameters
    shipping_options: dict[str, Any] = (
        {"include_shipping_options": True}
        if "include_shipping_options" in add_params
        else {"include": [SHIPPING]}
    )
    with client:
        assert checkouts.get(cart_id, include=[SHIPPING]).grand_total == 70.4
        checkouts.billing_address.add(cart_id, ADDRESS)
        mug = checkouts.get(cart_id).cart.line_items.physical_items[0].id
        checkout = checkouts.consignments.add(
            cart_id,
            [{"address": ADDRESS, "line_items": [{"item_id": mug, "quantity": 2}]}],
            **shipping_options,
        )
        consignment = checkout.consignments[0]
        option = consignment.available_shipping_options[0]
        checkout = checkouts.consignments.update(cart_id, consignment.id, {"shipping_option_id": option.id})
        assert checkout.grand_total == 76.4
        checkout = checkouts.coupons.add(cart_id, "AUTUMN15")
        assert (checkout.subtotal_ex_tax, checkout.tax_total, checkout.grand_total) == (54.4, 5.44, 65.84)
        order = checkouts.orders.create(cart_id)
    assert [o.id for o in fake.orders] == [order.id]
