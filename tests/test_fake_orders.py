"""The fake's Orders APIs over raw HTTP: v2 reads agree with the checkout the order came from,
listing and its filters, 204 past the end, statuses, counts, and v2's formats (bare JSON, money as
text, RFC 2822 dates); a payment as a v3 transaction; capture and void rules; refund quotes and
refunds moving the order's status and refunded amount; per-order metafields; faults.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import jsonschema
import pytest

import bigcommerce_checkout_schemas as m
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import (
    ADDRESS,
    EBOOK,
    MUG,
    PaymentsStore,
    card,
    conforms,
    conforms_each,
    loaded_spec,
    storefront,
    storefront_client,
)
from tests.spec_tools import resolve, validator

RFC_2822 = re.compile(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000")
MONEY = re.compile(r"\d+\.\d{4}")
LAMP = {"product_id": 118, "name": "Brass desk lamp", "sku": "LAMP-1", "price": 45, "quantity": 1}


class Orders(PaymentsStore):
    """The payments store plus raw clients of the Orders v2 and v3 APIs."""

    def __init__(self, fake: FakeBigCommerce) -> None:
        super().__init__(fake)
        auth = {"X-Auth-Token": fake.access_token, "Accept": "application/json"}
        self.v2 = httpx.Client(base_url=f"{fake.url}/stores/{fake.store_hash}/v2", headers=auth, timeout=10)
        self.v3 = httpx.Client(base_url=f"{fake.server_api_url}/orders", headers=auth, timeout=10)

    def order_of(self, order_id: int) -> dict[str, Any]:
        answer = self.v2.get(f"/orders/{order_id}")
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    def refund(self, order_id: int, items: list[dict[str, Any]]) -> dict[str, Any]:
        """Quote the items, then refund them with the quote's online method and amount."""
        quote = self.v3.post(f"/{order_id}/payment_actions/refund_quotes", json={"items": items})
        assert quote.status_code == 201, quote.text
        [method] = quote.json()["data"]["refund_methods"][0]
        payments = [{"provider_id": method["provider_id"], "amount": method["amount"], "offline": False}]
        answer = self.v3.post(
            f"/{order_id}/payment_actions/refunds", json={"items": items, "payments": payments}
        )
        assert answer.status_code == 201, answer.text
        refund: dict[str, Any] = answer.json()["data"]
        return refund


@pytest.fixture(scope="module")
def store() -> Iterator[Orders]:
    with FakeBigCommerce(tax_rate=Decimal("0.1")) as fake:
        fake.seed_coupon("TENOFF", percentage=10)
        orders = Orders(fake)
        yield orders
        for client in (orders.api, orders.host, orders.v2, orders.v3):
            client.close()


def test_an_order_agrees_with_the_checkout_it_came_from(store: Orders) -> None:
    cart, order_id = store.order(items=[MUG, LAMP, EBOOK], coupon="TENOFF")
    checkout = store.fake.checkout(cart)
    order = store.order_of(order_id)
    assert "data" not in order  # v2: bare JSON
    assert (order["id"], order["cart_id"], order["status_id"], order["status"]) == (
        order_id,
        cart,
        0,
        "Incomplete",
    )
    assert order["total_inc_tax"] == f"{Decimal(str(checkout['grand_total'])):.4f}"
    assert order["total_tax"] == f"{Decimal(str(checkout['tax_total'])):.4f}"
    assert Decimal(order["coupon_discount"]) == Decimal(str(checkout["coupons"][0]["discounted_amount"]))
    assert Decimal(order["subtotal_ex_tax"]) == Decimal(str(checkout["cart"]["base_amount"]))
    assert (order["items_total"], order["payment_status"], order["refunded_amount"]) == (4, "", "0.0000")
    assert all(
        MONEY.fullmatch(order[k]) for k in ("subtotal_inc_tax", "shipping_cost_inc_tax", "total_ex_tax")
    )
    assert RFC_2822.fullmatch(order["date_created"])
    assert RFC_2822.fullmatch(order["date_modified"])
    billing = order["billing_address"]
    assert (billing["street_1"], billing["zip"], billing["country_iso2"], billing["email"]) == (
        "14 Harbour Lane", "97201", "US", "ada.okafor@example.com",
    )  # fmt: skip
    assert order["products"]["resource"] == f"/orders/{order_id}/products"

    products = store.v2.get(f"/orders/{order_id}/products").json()
    by_sku = {p["sku"]: p for p in products}
    lines = {
        i["sku"]: i
        for kind in ("physical_items", "digital_items")
        for i in checkout["cart"]["line_items"][kind]
    }
    assert set(by_sku) == set(lines)
    for sku, product in by_sku.items():
        assert (product["order_id"], product["quantity"]) == (order_id, lines[sku]["quantity"])
        assert Decimal(product["base_total"]) == Decimal(str(lines[sku]["extended_list_price"]))
    assert by_sku["EBOOK-1"]["type"] == "digital"
    assert by_sku["EBOOK-1"]["order_address_id"] == 0
    [address] = store.v2.get(f"/orders/{order_id}/shipping_addresses").json()
    assert by_sku["MUG-TEAL"]["order_address_id"] == address["id"]
    assert (address["city"], address["items_total"], address["shipping_method"]) == (
        "Portland",
        3,
        "Flat rate",
    )
    assert Decimal(address["cost_inc_tax"]) == Decimal(str(checkout["shipping_cost_total_inc_tax"]))
    [coupon] = store.v2.get(f"/orders/{order_id}/coupons").json()
    assert (coupon["code"], coupon["type"]) == ("TENOFF", 1)
    assert Decimal(str(coupon["discount"])) == Decimal(order["coupon_discount"])
    taxes = store.v2.get(f"/orders/{order_id}/taxes", params={"details": "true"}).json()
    assert sum(Decimal(t["line_amount"]) for t in taxes) == Decimal(order["total_tax"])
    assert {t["order_product_id"] for t in taxes} == {str(p["id"]) for p in products}
    consignments = store.v2.get(f"/orders/{order_id}/consignments").json()
    assert [c["id"] for c in consignments["shipping"]] == [address["id"]]
    assert len(consignments["downloads"]) == 1
    assert consignments["pickups"] == []
    assert store.v2.get(f"/orders/{order_id}/fees").json() == {"fees": []}


def test_every_answer_fits_the_spec_and_decodes_into_the_public_models(store: Orders) -> None:
    _, order_id = store.paid_order(items=[MUG, EBOOK], coupon="TENOFF")
    v2, v3 = store.v2, store.v3
    conforms(v2.get(f"/orders/{order_id}", params={"include": "consignments"}), "Order", m.Order)
    conforms_each(v2.get("/orders"), "Order", m.Order)
    conforms_each(v2.get(f"/orders/{order_id}/products"), "OrderProduct", m.OrderProduct)
    conforms_each(
        v2.get(f"/orders/{order_id}/shipping_addresses"), "OrderShippingAddress", m.OrderShippingAddress
    )
    conforms_each(v2.get(f"/orders/{order_id}/coupons"), "OrderCoupon", m.OrderCoupon)
    conforms_each(v2.get(f"/orders/{order_id}/taxes", params={"details": "true"}), "OrderTax", m.OrderTax)
    conforms(v2.get(f"/orders/{order_id}/consignments"), "OrderConsignments", m.OrderConsignments)
    conforms(v2.get(f"/orders/{order_id}/fees"), "OrderFeesResponse", m.OrderFeesResponse)
    conforms(v2.get("/orders/count"), "OrderCount", m.OrderCount)
    conforms_each(v2.get("/order_statuses"), "OrderStatus", m.OrderStatus)
    conforms(
        v3.get(f"/{order_id}/transactions"), "OrderTransactionListResponse", m.OrderTransactionListResponse
    )
    [product] = [p for p in v2.get(f"/orders/{order_id}/products").json() if p["type"] == "physical"]
    items = [{"item_type": "PRODUCT", "item_id": product["id"], "quantity": 1}]
    quote = v3.post(f"/{order_id}/payment_actions/refund_quotes", json={"items": items})
    conforms(quote, "OrderRefundQuoteResponse", m.OrderRefundQuoteResponse)
    [method] = quote.json()["data"]["refund_methods"][0]
    refund = v3.post(f"/{order_id}/payment_actions/refunds", json={"items": items, "payments": [method]})
    conforms(refund, "OrderRefundResponse", m.OrderRefundResponse)
    conforms(
        v3.get(f"/{order_id}/payment_actions/refunds"), "OrderRefundListResponse", m.OrderRefundListResponse
    )
    conforms(v3.get("/payment_actions/refunds"), "OrderRefundListResponse", m.OrderRefundListResponse)
    field = {"namespace": "erp", "key": "ref", "value": "SO-9", "permission_set": "app_only"}
    conforms(
        v3.post(f"/{order_id}/metafields", json=field), "OrderMetafieldResponse", m.OrderMetafieldResponse
    )
    conforms(v3.get(f"/{order_id}/metafields"), "OrderMetafieldListResponse", m.OrderMetafieldListResponse)


def test_statuses_and_counts(store: Orders) -> None:
    statuses = store.v2.get("/order_statuses").json()
    assert {s["id"]: s["name"] for s in statuses}[14] == "Partially Refunded"
    assert len(statuses) == 15
    assert store.v2.get("/order_statuses/11").json()["name"] == "Awaiting Fulfillment"
    missing = store.v2.get("/order_statuses/99")
    assert missing.status_code == 404  # v2 errors: a list
    assert missing.json()[0]["status"] == 404
    _, paid = store.paid_order()
    counts = store.v2.get("/orders/count").json()
    assert counts["count"] == len(store.fake.orders)
    assert {s["id"]: s["count"] for s in counts["statuses"]}[11] >= 1
    assert store.v2.get("/orders/count", params={"status_id": 11, "min_id": paid}).json()["count"] == 1


def test_listing_filters_sorts_pages_and_answers_204_past_the_end(store: Orders) -> None:
    carts = [store.order()[0] for _ in range(3)]
    _, paid = store.paid_order()
    [found] = store.v2.get("/orders", params={"cart_id": carts[1]}).json()
    assert found["cart_id"] == carts[1]
    assert store.v2.get("/orders", params={"cart_id": "no-such-cart"}).status_code == 204
    newest = store.v2.get("/orders", params={"sort": "id:desc", "limit": 2}).json()
    assert [o["id"] for o in newest] == [paid, paid - 1]
    ids = [o.id for o in store.fake.orders]
    seen: list[int] = []
    for page in range(1, len(ids) + 2):
        answer = store.v2.get("/orders", params={"limit": 2, "page": page})
        if answer.status_code == 204:
            assert answer.content == b""
            break
        seen.extend(o["id"] for o in answer.json())
    assert seen == ids
    assert [o["id"] for o in store.v2.get("/orders", params={"status_id": 11, "min_id": paid}).json()] == [
        paid
    ]
    created = store.order_of(paid)["date_created"]
    assert paid in [o["id"] for o in store.v2.get("/orders", params={"min_date_created": created}).json()]
    assert store.v2.get("/orders", params={"min_date_created": "2999-01-01T00:00:00Z"}).status_code == 204
    assert (
        store.v2.get("/orders", params={"email": "ADA.OKAFOR@example.com", "limit": 250}).status_code == 200
    )
    for bad in ({"limit": 251}, {"page": 0}, {"sort": "total"}, {"min_date_created": "yesterday"}):
        refused = store.v2.get("/orders", params=bad)
        assert refused.status_code == 400, bad
        assert isinstance(refused.json()[0]["message"], str)


def test_updating_the_status_and_other_fields(store: Orders) -> None:
    _, order_id = store.order()
    answer = store.v2.put(f"/orders/{order_id}", json={"status_id": 5, "staff_notes": "duplicate order"})
    assert answer.status_code == 200, answer.text
    assert (answer.json()["status"], answer.json()["staff_notes"]) == ("Cancelled", "duplicate order")
    assert store.fake.order(order_id).status == "CANCELLED"
    changes = {"external_order_id": "ERP-7", "billing_address": {"zip": "97209", "street_1": "3 Pier Road"}}
    billing = store.v2.put(f"/orders/{order_id}", json=changes).json()["billing_address"]
    assert (billing["zip"], billing["street_1"], billing["city"]) == ("97209", "3 Pier Road", "Portland")
    [found] = store.v2.get("/orders", params={"external_order_id": "ERP-7"}).json()
    assert found["id"] == order_id
    assert store.v2.put(f"/orders/{order_id}", json={"status_id": 42}).status_code == 400
    assert store.v2.put(f"/orders/{order_id}", json={"status_id": "5"}).status_code == 400
    assert store.v2.put("/orders/999999", json={"status_id": 5}).status_code == 404


def test_a_payment_is_a_transaction_of_the_grand_total(store: Orders) -> None:
    cart, order_id = store.order()
    total = store.fake.checkout(cart)["grand_total"]
    assert store.v3.get(f"/{order_id}/transactions").json()["data"] == []
    store.pay(store.token(order_id), card("5555555555554444"))
    [transaction] = store.v3.get(f"/{order_id}/transactions").json()["data"]
    assert (transaction["event"], transaction["amount"], transaction["status"]) == ("purchase", total, "ok")
    assert transaction["credit_card"] == {"card_type": "master", "card_iin": "", "card_last4": "4444"}
    assert transaction["gateway_transaction_id"] == store.fake.payments[-1].id
    order = store.order_of(order_id)
    assert (order["status_id"], order["payment_status"], order["payment_method"]) == (
        11,
        "captured",
        "Credit Card",
    )
    assert store.v3.get("/999999/transactions").status_code == 404


def test_capture_and_void_follow_the_gateway_rules(store: Orders) -> None:
    _, captured = store.paid_order()
    refused = store.v3.post(f"/{captured}/payment_actions/capture")
    assert refused.status_code == 422  # already captured
    assert refused.json()["status"] == 422
    store.fake.authorize_only = True
    try:
        _, first = store.paid_order()
        _, second = store.paid_order()
    finally:
        store.fake.authorize_only = False
    assert store.order_of(first)["payment_status"] == "authorized"
    quote = store.v3.post(
        f"/{first}/payment_actions/refund_quotes",
        json={"items": [{"item_type": "ORDER", "item_id": first, "amount": 1}]},
    )
    assert quote.status_code == 422  # nothing captured to refund
    assert store.v3.post(f"/{first}/payment_actions/capture").status_code == 201
    assert store.v3.post(f"/{first}/payment_actions/capture").status_code == 422
    assert store.v3.post(f"/{first}/payment_actions/void").status_code == 422
    assert store.v3.post(f"/{second}/payment_actions/void").status_code == 201
    assert store.v3.post(f"/{second}/payment_actions/capture").status_code == 422
    events = {
        o: [t["event"] for t in store.v3.get(f"/{o}/transactions").json()["data"]] for o in (first, second)
    }
    assert events == {first: ["authorization", "capture"], second: ["authorization", "void"]}
    assert [store.order_of(o)["payment_status"] for o in (first, second)] == ["captured", "void"]
    _, unpaid = store.order()
    assert store.v3.post(f"/{unpaid}/payment_actions/void").status_code == 422


def test_refunds_move_the_status_and_refunded_amount(store: Orders) -> None:
    _, order_id = store.paid_order(items=[MUG, LAMP])
    order = store.order_of(order_id)
    products = {p["sku"]: p for p in store.v2.get(f"/orders/{order_id}/products").json()}
    [address] = store.v2.get(f"/orders/{order_id}/shipping_addresses").json()
    lamp = products["LAMP-1"]
    first = store.refund(order_id, [{"item_type": "PRODUCT", "item_id": lamp["id"], "quantity": 1}])
    assert Decimal(str(first["total_amount"])) == Decimal(lamp["total_inc_tax"])
    partly = store.order_of(order_id)
    assert (partly["status_id"], partly["status"], partly["payment_status"]) == (
        14,
        "Partially Refunded",
        "partially refunded",
    )
    assert Decimal(partly["refunded_amount"]) == Decimal(str(first["total_amount"]))
    again = store.v3.post(
        f"/{order_id}/payment_actions/refund_quotes",
        json={"items": [{"item_type": "PRODUCT", "item_id": lamp["id"], "quantity": 1}]},
    )
    assert again.status_code == 422  # the lamp is refunded already
    mismatch = store.v3.post(
        f"/{order_id}/payment_actions/refunds",
        json={"items": [{"item_type": "SHIPPING", "item_id": address["id"], "amount": 1}], "payments": [{"provider_id": "braintree", "amount": 2, "offline": False}]},
    )  # fmt: skip
    assert mismatch.status_code == 422
    mug = products["MUG-TEAL"]
    rest = [
        {"item_type": "PRODUCT", "item_id": mug["id"], "quantity": 2},
        {"item_type": "SHIPPING", "item_id": address["id"], "amount": float(address["cost_inc_tax"])},
    ]
    second = store.refund(order_id, rest)
    done = store.order_of(order_id)
    assert (done["status_id"], done["payment_status"]) == (4, "refunded")
    assert done["refunded_amount"] == order["total_inc_tax"]
    listed = store.v3.get(f"/{order_id}/payment_actions/refunds").json()["data"]
    assert [r["id"] for r in listed] == [first["id"], second["id"]]
    everywhere = store.v3.get("/payment_actions/refunds", params={"order_id:in": str(order_id)}).json()
    assert [r["id"] for r in everywhere["data"]] == [first["id"], second["id"]]
    assert everywhere["meta"]["pagination"]["total"] == 2
    assert store.v3.get(f"/payment_actions/refunds/{second['id']}").json()["data"] == second
    assert store.v3.get("/payment_actions/refunds/999999").status_code == 404
    refunds = [t for t in store.v3.get(f"/{order_id}/transactions").json()["data"] if t["event"] == "refund"]
    assert sum(Decimal(str(t["amount"])) for t in refunds) == Decimal(order["total_inc_tax"])
    nothing_left = store.v3.post(
        f"/{order_id}/payment_actions/refund_quotes",
        json={"items": [{"item_type": "ORDER", "item_id": order_id, "amount": 1}]},
    )
    assert nothing_left.status_code == 422


def test_order_metafields(store: Orders) -> None:
    _, order_id = store.order()
    _, other = store.order()
    field = {"namespace": "erp", "key": "ref", "value": "SO-1042", "permission_set": "app_only"}
    created = store.v3.post(f"/{order_id}/metafields", json=field)
    assert created.status_code == 200, created.text
    made = created.json()["data"]
    assert (made["resource_type"], made["resource_id"], made["value"]) == ("order", order_id, "SO-1042")
    assert store.v3.post(f"/{order_id}/metafields", json=field).status_code == 409
    assert store.v3.get(f"/{order_id}/metafields").json()["data"] == [made]
    assert store.v3.get(f"/{other}/metafields").json()["data"] == []
    assert store.v3.get(f"/{other}/metafields/{made['id']}").status_code == 404
    updated = store.v3.put(f"/{order_id}/metafields/{made['id']}", json={**field, "value": "SO-1043"})
    assert updated.json()["data"]["value"] == "SO-1043"
    assert store.v3.delete(f"/{order_id}/metafields/{made['id']}").status_code == 204
    assert store.v3.get(f"/{order_id}/metafields/{made['id']}").status_code == 404


def test_faults_work_on_the_order_routes(store: Orders) -> None:
    _, order_id = store.paid_order()
    store.fake.faults.add("getOrder", status=503)
    assert store.v2.get(f"/orders/{order_id}").status_code == 503
    assert store.v2.get(f"/orders/{order_id}").status_code == 200
    store.fake.faults.add("getOrders", drop="before_body")
    with pytest.raises(httpx.TransportError):
        store.v2.get("/orders")
    [product] = store.v2.get(f"/orders/{order_id}/products").json()
    before, sent = len(store.fake.refunds), len(store.fake.requests_for("createOrderRefund"))
    store.fake.faults.add("createOrderRefund", delay_answer=0.5)
    items = [{"item_type": "PRODUCT", "item_id": product["id"], "quantity": 1}]
    amount = float(Decimal(product["total_inc_tax"]) / 2)
    with pytest.raises(httpx.ReadTimeout):
        store.v3.post(
            f"/{order_id}/payment_actions/refunds",
            json={
                "items": items,
                "payments": [{"provider_id": "braintree", "amount": amount, "offline": False}],
            },
            timeout=0.1,
        )
    assert len(store.fake.refunds) == before + 1  # applied once, although its answer never came
    assert len(store.fake.requests_for("createOrderRefund")) == sent + 1


@pytest.mark.parametrize(("code", "name"), [("IE", "Ireland"), ("JP", "Japan")])
def test_a_country_has_one_name_in_the_storefront_checkout_and_in_the_order(
    store: Orders, code: str, name: str
) -> None:
    cart = store.fake.seed_cart(items=[EBOOK])  # nothing to ship: the billing address is enough
    address = {**ADDRESS, "country_code": code, "state_or_province": "", "state_or_province_code": ""}
    store.api.post(f"/checkouts/{cart}/billing-address", json=address).raise_for_status()
    with storefront_client(store.fake, cart) as shopper:
        shown = storefront(shopper.get(f"/{cart}"))["billingAddress"]["country"]
    order_id = int(store.api.post(f"/checkouts/{cart}/orders").json()["data"]["id"])
    assert (shown, store.order_of(order_id)["billing_address"]["country"]) == (name, name)


def _declared_404(operation_id: str) -> jsonschema.Draft202012Validator:
    """A validator of the body the spec declares for `operation_id`'s 404."""
    spec = loaded_spec()
    [operation] = [
        op for item in spec["paths"].values() for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == operation_id
    ]  # fmt: skip
    return validator(
        spec, resolve(spec, operation["responses"]["404"])["content"]["application/json"]["schema"]
    )


@pytest.mark.parametrize(
    ("operation_id", "api", "path"),
    [
        ("getOrder", "v2", "/orders/99999"),
        ("getOrderConsignments", "v2", "/orders/99999/consignments"),
        ("getOrderFees", "v2", "/orders/99999/fees"),
        ("getOrderTransactions", "v3", "/99999/transactions"),
    ],
)
def test_a_missing_order_is_404_with_the_body_the_spec_declares(
    store: Orders, operation_id: str, api: str, path: str
) -> None:
    # v2 answers a list of {status, message}; v3 one error object. The reference pages show the
    # spec's shape, so it must be the one that comes.
    answer = (store.v2 if api == "v2" else store.v3).get(path)
    assert answer.status_code == 404
    _declared_404(operation_id).validate(answer.json())
