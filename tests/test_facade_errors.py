"""Errors: typed exceptions carrying BigCommerce's body; bad input raises before any request."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bigcommerce_checkout import (
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    CheckoutClient,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OrderMayExistError,
    UnprocessableEntityError,
)
from tests.loopback import Answer, LoopbackServer

TOKEN = "tok_live_4f9a1c0e7b2d"
CART = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"


def _client(server: LoopbackServer, **kwargs: Any) -> CheckoutClient:
    return CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url, **kwargs)


def test_404_raises_not_found_with_the_body(server: LoopbackServer) -> None:
    body = {"status": 404, "title": "Checkout not found", "type": "https://example.test/codes", "errors": {}}
    server.default = Answer.json(404, body, **{"X-Request-Id": "req-81"})
    with _client(server) as client, pytest.raises(NotFoundError) as info:
        client.checkouts.get(CART)
    err = info.value
    assert (err.status_code, err.title, err.body, err.request_id) == (
        404,
        "Checkout not found",
        body,
        "req-81",
    )
    assert "Checkout not found" in str(err)
    assert "req-81" in str(err)


def test_409_raises_conflict_that_says_what_to_do(server: LoopbackServer) -> None:
    server.default = Answer.json(409, {"status": 409, "title": "Version mismatch", "type": "t"})
    with _client(server) as client, pytest.raises(ConflictError, match="current version"):
        client.checkouts.coupons.add(CART, "AUTUMN15", version=2)


def test_422_keeps_the_errors_map(server: LoopbackServer) -> None:
    body = {"status": 422, "title": "Invalid input", "errors": {"email": "is not valid"}}
    server.default = Answer.json(422, body)
    with _client(server) as client, pytest.raises(UnprocessableEntityError) as info:
        client.checkouts.billing_address.add(CART, {"email": "x", "country_code": "US"})
    assert info.value.errors == {"email": "is not valid"}
    assert "email: is not valid" in str(info.value)


def test_html_error_page_still_gives_a_status_error(server: LoopbackServer) -> None:
    server.default = Answer(502, b"<html><body>Bad gateway</body></html>", {"Content-Type": "text/html"})
    with _client(server, max_retries=0) as client, pytest.raises(InternalServerError) as info:
        client.checkouts.get(CART)
    assert info.value.body == "<html><body>Bad gateway</body></html>"
    assert isinstance(info.value, APIStatusError)
    assert info.value.status_code == 502


def test_non_json_success_body_is_a_validation_error(server: LoopbackServer) -> None:
    server.default = Answer(200, b"not json", {"Content-Type": "text/plain"})
    with _client(server) as client, pytest.raises(APIResponseValidationError):
        client.checkouts.get(CART)


def test_default_timeout_is_set_and_a_slow_server_times_out(server: LoopbackServer) -> None:
    with _client(server) as client:
        assert client.options.timeout.read == 30.0
        assert client.options.timeout.connect == 5.0
    server.default = Answer.json(200, {"data": {}}, delay=1.0)
    with _client(server, timeout=0.2, max_retries=0) as client, pytest.raises(APITimeoutError):
        client.checkouts.get(CART)


def test_order_creation_timeout_is_not_retried_and_says_the_order_may_exist(server: LoopbackServer) -> None:
    server.default = Answer.json(200, {"data": {"id": 1}}, delay=1.0)
    with _client(server, timeout=0.2) as client, pytest.raises(OrderMayExistError, match="may or may not"):
        client.checkouts.orders.create(CART)
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.checkouts.get(""), "checkout_id"),
        (lambda c: c.checkouts.get(".."), "checkout_id"),
        (lambda c: c.checkouts.coupons.delete(CART, ".."), "coupon_code"),
        (lambda c: c.checkouts.coupons.delete(CART, "."), "coupon_code"),
        (lambda c: c.checkouts.consignments.delete(CART, " "), "consignment_id"),
        (lambda c: c.checkouts.get(CART, include=["everything"]), "include"),
        (lambda c: c.checkouts.coupons.add(CART, "X" * 51), "coupon_code"),
        (lambda c: c.checkouts.billing_address.add(CART, {"country_code": "US"}), "email"),
        (
            lambda c: c.checkouts.billing_address.add(
                CART, {"email": "a@b.c", "country_code": "US", "emial": "x"}
            ),
            "emial",
        ),
        (lambda c: c.checkouts.consignments.add(CART, []), "empty"),
        (lambda c: c.checkouts.consignments.delete(CART, "c1", version="3"), "version"),
    ],
)
def test_bad_arguments_raise_before_any_request(server: LoopbackServer, call: Any, message: str) -> None:
    with _client(server) as client, pytest.raises((ValueError, TypeError), match=message):
        call(client)
    assert server.requests == []


@pytest.mark.parametrize("bad", ["", "tok\r\nX-Evil: 1"])
def test_bad_token_is_refused_without_echoing_it(bad: str) -> None:
    with pytest.raises(ValueError, match="access_token must be") as info:
        CheckoutClient(store_hash="k7x2q9rm", access_token=bad)
    assert "Evil" not in str(info.value)


def test_token_never_in_repr_errors_or_logs(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server.default = Answer.json(401, {"status": 401, "title": "Unauthorized"})
    with _client(server) as client:
        assert TOKEN not in repr(client)
        with pytest.raises(APIStatusError) as info:
            client.checkouts.get(CART)
    assert server.requests[0].headers["x-auth-token"] == TOKEN  # it was sent...
    assert TOKEN not in str(info.value)
    assert TOKEN not in repr(info.value)
    assert TOKEN not in caplog.text
