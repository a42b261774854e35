"""The facade sends exactly what the spec describes, over a real loopback socket."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import pytest

from bigcommerce_checkout import CheckoutClient
from tests.loopback import Answer, LoopbackServer
from tests.spec_tools import resolve, validator

TOKEN = "tok_live_4f9a1c0e7b2d"
STORE = "k7x2q9rm"
CART = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
PREFIX = "/stores/{store_hash}/v3"

ADDRESS = {"email": "ada.okafor@example.com", "country_code": "US", "city": "Portland"}
SHIP_TO = {
    "email": "ada.okafor@example.com",
    "country_code": "US",
    "state_or_province": "Oregon",
    "postal_code": "97201",
}

# operationId -> (call, path values, expected query, expected JSON body)
Call = Callable[[CheckoutClient], Any]
CALLS: dict[str, tuple[Call, dict[str, str], dict[str, list[str]], Any]] = {
    "getCheckout": (
        lambda c: c.checkouts.get(
            CART, include=["consignments.available_shipping_options", "promotions.banners"]
        ),
        {"checkoutId": CART},
        {"include": ["consignments.available_shipping_options,promotions.banners"]},
        None,
    ),
    "addCheckoutBillingAddress": (
        lambda c: c.checkouts.billing_address.add(CART, ADDRESS),
        {"checkoutId": CART},
        {},
        ADDRESS,
    ),
    "updateCheckoutBillingAddress": (
        lambda c: c.checkouts.billing_address.update(CART, 7, {**ADDRESS, "version": 3}),
        {"checkoutId": CART, "addressId": "7"},
        {},
        {**ADDRESS, "version": 3},
    ),
    "addCheckoutConsignment": (
        lambda c: c.checkouts.consignments.add(
            CART,
            [{"address": SHIP_TO, "line_items": [{"item_id": "li-1", "quantity": 2}]}],
            include=["consignments.available_shipping_options"],
        ),
        {"checkoutId": CART},
        {"include": ["consignments.available_shipping_options"]},
        [{"address": SHIP_TO, "line_items": [{"item_id": "li-1", "quantity": 2}]}],
    ),
    "updateCheckoutConsignment": (
        lambda c: c.checkouts.consignments.update(CART, "cons/1 a", {"shipping_option_id": "opt-9"}),
        {"checkoutId": CART, "consignmentId": "cons/1 a"},
        {},
        {"shipping_option_id": "opt-9"},
    ),
    "deleteCheckoutConsignment": (
        lambda c: c.checkouts.consignments.delete(CART, "cons-1", version=4),
        {"checkoutId": CART, "consignmentId": "cons-1"},
        {},
        {"version": 4},
    ),
    "addCheckoutCoupon": (
        lambda c: c.checkouts.coupons.add(CART, "AUTUMN15"),
        {"checkoutId": CART},
        {},
        {"coupon_code": "AUTUMN15"},
    ),
    "deleteCheckoutCoupon": (
        lambda c: c.checkouts.coupons.delete(CART, "10%OFF?"),
        {"checkoutId": CART, "couponCode": "10%OFF?"},
        {},
        None,
    ),
    "createOrder": (lambda c: c.checkouts.orders.create(CART), {"checkoutId": CART}, {}, None),
}


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """operationId -> (method, path, operation, path item) for the server-to-server API."""
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if path.startswith(PREFIX + "/") and isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = (method.upper(), path, op, item)
    return found


def _success_example(spec: dict[str, Any], op: dict[str, Any]) -> Any:
    ok = resolve(spec, op["responses"]["200"])
    media = ok["content"]["application/json"]
    if "example" in media:
        return media["example"]
    return resolve(spec, next(iter(media["examples"].values())))["value"]


# Described in the spec and generated, but not wrapped by the facade yet (issue: production facade).
# Moving an operation into the facade means moving it from here into CALLS.
NOT_YET_IN_FACADE = {
    "updateCheckoutCustomerMessage",
    "addCheckoutDiscount",
    "addCheckoutFees",
    "updateCheckoutFees",
    "deleteCheckoutFees",
    "getCheckoutSettings",
    "updateCheckoutSettings",
    "getChannelCheckoutSettings",
    "updateChannelCheckoutSettings",
    "createCheckoutToken",
}


def test_every_server_operation_has_a_wire_test(spec: dict[str, Any]) -> None:
    assert set(_operations(spec)) == set(CALLS) | NOT_YET_IN_FACADE
    assert not set(CALLS) & NOT_YET_IN_FACADE


@pytest.mark.parametrize("op_id", sorted(CALLS))
def test_request_matches_spec(op_id: str, spec: dict[str, Any], server: LoopbackServer) -> None:
    method, path, op, item = _operations(spec)[op_id]
    call, path_values, expected_query, expected_body = CALLS[op_id]
    example = _success_example(spec, op)
    server.default = Answer.json(200, example)

    with CheckoutClient(store_hash=STORE, access_token=TOKEN, base_url=server.url) as client:
        result = call(client)

    [sent] = server.requests
    assert sent.method == method
    expected_path = path.replace("{store_hash}", STORE)
    for name, value in path_values.items():
        expected_path = expected_path.replace("{" + name + "}", quote(value, safe=""))
    assert sent.path == expected_path
    assert "{" not in sent.path

    assert sent.headers["x-auth-token"] == TOKEN
    assert sent.headers["accept"] == "application/json"
    assert sent.query == expected_query
    params = {
        p["name"]: p
        for p in (resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", []))
    }
    for name, values in sent.query.items():
        assert params[name]["in"] == "query"
        for value in values:
            errors = list(validator(spec, params[name]["schema"]).iter_errors(value))
            assert not errors, errors

    body_spec = resolve(spec, op.get("requestBody", {})).get("content", {}).get("application/json")
    if expected_body is None:
        assert sent.body == b""
    else:
        assert body_spec is not None, "the facade sent a body the spec does not describe"
        assert sent.headers["content-type"] == "application/json"
        assert sent.json() == expected_body
        errors = list(validator(spec, body_spec["schema"]).iter_errors(sent.json()))
        assert not errors, [e.message for e in errors]

    # The call returns the envelope's `data`, parsed into the generated model.
    assert result.to_dict() == example["data"]


def test_percent_encoding_keeps_ids_in_their_segment(server: LoopbackServer) -> None:
    with CheckoutClient(store_hash=STORE, access_token=TOKEN, base_url=server.url) as client:
        server.default = Answer.json(200, {"data": {"id": CART}, "meta": {}})
        client.checkouts.coupons.delete(CART, "a/../b")
    assert re.fullmatch(rf"/stores/{STORE}/v3/checkouts/{CART}/coupons/a%2F..%2Fb", server.requests[0].path)
