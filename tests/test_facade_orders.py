"""`client.orders` over real loopback sockets: paging v2 lists, finding the order of a cart, the
money calls (refund, capture, void) and the order update sent at most once, ids as checkouts give
them, and the payment recovery helper. Sync and async."""

from __future__ import annotations

import asyncio
import copy
import json
from decimal import Decimal
from typing import Any

import pytest

from bigcommerce_checkout import (
    APIConnectionError,
    AsyncCheckoutClient,
    CheckoutClient,
    InternalServerError,
    OrderPaymentActionConnectionError,
    OrderPaymentActionMayHaveHappenedError,
    OrderPaymentActionServerError,
    OrderStatusId,
    OrderUpdateMayHaveHappenedError,
    OrderUpdateServerError,
    PaymentMayHaveBeenTakenError,
    RateLimitError,
    RefundConnectionError,
    RefundMayHaveBeenMadeError,
    RefundResponseError,
    RefundServerError,
    RetryPolicy,
    StorefrontClient,
)
from bigcommerce_checkout._base_client import ORDER_HINT, PAYMENT_HINT
from tests.conftest import SPEC_PATH
from tests.loopback import Answer, LoopbackServer, Recorded
from tests.spec_tools import load_yaml, success_example

TOKEN = "tok_live_4f9a1c0e7b2d"
STORE = "k7x2q9rm"
CART = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002)
SPEC: Any = load_yaml(SPEC_PATH)
ORDER: dict[str, Any] = success_example(SPEC, "getOrder")
V2 = f"/stores/{STORE}/v2"
V3 = f"/stores/{STORE}/v3"
REFUND = {"items": [{"item_type": "PRODUCT", "item_id": 41, "quantity": 1}],
          "payments": [{"provider_id": "testgateway", "amount": 24.5, "offline": False}]}  # fmt: skip
EMPTY = Answer(204, b"", {})


def _client(server: LoopbackServer, **kwargs: Any) -> CheckoutClient:
    kwargs.setdefault("retry", FAST)
    return CheckoutClient(store_hash=STORE, access_token=TOKEN, base_url=server.url, **kwargs)


def _async_client(server: LoopbackServer, **kwargs: Any) -> AsyncCheckoutClient:
    kwargs.setdefault("retry", FAST)
    return AsyncCheckoutClient(store_hash=STORE, access_token=TOKEN, base_url=server.url, **kwargs)


def _order(order_id: int) -> dict[str, Any]:
    order = copy.deepcopy(ORDER)
    order["id"] = order_id
    return order


def _pages_of(total: int) -> Any:
    """A v2 list of `total` orders: each page as asked for, `204` past the last, as BigCommerce."""

    def respond(request: Recorded) -> Answer:
        page, limit = int(request.query["page"][0]), int(request.query["limit"][0])
        ids = range((page - 1) * limit + 1, min(page * limit, total) + 1)
        return Answer.json(200, [_order(i) for i in ids]) if ids else EMPTY

    return respond


# --- paging --------------------------------------------------------------------------------------


def test_iter_pages_lazily_and_stops_at_the_empty_page(server: LoopbackServer) -> None:
    server.respond = _pages_of(4)
    with _client(server) as client:
        orders = client.orders.iter(status_id=OrderStatusId.AWAITING_FULFILLMENT, limit=2)
        assert server.requests == []  # nothing is read before the first order is asked for
        first = next(orders)
        assert first.id == 1
        assert len(server.requests) == 1
        rest = [o.id for o in orders]
    assert rest == [2, 3, 4]
    assert [(r.query["page"], r.query["limit"]) for r in server.requests] == [
        (["1"], ["2"]),
        (["2"], ["2"]),
        (["3"], ["2"]),  # a full last page: the next one is asked for and answers 204
    ]
    assert all(r.query["status_id"] == ["11"] for r in server.requests)


def test_iter_stops_at_a_short_page_without_asking_for_another(server: LoopbackServer) -> None:
    server.respond = _pages_of(3)
    with _client(server) as client:
        assert [o.id for o in client.orders.iter(limit=2)] == [1, 2, 3]
    assert len(server.requests) == 2


def test_iter_reads_pages_of_250_by_default(server: LoopbackServer) -> None:
    server.respond = _pages_of(0)
    with _client(server) as client:
        assert list(client.orders.iter(email="ada@example.com")) == []
    [sent] = server.requests
    assert sent.query == {"email": ["ada@example.com"], "page": ["1"], "limit": ["250"]}


@pytest.mark.parametrize(
    ("filters", "error"),
    [
        ({"limit": 251}, ValueError),
        ({"page": 0}, ValueError),
        ({"status_id": "11"}, ValueError),
        ({"sort": "total"}, ValueError),
        ({"direction": "desc"}, ValueError),
        ({"include": ["products"]}, ValueError),
        ({"colour": "red"}, TypeError),
    ],
)
def test_iter_and_list_check_their_filters_before_any_request(
    server: LoopbackServer, filters: dict[str, Any], error: type[Exception]
) -> None:
    with _client(server) as client:
        with pytest.raises(error):
            client.orders.iter(**filters)
        with pytest.raises(error):
            client.orders.list(**filters)
    assert server.requests == []


def test_list_sends_the_published_filters_and_reads_an_empty_page_as_empty(server: LoopbackServer) -> None:
    server.default = EMPTY
    with _client(server) as client:
        page = client.orders.list(
            status_id=OrderStatusId.COMPLETED,
            min_date_created="Tue, 03 Nov 2026 00:00:00 +0000",
            max_date_modified="2026-11-30T23:59:59+00:00",
            customer_id=27,
            channel_id=1,
            cart_id=CART,
            sort="date_created",
            direction="desc",
            page=3,
            limit=100,
        )
    assert page == []
    [sent] = server.requests
    assert (sent.method, sent.path) == ("GET", f"{V2}/orders")
    assert sent.query == {
        "status_id": ["10"],
        "min_date_created": ["Tue, 03 Nov 2026 00:00:00 +0000"],
        "max_date_modified": ["2026-11-30T23:59:59+00:00"],
        "customer_id": ["27"],
        "channel_id": ["1"],
        "cart_id": [CART],
        "sort": ["date_created:desc"],
        "page": ["3"],
        "limit": ["100"],
    }


def test_v2_amounts_are_decimals_exactly_as_sent(server: LoopbackServer) -> None:
    server.default = Answer.json(200, {**ORDER, "total_inc_tax": "10.1000", "refunded_amount": "0.0000"})
    with _client(server) as client:
        order = client.orders.get(118)
    assert order.total_inc_tax == Decimal("10.1000")
    assert str(order.total_inc_tax) == "10.1000"
    assert float(order.total_inc_tax) == 10.1  # how to compare with a checkout's float amounts


# --- finding the order of a cart -------------------------------------------------------------------


def test_find_by_cart_asks_by_cart_id_and_returns_the_order(server: LoopbackServer) -> None:
    server.default = Answer.json(200, [_order(118)])
    with _client(server) as client:
        order = client.orders.find_by_cart(CART)
    assert order is not None
    assert order.id == 118
    [sent] = server.requests
    assert (sent.path, sent.query) == (f"{V2}/orders", {"cart_id": [CART]})


def test_find_by_cart_is_none_when_no_order_has_the_cart(server: LoopbackServer) -> None:
    server.default = EMPTY  # what v2 answers when the filter matches nothing
    with _client(server) as client:
        assert client.orders.find_by_cart(CART) is None


def test_find_by_cart_refuses_what_is_not_a_cart_id(server: LoopbackServer) -> None:
    with _client(server) as client, pytest.raises(ValueError, match="UUID"):
        client.orders.find_by_cart("118")
    assert server.requests == []


def test_the_order_hint_names_find_by_cart_and_the_payment_hint_payment_state() -> None:
    assert "client.orders.find_by_cart(cart_id)" in ORDER_HINT
    assert "client.orders.payment_state(order_id)" in PAYMENT_HINT


# --- ids as the checkout gives them ----------------------------------------------------------------


@pytest.mark.parametrize("given", [118, "118", " 118 "])
def test_an_order_id_goes_in_as_the_checkout_gives_it(server: LoopbackServer, given: Any) -> None:
    server.default = Answer.json(200, ORDER)
    with _client(server) as client:
        client.orders.get(given)
    assert server.requests[0].path == f"{V2}/orders/118"


@pytest.mark.parametrize(("given", "error"), [("12a", ValueError), (0, ValueError), ("-3", ValueError),
                                                (True, TypeError), (1.5, TypeError), ("", ValueError)])  # fmt: skip
def test_a_bad_order_id_is_refused_before_any_request(
    server: LoopbackServer, given: Any, error: type
) -> None:
    with _client(server) as client:
        with pytest.raises(error, match="order_id"):
            client.orders.get(given)
        with pytest.raises(error, match="order_id"):
            client.orders.refunds.create(given, REFUND)
        with pytest.raises(error, match="order_id"):
            client.payments.methods.list(order_id=given)
    with StorefrontClient(base_url=server.url) as shop, pytest.raises(error, match="order_id"):
        shop.orders.get(given)
    assert server.requests == []


def test_the_storefront_order_takes_the_checkouts_string_id(server: LoopbackServer) -> None:
    server.default = Answer.json(200, success_example(SPEC, "storefrontGetOrder"))
    with StorefrontClient(base_url=server.url) as shop:
        shop.orders.get("118")
    assert server.requests[0].path == "/api/storefront/orders/118"


# --- money and status changes: sent at most once -------------------------------------------------


def test_a_lost_refund_answer_is_not_resent_and_says_how_to_check(server: LoopbackServer) -> None:
    server.default = Answer(drop=True)
    with _client(server) as client, pytest.raises(RefundConnectionError) as caught:
        client.orders.refunds.create(118, REFUND)
    assert len(server.requests) == 1
    assert isinstance(caught.value, RefundMayHaveBeenMadeError | APIConnectionError)
    assert "client.orders.refunds.list(order_id)" in str(caught.value)
    assert server.requests[0].json() == REFUND


@pytest.mark.parametrize(("answer", "error"), [
    (Answer.json(503, {"status": 503, "title": "Service unavailable"}), RefundServerError),
    (Answer.json(429, {"status": 429}, **{"X-Retry-After": "0"}), RateLimitError),
    (Answer(201, b"{not json"), RefundResponseError),
])  # fmt: skip
def test_a_refund_is_sent_once_whatever_comes_back(
    server: LoopbackServer, answer: Answer, error: type[Exception]
) -> None:
    server.default = answer
    with _client(server) as client, pytest.raises(error):
        client.orders.refunds.create("118", REFUND, transaction_id="tg-5f2a91")
    [sent] = server.requests
    assert (sent.method, sent.path) == ("POST", f"{V3}/orders/118/payment_actions/refunds")
    assert sent.query == {"transaction_id": ["tg-5f2a91"]}


@pytest.mark.parametrize("action", ["capture", "void"])
@pytest.mark.parametrize(("answer", "error"), [
    (Answer(drop=True), OrderPaymentActionConnectionError),
    (Answer.json(502, {"status": 502, "title": "Bad gateway"}), OrderPaymentActionServerError),
    (Answer.json(504, {"errors": {}}), OrderPaymentActionServerError),
])  # fmt: skip
def test_capture_and_void_are_sent_once(
    server: LoopbackServer, action: str, answer: Answer, error: type[Exception]
) -> None:
    server.default = answer
    with _client(server) as client, pytest.raises(error) as caught:
        getattr(client.orders, action)(118)
    [sent] = server.requests
    assert (sent.method, sent.path) == ("POST", f"{V3}/orders/118/payment_actions/{action}")
    assert sent.headers["content-type"] == "application/json"
    assert isinstance(caught.value, OrderPaymentActionMayHaveHappenedError)
    assert "client.orders.payment_state(order_id)" in str(caught.value)


def test_capture_answers_the_scheduled_action(server: LoopbackServer) -> None:
    server.default = Answer.json(201, {})
    with _client(server) as client:
        assert client.orders.capture(118) == {}


def test_a_status_change_is_sent_once_on_a_5xx(server: LoopbackServer) -> None:
    server.default = Answer.json(500, {"status": 500})
    with _client(server) as client, pytest.raises(OrderUpdateServerError) as caught:
        client.orders.update(118, status_id=OrderStatusId.CANCELLED, staff_notes="Cancelled by phone")
    [sent] = server.requests  # a PUT, but a status change can email the shopper: not resent
    assert (sent.method, sent.path) == ("PUT", f"{V2}/orders/118")
    assert sent.json() == {"status_id": 5, "staff_notes": "Cancelled by phone"}
    assert isinstance(caught.value, OrderUpdateMayHaveHappenedError | InternalServerError)
    assert "client.orders.get(order_id)" in str(caught.value)


def test_an_update_is_retried_when_nothing_was_done(server: LoopbackServer) -> None:
    server.answers.extend(
        [Answer.json(429, {"status": 429}, **{"X-Retry-After": "0"}), Answer.json(200, ORDER)]
    )
    with _client(server) as client:
        order = client.orders.update(118, status_id=OrderStatusId.AWAITING_FULFILLMENT)
    assert order.id == 118
    assert len(server.requests) == 2


def test_an_update_needs_a_change_and_checks_it_before_any_request(server: LoopbackServer) -> None:
    with _client(server) as client:
        with pytest.raises(ValueError, match="at least one change"):
            client.orders.update(118)
        with pytest.raises(ValueError, match="status_id"):
            client.orders.update(118, status_id=-1)
        with pytest.raises(TypeError, match="billing_address"):
            client.orders.update(118, billing_address={"zip": "97201", "postcode": "x"})  # type: ignore[typeddict-unknown-key]
    assert server.requests == []


def test_reads_are_still_retried(server: LoopbackServer) -> None:
    server.answers.extend([Answer.json(503, {}), Answer.json(200, ORDER)])
    with _client(server) as client:
        assert client.orders.get(118).id == 118
    assert len(server.requests) == 2


def test_the_may_have_happened_errors_sit_beside_the_payment_one() -> None:
    assert not issubclass(RefundMayHaveBeenMadeError, PaymentMayHaveBeenTakenError)
    assert issubclass(RefundServerError, InternalServerError)


# --- the payment recovery helper ---------------------------------------------------------------------


def _transactions(*events: tuple[str, str]) -> Answer:
    body = success_example(SPEC, "getOrderTransactions")
    template = body["data"][0]
    body["data"] = [{**template, "id": i, "event": e, "status": s} for i, (e, s) in enumerate(events, 1)]
    return Answer.json(200, body)


@pytest.mark.parametrize(("answer", "paid", "authorized"), [
    (_transactions(("purchase", "ok")), True, False),
    (_transactions(("authorization", "ok")), False, True),
    (_transactions(("authorization", "ok"), ("capture", "ok")), True, False),
    (_transactions(("purchase", "error")), False, False),
    (EMPTY, False, False),
])  # fmt: skip
def test_payment_state_reads_the_order_and_its_transactions(
    server: LoopbackServer, answer: Answer, paid: bool, authorized: bool
) -> None:
    server.answers.extend([Answer.json(200, ORDER), answer])
    with _client(server) as client:
        state = client.orders.payment_state("118")
    assert (state.paid, state.authorized, state.status_id) == (paid, authorized, ORDER["status_id"])
    assert [r.path for r in server.requests] == [f"{V2}/orders/118", f"{V3}/orders/118/transactions"]


# --- async parity ------------------------------------------------------------------------------------


def test_async_iter_refund_and_find_by_cart(server: LoopbackServer) -> None:
    async def run() -> tuple[list[int], Any, type[BaseException] | None, Any]:
        async with _async_client(server) as client:
            server.respond = _pages_of(3)
            ids = [o.id async for o in client.orders.iter(limit=2)]
            server.respond = None
            server.answers.append(Answer.json(200, [_order(7)]))
            found = await client.orders.find_by_cart(CART)
            server.answers.append(Answer(drop=True))
            try:
                await client.orders.refunds.create(118, REFUND)
            except RefundMayHaveBeenMadeError as exc:
                raised: type[BaseException] | None = type(exc)
            else:
                raised = None
            server.answers.extend([Answer.json(200, ORDER), _transactions(("purchase", "ok"))])
            state = await client.orders.payment_state(118)
            return ids, found, raised, state

    ids, found, raised, state = asyncio.run(run())
    assert ids == [1, 2, 3]
    assert found.id == 7
    assert raised is RefundConnectionError
    assert state.paid
    refunds = [r for r in server.requests if r.path.endswith("/payment_actions/refunds")]
    assert len(refunds) == 1
    assert json.loads(refunds[0].body) == REFUND
