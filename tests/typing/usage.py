"""A typed usage example: mypy --strict checks it in the test run, so the public API stays typed."""

from __future__ import annotations

import asyncio
import os

from bigcommerce_checkout import (
    APIStatusError,
    AsyncCheckoutClient,
    CheckoutClient,
    ConflictError,
    RateLimit,
    RetryPolicy,
    StorefrontClient,
    capture_responses,
)
from bigcommerce_checkout.models import BillingAddressRequest, Checkout, OrderRef, StorefrontCheckout


def place_order(cart_id: str) -> int | None:
    token = os.environ["BIGCOMMERCE_ACCESS_TOKEN"]
    with CheckoutClient(
        store_hash="k7x2q9rm", access_token=token, retry=RetryPolicy(max_retries=3)
    ) as client:
        checkout: Checkout = client.checkouts.get(
            cart_id, include=["consignments.available_shipping_options"]
        )
        address = BillingAddressRequest(email="ada.okafor@example.com", country_code="US")
        try:
            checkout = client.checkouts.billing_address.add(cart_id, address)
        except ConflictError as exc:
            print(exc.status_code, exc.title, exc.body, exc.request_id)
            return None
        for consignment in checkout.consignments or []:
            print(consignment.id)
        limit: RateLimit | None = client.rate_limit
        print(limit.requests_left if limit else None)
        with capture_responses() as responses:
            try:
                order: OrderRef = client.with_options(timeout=60).checkouts.orders.create(cart_id)
            except APIStatusError:
                return None
        print(responses[-1].status_code)
        return order.id if isinstance(order.id, int) else None


async def read_both(cart_id: str) -> tuple[Checkout, StorefrontCheckout]:
    async with AsyncCheckoutClient(store_hash="k7x2q9rm", access_token="t") as client:
        server_view = await client.checkouts.get(cart_id)
    with StorefrontClient(store_domain="shop.example.com", cookies={"SHOP_SESSION_TOKEN": "s"}) as shop:
        shopper_view = shop.checkouts.get(cart_id, include=["consignments.availableShippingOptions"])
    return server_view, shopper_view


if __name__ == "__main__":
    asyncio.run(read_both("0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"))
