"""Answers from a newer BigCommerce still parse: unknown enum values, unknown fields, nulls."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bigcommerce_checkout import CheckoutClient
from bigcommerce_checkout.models import CheckoutFeeType
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
    fee_type = checkout.fees[0].type_
    assert isinstance(fee_type, CheckoutFeeType)
    assert fee_type == "shipping_insurance"
    assert checkout.to_dict()["fees"][0]["type"] == "shipping_insurance"
    assert CheckoutFeeType("custom_fee") is CheckoutFeeType.CUSTOM_FEE  # known values stay members


def test_unknown_fields_are_kept(server: LoopbackServer, checkout_body: dict[str, Any]) -> None:
    checkout_body["data"]["loyalty_points"] = 120
    checkout_body["data"]["cart"]["line_items"]["physical_items"][0]["bundle"] = {"size": 3}
    checkout = _get(server, checkout_body)
    assert checkout.additional_properties == {"loyalty_points": 120}
    assert checkout.cart.line_items.physical_items[0].additional_properties == {"bundle": {"size": 3}}


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
