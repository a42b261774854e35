"""Process payment is money, create cart makes something: both are sent at most once.

Real loopback sockets: a payments host of its own (not the API's), answers that are lost, late,
5xx or unreadable, and a gateway that echoes what it was sent. The payment access token and the
card data must not appear in anything the client keeps, logs or raises.
"""

from __future__ import annotations

import asyncio
import logging
import re
import traceback
from typing import Any

import pytest

import bigcommerce_checkout._base_client as base_client
from bigcommerce_checkout import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncCheckoutClient,
    CheckoutClient,
    InternalServerError,
    NotFoundError,
    OrderMayExistError,
    PaymentConnectionError,
    PaymentMayHaveBeenTakenError,
    PaymentResponseError,
    PaymentServerError,
    PaymentTimeoutError,
    RateLimitError,
    RetryPolicy,
    StorefrontClient,
    UnprocessableEntityError,
    capture_responses,
)
from tests.conftest import SPEC_PATH
from tests.loopback import Answer, LoopbackServer
from tests.spec_tools import load_yaml, success_example

TOKEN = "tok_live_4f9a1c0e7b2d"
PAT = "pat_live_7c1e9a4b2d6f"
NUMBER = "4111111111111111"
CVV = "737"
HOLDER = "Grace Hopper"
SECRETS = (PAT, NUMBER, CVV, HOLDER)
PAYMENT: Any = {
    "instrument": {
        "type": "card",
        "number": NUMBER,
        "cardholder_name": HOLDER,
        "expiry_month": 7,
        "expiry_year": 2031,
        "verification_value": CVV,
    },
    "payment_method_id": "braintree.card",
}
FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002)
SPEC: Any = load_yaml(SPEC_PATH)


def _example(op_id: str) -> Any:
    """The spec's example answer of an operation's first 2xx (one source of valid bodies)."""
    return success_example(SPEC, op_id)


PAID = Answer.json(201, _example("processPayment"))


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    asked: list[float] = []
    monkeypatch.setattr(base_client, "_sleep", asked.append)
    return asked


@pytest.fixture
def payments() -> Any:
    """The payments host: a loopback server of its own, apart from the API's (`server`)."""
    with LoopbackServer() as host:
        yield host


def _client(api: LoopbackServer, host: LoopbackServer, **kwargs: Any) -> CheckoutClient:
    kwargs.setdefault("retry", FAST)
    return CheckoutClient(
        store_hash="k7x2q9rm", access_token=TOKEN, base_url=api.url, payments_base_url=host.url, **kwargs
    )


def _pay(client: CheckoutClient) -> Any:
    return client.payments.process(PAT, PAYMENT)


def _assert_no_secret(*texts: str | bytes) -> None:
    for text in texts:
        value = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        for secret in SECRETS:
            # a digits-only secret (the CVV) must not be matched inside a longer number, such as
            # the random port in a Host header (45737 is not the CVV 737)
            pattern = rf"(?<!\d){re.escape(secret)}(?!\d)" if secret.isdigit() else re.escape(secret)
            assert re.search(pattern, value) is None, f"{secret!r} leaked"


# --- where the request goes --------------------------------------------------------------------


def test_payment_goes_to_the_payments_host_with_the_pat_and_its_accept(
    server: LoopbackServer, payments: LoopbackServer
) -> None:
    payments.default = PAID
    with _client(server, payments) as client:
        transaction = _pay(client)
    assert transaction.id == _example("processPayment")["data"]["id"]
    assert server.requests == []  # nothing of the payment reaches the API gateway
    [sent] = payments.requests
    assert (sent.method, sent.path) == ("POST", "/stores/k7x2q9rm/payments")
    assert sent.headers["authorization"] == f"PAT {PAT}"
    assert sent.headers["accept"] == "application/vnd.bc.v1+json"
    assert "x-auth-token" not in sent.headers  # the store's API token stays with the API
    assert sent.json() == {"payment": PAYMENT}


def test_the_payments_host_defaults_to_bigcommerces() -> None:
    with CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN) as client:
        assert client.payments._context.payments_base_url == "https://payments.bigcommerce.com/"
    with pytest.raises(ValueError, match="base_url"):
        CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, payments_base_url="payments.example")


def test_a_bad_pat_is_refused_before_anything_is_sent(
    server: LoopbackServer, payments: LoopbackServer
) -> None:
    with _client(server, payments) as client, pytest.raises(ValueError, match="payment_access_token"):
        client.payments.process("pat\r\nX-Evil: 1", PAYMENT)
    with _client(server, payments) as client, pytest.raises(TypeError, match="payment"):
        client.payments.process(PAT, {**PAYMENT, "amount": 10})
    assert payments.requests == []


# --- never twice -------------------------------------------------------------------------------


def test_a_lost_answer_is_sent_once_and_says_the_payment_may_have_been_taken(
    server: LoopbackServer, payments: LoopbackServer, waits: list[float]
) -> None:
    payments.default = Answer(drop=True)  # the server reads the whole payment, then hangs up
    with _client(server, payments) as client, pytest.raises(PaymentConnectionError) as info:
        _pay(client)
    assert len(payments.requests) == 1
    assert payments.requests[0].json() == {"payment": PAYMENT}  # it did arrive, whole
    assert waits == []
    assert isinstance(info.value, PaymentMayHaveBeenTakenError)
    assert isinstance(info.value, APIConnectionError)
    assert not isinstance(info.value, OrderMayExistError)
    message = str(info.value)
    assert "payment may have been taken" in message
    assert "order's status" in message
    assert "payment transactions" in message


def test_a_lost_answer_is_sent_once_async(
    server: LoopbackServer, payments: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_wait(seconds: float) -> None:
        raise AssertionError("an async payment must not wait for a retry")

    monkeypatch.setattr(base_client, "_async_sleep", no_wait)
    payments.default = Answer(drop=True)

    async def run() -> None:
        async with AsyncCheckoutClient(
            store_hash="k7x2q9rm",
            access_token=TOKEN,
            base_url=server.url,
            payments_base_url=payments.url,
            retry=FAST,
        ) as client:
            await client.payments.process(PAT, PAYMENT)

    with pytest.raises(PaymentConnectionError):
        asyncio.run(run())
    assert len(payments.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_5xx_is_not_retried(
    server: LoopbackServer, payments: LoopbackServer, waits: list[float], status: int
) -> None:
    payments.default = Answer.json(status, {"title": "gateway trouble"})
    with _client(server, payments) as client, pytest.raises(PaymentServerError) as info:
        _pay(client)
    assert len(payments.requests) == 1
    assert isinstance(info.value, InternalServerError)
    assert "payment may have been taken" in str(info.value)


def test_a_429_is_not_retried_either(
    server: LoopbackServer, payments: LoopbackServer, waits: list[float]
) -> None:
    payments.default = Answer.json(429, {"title": "slow down"}, **{"X-Retry-After": "0"})
    with _client(server, payments) as client, pytest.raises(RateLimitError):
        _pay(client)
    assert len(payments.requests) == 1


def test_a_timeout_after_sending_is_not_retried(
    server: LoopbackServer, payments: LoopbackServer, waits: list[float]
) -> None:
    payments.default = Answer.json(201, _example("processPayment"), delay=2.0)
    with _client(server, payments, timeout=0.3) as client, pytest.raises(PaymentTimeoutError) as info:
        _pay(client)
    assert len(payments.requests) == 1
    assert isinstance(info.value, APITimeoutError)


def test_an_unreadable_2xx_says_the_payment_was_taken(
    server: LoopbackServer, payments: LoopbackServer
) -> None:
    payments.default = Answer(201, b"<html>ok</html>")
    with _client(server, payments) as client, pytest.raises(PaymentResponseError) as info:
        _pay(client)
    assert isinstance(info.value, APIResponseValidationError)
    assert "payment WAS taken" in str(info.value)
    assert len(payments.requests) == 1


def test_a_connection_that_never_opened_is_retried_because_nothing_was_sent(
    server: LoopbackServer, waits: list[float]
) -> None:
    closed = LoopbackServer()  # bound, never started: the port refuses... or hangs; use a dead port
    url = closed.url
    closed._httpd.server_close()
    with (
        CheckoutClient(
            store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url, payments_base_url=url, retry=FAST
        ) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        _pay(client)
    assert not isinstance(info.value, PaymentMayHaveBeenTakenError)  # nothing left: nothing taken
    assert len(waits) == 2


# --- secrets -----------------------------------------------------------------------------------


def test_pat_and_card_data_are_in_no_error_log_capture_or_repr(
    server: LoopbackServer, payments: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # A gateway that declines and echoes everything it was sent, headers included.
    echo = f"card {NUMBER} cvv {CVV} of {HOLDER} declined (token PAT {PAT})"
    payments.default = Answer.json(
        422, {"title": "Payment declined", "detail": echo, "errors": {"card": echo}}, **{"X-Echo": PAT}
    )
    with capture_responses() as captured, _client(server, payments) as client:
        with pytest.raises(UnprocessableEntityError) as info:
            _pay(client)
        client_repr = repr(client)
    exc = info.value
    assert exc.detail is not None
    assert "declined" in exc.detail
    kept_request = exc.response.request
    _assert_no_secret(
        str(exc),
        repr(exc),
        repr(exc.body),
        exc.response.content,
        str(exc.response.headers),
        str(kept_request.headers),
        kept_request.content,
        "".join(traceback.format_exception(exc)),
        caplog.text,
        client_repr,
        *(repr(r) for r in captured),
        *(f"{r.method} {r.url}" for r in captured),
    )
    assert kept_request.headers["authorization"] == "<redacted>"
    assert len(payments.requests) == 1


def test_a_lost_payment_keeps_no_secret_in_the_error_or_its_cause(
    server: LoopbackServer, payments: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    payments.default = Answer(drop=True)
    with _client(server, payments) as client, pytest.raises(PaymentMayHaveBeenTakenError) as info:
        _pay(client)
    exc = info.value
    assert isinstance(exc, APIConnectionError)
    assert exc.request is not None
    causes: list[BaseException] = []
    link: BaseException | None = exc
    while link is not None:
        causes.append(link)
        link = link.__cause__ or link.__context__
    assert len(causes) > 1  # the transport error is chained
    _assert_no_secret(
        *(str(c) for c in causes),
        *(repr(c) for c in causes),
        str(exc.request.headers),
        exc.request.content,
        "".join(traceback.format_exception(exc)),
        caplog.text,
    )
    assert exc.request.headers["authorization"] == "<redacted>"


def test_a_new_payment_access_token_is_masked_from_then_on(
    server: LoopbackServer, payments: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    fresh = "pat_fresh_0a9b8c7d6e5f"
    server.answers.append(Answer.json(201, {"data": {"id": fresh}, "meta": {}}))
    server.answers.append(Answer.json(404, {"title": f"no order for {fresh}"}))
    with _client(server, payments) as client:
        token = client.payments.access_tokens.create({"order": {"id": 40127}})
        assert token.id == fresh  # the caller gets it, of course
        with pytest.raises(NotFoundError) as info:
            client.payments.methods.list(order_id=40127)
    assert fresh not in str(info.value)


# --- create cart -------------------------------------------------------------------------------

CART_BODY: Any = {"line_items": [{"product_id": 112, "quantity": 1}]}


def test_a_lost_create_cart_answer_is_not_retried_and_says_so(
    server: LoopbackServer, waits: list[float]
) -> None:
    server.default = Answer(drop=True)
    with (
        CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url, retry=FAST) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.carts.create(CART_BODY)
    assert len(server.requests) == 1
    assert not isinstance(info.value, (OrderMayExistError, PaymentMayHaveBeenTakenError))
    assert "cart may or may not have been created" in str(info.value)


def test_a_5xx_to_create_cart_is_not_retried(server: LoopbackServer, waits: list[float]) -> None:
    server.default = Answer.json(503, {"title": "busy"})
    with (
        CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url, retry=FAST) as client,
        pytest.raises(InternalServerError, match="cart may or may not"),
    ):
        client.carts.create(CART_BODY)
    assert len(server.requests) == 1


def test_a_429_to_create_cart_is_retried_because_nothing_was_made(
    server: LoopbackServer, waits: list[float]
) -> None:
    server.answers.append(Answer.json(429, {"title": "slow down"}, **{"X-Retry-After": "0"}))
    server.answers.append(Answer.json(201, _example("createCart")))
    with CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url, retry=FAST) as client:
        cart = client.carts.create(CART_BODY)
    assert cart.id == _example("createCart")["data"]["id"]
    assert len(server.requests) == 2


def test_a_lost_storefront_create_cart_answer_is_not_retried(
    server: LoopbackServer, waits: list[float]
) -> None:
    server.default = Answer(drop=True)
    with (
        StorefrontClient(base_url=server.url, retry=FAST) as client,
        pytest.raises(APIConnectionError, match="cart may or may not"),
    ):
        client.carts.create({"lineItems": [{"productId": 112, "quantity": 1}]})
    assert len(server.requests) == 1


def test_deleting_the_last_line_item_returns_none(server: LoopbackServer) -> None:
    server.default = Answer(204, b"")
    with CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url) as client:
        assert client.carts.line_items.delete("0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90", "item-1") is None


def test_the_prepared_call_shows_no_secret() -> None:
    from bigcommerce_checkout._resource import Context
    from bigcommerce_checkout.resources import payments

    call = payments.process(Context("k7x2q9rm"), PAT, PAYMENT)
    assert call.credential is not None
    assert call.credential.header == {"Authorization": f"PAT {PAT}"}  # it is there, to be sent
    _assert_no_secret(repr(call), repr(call.credential), str(call))
