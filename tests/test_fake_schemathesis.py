"""Schemathesis drives the running fake from the curated spec: no 5xx, and every answer fits its schema.

This file covers the checkout operations; `test_fake_schemathesis_carts.py` the carts, storefront
orders and payments ones, with the same fixture and checks, and `test_fake_schemathesis_orders.py`
the Orders APIs' (three files, so they run on separate workers).

Path parameters are made valid (this store's hash, a seeded checkout and its consignment, item,
billing address, coupon, gift certificate, metafield and order), and storefront calls carry the
session cookie of the cart's shopper, so generated bodies and queries reach the operations instead
of stopping at 401 or 404. Bounded: a few examples per operation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from bigcommerce_checkout import customer_login_url
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.conftest import SPEC_PATH
from tests.fake_support import ADDRESS, EBOOK, MUG, SHIPPING
from tests.spec_tools import FAKE_PENDING_OPERATIONS

# The operations whose fake routes are still to come are left out (see FAKE_PENDING_OPERATIONS).
ALL = schemathesis.openapi.from_path(SPEC_PATH).exclude(operation_id=sorted(FAKE_PENDING_OPERATIONS))
ALL.config.generation.update(max_examples=8, modes=["positive", "negative"], with_security_parameters=False)
CHECKOUT_PATHS = "/checkouts"  # server and storefront checkout paths; no other path holds it
ORDER_PATHS = "/v2/|/v3/orders"  # the Orders APIs (the storefront order is /api/storefront/orders)
SCHEMA = ALL.include(path_regex=CHECKOUT_PATHS)


class Live:
    """A running fake with one well-stocked checkout, re-stocked before each generated case."""

    def __init__(self, fake: FakeBigCommerce) -> None:
        self.fake = fake
        fake.tax_rate = 0.1
        fake.seed_coupon("SAVE10", percentage=10)
        fake.seed_gift_certificate("GC-1", 25)
        fake.seed_pickup_method(1)
        self.customer = fake.seed_customer("sam@example.com", store_credit=5)
        self.http = httpx.Client(base_url=fake.server_api_url, headers=self.auth)
        self.cart = self._new_cart()

    def _new_cart(self) -> str:
        """A cart with two physical items and a digital one, with its shopper's session."""
        cart = self.fake.seed_cart(
            items=[MUG, {**MUG, "product_id": 113, "name": "Plate"}, EBOOK], customer_id=self.customer
        )
        self.cookies = self.fake.shopper_cookies(cart)
        return cart

    @property
    def auth(self) -> dict[str, str]:
        return {"X-Auth-Token": self.fake.access_token}

    def payment_auth(self) -> dict[str, str]:
        """A fresh payment access token (they are single use) for an unpaid order of a cart of its own.

        The spec's own example pays with a test card that succeeds, which deletes the cart: so the
        payments cases never touch the well-stocked cart the other operations need.
        """
        unpaid = [o for o in self.fake.orders if o.status == "INCOMPLETE" and o.checkout_id != self.cart]
        if unpaid:
            order_id = unpaid[-1].id
        else:
            cart = self.fake.seed_cart(items=[MUG])
            with httpx.Client(
                base_url=f"{self.fake.server_api_url}/checkouts/{cart}", headers=self.auth
            ) as http:
                http.post("/billing-address", json=ADDRESS).raise_for_status()
                item = self.fake.checkout(cart)["cart"]["line_items"]["physical_items"][0]
                lines = [{"item_id": item["id"], "quantity": item["quantity"]}]
                consignment = http.post(
                    "/consignments",
                    params={"include": SHIPPING},
                    json=[{"address": ADDRESS, "line_items": lines}],
                ).json()["data"]["consignments"][0]
                option = consignment["available_shipping_options"][0]["id"]
                http.put(
                    f"/consignments/{consignment['id']}", json={"shipping_option_id": option}
                ).raise_for_status()
                order_id = http.post("/orders").json()["data"]["id"]
        # On the open client: a new client per case builds an SSL context each time (seconds in all).
        token = self.http.post("/payments/access_tokens", json={"order": {"id": order_id}}).json()
        return {"Authorization": f"PAT {token['data']['id']}", "Accept": "application/vnd.bc.v1+json"}

    def stock(self) -> dict[str, str]:
        """Valid values for every path parameter, creating what the previous cases deleted."""
        if not self._cart_exists():  # a case deleted the cart (or its last item)
            self.cart = self._new_cart()
        if self.cart not in {o.checkout_id for o in self.fake.orders}:
            self._order()  # an order of this cart's session, for the storefront order call
        path = f"/checkouts/{self.cart}"
        checkout = self.fake.checkout(self.cart)
        if "billing_address" not in checkout:
            checkout = self.http.post(f"{path}/billing-address", json=ADDRESS).json()["data"]
        physical = checkout["cart"]["line_items"]["physical_items"]
        if not checkout["consignments"] and physical:
            lines = [{"item_id": i["id"], "quantity": i["quantity"]} for i in physical]
            checkout = self.http.post(
                f"{path}/consignments", json=[{"address": ADDRESS, "line_items": lines}]
            ).json()["data"]
        items = physical + checkout["cart"]["line_items"]["digital_items"]
        metafields = self.http.get(f"/carts/{self.cart}/metafields").json()["data"]
        if not metafields:
            field = {"namespace": "ns", "key": "k", "value": "v", "permission_set": "app_only"}
            metafields = [self.http.post(f"/carts/{self.cart}/metafields", json=field).json()["data"]]
        return {
            "store_hash": self.fake.store_hash,
            "checkoutId": self.cart,
            "cartId": self.cart,
            "itemId": items[0]["id"],
            "addressId": checkout["billing_address"]["id"],
            "consignmentId": checkout["consignments"][0]["id"] if checkout["consignments"] else "none",
            "couponCode": "SAVE10",
            "giftCertificateCode": "GC-1",
            "channelId": "1",
            "channel_id": "1",
            "cart_id": self.cart,
            "metafield_id": str(metafields[0]["id"]),
            "orderId": str(
                max(o.id for o in self.fake.orders if o.session_token == self.cookies["SHOP_SESSION_TOKEN"])
            ),
            "jwt_token": self._login_token(),
            "webhook_id": str(self._webhook()),
        }

    def _login_token(self) -> str:
        """A fresh customer login token of the fake's app (each works once, for 30 seconds)."""
        url = customer_login_url(
            base_url=self.fake.url,
            store_hash=self.fake.store_hash,
            client_id=self.fake.app_client_id,
            client_secret=self.fake.app_client_secret,
            customer_id=self.customer,
        )
        return url.rsplit("/", 1)[1]

    def _webhook(self) -> int:
        """A hook for the webhook cases (the fake never delivers beyond loopback: nothing is sent)."""
        if self.fake.hooks:
            return int(self.fake.hooks[0]["id"])
        hook = {"scope": "store/order/created", "destination": "https://hooks.example.net/st"}
        return int(self.http.post("/hooks", json=hook).json()["data"]["id"])

    def _cart_exists(self) -> bool:
        return self.http.get(f"/carts/{self.cart}").status_code == 200

    def _order(self) -> None:
        """Place an order from the current cart (billing address, every item shipped)."""
        path = f"/checkouts/{self.cart}"
        checkout = self.http.post(f"{path}/billing-address", json=ADDRESS).json()["data"]
        physical = checkout["cart"]["line_items"]["physical_items"]
        if physical:
            for consignment in checkout["consignments"]:
                self.http.delete(f"{path}/consignments/{consignment['id']}")
            lines = [{"item_id": i["id"], "quantity": i["quantity"]} for i in physical]
            added = self.http.post(
                f"{path}/consignments",
                params={"include": "consignments.available_shipping_options"},
                json=[{"address": ADDRESS, "line_items": lines}],
            ).json()["data"]["consignments"][0]
            option = added["available_shipping_options"][0]["id"]
            self.http.put(f"{path}/consignments/{added['id']}", json={"shipping_option_id": option})
        assert self.http.post(f"{path}/orders").status_code == 200


@pytest.fixture(scope="module")
def live() -> Iterator[Live]:
    with FakeBigCommerce() as fake:
        state = Live(fake)
        yield state
        state.http.close()


def _current_version(body: Any, version: int) -> None:
    """Generated integer versions are almost always stale (409); most cases should get further."""
    targets = body if isinstance(body, list) else [body, body.get("cart")] if isinstance(body, dict) else []
    for target in targets:
        if isinstance(target, dict) and type(target.get("version")) is int:
            target["version"] = version


def check(case: Any, live: Live) -> None:
    """Run one generated case against the fake with valid path parameters and credentials."""
    valid = live.stock()
    case.path_parameters = {name: valid[name] for name in case.path_parameters or {}}
    _current_version(case.body, live.fake.checkout(live.cart)["version"])
    if case.operation.path == "/stores/{store_hash}/payments":  # the payments host: the order's token
        headers = live.payment_auth()
    else:  # server-to-server calls carry the token; storefront calls the cart shopper's session cookie
        headers = (
            live.auth
            if case.path.startswith("/stores/")
            else {"Cookie": f"SHOP_SESSION_TOKEN={live.cookies['SHOP_SESSION_TOKEN']}"}
        )
    case.call_and_validate(
        base_url=live.fake.url, headers=headers, checks=[not_a_server_error, response_schema_conformance]
    )


@SCHEMA.parametrize()
@hypothesis.settings(derandomize=True, database=None, deadline=None)  # same cases every run; no .hypothesis/
def test_the_fake_conforms_to_the_spec(case: Any, live: Live) -> None:
    check(case, live)


def test_the_three_files_cover_every_operation_once() -> None:
    from tests.test_fake_schemathesis_carts import SCHEMA as CARTS
    from tests.test_fake_schemathesis_orders import SCHEMA as ORDERS

    def ids(schema: Any) -> list[str]:
        return [op.ok().label for op in schema.get_all_operations()]

    ours, carts, orders, every = ids(SCHEMA), ids(CARTS), ids(ORDERS), ids(ALL)
    assert len(ours) >= 35
    assert len(carts) >= 32
    assert len(orders) == 25
    assert sorted(ours + carts + orders) == sorted(every)
