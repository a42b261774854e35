"""From an order to a paid order through the public clients, sync and async, against the local fake.

Real loopback sockets: the clients' `base_url` and `payments_base_url` both point at the fake.
A cart is seeded, made ready and turned into an order; then accepted methods, a payment access
token and a payment. Also: a declined card, a payment whose answer is lost, an expired token, a
token of another store, and the PAT and card data absent from everything the client keeps or logs.
"""

from __future__ import annotations

import asyncio
import logging
import re
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

from bigcommerce_checkout import (
    AuthenticationError,
    CheckoutClient,
    ConflictError,
    NotFoundError,
    PaymentConnectionError,
    PaymentMayHaveBeenTakenError,
    PaymentTimeoutError,
    StorefrontClient,
    UnprocessableEntityError,
    capture_responses,
)
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import ADDRESS, CVV, HOLDER, MUG, async_checkout_client, card, checkout_client

NUMBER = "4242424242424242"
DECLINED = "4000000000000002"
NO_FUNDS = "4000000000009995"


def payment(number: str = NUMBER) -> Any:
    return card(number)["payment"]


@pytest.fixture
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        yield running


def ordered(fake: FakeBigCommerce, client: CheckoutClient) -> tuple[str, int]:
    """A seeded cart with a billing address and a shipping option, turned into an order."""
    cart_id = fake.seed_cart(items=[MUG])
    client.checkouts.billing_address.add(cart_id, ADDRESS)
    item = fake.checkout(cart_id)["cart"]["line_items"]["physical_items"][0]["id"]
    checkout = client.checkouts.consignments.add(
        cart_id,
        [{"address": ADDRESS, "line_items": [{"item_id": item, "quantity": 2}]}],
        include=["consignments.available_shipping_options"],
    )
    consignment = checkout.consignments[0]
    assert consignment.available_shipping_options is not None
    option = consignment.available_shipping_options[0].id
    client.checkouts.consignments.update(cart_id, consignment.id, {"shipping_option_id": option})
    return cart_id, client.checkouts.orders.create(cart_id).id


def assert_paid_once(fake: FakeBigCommerce, order_id: int, cart_id: str) -> None:
    order = fake.order(order_id)
    assert (order.status, order.status_id) == ("AWAITING_FULFILLMENT", 11)
    [taken] = fake.payments
    assert (taken.order_id, taken.amount, taken.currency, taken.last_4) == (order_id, 70, "USD", "4242")


# --- the whole flow ----------------------------------------------------------------------------


def test_an_order_is_paid_and_its_cart_is_gone(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client, StorefrontClient(base_url=fake.url) as shop:
        cart_id, order_id = ordered(fake, client)
        assert fake.order(order_id).status == "INCOMPLETE"
        methods = client.payments.methods.list(order_id=order_id)
        assert methods.data is not None
        [method] = methods.data
        assert method.type == "card"
        assert client.payments.methods.list(checkout_id=cart_id) == methods
        token = client.payments.access_tokens.create({"order": {"id": order_id}})
        transaction = client.payments.process(token.id, {**payment(), "payment_method_id": method.id})
        assert (transaction.status, transaction.transaction_type) == ("success", "purchase")
        assert transaction.id == fake.payments[0].id
        assert_paid_once(fake, order_id, cart_id)
        with pytest.raises(NotFoundError):
            client.checkouts.get(cart_id)
        with pytest.raises(NotFoundError):
            shop.checkouts.get(cart_id)
        with pytest.raises(ConflictError):  # a paid order takes no new token
            client.payments.access_tokens.create({"order": {"id": order_id}})


def test_an_order_is_paid_async(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as setup:
        cart_id, order_id = ordered(fake, setup)

    async def run() -> None:
        async with async_checkout_client(fake) as client:
            methods = await client.payments.methods.list(order_id=order_id)
            assert methods.data is not None
            token = await client.payments.access_tokens.create({"order": {"id": order_id}})
            with pytest.raises(UnprocessableEntityError) as declined:
                await client.payments.process(token.id, payment(DECLINED))
            assert declined.value.body["code"] == 30104
            token = await client.payments.access_tokens.create({"order": {"id": order_id}})
            await client.payments.process(token.id, {**payment(), "payment_method_id": methods.data[0].id})
            with pytest.raises(NotFoundError):
                await client.checkouts.get(cart_id)

    asyncio.run(run())
    assert_paid_once(fake, order_id, cart_id)


# --- what goes wrong ---------------------------------------------------------------------------


def test_a_declined_card_takes_nothing_and_a_new_token_pays_with_another(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client:
        cart_id, order_id = ordered(fake, client)
        token = client.payments.access_tokens.create({"order": {"id": order_id}})
        with pytest.raises(UnprocessableEntityError) as info:
            client.payments.process(token.id, payment(NO_FUNDS))
        declined = info.value
        assert declined.status_code == 422
        assert declined.body["code"] == 30106  # BigCommerce's code for insufficient funds
        assert declined.title is not None
        assert "insufficient funds" in declined.title
        assert fake.payments == []
        assert fake.order(order_id).status == "INCOMPLETE"
        assert client.checkouts.get(cart_id).id == cart_id  # the cart is still there
        # the token was used by the declined payment: BigCommerce's tokens are single use
        with pytest.raises(AuthenticationError):
            client.payments.process(token.id, payment())
        token = client.payments.access_tokens.create({"order": {"id": order_id}})
        client.payments.process(token.id, payment())
    assert_paid_once(fake, order_id, cart_id)


def test_a_lost_answer_raises_payment_may_have_been_taken_and_the_payment_exists_once(
    fake: FakeBigCommerce,
) -> None:
    with checkout_client(fake, timeout=0.5) as client:
        cart_id, order_id = ordered(fake, client)
        token = client.payments.access_tokens.create({"order": {"id": order_id}})
        fake.faults.add("processPayment", delay_answer=3)  # taken at once, answered too late
        with pytest.raises(PaymentTimeoutError) as info:
            client.payments.process(token.id, payment())
        assert isinstance(info.value, PaymentMayHaveBeenTakenError)
        assert len(fake.requests_for("processPayment")) == 1  # never sent twice
        assert_paid_once(fake, order_id, cart_id)  # right after the client gave up


def test_an_answer_that_never_comes_raises_payment_may_have_been_taken_async(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as setup:
        cart_id, order_id = ordered(fake, setup)
        token = setup.payments.access_tokens.create({"order": {"id": order_id}})
    fake.faults.add("processPayment", drop="after_processing")

    async def run() -> None:
        async with async_checkout_client(fake) as client:
            await client.payments.process(token.id, payment())

    with pytest.raises(PaymentConnectionError):
        asyncio.run(run())
    assert len(fake.requests_for("processPayment")) == 1
    assert_paid_once(fake, order_id, cart_id)


def test_an_expired_token_is_refused(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client:
        _, order_id = ordered(fake, client)
        token = client.payments.access_tokens.create({"order": {"id": order_id}})
        fake.expire_payment_tokens()
        with pytest.raises(AuthenticationError) as info:
            client.payments.process(token.id, payment())
        assert "expired" in (info.value.detail or "")
    assert fake.payments == []


def test_a_token_pays_only_its_own_order_of_its_own_store(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client, checkout_client(fake, store_hash="otherstore") as elsewhere:
        _, first = ordered(fake, client)
        _, second = ordered(fake, client)
        token = client.payments.access_tokens.create({"order": {"id": first}})
        with pytest.raises(AuthenticationError):  # another store's payments host path
            elsewhere.payments.process(token.id, payment())
        client.payments.process(token.id, payment())
        with pytest.raises(AuthenticationError):  # used: it cannot pay the second order either
            client.payments.process(token.id, payment())
    assert [(p.order_id, fake.order(p.order_id).status) for p in fake.payments] == [
        (first, "AWAITING_FULFILLMENT")
    ]
    assert fake.order(second).status == "INCOMPLETE"


def test_a_second_payment_of_a_paid_order_is_refused(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client:
        _, order_id = ordered(fake, client)
        first = client.payments.access_tokens.create({"order": {"id": order_id}})
        second = client.payments.access_tokens.create({"order": {"id": order_id}})
        client.payments.process(first.id, payment())
        with pytest.raises(UnprocessableEntityError) as info:
            client.payments.process(second.id, payment("5555555555554444"))
        assert info.value.body["code"] == 30101
    assert len(fake.payments) == 1


# --- secrets -----------------------------------------------------------------------------------


# Durations the client logs (`(attempt 1, 737 ms)`): under load one can equal the test card's CVV.
_DURATION = re.compile(r"\d+ ms\)")


def _no_secret(secrets: tuple[str, ...], *texts: str | bytes) -> None:
    for text in texts:
        value = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        value = _DURATION.sub("ms)", value)
        for secret in secrets:
            pattern = rf"(?<!\d){re.escape(secret)}(?!\d)" if secret.isdigit() else re.escape(secret)
            assert re.search(pattern, value) is None, f"{secret!r} leaked into {value[:300]!r}"


def _chain(exc: BaseException) -> list[BaseException]:
    links: list[BaseException] = []
    link: BaseException | None = exc
    while link is not None:
        links.append(link)
        link = link.__cause__ or link.__context__
    return links


def test_the_pat_and_card_data_are_nowhere_end_to_end(
    fake: FakeBigCommerce, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake.verbose = True
    errors: list[BaseException] = []
    tokens: list[str] = []
    with checkout_client(fake, timeout=0.5) as client, capture_responses() as captured:
        _, order_id = ordered(fake, client)
        for number, fault in ((NO_FUNDS, None), (NUMBER + "0", None), (NUMBER, "late")):
            token = client.payments.access_tokens.create({"order": {"id": order_id}}).id
            tokens.append(token)
            if fault:
                fake.faults.add("processPayment", delay_answer=3)
            try:
                client.payments.process(token, payment(number))
            except (UnprocessableEntityError, PaymentMayHaveBeenTakenError) as exc:
                errors.append(exc)
        client_repr = repr(client)
    assert [type(e) for e in errors] == [
        UnprocessableEntityError,
        UnprocessableEntityError,
        PaymentTimeoutError,
    ]
    assert len(fake.payments) == 1
    kept: list[str | bytes] = []
    for error in errors:
        chain = _chain(error)
        kept += [str(c) for c in chain] + [repr(c) for c in chain]
        kept.append("".join(traceback.format_exception(error)))
        if isinstance(error, UnprocessableEntityError):
            request = error.response.request
            kept += [error.response.content, repr(error.body)]
        else:
            assert isinstance(error, PaymentTimeoutError)
            assert error.request is not None
            request = error.request
        assert request.headers["authorization"] == "<redacted>"
        kept += [str(request.headers), request.content, str(request.url)]
    assert "/payments -> 422" in caplog.text  # the client's DEBUG log was captured
    payments_captured = [r for r in captured if r.url.endswith("/payments")]
    assert len(payments_captured) == 2  # the two declines (the late answer never arrived)
    _no_secret(
        (*tokens, NO_FUNDS, NUMBER, NUMBER + "0", CVV, HOLDER),
        *kept,
        caplog.text,
        client_repr,
        *(repr(r) for r in captured),
        *(r.content for r in payments_captured),
        *(repr(r) for r in fake.requests),
        *(r.body for r in fake.requests),
        repr(fake.payments),
    )
