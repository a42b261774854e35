"""Facts where BigCommerce's published files contradict themselves, and what the clients do about them.

Issue 12, items 10 and 12 (the deviations are recorded in openapi/DEVIATIONS.md):

* server-to-server billing address ids are strings (`billing_address.id`), although the published
  path parameter of the update call says integer: the id a checkout answers with must go back in.
* a form field value (`field_value` / `fieldValue`) is text, a pick list option's number or a list
  of ticked checkbox values, although the published schemas say string: all three must reach the
  wire as given, and fit our description of the request.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bigcommerce_checkout import CheckoutClient, StorefrontClient
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.loopback import Answer, LoopbackServer
from tests.shapes import server_checkout, storefront_checkout
from tests.spec_tools import resolve, validator

STORE = "k7x2q9rm"
CART = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
ADDRESS_ID = "5f0c3a9e71b2d"  # the shape BigCommerce uses: 13 hex digits, not a number
SERVER = "/stores/k7x2q9rm/v3/checkouts/" + CART

# One value of each kind the published prose describes, for fields of a store's address form.
FIELDS = [("field_24", "Leave at the side gate"), ("field_25", 3), ("field_26", ["gift", "fragile"])]


def _server(url: str) -> CheckoutClient:
    return CheckoutClient(store_hash=STORE, access_token="tok_test", base_url=url, max_retries=0)


def _checkout(billing_id: str) -> dict[str, Any]:
    body = server_checkout(CART)
    body["data"]["billing_address"] = {"id": billing_id, "email": "ines@example.com", "country_code": "FR"}
    body["data"]["consignments"] = []
    return body


def _request_schema(spec: dict[str, Any], op_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                schema: dict[str, Any] = resolve(spec, op["requestBody"])["content"]["application/json"][
                    "schema"
                ]
                return schema
    raise LookupError(op_id)


def test_billing_address_id_read_back_from_a_checkout_goes_back_in(server: LoopbackServer) -> None:
    server.default = Answer.json(200, _checkout(ADDRESS_ID))
    with _server(server.url) as client:
        checkout = client.checkouts.get(CART)
        client.checkouts.billing_address.update(
            CART, checkout.billing_address.id, {"email": "ines@example.com", "country_code": "FR"}
        )
    assert [r.method for r in server.requests] == ["GET", "PUT"]
    assert server.requests[1].path == f"{SERVER}/billing-address/{ADDRESS_ID}"


def test_billing_address_id_is_described_as_a_string(spec: dict[str, Any]) -> None:
    param = spec["components"]["parameters"]["AddressId"]
    assert param["schema"] == {"type": "string"}
    assert not list(validator(spec, param["schema"]).iter_errors(ADDRESS_ID))


@pytest.mark.parametrize("bad", ["", " ", ".", ".."])
def test_billing_address_id_that_would_leave_its_segment_is_refused(server: LoopbackServer, bad: str) -> None:
    with _server(server.url) as client, pytest.raises(ValueError, match="address_id"):
        client.checkouts.billing_address.update(CART, bad, {"email": "a@b.co", "country_code": "FR"})
    assert server.requests == []


def test_billing_address_id_is_percent_encoded_inside_its_segment(server: LoopbackServer) -> None:
    server.default = Answer.json(200, _checkout("a/b"))
    with _server(server.url) as client:
        client.checkouts.billing_address.update(CART, "a/b?c", {"email": "a@b.co", "country_code": "FR"})
    [sent] = server.requests
    assert sent.path == f"{SERVER}/billing-address/a%2Fb%3Fc"
    assert sent.query == {}


def test_form_field_values_of_every_kind_reach_the_server_to_server_wire(
    spec: dict[str, Any], server: LoopbackServer
) -> None:
    server.default = Answer.json(200, _checkout(ADDRESS_ID))
    custom = [{"field_id": f, "field_value": v} for f, v in FIELDS]
    address = {"email": "ines@example.com", "country_code": "FR", "custom_fields": custom}
    consignment = {
        "address": {**address, "state_or_province": "Rhone", "postal_code": "69003"},
        "line_items": [{"item_id": "6f1c2d0e-4b7a-4c55-9a51-2f0f6d7c9e11", "quantity": 1}],
    }
    with _server(server.url) as client:
        client.checkouts.billing_address.add(CART, copy.deepcopy(address))
        client.checkouts.consignments.add(CART, [copy.deepcopy(consignment)])

    billing, consignments = (r.json() for r in server.requests)
    assert billing["custom_fields"] == custom
    assert consignments[0]["address"]["custom_fields"] == custom
    for op_id, body in [("addCheckoutBillingAddress", billing), ("addCheckoutConsignment", consignments)]:
        assert [e.message for e in validator(spec, _request_schema(spec, op_id)).iter_errors(body)] == []


def test_form_field_values_of_every_kind_reach_the_storefront_wire(
    spec: dict[str, Any], server: LoopbackServer
) -> None:
    answer = storefront_checkout(CART)
    answer["billingAddress"] = {"id": ADDRESS_ID, "countryCode": "FR"}
    server.default = Answer.json(200, answer)
    custom = [{"fieldId": f, "fieldValue": v} for f, v in FIELDS]
    with StorefrontClient(base_url=server.url, cookies={"SHOP_SESSION_TOKEN": "s"}, max_retries=0) as shop:
        shop.checkouts.billing_address.add(
            CART, {"email": "ines@example.com", "countryCode": "FR", "customFields": copy.deepcopy(custom)}
        )
    [sent] = server.requests
    assert sent.json()["customFields"] == custom
    schema = _request_schema(spec, "storefrontAddCheckoutBillingAddress")
    assert [e.message for e in validator(spec, schema).iter_errors(sent.json())] == []


def test_form_field_values_of_every_kind_come_back_in_a_checkout(server: LoopbackServer) -> None:
    answer = _checkout(ADDRESS_ID)
    answer["data"]["billing_address"]["custom_fields"] = [
        {"field_id": "field_25", "field_value": "3"},
        {"field_id": "field_26", "field_value": ["gift", "fragile"]},
    ]
    server.default = Answer.json(200, answer)
    with _server(server.url) as client:
        checkout = client.checkouts.get(CART)
    values = [f.field_value for f in checkout.billing_address.custom_fields]
    assert values == ["3", ["gift", "fragile"]]


def test_the_fake_answers_form_field_values_as_bigcommerce_does() -> None:
    """Sent as text, an option number and a list; answered as text, that number as a string, the list."""
    with FakeBigCommerce() as fake:
        _round_trip_form_fields(fake)


def _round_trip_form_fields(fake: FakeBigCommerce) -> None:
    cart = fake.seed_cart(items=[{"product_id": 112, "name": "Mug", "price": 32, "quantity": 1}])
    custom = [{"field_id": f, "field_value": v} for f, v in FIELDS]
    address = {"email": "ines@example.com", "country_code": "FR", "custom_fields": custom}
    with CheckoutClient(store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url) as c:
        checkout = c.checkouts.billing_address.add(cart, address)
        again = c.checkouts.billing_address.update(cart, checkout.billing_address.id, address)
    answered = [(f.field_id, f.field_value) for f in again.billing_address.custom_fields]
    assert answered == [
        ("field_24", "Leave at the side gate"),
        ("field_25", "3"),
        ("field_26", ["gift", "fragile"]),
    ]
    with StorefrontClient(base_url=fake.url, cookies=fake.shopper_cookies(cart)) as shop:
        view = shop.checkouts.get(cart)
    assert [(f.field_id, f.field_value) for f in view.billing_address.custom_fields] == answered
