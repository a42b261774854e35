"""A typed usage example: mypy --strict checks it in the test run, so the public API stays typed."""

from __future__ import annotations

import asyncio
import os
from decimal import Decimal

from bigcommerce_checkout import (
    APIStatusError,
    AsyncCheckoutClient,
    AsyncStorefrontClient,
    CheckoutClient,
    ConflictError,
    OrderStatusId,
    OrderUpdateMayHaveHappenedError,
    PaymentMayHaveBeenTakenError,
    RateLimit,
    RateLimitWaitError,
    RedisRateLimiter,
    RefundMayHaveBeenMadeError,
    RetryPolicy,
    StorefrontClient,
    UnprocessableEntityError,
    capture_responses,
)
from bigcommerce_checkout.models import (
    BillingAddressRequest,
    CartConvertedEvent,
    CartCreateRequestParam,
    CartFull,
    Checkout,
    Order,
    OrderRef,
    OrderRefund,
    OrderRefundPaymentInputParam,
    OrderRefundQuote,
    OrderStatusUpdatedEvent,
    OrderTransactionListResponse,
    PaymentAccessToken,
    PaymentMethodsResponse,
    PaymentRequestParam,
    PaymentTransaction,
    StorefrontCart,
    StorefrontCheckout,
    StorefrontOrder,
    Webhook,
    WebhookAdmin,
    WebhookListResponse,
)
from bigcommerce_checkout.webhooks import (
    Event,
    MemoryDedupeStore,
    Receipt,
    RedisDedupeStore,
    WebhookEvent,
    WebhookReceiver,
    parse_event,
)


def place_order(cart_id: str) -> int | None:
    token = os.environ["BIGCOMMERCE_ACCESS_TOKEN"]
    with CheckoutClient(
        store_hash="k7x2q9rm", access_token=token, retry=RetryPolicy(max_retries=3)
    ) as client:
        checkout: Checkout = client.checkouts.get(
            cart_id, include=["consignments.available_shipping_options"]
        )
        address = BillingAddressRequest(
            first_name="Ada",
            last_name="Okafor",
            email="ada.okafor@example.com",
            address1="14 Harbour Lane",
            city="Portland",
            country_code="US",
        )
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


def cart_to_paid_order(card_number: str, cvv: str) -> PaymentTransaction | None:
    """The whole flow as a user writes it: cart, checkout, order, accepted methods, token, pay."""
    with CheckoutClient(store_hash="k7x2q9rm", access_token=os.environ["BIGCOMMERCE_ACCESS_TOKEN"]) as client:
        new_cart: CartCreateRequestParam = {
            "line_items": [{"product_id": 112, "variant_id": 358, "quantity": 2}],
            "channel_id": 1,
        }
        cart: CartFull = client.carts.create(new_cart, include=["redirect_urls"])
        checkout: Checkout = client.checkouts.billing_address.add(
            cart.id,
            {
                "first_name": "Ada",
                "last_name": "Okafor",
                "email": "ada.okafor@example.com",
                "address1": "3 Dock Road",
                "city": "London",
                "country_code": "GB",
            },
        )
        order: OrderRef = client.checkouts.orders.create(checkout.id)
        methods: PaymentMethodsResponse = client.payments.methods.list(order_id=order.id)
        card_method = next(m.id for m in methods.data or [] if m.type == "card")
        token: PaymentAccessToken = client.payments.access_tokens.create({"order": {"id": order.id}})
        payment: PaymentRequestParam = {
            "instrument": {
                "type": "card",
                "number": card_number,
                "cardholder_name": "Ada Okafor",
                "expiry_month": 11,
                "expiry_year": 2030,
                "verification_value": cvv,
            },
            "payment_method_id": card_method,
        }
        try:
            return client.payments.process(token.id, payment)
        except UnprocessableEntityError as declined:
            print(declined.detail)
            return None
        except PaymentMayHaveBeenTakenError:
            return None  # check the order's status before paying again


def conveniences(cart_id: str, order_id: int, payment: PaymentRequestParam) -> PaymentTransaction:
    """Several operations in one call each, typed as users write them (sync and async)."""
    with CheckoutClient(store_hash="k7x2q9rm", access_token="t") as client:
        checkout: Checkout = client.checkouts.consignments.ship_all_to(
            cart_id,
            {
                "email": "ada.okafor@example.com",
                "country_code": "US",
                "state_or_province": "Oregon",
                "postal_code": "97201",
            },
            include=["consignments.available_shipping_options"],
        )
        option = checkout.consignments[0].available_shipping_options or []
        checkout = client.checkouts.consignments.select_shipping_option(cart_id, option[0].id)
        print(checkout.grand_total)
        transaction: PaymentTransaction = client.payments.pay(order_id, payment)
    with StorefrontClient(store_domain="shop.example.com") as shop:
        shopper: StorefrontCheckout = shop.checkouts.consignments.ship_all_to(
            cart_id, {"countryCode": "US", "postalCode": "97201"}
        )
        shopper = shop.checkouts.consignments.select_shipping_option(cart_id, "flat")
        print(shopper.grand_total)
    return transaction


async def conveniences_async(cart_id: str, order_id: int, payment: PaymentRequestParam) -> None:
    async with AsyncCheckoutClient(store_hash="k7x2q9rm", access_token="t") as client:
        checkout: Checkout = await client.checkouts.consignments.select_shipping_option(cart_id, "flat")
        transaction: PaymentTransaction = await client.payments.pay(order_id, payment)
        print(checkout.id, transaction.status)
    async with AsyncStorefrontClient(store_domain="shop.example.com") as shop:
        shopper: StorefrontCheckout = await shop.checkouts.consignments.ship_all_to(
            cart_id, {"countryCode": "US"}, include=["consignments.availableShippingOptions"]
        )
        print(shopper.id)


async def shoppers(cookies_of: dict[str, str]) -> list[StorefrontCart]:
    """A server acting for several shoppers over one pool; each view keeps its own cookies."""
    async with AsyncStorefrontClient(store_domain="shop.example.com") as shop:
        carts: list[StorefrontCart] = []
        for header in cookies_of.values():
            view = shop.for_shopper(header)
            carts += await view.carts.get(include=["lineItems.physicalItems.options"])
            if not carts:
                carts.append(await view.carts.create({"lineItems": [{"productId": 112, "quantity": 1}]}))
            print(view.cookies.get("SHOP_SESSION_TOKEN"))
        order: StorefrontOrder = await shop.for_shopper(cookies_of["ada"]).orders.get(
            40127, include=["payments"]
        )
        print(order)
        return carts


if __name__ == "__main__":
    asyncio.run(read_both("0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"))


def after_the_order(cart_id: str, checkout: Checkout) -> Decimal | None:
    """Find the order of a cart, prove its payment, refund a line, cancel another order."""
    token = os.environ["BIGCOMMERCE_ACCESS_TOKEN"]
    with CheckoutClient(store_hash="k7x2q9rm", access_token=token) as client:
        order: Order | None = client.orders.find_by_cart(cart_id)
        if order is None:
            return None
        if checkout.order_id is not None:  # the id a checkout gives goes straight back in
            order = client.orders.get(checkout.order_id, include=["consignments", "fees"])
        state = client.orders.payment_state(order.id)
        print(state.paid, state.authorized, state.captured_amount, state.status_id)
        transactions: OrderTransactionListResponse = client.orders.transactions.list(order.id)
        for transaction in transactions.data or []:
            print(transaction.event, transaction.amount)
        quote: OrderRefundQuote = client.orders.refunds.quote(
            order.id, {"items": [{"item_type": "PRODUCT", "item_id": 41, "quantity": 1}]}
        )
        for method in quote.refund_methods or []:
            payments: list[OrderRefundPaymentInputParam] = [
                {"provider_id": o.provider_id or "", "amount": o.amount or 0.0} for o in method
            ]
            try:
                refund: OrderRefund = client.orders.refunds.create(
                    order.id,
                    {"items": [{"item_type": "PRODUCT", "item_id": 41, "quantity": 1}], "payments": payments},
                )
            except RefundMayHaveBeenMadeError:
                print(client.orders.refunds.list(order.id).data)
                return None
            print(refund.id, refund.total_amount)
            break
        for unpaid in client.orders.iter(status_id=OrderStatusId.AWAITING_PAYMENT, sort="date_created"):
            try:
                client.orders.update(unpaid.id, status_id=OrderStatusId.CANCELLED)
            except OrderUpdateMayHaveHappenedError:
                print(client.orders.get(unpaid.id).status_id)
        print([s.name for s in client.orders.statuses.list()], client.orders.count().count)
        print(client.orders.products.list(order.id, limit=250), client.orders.fees.list(order.id).fees)
        client.orders.metafields.create(
            order.id, {"namespace": "headless", "key": "ref", "value": "WEB-1", "permission_set": "app_only"}
        )
        total: Decimal | None = order.total_inc_tax
        return total


async def after_the_order_async(cart_id: str) -> list[int]:
    async with AsyncCheckoutClient(store_hash="k7x2q9rm", access_token="t") as client:
        order = await client.orders.find_by_cart(cart_id)
        if order is not None:
            state = await client.orders.payment_state(order.id)
            print(state.paid)
        return [o.id async for o in client.orders.iter(customer_id=27, limit=100)]


def subscribe(destination: str, secret: str) -> list[Webhook]:
    token = os.environ["BIGCOMMERCE_ACCESS_TOKEN"]
    with CheckoutClient(store_hash="k7x2q9rm", access_token=token) as client:
        hook: Webhook = client.webhooks.create(
            "store/cart/converted", destination, headers={"X-Hook-Secret": secret}
        )
        client.webhooks.update(hook.id, is_active=True)
        page: WebhookListResponse = client.webhooks.list(scope="store/cart/converted")
        admin: WebhookAdmin = client.webhooks.admin.get()
        client.webhooks.admin.update_emails([*(admin.emails or []), "ops@example.net"])
        return page.data


async def subscribe_async(destination: str) -> Webhook:
    async with AsyncCheckoutClient(store_hash="k7x2q9rm", access_token="token") as client:
        hook = await client.webhooks.create("store/order/*", destination, is_active=True)
        return await client.webhooks.delete(hook.id)


def receive(headers: dict[str, str], body: bytes, redis_url: str | None) -> int:
    orders: list[int] = []

    def handle(event: Event) -> None:
        if isinstance(event, CartConvertedEvent):
            orders.append(event.data.order_id)
        elif isinstance(event, OrderStatusUpdatedEvent):
            orders.append(event.data.status.new_status_id)
        elif isinstance(event, WebhookEvent):
            print(event.scope, event.data.get("id"))

    store = RedisDedupeStore(redis_url) if redis_url else MemoryDedupeStore(max_keys=10_000)
    receiver = WebhookReceiver(handle, header="X-Hook-Secret", secret="s3cret-value", store=store)
    receipt: Receipt = receiver.receive(headers, body)
    event: Event = parse_event(body)
    print(event.hash, receipt.duplicate)
    return receipt.status


def many_workers(redis_url: str | None) -> float | None:
    limiter = RedisRateLimiter(redis_url, prefix="shop:rate:", recheck=10) if redis_url else None
    with CheckoutClient(store_hash="k7x2q9rm", access_token="t0ken", rate_limiter=limiter) as client:
        try:
            client.with_options(retry_budget=5).settings.get()
        except RateLimitWaitError as exc:
            return exc.seconds_to_reset
    return None


async def many_tasks(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url)
    async with AsyncCheckoutClient(
        store_hash="k7x2q9rm", access_token="t0ken", rate_limiter=limiter
    ) as client:
        await asyncio.gather(*(client.settings.get() for _ in range(8)))
