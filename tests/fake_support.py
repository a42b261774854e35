"""Helpers for the tests of `bigcommerce_checkout.testing`: every answer is checked against the spec.

Answers are validated with JSON Schema against the spec's own component schemas (strict: enums,
required fields, types), and decoded into the public models the client returns.
"""

from __future__ import annotations

import functools
from typing import Any

import httpx
import jsonschema
import msgspec
import yaml

from bigcommerce_checkout import AsyncCheckoutClient, CheckoutClient
from bigcommerce_checkout.testing import FakeBigCommerce
from bigcommerce_checkout_schemas import (
    CheckoutResponse,
    Error,
    PaymentAccessTokenResponse,
    StorefrontCheckout,
)
from tests.conftest import SPEC_PATH


@functools.cache
def loaded_spec() -> dict[str, Any]:
    """The spec, loaded once per process (libyaml's loader when present: 0.2 s instead of 1.3 s)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loaded: dict[str, Any] = yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    return loaded


@functools.cache
def _validator(schema: str) -> jsonschema.Draft202012Validator:
    root = {**loaded_spec(), "$ref": f"#/components/schemas/{schema}"}
    return jsonschema.Draft202012Validator(root)


def conforms(response: httpx.Response, schema: str, model: type[Any]) -> None:
    """The body fits the spec's schema `schema` and decodes into the public `model`."""
    _validator(schema).validate(response.json())
    msgspec.json.decode(response.content, type=model)


def conforms_each(response: httpx.Response, schema: str, model: type[Any]) -> None:
    """A list answer (v2's are bare lists): each entry fits `schema`, and the whole decodes into `list[model]`."""
    for entry in response.json():
        _validator(schema).validate(entry)
    msgspec.json.decode(response.content, type=list[model])  # type: ignore[valid-type]


MUG = {"product_id": 112, "name": "Teal enamel mug", "sku": "MUG-TEAL", "price": 32, "quantity": 2}
EBOOK = {"product_id": 140, "name": "Camping recipes", "sku": "EBOOK-1", "price": 10, "type": "digital"}
ADDRESS = {
    "first_name": "Ada",
    "last_name": "Okafor",
    "email": "ada.okafor@example.com",
    "address1": "14 Harbour Lane",
    "city": "Portland",
    "state_or_province": "Oregon",
    "state_or_province_code": "OR",
    "country_code": "US",
    "postal_code": "97201",
}
SF_ADDRESS = {
    "firstName": "Ada",
    "lastName": "Okafor",
    "email": "ada.okafor@example.com",
    "address1": "14 Harbour Lane",
    "city": "Portland",
    "stateOrProvince": "Oregon",
    "stateOrProvinceCode": "OR",
    "countryCode": "US",
    "postalCode": "97201",
}
SHIPPING = "consignments.available_shipping_options"


def server_client(fake: FakeBigCommerce) -> httpx.Client:
    """httpx pointed at one store's server-to-server API, with its token."""
    return httpx.Client(
        base_url=f"{fake.server_api_url}/checkouts", headers={"X-Auth-Token": fake.access_token}, timeout=10
    )


def storefront_client(fake: FakeBigCommerce, cart_id: str | None = None) -> httpx.Client:
    """httpx pointed at the storefront checkouts, as the shopper who owns `cart_id` (its session cookie).

    Without a cart it sends no cookie: a shopper with no session, whom the storefront refuses.
    """
    cookies = fake.shopper_cookies(cart_id) if cart_id is not None else None
    return httpx.Client(base_url=f"{fake.storefront_api_url}/checkouts", cookies=cookies, timeout=10)


def data(response: httpx.Response) -> dict[str, Any]:
    """The checkout of a 200 server answer, after checking the whole envelope against `CheckoutResponse`."""
    assert response.status_code == 200, response.text
    body = response.json()
    conforms(response, "CheckoutResponse", CheckoutResponse)
    assert set(body) == {"data", "meta"}
    assert body["meta"] == {}
    checkout: dict[str, Any] = body["data"]
    return checkout


def storefront(response: httpx.Response) -> dict[str, Any]:
    """A 200 storefront answer, checked against `StorefrontCheckout` (not wrapped, camelCase)."""
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    conforms(response, "StorefrontCheckout", StorefrontCheckout)
    assert "data" not in body
    return body


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    """An error answer: the status, and BigCommerce's body shape (checked against `Error`)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body: dict[str, Any] = response.json()
    conforms(response, "Error", Error)
    assert body["status"] == status
    assert {"status", "title", "type", "errors"} <= set(body)
    assert isinstance(body["errors"], dict)
    return body


def physical_ids(checkout: dict[str, Any]) -> list[str]:
    return [i["id"] for i in checkout["cart"]["line_items"]["physical_items"]]


def checkout_client(fake: FakeBigCommerce, **options: Any) -> CheckoutClient:
    """A server-to-server client of the fake, its payments host included (`store_hash=` overrides)."""
    return CheckoutClient(
        store_hash=options.pop("store_hash", fake.store_hash),
        access_token=fake.access_token,
        base_url=fake.url,
        payments_base_url=fake.payments_url,
        **options,
    )


def async_checkout_client(fake: FakeBigCommerce, **options: Any) -> AsyncCheckoutClient:
    """The async twin of `checkout_client`."""
    return AsyncCheckoutClient(
        store_hash=options.pop("store_hash", fake.store_hash),
        access_token=fake.access_token,
        base_url=fake.url,
        payments_base_url=fake.payments_url,
        **options,
    )


# -- payments: a store, raw clients of its API and payments host, and a test card --------------------

ACCEPT = "application/vnd.bc.v1+json"
CVV = "737"
HOLDER = "Grace Hopper"


def card(number: str = "4242424242424242", **changes: Any) -> dict[str, Any]:
    instrument = {
        "type": "card",
        "number": number,
        "cardholder_name": HOLDER,
        "expiry_month": 7,
        "expiry_year": 2031,
        "verification_value": CVV,
    }
    return {"payment": {"instrument": {**instrument, **changes}, "payment_method_id": "braintree.card"}}


class PaymentsStore:
    """A running fake and raw HTTP clients for its API (with the token) and its payments host."""

    def __init__(self, fake: FakeBigCommerce) -> None:
        self.fake = fake
        self.api = httpx.Client(base_url=fake.server_api_url, headers={"X-Auth-Token": fake.access_token})
        self.host = httpx.Client(base_url=f"{fake.payments_url}/stores/{fake.store_hash}")

    def order(
        self, *, customer_id: int = 0, items: list[dict[str, Any]] | None = None, coupon: str | None = None
    ) -> tuple[str, int]:
        """A cart made ready and turned into an order: (cart id, order id).

        The physical items ship to one address; `coupon` (a seeded code) is applied first.
        """
        cart = self.fake.seed_cart(items=items or [MUG], customer_id=customer_id)
        base = f"/checkouts/{cart}"
        if coupon is not None:
            self.api.post(f"{base}/coupons", json={"coupon_code": coupon}).raise_for_status()
        self.api.post(f"{base}/billing-address", json=ADDRESS).raise_for_status()
        physical = self.fake.checkout(cart)["cart"]["line_items"]["physical_items"]
        lines = [{"item_id": item["id"], "quantity": item["quantity"]} for item in physical]
        consignment = self.api.post(
            f"{base}/consignments",
            params={"include": SHIPPING},
            json=[{"address": ADDRESS, "line_items": lines}],
        ).json()["data"]["consignments"][0]
        option = consignment["available_shipping_options"][0]["id"]
        self.api.put(f"{base}/consignments/{consignment['id']}", json={"shipping_option_id": option})
        return cart, int(self.api.post(f"{base}/orders").json()["data"]["id"])

    def token(self, order_id: int) -> str:
        answer = self.api.post("/payments/access_tokens", json={"order": {"id": order_id}})
        assert answer.status_code == 201, answer.text
        conforms(answer, "PaymentAccessTokenResponse", PaymentAccessTokenResponse)
        return str(answer.json()["data"]["id"])

    def pay(self, token: str | None, body: Any, *, accept: str | None = ACCEPT) -> httpx.Response:
        headers = {"Authorization": f"PAT {token}"} if token is not None else {}
        if accept is not None:
            headers["Accept"] = accept
        return self.host.post("/payments", json=body, headers=headers)

    def paid_order(self, **options: Any) -> tuple[str, int]:
        """`order(**options)`, paid with a test card that succeeds."""
        cart, order_id = self.order(**options)
        answer = self.pay(self.token(order_id), card())
        assert answer.status_code == 201, answer.text
        return cart, order_id
