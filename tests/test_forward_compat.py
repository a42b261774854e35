"""Answers from a newer BigCommerce still parse: unknown enum values, unknown fields, nulls."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bigcommerce_checkout import CheckoutClient
from tests.loopback import Answer, LoopbackServer


@pytest.fixture
def checkout_body(spec: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(spec["components"]["examples"]["CheckoutResponse"]["value"])


def _get(server: LoopbackServer, body: dict[str, Any]) -> Any:
    server.default = Answer.json(200, body)
    with CheckoutClient(store_hash="k7x2q9rm", access_token="tok", base_url=server.url) as client:
        return client.checkouts.get(body["data"]["id"])


def test_unknown_enum_value_is_kept(server: LoopbackServer, checkout_body: dict[str, Any]) -> None:
    checkout_body["data"]["fees"] = [
        {"id": "5d1f7c2a-0b9e-4f6a-8c3d-2e1b0a9f8e7d", "type": "shipping_insurance"}
    ]
    checkout = _get(server, checkout_body)
    assert checkout.fees[0].type == "shipping_insurance"  # enums are typed as their base type


def test_unknown_fields_never_fail_a_parse(server: LoopbackServer, checkout_body: dict[str, Any]) -> None:
    checkout_body["data"]["loyalty_points"] = 120
    checkout_body["data"]["cart"]["line_items"]["physical_items"][0]["bundle"] = {"size": 3}
    checkout = _get(server, checkout_body)
    assert checkout.id == checkout_body["data"]["id"]
    item = checkout.cart.line_items.physical_items[0]
    assert item.name == checkout_body["data"]["cart"]["line_items"]["physical_items"][0]["name"]
    assert not hasattr(checkout, "loyalty_points")  # not part of the model; capture_responses() has it


def test_nulls_where_bigcommerce_sends_them(server: LoopbackServer, checkout_body: dict[str, Any]) -> None:
    data = checkout_body["data"]
    data["order_id"] = None
    data["cart"]["line_items"]["physical_items"][0].update(parent_id=None, gift_wrapping=None)
    data["fees"] = [
        {"id": "5d1f7c2a-0b9e-4f6a-8c3d-2e1b0a9f8e7d", "type": "custom_fee", "tax_class_id": None}
    ]
    checkout = _get(server, checkout_body)
    item = checkout.cart.line_items.physical_items[0]
    assert (checkout.order_id, item.parent_id, item.gift_wrapping, checkout.fees[0].tax_class_id) == (
        None,
        None,
        None,
        None,
    )
