"""After the payment, through the public clients only, against the local fake (sync and async):

    cart -> paid order -> find the order by its cart once the cart is gone -> its transactions
    show the payment, of the checkout's grand total -> partial refund (quote, then refund with the
    quote's amounts) -> the refund list, the order's status and refunded amount agree -> full
    refund

and the answers that get lost: a refund, a capture or a void whose answer never arrives is sent
once, raises its typed "may have happened" error, and happened exactly once, as the call its
message names shows.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import (
    AsyncCheckoutClient,
    CheckoutClient,
    NotFoundError,
    OrderPaymentActionMayHaveHappenedError,
    OrderStatusId,
    RefundMayHaveBeenMadeError,
)
from bigcommerce_checkout.models import OrderRefundQuote
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import ADDRESS, SHIPPING, async_checkout_client, card, checkout_client

LANTERN = 9201  # a product of this test's own
PRICE = 40
CARD = card()["payment"]  # a test card the fake's gateway takes
LATE = 0.6  # the fake answers this long after applying the call
TIMEOUT = 0.2  # the client gives up first


@pytest.fixture
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce(tax_rate=Decimal("0.1")) as running:
        running.seed_product(LANTERN, "Trail lantern", PRICE)
        yield running


def payments_of(method: list[Any]) -> list[dict[str, Any]]:
    """A refund's payments: one of the quote's refund methods, as it is."""
    return [{"provider_id": o.provider_id, "amount": o.amount, "offline": o.offline} for o in method]


def whole(quote: OrderRefundQuote) -> Decimal:
    return Decimal(str(quote.total_refund_amount))


# --- sync ----------------------------------------------------------------------------------------


def paid_order(client: CheckoutClient) -> tuple[str, int, Decimal]:
    """A cart of two lanterns, shipped, ordered and paid: (cart id, order id, grand total)."""
    cart = client.carts.create({"line_items": [{"product_id": LANTERN, "quantity": 2}]})
    client.checkouts.billing_address.add(cart.id, ADDRESS)
    shipped = client.checkouts.consignments.ship_all_to(cart.id, ADDRESS, include=[SHIPPING])
    options = shipped.consignments[0].available_shipping_options or []
    ready = client.checkouts.consignments.select_shipping_option(cart.id, options[0].id)
    order = client.checkouts.orders.create(cart.id)
    client.payments.pay(order.id, CARD)  # type: ignore[arg-type]
    return cart.id, int(order.id), Decimal(str(ready.grand_total))


def test_after_the_payment_sync(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client:
        cart_id, order_id, total = paid_order(client)
        with pytest.raises(NotFoundError):
            client.checkouts.get(cart_id)  # the cart is gone once its order is paid
        with pytest.raises(NotFoundError) as missing:
            client.orders.get(order_id + 1000)
        assert missing.value.body == [
            {"status": 404, "message": f"The order was not found. No order has the id '{order_id + 1000}'."}
        ]
        found = client.orders.find_by_cart(cart_id)
        assert found is not None
        assert (found.id, found.status_id, found.total_inc_tax) == (
            order_id,
            OrderStatusId.AWAITING_FULFILLMENT,
            total,
        )
        state = client.orders.payment_state(order_id)
        assert (state.paid, state.authorized) == (True, False)
        [purchase] = client.orders.transactions.list(order_id).data or []
        assert (purchase.event, Decimal(str(purchase.amount))) == ("purchase", total)

        [lantern] = client.orders.products.list(order_id)
        one = [{"item_type": "PRODUCT", "item_id": lantern.id, "quantity": 1}]
        quote = client.orders.refunds.quote(order_id, {"items": one})
        assert whole(quote) == Decimal(PRICE) * Decimal("1.1")  # the unit price and its tax
        first = client.orders.refunds.create(
            order_id, {"items": one, "payments": payments_of(quote.refund_methods[0])}
        )
        assert Decimal(str(first.total_amount)) == whole(quote)
        assert [r.id for r in client.orders.refunds.list(order_id).data or []] == [first.id]
        order = client.orders.get(order_id)
        assert (order.status_id, order.refunded_amount) == (OrderStatusId.PARTIALLY_REFUNDED, whole(quote))

        [address] = client.orders.shipping_addresses.list(order_id)
        rest = [*one, {"item_type": "SHIPPING", "item_id": address.id, "amount": float(address.cost_inc_tax)}]
        quote = client.orders.refunds.quote(order_id, {"items": rest})
        client.orders.refunds.create(
            order_id, {"items": rest, "payments": payments_of(quote.refund_methods[0])}
        )
        order = client.orders.get(order_id)
        assert (order.status_id, order.refunded_amount) == (OrderStatusId.REFUNDED, total)
        refunds = client.orders.refunds.list_all(order_ids=[order_id]).data or []
        assert sum(Decimal(str(r.total_amount)) for r in refunds) == total
        assert [r.order_id for r in refunds] == [order_id, order_id]


# --- async ---------------------------------------------------------------------------------------


async def async_paid_order(client: AsyncCheckoutClient) -> tuple[str, int, Decimal]:
    cart = await client.carts.create({"line_items": [{"product_id": LANTERN, "quantity": 2}]})
    await client.checkouts.billing_address.add(cart.id, ADDRESS)
    shipped = await client.checkouts.consignments.ship_all_to(cart.id, ADDRESS, include=[SHIPPING])
    options = shipped.consignments[0].available_shipping_options or []
    ready = await client.checkouts.consignments.select_shipping_option(cart.id, options[0].id)
    order = await client.checkouts.orders.create(cart.id)
    await client.payments.pay(order.id, CARD)  # type: ignore[arg-type]
    return cart.id, int(order.id), Decimal(str(ready.grand_total))


def test_after_the_payment_async(fake: FakeBigCommerce) -> None:
    async def flow() -> None:
        async with async_checkout_client(fake) as client:
            cart_id, order_id, total = await async_paid_order(client)
            found = await client.orders.find_by_cart(cart_id)
            assert found is not None
            assert (found.id, found.total_inc_tax) == (order_id, total)
            [purchase] = (await client.orders.transactions.list(order_id)).data or []
            assert Decimal(str(purchase.amount)) == total
            [lantern] = await client.orders.products.list(order_id)
            [address] = await client.orders.shipping_addresses.list(order_id)
            one = [{"item_type": "PRODUCT", "item_id": lantern.id, "quantity": 1}]
            quote = await client.orders.refunds.quote(order_id, {"items": one})
            await client.orders.refunds.create(
                order_id, {"items": one, "payments": payments_of(quote.refund_methods[0])}
            )
            order = await client.orders.get(order_id)
            assert (order.status_id, order.refunded_amount) == (
                OrderStatusId.PARTIALLY_REFUNDED,
                whole(quote),
            )
            rest = [
                *one,
                {"item_type": "SHIPPING", "item_id": address.id, "amount": float(address.cost_inc_tax)},
            ]
            quote = await client.orders.refunds.quote(order_id, {"items": rest})
            await client.orders.refunds.create(
                order_id, {"items": rest, "payments": payments_of(quote.refund_methods[0])}
            )
            order = await client.orders.get(order_id)
            assert (order.status_id, order.refunded_amount) == (OrderStatusId.REFUNDED, total)
            assert len((await client.orders.refunds.list(order_id)).data or []) == 2
            assert [o.id async for o in client.orders.iter(cart_id=cart_id)] == [order_id]

    asyncio.run(flow())


# --- answers that get lost -----------------------------------------------------------------------


def test_a_refund_whose_answer_is_lost_is_sent_once_and_made_once(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client:
        _, order_id, _ = paid_order(client)
        items = [{"item_type": "ORDER", "item_id": order_id, "amount": 5}]
        quote = client.orders.refunds.quote(order_id, {"items": items})
        fake.faults.add("createOrderRefund", delay_answer=LATE)
        with pytest.raises(RefundMayHaveBeenMadeError, match=r"refunds\.list"):
            client.with_options(timeout=TIMEOUT).orders.refunds.create(
                order_id, {"items": items, "payments": payments_of(quote.refund_methods[0])}
            )
        assert len(fake.requests_for("createOrderRefund")) == 1
        [made] = client.orders.refunds.list(order_id).data or []  # the call the message names tells
        assert made.total_amount == 5
        assert client.orders.get(order_id).refunded_amount == 5
    assert len(fake.refunds) == 1


@pytest.mark.parametrize(("action", "event"), [("capture", "capture"), ("void", "void")])
def test_a_capture_or_void_whose_answer_is_lost_is_sent_once(
    fake: FakeBigCommerce, action: str, event: str
) -> None:
    fake.authorize_only = True
    with checkout_client(fake) as client:
        _, order_id, _ = paid_order(client)
        assert client.orders.payment_state(order_id).authorized
        operation = {"capture": "captureOrderPayment", "void": "voidOrderPayment"}[action]
        fake.faults.add(operation, delay_answer=LATE)
        with pytest.raises(OrderPaymentActionMayHaveHappenedError, match="payment_state"):
            getattr(client.with_options(timeout=TIMEOUT).orders, action)(order_id)
        assert len(fake.requests_for(operation)) == 1
        state = client.orders.payment_state(order_id)
        events = [t.event for t in state.transactions]
        assert events == ["authorization", event]  # it happened, once
        assert state.paid is (action == "capture")


def test_a_lost_refund_async(fake: FakeBigCommerce) -> None:
    async def flow() -> None:
        async with async_checkout_client(fake) as client:
            _, order_id, _ = await async_paid_order(client)
            items = [{"item_type": "ORDER", "item_id": order_id, "amount": 3}]
            quote = await client.orders.refunds.quote(order_id, {"items": items})
            fake.faults.add("createOrderRefund", drop="after_processing")
            with pytest.raises(RefundMayHaveBeenMadeError):
                await client.orders.refunds.create(
                    order_id, {"items": items, "payments": payments_of(quote.refund_methods[0])}
                )
            assert len(fake.requests_for("createOrderRefund")) == 1
            assert len((await client.orders.refunds.list(order_id)).data or []) == 1

    asyncio.run(flow())


# --- paging keeps one page -----------------------------------------------------------------------


def left_to_the_cyclic_gc(walk: Callable[[], object]) -> list[object]:
    """The responses `walk` leaves behind that only the cyclic garbage collector would free."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        walk()
        gc.collect()
        return [o for o in gc.garbage if isinstance(o, httpx.Response)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_paging_frees_each_page_as_it_goes(fake: FakeBigCommerce) -> None:
    """A read answer goes with its last reference, not at the next cyclic GC pass: walking many
    pages holds one page, whatever the number of pages (httpx's stream refers back to its response)."""
    with checkout_client(fake) as client:
        for _ in range(3):
            paid_order(client)
        assert left_to_the_cyclic_gc(lambda: [o.id for o in client.orders.iter(limit=1)]) == []

        async def walk() -> None:
            async with async_checkout_client(fake) as aclient:
                assert len([o.id async for o in aclient.orders.iter(limit=1)]) == 3

        assert left_to_the_cyclic_gc(lambda: asyncio.run(walk())) == []
