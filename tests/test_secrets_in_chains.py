"""What an error reporter finds when it walks an error's chain holds no secret.

Reporters (Sentry, Rollbar, a `logging.exception` with locals) follow `__cause__` and `__context__`
and read each exception's attributes and the local variables of each frame. Before the fix the
httpx exception under `PaymentTimeoutError` kept the request it was sending (`Authorization: PAT
...`, the card in its body), the same for `X-Auth-Token` on ordinary calls, and the frames of the
HTTP layers kept both in their locals. A payments host that echoed card data in a header kept it in
`exc.response.headers` and in httpcore's DEBUG record.

The frames of the error we raise run from the caller's own code down to the client's retry loop;
their locals are the caller's own arguments (the card they passed), as in any library. What the
chain below it keeps (httpx's exception, the frames of httpx, httpcore and h11 with the request on
the wire) is ours to make safe: `reporter_view` reads every local of those frames.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import (
    APIConnectionError,
    APITimeoutError,
    CheckoutClient,
    PaymentServerError,
    PaymentTimeoutError,
)
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import checkout_client
from tests.loopback import Answer, LoopbackServer
from tests.test_payments_flow import CVV, HOLDER, NUMBER, ordered, payment

_ADDRESS = re.compile(r"0x[0-9a-f]+")  # object addresses in reprs: digits that are no one's secret


@pytest.fixture
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        yield running


def _chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        link = pending.pop()
        if link is not None and all(link is not f for f in found):
            found.append(link)
            pending += (link.__cause__, link.__context__)
    return found


def reporter_view(exc: BaseException) -> str:
    """All a reporter would send of the chain: messages, reprs, attributes, kept requests and
    responses, the formatted traceback, and every local of the frames below our error."""
    parts = ["".join(traceback.format_exception(exc))]
    for link in _chain(exc):
        parts += [str(link), repr(link), repr(vars(link))]
        if link is not exc:
            for frame, _ in traceback.walk_tb(link.__traceback__):
                parts += [repr(value) for value in frame.f_locals.values()]
        for name in ("request", "_request"):
            request = getattr(link, name, None)
            if isinstance(request, httpx.Request):
                parts += [str(request.headers.raw), repr(request.content)]
        response = getattr(link, "response", None)
        if isinstance(response, httpx.Response):
            parts += [str(response.headers.raw), repr(response.content)]
    return _ADDRESS.sub("0x", "\n".join(parts))


def assert_absent(text: str, *secrets: str) -> None:
    for secret in secrets:
        pattern = rf"(?<!\d){re.escape(secret)}(?!\d)" if secret.isdigit() else re.escape(secret)
        found = re.search(pattern, text)
        assert found is None, f"{secret!r} in {text[max(found.start() - 200, 0) : found.end() + 100]!r}"


def test_a_payment_that_times_out_keeps_no_pat_or_card_in_its_chain(fake: FakeBigCommerce) -> None:
    with checkout_client(fake, timeout=0.5) as client:
        _, order_id = ordered(fake, client)
        token = client.payments.access_tokens.create({"order": {"id": order_id}}).id
        fake.faults.add("processPayment", delay_answer=3)
        with pytest.raises(PaymentTimeoutError) as raised:
            client.payments.process(token, payment())
    assert isinstance(raised.value.__cause__, httpx.TimeoutException)  # the cause is kept, made safe
    assert raised.value.__cause__.request.headers["authorization"] == "<redacted>"
    assert raised.value.__cause__.__traceback__ is None
    assert_absent(reporter_view(raised.value), token, NUMBER, HOLDER, CVV, fake.access_token)


def test_pay_in_one_call_keeps_no_card_in_its_chain(fake: FakeBigCommerce) -> None:
    with checkout_client(fake, timeout=0.5) as client:
        _, order_id = ordered(fake, client)
        fake.faults.add("processPayment", delay_answer=3)
        with pytest.raises(PaymentTimeoutError) as raised:
            client.payments.pay(order_id, payment())
    assert_absent(reporter_view(raised.value), NUMBER, HOLDER, CVV, fake.access_token)


@pytest.mark.parametrize("answer", [Answer(delay=2), Answer(drop=True)], ids=["timeout", "dropped"])
def test_an_ordinary_call_keeps_no_token_in_its_chain(server: LoopbackServer, answer: Answer) -> None:
    token = "tok-chain-0d3b1c4f8a2e4b6e"
    server.default = answer
    with (
        CheckoutClient(
            store_hash="k7x2q9rm", access_token=token, base_url=server.url, timeout=0.3, max_retries=0
        ) as client,
        pytest.raises(APIConnectionError) as raised,
    ):
        client.checkouts.get("0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90")
    assert isinstance(raised.value, APITimeoutError) == (answer.delay > 0)
    assert isinstance(raised.value.__cause__, httpx.TransportError)
    assert_absent(reporter_view(raised.value), token)


def test_card_data_echoed_in_a_header_is_masked_in_the_error_and_the_log(
    fake: FakeBigCommerce, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo: dict[str, Any] = {"X-Echo": NUMBER, "X-Holder": HOLDER, "X-Cvv": CVV}
    server.default = Answer.json(502, {"status": 502, "title": "gateway failed"}, **echo)
    with CheckoutClient(
        store_hash=fake.store_hash,
        access_token=fake.access_token,
        base_url=fake.url,
        payments_base_url=server.url,
    ) as client:
        _, order_id = ordered(fake, client)
        token = client.payments.access_tokens.create({"order": {"id": order_id}}).id
        with pytest.raises(PaymentServerError) as raised:
            client.payments.process(token, payment())
    assert raised.value.response.headers["x-echo"] == "<redacted>"
    assert raised.value.response.headers["x-cvv"] == "<redacted>"
    assert "receive_response_headers" in caplog.text  # httpcore's record of the echoed headers
    assert_absent(reporter_view(raised.value) + caplog.text, token, NUMBER, HOLDER, CVV)
