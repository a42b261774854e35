"""A typed usage example: mypy --strict checks it in the test run, so the public API stays typed."""

from __future__ import annotations

import os

from bigcommerce_checkout import APIStatusError, CheckoutClient, ConflictError
from bigcommerce_checkout.models import BillingAddressRequest, Checkout, OrderRef


def place_order(cart_id: str) -> int | None:
    with CheckoutClient(store_hash="k7x2q9rm", access_token=os.environ["BIGCOMMERCE_ACCESS_TOKEN"]) as client:
        checkout: Checkout = client.checkouts.get(
            cart_id, include=["consignments.available_shipping_options"]
        )
        address = BillingAddressRequest(email="ada.okafor@example.com", country_code="US")
        try:
            checkout = client.checkouts.billing_address.add(cart_id, address)
        except ConflictError as exc:
            print(exc.status_code, exc.title, exc.body)
            return None
        for consignment in checkout.consignments or []:
            print(consignment.id)
        try:
            order: OrderRef = client.checkouts.orders.create(cart_id)
        except APIStatusError:
            return None
        return order.id if isinstance(order.id, int) else None
