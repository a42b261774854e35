"""The conveniences: several operations in one call, each with the rules of the operation alone.

`consignments.ship_all_to` and `consignments.select_shipping_option` (both APIs) run against the
local fake; `payments.pay` against two loopback servers, the API's and the payments host, so a
lost answer can be played at either step. Every client is tried, sync and async, through one flow.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import (
    AsyncCheckoutClient,
    AsyncStorefrontClient,
    CheckoutClient,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentConnectionError,
    PaymentMayHaveBeenTakenError,
    RetryPolicy,
    StorefrontClient,
    UnprocessableEntityError,
)
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import ADDRESS, EBOOK, MUG, SF_ADDRESS, SHIPPING, checkout_client
from tests.loopback import Answer, LoopbackServer
from tests.test_facade_payments import PAID, PAT, PAYMENT, TOKEN, _assert_no_secret, _example

pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]

LAMP = {"product_id": 131, "name": "Brass desk lamp", "sku": "LAMP-1", "price": 58, "quantity": 1}
MOVED = {**ADDRESS, "address1": "2 Quay Street", "city": "Salem", "postal_code": "97301"}
SF_MOVED = {**SF_ADDRESS, "address1": "2 Quay Street", "city": "Salem", "postalCode": "97301"}
FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002)


def run(make: Callable[[], Any], flow: Callable[[Any], Any]) -> None:
    """`flow(client)` with a client from `make()`, awaiting what an async client returns."""

    async def main() -> None:
        client = make()
        try:
            await flow(client)
        finally:
            await step(client.close())

    asyncio.run(main())


async def step(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


SERVER = [CheckoutClient, AsyncCheckoutClient]
STOREFRONT = [StorefrontClient, AsyncStorefrontClient]
BOTH = [*SERVER, *STOREFRONT]


class Api:
    """What differs between the two APIs: clients, address shapes, include names, field names."""

    def __init__(self, fake: FakeBigCommerce, client_class: Any) -> None:
        self.fake = fake
        self.storefront = client_class in STOREFRONT
        self.client_class = client_class
        self.address = SF_ADDRESS if self.storefront else ADDRESS
        self.moved = SF_MOVED if self.storefront else MOVED
        self.quotes = (
            "consignments.availableShippingOptions"
            if self.storefront
            else ("consignments.available_shipping_options")
        )
        self.prefix = "storefront" if self.storefront else ""

    def cookies(self, cart_id: str | None) -> dict[str, str] | None:
        """On the storefront, the session of the shopper who owns the cart (the fake checks it)."""
        return self.fake.shopper_cookies(cart_id) if self.storefront and cart_id else None

    def client(self, cart_id: str | None = None) -> Any:
        if self.storefront:
            return self.client_class(base_url=self.fake.url, cookies=self.cookies(cart_id))
        return self.client_class(
            store_hash=self.fake.store_hash, access_token=self.fake.access_token, base_url=self.fake.url
        )

    def op(self, name: str) -> str:
        """The operation id on this API: `addCheckoutConsignment` or `storefrontAddCheckoutConsignment`."""
        return f"storefront{name[0].upper()}{name[1:]}" if self.storefront else name

    def lines(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        key = "itemId" if self.storefront else "item_id"
        return [{key: i["id"], "quantity": i["quantity"]} for i in items]

    def physical(self, checkout_id: str) -> list[dict[str, Any]]:
        cart = self.fake.checkout(checkout_id, storefront=self.storefront)["cart"]
        return cart["lineItems"]["physicalItems"] if self.storefront else cart["line_items"]["physical_items"]

    def writes(self) -> list[str]:
        return [r.method for r in self.fake.requests if r.method != "GET"]


def seeded(fake: FakeBigCommerce) -> str:
    return fake.seed_cart(items=[MUG, LAMP, EBOOK])


# --- ship_all_to -------------------------------------------------------------------------------


@pytest.mark.parametrize("client_class", BOTH)
def test_ship_all_to_creates_then_moves_one_consignment_with_every_physical_item(
    fake_bigcommerce: FakeBigCommerce, client_class: Any
) -> None:
    api = Api(fake_bigcommerce, client_class)
    cart_id = seeded(api.fake)
    physical = api.physical(cart_id)

    async def flow(client: Any) -> None:
        c = await step(client.checkouts.consignments.ship_all_to(cart_id, api.address, include=[api.quotes]))
        [consignment] = c.consignments
        assert sorted(consignment.line_item_ids) == sorted(i["id"] for i in physical)
        assert consignment.address.city == "Portland"
        assert consignment.available_shipping_options  # `include` reached the write
        [created] = api.fake.requests_for(api.op("addCheckoutConsignment"))
        [sent] = created.json()
        assert sent["line_items" if not api.storefront else "lineItems"] == api.lines(
            physical
        )  # full quantities
        assert sent["version"] == api.fake.checkout(cart_id)["version"] - 1  # the version it read

        c = await step(client.checkouts.consignments.ship_all_to(cart_id, api.moved))
        [same] = c.consignments
        assert (same.id, same.address.city) == (consignment.id, "Salem")
        [moved] = api.fake.requests_for(api.op("updateCheckoutConsignment"))
        assert moved.path.endswith(f"/consignments/{consignment.id}")
        assert api.writes() == ["POST", "PUT"]  # nothing else was written

    run(lambda: api.client(cart_id), flow)


@pytest.mark.parametrize("client_class", BOTH)
def test_ship_all_to_refuses_bad_input_before_any_request(
    fake_bigcommerce: FakeBigCommerce, client_class: Any
) -> None:
    api = Api(fake_bigcommerce, client_class)
    cart_id = seeded(api.fake)
    wrong_key = {**api.address, "zip": "97201"}

    async def flow(client: Any) -> None:
        with pytest.raises(TypeError, match=r"unknown field address\.zip"):
            await step(client.checkouts.consignments.ship_all_to(cart_id, wrong_key))
        with pytest.raises(ValueError, match="include"):
            await step(client.checkouts.consignments.ship_all_to(cart_id, api.address, include=["nope"]))
        with pytest.raises(ValueError, match="checkout_id"):
            await step(client.checkouts.consignments.ship_all_to("..", api.address))
        with pytest.raises(TypeError, match="with_options"):
            await step(client.checkouts.consignments.ship_all_to(cart_id, api.address, timeout=5))

    run(lambda: api.client(cart_id), flow)
    assert api.fake.requests == []


@pytest.mark.parametrize("client_class", BOTH)
def test_ship_all_to_writes_nothing_for_several_consignments_or_no_physical_item(
    fake_bigcommerce: FakeBigCommerce, client_class: Any
) -> None:
    api = Api(fake_bigcommerce, client_class)
    split = seeded(api.fake)
    digital_only = api.fake.seed_cart(items=[EBOOK])
    mug, lamp = api.physical(split)
    lines = "lineItems" if api.storefront else "line_items"

    async def flow(client: Any) -> None:
        await step(
            client.checkouts.consignments.add(
                split,
                [
                    {"address": api.address, lines: api.lines([mug])},
                    {"address": api.moved, lines: api.lines([lamp])},
                ],
            )
        )
        before = api.writes()
        with pytest.raises(ValueError, match="already ships to 2 addresses"):
            await step(client.checkouts.consignments.ship_all_to(split, api.address))
        shopper = api.client(digital_only)  # on the storefront, the other cart's session
        try:
            with pytest.raises(ValueError, match="no physical items"):
                await step(shopper.checkouts.consignments.ship_all_to(digital_only, api.address))
        finally:
            await step(shopper.close())
        assert api.writes() == before

    run(lambda: api.client(split), flow)


@pytest.mark.parametrize("client_class", BOTH)
def test_ship_all_to_answers_409_when_the_checkout_changed_after_it_was_read(
    fake_bigcommerce: FakeBigCommerce, client_class: Any
) -> None:
    """The write carries the version read: a change in between is a ConflictError, not a stale write."""
    api = Api(fake_bigcommerce, client_class)
    cart_id = seeded(api.fake)
    other = Api(api.fake, StorefrontClient if api.storefront else CheckoutClient).client(cart_id)

    def change_after_the_read(response: httpx.Response) -> None:
        # another request for the same checkout lands between the convenience's read and write
        if response.request.method == "GET":
            other.checkouts.update_customer_message(cart_id, "leave it at the door")

    async def async_change(response: httpx.Response) -> None:
        change_after_the_read(response)

    asynchronous = client_class in (AsyncCheckoutClient, AsyncStorefrontClient)
    pools: list[Any] = []

    def make() -> Any:  # called inside the event loop, so an async pool belongs to it
        cookies = api.cookies(cart_id)
        http = (
            httpx.AsyncClient(cookies=cookies, event_hooks={"response": [async_change]})
            if asynchronous
            else httpx.Client(cookies=cookies, event_hooks={"response": [change_after_the_read]})
        )
        pools.append(http)
        if api.storefront:
            return client_class(base_url=api.fake.url, http_client=http)
        return client_class(
            store_hash=api.fake.store_hash,
            access_token=api.fake.access_token,
            base_url=api.fake.url,
            http_client=http,
        )

    async def flow(client: Any) -> None:
        try:
            with pytest.raises(ConflictError):
                await step(client.checkouts.consignments.ship_all_to(cart_id, api.address))
        finally:
            await step(pools[0].aclose() if asynchronous else pools[0].close())

    try:
        run(make, flow)
    finally:
        other.close()
    assert api.fake.checkout(cart_id)["consignments"] == []
    assert [r.status for r in api.fake.requests_for(api.op("addCheckoutConsignment"))] == [409]


# --- select_shipping_option --------------------------------------------------------------------


@pytest.mark.parametrize("client_class", BOTH)
def test_select_shipping_option_finds_the_consignment_offering_the_option(
    fake_bigcommerce: FakeBigCommerce, client_class: Any
) -> None:
    api = Api(fake_bigcommerce, client_class)
    cart_id = seeded(api.fake)

    async def flow(client: Any) -> None:
        c = await step(client.checkouts.consignments.ship_all_to(cart_id, api.address, include=[api.quotes]))
        [consignment] = c.consignments
        express = next(o for o in consignment.available_shipping_options if o.description == "Express")
        c = await step(client.checkouts.consignments.select_shipping_option(cart_id, express.id))
        assert c.consignments[0].selected_shipping_option.id == express.id
        [selected] = api.fake.requests_for(api.op("updateCheckoutConsignment"))
        assert selected.path.endswith(f"/consignments/{consignment.id}")
        key = "shippingOptionId" if api.storefront else "shipping_option_id"
        assert selected.json() == {key: express.id}  # alone, as BigCommerce wants it
        [_, quoted] = api.fake.requests_for(api.op("getCheckout"))
        assert api.quotes in quoted.query["include"][0]

    run(lambda: api.client(cart_id), flow)


@pytest.mark.parametrize("client_class", BOTH)
def test_select_shipping_option_writes_nothing_when_no_single_consignment_offers_it(
    fake_bigcommerce: FakeBigCommerce, client_class: Any
) -> None:
    api = Api(fake_bigcommerce, client_class)
    cart_id = seeded(api.fake)
    mug, lamp = api.physical(cart_id)
    lines = "lineItems" if api.storefront else "line_items"

    async def flow(client: Any) -> None:
        with pytest.raises(ValueError, match="no consignment of the checkout offers"):
            await step(client.checkouts.consignments.select_shipping_option(cart_id, "0f3c9a"))
        c = await step(
            client.checkouts.consignments.add(
                cart_id,
                [
                    {"address": api.address, lines: api.lines([mug])},
                    {"address": api.moved, lines: api.lines([lamp])},
                ],
                include=[api.quotes],
            )
        )
        shared = c.consignments[0].available_shipping_options[0].id  # the fake offers both the same
        assert shared in {o.id for o in c.consignments[1].available_shipping_options}
        with pytest.raises(ValueError, match="2 consignments of the checkout offer"):
            await step(client.checkouts.consignments.select_shipping_option(cart_id, shared))
        assert api.writes() == ["POST"]  # only the consignments added above

    run(lambda: api.client(cart_id), flow)


@pytest.mark.parametrize("client_class", BOTH)
def test_select_shipping_option_checks_its_input_first(
    fake_bigcommerce: FakeBigCommerce, client_class: Any
) -> None:
    api = Api(fake_bigcommerce, client_class)
    cart_id = seeded(api.fake)

    async def flow(client: Any) -> None:
        for bad in ("", "  ", 7):
            with pytest.raises((TypeError, ValueError), match="option_id"):
                await step(client.checkouts.consignments.select_shipping_option(cart_id, bad))

    run(lambda: api.client(cart_id), flow)
    assert api.fake.requests == []


# --- payments.pay ------------------------------------------------------------------------------

TOKEN_ANSWER = Answer.json(201, {"data": {"id": PAT}})
PAID_ID = _example("processPayment")["data"]["id"]


@pytest.fixture
def payments() -> Any:
    """The payments host: a loopback server of its own, apart from the API's (`server`)."""
    with LoopbackServer() as host:
        yield host


def paying(client_class: Any, api: LoopbackServer, host: LoopbackServer) -> Callable[[], Any]:
    def make() -> Any:
        return client_class(
            store_hash="k7x2q9rm",
            access_token=TOKEN,
            base_url=api.url,
            payments_base_url=host.url,
            retry=FAST,
        )

    return make


@pytest.mark.parametrize("client_class", SERVER)
def test_pay_creates_a_token_for_the_order_then_pays_with_it(
    server: LoopbackServer, payments: LoopbackServer, client_class: Any
) -> None:
    server.default = TOKEN_ANSWER
    payments.default = PAID

    async def flow(client: Any) -> None:
        transaction = await step(client.payments.pay(214, PAYMENT))
        assert transaction.id == PAID_ID

    run(paying(client_class, server, payments), flow)
    [token] = server.requests
    assert (token.method, token.path) == ("POST", "/stores/k7x2q9rm/v3/payments/access_tokens")
    assert token.json() == {"order": {"id": 214}}
    [paid] = payments.requests
    assert paid.headers["authorization"] == f"PAT {PAT}"  # the token the API just made
    assert "x-auth-token" not in paid.headers
    assert paid.json() == {"payment": PAYMENT}


@pytest.mark.parametrize("client_class", SERVER)
def test_pay_checks_the_order_and_the_payment_before_anything_is_sent(
    server: LoopbackServer, payments: LoopbackServer, client_class: Any
) -> None:
    async def flow(client: Any) -> None:
        for order_id in (0, -3, "21a", ""):  # "214", as a checkout may give it, is an id
            with pytest.raises(ValueError, match="order_id"):
                await step(client.payments.pay(order_id, PAYMENT))
        with pytest.raises(TypeError, match="order_id"):
            await step(client.payments.pay(True, PAYMENT))
        with pytest.raises(TypeError, match="payment"):
            await step(client.payments.pay(214, {**PAYMENT, "amount": 10}))

    run(paying(client_class, server, payments), flow)
    assert server.requests == payments.requests == []


@pytest.mark.parametrize("client_class", SERVER)
def test_pay_whose_token_fails_charges_nothing_and_says_nothing_of_a_payment(
    server: LoopbackServer, payments: LoopbackServer, client_class: Any
) -> None:
    server.default = Answer.json(500, {"title": "try later"})

    async def flow(client: Any) -> None:
        with pytest.raises(InternalServerError) as info:
            await step(client.payments.pay(214, PAYMENT))
        assert not isinstance(info.value, PaymentMayHaveBeenTakenError)  # safe to call pay again
        assert "payment may have been taken" not in str(info.value)

    run(paying(client_class, server, payments), flow)
    assert len(server.requests) == 1  # a POST: the usual rule, not retried after a 5xx
    assert payments.requests == []


@pytest.mark.parametrize("client_class", SERVER)
def test_pay_whose_answer_is_lost_is_sent_once_and_keeps_every_secret_out(
    server: LoopbackServer, payments: LoopbackServer, client_class: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server.default = TOKEN_ANSWER
    payments.default = Answer(drop=True)  # the payment arrives whole, the answer never comes
    caplog.set_level(logging.DEBUG, logger="bigcommerce_checkout")

    async def flow(client: Any) -> None:
        with pytest.raises(PaymentConnectionError) as info:
            await step(client.payments.pay(214, PAYMENT))
        error = info.value
        assert "payment may have been taken" in str(error)
        _assert_no_secret(
            str(error),
            repr(error),
            "".join(traceback.format_exception(error)),
            repr(error.request.headers if error.request else ""),
        )

    run(paying(client_class, server, payments), flow)
    assert len(server.requests) == len(payments.requests) == 1
    _assert_no_secret(caplog.text)


@pytest.mark.parametrize("client_class", SERVER)
def test_pay_against_the_fake_declined_then_paid_and_the_cart_is_gone(
    fake_bigcommerce: FakeBigCommerce, client_class: Any
) -> None:
    """The conveniences end to end: ship, select, order, a declined card, another card, paid."""
    fake = fake_bigcommerce
    cart_id = seeded(fake)

    def make() -> Any:
        return client_class(
            store_hash=fake.store_hash,
            access_token=fake.access_token,
            base_url=fake.url,
            payments_base_url=fake.payments_url,
        )

    async def flow(client: Any) -> None:
        await step(client.checkouts.billing_address.add(cart_id, ADDRESS))
        c = await step(client.checkouts.consignments.ship_all_to(cart_id, ADDRESS, include=[SHIPPING]))
        option = c.consignments[0].available_shipping_options[0].id
        await step(client.checkouts.consignments.select_shipping_option(cart_id, option))
        order = await step(client.checkouts.orders.create(cart_id))
        with pytest.raises(UnprocessableEntityError):
            await step(client.payments.pay(order.id, card("4000000000000002")))
        transaction = await step(client.payments.pay(order.id, card("4242424242424242")))
        assert transaction.status == "success"
        assert [p.order_id for p in fake.payments] == [order.id]
        assert fake.order(order.id).status != "INCOMPLETE"
        with pytest.raises(NotFoundError):
            await step(client.checkouts.get(cart_id))
        # each pay() made its own token: the declined payment spent the first
        assert len(fake.requests_for("createPaymentAccessToken")) == 2

    run(make, flow)


def test_pay_whose_answer_is_lost_at_the_fake_records_one_payment(fake_bigcommerce: FakeBigCommerce) -> None:
    fake = fake_bigcommerce
    cart_id = seeded(fake)
    with checkout_client(fake) as client:
        client.checkouts.billing_address.add(cart_id, ADDRESS)
        c = client.checkouts.consignments.ship_all_to(cart_id, ADDRESS, include=[SHIPPING])
        client.checkouts.consignments.select_shipping_option(
            cart_id, c.consignments[0].available_shipping_options[0].id
        )
        order = client.checkouts.orders.create(cart_id)
        fake.faults.add("processPayment", times=1, drop="after_processing")  # paid, answer lost
        with pytest.raises(PaymentConnectionError):
            client.payments.pay(order.id, card("4242424242424242"))
    assert len(fake.payments) == len(fake.requests_for("processPayment")) == 1


def card(number: str) -> Any:
    return {**PAYMENT, "instrument": {**PAYMENT["instrument"], "number": number}}
